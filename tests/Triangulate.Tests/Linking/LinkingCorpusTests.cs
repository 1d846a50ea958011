using Triangulate.Evaluation;
using Triangulate.Linking.Reconciliation;
using Triangulate.Linking.Reuse;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Linking;

public sealed class LinkingCorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> Events() => [.. Paths.CorpusEvents.Select(Path.GetFileName).OfType<string>()];

    [Fact]
    public void ReuseAndFlags_EveryCorpusEvent_ScoresReported()
    {
        if (Paths.Corpus is null)
        {
            Assert.Skip("../shared/corpus is absent");
        }
        foreach (var folder in Paths.CorpusEvents)
        {
            var (dossier, gold) = GoldClaims.Load(folder);
            dossier = new ReconciliationPass().Apply(new ReusePass().Apply(dossier, default), default);
            var report = new Evaluator([new ReuseScorer(), new FlagScorer()]).Evaluate(gold, dossier, folder);
            var reuse = report.Section("reuse")!;
            var flags = report.Section("flags")!;
            output.WriteLine($"{Path.GetFileName(folder)}: reuse P={reuse.Metrics["precision"]:0.00} R={reuse.Metrics["recall"]:0.00}  flags R={flags.Metrics["recall"]:0.00} ({flags.Metrics["predicted"]} predicted)");
            foreach (var n in reuse.Notes.Concat(flags.Notes))
            {
                output.WriteLine("   " + n);
            }
            foreach (var f in dossier.Flags)
            {
                output.WriteLine($"   FLAG {f.Kind}: {f.Detail}");
            }
        }
    }
}
