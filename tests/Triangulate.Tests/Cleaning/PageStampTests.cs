using Triangulate.Cleaning;
using Triangulate.Ingest;
using Triangulate.Ingest.Html;

namespace Triangulate.Tests.Cleaning;

/// <summary>Publication dates from the page itself when the file has no metadata date: the URL path and stamp lines (issue 21),
/// on pages and URLs of our own.</summary>
public sealed class PageStampTests
{
    private const string Body = "The river rose by four metres overnight, flooding the lower town and forcing hundreds of families to leave their homes before dawn.\n"
        + "Rescue crews worked through the morning, using boats and tractors, while the regional authority opened three schools as shelters.";

    private static PublishedDate? PublishedOf(string text, string? url = null) =>
        DossierDocuments.PublishedOf(new BoilerplateCleaner().Clean(new SourceDocument("t.txt", text, "txt") { Url = url }));

    [Theory]
    [InlineData("https://news.example.org/2021/05/04/river-floods-lower-town/", "2021-05-04")]
    [InlineData("https://news.example.org/world/2021/05/04/river-floods-lower-town.html", "2021-05-04")]
    [InlineData("https://news.example.org/articles/5123/20210504/river-floods-lower-town.htm", "2021-05-04")]
    [InlineData("https://news.example.org/river-floods-lower-town-2021-05-04-a1", "2021-05-04")]
    [InlineData("https://news.example.org/2021/05/river-floods-lower-town/", "2021-05")]
    public void UrlDate_DatedPaths_AreRead(string url, string expected)
    {
        Assert.Equal(expected, PageStamps.UrlDate(url)?.Date);
    }

    [Theory]
    [InlineData("https://news.example.org/world/river-floods-lower-town/a-18530192")]
    [InlineData("https://news.example.org/2021/13/40/river-floods/")] // no month 13
    [InlineData("https://news.example.org/news/20211399/river-floods/")]
    [InlineData("https://news.example.org/1750/05/04/river-floods/")] // no web page of 1750
    [InlineData("not a url")]
    public void UrlDate_UndatedOrImpossiblePaths_GiveNothing(string url)
    {
        Assert.Null(PageStamps.UrlDate(url));
    }

