using System.Text;
using System.Text.RegularExpressions;
using Triangulate.Ingest.Html;

namespace Triangulate.Ingest;

/// <summary>Reads an HTML page: main text through <see cref="HtmlArticleExtractor"/>, plus title, dates, canonical URL and site name.</summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public sealed partial class HtmlReader : IDocumentReader
{
    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex MetaCharset();

    /// <inheritdoc/>
    public string Format => "html";

    /// <inheritdoc/>
    public IEnumerable<IngestItem> Read(string name, Stream content, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        var bytes = BoundedRead.ReadAll(content, options.MaxDocumentBytes);
        if (bytes is null)
        {
            return [IngestItem.Fail(name, $"larger than the {BoundedRead.Size(options.MaxDocumentBytes)} limit for one page")];
        }
        return [FromBytes(name, bytes, null)];
    }

    /// <summary>Reads one page from bytes, honouring a charset declared by a container (HTTP header) or the page's meta tag.</summary>
    public IngestItem FromBytes(string name, byte[] bytes, string? declaredCharset)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (DecodePage(bytes, declaredCharset, out var how) is not { } html)
        {
            return IngestItem.Fail(name, how);
        }
        return FromHtml(name, html, how, bytes.Length);
    }

    /// <summary>Decodes a page's bytes (container charset, then the meta charset, then detection); null with the reason when it cannot.</summary>
    internal static string? DecodePage(byte[] bytes, string? declaredCharset, out string how)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        declaredCharset ??= MetaCharset().Match(head) is { Success: true } m ? m.Groups[1].Value : null;
        return TextDecoder.TryDecode(bytes, declaredCharset, out var html, out how) ? html : null;
    }

    /// <summary>Reads one page from decoded HTML text.</summary>
    public IngestItem FromHtml(string name, string html, string? encoding, long byteLength)
    {
        HtmlArticle article;
        string? warning = null;
        try
        {
            var depth = HtmlDepthGuard.Depth(html);
            if (depth > HtmlDepthGuard.MaxDepth)
            {
                article = new HtmlArticle(HtmlDepthGuard.StripTags(html));
                warning = $"HTML nested {depth:N0} levels deep (limit {HtmlDepthGuard.MaxDepth:N0}); read as tag-stripped text without metadata";
            }
            else
            {
                article = HtmlArticleExtractor.Extract(html);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return IngestItem.Fail(name, $"malformed HTML that the parser could not read ({ex.GetType().Name}: {ex.Message})");
        }
        if (string.IsNullOrWhiteSpace(article.Text) && string.IsNullOrWhiteSpace(article.Title))
        {
            return IngestItem.Fail(name, "HTML page without article text (only scripts, styles or markup)");
        }
        var text = article.Title is { Length: > 0 } t && !article.Text.StartsWith(t, StringComparison.Ordinal)
            ? t + "\n\n" + article.Text
            : article.Text;
        // The page's h1 is its headline; the main text leaves it out, and the title tag often words it differently (or carries
        // the site's name instead): a headline the text does not already hold becomes its own line after the title.
        if (article.Headline is { Length: > 0 } headline && !text.Contains(headline, StringComparison.Ordinal))
        {
            var first = text.IndexOf("\n\n", StringComparison.Ordinal);
            text = article.Title is { Length: > 0 } && first > 0 && text.StartsWith(article.Title, StringComparison.Ordinal)
                ? text[..first] + "\n\n" + headline + text[first..]
                : headline + "\n\n" + text;
        }
        var document = new SourceDocument(name, text, Format)
        {
            Title = article.Title,
            Outlet = article.SiteName,
            Url = article.Url,
            Published = article.Published,
            PublishedSource = article.PublishedSource,
            Stamps = article.Stamps,
            Captions = article.Captions,
            Modified = article.Modified,
            Encoding = encoding,
            ByteLength = byteLength,
        };
        return IngestItem.Of(document, warning);
    }
}
