using BenchmarkDotNet.Attributes;
using Triangulate.Linking.Clustering;
using Triangulate.Linking.Reuse;

namespace Triangulate.Bench;

/// <summary>Reuse detection and story clustering on a generated corpus (see ReuseCorpus): documents/s at each size should stay near constant.</summary>
/// <remarks>Run: <c>dotnet run -c Release --project bench/Triangulate.Bench -- --filter *LinkingBenchmarks*</c>. The 100k size takes minutes.</remarks>
[MemoryDiagnoser]
public class LinkingBenchmarks
{
    private List<DossierDocument> _documents = [];

    [Params(1_000, 10_000, 100_000)]
    public int Documents { get; set; }

    [GlobalSetup]
    public void Setup() => _documents = Triangulate.Benchmarking.ReuseCorpus.Build(Documents).Documents;

    [Benchmark]
    public int Reuse() => new ReuseDetector().Detect(_documents).Count;

    [Benchmark]
    public int Clustering() => new StoryClusterer().Cluster(_documents).Clusters.Count;
}
