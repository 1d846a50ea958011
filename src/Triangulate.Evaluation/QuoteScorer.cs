using Triangulate.Extraction.Entities;

namespace Triangulate.Evaluation;

/// <summary>
/// Quotes: a prediction (speech or partial, not scare) matches a gold quote when, in the same document, it covers at least 80%
/// of the gold text; then speaker accuracy: the speaker entity's canonical name or an alias equals the gold speaker after
/// folding, shares the gold speaker's gold entity, or the speaker as written overlaps the gold speaker's words.
/// </summary>
public sealed class QuoteScorer : IGoldScorer
{
    /// <inheritdoc/>
    public string Section => "quotes";

    /// <inheritdoc/>
    public EvalSection Score(EvalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var notes = new List<string>();
        var entities = context.Dossier.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var used = new HashSet<int>();
        int matched = 0, speakerRight = 0;
        var predictions = context.Dossier.Quotes;
        var speech = predictions.Count(q => q.Kind != "scare");
        foreach (var gq in context.Gold.Quotes)
        {
            var doc = context.DocumentFor(gq.Doc);
            if (doc is null)
            {
                notes.Add($"document {gq.Doc} missing");
                continue;
            }
            // the gold text's positions in the cleaned text (quotes are verbatim)
            var goldAt = doc.Text.IndexOf(gq.Text, StringComparison.Ordinal);
            var best = -1;
            var bestCover = 0.0;
            for (var i = 0; i < predictions.Count; i++)
            {
                var q = predictions[i];
                if (q.Doc != doc.Id || q.Kind == "scare" || used.Contains(i))
                {
                    continue;
                }
                double cover;
                if (goldAt >= 0)
                {
                    var overlap = Math.Min(q.End, goldAt + gq.Text.Length) - Math.Max(q.Start, goldAt);
                    cover = overlap <= 0 ? 0 : (double)overlap / gq.Text.Length;
                }
                else
                {
                    cover = q.Text.Contains(gq.Text, StringComparison.Ordinal) || gq.Text.Contains(q.Text, StringComparison.Ordinal) && q.Text.Length >= 0.8 * gq.Text.Length ? 1 : 0;
                }
                if (cover > bestCover)
                {
                    bestCover = cover;
                    best = i;
                }
            }
            if (best < 0 || bestCover < 0.8)
            {
                notes.Add($"missed ({gq.Doc}): \"{Short(gq.Text)}\"");
                continue;
            }
            used.Add(best);
            matched++;
            var p = predictions[best];
            if (SpeakerMatches(context, gq.Speaker, p.Speaker is { } id ? entities.GetValueOrDefault(id) : null, p.SpeakerText))
            {
                speakerRight++;
            }
            else
            {
                notes.Add($"speaker ({gq.Doc}) \"{Short(gq.Text)}\": gold {gq.Speaker}, dossier {(p.Speaker is { } s && entities.TryGetValue(s, out var e) ? e.Canonical : "-")} / \"{p.SpeakerText}\"");
            }
        }
        var metrics = new Dictionary<string, double>
        {
            ["matched"] = context.Gold.Quotes.Count == 0 ? 1.0 : (double)matched / context.Gold.Quotes.Count,
            ["gold"] = context.Gold.Quotes.Count,
            ["matched_count"] = matched,
            ["predicted"] = speech,
            ["precision"] = speech == 0 ? (context.Gold.Quotes.Count == 0 ? 1.0 : 0.0) : (double)matched / speech,
            ["speaker_accuracy"] = matched == 0 ? (context.Gold.Quotes.Count == 0 ? 1.0 : 0.0) : (double)speakerRight / matched,
        };
        return new EvalSection(Section, "scored", metrics, notes);
    }

    private static bool SpeakerMatches(EvalContext context, string goldSpeaker, Entity? entity, string? speakerText)
    {
        var goldKey = NameFold.Fold(goldSpeaker);
        var goldEntity = context.Gold.Entities.FirstOrDefault(g => NameFold.Fold(g.Canonical) == goldKey || g.Aliases.Any(a => NameFold.Fold(a) == goldKey));
        var goldNames = new HashSet<string>(StringComparer.Ordinal) { goldKey, NameFold.TranslitKey(goldSpeaker) };
        if (goldEntity is not null)
        {
            goldNames.Add(NameFold.Fold(goldEntity.Canonical));
            foreach (var a in goldEntity.Aliases)
            {
                goldNames.Add(NameFold.Fold(a));
                goldNames.Add(NameFold.TranslitKey(a));
            }
        }
        if (entity is not null && entity.Aliases.Append(entity.Canonical).Any(a => goldNames.Contains(NameFold.Fold(a)) || goldNames.Contains(NameFold.TranslitKey(a))))
        {
            return true;
        }
        if (entity is null && speakerText is not null)
        {
            // descriptive speakers ("an activist in Latakia"): at least half the gold speaker's content words are in the speaker text
            var said = new HashSet<string>(NameFold.Fold(speakerText).Split(' '), StringComparer.Ordinal);
            var words = NameFold.Fold(goldSpeaker).Split(' ').Where(w => w.Length > 2 && w is not ("the" or "and" or "from")).ToList();
            return words.Count > 0 && words.Count(said.Contains) * 2 >= words.Count;
        }
        return false;
    }

    private static string Short(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
