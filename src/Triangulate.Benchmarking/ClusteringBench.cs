using System.Diagnostics;
using System.Globalization;
using System.Text;
using Triangulate.Linking.Clustering;

namespace Triangulate.Benchmarking;

/// <summary>Story clustering at archive scale, as <c>analyze --by-cluster</c> runs it, scored against the generator's events.</summary>
/// <remarks>
/// Articles of <see cref="SyntheticCorpus"/> are generated one at a time (untimed) and never kept: each leaves only its
/// clustering signature (<see cref="StoryClusterer.Features"/> with its publication day) in a <see cref="ClusterIndex"/>,
/// then <see cref="StoryClusterer.Group(IReadOnlyList{ClusterFeatures}, IReadOnlyDictionary{uint, int}?, CancellationToken)"/> runs once. Quality is pairwise: precision is the share of same-cluster pairs
/// that report one event, recall the share of same-event pairs put in one cluster. Sizes run smallest first in one
/// process, so each size's peak working set is the process's peak up to that size.
/// </remarks>
public static class ClusteringBench
{
    /// <summary>Runs each size (ascending) and returns one row per size.</summary>
    public static IReadOnlyList<ClusteringBenchResult> Run(IEnumerable<int> sizes, Action<string>? progress = null) =>
        BenchMachine.RunSizes(sizes, n => RunOne(n), r => string.Create(CultureInfo.InvariantCulture,
            $"{r.Documents:N0} documents: {r.Clusters:N0} clusters for {r.Events:N0} events, pairwise P {r.Precision:0.000} R {r.Recall:0.000}, signatures {r.SignatureSeconds:0.0} s, grouping {r.GroupSeconds:0.0} s, peak working set {r.PeakWorkingSetBytes / 1e6:N0} MB"), progress);

    /// <summary>Runs one size.</summary>
    public static ClusteringBenchResult RunOne(int documents, ClusterOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(documents);
        var index = new ClusterIndex(options);
        var events = new int[documents];
        var signatures = 0.0;
        var i = 0;
        foreach (var article in new SyntheticCorpus().Generate(documents))
        {
            var start = Stopwatch.GetTimestamp();
            index.Add(StoryClusterer.Features(article.Text) with { Day = ClusterFeatures.DayOf(article.Published) });
            signatures += Stopwatch.GetElapsedTime(start).TotalSeconds;
            events[i++] = article.Event;
        }
        var watch = Stopwatch.StartNew();
        var groups = index.GroupAndClear(new StoryClusterer(options));
        var groupSeconds = watch.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peak = process.PeakWorkingSet64;

        var (precision, recall) = PairwiseScore(groups, events);
        return new ClusteringBenchResult(documents, events.Distinct().Count(), groups.Count, precision, recall, signatures, groupSeconds, peak);
    }

    /// <summary>Pairwise precision and recall of <paramref name="groups"/> (document indices) against true labels.</summary>
    public static (double Precision, double Recall) PairwiseScore(IReadOnlyList<int[]> groups, IReadOnlyList<int> truth)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(truth);
        static long Pairs(long k) => k * (k - 1) / 2;
        long together = 0, correct = 0;
        foreach (var g in groups)
        {
            together += Pairs(g.Length);
            foreach (var count in g.GroupBy(d => truth[d]).Select(x => x.Count()))
            {
                correct += Pairs(count);
            }
        }
        var same = truth.GroupBy(t => t).Sum(x => Pairs(x.Count()));
        return (together == 0 ? 1 : correct / (double)together, same == 0 ? 1 : correct / (double)same);
    }

    /// <summary>The results as a Markdown page.</summary>
    public static string Markdown(IReadOnlyList<ClusteringBenchResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var sb = new StringBuilder();
        sb.AppendLine("# Story clustering at archive scale").AppendLine();
        sb.AppendLine(BenchMachine.Line());
        sb.AppendLine("Corpus: `SyntheticCorpus` (one fictional event per 40 articles on average; copies and paraphrases), generated one article at a time and not kept; each article leaves only its signature, as in `analyze --by-cluster`.");
        sb.AppendLine("Pairwise precision: same-cluster pairs that report one event; recall: same-event pairs put in one cluster. Signatures: summed time of computing and indexing them (generation untimed).").AppendLine();
        sb.AppendLine("| documents | events | clusters | pairwise precision | pairwise recall | signatures s | grouping s | peak WS MB |");
        sb.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Documents:N0} | {r.Events:N0} | {r.Clusters:N0} | {r.Precision:0.000} | {r.Recall:0.000} | {r.SignatureSeconds:0.0} | {r.GroupSeconds:0.0} | {r.PeakWorkingSetBytes / 1e6:N0} |");
        }
        return sb.ToString();
    }
}

/// <summary>One size of <see cref="ClusteringBench"/>.</summary>
/// <param name="Documents">Generated documents.</param>
/// <param name="Events">Distinct fictional events among them.</param>
/// <param name="Clusters">Story clusters found.</param>
/// <param name="Precision">Pairwise precision against the events.</param>
/// <param name="Recall">Pairwise recall against the events.</param>
/// <param name="SignatureSeconds">Seconds computing and indexing signatures (summed).</param>
/// <param name="GroupSeconds">Wall seconds of grouping.</param>
/// <param name="PeakWorkingSetBytes">Peak working set of the process so far.</param>
public sealed record ClusteringBenchResult(int Documents, int Events, int Clusters, double Precision, double Recall, double SignatureSeconds, double GroupSeconds, long PeakWorkingSetBytes);
