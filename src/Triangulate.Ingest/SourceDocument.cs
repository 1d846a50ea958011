namespace Triangulate.Ingest;

/// <summary>One article as read from its source, before cleaning.</summary>
/// <param name="File">Path of the file relative to the input root it was found under (for JSONL/RSS/WARC inputs: <c>file#n</c>).</param>
/// <param name="Text">The decoded article text: for plain text the whole file, for HTML/feeds the extracted main text with the title on the first line.</param>
/// <param name="Format">The reader that produced it: <c>txt</c>, <c>html</c>, <c>jsonl</c>, <c>rss</c>, <c>atom</c>, <c>warc</c>.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record SourceDocument(string File, string Text, string Format)
{
    /// <summary>Headline when the source states one (HTML title, JSON <c>title</c>, feed item title); null for plain text, where the cleaner takes the first non-empty line.</summary>
    public string? Title { get; init; }

    /// <summary>Outlet or site name when the source states one.</summary>
    public string? Outlet { get; init; }

    /// <summary>Canonical URL when known.</summary>
    public string? Url { get; init; }

    /// <summary>Publication date or date-time as stated by metadata (ISO 8601 text), if any.</summary>
    public string? Published { get; init; }

    /// <summary>Where <see cref="Published"/> came from, e.g. <c>meta article:published_time</c>, <c>json published</c>, <c>rss pubDate</c>.</summary>
    public string? PublishedSource { get; init; }

    /// <summary>Stamp lines the reader set aside instead of keeping them in <see cref="Text"/> ("Published: 4 May 2021 | 10:30",
    /// "Posted on …", a byline with a date): publication-date candidates for a page without a metadata date; the cleaner keeps the
    /// dated ones as removed <c>timestamp</c> blocks (empty spans) so the date they state is never lost.</summary>
    public IReadOnlyList<string>? Stamps { get; init; }

    /// <summary>Photo captions the reader set aside instead of keeping them in <see cref="Text"/> (an HTML page's <c>figcaption</c>
    /// texts, in page order, repeats kept); the cleaner records each as a removed <c>caption</c> block, so later stages can see them.</summary>
    public IReadOnlyList<string>? Captions { get; init; }

    /// <summary>Modification date when the source states one (kept apart from <see cref="Published"/>).</summary>
    public string? Modified { get; init; }

    /// <summary>Name of the text encoding the bytes were decoded with, and how it was chosen (e.g. <c>utf-8 (valid)</c>, <c>windows-1256 (detected)</c>).</summary>
    public string? Encoding { get; init; }

    /// <summary>Number of bytes read for this document (after decompression).</summary>
    public long ByteLength { get; init; }
}