    [Fact]
    public void PublishedOf_NoTextOrMetadataDate_TakesTheUrlDateAndSaysSo()
    {
        var published = PublishedOf("River floods the lower town\n\n" + Body, "https://news.example.org/2021/05/04/river-floods/");
        Assert.NotNull(published);
        Assert.Equal("2021-05-04", published.Date);
        Assert.Equal(DateBasis.Url, published.How);
        Assert.Contains("/2021/05/04/", published.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void PublishedOf_StampInTheText_OutranksTheUrl()
    {
        var published = PublishedOf("River floods the lower town\nPosted on May 5, 2021 by Desk Staff in World\n\n" + Body, "https://news.example.org/2021/05/04/river-floods/");
        Assert.Equal("2021-05-05", published?.Date);
        Assert.Equal(DateBasis.Stated, published?.How);
    }

    [Fact]
    public void PublishedOf_PublishedAndUpdatedStamps_KeepsTheFirstPublication()
    {
        var published = PublishedOf("River floods the lower town\nUpdated: June 2, 2021 | 09:10\nFirst published on May 4, 2021\n\n" + Body);
        Assert.Equal("2021-05-04", published?.Date);
    }

    [Fact]
    public void PublishedOf_OnlyAnUpdatedStamp_IsAWeakerPublicationDate()
    {
        // An update stamp is when the page last changed, which can be years after the story: kept, but with less confidence.
        var published = PublishedOf("River floods the lower town\nUpdated - June 2, 2024 10:15 am\n\n" + Body);
        Assert.Equal("2024-06-02", published?.Date);
        Assert.True(published?.Confidence < 1);
        Assert.Contains("update stamp", published?.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void DoubtFarStamps_UpdateStampWeeksAwayAndAnyStampYearsAway_AreDropped()
    {
        var focus = new DateOnly(2021, 5, 4);
        PublishedDate?[] published =
        [
            new PublishedDate("2021-06-20", DatePrecision.Day, DateBasis.Stated) { Confidence = 0.6 }, // update stamp 47 days on
            new PublishedDate("2021-05-06", DatePrecision.Day, DateBasis.Stated) { Confidence = 0.6 }, // update stamp two days on
            new PublishedDate("2041-01-10", DatePrecision.Day, DateBasis.Stated), // a date decades on
            new PublishedDate("2021-11-10", DatePrecision.Day, DateBasis.Stated), // a follow-up half a year on
            new PublishedDate("2021-06-20", DatePrecision.Day, DateBasis.Stated), // a first publication 47 days on
            new PublishedDate("2025-01-10", DatePrecision.Day, DateBasis.Metadata), // metadata is not doubted
            new PublishedDate("1999-02-01", DatePrecision.Day, DateBasis.Url),
        ];
        Assert.True(Triangulate.Extraction.Time.TimePass.DoubtFarStamps(published, focus));
        Assert.Null(published[0]);
        Assert.NotNull(published[1]);
        Assert.Null(published[2]);
        Assert.NotNull(published[3]);
        Assert.NotNull(published[4]);
        Assert.NotNull(published[5]);
        Assert.Null(published[6]);
        Assert.False(Triangulate.Extraction.Time.TimePass.DoubtFarStamps(published, null));
    }

    [Fact]
    public void PublishedOf_PublishedStampBelowTheTop_OutranksAScrapeDateLine()
    {
        var published = PublishedOf("River floods the lower town\nSeptember 9, 2025\n12° C, Cloudy\n\n" + Body + "\nThis article was published 5/5/2021 (1500 days ago), so information in it may no longer be current.\n" + Body);
        Assert.Equal("2021-05-05", published?.Date);
    }

    [Fact]
    public void PublishedOf_ProseMentioningAPublication_IsNoStamp()
    {
        var published = PublishedOf("River floods the lower town\n\nThe report, published on May 4, 2019, warned of the risk.\n" + Body);
        Assert.NotEqual("2019-05-04", published?.Date);
    }

    [Fact]
    public void PublishedOf_BylineWithADateAtTheEnd_DatesThePage()
    {
        var filler = string.Concat(Enumerable.Repeat(Body + "\n", 6));
        var published = PublishedOf("River floods the lower town\n\n" + filler + "By The Valley Wire | May 6, 2021\n");
        Assert.Equal("2021-05-06", published?.Date);
    }

    [Fact]
    public void HtmlPage_PublishedLineDroppedWithTheByline_IsKeptAsAStamp()
    {
        var html = $"""
            <!doctype html><html><head><title>Flood</title></head><body><article>
            <p>Published: 4 May 2021 | 10:30</p>
            <p>{Body.Replace("\n", "</p><p>", StringComparison.Ordinal)}</p>
            <p>The regional authority said the water would recede slowly over the coming days, and roads could stay closed.</p>
            </article></body></html>
            """;
        var article = HtmlArticleExtractor.Extract(html);
        Assert.DoesNotContain("Published", article.Text, StringComparison.Ordinal);
        Assert.Contains(article.Stamps ?? [], s => s.Contains("4 May 2021", StringComparison.Ordinal));
        var doc = new BoilerplateCleaner().Clean(new SourceDocument("t.html", article.Text, "html") { Stamps = article.Stamps });
        var published = DossierDocuments.PublishedOf(doc);
        Assert.Equal("2021-05-04", published?.Date);
        Assert.Equal(DateBasis.Stated, published?.How);
        Assert.Contains("page stamp", published?.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlPage_DatedTimestampElement_IsAStampWhenTheMetadataHasNoDate()
    {
        var html = $"""
            <!doctype html><html><head><title>Flood</title></head><body>
            <div class="post-meta"><span class="post-date">May 4, 2021</span></div>
            <article><p>{Body.Replace("\n", "</p><p>", StringComparison.Ordinal)}</p>
            <p>The regional authority said the water would recede slowly over the coming days, and roads could stay closed.</p></article>
            </body></html>
            """;
        var article = HtmlArticleExtractor.Extract(html);
        Assert.Contains(article.Stamps ?? [], s => s.Contains("May 4, 2021", StringComparison.Ordinal));
    }

    [Fact]
    public void HtmlPage_StampElementBesideAMetadataDate_IsKeptAsADatedRemovedBlock()
    {
        // Given: a page whose metadata dates it and whose byline holds a <time> stamp with a clock time and zone
        var html = $"""
            <!doctype html><html><head><title>Flood</title><meta property="article:published_time" content="2021-05-04T09:40:00+01:00"></head><body>
            <div class="article-byline">By Desk Staff &middot; <time>First posted: 04 May 2021 09:40 BST</time> | Updated: 05 May 2021 07:15 BST</div>
            <article><p>{Body.Replace("\n", "</p><p>", StringComparison.Ordinal)}</p>
            <p>The regional authority said the water would recede slowly over the coming days, and roads could stay closed.</p></article>
            </body></html>
            """;
        // When
        var article = HtmlArticleExtractor.Extract(html);
        var doc = new BoilerplateCleaner().Clean(new SourceDocument("t.html", article.Text, "html") { Stamps = article.Stamps, Published = article.Published });
        // Then: one removed timestamp block (the <time> inside the byline is left to the byline), an empty span at the end of the
        // text, dated to the first publication although the update comes later on the line; the text is unchanged
        var stamp = Assert.Single(doc.Removed, r => r.Rule == BoilerplateCleaner.SetAsideStampRule);
        Assert.Equal("timestamp", stamp.Kind);
        Assert.Equal("2021-05-04", stamp.Date);
        Assert.Equal(article.Text.Length, stamp.Start);
        Assert.Equal(stamp.Start, stamp.End);
        Assert.Contains("Updated: 05 May 2021", stamp.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("First posted", doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Last updated 9 June 2021 | First published 7 June 2021", "2021-06-07")]
    [InlineData("Posted: June 7, 2021 at 6:05 pm | Modified: June 9, 2021", "2021-06-07")]
    [InlineData("Written on 8 June 2021", "2021-06-08")]
    [InlineData("No date on this line at 18:30", null)]
    public void EarliestDateIn_StampLineWithTwoDates_KeepsTheFirstPublication(string line, string? expected)
    {
        Assert.Equal(expected, ResidueLines.EarliestDateIn(line));
    }

    [Theory]
    [InlineData("Published: 09.27.19 , 14:05", "2019-09-27")]
    [InlineData("Posted 11.14.2018 at 6:40 pm", "2018-11-14")]
    [InlineData("Published: 14.06.2021", "2021-06-14")]
    [InlineData("Published: 04.06.2021", "2021-06-04")]
    [InlineData("Published: 13.14.21", null)]
    public void DateIn_DottedStampWithASecondPartAboveTwelve_IsMonthFirst(string line, string? expected)
    {
        // A dotted date whose second part cannot be a month is month-first (US pages); two parts of 12 or less stay day-first.
        Assert.Equal(expected, ResidueLines.DateIn(line));
    }

    [Theory]
    [InlineData("Added On June 19, 2021\n")] // a video or feed page's stamp
    [InlineData("Coastal Wire |\nPublished: 06.19.21 , 09:12")] // a wire page's month-first dotted stamp under its desk credit
    public void PublishedOf_AddedOnOrDottedTwoDigitYearStamp_DatesThePage(string stamp)
    {
        Assert.Equal("2021-06-19", PublishedOf("River floods the lower town\n\n" + stamp + "\n" + Body)?.Date);
    }

    [Fact]
    public void PublishedOf_UpdateStampBeforeThePublicationOnOneLine_KeepsTheEarlierDate()
    {
        // An "Updated … | Published …" line (update first) dates the page by its first publication.
        var published = PublishedOf("River floods the lower town\nUpdated 9 June 2021 | Published 7 June 2021\n\n" + Body);
        Assert.Equal("2021-06-07", published?.Date);
    }

    [Theory]
    [InlineData("Published: 4 May 2021 | 10:30", 0)]
    [InlineData("Valley Courier | Updated: May 4, 2021 11:38 AM", 2)]
    [InlineData("Posted on May 4, 2021 by Desk Staff", 0)]
    [InlineData("May 4, 2021", 1)]
    [InlineData("By Jane Writer | May 4, 2021", 1)]
    public void RankOf_StampWords(string line, int rank)  // 0 published, 1 plain, 2 updated
    {
        Assert.Equal((PageStamps.StampRank)rank, PageStamps.RankOf(line));
    }
}
