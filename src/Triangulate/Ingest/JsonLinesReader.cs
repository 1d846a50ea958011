using System.Buffers;
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
        var lineNumber = 0;
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
            yield return ReadLine($"{name}:{lineNumber}", name, line);
        }
        if (lineNumber == 0)
        {
            yield return IngestItem.Fail(name, "empty file");
        }
    }

    /// <summary>Streams a JSON array: the bytes of one element at a time are cut out (strings and nesting tracked) and parsed alone,
    /// so memory stays at one element whatever the file size, and a malformed element costs only itself.</summary>
    private IEnumerable<IngestItem> ReadArray(string name, Stream content, IngestOptions options)
    {
        var chunk = new byte[1 << 16];
        var element = new ArrayBufferWriter<byte>(1 << 12);
        var started = false;   // the opening '[' was seen
        var ended = false;     // the closing ']' was seen
        var inElement = false;
        var inString = false;
        var escaped = false;
        var tooLong = false;
        var depth = 0;
        var index = 0;
        var pending = new List<IngestItem>();
        int n;
        while (!ended && (n = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            var from = 0; // start of the element bytes not yet copied
            for (var i = 0; i < n && !ended; i++)
            {
                var b = chunk[i];
                if (!started)
                {
                    if (b == '[')
                    {
                        started = true;
                        from = i + 1;
                    }
                    continue; // BOM and white space before the array
                }
                if (!inElement)
                {
                    if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)',')
                    {
                        continue;
                    }
                    if (b == ']')
                    {
                        ended = true;
                        continue;
                    }
                    inElement = true;
                    index++;
                    from = i;
                    depth = 0;
                    inString = false;
                    escaped = false;
                    tooLong = false;
                    element.ResetWrittenCount();
                }
                if (inString)
                {
                    if (escaped)
                    {
                        escaped = false;
                    }
                    else if (b == '\\')
                    {
                        escaped = true;
                    }
                    else if (b == '"')
                    {
                        inString = false;
                    }
                    continue;
                }
                var end = -1; // exclusive end of the element within this chunk
                switch (b)
                {
                    case (byte)'"':
                        inString = true;
                        break;
                    case (byte)'{' or (byte)'[':
                        depth++;
                        break;
                    case (byte)'}' or (byte)']' when depth > 0:
                        depth--;
                        if (depth == 0)
                        {
                            end = i + 1;
                        }
                        break;
                    case (byte)']':
                        end = i;      // a scalar element closed by the array's own ']'
                        ended = true;
                        break;
                    case (byte)',' when depth == 0:
                        end = i;
                        break;
                }
                if (end >= 0)
                {
                    Append(chunk, from, end);
                    pending.Add(Finish());
                    from = i + 1;
                }
            }
            if (inElement)
            {
                Append(chunk, from, n);
            }
            foreach (var item in pending)
            {
                yield return item;
            }
            pending.Clear();
        }
        if (!started)
        {
            yield return IngestItem.Fail(name, "empty file");
        }
        else if (inElement)
        {
            yield return IngestItem.Fail($"{name}#{index}", "invalid JSON: the file ends inside this element (truncated array)");
        }
        else if (!ended)
        {
            yield return IngestItem.Fail(name, "invalid JSON: the array is not closed (truncated file)");
        }

        void Append(byte[] bytes, int start, int end)
        {
            if (tooLong)
            {
                return;
            }
            if (element.WrittenCount + (end - start) > options.MaxLineBytes)
            {
                tooLong = true;
                element.ResetWrittenCount();
                return;
            }
            element.Write(bytes.AsSpan(start, end - start));
        }

        IngestItem Finish()
        {
            inElement = false;
            var where = $"{name}#{index}";
            if (tooLong)
            {
                return IngestItem.Fail(where, $"array element longer than the {BoundedRead.Size(options.MaxLineBytes)} limit");
            }
            try
            {
                using var doc = JsonDocument.Parse(element.WrittenMemory, new JsonDocumentOptions { MaxDepth = 64 });
                return FromElement(where, name, doc.RootElement);
            }
            catch (JsonException ex)
            {
                return IngestItem.Fail(where, $"invalid JSON: {ex.Message}");
            }
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
