using AngleSharp.Html.Parser;
using Triangulate.Rendering.Html;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Rendering;

/// <summary>The report names things the way a reader does: sources by outlet and headline, a title from the event, figures with their qualifier words.</summary>
public sealed class ReadableReportTests
{
    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Fact]
    public void Title_NoTitleGiven_IsMeasurePlaceAndMonthOfTheEvent()
    {
        // Given the synthetic story (killings, Hill Town named by two articles, figures of March 2025) and no explicit title
        var doc = Parse(HtmlRenderer.Render(SomeDossier.Small()));

        // Then the heading is built from the event, not from the cluster's keyword label
        Assert.Equal("Killings in Hill Town, March 2025", doc.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Killings in Hill Town, March 2025", doc.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadlineTiles_AreLinksToTheirClaim_WithQualifierWords()
    {
        // Given the civilians series: low 745 ("at least 745", the later of two copies), best and high 973 (exact)
        var doc = Parse(HtmlRenderer.Render(SomeDossier.Small()));
        var tiles = doc.QuerySelectorAll("#series-s-killed-civilians .lbh a.tile");

        // Then each tile links to the claim row that states it, and the qualified one keeps its words
        Assert.Equal(3, tiles.Length);
        Assert.Equal("#claim-c-b-1", tiles[0].GetAttribute("href"));
        Assert.Equal("at least", tiles[0].QuerySelector("i")!.TextContent);
        Assert.Equal("745", tiles[0].QuerySelector("b")!.TextContent);
        Assert.Equal("#claim-c-c-2", tiles[1].GetAttribute("href"));
        Assert.DoesNotContain("at least", tiles[1].TextContent, StringComparison.Ordinal);
        Assert.NotNull(doc.GetElementById("claim-c-b-1"));
    }

    [Fact]
    public void OriginNames_UnattributedDocument_ShownByOutletWithIdInTooltip()
    {
        // Given a series whose origin is the unattributed text of one document, named by its id
        var small = SomeDossier.Small();
        var dossier = small with
        {
            Series = [small.Series[0] with { OriginNames = ["unattributed (document c3d4e5f6)"], Estimate = small.Series[0].Estimate with { Why = "Rests on c3d4e5f6 alone." } }, .. small.Series.Skip(1)],
        };
        var doc = Parse(HtmlRenderer.Render(dossier));
        var card = doc.GetElementById("series-s-killed-civilians")!;

        // Then the reader sees the outlet, never the id; the id stays in the article link's tooltip
        Assert.Contains("unattributed (Evening Post)", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Rests on Evening Post alone.", card.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("c3d4e5f6", card.TextContent, StringComparison.Ordinal);
        var outletLink = doc.QuerySelector("#claim-c-c-1 td[data-label=Outlet] a")!;
        Assert.Equal("Evening Post", outletLink.TextContent);
        Assert.Contains("document c3d4e5f6", outletLink.GetAttribute("title"), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_StageTextNamesDocumentsByOutlet_ClaimIdsKeptToCheck()
    {
        // Given stage-written text that names a document by its id: an origin, an estimate's reason, a step of the series, a flag
        var small = SomeDossier.Small();
        var series = small.Series[0];
        var dossier = small with
        {
            Series = [series with
            {
                OriginNames = ["unattributed (document c3d4e5f6)"],
                Estimate = series.Estimate with { Why = "Rests on c3d4e5f6 alone." },
                Steps = [new SeriesStep(series.Points[0], series.Points[^1], SeriesRelation.Update, "later than the figure in c3d4e5f6")],
            }, .. small.Series.Skip(1)],
            Flags = [new ConsistencyFlag(FlagKind.ConflictingValuesSameTime, ["c-c-1"], ["c3d4e5f6"], "745 (unattributed (document c3d4e5f6), c3d4e5f6) cannot hold")],
        };

        var md = Triangulate.Rendering.Markdown.MarkdownRenderer.Render(dossier);
        var prose = md[..md.IndexOf("## Claims", StringComparison.Ordinal)];

        // Then the prose names the outlet, never the hex id, while each claim keeps the id a reader can look up
        Assert.Contains("unattributed (Evening Post)", prose, StringComparison.Ordinal);
        Assert.Contains("Rests on Evening Post alone.", prose, StringComparison.Ordinal);
        Assert.Contains("later than the figure in Evening Post", prose, StringComparison.Ordinal);
        Assert.Contains("745 (unattributed (Evening Post), Evening Post) cannot hold (claims `c-c-1`)", prose, StringComparison.Ordinal);
        Assert.DoesNotContain("c3d4e5f6", prose, StringComparison.Ordinal);
        Assert.Contains("| `c3d4e5f6` |", md[md.IndexOf("## Documents", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentWithoutOutlet_LabelledByItsHeadline()
    {
        // Given an article with no outlet but a long headline
        var small = SomeDossier.Small();
        var dossier = small with { Documents = [.. small.Documents.Select(d => d.Id == "c3d4e5f6" ? d with { Outlet = null, Title = "Death toll passes 1,300 as families flee to the mountains around the capital" } : d)] };
        var doc = Parse(HtmlRenderer.Render(dossier));

        // Then its links read as the headline, shortened at a word, not as its file name
        var label = doc.QuerySelector("#claim-c-c-1 td[data-label=Outlet] a")!.TextContent;
        Assert.StartsWith("“Death toll passes 1,300 as families flee", label, StringComparison.Ordinal);
        Assert.EndsWith("…”", label, StringComparison.Ordinal);
        Assert.True(label.Length <= 50);
    }

    [Fact]
    public void BackgroundFigures_ListedApartFromTheEventsSeries()
    {
        // Given a claim about an earlier event
        var small = SomeDossier.Small();
        var dossier = small with { Claims = [.. small.Claims.Select(c => c.Id == "c-a-2" ? c with { EventScope = FigureClaim.Background } : c)] };
        var doc = Parse(HtmlRenderer.Render(dossier));

        // Then it has its own list, linked to its row, and its row is badged
        var box = doc.GetElementById("background-figures");
        Assert.NotNull(box);
        Assert.Equal("#claim-c-a-2", box!.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("background", doc.GetElementById("claim-c-a-2")!.TextContent, StringComparison.Ordinal);
        Assert.Null(Parse(HtmlRenderer.Render(small)).GetElementById("background-figures"));
    }

    [Fact]
    public void Chart_HasADescriptiveAccessibleName()
    {
        var doc = Parse(HtmlRenderer.Render(SomeDossier.Small()));

        var name = doc.QuerySelector("#series-s-killed-civilians svg.chart")!.GetAttribute("aria-label");

        Assert.Equal("img", doc.QuerySelector("#series-s-killed-civilians svg.chart")!.GetAttribute("role"));
        Assert.Contains("3 claims", name, StringComparison.Ordinal);
        Assert.Contains("from 745 to 973", name, StringComparison.Ordinal);
        Assert.Contains("best estimate 973", name, StringComparison.Ordinal);
    }
}
