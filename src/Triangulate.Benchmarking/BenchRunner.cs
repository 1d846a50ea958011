using System.Diagnostics;
using Triangulate.Pipeline;
using Triangulate.Cleaning;
using Triangulate.Ingest;
using Triangulate.Rendering;
using Triangulate.Storage;
using Triangulate.Storage.Output;

namespace Triangulate.Benchmarking;

/// <summary>Times the whole pipeline, stage by stage, on a generated corpus of a given size.</summary>
/// <remarks>Generation is not timed. Stages: ingest (read + decode + gunzip), clean, store (SQLite), cluster, each analysis
/// pass, render. <see cref="Run"/> times the streaming, partitioned analysis (<see cref="PartitionedAnalyzer"/>, what
/// <c>triangulate analyze --by-cluster</c> runs), where stages overlap and each figure is busy time summed over workers;
/// <see cref="RunWhole"/> times the in-memory analysis of one dossier, stage after stage.</remarks>
public static class BenchRunner
{
    /// <summary>Runs one size through the streaming, partitioned analysis.</summary>
    /// <param name="articles">Number of articles to generate.</param>
    /// <param name="workDirectory">Scratch folder (corpus, database, outputs); created when missing.</param>
    /// <param name="formats">Output formats written per cluster (default json and md).</param>
    /// <param name="seed">Generator seed.</param>
    /// <param name="progress">Stage reports.</param>
    public static BenchResult Run(int articles, string workDirectory, IReadOnlyList<string>? formats = null, int seed = 20250306,
        IProgress<StageProgress>? progress = null)
    {
        var (corpus, textBytes) = Generate(articles, workDirectory, seed, progress);
        var output = Path.Combine(workDirectory, $"out-{articles}");
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
        var result = PartitionedFolders.Run(corpus, output, formats: formats ?? ["json", "md"], progress: progress);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new BenchResult(articles, result.Documents, textBytes, result.Seconds, process.PeakWorkingSet64, result.Stages)
        {
            Claims = result.Claims,
            Problems = result.Problems.Count,
            Clusters = result.Clusters,
            Mode = "partitioned",
        };
    }

    /// <summary>Runs one size through the in-memory analysis of a single dossier, timing each stage in turn.</summary>
    /// <param name="articles">Number of articles to generate.</param>
    /// <param name="workDirectory">Scratch folder (corpus, database, outputs); created when missing.</param>
    /// <param name="formats">Output formats to render (default json and md).</param>
    /// <param name="seed">Generator seed.</param>
    /// <param name="progress">Stage reports.</param>
    public static BenchResult RunWhole(int articles, string workDirectory, IReadOnlyList<string>? formats = null, int seed = 20250306,
        IProgress<StageProgress>? progress = null)
    {
        var (corpus, textBytes) = Generate(articles, workDirectory, seed, progress);
        var stages = new List<StageTiming>();
        var total = Stopwatch.StartNew();

        // Ingest: read, gunzip, decode, parse.
        var sw = Stopwatch.StartNew();
        var sources = new List<SourceDocument>(articles);
        var problems = new List<Problem>();
        foreach (var item in new Ingestor().Read(corpus))
        {
            if (item.Document is { } d)
            {
                sources.Add(d);
            }
            else if (item.Problem is { } p)
            {
                problems.Add(p);
            }
        }
        stages.Add(new StageTiming("ingest", sw.Elapsed.TotalSeconds));
        progress?.Report(new StageProgress("ingest", 1, 1));

        // Clean, in parallel: the cleaner is stateless.
        sw.Restart();
        var cleaned = new CleanDocument[sources.Count];
        Parallel.For(0, sources.Count, i => cleaned[i] = new BoilerplateCleaner().Clean(sources[i]));
        var ids = new DocumentIdAssigner();
        var documents = cleaned.Select(ids.Assign).OfType<CleanDocument>().ToList();
        stages.Add(new StageTiming("clean", sw.Elapsed.TotalSeconds));
        progress?.Report(new StageProgress("clean", 1, 1));

        // Store.
        sw.Restart();
        var db = Path.Combine(workDirectory, $"bench-{articles}.db");
        File.Delete(db);
        using (var store = new SqliteDossierStore(db))
        {
            for (var i = 0; i < documents.Count; i += 1000)
            {
                store.Add(documents.GetRange(i, Math.Min(1000, documents.Count - i)));
            }
        }
        stages.Add(new StageTiming("store", sw.Elapsed.TotalSeconds));
        progress?.Report(new StageProgress("store", 1, 1));

        // Analysis passes, each timed.
        var pipeline = new PipelineBuilder().UseDefaults().Build();
        var dossier = new Dossier { Documents = Cleaning.DossierDocuments.FromCleaned(documents), Problems = problems };
        foreach (var pass in pipeline.Passes)
        {
            sw.Restart();
            dossier = new PipelineBuilder().Use(pass).Build().Run(dossier);
            stages.Add(new StageTiming(pass.Name, sw.Elapsed.TotalSeconds));
            progress?.Report(new StageProgress(pass.Name, 1, 1));
        }

        // Render.
        sw.Restart();
        var outDir = Path.Combine(workDirectory, $"out-{articles}");
        DossierWriter.Write(dossier, outDir, formats ?? ["json", "md"]);
        stages.Add(new StageTiming("render", sw.Elapsed.TotalSeconds));
        total.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new BenchResult(articles, documents.Count, textBytes, total.Elapsed.TotalSeconds, process.PeakWorkingSet64, stages)
        {
            Claims = dossier.Claims.Count,
            Problems = dossier.Problems.Count,
            Clusters = dossier.Clusters.Count,
            Mode = "whole",
        };
    }

