using Triangulate.Pipeline;
using Triangulate.Evaluation;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Evaluation;

public sealed class DateGoldTests(ITestOutputHelper helper)
{
    private readonly Report output = new(helper);

    private sealed class Report(ITestOutputHelper inner)
    {
        public void WriteLine(string line)
        {
            inner.WriteLine(line);
            if (Environment.GetEnvironmentVariable("TRIANGULATE_REPORT") is { Length: > 0 } path)
            {
                File.AppendAllText(path, line + Environment.NewLine);
            }
        }
    }

    // Ratchet: raise when the dates score improves, never lower.
    private const double Floor = 0.90;

    [Fact]
    public void DateScorer_EveryCorpusEvent_AboveFloor()
    {
        // Given
        var events = Paths.CorpusEvents.ToList();
        if (events.Count == 0)
        {
            Assert.Skip("../shared/corpus is absent: no gold to score dates against");
        }
        var total = 0.0;
        foreach (var folder in events)
        {
            // When
            var gold = GoldFile.Load(Path.Combine(folder, "gold.json"));
            var dossier = Analyzer.Analyze([folder]);
            var section = new DateScorer().Score(ContextFor(gold, dossier));
            var accuracy = section.Metrics["accuracy"];
            total += accuracy;
            Assert.True(accuracy >= Floor, $"{Path.GetFileName(folder)}: dates score {accuracy:P1} below floor {Floor:P0}\n" + string.Join("\n", section.Notes));
            output.WriteLine($"{Path.GetFileName(folder)}: dates {accuracy:P1} ({section.Metrics["matched"]}/{section.Metrics["gold"]})");
            foreach (var n in section.Notes)
            {
                output.WriteLine("  " + n);
            }
            foreach (var d in dossier.Documents)
            {
                output.WriteLine($"  {d.File}: {d.Published?.Date} {d.Published?.How.Code()} {d.Published?.Confidence} {d.Published?.Anchor}");
            }
        }
        // Then
        Assert.True(total / events.Count >= Floor, $"mean dates score {total / events.Count:P1} below floor {Floor:P0}");
    }

    [Fact]
    public void DateScorer_Sample_EveryGoldDateResolved()
    {
        // Given
        var gold = GoldFile.Load(Path.Combine(Paths.Sample, "gold.json"));
        // When
        var dossier = Analyzer.Analyze([Paths.Sample]);
        var section = new DateScorer().Score(ContextFor(gold, dossier));
        // Then
        Assert.True(section.Metrics["accuracy"] == 1.0, string.Join("\n", section.Notes));
    }

    internal static EvalContext ContextFor(GoldFile gold, Triangulate.Model.Dossier dossier)
    {
        var originals = gold.Documents.ToDictionary(kv => kv.Key, kv => File.ReadAllText(Path.Combine(gold.Folder, kv.Value)));
        return new EvalContext(gold, dossier, originals);
    }
}
