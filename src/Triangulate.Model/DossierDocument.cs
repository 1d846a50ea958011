
namespace Triangulate.Model;

/// <summary>A document as it appears in dossier.json: metadata, cleaned text and what was removed.</summary>
/// <param name="Id">Stable id (hash of the normalized cleaned text).</param>
/// <param name="File">Path relative to the input root.</param>
/// <param name="Text">The cleaned text that every offset in the dossier refers to.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record DossierDocument(string Id, string File, string Text)
{
    /// <summary>Headline.</summary>
    public string? Title { get; init; }

    /// <summary>Outlet name when known.</summary>
    public string? Outlet { get; init; }

    /// <summary>Canonical URL when known.</summary>
    public string? Url { get; init; }

    /// <summary>Input format: txt, html, jsonl, rss, atom, warc.</summary>
    public string? Format { get; init; }

    /// <summary>Encoding the bytes were decoded with, and how it was chosen.</summary>
    public string? Encoding { get; init; }

    /// <summary>Publication date and how it was obtained.</summary>
    public PublishedDate? Published { get; init; }

    /// <summary>Modification date from metadata, kept apart from <see cref="Published"/>.</summary>
    public string? Modified { get; init; }

    /// <summary>Dateline read from the text, if any.</summary>
    public Dateline? Dateline { get; init; }

    /// <summary>Stated provenance ("Original Source: …"), if any.</summary>
    public string? Provenance { get; init; }

    /// <summary>Story cluster id, once clustered.</summary>
    public string? Cluster { get; init; }

    /// <summary>The language the text is written in (ISO 639-1: <c>en</c>, <c>de</c>, …), once identified; the English extractors
    /// read only English documents.</summary>
    public string? Language { get; init; }

    /// <summary>Removed blocks with offsets in the original text.</summary>
    public IReadOnlyList<RemovedBlock> Removed { get; init; } = [];

    /// <summary>Length of the original text in characters.</summary>
    public int OriginalLength { get; init; }

    /// <summary>(cleaned start, original start, length) triples mapping cleaned offsets back to the original file text.</summary>
    public IReadOnlyList<int[]> Segments { get; init; } = [];

    /// <summary>Maps a cleaned-text offset to the original text (using <see cref="Segments"/>).</summary>
    public int ToOriginal(int cleanOffset)
    {
        for (var i = Segments.Count - 1; i >= 0; i--)
        {
            var s = Segments[i];
            if (cleanOffset >= s[0])
            {
                return s[1] + Math.Min(cleanOffset - s[0], s[2]);
            }
        }
        return cleanOffset;
    }
}

/// <summary>A document's publication date.</summary>
/// <param name="Date">ISO date, month, year, or interval.</param>
/// <param name="Precision"><c>day</c>, <c>month</c>, <c>year</c> or <c>interval</c>.</param>
/// <param name="How"><c>stated</c> (in the text), <c>metadata</c> (HTML meta, JSON field, feed) or <c>inferred</c> (from other articles).</param>
public sealed record PublishedDate(string Date, DatePrecision Precision, DateBasis How)
{
    /// <summary>The signal that gave the date (e.g. <c>meta article:published_time</c>, <c>leading date line</c>) or the inference chain.</summary>
    public string? Source { get; init; }

    /// <summary>For inferred dates, what they were resolved against.</summary>
    public string? Anchor { get; init; }

    /// <summary>Confidence in [0, 1].</summary>
    public double Confidence { get; init; } = 1.0;
}
