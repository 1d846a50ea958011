using System.Diagnostics;
using System.Globalization;
using Triangulate.Benchmarking;
using Triangulate.Cleaning;
using Triangulate.Extraction.Entities;
using Triangulate.Ingest;
using Triangulate.Linking.Clustering;
using Triangulate.Pipeline;

namespace Triangulate.Bench.Entities;

/// <summary>
/// <c>Triangulate.Bench entities-stage [--size 10000] [--rounds 3]</c>: the entities stage alone on the bench's synthetic corpus,
/// story by story as <c>analyze --by-cluster</c> runs it. The corpus is generated, ingested, cleaned, clustered and taken
/// through the passes before entities untimed; then the entities pass runs story after story, and the process's CPU seconds
/// over those runs are printed (a load-robust figure on a shared machine), with the mention finder alone timed the same way.
/// The first round is the cold one (the stage remembers answers that depend on names alone). A digest of the pass's output
/// follows, to check that a throughput change leaves outputs byte-identical; then a per-step breakdown (wall time, indicative).
/// </summary>
internal static class EntitiesStageRun
{
    public static int Run(string[] args)
    {
        if (StageRunOptions.Parse(args, "--size", "--rounds") is not { } options)
        {
            return 2;
        }
        var size = StageRunOptions.Int(options, "--size", 10_000);
        var rounds = StageRunOptions.Int(options, "--rounds", 3);
        var sources = StageRunOptions.Synthetic(size);
        var ids = new DocumentIdAssigner();
        var cleaned = sources.Select(s => new BoilerplateCleaner().Clean(s)).Select(ids.Assign).OfType<CleanDocument>().ToList();
        var documents = DossierDocuments.FromCleaned(cleaned);
        var (clusters, _) = new StoryClusterer().Cluster(documents);
        var byId = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var before = new PipelineBuilder().UseDefaults().Build().Passes.TakeWhile(p => p is not EntitiesPass).ToList();
        var stories = new List<Dossier>();
        foreach (var c in clusters)
        {
            var dossier = new Dossier { Documents = [.. c.Docs.Select(d => byId[d])] };
            foreach (var pass in before)
            {
                dossier = pass.Apply(dossier, CancellationToken.None);
            }
            stories.Add(dossier);
        }
        Console.WriteLine($"{documents.Count} documents, {stories.Count} stories");
        var entities = new EntitiesPass();
        var finder = new MentionFinder();
        var checksum = 0L;
        for (var round = 0; round < rounds; round++)
        {
            var (finderCpu, finderWall) = Timed(() =>
            {
                foreach (var d in documents)
                {
                    checksum += finder.Find(d).Count;
                }
            });
            var (stageCpu, stageWall) = Timed(() =>
            {
                foreach (var s in stories)
                {
                    checksum += entities.Apply(s, CancellationToken.None).Entities.Count;
                }
            });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round + 1}: finder {finderCpu:F2} cpu s ({finderWall:F2} wall); entities pass {stageCpu:F2} cpu s ({stageWall:F2} wall)"));
        }
        // A digest of everything the pass outputs, so a throughput change can be checked to leave outputs byte-identical.
        using var digest = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var s in stories)
        {
            var d = entities.Apply(s, CancellationToken.None);
            digest.AppendData(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(d.Entities));
            digest.AppendData(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(d.Quotes));
            digest.AppendData(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(d.Claims));
        }
        foreach (var d in documents)
        {
            digest.AppendData(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(finder.Find(d)));
        }
        Console.WriteLine($"output digest {Convert.ToHexString(digest.GetHashAndReset())}");
        Breakdown(stories, finder);
        Console.WriteLine($"checksum {checksum}");
        return 0;
    }

    // The pass's steps one by one on this thread (thread CPU is not exposed, so wall time on one thread; indicative).
    private static void Breakdown(List<Dossier> stories, MentionFinder finder)
    {
        var resolver = new EntityResolver();
        var times = new double[4];
        var sw = new Stopwatch();
        foreach (var story in stories)
        {
            sw.Restart();
            var marked = Triangulate.Extraction.Languages.DocumentLanguages.Mark(story, CancellationToken.None);
            times[0] += sw.Elapsed.TotalSeconds;
            sw.Restart();
            var mentions = marked.Documents.SelectMany(finder.Find).ToList();
            times[1] += sw.Elapsed.TotalSeconds;
            sw.Restart();
            var (found, mentionEntity) = resolver.Resolve(mentions);
            times[2] += sw.Elapsed.TotalSeconds;
            sw.Restart();
            var typeOf = found.ToDictionary(e => e.Id, e => e.Type.Code(), StringComparer.Ordinal);
            var roles = found.ToDictionary(e => e.Id, e => (IReadOnlyList<string>)[e.Canonical], StringComparer.Ordinal);
            foreach (var doc in marked.Documents)
            {
                var speakers = new List<Triangulate.Extraction.Quotes.QuoteExtractor.SpeakerMention>();
                for (var i = 0; i < mentions.Count; i++)
                {
                    if (mentions[i].Doc == doc.Id && mentionEntity[i] is { } id)
                    {
                        speakers.Add(new(mentions[i].Start, mentions[i].End, id, typeOf[id]));
                    }
                }
                speakers.Sort((x, y) => x.Start.CompareTo(y.Start));
                Triangulate.Extraction.Quotes.QuoteExtractor.Extract(doc.Id, doc.Text, speakers, roles);
            }
            times[3] += sw.Elapsed.TotalSeconds;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"steps (wall s, one thread): languages {times[0]:F2}, finder {times[1]:F2}, resolver {times[2]:F2}, quotes {times[3]:F2}"));
    }

    private static (double Cpu, double Wall) Timed(Action action)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        action();
        process.Refresh();
        return ((process.TotalProcessorTime - cpu).TotalSeconds, sw.Elapsed.TotalSeconds);
    }
}
