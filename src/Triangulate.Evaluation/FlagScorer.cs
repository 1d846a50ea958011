namespace Triangulate.Evaluation;

/// <summary>Consistency flags: recall of (document, kind), and precision of predicted flags matched one-to-one to gold flags.</summary>
/// <remarks>
/// A gold flag names one document or several (e.g. <c>["001", "004"]</c> for a conflict between two articles). It is
/// found when some predicted flag of the same kind involves ANY of its documents: the gold lists the documents a
/// reader should look at, and one predicted flag pointing at one of them leads the reader there (recall).
/// Precision pairs predicted and gold flags one-to-one (same kind, at least one shared document; a maximum matching),
/// so two predicted flags about one gold problem count one hit and one false flag. The gold lists the problems its
/// annotator saw rather than every passed check, so precision is a lower bound: a correct
/// <c>components_match_total</c> the gold did not write down counts against it.
/// </remarks>
public sealed class FlagScorer : IGoldScorer
{
    /// <inheritdoc/>
    public string Section => "flags";

    /// <inheritdoc/>
    public EvalSection Score(EvalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var predictedDocs = new List<(string Kind, HashSet<string> Docs, string Detail)>();
        var predicted = new HashSet<(string Doc, string Kind)>();
        foreach (var flag in context.Dossier.Flags)
        {
            var docs = new HashSet<string>(StringComparer.Ordinal);
            foreach (var doc in flag.Docs)
            {
                if (context.GoldIdFor(doc) is { } g)
                {
                    predicted.Add((g, flag.Kind.Code()));
                    docs.Add(g);
                }
            }
            predictedDocs.Add((flag.Kind.Code(), docs, flag.Detail));
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
        var matchOf = Match(predictedDocs, context.Gold.Flags);
        var hits = 0;
        for (var p = 0; p < predictedDocs.Count; p++)
        {
            if (matchOf[p] >= 0)
            {
                hits++;
            }
            else
            {
                notes.Add($"extra {predictedDocs[p].Kind} in {string.Join("/", predictedDocs[p].Docs.Order(StringComparer.Ordinal))}: {predictedDocs[p].Detail}");
            }
        }
        var metrics = new Dictionary<string, double>
        {
            ["recall"] = context.Gold.Flags.Count == 0 ? 1.0 : (double)found / context.Gold.Flags.Count,
            ["precision"] = predictedDocs.Count == 0 ? 1.0 : (double)hits / predictedDocs.Count,
            ["gold"] = context.Gold.Flags.Count,
            ["matched"] = found,
            ["predicted"] = context.Dossier.Flags.Count,
            ["predicted_matched"] = hits,
        };
        return new EvalSection(Section, "scored", metrics, notes);
    }

    // Maximum bipartite matching (augmenting paths; flag lists are small): for each predicted flag, the index of its gold flag or -1.
    private static int[] Match(List<(string Kind, HashSet<string> Docs, string Detail)> predicted, IReadOnlyList<GoldFlag> gold)
    {
        var goldOwner = Enumerable.Repeat(-1, gold.Count).ToArray();
        var matchOf = Enumerable.Repeat(-1, predicted.Count).ToArray();
        bool Fits(int p, int g) => predicted[p].Kind == gold[g].Kind && gold[g].Docs.Any(predicted[p].Docs.Contains);
        bool Augment(int p, bool[] seen)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                if (seen[g] || !Fits(p, g))
                {
                    continue;
                }
                seen[g] = true;
                if (goldOwner[g] < 0 || Augment(goldOwner[g], seen))
                {
                    goldOwner[g] = p;
                    matchOf[p] = g;
                    return true;
                }
            }
            return false;
        }
        for (var p = 0; p < predicted.Count; p++)
        {
            Augment(p, new bool[gold.Count]);
        }
        return matchOf;
    }
}
