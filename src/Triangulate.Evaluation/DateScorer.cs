using System.Text.RegularExpressions;
using Triangulate.Extraction.Time;

namespace Triangulate.Evaluation;

/// <summary>Dates: the share of gold <c>dates.resolved</c> expressions that the dossier resolves to the gold value.</summary>
/// <remarks>
/// A gold expression may carry a parenthesised note ("Saturday (000, France statement)") and list alternatives separated by
/// " / " ("Friday / Friday evening / last Friday (003, 004)"). The note is stripped; gold doc ids named in it restrict the search
/// to those documents. The expression counts as resolved when, for some alternative, a date mention whose text contains it
/// (case-insensitive) has the gold value.
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public sealed partial class DateScorer : IGoldScorer
{
    // A trailing parenthesised note; notes never nest. 100 ms covers any gold string.
    [GeneratedRegex(@"\s*\(([^()]*)\)\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Note();

    // Gold short ids are digit runs ("000"); 100 ms covers any note.
    [GeneratedRegex(@"\b\d{3}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex GoldId();

    /// <inheritdoc/>
    public string Section => "dates";

    /// <summary>Splits a gold expression into its alternatives and the gold doc ids its note names.</summary>
    /// <param name="expression">"Sunday (001 speech; 002 pledge and committee)".</param>
    /// <param name="knownIds">The gold file's document ids; other numbers in the note are ignored.</param>
    public static (IReadOnlyList<string> Alternatives, IReadOnlyList<string> Docs) Parse(string expression, IEnumerable<string> knownIds)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(knownIds);
        var known = new HashSet<string>(knownIds, StringComparer.Ordinal);
        var text = expression;
        var docs = new List<string>();
        var note = Note().Match(text);
        // "Thursday (March 6)" in gold would be an expression, not a note: only strip notes that are not themselves dates.
        if (note.Success && note.Index > 0)
        {
            var inner = note.Groups[1].Value;
            foreach (Match id in GoldId().Matches(inner))
            {
                if (known.Contains(id.Value) && !docs.Contains(id.Value))
                {
                    docs.Add(id.Value);
                }
            }
            var looksLikeDate = docs.Count == 0 && Extraction.Time.TemporalExtractor.Default.Find(inner).Count > 0 && inner.Length <= 12;
            if (!looksLikeDate)
            {
                text = text[..note.Index];
            }
        }
        var alternatives = text.Split(" / ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (alternatives, docs);
    }

    /// <summary>Whether the mention overlaps a place where the gold expression stands in the mention's document: a gold expression
    /// is often longer than the words a tool marks ("on Thursday evening" around "Thursday"), and the value decides.</summary>
    private static bool Overlaps(EvalContext context, DateMention mention, string expression)
    {
        if (context.GoldIdFor(mention.Doc) is not { } goldId)
        {
            return false;
        }
        var at = context.ToOriginal(mention.Doc, mention.Start, mention.End);
        foreach (var position in context.GoldSpanPositions(goldId, expression))
        {
            if (Math.Min(position.End, at.End) > Math.Max(position.Start, at.Start))
            {
                return true;
            }
        }
        return false;
    }

    /// <inheritdoc/>
    public EvalSection Score(EvalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var notes = new List<string>();
        var matched = 0;
        var gold = context.Gold.Dates;
        foreach (var g in gold)
        {
            var (alternatives, goldDocs) = Parse(g.Expression, context.Gold.Documents.Keys);
            HashSet<string>? docIds = null;
            if (goldDocs.Count > 0)
            {
                docIds = new HashSet<string>(StringComparer.Ordinal);
                foreach (var id in goldDocs)
                {
                    if (context.DocumentFor(id) is { } d)
                    {
                        docIds.Add(d.Id);
                    }
                }
            }
            var found = false;
            string? seen = null;
            foreach (var m in context.Dossier.Dates)
            {
                if (docIds is not null && !docIds.Contains(m.Doc))
                {
                    continue;
                }
                foreach (var alt in alternatives)
                {
                    if (m.Text.Contains(alt, StringComparison.OrdinalIgnoreCase) || Overlaps(context, m, alt))
                    {
                        if (string.Equals(m.Value, g.Value, StringComparison.Ordinal))
                        {
                            found = true;
                            break;
                        }
                        seen ??= $"{m.Value ?? "unresolved: " + m.Reason} for \"{m.Text}\"";
                    }
                }
                if (found)
                {
                    break;
                }
            }
            // A timestamp the cleaner removed with its byline still counts when the tool read its date (removed[].date).
            if (!found)
            {
                foreach (var doc in context.Dossier.Documents)
                {
                    if (docIds is not null && !docIds.Contains(doc.Id))
                    {
                        continue;
                    }
                    found = doc.Removed.Any(r => r.Date == g.Value && alternatives.Any(a => r.Text.Contains(a, StringComparison.OrdinalIgnoreCase)));
                    if (found)
                    {
                        break;
                    }
                }
            }
            if (found)
            {
                matched++;
            }
            else
            {
                notes.Add($"missed \"{g.Expression}\" = {g.Value}" + (seen is null ? " (no mention found)" : $" (got {seen})"));
            }
        }
        var metrics = new Dictionary<string, double>
        {
            ["accuracy"] = gold.Count == 0 ? 1.0 : (double)matched / gold.Count,
            ["gold"] = gold.Count,
            ["matched"] = matched,
            ["mentions"] = context.Dossier.Dates.Count,
        };
        return new EvalSection(Section, "scored", metrics, notes);
    }
}
