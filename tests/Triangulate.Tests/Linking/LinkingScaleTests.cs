using System.Diagnostics;
using Triangulate.Linking.Clustering;
using Triangulate.Linking.Reuse;

namespace Triangulate.Tests.Linking;

/// <summary>Reuse and clustering on a generated corpus: throughput reported, planted copies and paraphrases found, nothing else.</summary>
/// <remarks>2,000 documents by default; set TRIANGULATE_SCALE=10000 (or more) for a scale run.</remarks>
public sealed class LinkingScaleTests(ITestOutputHelper output)
{
    [Fact]
    public void Detect_GeneratedCorpus_FindsPlantedReuseAndReportsThroughput()
    {
        // Given a generated corpus with planted copies (every 10th) and paraphrases (every 10th + 5)
        var n = int.TryParse(Environment.GetEnvironmentVariable("TRIANGULATE_SCALE"), out var v) && v > 0 ? v : 2000;
        var (docs, root) = Triangulate.Benchmarking.ReuseCorpus.Build(n);
        var index = docs.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i);
        // True pairs: any two documents derived from the same original.
        var planted = root.GroupBy(r => r).Sum(g => g.Count() * (g.Count() - 1) / 2);

        // When reuse is detected and documents clustered
        var memoryBefore = GC.GetTotalMemory(true);
        var watch = Stopwatch.StartNew();
        var links = new ReuseDetector().Detect(docs);
        var reuseSeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var (clusters, _) = new StoryClusterer().Cluster(docs);
        var clusterSeconds = watch.Elapsed.TotalSeconds;
        var memory = (GC.GetTotalMemory(false) - memoryBefore) / (1024.0 * 1024.0);

        // Then
        var cross = links.Where(l => l.A != l.B).ToList();
        var correct = cross.Count(l => root[index[l.A]] == root[index[l.B]]);
        output.WriteLine($"{n} docs: reuse {n / reuseSeconds:0} docs/s ({reuseSeconds:0.00} s, {cross.Count} links, {correct} correct, {planted} planted pairs), clustering {n / clusterSeconds:0} docs/s ({clusterSeconds:0.00} s, {clusters.Count} clusters), ~{memory:0} MB allocated live");
        Assert.True(correct >= planted * 0.95, $"found {correct} of {planted} planted pairs");
        Assert.Equal(correct, cross.Count);
        Assert.DoesNotContain(links, l => l.A == l.B);
    }
}
