using Triangulate.Storage.Output;
using System.Diagnostics;
using Triangulate.Pipeline;
using Triangulate.Ingest;
using Triangulate.Rendering;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Reliability;

/// <summary>Hostile and real-world pages kept as a test corpus: analysed end to end, no crash, a problem per bad file naming it, every good document's results present.</summary>
[Collection(SerialCollection.Name)]
public sealed class RealWorldCorpusTests(ITestOutputHelper output)
{
    /// <summary>Whether the problem names <paramref name="file"/> (or an item of it: <c>file:2</c>, <c>file#1</c>).</summary>
    private static bool Names(Problem p, string file)
    {
        var name = p.File.Contains('/', StringComparison.Ordinal) ? p.File[(p.File.LastIndexOf('/') + 1)..] : p.File;
        return name == file || name.StartsWith(file + ":", StringComparison.Ordinal) || name.StartsWith(file + "#", StringComparison.Ordinal);
    }

    [Fact]
    public void HostileFixtures_AnalyzedEndToEnd_ProblemPerBadFileGoodResultsKept()
    {
        // Given the fixture folder: reference lists, number tables, bidi names, junk, truncated and malformed files beside good articles
        var folder = Path.Combine(Paths.Fixtures, "hostile");

        // When it is analysed and rendered in every format
        var dossier = Analyzer.Analyze([folder]);
        foreach (var p in dossier.Problems)
        {
            output.WriteLine($"{p.Severity.Code()} ({p.Stage}) {p.File}: {p.Reason}");
        }
        using var dir = new TempDir();
        var renderProblems = new List<Problem>();
        foreach (var renderer in Renderers.All)
        {
            DossierWriter.Write(dossier, dir.Path, [renderer], renderProblems);
        }

        // Then each bad file has a problem naming it
        foreach (var bad in new[] { "binary-junk.txt", "truncated.txt.gz", "malformed.json", "malformed-lines.jsonl:2", "malformed.warc", "script-only.html" })
        {
            Assert.True(dossier.Problems.Any(p => Names(p, bad)), $"no problem names {bad}");
        }
        Assert.DoesNotContain(dossier.Problems, p => p.File.StartsWith('('));
        // And no stage failed on any page: a stage's exception is caught per document, but it is still a defect
        Assert.DoesNotContain(dossier.Problems, p => p.Reason.Contains("failed on this document", StringComparison.Ordinal));
        Assert.Empty(renderProblems);

        // And every good document is there with its figures
        int[] ValuesOf(string file) =>
            [.. dossier.Claims.Where(c => dossier.Document(c.Doc)?.File is { } f && (f == file || f.EndsWith("/" + file, StringComparison.Ordinal))).Select(c => (int)(c.Value ?? -1))];
        Assert.Contains(23, ValuesOf("good-flood.txt"));
        Assert.Contains(11, ValuesOf("good-fire.html"));
        Assert.Contains(9, ValuesOf("malformed-good.html"));
        Assert.Contains(8, ValuesOf("malformed-lines.jsonl:1"));
        Assert.Contains(5, ValuesOf("bidi-names.txt"));
        foreach (var page in new[] { "reference-list.html", "number-table.html" })
        {
            Assert.Contains(dossier.Documents, d => d.File.EndsWith(page, StringComparison.Ordinal));
        }

        // And a name split by a zero-width space or wrapped in an override is one entity
        var sara = dossier.Entities.Where(e => e.Canonical.Contains("Mansour", StringComparison.Ordinal)).ToList();
        Assert.Single(sara);
        Assert.All(dossier.Entities, e => Assert.False(e.Canonical.Any(c => c is '\u200B' or '\u202E' or '\u202C' or '\u2066' or '\u2069'), e.Canonical));
        Assert.True(File.Exists(dir.File("dossier.html")) && File.Exists(dir.File("dossier.md")) && File.Exists(dir.File("claims.csv")));
    }

    [Fact]
    public void ArticleExtractionBenchmark_AllPages_EveryGoodDocumentPresentInBoundedMemory()
    {
        // Given the 181 real pages of the article extraction benchmark (news, blogs, encyclopaedias, many languages)
        var html = Paths.PeerSuites is { } peers ? Path.Combine(peers, "article-extraction-benchmark", "html") : null;
        if (html is null || !Directory.Exists(html))
        {
            Assert.Skip("../shared/peer-suites/article-extraction-benchmark is absent");
        }
        var files = Directory.GetFiles(html).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

        // When they are read, cleaned and analysed as one run
        // Memory left over from earlier tests in this process is handed back first, so the peak is this run's.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var before = Environment.WorkingSet;
        var clock = Stopwatch.StartNew();
        var peak = before;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            // The peak of this run, not of the test process so far: the working set sampled every 50 ms while it runs.
            while (!done.Wait(50))
            {
                peak = Math.Max(peak, Environment.WorkingSet);
            }
        }) { IsBackground = true };
        sampler.Start();
        IReadOnlyList<Triangulate.Cleaning.CleanDocument> documents;
        Dossier dossier;
        try
        {
            (documents, var readProblems) = Analyzer.ReadAndClean([html]);
            dossier = new PipelineBuilder().UseDefaults().Build().Run(documents, readProblems);
        }
        finally
        {
            done.Set();
            sampler.Join();
        }
        peak = Math.Max(peak, Environment.WorkingSet);
        output.WriteLine($"{files.Count} files, {documents.Count} documents, {dossier.Claims.Count} claims, {dossier.Entities.Count} entities, " +
            $"{dossier.Problems.Count} problems in {clock.Elapsed.TotalSeconds:0.0} s; peak working set {peak / (1024.0 * 1024):0} MB (from {before / (1024.0 * 1024):0} MB before the run)");
        foreach (var p in dossier.Problems)
        {
            output.WriteLine($"{p.Severity.Code()} ({p.Stage}) {p.File}: {p.Reason}");
        }

        // Then every file is accounted for — a document in the dossier or a problem naming it — and no pass failed as a whole
        foreach (var f in files)
        {
            Assert.True(dossier.Documents.Any(d => d.File == f || d.File.StartsWith(f + ":", StringComparison.Ordinal) || d.File.EndsWith("/" + f, StringComparison.Ordinal))
                || dossier.Problems.Any(p => Names(p, f)), $"{f} is neither a document nor a problem");
        }
        Assert.Equal(documents.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count(), dossier.Documents.Count);
        Assert.DoesNotContain(dossier.Problems, p => p.File.StartsWith('('));
        // And no stage failed on any page: a stage's exception is caught per document, but it is still a defect
        Assert.DoesNotContain(dossier.Problems, p => p.Reason.Contains("failed on this document", StringComparison.Ordinal));
        // And most pages are read (the benchmark is of article pages), with their figures
        Assert.True(documents.Count >= files.Count * 9 / 10, $"only {documents.Count} of {files.Count} pages read");
        Assert.NotEmpty(dossier.Claims);
        // The working set before the run holds what test classes running beside this one keep, so the bound is on this run's growth.
        Assert.True(peak - before < 1024L * 1024 * 1024, $"working set grew by {(peak - before) / (1024.0 * 1024):0} MB (to {peak / (1024.0 * 1024):0} MB), over 1 GB");
    }
}
