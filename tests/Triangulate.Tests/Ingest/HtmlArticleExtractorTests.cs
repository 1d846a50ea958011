using System.Text;
using Triangulate.Ingest.Html;

namespace Triangulate.Tests.Ingest;

public sealed class HtmlArticleExtractorTests
{
    private const string Para1 = "The river rose by four metres overnight, flooding the lower town and forcing hundreds of families, many of them elderly, to leave their homes before dawn.";
    private const string Para2 = "Rescue crews worked through the morning, using boats, tractors and a borrowed ferry, while the regional authority opened three schools as shelters.";
    private const string Para3 = "Officials said the water would recede slowly, and warned that roads, bridges and the main rail line could stay closed for at least a week.";

    private static string Page(string body) => $"<!doctype html><html><head><title>Flood</title></head><body>{body}</body></html>";

    [Fact]
    public void Extract_ShareBarBylineAndRelatedLinks_AreDropped()
    {
        var html = Page($"""
            <nav><a href="/">Home</a><a href="/world">World</a></nav>
            <article>
              <h1>River floods the lower town</h1>
              <div class="article-byline">By Jane Writer</div>
              <div class="story-share-bar"><a href="#">Share on Facebook</a><a href="#">Tweet</a></div>
              <p>{Para1}</p><p>{Para2}</p><p>{Para3}</p>
              <div class="related-stories"><ul><li><a href="/a">Another story about weather, rain and damage</a></li><li><a href="/b">A second story about the weather forecast</a></li></ul></div>
              <p>Sign up for our newsletter to get the news first.</p>
            </article>
            <footer>Copyright 2026 Example Media</footer>
            """);
        var text = HtmlArticleExtractor.Extract(html).Text;
        Assert.Contains(Para1, text, StringComparison.Ordinal);
        Assert.Contains(Para3, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Jane Writer", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tweet", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Another story", text, StringComparison.Ordinal);
        Assert.DoesNotContain("newsletter", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ArticleSplitAcrossContainers_KeepsEveryPartInOrder()
    {
        var html = Page($"""
            <main>
              <div class="body-part"><p>{Para1}</p><p>{Para1.Replace("river", "stream", StringComparison.Ordinal)}</p></div>
              <div class="ad-slot"><span>Advertisement</span></div>
              <section><div class="body-part"><p>{Para2}</p><p>{Para2.Replace("crews", "teams", StringComparison.Ordinal)}</p></div></section>
              <div class="body-part"><p>{Para3}</p></div>
            </main>
            """);
        var text = HtmlArticleExtractor.Extract(html).Text;
        var i1 = text.IndexOf(Para1, StringComparison.Ordinal);
        var i2 = text.IndexOf(Para2, StringComparison.Ordinal);
        var i3 = text.IndexOf(Para3, StringComparison.Ordinal);
        Assert.True(i1 >= 0 && i2 > i1 && i3 > i2, text);
        Assert.DoesNotContain("Advertisement", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SubheadingsAndListsInsideArticle_AreKept()
    {
        var html = Page($"""
            <div class="content">
              <p>{Para1}</p>
              <h2>What residents should do</h2>
              <ul><li>Boil drinking water before use, for at least a minute.</li><li>Stay away from flooded roads and fast-moving water.</li></ul>
              <p>{Para2}</p><p>{Para3}</p>
            </div>
            <div class="sidebar"><p>Most read: a cat, a dog and a parrot walk into a bar, and the rest is history.</p></div>
            """);
        var text = HtmlArticleExtractor.Extract(html).Text;
        Assert.Contains("What residents should do", text, StringComparison.Ordinal);
        Assert.Contains("Boil drinking water before use, for at least a minute.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("parrot", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_WholePageInsideNegativeWrapper_FallsBackToLooserRules()
    {
        // A layout wrapper whose class carries a furniture word ("has-sidebar") must not hide the article.
        var html = Page($"""<div class="page has-sidebar"><form id="aspnetForm"><div><p>{Para1}</p><p>{Para2}</p><p>{Para3}</p></div></form></div>""");
        var text = HtmlArticleExtractor.Extract(html).Text;
        Assert.Contains(Para2, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DeeplyNestedPage_DoesNotOverflow()
    {
        var sb = new StringBuilder();
        const int depth = 1_500; // under HtmlDepthGuard.MaxDepth, so the DOM path runs
        for (var i = 0; i < depth; i++)
        {
            sb.Append("<div>");
        }
        sb.Append("<p>").Append(Para1).Append("</p><p>").Append(Para2).Append("</p>");
        for (var i = 0; i < depth; i++)
        {
            sb.Append("</div>");
        }
        var text = HtmlArticleExtractor.Extract(Page(sb.ToString())).Text;
        Assert.Contains(Para1, text, StringComparison.Ordinal);
    }
}
