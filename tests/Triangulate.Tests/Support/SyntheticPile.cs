using Triangulate.Benchmarking;
using Triangulate.Pipeline;

namespace Triangulate.Tests.Support;

/// <summary>A pile of <see cref="SyntheticCorpus"/> articles analysed as one dossier (as <c>triangulate analyze pile.jsonl.gz</c> does),
/// built once per test run and shared: the 5,000-article pile takes a while on a small machine.</summary>
public static class SyntheticPile
{
    private static readonly Lazy<(Dossier Dossier, TimeSpan Took)> s_fiveThousand = new(() => Build(5000));

    /// <summary>5,000 generated articles as one dossier, and how long the analysis took.</summary>
    public static (Dossier Dossier, TimeSpan Took) FiveThousand => s_fiveThousand.Value;

    /// <summary>Generates <paramref name="articles"/> articles (fixed seed) and analyses them as one pile.</summary>
    public static (Dossier Dossier, TimeSpan Took) Build(int articles)
    {
        using var temp = new TempDir();
        var corpus = temp.File("pile.jsonl.gz");
        new SyntheticCorpus(20250306).WriteJsonLines(corpus, articles);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var dossier = Analyzer.Analyze([corpus]);
        return (dossier, sw.Elapsed);
    }
}
