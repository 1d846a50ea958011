using Triangulate.Extraction.Entities;

namespace Triangulate.Evaluation;

/// <summary>
/// Entities: pairwise F1 over the gold alias strings that the dossier lists (two spellings the gold puts in one entity should be
/// in one dossier entity, and no two from different gold entities should); <c>alias_recall</c>, the share of gold spellings
/// occurring in the cleaned texts that the dossier lists; type accuracy; and for gold places with
/// <c>geonames_name</c>/<c>country</c> the share geocoded to that place.
/// </summary>
public sealed class EntityScorer : IGoldScorer
{
    /// <inheritdoc/>
    public string Section => "entities";

    /// <inheritdoc/>
    public EvalSection Score(EvalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var notes = new List<string>();
        var (keyGold, keyText, keyPred) = Keys(context);
        // pairs are scored over the gold spellings the dossier lists (GOLD-FORMAT: "two spellings the gold puts in one entity
        // should be one entity in the dossier, and no others"); spellings it misses are reported as alias_recall
        var inText = keyGold.Keys.Order(StringComparer.Ordinal).ToList();
        var metrics = new Dictionary<string, double>();
        var keys = ScorePairs(inText, keyGold, keyText, keyPred, metrics, notes);
        // alias recall, type accuracy and geocoding
        metrics["alias_recall"] = inText.Count == 0 ? 1.0 : (double)keys.Count / inText.Count;
        foreach (var k in inText.Where(k => !keyPred.ContainsKey(k)))
        {
            notes.Add($"spelling not listed: \"{keyText[k]}\"");
        }
        ScoreTypesAndPlaces(context, inText, keyGold, keyPred, metrics, notes);
        return new EvalSection(Section, "scored", metrics, notes);
    }

