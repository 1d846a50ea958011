using BenchmarkDotNet.Attributes;
using Triangulate.Cleaning;
using Triangulate.Ingest;

namespace Triangulate.Bench.Cleaning;

/// <summary>The clean stage alone on the bench's synthetic articles (what <c>triangulate bench</c> cleans) and on the test
/// bed's dev articles (real pages' residue), in memory: the whole cleaner, and its line rules alone.</summary>
/// <remarks>
/// Figure to reach (issue 24): 10,000 synthetic articles (56 MB) cleaned in at most 3 CPU seconds on one core of the
/// bench machine, so that clean is no longer the costliest stage of <c>bench --size 10k</c>. For CPU seconds over the
/// full 10,000 and a check that outputs did not change, run <c>Triangulate.Bench clean-stage</c> (CleanStageRun).
/// </remarks>
[MemoryDiagnoser]
public class CleanStageBenchmarks
{
    private readonly BoilerplateCleaner _cleaner = new();
    private List<SourceDocument> _synthetic = [];
    private List<SourceDocument> _dev = [];
    private List<CleanDocument> _cleanedSynthetic = [];

    [GlobalSetup]
    public void Setup()
    {
        _synthetic = StageRunOptions.Synthetic(500);
        _dev = CleanStageRun.DevArticles();
        _cleanedSynthetic = [.. _synthetic.Select(_cleaner.Clean)];
    }

    /// <summary>500 cleaned synthetic articles, the pile pass (lines repeated across stories) alone.</summary>
    [Benchmark]
    public int PileSynthetic() => PileRepetition.Apply(_cleanedSynthetic).Count;

    /// <summary>500 synthetic articles (about 2.8 MB), the whole cleaner.</summary>
    [Benchmark]
    public int CleanSynthetic() => CleanAll(_synthetic);

    /// <summary>The test bed's dev articles, the whole cleaner.</summary>
    [Benchmark]
    public int CleanDev() => CleanAll(_dev);

    /// <summary>500 synthetic articles, the line rules (ResidueLines) alone.</summary>
    [Benchmark]
    public int ResidueLinesSynthetic()
    {
        var n = 0;
        foreach (var d in _synthetic)
        {
            n += ResidueLines.Find(d.Text).Count;
        }
        return n;
    }

    private int CleanAll(List<SourceDocument> documents)
    {
        var n = 0;
        foreach (var d in documents)
        {
            n += _cleaner.Clean(d).Text.Length;
        }
        return n;
    }
}
