using System.Globalization;
using Triangulate.Pipeline;
using Triangulate.Evaluation;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Linking;

/// <summary>Consistency flags end to end (real extractors, <see cref="Analyzer.Analyze"/>) on every gold event: precision and recall floors.</summary>
public sealed class FlagCorpusTests(ITestOutputHelper output)
{
    // Floors we ratchet up: (precision, recall) of flags per event, measured end to end. Precision pairs predicted and
    // gold flags one-to-one; the gold lists the problems its annotator saw, so correct but unlisted checks count against it.
    private static readonly Dictionary<string, (double Precision, double Recall)> s_floors = new(StringComparer.Ordinal)
    {
        ["syria-coast-2025-03"] = (0.40, 1.0),
        // Precision 0.55 -> 0.42: the headline's "500" over the body's "at least 500" / "more than 500" is now reported as one
        // source wording one count two ways (conflicting_values_same_source), which the gold does not list (issue 22).
        // 0.42 -> 0.40: one figure bounded differently in several articles is now one time_scope_conflict flag naming every
        // scope (one problem, one flag); here that flag covers two problems the gold lists apart (issue 22, item 5). The shared
        // events' mean precision rises (0.486 -> 0.503).
        ["gaza-ahli-hospital-2023-10"] = (0.40, 0.75),
        // (0.45, 0.75) -> (0.40, 0.5): the time-scope flag that found the gold's "002 dates the attack a day late" was the
        // article's "93 ... 115" rise told in one sentence, an increment that no longer raises a conflict (issue 22).
        ["crocus-city-hall-2024-03"] = (0.50, 0.5),
        ["turkey-syria-earthquake-2023-02"] = (0.66, 1.0),
    };

    public static TheoryData<string> Events()
    {
        var data = new TheoryData<string>();
        foreach (var name in s_floors.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void Evaluate_CorpusEvent_FlagPrecisionAndRecallAboveFloor(string name)
    {
        // Given
        var folder = Paths.CorpusEvents.FirstOrDefault(d => Path.GetFileName(d) == name);
        if (folder is null)
        {
            Assert.Skip($"../shared/corpus/{name} is absent; the flag ratchet needs the shared corpus.");
        }
        var goldPath = Path.Combine(folder, "gold.json");

        // When
        var dossier = Analyzer.Analyze([folder]);
        var flags = new Evaluator([new FlagScorer()]).Evaluate(GoldFile.Load(goldPath), dossier, goldPath).Section("flags");

        // Then
        Assert.NotNull(flags);
        output.WriteLine(string.Join("  ", flags.Metrics.Select(kv => $"{kv.Key}={kv.Value.ToString("0.###", CultureInfo.InvariantCulture)}")));
        foreach (var note in flags.Notes)
        {
            output.WriteLine("  " + note);
        }
        var (precision, recall) = s_floors[name];
        Assert.True(flags.Metrics["recall"] >= recall, $"{name}: flag recall {flags.Metrics["recall"]:0.000} below floor {recall:0.00}");
        Assert.True(flags.Metrics["precision"] >= precision, $"{name}: flag precision {flags.Metrics["precision"]:0.000} below floor {precision:0.00}");
    }
}