    // The gold alias keys present in the texts (with their gold entity and spelling), and the dossier entities holding each.
    private static (Dictionary<string, int> KeyGold, Dictionary<string, string> KeyText, Dictionary<string, HashSet<int>> KeyPred) Keys(EvalContext context)
    {
        var texts = context.Dossier.Documents.Select(d => d.Text).ToList();
        // gold alias keys present in the texts, with their gold entity index
        var keyGold = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyText = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var g = 0; g < context.Gold.Entities.Count; g++)
        {
            foreach (var alias in context.Gold.Entities[g].Aliases)
            {
                var key = Key(alias);
                if (key.Length == 0 || keyGold.ContainsKey(key) || !texts.Any(t => ContainsWord(t, alias)))
                {
                    continue;
                }
                keyGold[key] = g;
                keyText[key] = alias;
            }
        }
        // dossier entity indices holding each key (aliases and mention texts)
        var keyPred = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var entities = context.Dossier.Entities;
        for (var e = 0; e < entities.Count; e++)
        {
            foreach (var s in entities[e].Aliases.Concat(entities[e].Mentions.Select(m => m.Text)).Append(entities[e].Canonical))
            {
                var key = Key(s);
                if (keyGold.ContainsKey(key))
                {
                    if (!keyPred.TryGetValue(key, out var set))
                    {
                        keyPred[key] = set = [];
                    }
                    set.Add(e);
                }
            }
        }
        return (keyGold, keyText, keyPred);
    }

    // Same-entity pairs over the gold spellings the dossier lists, then the stricter variant over every gold spelling in the
    // texts; returns the listed spellings.
    private static List<string> ScorePairs(List<string> inText, Dictionary<string, int> keyGold, Dictionary<string, string> keyText,
        Dictionary<string, HashSet<int>> keyPred, Dictionary<string, double> metrics, List<string> notes)
    {
        var keys = inText.Where(keyPred.ContainsKey).ToList();
        int tp = 0, predicted = 0, gold = 0;
        for (var i = 0; i < keys.Count; i++)
        {
            for (var j = i + 1; j < keys.Count; j++)
            {
                var same = keyGold[keys[i]] == keyGold[keys[j]];
                var together = keyPred.TryGetValue(keys[i], out var a) && keyPred.TryGetValue(keys[j], out var b) && a.Overlaps(b);
                if (same)
                {
                    gold++;
                }
                if (together)
                {
                    predicted++;
                }
                if (same && together)
                {
                    tp++;
                }
                else if (same)
                {
                    notes.Add($"not merged: \"{keyText[keys[i]]}\" / \"{keyText[keys[j]]}\"");
                }
                else if (together)
                {
                    notes.Add($"wrongly merged: \"{keyText[keys[i]]}\" / \"{keyText[keys[j]]}\"");
                }
            }
        }
        Prf.AddTo(metrics, tp, predicted, gold);
        // stricter variant over every gold spelling in the texts (a spelling the dossier misses loses its pairs)
        int tpText = 0, goldText = 0;
        for (var i = 0; i < inText.Count; i++)
        {
            for (var j = i + 1; j < inText.Count; j++)
            {
                if (keyGold[inText[i]] != keyGold[inText[j]])
                {
                    continue;
                }
                goldText++;
                if (keyPred.TryGetValue(inText[i], out var a) && keyPred.TryGetValue(inText[j], out var b) && a.Overlaps(b))
                {
                    tpText++;
                }
            }
        }
        Prf.AddTo(metrics, tpText, predicted, goldText, "text_");
        return keys;
    }

    // Type accuracy and geocoding: each gold entity against the dossier entity most of its spellings point to.
    private static void ScoreTypesAndPlaces(EvalContext context, List<string> inText, Dictionary<string, int> keyGold,
        Dictionary<string, HashSet<int>> keyPred, Dictionary<string, double> metrics, List<string> notes)
    {
        var entities = context.Dossier.Entities;
        int typed = 0, typeRight = 0, geoGold = 0, geoRight = 0;
        for (var g = 0; g < context.Gold.Entities.Count; g++)
        {
            var ge = context.Gold.Entities[g];
            var votes = new Dictionary<int, int>();
            foreach (var key in inText.Where(k => keyGold[k] == g))
            {
                if (keyPred.TryGetValue(key, out var set))
                {
                    foreach (var e in set)
                    {
                        votes[e] = votes.GetValueOrDefault(e) + 1;
                    }
                }
            }
            if (votes.Count == 0)
            {
                if (inText.Any(k => keyGold[k] == g))
                {
                    notes.Add($"missing: {ge.Type} \"{ge.Canonical}\"");
                }
                continue;
            }
            var best = entities[votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key).First().Key];
            typed++;
            if (best.Type.Code() == ge.Type)
            {
                typeRight++;
            }
            else
            {
                notes.Add($"type: \"{ge.Canonical}\" is {ge.Type}, dossier says {best.Type.Code()}");
            }
            if (ge.GeonamesName is not null || ge.Country is not null)
            {
                geoGold++;
                var ok = best.Geo is { } geo
                    && (ge.GeonamesName is null || NameFold.Fold(geo.Name) == NameFold.Fold(ge.GeonamesName))
                    && (ge.Country is null || string.Equals(geo.Country, ge.Country, StringComparison.OrdinalIgnoreCase));
                if (ok)
                {
                    geoRight++;
                }
                else
                {
                    notes.Add($"geocoding: \"{ge.Canonical}\" should be {ge.GeonamesName} ({ge.Country}), dossier has {best.Geo?.Name ?? "none"} ({best.Geo?.Country ?? best.GeoNote})");
                }
            }
        }
        metrics["type_accuracy"] = typed == 0 ? 1.0 : (double)typeRight / typed;
        metrics["typed"] = typed;
        if (geoGold > 0)
        {
            metrics["geocoding_accuracy"] = (double)geoRight / geoGold;
            metrics["geocoded_gold"] = geoGold;
        }
    }

    /// <summary>The comparison key of an alias: case, diacritics, apostrophes and punctuation folded.</summary>
    internal static string Key(string alias) => NameFold.Fold(alias);

    private static bool ContainsWord(string text, string alias)
    {
        var at = 0;
        while ((at = text.IndexOf(alias, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + alias.Length;
            var after = end >= text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after)
            {
                return true;
            }
            at++;
        }
        return false;
    }
}
