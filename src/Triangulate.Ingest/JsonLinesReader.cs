using System.Text;
using System.Text.Json;

namespace Triangulate.Ingest;

/// <summary>Reads JSON Lines: one article per line with <c>title</c>, <c>text</c> or <c>html</c>, and optional <c>url</c>, <c>published</c>, <c>outlet</c>.</summary>
/// <remarks>A broken line becomes a problem naming <c>file:line</c>; the other lines are still read. A plain JSON array of such objects is read too, streamed one element at a time (a malformed element is a problem naming <c>file#n</c>; the elements around it are still read).</remarks>
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
        // Look at the first non-blank byte: '[' is a JSON array (streamed element by element), anything else JSON Lines.
        var head = new byte[4096];
        var n = 0;
        int got;
        while (n < head.Length && (got = content.Read(head, n, head.Length - n)) > 0)
        {
            n += got;
        }
        var body = new PrefixStream(head.AsMemory(0, n), content);
        var firstByte = FirstSignificant(head.AsSpan(0, n));
        return firstByte == '[' ? ReadArray(name, body, options) : ReadLines(name, body, options);
    }

    private static int FirstSignificant(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }
        foreach (var b in head)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return b;
            }
        }
        return -1;
    }

    private IEnumerable<IngestItem> ReadLines(string name, Stream content, IngestOptions options)
    {
        using var reader = new StreamReader(content, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var lines = new BoundedLineReader(reader, options.MaxLineBytes);
        var lineNumber = 0;
        while (true)
        {
            var line = lines.ReadLine(out var tooLong);
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
            yield return ReadLine($"{name}:{lineNumber}", name, line);
        }
        if (lineNumber == 0)
        {
            yield return IngestItem.Fail(name, "empty file");
        }
    }

    /// <summary>Streams a JSON array: <see cref="JsonArrayElements"/> cuts out the bytes of one element at a time and each is parsed
    /// alone, so memory stays at one element whatever the file size, and a malformed element costs only itself.</summary>
    private IEnumerable<IngestItem> ReadArray(string name, Stream content, IngestOptions options)
    {
        var chunk = new byte[1 << 16];
        var elements = new JsonArrayElements(options.MaxLineBytes);
        var pending = new List<IngestItem>();
        void Parsed(int index, ReadOnlyMemory<byte>? bytes) => pending.Add(ReadElement(name, index, bytes, options));
        int n;
        while (!elements.Ended && (n = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            elements.Feed(chunk.AsSpan(0, n), Parsed);
            foreach (var item in pending)
            {
                yield return item;
            }
            pending.Clear();
        }
        if (!elements.Started)
        {
            yield return IngestItem.Fail(name, "empty file");
        }
        else if (elements.InElement)
        {
            yield return IngestItem.Fail($"{name}#{elements.Index}", "invalid JSON: the file ends inside this element (truncated array)");
        }
        else if (!elements.Ended)
        {
            yield return IngestItem.Fail(name, "invalid JSON: the array is not closed (truncated file)");
        }
    }

    // One element of an array (null bytes: over the size limit), as a document or a problem naming file#n.
    private IngestItem ReadElement(string name, int index, ReadOnlyMemory<byte>? bytes, IngestOptions options)
    {
        var where = $"{name}#{index}";
        if (bytes is not { } json)
        {
            return IngestItem.Fail(where, $"array element longer than the {BoundedRead.Size(options.MaxLineBytes)} limit");
        }
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
            return FromElement(where, name, doc.RootElement);
        }
        catch (JsonException ex)
        {
            return IngestItem.Fail(where, $"invalid JSON: {ex.Message}");
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

    private static string? Str(JsonElement e, params ReadOnlySpan<string> keys)
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
}