    // The corpus as 100k-article shards (untimed), the same for both modes.
    private static (IReadOnlyList<string> Files, long TextBytes) Generate(int articles, string workDirectory, int seed, IProgress<StageProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(workDirectory);
        progress?.Report(new StageProgress("generate", 0, 1));
        return new SyntheticCorpus(seed).WriteJsonLinesShards(Path.Combine(workDirectory, $"corpus-{articles}"), "part", articles);
    }

    /// <summary>Parses sizes such as <c>1k</c>, <c>10k</c>, <c>100k</c>, <c>1M</c>, <c>2500</c>.</summary>
    public static bool TryParseSize(string text, out int size)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim().ToLowerInvariant();
        var multiplier = 1;
        if (t.EndsWith('k'))
        {
            multiplier = 1000;
            t = t[..^1];
        }
        else if (t.EndsWith('m'))
        {
            multiplier = 1_000_000;
            t = t[..^1];
        }
        if (int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 && n <= int.MaxValue / multiplier)
        {
            size = n * multiplier;
            return true;
        }
        size = 0;
        return false;
    }
}

/// <summary>The figures of one bench run.</summary>
/// <param name="Articles">Articles generated.</param>
/// <param name="Documents">Documents after ingest and id assignment.</param>
/// <param name="TextBytes">UTF-8 bytes of article text.</param>
/// <param name="Seconds">Wall-clock seconds for all stages.</param>
/// <param name="PeakRssBytes">Peak resident memory of the process so far.</param>
/// <param name="Stages">Per-stage timings.</param>
public sealed record BenchResult(int Articles, int Documents, long TextBytes, double Seconds, long PeakRssBytes, IReadOnlyList<StageTiming> Stages)
{
    /// <summary>Articles per second over all stages.</summary>
    public double ArticlesPerSecond => Articles / Math.Max(Seconds, 1e-9);

    /// <summary>Megabytes of text per second over all stages.</summary>
    public double MegabytesPerSecond => TextBytes / 1e6 / Math.Max(Seconds, 1e-9);

    /// <summary>Claims extracted.</summary>
    public int Claims { get; init; }

    /// <summary>Problems recorded.</summary>
    public int Problems { get; init; }

    /// <summary>Story clusters found.</summary>
    public int Clusters { get; init; }

    /// <summary>How the analysis ran: <c>partitioned</c> (streaming, one dossier per story cluster) or <c>whole</c> (one dossier in memory).</summary>
    public string Mode { get; init; } = "partitioned";
}
