namespace Triangulate.Evaluation;

/// <summary>Consistency flags: recall of (document, kind).</summary>
/// <remarks>
/// A gold flag names one document or several (e.g. <c>["001", "004"]</c> for a conflict between two articles). It is
/// found when some predicted flag of the same kind involves ANY of its documents: the gold lists the documents a
/// reader should look at, and one predicted flag pointing at one of them leads the reader there. Precision is not
/// defined by the gold (it lists flags it saw, not every consistent check), so the number of predicted flags is
/// reported beside the recall instead.
/// </remarks>
public sealed class FlagScorer : IGoldScorer
{
    /// <inheritdoc/>
    public string Section => "flags";

    /// <inheritdoc/>
    public EvalSection Score(EvalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var predicted = new HashSet<(string Doc, string Kind)>();
        foreach (var flag in context.Dossier.Flags)
        {
            foreach (var doc in flag.Docs)
            {
                if (context.GoldIdFor(doc) is { } g)
                {
                    predicted.Add((g, flag.Kind));
                }
            }
        }
        var found = 0;
        var notes = new List<string>();
        foreach (var gold in context.Gold.Flags)
        {
            if (gold.Docs.Any(d => predicted.Contains((d, gold.Kind))))
            {
                found++;
            }
            else
            {
                notes.Add($"missed {gold.Kind} in {string.Join("/", gold.Docs)}: {gold.Detail}");
            }
        }
        var metrics = new Dictionary<string, double>
        {
            ["recall"] = context.Gold.Flags.Count == 0 ? 1.0 : (double)found / context.Gold.Flags.Count,
            ["gold"] = context.Gold.Flags.Count,
            ["matched"] = found,
            ["predicted"] = context.Dossier.Flags.Count,
        };
        return new EvalSection(Section, "scored", metrics, notes);
    }
}
