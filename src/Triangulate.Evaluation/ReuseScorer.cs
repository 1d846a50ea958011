namespace Triangulate.Evaluation;

/// <summary>Text reuse: precision and recall of unordered document pairs, including a == b (a block repeated inside one file).</summary>
/// <remarks>The kind is not scored (gold kinds are free text); a predicted pair whose documents the gold does not know is a false positive.</remarks>
public sealed class ReuseScorer : IGoldScorer
{
    /// <inheritdoc/>
    public string Section => "reuse";

    /// <inheritdoc/>
    public EvalSection Score(EvalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Two articles quoting the same statement are not copies of each other: the gold marks such pairs "same-source-quoted",
        // a kind apart, and they are left out of the pairs to find (a tool that marks them as that kind is not penalised either).
        var gold = context.Gold.Reuse.Where(r => !IsSameSourceQuoted(r.Kind)).Select(r => Pair(r.A, r.B)).ToHashSet();
        var predicted = new HashSet<(string, string)>();
        foreach (var link in context.Dossier.Reuse)
        {
            if (IsSameSourceQuoted(link.Kind.Code()))
            {
                continue;
            }
            var a = context.GoldIdFor(link.A) ?? "?" + link.A;
            var b = context.GoldIdFor(link.B) ?? "?" + link.B;
            predicted.Add(Pair(a, b));
        }
        var matched = predicted.Count(gold.Contains);
        var notes = new List<string>();
        notes.AddRange(gold.Where(g => !predicted.Contains(g)).Select(g => $"missed {g.Item1}↔{g.Item2}"));
        notes.AddRange(predicted.Where(p => !gold.Contains(p)).Select(p => $"false pair {p.Item1}↔{p.Item2}"));
        var metrics = new Dictionary<string, double>();
        Prf.AddTo(metrics, matched, predicted.Count, gold.Count);
        return new EvalSection(Section, "scored", metrics, notes);
    }

    private static bool IsSameSourceQuoted(string kind) =>
        kind.StartsWith("same-source-quoted", StringComparison.OrdinalIgnoreCase) || kind.StartsWith("same source quoted", StringComparison.OrdinalIgnoreCase);

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
