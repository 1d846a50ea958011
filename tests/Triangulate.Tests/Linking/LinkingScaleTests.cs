using Triangulate.Benchmarking;

namespace Triangulate.Tests.Linking;

/// <summary>Reuse and clustering on a generated corpus: throughput reported, planted copies and paraphrases found, nothing else.</summary>
/// <remarks>2,000 documents by default; set TRIANGULATE_SCALE=10000 (or more) for a scale run. Same measurement as
/// <c>triangulate bench --linking</c> (<see cref="LinkingBench.RunOne"/>).</remarks>
[Collection(Support.SerialCollection.Name)]
public sealed class LinkingScaleTests(ITestOutputHelper output)
{
    [Fact]
    public void Detect_GeneratedCorpus_FindsPlantedReuseAndReportsThroughput()
    {
        // Given a generated corpus with planted copies (every 10th) and paraphrases (every 10th + 5)
        var n = int.TryParse(Environment.GetEnvironmentVariable("TRIANGULATE_SCALE"), out var v) && v > 0 ? v : 2000;

        // When reuse is detected and documents clustered
        var r = LinkingBench.RunOne(n);

        // Then nearly every planted pair is found and every cross-document link is a planted one
        output.WriteLine($"{n} docs: reuse {r.ReuseDocsPerSecond:0} docs/s ({r.ReuseSeconds:0.00} s, {r.Links} links, {r.CorrectLinks} correct, {r.PlantedPairs} planted pairs), clustering {r.ClusterDocsPerSecond:0} docs/s ({r.ClusterSeconds:0.00} s, {r.Clusters} clusters), {r.ManagedBytes / 1e6:0} MB managed");
        Assert.True(r.CorrectLinks >= r.PlantedPairs * 0.95, $"found {r.CorrectLinks} of {r.PlantedPairs} planted pairs");
        Assert.Equal(r.CorrectLinks, r.Links);
        Assert.True(r.Clusters is > 1 && r.Clusters < n, $"{r.Clusters} clusters for {n} documents");
    }
}
