using System.Text;
using Triangulate.Extraction.Figures;

namespace Triangulate.Evaluation;

/// <summary>Claims, by GOLD-FORMAT.md: a prediction matches a gold claim in the same document with the same measure and
/// value (both null for vague amounts; both ends for ranges) whose span overlaps a position of the gold span in the file.
/// Each gold claim matches at most one prediction. Field accuracies (qualifier, attributed_to, who, time_scope) are on matched claims.</summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public sealed class ClaimScorer : IGoldScorer
{
    private static readonly HashSet<string> s_stop = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "for", "and", "in", "on", "at", "to", "by", "from", "with", "s",
    };

    /// <inheritdoc/>
    public string Section => "claims";

    /// <inheritdoc/>
    public EvalSection Score(EvalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var notes = new List<string>();
        var predictions = new List<(FigureClaim Claim, TextSpan Original)>();
        foreach (var c in context.Dossier.Claims)
        {
            if (context.GoldIdFor(c.Doc) is not null)
            {
                predictions.Add((c, context.ToOriginal(c.Doc, c.Start, c.End)));
            }
        }
        var used = new bool[predictions.Count];
        int matched = 0, qualifierOk = 0, sourceOk = 0, whoOk = 0, timeOk = 0, scopeOk = 0, goldBackground = 0;
        // Gold in file order (document, then span position) so the assignment does not depend on the order of either file.
        var golds = context.Gold.Claims
            .Select(g => (Gold: g, Positions: context.GoldSpanPositions(g.Doc, g.Span)))
            .OrderBy(g => g.Gold.Doc, StringComparer.Ordinal).ThenBy(g => g.Positions.Count == 0 ? int.MaxValue : g.Positions[0].Start)
            .ThenBy(g => g.Gold.Measure, StringComparer.Ordinal).ToList();
        foreach (var (gold, positions) in golds)
        {
            var doc = context.DocumentFor(gold.Doc);
            var best = -1;
            var bestOverlap = 0;
            if (doc is not null)
            {
                for (var i = 0; i < predictions.Count; i++)
                {
                    var (p, span) = predictions[i];
                    if (used[i] || p.Doc != doc.Id || FoldMeasure(p.Measure) != FoldMeasure(gold.Measure) || !SameValue(gold, p))
                    {
                        continue;
                    }
                    foreach (var pos in positions)
                    {
                        var overlap = Math.Min(pos.End, span.End) - Math.Max(pos.Start, span.Start);
                        if (overlap > bestOverlap)
                        {
                            bestOverlap = overlap;
                            best = i;
                        }
                    }
                }
            }
            if (best < 0)
            {
                notes.Add($"missed {gold.Doc}: {gold.Measure} {ValueText(gold)} \"{gold.Span}\"");
                continue;
            }
            used[best] = true;
            matched++;
            var claim = predictions[best].Claim;
            if (QualifierName(claim.Qualifier) == gold.Qualifier)
            {
                qualifierOk++;
            }
            else
            {
                notes.Add($"qualifier {gold.Doc} \"{gold.Span}\": gold {gold.Qualifier}, got {QualifierName(claim.Qualifier)}");
            }
            if (SameSource(gold.AttributedTo, claim.AttributedTo))
            {
                sourceOk++;
            }
            else
            {
                notes.Add($"attributed_to {gold.Doc} \"{gold.Span}\": gold {gold.AttributedTo ?? "(none)"}, got {claim.AttributedTo ?? "(none)"}");
            }
            if (SameWho(gold.Who, claim.Who))
            {
                whoOk++;
            }
            else
            {
                notes.Add($"who {gold.Doc} \"{gold.Span}\": gold {gold.Who ?? "(none)"}, got {claim.Who ?? "(none)"}");
            }
            var predictedBackground = claim.EventScope == FigureClaim.Background;
            var goldIsBackground = gold.EventScope == "background";
            goldBackground += goldIsBackground ? 1 : 0;
            if (goldIsBackground == predictedBackground)
            {
                scopeOk++;
            }
            else
            {
                notes.Add($"event_scope {gold.Doc} \"{gold.Span}\": gold {gold.EventScope ?? "(event)"}, got {(predictedBackground ? "background" : "(event)")}");
            }
            if (SameTime(gold.TimeScope, claim.TimeScope?.Text))
            {
                timeOk++;
            }
            else
            {
                notes.Add($"time_scope {gold.Doc} \"{gold.Span}\": gold {gold.TimeScope ?? "(none)"}, got {claim.TimeScope?.Text ?? "(none)"}");
            }
        }
        for (var i = 0; i < predictions.Count; i++)
        {
            if (!used[i])
            {
                var p = predictions[i].Claim;
                notes.Add($"false positive {context.GoldIdFor(p.Doc)}: {p.Measure} {(p.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? $"[{p.Low}-{p.High}]")} \"{p.Span}\"");
            }
        }
        var metrics = new Dictionary<string, double>();
        Prf.AddTo(metrics, matched, predictions.Count, context.Gold.Claims.Count);
        metrics["qualifier_accuracy"] = Ratio(qualifierOk, matched);
        metrics["attributed_to_accuracy"] = Ratio(sourceOk, matched);
        metrics["who_accuracy"] = Ratio(whoOk, matched);
        metrics["time_scope_accuracy"] = Ratio(timeOk, matched);
        metrics["background_accuracy"] = Ratio(scopeOk, matched);
        metrics["background_gold"] = goldBackground;
        return new EvalSection(Section, "scored", metrics, notes);
    }

    /// <summary>Folds measure synonyms to one name, as GOLD-FORMAT.md says (survivors = rescued, death toll = killed; hospitalised,
    /// critical and treated are injured unless the gold says otherwise), so a synonym is never a miss.</summary>
    internal static string FoldMeasure(string measure) => measure.ToLowerInvariant() switch
    {
        "dead" or "deaths" or "died" or "death_toll" or "fatalities" => "killed",
        "wounded" or "hurt" or "hospitalized" or "hospitalised" or "critical" or "treated" => "injured",
        "survivors" or "survived" or "saved" or "pulled_out_alive" => "rescued",
        "on_board" or "passengers" or "onboard" => "aboard",
        // Coders differ on these (GOLD-FORMAT.md names them as measures; older gold codes them under the wider count): people trapped
        // are among the missing, evacuees and people sheltering away from home among the displaced.
        "trapped" or "stranded" => "missing",
        "evacuated" or "evacuees" or "sheltering" => "displaced",
        var m => m,
    };

    private static double Ratio(int ok, int total) => total == 0 ? 0 : (double)ok / total;

    private static string ValueText(GoldClaim g) => g.Low is not null ? $"[{g.Low}-{g.High}]" : g.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(vague)";

    /// <summary>Same value: both ends for a gold range, both null for a vague amount, else equal values.</summary>
    internal static bool SameValue(GoldClaim gold, FigureClaim claim)
    {
        if (gold.Low is not null || gold.High is not null)
        {
            return claim.Value is null && claim.Low == gold.Low && claim.High == gold.High;
        }
        return gold.Value == claim.Value;
    }

    /// <summary>The gold vocabulary name of a qualifier.</summary>
    internal static string QualifierName(Qualifier q) => q.Code();

    /// <summary>Same source after a light alias resolution: case-folded, "the" and punctuation dropped; equal, one contained in the
    /// other, an acronym of the other's initials ("SOHR" ↔ "Syrian Observatory for Human Rights"), or at least half the gold's
    /// content words present. Both absent also counts as the same.</summary>
    internal static bool SameSource(string? gold, string? predicted)
    {
        if (string.IsNullOrWhiteSpace(gold) || string.IsNullOrWhiteSpace(predicted))
        {
            return string.IsNullOrWhiteSpace(gold) && string.IsNullOrWhiteSpace(predicted);
        }
        var g = Words(gold);
        var p = Words(predicted);
        if (g.Count == 0 || p.Count == 0)
        {
            return false;
        }
        var gs = string.Join(' ', g);
        var ps = string.Join(' ', p);
        if (gs == ps || Contains(gs, ps) || Contains(ps, gs))
        {
            return true;
        }
        if (IsAcronymOf(gold, predicted) || IsAcronymOf(predicted, gold))
        {
            return true;
        }
        var content = g.Where(w => !s_stop.Contains(w)).ToList();
        var pset = p.Select(Fold).ToHashSet(StringComparer.Ordinal);
        var shared = content.Count(w => pset.Contains(Fold(w)));
        return content.Count > 0 && shared * 2 >= content.Count && shared > 0;
    }

    private static bool Contains(string outer, string inner) => (" " + outer + " ").Contains(" " + inner + " ", StringComparison.Ordinal);

    private static bool IsAcronymOf(string shortForm, string longForm)
    {
        foreach (var token in shortForm.Split([' ', '(', ')', '[', ']', ',', '"'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Length < 2 || !token.All(char.IsUpper))
            {
                continue;
            }
            var initials = new StringBuilder();
            foreach (var w in longForm.Split([' ', '-', '(', ')', '[', ']', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                if (char.IsUpper(w[0]))
                {
                    initials.Append(w[0]);
                }
            }
            if (initials.ToString().Contains(token, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Same group: "all" matches "all"; otherwise at least half the gold's content words (singular/plural folded) appear in the prediction.</summary>
    internal static bool SameWho(string? gold, string? predicted)
    {
        if (string.IsNullOrWhiteSpace(gold) || string.IsNullOrWhiteSpace(predicted))
        {
            return string.IsNullOrWhiteSpace(gold) && string.IsNullOrWhiteSpace(predicted);
        }
        var g = Words(gold).Where(w => !s_stop.Contains(w)).Select(Fold).ToList();
        var p = Words(predicted).Select(Fold).ToHashSet(StringComparer.Ordinal);
        if (g.Count == 0)
        {
            return false;
        }
        var shared = g.Count(p.Contains);
        return shared * 2 >= g.Count;
    }

    /// <summary>Same time scope: both absent, or the same words (one contained in the other, case-insensitive).</summary>
    internal static bool SameTime(string? gold, string? predicted)
    {
        if (string.IsNullOrWhiteSpace(gold) || string.IsNullOrWhiteSpace(predicted))
        {
            return string.IsNullOrWhiteSpace(gold) && string.IsNullOrWhiteSpace(predicted);
        }
        var g = string.Join(' ', Words(gold));
        var p = string.Join(' ', Words(predicted));
        return g == p || Contains(g, p) || Contains(p, g);
    }

    private static string Fold(string w) =>
        w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4 ? w[..^3] + "y"
        : w.EndsWith("es", StringComparison.Ordinal) && w.Length > 4 && w[^3] is 's' or 'x' or 'h' ? w[..^2]
        : w.EndsWith('s') && w.Length > 3 && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w;

    private static List<string> Words(string s)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var ch in s.ToLowerInvariant().Replace("'s", string.Empty, StringComparison.Ordinal).Replace("’s", string.Empty, StringComparison.Ordinal))
        {
            if (char.IsLetterOrDigit(ch))
            {
                sb.Append(ch);
            }
            else if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }
        if (sb.Length > 0)
        {
            words.Add(sb.ToString());
        }
        if (words.Count > 0 && words[0] == "the")
        {
            words.RemoveAt(0);
        }
        return words;
    }
}
