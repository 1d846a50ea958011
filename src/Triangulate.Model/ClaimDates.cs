using System.Globalization;

namespace Triangulate.Model;

/// <summary>Dates read from the dossier's ISO strings, and the day each claim refers to: computed here only, so the series, the report and the tables agree.</summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class ClaimDates
{
    /// <summary>Parses the leading ISO date (<c>yyyy-MM-dd</c>, or <c>yyyy-MM</c> as its first day) of a date or interval string; null otherwise.</summary>
    /// <param name="iso">A date, month or interval (<c>2025-03-07/2025-03-08</c>, <c>2025-03-06/..</c>).</param>
    /// <param name="end">Read the interval's end instead of its start, and a month as its last day.</param>
    public static DateOnly? ParseDay(string? iso, bool end = false)
    {
        if (string.IsNullOrEmpty(iso))
        {
            return null;
        }
        var slash = iso.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            iso = end ? iso[(slash + 1)..] : iso[..slash];
        }
        if (iso.Length >= 10 && DateOnly.TryParseExact(iso[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }
        if (iso.Length >= 7 && DateOnly.TryParseExact(iso[..7], "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m))
        {
            return end ? m.AddMonths(1).AddDays(-1) : m;
        }
        return null;
    }

    /// <summary>How <see cref="AsOf"/> names a day that is only the earliest its document could have appeared (a publication date
    /// known as an interval): such a day may be later than the figure's own, so reconciliation does not widen a range with it.</summary>
    public const string EarliestPublicationDay = "earliest possible publication date of its document";

    /// <summary>The day a claim's figure refers to, and where that day came from (for explanations).</summary>
    /// <remarks>
    /// The end of its time scope; else the publication date of its document (an inferred publication interval counts
    /// from its start, so an uncertain date never outranks a stated later one); else the start of its time scope.
    /// </remarks>
    /// <param name="claim">The claim.</param>
    /// <param name="document">Its document, or null when unknown.</param>
    public static (DateOnly? Day, string How) AsOf(FigureClaim claim, DossierDocument? document)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (ParseDay(claim.TimeOrDay?.To, end: true) is { } to)
        {
            return (to, $"end of its time scope \"{claim.TimeOrDay!.Text}\"");
        }
        var published = document?.Published;
        if (ParseDay(published?.Date, end: published?.Precision != DatePrecision.Interval) is { } day)
        {
            return (day, published!.Precision == DatePrecision.Interval ? EarliestPublicationDay : "publication date of its document");
        }
        if (ParseDay(claim.TimeOrDay?.From) is { } from)
        {
            return (from, $"start of its time scope \"{claim.TimeOrDay!.Text}\"");
        }
        return (null, "unknown");
    }
}
