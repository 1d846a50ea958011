
namespace Triangulate.Cleaning;

/// <summary>Turns cleaned documents into the dossier's document records.</summary>
public static class DossierDocuments
{
    /// <summary>Converts one cleaned document.</summary>
    public static DossierDocument FromCleaned(CleanDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var source = document.Source;
        return new DossierDocument(document.Id, source.File, document.Text)
        {
            Title = document.Title,
            Outlet = document.Outlet,
            Url = source.Url,
            Format = source.Format,
            Encoding = source.Encoding,
            Published = PublishedOf(document),
            Modified = source.Modified,
            Dateline = document.Dateline,
            Provenance = document.Provenance,
            Removed = document.Removed,
            OriginalLength = source.Text.Length,
            Segments = document.Map.Segments,
        };
    }

    /// <summary>The confidence of a publication date read from an "Updated …" stamp (the first publication may be earlier).</summary>
    internal const double UpdateStampConfidence = 0.6;

    /// <summary>The publication date of a cleaned document: a date stated in the text first, else the source's metadata, else a date in its URL path.</summary>
    public static PublishedDate? PublishedOf(CleanDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.StatedDate is { } stated)
        {
            var source = document.StatedDateSource ?? "stated in the text";
            // An update stamp tells when the page last changed: a weaker publication date, doubted by the time pass when it lies far from the story.
            var updated = source.IndexOf('"', StringComparison.Ordinal) is var q and >= 0 && PageStamps.RankOf(source[(q + 1)..].TrimEnd('"')) == PageStamps.StampRank.Updated;
            return new PublishedDate(stated, PrecisionOf(stated), DateBasis.Stated) { Source = updated ? source + " (an update stamp)" : source, Confidence = updated ? UpdateStampConfidence : 1.0 };
        }
        if (document.Source.Published is { } meta)
        {
            var date = meta.Length >= 10 ? meta[..10] : meta;
            return new PublishedDate(date, PrecisionOf(date), DateBasis.Metadata) { Source = document.Source.PublishedSource };
        }
        if (PageStamps.UrlDate(document.Source.Url) is { } url)
        {
            return new PublishedDate(url.Date, PrecisionOf(url.Date), DateBasis.Url) { Source = $"date in the URL path ({url.Piece})" };
        }
        return null;
    }

    /// <summary>Converts many, dropping repeated ids and ordering by file then id, so the dossier does not depend on input order.</summary>
    public static IReadOnlyList<DossierDocument> FromCleaned(IEnumerable<CleanDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<DossierDocument>();
        foreach (var d in documents)
        {
            if (seen.Add(d.Id))
            {
                list.Add(FromCleaned(d));
            }
        }
        list.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.File, b.File);
            return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        });
        return list;
    }

    private static DatePrecision PrecisionOf(string isoDate) => isoDate.Length switch
    {
        4 => DatePrecision.Year,
        7 => DatePrecision.Month,
        _ => DatePrecision.Day,
    };
}
