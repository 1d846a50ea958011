using Triangulate.Pipeline;
using Triangulate.Evaluation;
using Triangulate.Extraction.Figures;

namespace Triangulate.Tests.Linking;

/// <summary>Builds a dossier for a gold folder whose claims are the gold's own (an "oracle" figure extractor), so the
/// linking stages can be tested and scored before the real extractor exists.</summary>
internal static class GoldClaims
{
    public static (Dossier Dossier, GoldFile Gold) Load(string eventFolder, IReadOnlyDictionary<string, string>? published = null,
        Func<string, GoldClaim, FigureClaim, FigureClaim>? enrich = null)
    {
        var gold = GoldFile.Load(Path.Combine(eventFolder, "gold.json"));
        var (cleaned, _) = Analyzer.ReadAndClean([eventFolder]);
        var documents = Triangulate.Cleaning.DossierDocuments.FromCleaned(cleaned).ToList();
        var byGoldId = new Dictionary<string, DossierDocument>(StringComparer.Ordinal);
        foreach (var (goldId, file) in gold.Documents)
        {
            var i = documents.FindIndex(d => Path.GetFileName(d.File) == file);
            if (i < 0)
            {
                continue;
            }
            if (published is not null && published.TryGetValue(goldId, out var date))
            {
                documents[i] = documents[i] with { Published = new PublishedDate(date, DatePrecision.Day, DateBasis.Inferred) };
            }
            byGoldId[goldId] = documents[i];
        }
        var claims = new List<FigureClaim>();
        var n = 0;
        foreach (var g in gold.Claims)
        {
            if (!byGoldId.TryGetValue(g.Doc, out var doc))
            {
                continue;
            }
            var start = doc.Text.IndexOf(g.Span, StringComparison.Ordinal);
            if (start < 0)
            {
                continue; // the span was removed with boilerplate
            }
            var end = start + g.Span.Length;
            var (sentenceStart, sentenceEnd) = Sentence(doc.Text, start, end);
            var claim = new FigureClaim($"c-{g.Doc}-{n++:000}", doc.Id, start, end, g.Span, g.Measure, g.Value, ParseQualifier(g.Qualifier))
            {
                Who = g.Who,
                AttributedTo = g.AttributedTo,
                TimeScope = Locate(doc.Text, g.TimeScope, sentenceStart) is { } t ? new TimeScope(g.TimeScope!, t, t + g.TimeScope!.Length) : null,
                PlaceScope = Locate(doc.Text, g.PlaceScope, sentenceStart) is { } p ? new PlaceScope(g.PlaceScope!, p, p + g.PlaceScope!.Length) : null,
                SentenceStart = sentenceStart,
                SentenceEnd = sentenceEnd,
            };
            claims.Add(enrich is null ? claim : enrich(g.Doc, g, claim));
        }
        return (new Dossier { Documents = documents, Claims = claims }, gold);
    }

    public static string DocId(Dossier dossier, GoldFile gold, string goldId) =>
        dossier.Documents.Single(d => Path.GetFileName(d.File) == gold.Documents[goldId]).Id;

    public static Qualifier ParseQualifier(string q) => q switch
    {
        "about" => Qualifier.About,
        "more_than" => Qualifier.MoreThan,
        "at_least" => Qualifier.AtLeast,
        "less_than" => Qualifier.LessThan,
        "at_most" => Qualifier.AtMost,
        "up_to" => Qualifier.UpTo,
        "range" => Qualifier.Range,
        "vague" => Qualifier.Vague,
        _ => Qualifier.Exact,
    };

    private static int? Locate(string text, string? words, int near)
    {
        if (string.IsNullOrEmpty(words))
        {
            return null;
        }
        var at = text.IndexOf(words, Math.Max(0, near - 400), StringComparison.Ordinal);
        if (at < 0)
        {
            at = text.IndexOf(words, StringComparison.Ordinal);
        }
        return at < 0 ? null : at;
    }

    private static (int, int) Sentence(string text, int start, int end)
    {
        var s = start;
        while (s > 0 && !(text[s - 1] is '\n' || (s > 1 && text[s - 2] is '.' or '!' or '?' && text[s - 1] == ' ')))
        {
            s--;
        }
        var e = end;
        while (e < text.Length && text[e] is not '\n' && !(text[e] is '.' or '!' or '?' && (e + 1 == text.Length || text[e + 1] is ' ' or '\n')))
        {
            e++;
        }
        return (s, Math.Min(text.Length, e + 1));
    }
}
