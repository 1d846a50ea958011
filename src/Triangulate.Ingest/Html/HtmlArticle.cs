namespace Triangulate.Ingest.Html;

/// <summary>What the HTML extractor found in a page.</summary>
/// <param name="Text">The main article text, one paragraph per line.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record HtmlArticle(string Text)
{
    /// <summary>Headline (og:title, then &lt;title&gt;, then the first h1).</summary>
    public string? Title { get; init; }

    /// <summary>The page's own headline: the text of its first h1 (the article's heading, which the main text leaves out), or null.</summary>
    public string? Headline { get; init; }

    /// <summary>Publication date-time from metadata, ISO text.</summary>
    public string? Published { get; init; }

    /// <summary>Which signal gave <see cref="Published"/>.</summary>
    public string? PublishedSource { get; init; }

    /// <summary>Stamp lines set aside from the text: a dated first or last line dropped as page furniture ("Published: 4 May 2021",
    /// "Posted on …"), and the text of dated byline or timestamp elements (whether or not the metadata gives a date).</summary>
    public IReadOnlyList<string>? Stamps { get; init; }

    /// <summary>Photo captions the main text leaves out (the text of each <c>figcaption</c>, or of a <c>figure</c> without one, outside
    /// navigation, asides, footers and related-story boxes), in document order, repeats kept: null when the page has none.</summary>
    public IReadOnlyList<string>? Captions { get; init; }

    /// <summary>Modification date-time from metadata.</summary>
    public string? Modified { get; init; }

    /// <summary>Canonical URL.</summary>
    public string? Url { get; init; }

    /// <summary>Site name.</summary>
    public string? SiteName { get; init; }
}
