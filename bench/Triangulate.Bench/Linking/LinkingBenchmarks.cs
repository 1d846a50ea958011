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

/// <summary>Reuse detection on the news-like <c>SyntheticCorpus</c> of <c>triangulate bench</c>, cleaned as analyze cleans it: one pile
/// (plain <c>analyze</c> of one file: every document in one detector run) and story by story (<c>analyze --by-cluster</c>).</summary>
/// <remarks>Articles of one event share templates, so most candidate pairs are real links: this measures the cost of alignment
/// and link building, where <see cref="LinkingBenchmarks"/> measures candidate generation on mostly unrelated texts.
/// Run: <c>dotnet run -c Release --project bench/Triangulate.Bench -- --filter *ReuseNewsBenchmarks*</c>.</remarks>
[MemoryDiagnoser]
public class ReuseNewsBenchmarks
{
    private IReadOnlyList<DossierDocument> _documents = [];
    private List<List<DossierDocument>> _stories = [];

    [Params(1_000, 5_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var file = Path.Combine(Path.GetTempPath(), $"triangulate-reuse-bench-{Environment.ProcessId}.jsonl");
        try
        {
            new Triangulate.Benchmarking.SyntheticCorpus().WriteJsonLines(file, Articles);
            _documents = Triangulate.Cleaning.DossierDocuments.FromCleaned(Triangulate.Pipeline.Analyzer.ReadAndClean([file]).Documents);
        }
        finally
        {
            File.Delete(file);
        }
        var byId = _documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _stories = [.. new StoryClusterer().Cluster(_documents).Clusters.Select(c => c.Docs.Select(id => byId[id]).ToList())];
    }

    /// <summary>Profiles only: tokens, sentences and the two MinHash signatures per document.</summary>
    [Benchmark]
    public int Profile()
    {
        var detector = new ReuseDetector();
        var n = 0;
        foreach (var d in _documents)
        {
            n += detector.Profile(d).ContentWords;
        }
        return n;
    }

    /// <summary>Every document in one detector run (one pile).</summary>
    [Benchmark]
    public int OnePile() => new ReuseDetector().Detect(_documents).Count;

    /// <summary>One detector run per story cluster, one after another.</summary>
    [Benchmark]
    public int ByStory()
    {
        var n = 0;
        foreach (var story in _stories)
        {
            n += new ReuseDetector().Detect(story).Count;
        }
        return n;
    }
}
