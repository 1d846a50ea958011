using System.Text.RegularExpressions;

namespace Triangulate.Evaluation;

/// <summary>
/// Checks a gold file against its folder before it is trusted: every claim span, quote, boilerplate string and date expression is
/// verbatim in the document it names (or, for aliases and dates, in some document of the event), every document exists, and the
/// closed vocabularies (qualifier, entity type, event scope) hold their values.
/// </summary>
/// <remarks>Texts are the documents as the tool reads them (<see cref="Evaluator.OriginalTexts"/>) and, for files other than JSON Lines,
/// the file itself: a headline or page furniture that the HTML reader leaves out is still a valid annotation, while a span that
/// exists only in a JSON line's escaped form is reported. A date expression is read as the date scorer reads it:
/// alternatives split by " / ", and a parenthesised note after them that is not part of the text.</remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static partial class GoldChecker
{
    private static readonly HashSet<string> s_qualifiers = new(StringComparer.Ordinal)
    {
        "exact", "about", "more_than", "at_least", "less_than", "at_most", "up_to", "range", "vague",
    };

    private static readonly HashSet<string> s_types = new(StringComparer.Ordinal) { "person", "organization", "place", "group" };

    [GeneratedRegex(@"^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:/(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\.\.))?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex IsoValue();

    /// <summary>Every problem found in <paramref name="gold"/>, one line each naming the item (empty when the file is clean).</summary>
    public static IReadOnlyList<string> Check(GoldFile gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var problems = new List<string>();
        var read = Evaluator.OriginalTexts(gold);
        // A page's headline or furniture that the HTML reader leaves out of the text is still in the file: the gold is right to
        // annotate it (a headline figure is a claim; a cookie box is residue), and the tool is scored on whether it finds it.
        var texts = gold.Documents.Where(d => read.ContainsKey(d.Key)).ToDictionary(d => d.Key, d => RawAndRead(gold, d.Value, read[d.Key]), StringComparer.Ordinal);
        foreach (var (id, file) in gold.Documents)
        {
            if (!texts.ContainsKey(id))
            {
                problems.Add($"document {id}: {file} is missing or unreadable");
            }
        }
        void InDocument(string what, string doc, string text)
        {
            if (!texts.TryGetValue(doc, out var t))
            {
                problems.Add($"{what} names an unknown or unreadable document {doc}: \"{text}\"");
            }
            else if (string.IsNullOrEmpty(text) || !t.Contains(text, StringComparison.Ordinal))
            {
                problems.Add($"{what} is not verbatim in {doc}: \"{text}\"");
            }
        }
        bool InAny(string text) => texts.Values.Any(t => t.Contains(text, StringComparison.Ordinal));
        foreach (var c in gold.Claims)
        {
            InDocument("claim span", c.Doc, c.Span);
            if (!s_qualifiers.Contains(c.Qualifier))
            {
                problems.Add($"claim \"{c.Span}\": unknown qualifier {c.Qualifier}");
            }
            if (string.IsNullOrWhiteSpace(c.Measure))
            {
                problems.Add($"claim \"{c.Span}\": no measure");
            }
            if (c.EventScope is not null and not "background")
            {
                problems.Add($"claim \"{c.Span}\": event_scope must be absent or background, not {c.EventScope}");
            }
            if (c.Qualifier == "range" && (c.Low is null || c.High is null))
            {
                problems.Add($"claim \"{c.Span}\": a range needs both ends (\"value\": [low, high] or \"low\"/\"high\")");
            }
        }
        foreach (var q in gold.Quotes)
        {
            InDocument("quote", q.Doc, q.Text);
        }
        foreach (var b in gold.Boilerplate)
        {
            InDocument("boilerplate", b.Doc, b.Text);
        }
        foreach (var e in gold.Entities)
        {
            if (!s_types.Contains(e.Type))
            {
                problems.Add($"entity {e.Canonical}: unknown type {e.Type}");
            }
            foreach (var alias in e.Aliases.Where(a => !InAny(a)))
            {
                problems.Add($"entity {e.Canonical}: alias not in any document: \"{alias}\"");
            }
        }
        foreach (var d in gold.Dates)
        {
            // "Monday / on Monday (000)": alternatives split by " / ", a trailing note naming documents; each alternative is verbatim.
            var (alternatives, _) = DateScorer.Parse(d.Expression, gold.Documents.Keys);
            foreach (var expression in alternatives.Where(a => !InAny(a)))
            {
                problems.Add($"date expression not in any document: \"{expression}\"");
            }
            if (!IsoValue().IsMatch(d.Value))
            {
                problems.Add($"date \"{d.Expression}\": value is not an ISO date or interval: {d.Value}");
            }
        }
        foreach (var r in gold.Reuse)
        {
            foreach (var doc in new[] { r.A, r.B }.Where(doc => !gold.Documents.ContainsKey(doc)))
            {
                problems.Add($"text_reuse names an unknown document {doc}");
            }
        }
        foreach (var f in gold.Flags)
        {
            foreach (var doc in f.Docs.Where(doc => !gold.Documents.ContainsKey(doc)))
            {
                problems.Add($"consistency flag {f.Kind} names an unknown document {doc}");
            }
        }
        return problems;
    }

    /// <summary>The text as read, and for a file that is not JSON Lines also the file's own characters after it.</summary>
    private static string RawAndRead(GoldFile gold, string document, string read)
    {
        var file = Evaluator.FileOf(document);
        if (file != document)
        {
            return read;
        }
        var path = Path.Combine(gold.Folder, file);
        try
        {
            return read + "\u0000" + File.ReadAllText(path);
        }
        catch (IOException)
        {
            return read;
        }
    }
}
