using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Triangulate.Ingest;

/// <summary>Reads WARC 1.0/1.1 web archives (the format of news crawls such as CC-NEWS), one record at a time.</summary>
/// <remarks>
/// <para>Only <c>response</c> records whose HTTP payload is HTML and <c>resource</c> records of type <c>text/html</c> become articles;
/// every other record (warcinfo, request, metadata, revisit, non-HTML or non-2xx responses) is skipped silently.
/// The HTML goes through <see cref="HtmlReader.FromBytes"/> with the charset of the HTTP <c>Content-Type</c> header.</para>
/// <para>The URL is the record's <c>WARC-Target-URI</c>. The publication date is the page's own metadata when it states one;
/// otherwise the HTTP <c>Last-Modified</c> header, and failing that the capture time (<c>WARC-Date</c>, then HTTP <c>Date</c>),
/// with <see cref="SourceDocument.PublishedSource"/> saying which.</para>
/// <para>Streaming: one record is in memory at a time, never more than <see cref="IngestOptions.MaxDocumentBytes"/>; a bigger record is
/// skipped with a problem. A record with a malformed header, a wrong <c>Content-Length</c> or a truncated block is reported as
/// <c>file#record</c> with the reason, and reading resumes at the next record.
/// Gzip (<c>.warc.gz</c>, one gzip member per record) is unwrapped by the <see cref="Ingestor"/> before this reader sees the bytes.</para>
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public sealed class WarcReader : IDocumentReader
{
    /// <summary>Largest WARC or HTTP header block, in bytes; a longer one is malformed.</summary>
    internal const int MaxHeaderBytes = 64 * 1024;

    private static readonly byte[] s_recordEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] s_nextRecord = "\r\n\r\nWARC/"u8.ToArray();

    private readonly HtmlReader _html = new();

    /// <inheritdoc/>
    public string Format => "warc";

    /// <inheritdoc/>
    public IEnumerable<IngestItem> Read(string name, Stream content, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        return ReadRecords(name, new WarcByteReader(content), options);
    }

    private IEnumerable<IngestItem> ReadRecords(string name, WarcByteReader reader, IngestOptions options)
    {
        var record = 0;
        var total = 0L;
        while (true)
        {
            // Skip blank lines between records (some writers add extra CRLFs).
            string? versionLine;
            do
            {
                versionLine = reader.ReadLine(MaxHeaderBytes);
            }
            while (versionLine is { Length: 0 });
            if (versionLine is null)
            {
                yield break;
            }
            record++;
            var where = $"{name}#{record}";
            if (!versionLine.StartsWith("WARC/", StringComparison.Ordinal))
            {
                yield return IngestItem.Fail(where, $"malformed record: expected a 'WARC/1.x' version line, found '{Clip(versionLine)}'; skipped to the next record");
                if (!reader.SkipToNextVersionLine())
                {
                    yield break;
                }
                continue;
            }
            var headers = ReadHeaders(reader, out var headerError);
            if (headers is null)
            {
                yield return IngestItem.Fail(where, $"malformed WARC header: {headerError}; skipped to the next record");
                if (!reader.SkipToNextVersionLine())
                {
                    yield break;
                }
                continue;
            }
            if (!headers.TryGetValue("Content-Length", out var lengthText) || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                yield return IngestItem.Fail(where, $"malformed WARC header: Content-Length missing or not a number ('{Clip(lengthText ?? "")}'); skipped to the next record");
                if (!reader.SkipToNextVersionLine())
                {
                    yield break;
                }
                continue;
            }
            if (length > options.MaxStreamBytes)
            {
                // A length no record can have (a corrupt or hostile header): skipping it would swallow the rest of the file.
                yield return IngestItem.Fail(where, $"Content-Length of {length:N0} bytes is larger than the {BoundedRead.Size(options.MaxStreamBytes)} limit for one stream file; record skipped to the next 'WARC/' line");
                if (!reader.SkipToNextVersionLine())
                {
                    yield break;
                }
                continue;
            }
            total += length;
            if (total > options.MaxStreamBytes)
            {
                // The rest of the file is not read: an error, so the run's exit code says that input was lost.
                yield return IngestItem.Fail(where, $"stopped: the archive exceeds the {BoundedRead.Size(options.MaxStreamBytes)} limit for one stream file; the records from here on were not read");
                yield break;
            }
            var type = headers.GetValueOrDefault("WARC-Type") ?? "";
            var wanted = IsWanted(type, headers.GetValueOrDefault("Content-Type"));
            if (length > options.MaxDocumentBytes)
            {
                var skipped = reader.Skip(length);
                if (wanted)
                {
                    yield return IngestItem.Fail(where, $"record of {BoundedRead.Size(length)} is larger than the {BoundedRead.Size(options.MaxDocumentBytes)} limit for one page; skipped");
                }
                if (skipped < length)
                {
                    yield return IngestItem.Fail(where, $"truncated record: Content-Length says {length:N0} bytes but the file ends after {skipped:N0}");
                    yield break;
                }
                if (!ExpectRecordEnd(reader))
                {
                    yield return IngestItem.Fail(where, "wrong Content-Length: the record does not end where its header says; skipped to the next record");
                    if (!reader.SkipToNextVersionLine())
                    {
                        yield break;
                    }
                }
                continue;
            }
            var block = new byte[length];
            var got = reader.ReadExactly(block);
            if (got < length)
            {
                // Either the last record is cut short, or its length is too long and swallowed the records after it.
                var next = block.AsSpan(0, (int)got).IndexOf(s_nextRecord);
                if (next >= 0)
                {
                    reader.Unread(block.AsMemory(next + s_recordEnd.Length, (int)got - next - s_recordEnd.Length));
                    yield return IngestItem.Fail(where, "wrong Content-Length: the record does not end where its header says; skipped to the next record");
                    continue;
                }
                yield return IngestItem.Fail(where, $"truncated record: Content-Length says {length:N0} bytes but the file ends after {got:N0}");
                yield break;
            }
            if (!ExpectRecordEnd(reader))
            {
                // The stated length is wrong. When it was too long, the true end (CRLF CRLF then the next version line) is inside the block:
                // give the bytes after it back to the reader so the next record is not lost.
                var next = block.AsSpan().IndexOf(s_nextRecord);
                if (next >= 0)
                {
                    reader.Unread(block.AsMemory(next + s_recordEnd.Length));
                }
                else if (!reader.SkipToNextVersionLine())
                {
                    yield return IngestItem.Fail(where, "wrong Content-Length: the record does not end where its header says; skipped");
                    yield break;
                }
                yield return IngestItem.Fail(where, "wrong Content-Length: the record does not end where its header says; skipped to the next record");
                continue;
            }
            if (!wanted)
            {
                continue;
            }
            var item = ReadBlock(where, type, headers, block, options);
            if (item is { } it)
            {
                yield return it;
            }
        }
    }

    private static bool ExpectRecordEnd(WarcByteReader reader)
    {
        Span<byte> end = stackalloc byte[4];
        var n = reader.Peek(end);
        // A file may end right after the block without the closing CRLF CRLF; accept that, it loses nothing.
        if (n == 0)
        {
            return true;
        }
        if (n == 4 && end.SequenceEqual(s_recordEnd))
        {
            reader.Skip(4);
            return true;
        }
        if (n >= 2 && end[0] == '\r' && end[1] == '\n' && (n == 2 || reader.PeekIsEndAfter(2)))
        {
            reader.Skip(n);
            return true;
        }
        return false;
    }

    private static bool IsWanted(string type, string? contentType) => type switch
    {
        "response" => contentType is null || contentType.StartsWith("application/http", StringComparison.OrdinalIgnoreCase),
        "resource" => contentType is not null && IsHtmlType(contentType),
        _ => false,
    };

    private static bool IsHtmlType(string contentType)
    {
        var mime = contentType.Split(';', 2)[0].Trim();
        return mime.Equals("text/html", StringComparison.OrdinalIgnoreCase) || mime.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);
    }

    private IngestItem? ReadBlock(string where, string type, Dictionary<string, string> warc, byte[] block, IngestOptions options)
    {
        Dictionary<string, string> http;
        ReadOnlyMemory<byte> body;
        string? contentType;
        if (type == "response")
        {
            if (!TryParseHttp(block, out var status, out http, out body, out var error))
            {
                return IngestItem.Fail(where, $"malformed HTTP response in the record: {error}");
            }
            if (status is < 200 or >= 300)
            {
                return null;
            }
            contentType = http.GetValueOrDefault("Content-Type");
            if (contentType is not null ? !IsHtmlType(contentType) : !LooksLikeHtml(body.Span))
            {
                return null;
            }
            if (http.GetValueOrDefault("Transfer-Encoding") is { } te && te.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            {
                if (Dechunk(body.Span, options.MaxDocumentBytes) is not { } plain)
                {
                    return IngestItem.Fail(where, "malformed chunked transfer-encoding in the HTTP payload");
                }
                body = plain;
            }
            if (http.GetValueOrDefault("Content-Encoding") is { } ce && !ce.Equals("identity", StringComparison.OrdinalIgnoreCase))
            {
                var decoded = Decompress(ce, body, options.MaxDocumentBytes, out var why);
                if (decoded is null)
                {
                    return IngestItem.Fail(where, why!);
                }
                body = decoded;
            }
        }
        else
        {
            http = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            body = block;
            contentType = warc.GetValueOrDefault("Content-Type");
        }
        if (body.IsEmpty)
        {
            return null;
        }
        var item = _html.FromBytes(where, body.ToArray(), CharsetOf(contentType));
        if (item.Document is not { } doc)
        {
            return item;
        }
        var url = warc.GetValueOrDefault("WARC-Target-URI")?.Trim('<', '>', ' ');
        var updated = doc with { Format = Format, Url = string.IsNullOrEmpty(url) ? doc.Url : url };
        if (updated.Published is null)
        {
            if (HttpDate(http.GetValueOrDefault("Last-Modified")) is { } modified)
            {
                updated = updated with { Published = modified, PublishedSource = "http Last-Modified" };
            }
            else if (warc.GetValueOrDefault("WARC-Date") is { Length: > 0 } captured)
            {
                updated = updated with { Published = captured, PublishedSource = "warc WARC-Date (capture time)" };
            }
            else if (HttpDate(http.GetValueOrDefault("Date")) is { } fetched)
            {
                updated = updated with { Published = fetched, PublishedSource = "http Date (capture time)" };
            }
        }
        return IngestItem.Of(updated, item.Problem?.Reason);
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> body)
    {
        var head = body[..Math.Min(body.Length, 512)].TrimStart(" \t\r\n\uFEFF"u8);
        return head.Length > 0 && head[0] == '<';
    }

    private static string? CharsetOf(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }
        foreach (var part in contentType.Split(';'))
        {
            var kv = part.Trim();
            if (kv.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))
            {
                var value = kv["charset=".Length..].Trim().Trim('"', '\'');
                return value.Length > 0 ? value : null;
            }
        }
        return null;
    }

    private static string? HttpDate(string? value) =>
        value is not null && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var d)
            ? d.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : null;

    private static Dictionary<string, string>? ReadHeaders(WarcByteReader reader, out string? error)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var bytes = 0;
        string? last = null;
        while (true)
        {
            var line = reader.ReadLine(MaxHeaderBytes);
            if (line is null)
            {
                error = "the file ends inside the header";
                return null;
            }
            if (line.Length == 0)
            {
                error = null;
                return headers;
            }
            bytes += line.Length + 2;
            if (bytes > MaxHeaderBytes)
            {
                error = $"header longer than {MaxHeaderBytes / 1024} KB";
                return null;
            }
            if ((line[0] == ' ' || line[0] == '\t') && last is not null)
            {
                headers[last] += " " + line.Trim();
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                error = $"line without 'Name: value' ('{Clip(line)}')";
                return null;
            }
            last = line[..colon].Trim();
            headers[last] = line[(colon + 1)..].Trim();
        }
    }

    /// <summary>Splits an HTTP response block into status, headers and body.</summary>
    internal static bool TryParseHttp(byte[] block, out int status, out Dictionary<string, string> headers, out ReadOnlyMemory<byte> body, out string? error)
    {
        headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        status = 0;
        body = default;
        var span = block.AsSpan();
        var end = span[..Math.Min(span.Length, MaxHeaderBytes)].IndexOf("\r\n\r\n"u8);
        var sep = 4;
        if (end < 0)
        {
            end = span[..Math.Min(span.Length, MaxHeaderBytes)].IndexOf("\n\n"u8);
            sep = 2;
        }
        if (end < 0)
        {
            error = "no end of the HTTP header";
            return false;
        }
        var lines = Encoding.Latin1.GetString(span[..end]).Split('\n');
        var statusLine = lines[0].TrimEnd('\r').Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (statusLine.Length < 2 || !statusLine[0].StartsWith("HTTP/", StringComparison.Ordinal) || !int.TryParse(statusLine[1], NumberStyles.None, CultureInfo.InvariantCulture, out status))
        {
            error = $"not an HTTP status line ('{Clip(lines[0].TrimEnd('\r'))}')";
            return false;
        }
        foreach (var raw in lines.AsSpan(1))
        {
            var line = raw.TrimEnd('\r');
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }
        body = block.AsMemory(end + sep);
        error = null;
        return true;
    }

    /// <summary>Decodes an HTTP/1.1 chunked body; null when malformed or larger than <paramref name="limit"/>.</summary>
    internal static byte[]? Dechunk(ReadOnlySpan<byte> body, long limit)
    {
        using var output = new MemoryStream();
        var pos = 0;
        while (true)
        {
            var lineEnd = body[pos..].IndexOf("\r\n"u8);
            if (lineEnd < 0)
            {
                return null;
            }
            var sizeText = Encoding.ASCII.GetString(body.Slice(pos, lineEnd)).Split(';', 2)[0].Trim();
            if (!long.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                return null;
            }
            pos += lineEnd + 2;
            if (size == 0)
            {
                return output.ToArray();
            }
            if (size > body.Length - pos || output.Length + size > limit)
            {
                return null;
            }
            output.Write(body.Slice(pos, (int)size));
            pos += (int)size;
            if (body.Length - pos >= 2 && body[pos] == '\r' && body[pos + 1] == '\n')
            {
                pos += 2;
            }
        }
    }

    private static byte[]? Decompress(string encoding, ReadOnlyMemory<byte> body, long limit, out string? why)
    {
        why = null;
        try
        {
            using var input = new MemoryStream(body.ToArray(), writable: false);
            using Stream decoder = encoding.Trim().ToLowerInvariant() switch
            {
                "gzip" or "x-gzip" => new GZipStream(input, CompressionMode.Decompress),
                "deflate" => new ZLibStream(input, CompressionMode.Decompress),
                "br" => new BrotliStream(input, CompressionMode.Decompress),
                _ => throw new NotSupportedException(encoding),
            };
            var bytes = BoundedRead.ReadAll(decoder, limit);
            if (bytes is null)
            {
                why = $"HTTP payload decompresses to more than the {BoundedRead.Size(limit)} limit for one page";
            }
            return bytes;
        }
        catch (NotSupportedException)
        {
            why = $"unsupported HTTP Content-Encoding '{Clip(encoding)}'";
            return null;
        }
        catch (InvalidDataException ex)
        {
            why = $"corrupt {encoding} HTTP payload ({ex.Message})";
            return null;
        }
    }

    private static string Clip(string s) => s.Length <= 60 ? s : s[..60] + "…";
}

