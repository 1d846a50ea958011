using System.Diagnostics;
using System.Globalization;
using System.Text;
using Triangulate.Linking.Clustering;
using Triangulate.Linking.Reuse;

namespace Triangulate.Benchmarking;

/// <summary>Throughput and memory of text-reuse detection and story clustering on generated corpora (<see cref="ReuseCorpus"/>).</summary>
/// <remarks>
/// For each size: the corpus is generated (untimed), then <c>ReuseDetector.Detect</c> and
/// <see cref="StoryClusterer.Cluster"/> are timed separately. Memory: managed heap after a forced full collection
/// (the corpus alone, then the corpus with the links and clusters still referenced) and the process's peak working set.
/// Sizes run smallest first in one process, so each size's peak working set is the process's peak up to and including
/// that size (larger sizes dominate their own peak; earlier, smaller ones never exceed it).
/// </remarks>
public static class LinkingBench
{
    /// <summary>Runs each size (ascending) and returns one row per size.</summary>
    /// <param name="sizes">Numbers of generated documents.</param>
    /// <param name="progress">Called with a line after each size (may be null).</param>
    public static IReadOnlyList<LinkingBenchResult> Run(IEnumerable<int> sizes, Action<string>? progress = null) =>
        BenchMachine.RunSizes(sizes, n => RunOne(n), r => string.Create(CultureInfo.InvariantCulture,
            $"{r.Documents:N0} documents: reuse {r.ReuseSeconds:0.00} s ({r.ReuseDocsPerSecond:N0} docs/s), clustering {r.ClusterSeconds:0.00} s ({r.ClusterDocsPerSecond:N0} docs/s), managed {r.ManagedBytes / 1e6:N0} MB, peak working set {r.PeakWorkingSetBytes / 1e6:N0} MB"), progress);

    /// <summary>Runs one size.</summary>
    /// <param name="documents">Number of generated documents.</param>
    public static LinkingBenchResult RunOne(int documents)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(documents);
        var baseline = SettledManagedBytes();
        var (docs, root) = ReuseCorpus.Build(documents);
        var corpusBytes = Math.Max(0, SettledManagedBytes() - baseline);

        var watch = Stopwatch.StartNew();
        var links = new ReuseDetector().Detect(docs);
        var reuseSeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var (clusters, _) = new StoryClusterer().Cluster(docs);
        var clusterSeconds = watch.Elapsed.TotalSeconds;

        var managed = Math.Max(0, SettledManagedBytes() - baseline);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        // Planted pairs found: two documents derived from one original (a check that the run did real work).
        var index = new Dictionary<string, int>(docs.Count, StringComparer.Ordinal);
        for (var i = 0; i < docs.Count; i++)
        {
            index[docs[i].Id] = i;
        }
        var crossLinks = 0;
        var correct = 0;
        foreach (var l in links)
        {
            if (l.A != l.B)
            {
                crossLinks++;
                if (root[index[l.A]] == root[index[l.B]])
                {
                    correct++;
                }
            }
        }
        var planted = root.GroupBy(r => r).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
        GC.KeepAlive(clusters);
        return new LinkingBenchResult(documents, reuseSeconds, clusterSeconds, corpusBytes, managed, process.PeakWorkingSet64)
        {
            Links = crossLinks,
            CorrectLinks = correct,
            PlantedPairs = planted,
            Clusters = clusters.Count,
        };
    }

    // Live managed bytes once the runtime has settled: a full collection runs finalizers and the callbacks that trim the
    // shared array pools, which would otherwise free pooled memory after the baseline and make a later reading smaller.
    private static long SettledManagedBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>The results as a Markdown page: machine, one table row per size, and the scaling between consecutive sizes.</summary>
    public static string Markdown(IReadOnlyList<LinkingBenchResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var sb = new StringBuilder();
        sb.AppendLine("# Linking benchmark: text reuse and story clustering").AppendLine();
        sb.AppendLine(BenchMachine.Line());
        sb.AppendLine("Corpus: `ReuseCorpus` (Zipf vocabulary, every 10th document a copy, every 10th + 5 a paraphrase); generation untimed.");
        sb.AppendLine("Managed MB: heap after a forced full collection with the corpus, links and clusters alive (corpus alone in brackets). Peak WS: the process's peak working set, sizes run smallest first.").AppendLine();
        sb.AppendLine("| documents | reuse s | reuse docs/s | clustering s | clustering docs/s | links | planted pairs found | clusters | managed MB | peak WS MB |");
        sb.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Documents:N0} | {r.ReuseSeconds:0.00} | {r.ReuseDocsPerSecond:N0} | {r.ClusterSeconds:0.00} | {r.ClusterDocsPerSecond:N0} | {r.Links:N0} | {r.CorrectLinks:N0} / {r.PlantedPairs:N0} | {r.Clusters:N0} | {r.ManagedBytes / 1e6:N0} ({r.CorpusBytes / 1e6:N0}) | {r.PeakWorkingSetBytes / 1e6:N0} |");
        }
        for (var i = 1; i < results.Count; i++)
        {
            var a = results[i - 1];
            var b = results[i];
            var ratio = b.Documents / (double)a.Documents;
            sb.AppendLine().Append(CultureInfo.InvariantCulture,
                $"Scaling {a.Documents:N0} → {b.Documents:N0} ({ratio:0.#}× documents): reuse took {b.ReuseSeconds / Math.Max(a.ReuseSeconds, 1e-9):0.0}× time, clustering {b.ClusterSeconds / Math.Max(a.ClusterSeconds, 1e-9):0.0}×, managed memory {b.ManagedBytes / (double)Math.Max(a.ManagedBytes, 1):0.0}×.");
        }
        sb.AppendLine();
        return sb.ToString();
    }
}

/// <summary>One size of <see cref="LinkingBench"/>.</summary>
/// <param name="Documents">Generated documents.</param>
/// <param name="ReuseSeconds">Wall seconds of reuse detection.</param>
/// <param name="ClusterSeconds">Wall seconds of story clustering.</param>
/// <param name="CorpusBytes">Managed bytes held by the generated corpus alone.</param>
/// <param name="ManagedBytes">Managed bytes after a full collection with corpus, links and clusters alive.</param>
/// <param name="PeakWorkingSetBytes">Peak working set of the process so far.</param>
public sealed record LinkingBenchResult(int Documents, double ReuseSeconds, double ClusterSeconds, long CorpusBytes, long ManagedBytes, long PeakWorkingSetBytes)
{
    /// <summary>Reuse links between two different documents.</summary>
    public int Links { get; init; }

    /// <summary>Links between two documents derived from one original.</summary>
    public int CorrectLinks { get; init; }

    /// <summary>Pairs of documents derived from one original (what a perfect detector would link).</summary>
    public long PlantedPairs { get; init; }

    /// <summary>Story clusters found.</summary>
    public int Clusters { get; init; }

    /// <summary>Documents per second of reuse detection.</summary>
    public double ReuseDocsPerSecond => Documents / Math.Max(ReuseSeconds, 1e-9);

    /// <summary>Documents per second of clustering.</summary>
    public double ClusterDocsPerSecond => Documents / Math.Max(ClusterSeconds, 1e-9);
}
