using System.IO.Compression;
using System.Text;
using Triangulate.Pipeline;
using Triangulate.Ingest;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Ingest;

public sealed class IngestFormatTests
{
    private const string Body = "At least 42 people were killed in the flood, officials said on Tuesday.";

    private static List<IngestItem> ReadAll(params string[] paths) => [.. new Ingestor().Read(paths)];

    [Fact]
    public void Read_PlainText_WholeFileIsTheArticle()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.txt", "Flood kills dozens\n\n" + Body);
        var doc = Assert.Single(ReadAll(path)).Document;
        Assert.NotNull(doc);
        Assert.Equal("txt", doc.Format);
        Assert.Contains(Body, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Html_MainTextAndMetadata()
    {
        using var dir = new TempDir();
        var html = """
            <html><head><title>Flood kills 42 | The Valley Times</title>
            <meta property="og:site_name" content="The Valley Times">
            <meta property="article:published_time" content="2024-05-07T09:30:00Z">
            <link rel="canonical" href="https://example.org/flood">
            <script>var x = "<p>not text</p>";</script></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Flood kills 42</h1>
            <p>At least 42 people were killed in the flood, officials said on Tuesday, as rivers burst their banks across the valley.</p>
            <p>Rescue teams, aided by volunteers, searched collapsed homes through the night, the regional governor said.</p>
            </article><footer>© 2024 The Valley Times. All rights reserved.</footer></body></html>
            """;
        var path = dir.Write("flood.html", html);
        var doc = Assert.Single(ReadAll(path)).Document;
        Assert.NotNull(doc);
        Assert.Equal("html", doc.Format);
        Assert.Equal("2024-05-07T09:30:00Z", doc.Published);
        Assert.Equal("meta article:published_time", doc.PublishedSource);
        Assert.Equal("https://example.org/flood", doc.Url);
        Assert.Equal("The Valley Times", doc.Outlet);
        Assert.Contains("At least 42 people were killed", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Rescue teams", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("not text", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_JsonLines_OneArticlePerLineAndBrokenLinesReported()
    {
        using var dir = new TempDir();
        var lines = string.Join('\n',
            """{"title": "Flood", "text": "At least 42 people were killed.", "url": "https://a.example/1", "published": "2024-05-07", "outlet": "Valley Times"}""",
            """{"title": "Broken", "text": "unterminated""",
            """{"title": "Quake", "html": "<p>More than 100 people were injured when the quake struck the town.</p>"}""",
            """{"title": "Empty"}""");
        var path = dir.Write("feed.jsonl", lines);
        var items = ReadAll(path);
        var docs = items.Where(i => i.Document is not null).Select(i => i.Document!).ToList();
        var problems = items.Where(i => i.Problem is not null).Select(i => i.Problem!).ToList();
        Assert.Equal(2, docs.Count);
        Assert.Equal("2024-05-07", docs[0].Published);
        Assert.Equal("Valley Times", docs[0].Outlet);
        Assert.Equal("feed.jsonl:1", docs[0].File);
        Assert.Contains("More than 100 people were injured", docs[1].Text, StringComparison.Ordinal);
        Assert.Contains(problems, p => p.File == "feed.jsonl:2" && p.Reason.Contains("invalid JSON", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.File == "feed.jsonl:4" && p.Reason.Contains("no text", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_Rss_ItemsWithFullContent()
    {
        using var dir = new TempDir();
        var rss = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Valley Wire</title><link>https://wire.example</link><description>d</description>
            <item><title>Flood kills 42</title><link>https://wire.example/1</link><pubDate>Tue, 07 May 2024 09:30:00 GMT</pubDate>
            <content:encoded><![CDATA[<p>At least 42 people were killed in the flood, officials said on Tuesday.</p>]]></content:encoded></item>
            <item><title>Quake</title><link>https://wire.example/2</link><description>&lt;p&gt;More than 100 people were injured in the quake, the ministry said.&lt;/p&gt;</description></item>
            </channel></rss>
            """;
        var path = dir.Write("wire.rss", rss);
        var docs = ReadAll(path).Select(i => i.Document).OfType<SourceDocument>().ToList();
        Assert.Equal(2, docs.Count);
        Assert.Equal("rss", docs[0].Format);
        Assert.Equal("Flood kills 42", docs[0].Title);
        Assert.StartsWith("2024-05-07", docs[0].Published, StringComparison.Ordinal);
        Assert.Equal("Valley Wire", docs[0].Outlet);
        Assert.Contains("At least 42 people", docs[0].Text, StringComparison.Ordinal);
        Assert.Contains("More than 100 people were injured", docs[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Atom_EntriesRead()
    {
        using var dir = new TempDir();
        var atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Atom</title><id>urn:x</id><updated>2024-05-07T10:00:00Z</updated>
            <entry><title>Flood kills 42</title><id>urn:1</id><updated>2024-05-07T10:00:00Z</updated><published>2024-05-07T09:00:00Z</published>
            <link href="https://atom.example/1"/><content type="html">&lt;p&gt;At least 42 people were killed in the flood, officials said.&lt;/p&gt;</content></entry>
            </feed>
            """;
        var path = dir.Write("valley.atom", atom);
        var doc = Assert.Single(ReadAll(path).Select(i => i.Document).OfType<SourceDocument>());
        Assert.Equal("atom", doc.Format);
        Assert.Contains("At least 42 people were killed", doc.Text, StringComparison.Ordinal);
        Assert.StartsWith("2024-05-07", doc.Published, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Gzip_OfEachFormat()
    {
        using var dir = new TempDir();
        dir.Write("a.txt.gz", Gzip(Encoding.UTF8.GetBytes("Flood\n" + Body)));
        dir.Write("b.jsonl.gz", Gzip(Encoding.UTF8.GetBytes("""{"title":"Flood","text":"At least 42 people were killed."}""" + "\n")));
        dir.Write("c.html.gz", Gzip(Encoding.UTF8.GetBytes("<html><body><article><p>" + Body + " More words to make a paragraph.</p></article></body></html>")));
        var docs = ReadAll(dir.Path).Select(i => i.Document).OfType<SourceDocument>().ToList();
        Assert.Equal(["txt", "jsonl", "html"], docs.Select(d => d.Format));
        Assert.All(docs, d => Assert.Contains("42 people were killed", d.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ConcatenatedGzipMembers_AllContentRead()
    {
        using var dir = new TempDir();
        var bytes = Gzip(Encoding.UTF8.GetBytes("""{"text":"first article with 10 dead"}""" + "\n"))
            .Concat(Gzip(Encoding.UTF8.GetBytes("""{"text":"second article with 20 dead"}""" + "\n"))).ToArray();
        dir.Write("two.jsonl.gz", bytes);
        var docs = ReadAll(dir.Path).Select(i => i.Document).OfType<SourceDocument>().ToList();
        Assert.Equal(2, docs.Count);
    }

    [Fact]
    public void Read_Directory_RecursiveAndGlob()
    {
        using var dir = new TempDir();
        dir.Write("x/one.txt", "One\n" + Body);
        dir.Write("x/y/two.txt", "Two\n" + Body);
        dir.Write("x/y/skip.md", "Three\n" + Body);
        var recursive = ReadAll(Path.Combine(dir.Path, "x")).Select(i => i.Document!.File).ToList();
        Assert.Equal(["one.txt", "y/skip.md", "y/two.txt"], recursive);
        var globbed = ReadAll(Path.Combine(dir.Path, "x", "**", "*.txt")).Select(i => i.Document!.File).ToList();
        Assert.Equal(["one.txt", "y/two.txt"], globbed);
    }

    [Fact]
    public void Analyze_SameFolderTwice_SameIdsAndNoDuplicates()
    {
        var first = Analyzer.Analyze([Paths.Sample]);
        var second = Analyzer.Analyze([Paths.Sample, Paths.Sample]);
        Assert.Equal(first.Documents.Select(d => d.Id), second.Documents.Select(d => d.Id));
    }

    [Fact]
    public void Analyze_SameTextInTwoFiles_TwoDocumentsWithDistinctIds()
    {
        using var dir = new TempDir();
        dir.Write("outlet-a.txt", "Flood\n" + Body);
        dir.Write("outlet-b.txt", "Flood\n" + Body);
        var dossier = Analyzer.Analyze([dir.Path]);
        Assert.Equal(2, dossier.Documents.Count);
        Assert.NotEqual(dossier.Documents[0].Id, dossier.Documents[1].Id);
        Assert.StartsWith(dossier.Documents[0].Id[..16], dossier.Documents[1].Id, StringComparison.Ordinal);
    }

    internal static byte[] Gzip(byte[] data)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(data);
        }
        return ms.ToArray();
    }
}
