using System.Text;
using Triangulate.Ingest;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Ingest;

public sealed class BadInputTests
{
    private const string Good = "Flood\nAt least 42 people were killed in the flood, officials said.";

    /// <summary>Writes the bad file beside a good one and checks: one clear problem naming the bad file, the good one still read.</summary>
    private static Problem ReadBesideGood(string name, byte[] bytes, IngestOptions? options = null)
    {
        using var dir = new TempDir();
        dir.Write("good.txt", Good);
        dir.Write(name, bytes);
        var items = new Ingestor(options).Read([dir.Path]).ToList();
        Assert.Contains(items, i => i.Document?.File == "good.txt");
        var problem = Assert.Single(items, i => i.Problem is not null).Problem!;
        Assert.Equal(name, problem.File.Split(':')[0]);
        Assert.False(string.IsNullOrWhiteSpace(problem.Reason));
        return problem;
    }

    [Fact]
    public void Read_EmptyFile_ReportedAsEmpty() =>
        Assert.Contains("empty", ReadBesideGood("empty.txt", []).Reason, StringComparison.Ordinal);

    [Fact]
    public void Read_WhitespaceOnly_Reported() =>
        Assert.Contains("whitespace", ReadBesideGood("blank.txt", Encoding.UTF8.GetBytes(" \n\t\n ")).Reason, StringComparison.Ordinal);

    [Theory]
    [InlineData(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0, 0, 13 }, "PNG")]
    [InlineData(new byte[] { (byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0, 8, 0 }, "ZIP")]
    [InlineData(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0 }, "ELF")]
    public void Read_BinaryFile_NamedAsBinary(byte[] bytes, string kind)
    {
        var problem = ReadBesideGood("image.txt", bytes);
        Assert.Contains("binary", problem.Reason, StringComparison.Ordinal);
        Assert.Contains(kind, problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedGzip_ReportedAsTruncated()
    {
        var full = IngestFormatTests.Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("At least 42 people were killed. ", 500))));
        var problem = ReadBesideGood("cut.txt.gz", full[..(full.Length / 2)]);
        Assert.Contains("gzip", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GzipBomb_StoppedAtTheLimit()
    {
        var bomb = IngestFormatTests.Gzip(new byte[50 * 1024 * 1024]);
        var problem = ReadBesideGood("bomb.txt.gz", bomb, new IngestOptions { MaxDecompressedBytes = 8 * 1024 * 1024 });
        Assert.Contains("limit", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileOverSizeLimit_RefusedWithTheLimitNamed()
    {
        var big = Encoding.UTF8.GetBytes(new string('a', 3 * 1024 * 1024));
        var problem = ReadBesideGood("huge.txt", big, new IngestOptions { MaxDocumentBytes = 1024 * 1024 });
        Assert.Contains("limit", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_DecodedWithFallbackNotLost()
    {
        // Mostly ASCII with stray bytes that are not UTF-8: still read, encoding says how.
        var bytes = Encoding.ASCII.GetBytes("Flood kills 42 in the valley ").Concat(new byte[] { 0xC3, 0x28, 0xA0, 0xA1 }).Concat(Encoding.ASCII.GetBytes(" officials said.")).ToArray();
        using var dir = new TempDir();
        var path = dir.Write("odd.txt", bytes);
        var doc = Assert.Single(new Ingestor().Read([path])).Document;
        Assert.NotNull(doc);
        Assert.Contains("officials said", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("utf-8 (valid)", doc.Encoding, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedHtml_UnclosedTagsStillRead()
    {
        var html = "<html><body><div><p>At least 42 people were killed in the flood, officials said on Tuesday, in the worst disaster in years.<div><p>Rescuers, aided by volunteers, searched the rubble<span><b>";
        using var dir = new TempDir();
        var path = dir.Write("broken.html", html);
        var doc = Assert.Single(new Ingestor().Read([path])).Document;
        Assert.NotNull(doc);
        Assert.Contains("42 people were killed", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ScriptOnlyHtml_ReportedAsWithoutText() =>
        Assert.Contains("without article text", ReadBesideGood("script.html", Encoding.UTF8.GetBytes("<html><head><script>alert(1)</script><style>p{}</style></head><body><script>x()</script></body></html>")).Reason, StringComparison.Ordinal);

    [Fact]
    public void Read_DeeplyNestedHtml_NoStackOverflow()
    {
        var sb = new StringBuilder("<html><body>");
        for (var i = 0; i < 100_000; i++)
        {
            sb.Append("<div>");
        }
        sb.Append("<p>At least 42 people were killed in the flood, officials said on Tuesday, in the worst disaster in years.</p>");
        using var dir = new TempDir();
        var path = dir.Write("deep.html", sb.ToString());
        var item = Assert.Single(new Ingestor().Read([path]));
        // Either the text is found or a clear problem is reported; the process must survive.
        Assert.True(item.Document is not null || item.Problem is not null);
    }

    [Fact]
    public void Read_MissingPath_ReportedNotThrown()
    {
        var item = Assert.Single(new Ingestor().Read(["/no/such/place/at/all.txt"]));
        Assert.Contains("no such file", item.Problem!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnreadableFile_PermissionDenied()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            Assert.Skip("root (or Windows) can read any file, so permissions cannot be tested here");
            return;
        }
        using var dir = new TempDir();
        var path = dir.Write("secret.txt", Good);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.None);
        }
        var item = Assert.Single(new Ingestor().Read([path]));
        Assert.Contains("permission", item.Problem!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SymlinkLoop_Terminates()
    {
        using var dir = new TempDir();
        dir.Write("a/one.txt", Good);
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "a", "loop"), Path.Combine(dir.Path, "a"));
        var docs = new Ingestor().Read([dir.Path]).Select(i => i.Document).OfType<SourceDocument>().ToList();
        Assert.Single(docs);
    }

    [Fact]
    public void Read_NulBytesInText_Removed()
    {
        using var dir = new TempDir();
        var path = dir.Write("nul.txt", Encoding.UTF8.GetBytes("Flood\nAt least 42\0 people were killed."));
        var doc = Assert.Single(new Ingestor().Read([path])).Document!;
        Assert.DoesNotContain('\0', doc.Text);
    }
}

/// <summary>Regressions found by the fuzz harness (docs/fuzzing.md).</summary>
public sealed class FuzzRegressionTests
{
    [Theory]
    [InlineData("<?xml version=\"1.0\"?><rss version=\"2.J\"><channel><title>x</title></channel></rss>")]
    [InlineData("<rss version=\"\"><channel><title>x</title><item><title>a</title></item></channel></rss>")]
    public void FeedReader_UnsupportedRssVersion_ProblemNotException(string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        var items = new FeedReader().Read("odd.rss", stream, IngestOptions.Default).ToList();
        var problem = Assert.Single(items).Problem;
        Assert.NotNull(problem);
        Assert.Contains("malformed feed", problem.Reason, StringComparison.Ordinal);
    }
}
