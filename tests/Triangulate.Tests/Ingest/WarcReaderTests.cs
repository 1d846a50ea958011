using System.IO.Compression;
using System.Text;
using Triangulate.Ingest;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Ingest;

/// <summary>WARC archives the tests write themselves: valid, gzip per record, truncated, malformed, non-HTML and chunked records.</summary>
public sealed class WarcReaderTests
{
    private static string Page(string headline, string sentence, string? meta = null) => $"""
        <html><head><title>{headline}</title>{meta}</head>
        <body><article><h1>{headline}</h1>
        <p>{sentence} Rescue teams searched collapsed homes through the night, the regional governor said on the radio.</p>
        <p>Aid convoys reached the worst-hit villages by morning, according to the relief agency coordinating the response.</p>
        </article></body></html>
        """;

    private static byte[] Record(string type, string? uri, byte[] block, string? contentType = null, string? lengthOverride = null, string date = "2024-05-08T10:00:00Z")
    {
        var sb = new StringBuilder();
        sb.Append("WARC/1.0\r\n");
        sb.Append($"WARC-Type: {type}\r\n");
        sb.Append($"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n");
        sb.Append($"WARC-Date: {date}\r\n");
        if (uri is not null)
        {
            sb.Append($"WARC-Target-URI: {uri}\r\n");
        }
        if (contentType is not null)
        {
            sb.Append($"Content-Type: {contentType}\r\n");
        }
        sb.Append($"Content-Length: {lengthOverride ?? block.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)}\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(sb.ToString()), .. block, .. "\r\n\r\n"u8];
    }

    private static byte[] Response(string uri, byte[] body, string contentType = "text/html; charset=utf-8", string status = "200 OK", string extraHeaders = "", string? lengthOverride = null)
    {
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\nContent-Type: {contentType}\r\nDate: Wed, 08 May 2024 10:00:00 GMT\r\n{extraHeaders}\r\n");
        return Record("response", uri, [.. head, .. body], "application/http; msgtype=response", lengthOverride);
    }

    private static byte[] Warcinfo() => Record("warcinfo", null, "software: test\r\nformat: WARC File Format 1.0\r\n"u8.ToArray(), "application/warc-fields");

    private static byte[] Gzip(byte[] data)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(data);
        }
        return ms.ToArray();
    }

    private static List<IngestItem> Read(string path, IngestOptions? options = null) => [.. new Ingestor(options).Read([path])];

    [Fact]
    public void Read_ValidArchive_HtmlResponsesBecomeArticlesWithUrlAndDate()
    {
        using var dir = new TempDir();
        var warc = Concat(
            Warcinfo(),
            Record("request", "https://news.example/a", "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"u8.ToArray(), "application/http; msgtype=request"),
            Response("https://news.example/a", Encoding.UTF8.GetBytes(Page("Flood kills 42", "At least 42 people were killed in the flood, officials said."))),
            Response("https://news.example/b", Encoding.UTF8.GetBytes(Page("Dam breaks", "A dam broke upstream, forcing 3,000 people to leave.",
                "<meta property=\"article:published_time\" content=\"2024-05-07T09:30:00Z\">"))));
        var items = Read(dir.Write("crawl.warc", warc));
        Assert.All(items, i => Assert.Null(i.Problem));
        var docs = items.Select(i => i.Document!).ToList();
        Assert.Equal(2, docs.Count);
        Assert.Equal("warc", docs[0].Format);
        Assert.Equal("crawl.warc#3", docs[0].File);
        Assert.Equal("https://news.example/a", docs[0].Url);
        Assert.Contains("At least 42 people were killed", docs[0].Text, StringComparison.Ordinal);
        // No date in the page: the capture time is used and said to be one.
        Assert.Equal("2024-05-08T10:00:00Z", docs[0].Published);
        Assert.Contains("WARC-Date", docs[0].PublishedSource, StringComparison.Ordinal);
        // The page's own date wins over the capture time.
        Assert.Equal("2024-05-07T09:30:00Z", docs[1].Published);
        Assert.DoesNotContain("WARC", docs[1].PublishedSource ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GzipPerRecord_ReadsEveryMember()
    {
        using var dir = new TempDir();
        var gz = Concat(
            Gzip(Warcinfo()),
            Gzip(Response("https://news.example/a", Encoding.UTF8.GetBytes(Page("Flood kills 42", "At least 42 people were killed in the flood.")))),
            Gzip(Response("https://news.example/b", Encoding.UTF8.GetBytes(Page("Dam breaks", "A dam broke upstream overnight.")))));
        var items = Read(dir.Write("crawl.warc.gz", gz));
        Assert.All(items, i => Assert.Null(i.Problem));
        Assert.Equal(["https://news.example/a", "https://news.example/b"], items.Select(i => i.Document!.Url));
    }

    [Fact]
    public void Read_HttpCharset_DecodesWithTheDeclaredEncoding()
    {
        using var dir = new TempDir();
        var latin1 = Encoding.Latin1.GetBytes(Page("Crue à Nîmes", "Au moins 42 personnes sont mortes après la crue, a déclaré la préfecture."));
        var items = Read(dir.Write("fr.warc", Response("https://fr.example/crue", latin1, "text/html; charset=ISO-8859-1")));
        var doc = Assert.Single(items).Document;
        Assert.NotNull(doc);
        Assert.Contains("a déclaré la préfecture", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NonHtmlAndNonSuccessRecords_SkippedSilently()
    {
        using var dir = new TempDir();
        var warc = Concat(
            Response("https://news.example/logo.png", [0x89, 0x50, 0x4E, 0x47, 1, 2, 3], "image/png"),
            Response("https://news.example/old", "<html>moved</html>"u8.ToArray(), status: "301 Moved Permanently"),
            Record("metadata", "https://news.example/a", "fetchTimeMs: 12\r\n"u8.ToArray(), "application/warc-fields"),
            Record("resource", "https://news.example/c", Encoding.UTF8.GetBytes(Page("Bridge closed", "The bridge was closed after the flood damaged its pillars.")), "text/html"),
            Record("resource", "https://news.example/d.txt", "plain text resource"u8.ToArray(), "text/plain"));
        var items = Read(dir.Write("mixed.warc", warc));
        var item = Assert.Single(items);
        Assert.Null(item.Problem);
        Assert.Equal("https://news.example/c", item.Document!.Url);
    }

    [Fact]
    public void Read_ChunkedTransferEncoding_Dechunked()
    {
        using var dir = new TempDir();
        var page = Encoding.UTF8.GetBytes(Page("Flood kills 42", "At least 42 people were killed in the flood, officials said."));
        var chunked = new MemoryStream();
        for (var i = 0; i < page.Length; i += 100)
        {
            var n = Math.Min(100, page.Length - i);
            chunked.Write(Encoding.ASCII.GetBytes($"{n:x}\r\n"));
            chunked.Write(page, i, n);
            chunked.Write("\r\n"u8);
        }
        chunked.Write("0\r\n\r\n"u8);
        var items = Read(dir.Write("chunked.warc", Response("https://news.example/a", chunked.ToArray(), extraHeaders: "Transfer-Encoding: chunked\r\n")));
        var doc = Assert.Single(items).Document;
        Assert.NotNull(doc);
        Assert.Contains("At least 42 people were killed in the flood", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r\n64\r\n", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedLastRecord_EarlierRecordsKeptAndProblemNamesTheRecord()
    {
        using var dir = new TempDir();
        var good = Response("https://news.example/a", Encoding.UTF8.GetBytes(Page("Flood kills 42", "At least 42 people were killed.")));
        var second = Response("https://news.example/b", Encoding.UTF8.GetBytes(Page("Dam breaks", "A dam broke upstream overnight.")));
        var warc = Concat(good, second[..(second.Length / 2)]);
        var items = Read(dir.Write("cut.warc", warc));
        Assert.Equal(2, items.Count);
        Assert.Equal("https://news.example/a", items[0].Document!.Url);
        Assert.Null(items[1].Document);
        Assert.Equal("cut.warc#2", items[1].Problem!.File);
        Assert.Contains("truncated", items[1].Problem!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedGzipMember_EarlierRecordsKeptAndProblemReported()
    {
        using var dir = new TempDir();
        var first = Gzip(Response("https://news.example/a", Encoding.UTF8.GetBytes(Page("Flood kills 42", "At least 42 people were killed."))));
        var second = Gzip(Response("https://news.example/b", Encoding.UTF8.GetBytes(Page("Dam breaks", "A dam broke upstream overnight."))));
        var items = Read(dir.Write("cut.warc.gz", Concat(first, second[..(second.Length - 20)])));
        Assert.Equal("https://news.example/a", items[0].Document!.Url);
        Assert.Contains(items, i => i.Problem is { Severity: ProblemSeverity.Error } p && p.File.StartsWith("cut.warc", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("too-short")]
    [InlineData("too-long")]
    [InlineData("not-a-number")]
    [InlineData("bad-version")]
    [InlineData("bad-header-line")]
    [InlineData("absurd-length")]
    public void Read_MalformedRecordInTheMiddle_ReportedAndTheNextRecordStillRead(string defect)
    {
        using var dir = new TempDir();
        var first = Response("https://news.example/a", Encoding.UTF8.GetBytes(Page("Flood kills 42", "At least 42 people were killed.")));
        var badBody = Encoding.UTF8.GetBytes(Page("Broken", "This record is broken."));
        var bad = defect switch
        {
            "too-short" => Response("https://news.example/bad", badBody, lengthOverride: "40"),
            "too-long" => Response("https://news.example/bad", badBody, lengthOverride: (badBody.Length + 500).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            "not-a-number" => Response("https://news.example/bad", badBody, lengthOverride: "12abc"),
            // 10^12 bytes: more than any stream file may hold, so the header is wrong; it must not swallow the rest of the file.
            "absurd-length" => Response("https://news.example/bad", badBody, lengthOverride: "1000000000000"),
            "bad-version" => [.. "GARBAGE/9.9\r\nWARC-Type: response\r\n\r\nsome junk\r\n\r\n"u8],
            "bad-header-line" => [.. "WARC/1.0\r\nWARC-Type: response\r\nthis line has no colon\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n"u8],
            _ => throw new ArgumentOutOfRangeException(nameof(defect)),
        };
        var third = Response("https://news.example/c", Encoding.UTF8.GetBytes(Page("Dam breaks", "A dam broke upstream overnight.")));
        var items = Read(dir.Write("bad.warc", Concat(first, bad, third)));
        var urls = items.Where(i => i.Document is not null).Select(i => i.Document!.Url).ToList();
        Assert.Equal(["https://news.example/a", "https://news.example/c"], urls);
        var problem = Assert.Single(items, i => i.Problem is not null).Problem!;
        Assert.Equal("bad.warc#2", problem.File);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
    }

    [Fact]
    public void Read_RecordOverTheSizeLimit_SkippedWithAProblemOthersRead()
    {
        using var dir = new TempDir();
        var big = Encoding.UTF8.GetBytes(Page("Huge page", "Big. " + new string('x', 20_000)));
        var warc = Concat(
            Response("https://news.example/big", big),
            Response("https://news.example/a", Encoding.UTF8.GetBytes(Page("Flood kills 42", "At least 42 people were killed."))));
        var items = Read(dir.Write("big.warc", warc), new IngestOptions { MaxDocumentBytes = 8 * 1024 });
        Assert.Equal(2, items.Count);
        Assert.Equal("big.warc#1", items[0].Problem!.File);
        Assert.Contains("limit", items[0].Problem!.Reason, StringComparison.Ordinal);
        Assert.Equal("https://news.example/a", items[1].Document!.Url);
    }

    [Fact]
    public void Read_GzipContentEncodingPayload_Decompressed()
    {
        using var dir = new TempDir();
        var body = Gzip(Encoding.UTF8.GetBytes(Page("Flood kills 42", "At least 42 people were killed in the flood.")));
        var items = Read(dir.Write("enc.warc", Response("https://news.example/a", body, extraHeaders: "Content-Encoding: gzip\r\n")));
        Assert.Contains("At least 42 people were killed", Assert.Single(items).Document!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Dechunk_MalformedOrOverLimit_ReturnsNull()
    {
        Assert.Null(WarcReader.Dechunk("zz\r\nabc\r\n0\r\n\r\n"u8, 1000));
        Assert.Null(WarcReader.Dechunk("9\r\nabc\r\n"u8, 1000));
        Assert.Null(WarcReader.Dechunk("3\r\nabc\r\n0\r\n\r\n"u8, 2));
        Assert.Equal("abcde"u8.ToArray(), WarcReader.Dechunk("3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"u8, 1000));
    }

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];
}
