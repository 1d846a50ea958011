using Triangulate.Extraction.Figures;

namespace Triangulate.Tests.Support;

/// <summary>A test document whose text is its title, a blank line and its body, with claims placed on the words they quote: the
/// reconciliation rule tests build their piles from these.</summary>
internal sealed class PlacedDoc(string id, string title, string body, string? date = null)
{
    private static int s_next;

    public string Id { get; } = id;

    public string Text { get; } = title + "\n\n" + body;

    public DossierDocument Document => new(Id, Id + ".txt", Text)
    {
        Title = title,
        Published = date is null ? null : new PublishedDate(date, DatePrecision.Day, DateBasis.Metadata),
    };

    /// <summary>A claim on the <paramref name="nth"/> occurrence (from 0) of <paramref name="span"/>, its sentence bounded by full
    /// stops and line ends.</summary>
    public FigureClaim Claim(string span, long value, Qualifier q = Qualifier.Exact, string? who = null, string measure = "killed", string? by = null,
        string? place = null, TimeScope? scope = null, int nth = 0)
    {
        var at = -1;
        for (var i = 0; i <= nth; i++)
        {
            at = Text.IndexOf(span, at + 1, StringComparison.Ordinal);
        }
        Assert.True(at >= 0, $"'{span}' is not in the text");
        var sentenceStart = Math.Max(Text.LastIndexOf(". ", at, StringComparison.Ordinal) + 2, Text.LastIndexOf('\n', at) + 1);
        var stop = Text.IndexOfAny(['.', '\n'], at + span.Length);
        var sentenceEnd = stop < 0 ? Text.Length : stop + 1;
        var placeAt = place is null ? -1 : Text.IndexOf(place, StringComparison.Ordinal);
        return new FigureClaim($"c-{Interlocked.Increment(ref s_next)}", Id, at, at + span.Length, span, measure, value, q)
        {
            Who = who,
            AttributedTo = by,
            SentenceStart = sentenceStart,
            SentenceEnd = sentenceEnd,
            PlaceScope = place is null ? null : new PlaceScope(place, placeAt, placeAt + place.Length),
            TimeScope = scope,
        };
    }

    /// <summary>A time scope on <paramref name="words"/>.</summary>
    public TimeScope Scope(string words, string from, string to)
    {
        var at = Text.IndexOf(words, StringComparison.Ordinal);
        return new TimeScope(words, at, at + words.Length) { From = from, To = to };
    }

    /// <summary>Reconciles a pile that makes exactly one series and returns its low / best / high as (low, best, high).</summary>
    public static (long? Low, long? Best, long? High) OnlyEstimate(Dossier pile)
    {
        var e = Assert.Single(Triangulate.Linking.Reconciliation.Reconciler.Reconcile(pile).Series).Estimate;
        return (e.Low, e.Best, e.High);
    }

    /// <summary>A dossier of these documents and claims.</summary>
    public static Dossier Pile(IEnumerable<PlacedDoc> docs, IEnumerable<FigureClaim> claims) => new()
    {
        Documents = [.. docs.Select(d => d.Document)],
        Claims = [.. claims],
    };
}
