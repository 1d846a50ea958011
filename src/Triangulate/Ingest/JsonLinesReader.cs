using System.Text;
using System.Text.Json;

namespace Triangulate.Ingest;

/// <summary>Reads JSON Lines: one article per line with <c>title</c>, <c>text</c> or <c>html</c>, and optional <c>url</c>, <c>published</c>, <c>outlet</c>.</summary>
/// <remarks>A broken line becomes a problem naming <c>file:line</c>; the other lines are still read. A plain JSON array of such objects is read too.</remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public sealed class JsonLinesReader : IDocumentReader
{
    private static readonly string[] s_textKeys = ["text", "body", "content", "articleBody", "maintext"];
    private static readonly string[] s_dateKeys = ["published", "date", "date_publish", "datePublished", "published_at", "pubDate"];
    private static readonly string[] s_outletKeys = ["outlet", "source", "site", "source_domain", "publisher"];

    private readonly HtmlReader _html = new();

    /// <inheritdoc/>
    public string Format => "jsonl";

    /// <inheritdoc/>
    public IEnumerable<IngestItem> Read(string name, Stream content, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        using var reader = new StreamReader(content, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var lineNumber = 0;
        var first = true;
        while (true)
        {
            var line = ReadLineBounded(reader, options.MaxLineBytes, out var tooLong);
            if (tooLong)
            {
                lineNumber++;
                yield return IngestItem.Fail($"{name}:{lineNumber}", $"line longer than the {BoundedRead.Size(options.MaxLineBytes)} limit");
                continue;
            }
            if (line is null)
            {
                break;
            }
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            if (first && line.TrimStart().StartsWith('['))
            {
                // A JSON array file: read the rest as one document.
                var rest = line + "\n" + reader.ReadToEnd();
                foreach (var item in ReadArray(name, rest))
                {
                    yield return item;
                }
                yield break;
            }
            first = false;
            yield return ReadLine($"{name}:{lineNumber}", name, line);
        }
        if (lineNumber == 0)
        {
            yield return IngestItem.Fail(name, "empty file");
        }
    }

    private List<IngestItem> ReadArray(string name, string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            return [IngestItem.Fail(name, $"invalid JSON: {ex.Message}")];
        }
        using (doc)
        {
            var items = new List<IngestItem>();
            var i = 0;
            foreach (var element in doc.RootElement.EnumerateArray())
            {
                i++;
                items.Add(FromElement($"{name}#{i}", name, element));
            }
            return items;
        }
    }

    private IngestItem ReadLine(string where, string name, string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 64 });
            return FromElement(where, name, doc.RootElement);
        }
        catch (JsonException ex)
        {
            return IngestItem.Fail(where, $"invalid JSON line: {ex.Message}");
        }
    }

    private IngestItem FromElement(string where, string name, JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            return IngestItem.Fail(where, $"expected a JSON object, found {e.ValueKind}");
        }
        var title = Str(e, "title", "headline");
        var text = Str(e, s_textKeys);
        var html = Str(e, "html", "raw_html");
        var url = Str(e, "url", "link");
        var published = Str(e, s_dateKeys);
        var outlet = Str(e, s_outletKeys);
        SourceDocument? doc = null;
        if (!string.IsNullOrWhiteSpace(text))
        {
            var full = title is { Length: > 0 } && !text.StartsWith(title, StringComparison.Ordinal) ? title + "\n\n" + text : text;
            doc = new SourceDocument(where, full.Replace("\0", string.Empty, StringComparison.Ordinal), Format) { ByteLength = Encoding.UTF8.GetByteCount(full), Encoding = "utf-8 (JSON)" };
        }
        else if (!string.IsNullOrWhiteSpace(html))
        {
            var item = _html.FromHtml(where, html, "utf-8 (JSON)", Encoding.UTF8.GetByteCount(html));
            if (item.Document is null)
            {
                return item;
            }
            doc = item.Document with { Format = Format };
        }
        if (doc is null)
        {
            return IngestItem.Fail(where, "no text: the object has neither a 'text' nor an 'html' field with content");
        }
        return IngestItem.Of(doc with
        {
            Title = title ?? doc.Title,
            Url = url ?? doc.Url,
            Outlet = outlet ?? doc.Outlet,
            Published = published ?? doc.Published,
            PublishedSource = published is not null ? "JSON field" : doc.PublishedSource,
        });
    }

    private static string? Str(JsonElement e, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (e.TryGetProperty(key, out var v))
            {
                if (v.ValueKind == JsonValueKind.String)
                {
                    return v.GetString();
                }
                if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String)
                {
                    return n.GetString();
                }
            }
        }
        return null;
    }

    private static string? ReadLineBounded(StreamReader reader, int maxChars, out bool tooLong)
    {
        tooLong = false;
        var sb = new StringBuilder();
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                return sb.Length == 0 && !tooLong ? null : (tooLong ? string.Empty : sb.ToString());
            }
            if (c == '\n')
            {
                return tooLong ? string.Empty : sb.ToString();
            }
            if (!tooLong)
            {
                if (sb.Length >= maxChars)
                {
                    tooLong = true;
                    sb.Clear();
                }
                else if (c != '\r')
                {
                    sb.Append((char)c);
                }
            }
        }
    }
}