/// <summary>A forward-only byte reader with line reading, peeking and push-back, over a stream it does not own.</summary>
internal sealed class WarcByteReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[1 << 16];
    private readonly Stack<ReadOnlyMemory<byte>> _pushedBack = new();
    private int _pos;
    private int _len;

    /// <summary>Gives bytes back: they are read again before the stream's.</summary>
    public void Unread(ReadOnlyMemory<byte> bytes)
    {
        if (!bytes.IsEmpty)
        {
            // Copy the unread buffer remainder first so ordering is kept: pushed-back bytes come before what is buffered.
            if (_pos < _len)
            {
                _pushedBack.Push(_buffer.AsSpan(_pos, _len - _pos).ToArray());
                _pos = _len = 0;
            }
            _pushedBack.Push(bytes.ToArray());
        }
    }

    private bool Fill()
    {
        if (_pos < _len)
        {
            return true;
        }
        if (_pushedBack.Count > 0)
        {
            var next = _pushedBack.Pop();
            if (next.Length <= _buffer.Length)
            {
                next.Span.CopyTo(_buffer);
                _pos = 0;
                _len = next.Length;
                return true;
            }
            next.Span[.._buffer.Length].CopyTo(_buffer);
            _pushedBack.Push(next[_buffer.Length..]);
            _pos = 0;
            _len = _buffer.Length;
            return true;
        }
        _pos = 0;
        _len = stream.Read(_buffer, 0, _buffer.Length);
        return _len > 0;
    }

    /// <summary>Reads one line (without CR LF) as Latin-1 text; null at the end. A line longer than <paramref name="max"/> is cut there.</summary>
    public string? ReadLine(int max)
    {
        var line = new List<byte>(128);
        var any = false;
        while (Fill())
        {
            any = true;
            var span = _buffer.AsSpan(_pos, _len - _pos);
            var nl = span.IndexOf((byte)'\n');
            var take = nl >= 0 ? nl : span.Length;
            var room = Math.Max(0, max - line.Count);
            line.AddRange(span[..Math.Min(take, room)]);
            if (nl >= 0)
            {
                _pos += nl + 1;
                break;
            }
            _pos += take;
            if (line.Count >= max)
            {
                break;
            }
        }
        if (!any)
        {
            return null;
        }
        var count = line.Count;
        if (count > 0 && line[count - 1] == '\r')
        {
            count--;
        }
        return Encoding.Latin1.GetString(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(line)[..count]);
    }

    /// <summary>Fills <paramref name="target"/>; returns how many bytes were read (fewer only at the end).</summary>
    public long ReadExactly(byte[] target)
    {
        var done = 0;
        while (done < target.Length && Fill())
        {
            var n = Math.Min(target.Length - done, _len - _pos);
            _buffer.AsSpan(_pos, n).CopyTo(target.AsSpan(done));
            _pos += n;
            done += n;
        }
        return done;
    }

    /// <summary>Skips up to <paramref name="count"/> bytes; returns how many were skipped.</summary>
    public long Skip(long count)
    {
        var done = 0L;
        while (done < count && Fill())
        {
            var n = (int)Math.Min(count - done, _len - _pos);
            _pos += n;
            done += n;
        }
        return done;
    }

    /// <summary>Copies up to <paramref name="target"/>.Length upcoming bytes without consuming them.</summary>
    public int Peek(Span<byte> target)
    {
        if (!Fill())
        {
            return 0;
        }
        if (_len - _pos < target.Length && _pushedBack.Count == 0)
        {
            // Compact and top up so a peek across the buffer's end sees enough bytes.
            Array.Copy(_buffer, _pos, _buffer, 0, _len - _pos);
            _len -= _pos;
            _pos = 0;
            int n;
            while (_len < target.Length && (n = stream.Read(_buffer, _len, _buffer.Length - _len)) > 0)
            {
                _len += n;
            }
        }
        var count = Math.Min(target.Length, _len - _pos);
        _buffer.AsSpan(_pos, count).CopyTo(target);
        return count;
    }

    /// <summary>True when no byte follows the next <paramref name="offset"/> peeked bytes.</summary>
    public bool PeekIsEndAfter(int offset)
    {
        Span<byte> probe = stackalloc byte[offset + 1];
        return Peek(probe) <= offset;
    }

    /// <summary>Skips lines until one starting with <c>WARC/</c>, which it leaves to be read next; false at the end.</summary>
    public bool SkipToNextVersionLine()
    {
        Span<byte> head = stackalloc byte[5];
        while (true)
        {
            if (Peek(head) == 5 && head.SequenceEqual("WARC/"u8))
            {
                return true;
            }
            if (ReadLine(WarcReader.MaxHeaderBytes) is null)
            {
                return false;
            }
        }
    }
}
