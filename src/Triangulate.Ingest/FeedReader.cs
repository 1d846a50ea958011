using System.ServiceModel.Syndication;
using System.Xml;

namespace Triangulate.Ingest;

/// <summary>Reads RSS 2.0 and Atom 1.0 files with full content: each item becomes an article (its HTML content through <see cref="HtmlReader"/>).</summary>
/// <remarks>DTDs are refused (no entity expansion bombs). Items without content are reported, not invented from summaries shorter than a sentence.</remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public sealed class FeedReader : IDocumentReader
{
    private readonly HtmlReader _html = new();

    /// <inheritdoc/>
    public string Format => "feed";

    /// <inheritdoc/>
    public IEnumerable<IngestItem> Read(string name, Stream content, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        SyndicationFeed feed;
        string kind;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = options.MaxDocumentBytes * 4 };
            using var xml = XmlReader.Create(content, settings);
            var rss = new Rss20FeedFormatter();
            var atom = new Atom10FeedFormatter();
            xml.MoveToContent();
            if (rss.CanRead(xml))
            {
                rss.ReadFrom(xml);
                feed = rss.Feed;
                kind = "rss";
            }
            else if (atom.CanRead(xml))
            {
                atom.ReadFrom(xml);
                feed = atom.Feed;
                kind = "atom";
            }
            else
            {
                return [IngestItem.Fail(name, $"XML but neither RSS 2.0 nor Atom (root element <{xml.LocalName}>)")];
            }
        }
        catch (Exception ex) when (ex is XmlException or InvalidOperationException or FormatException or NotSupportedException or ArgumentException or System.Runtime.Serialization.SerializationException)
        {
            return [IngestItem.Fail(name, $"malformed feed: {ex.Message}")];
        }
        var items = new List<IngestItem>();
        var i = 0;
        try
        {
            foreach (var entry in feed.Items)
            {
                i++;
                items.Add(ReadItem($"{name}#{i}", entry, feed, kind));
            }
        }
        catch (Exception ex) when (ex is XmlException or InvalidOperationException or FormatException or NotSupportedException or ArgumentException or System.Runtime.Serialization.SerializationException)
        {
            items.Add(IngestItem.Fail($"{name}#{i}", $"malformed feed item: {ex.Message}"));
        }
        if (i == 0)
        {
            items.Add(IngestItem.Fail(name, "feed without items"));
        }
        return items;
    }

    private IngestItem ReadItem(string where, SyndicationItem entry, SyndicationFeed feed, string kind)
    {
        var html = ContentOf(entry);
        if (string.IsNullOrWhiteSpace(html))
        {
            return IngestItem.Fail(where, "feed item without content", ProblemSeverity.Warning);
        }
        var item = _html.FromHtml(where, "<html><body><article>" + html + "</article></body></html>", "xml", html.Length);
        if (item.Document is null)
        {
            return item;
        }
        var title = entry.Title?.Text;
        var text = item.Document.Text;
        if (title is { Length: > 0 } && !text.StartsWith(title, StringComparison.Ordinal))
        {
            text = title + "\n\n" + text;
        }
        var date = entry.PublishDate != default ? entry.PublishDate : entry.LastUpdatedTime;
        return IngestItem.Of(item.Document with
        {
            Text = text,
            Format = kind,
            Title = title,
            Url = entry.Links.FirstOrDefault()?.Uri?.ToString(),
            Outlet = feed.Title?.Text,
            Published = date == default ? null : date.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
            PublishedSource = date == default ? null : (kind == "rss" ? "rss pubDate" : "atom published"),
        });
    }

    private static string? ContentOf(SyndicationItem entry)
    {
        foreach (var ext in entry.ElementExtensions)
        {
            if (ext.OuterName == "encoded")
            {
                return ext.GetObject<string>();
            }
        }
        return entry.Content switch
        {
            TextSyndicationContent t => t.Text,
            _ => entry.Summary?.Text,
        };
    }
}
