using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Triangulate.Rendering;
using Triangulate.Rendering.Html;
using Triangulate.Storage.Output;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Rendering;

public sealed class HtmlRendererTests
{
    private static readonly string s_html = HtmlRenderer.Render(SomeDossier.Small());

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Fact]
    public void Render_HostileArticle_OnlyOwnScriptsAndStyle()
    {
        // Given a dossier whose article, title, outlet, entity, quote, flag and removed text carry script, style and handler injections
        var doc = Parse(s_html);

        // Then the page has exactly our script, our JSON island and our stylesheet
        var scripts = doc.QuerySelectorAll("script");
        Assert.Equal(2, scripts.Length);
        Assert.Equal("application/json", scripts[0].GetAttribute("type"));
        Assert.Null(scripts[1].GetAttribute("type"));
        Assert.Equal(HtmlAssets.Js, scripts[1].TextContent);
        Assert.Single(doc.QuerySelectorAll("style"));
        Assert.Equal(HtmlAssets.Css, doc.QuerySelector("style")!.TextContent);
        Assert.Empty(doc.QuerySelectorAll("img, iframe, object, embed, textarea, form, base"));
        Assert.Empty(doc.QuerySelectorAll("#articles b, #articles i, #articles u, h1 *, #entities u, #quotes u, #flags b"));
        foreach (var el in doc.All)
        {
            foreach (var attr in el.Attributes)
            {
                Assert.False(attr.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{el.TagName} has handler {attr.Name}");
                Assert.DoesNotContain("javascript:", attr.Value, StringComparison.OrdinalIgnoreCase);
            }
        }
        // And the hostile text is still there, as text
        Assert.Contains("<script>window.__pwned = 1; alert('xss')</script>", doc.GetElementById("doc-d4e5f6a7")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("</style><style>body{display:none}</style>", doc.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("<script>alert('title')</script><b>Bold</b>", doc.QuerySelector("#doc-d4e5f6a7 h3")!.TextContent);
    }

    [Fact]
    public void Render_ContentSecurityPolicy_HashesOwnStyleAndScript()
    {
        var csp = Parse(s_html).QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content")!;

        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains($"script-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(HtmlAssets.Js)))}'", csp, StringComparison.Ordinal);
        Assert.Contains($"style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(HtmlAssets.Css)))}'", csp, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_JsonIsland_EscapesLessThanAndParses()
    {
        var island = Parse(s_html).GetElementById("triangulate-data")!.TextContent;

        Assert.DoesNotContain("<", island, StringComparison.Ordinal);
        Assert.Contains("\\u003c", island, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(island);
        var titles = json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("title").GetString()).ToList();
        Assert.Contains("<script>alert('title')</script><b>Bold</b>", titles);
        Assert.Equal(SomeDossier.Small().Claims.Count, json.RootElement.GetProperty("claims").GetArrayLength());
    }

    [Fact]
    public void Render_EveryInternalLink_HasATarget()
    {
        var doc = Parse(s_html);
        var ids = doc.All.Select(e => e.Id).Where(id => !string.IsNullOrEmpty(id)).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var targets = ids.ToHashSet(StringComparer.Ordinal);
        foreach (var a in doc.QuerySelectorAll("a[href^='#']"))
        {
            var id = a.GetAttribute("href")![1..];
            Assert.True(targets.Contains(id), $"dangling link #{id}");
        }
    }

    [Fact]
    public void Render_Claims_RowPerClaimWithSentenceAndFigureMarked()
    {
        var d = SomeDossier.Small();
        var doc = Parse(s_html);

        foreach (var c in d.Claims)
        {
            var row = doc.GetElementById("claim-" + HtmlText.Slug(c.Id));
            Assert.NotNull(row);
            Assert.Equal(c.Span, row!.QuerySelector("td.sent mark.fig")!.TextContent);
            var text = d.Document(c.Doc)!.Text;
            Assert.Contains(text[c.SentenceStart..c.Start].Trim(), row.QuerySelector("td.sent")!.TextContent, StringComparison.Ordinal);
            // the article anchor holds the same words
            Assert.Equal(c.Span, doc.GetElementById("a-" + HtmlText.Slug(c.Id))!.TextContent);
        }
    }

    [Fact]
    public void Render_SeriesChart_PointPerClaimLinkingToClaimRow()
    {
        var doc = Parse(s_html);

        var card = doc.GetElementById("series-s-killed-civilians")!;
        var links = card.QuerySelectorAll("svg a.pt-link").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#claim-c-a-1", "#claim-c-b-1", "#claim-c-c-2"], links);
        Assert.Contains("973", card.QuerySelector(".lbh .best")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Map_CirclePerGeocodedPlace()
    {
        var doc = Parse(s_html);

        var circles = doc.QuerySelectorAll("#map circle.place");
        Assert.Equal(3, circles.Length);
        Assert.Contains("the mountains", doc.GetElementById("places")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NothingExtracted_SaysNotExtractedYet()
    {
        var doc = Parse(HtmlRenderer.Render(SomeDossier.NothingExtracted()));

        foreach (var section in new[] { "figures", "flags", "claims", "timeline", "places", "copies", "entities", "quotes" })
        {
            Assert.Equal("not-extracted", doc.QuerySelector($"#{section} .empty")?.GetAttribute("data-empty"));
        }
    }

    [Fact]
    public void Render_EmptyButExtracted_SaysNoneFound()
    {
        var d = SomeDossier.Small() with { Quotes = [], Flags = [], Timeline = [] };

        var doc = Parse(HtmlRenderer.Render(d));

        foreach (var section in new[] { "flags", "timeline", "quotes" })
        {
            Assert.Equal("none-found", doc.QuerySelector($"#{section} .empty")?.GetAttribute("data-empty"));
        }
    }

    [Fact]
    public void Write_Registered_WritesDossierHtml()
    {
        using var dir = new TempDir();

        var paths = DossierWriter.Write(SomeDossier.Small(), dir.Path, [Renderers.Find("html")!]);

        Assert.Equal([dir.File("dossier.html")], paths);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(paths[0]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("c-1a2b-007", "c-1a2b-007")]
    [InlineData("a b", "a.0020b")]
    [InlineData("\"><script>", ".0022.003E.003Cscript.003E")]
    public void Slug_AnyId_FragmentSafe(string id, string expected) => Assert.Equal(expected, HtmlText.Slug(id));

    [Theory]
    [InlineData("https://example.org/a?b=1", "https://example.org/a?b=1")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData(" JAVASCRIPT:alert(1)", null)]
    [InlineData("data:text/html,<script>", null)]
    [InlineData("/relative", null)]
    public void SafeHttpUrl_Schemes_OnlyHttp(string url, string? expected) => Assert.Equal(expected, HtmlText.SafeHttpUrl(url));

    [FsCheck.Xunit.Property]
    public bool Escape_AnyText_HasNoMarkupCharacters(string? text)
    {
        var e = HtmlText.Escape(text);
        return !e.Contains('<') && !e.Contains('>') && !e.Contains('"') && !e.Contains('\'');
    }
}

public sealed class HtmlArticleSpanTests
{
    [Fact]
    public void Render_FigureInsideQuote_NestsMarks()
    {
        // Given a quote that contains a figure, and a claim that crosses the quote's end
        var text = "He said \"at least 40 people died here\" and 7 more later.";
        var doc = new Triangulate.Model.DossierDocument("d", "d.txt", text);
        int At(string s) => text.IndexOf(s, StringComparison.Ordinal);
        var d = new Triangulate.Model.Dossier
        {
            Documents = [doc],
            Quotes = [new Triangulate.Model.Quote("d", At("at least"), At("\" and"), "at least 40 people died here")],
            Claims =
            [
                new Triangulate.Model.FigureClaim("c1", "d", At("at least"), At(" died"), "at least 40 people", "killed", 40, Triangulate.Model.Qualifier.AtLeast),
                new Triangulate.Model.FigureClaim("c2", "d", At("here"), At(" later"), "here\" and 7 more", "killed", 7, Triangulate.Model.Qualifier.Exact),
            ],
        };

        // When
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(HtmlRenderer.Render(d));

        // Then the figure is marked inside the quote, the crossing claim keeps an anchor, and the text is unchanged
        Assert.Equal("at least 40 people", html.QuerySelector("mark.qt > mark.fig#a-c1")!.TextContent);
        Assert.NotNull(html.QuerySelector("span.anchor#a-c2"));
        Assert.Equal(text, html.QuerySelector("#doc-d .body")!.TextContent);
    }

    [Fact]
    public void Render_ClaimWithoutSentenceBounds_ShowsWordsAround()
    {
        var text = "First sentence here. Then 30 people were hurt in the blast. Last one.";
        var start = text.IndexOf("30 people", StringComparison.Ordinal);
        var d = new Triangulate.Model.Dossier
        {
            Documents = [new Triangulate.Model.DossierDocument("d", "d.txt", text)],
            Claims = [new Triangulate.Model.FigureClaim("c", "d", start, start + 9, "30 people", "injured", 30, Triangulate.Model.Qualifier.Exact)],
        };

        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(HtmlRenderer.Render(d));

        Assert.StartsWith("“Then 30 people were hurt in the blast.”", html.QuerySelector("#claim-c td.sent")!.TextContent, StringComparison.Ordinal);
    }
}
