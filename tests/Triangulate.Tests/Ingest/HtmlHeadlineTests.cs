using Triangulate.Ingest;
using Triangulate.Ingest.Html;

namespace Triangulate.Tests.Ingest;

/// <summary>The page's h1 is its headline (issue 20, item 4): it becomes a line of the text, so a figure in it is read.</summary>
public sealed class HtmlHeadlineTests
{
    private const string Body = "<p>Rescue teams searched the lower town of Holt through the night after the river burst its banks on Monday, officials said.</p>"
        + "<p>The regional governor said the dam had not been inspected since 2015, and that an inquiry would begin next week.</p>"
        + "<p>More rain is expected in the hills on Tuesday, and the lower town remains closed to traffic until further notice.</p>";

    private static SourceDocument Read(string head, string body)
    {
        var html = $"<html><head>{head}</head><body><article>{body}</article></body></html>";
        var item = new HtmlReader().FromHtml("page.html", html, "utf-8", html.Length);
        Assert.NotNull(item.Document);
        return item.Document!;
    }

    [Fact]
    public void Read_HeadlineWordedUnlikeTheTitle_BecomesALineAfterTheTitle()
    {
        var doc = Read("<title>Flood in Holt - The Valley Courier</title>", "<h1>Flood in Holt: 14 dead as the river bursts its banks</h1>" + Body);
        var lines = doc.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Flood in Holt - The Valley Courier", lines[0]);
        Assert.Equal("Flood in Holt: 14 dead as the river bursts its banks", lines[1]);
        Assert.Contains("Rescue teams searched the lower town", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeadlineSameAsTheTitle_WrittenOnce()
    {
        var doc = Read("<meta property=\"og:title\" content=\"Flood in Holt: 14 dead\">", "<h1>Flood in Holt: 14 dead</h1>" + Body);
        Assert.Equal(1, doc.Text.Split("Flood in Holt: 14 dead").Length - 1);
    }

    [Fact]
    public void Read_NoTitle_HeadlineOpensTheText()
    {
        var doc = Read(string.Empty, "<h1>Flood in Holt: 14 dead</h1>" + Body);
        Assert.StartsWith("Flood in Holt: 14 dead\n", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_MainTextStillLeavesTheHeadlineOut()
    {
        // The extractor's main text (what the extraction benchmark scores) is unchanged: the headline is metadata of the page.
        var article = HtmlArticleExtractor.Extract("<html><body><article><h1>Flood in Holt: 14 dead</h1>" + Body + "</article></body></html>");
        Assert.Equal("Flood in Holt: 14 dead", article.Headline);
        Assert.DoesNotContain("Flood in Holt: 14 dead", article.Text, StringComparison.Ordinal);
    }
}
