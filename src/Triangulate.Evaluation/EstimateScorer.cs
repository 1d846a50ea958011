using System.Globalization;

namespace Triangulate.Evaluation;

/// <summary>Estimates, by GOLD-FORMAT.md: for every gold series that carries an <c>estimate</c>, whether a predicted series of the
/// same measure and group has low, best and high each within 5% of the gold's.</summary>
/// <remarks>Measures are compared after folding synonyms (<see cref="ClaimScorer.FoldMeasure"/>), groups as <c>who</c> is
/// compared for claims. When several predicted series share the measure and group (split by place, say), the series counts as
/// found when one of them agrees. A gold end left out (null) is not checked.</remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public sealed class EstimateScorer : IGoldScorer
{
    /// <summary>The relative tolerance: 5%.</summary>
    public const double Tolerance = 0.05;

    /// <inheritdoc/>
    public string Section => "estimates";

    /// <inheritdoc/>
    public EvalSection Score(EvalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var notes = new List<string>();
        int gold = 0, within = 0, found = 0;
        foreach (var series in context.Gold.Series)
        {
            if (series.Estimate is not { } expected)
            {
                continue;
            }
            gold++;
            var candidates = context.Dossier.Series
                .Where(s => ClaimScorer.FoldMeasure(s.Measure) == ClaimScorer.FoldMeasure(series.Measure) && ClaimScorer.SameWho(series.Who, s.Who))
                .ToList();
            if (candidates.Count == 0)
            {
                notes.Add($"no series for {series.Measure} / {series.Who}");
                continue;
            }
            found++;
            if (candidates.Any(c => Near(expected.Low, c.Estimate.Low) && Near(expected.Best, c.Estimate.Best) && Near(expected.High, c.Estimate.High)))
            {
                within++;
                continue;
            }
            var got = string.Join("; ", candidates.Select(c => $"{Text(c.Estimate.Low)}/{Text(c.Estimate.Best)}/{Text(c.Estimate.High)}"));
            notes.Add($"estimate {series.Measure} / {series.Who}: gold {Text(expected.Low)}/{Text(expected.Best)}/{Text(expected.High)}, got {got}");
        }
        var metrics = new Dictionary<string, double>
        {
            ["within_5pct"] = gold == 0 ? 0 : (double)within / gold,
            ["series_found"] = gold == 0 ? 0 : (double)found / gold,
            ["gold"] = gold,
        };
        return new EvalSection(Section, gold == 0 ? "no gold" : "scored", metrics, notes);
    }

    /// <summary>Whether <paramref name="predicted"/> is within 5% of <paramref name="expected"/> (an absent gold end is not checked).</summary>
    internal static bool Near(long? expected, long? predicted) =>
        expected is not { } e || predicted is { } p && Math.Abs(p - e) <= Tolerance * Math.Abs(e);

    private static string Text(long? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
