using Triangulate.Cleaning;
using Triangulate.Ingest;
using Triangulate.Ingest.Html;
using Triangulate.Linking.Reuse;

namespace Triangulate.Tests.Ingest;

/// <summary>Photo captions an HTML page keeps in figure/figcaption: left out of the main text, handed to the cleaner as removed
/// <c>caption</c> blocks (empty span at the original text's end), and read by the reuse stage as self-repeats. Pages of our own.</summary>
public sealed class HtmlCaptionTests
{
    private const string Para1 = "The storm brought down power lines across the valley overnight, leaving some forty thousand homes without electricity and water.";
    private const string Para2 = "Engineers from three neighbouring provinces arrived at dawn, and the utility said most supplies would return within two days.";
    private const string Para3 = "Schools stayed closed on Thursday, while the mayor asked residents to stay off the roads until fallen trees were cleared.";
    private const string Caption = "Workers repair a damaged pylon outside the valley town";

    private static string Page(string body) => $"<!doctype html><html><head><title>Storm</title></head><body>{body}</body></html>";

    private static string Article(string figures) => Page($"""
        <article>
          <p>{Para1}</p>
          {figures}
          <p>{Para2}</p><p>{Para3}</p>
        </article>
        """);

    [Fact]
    public void Extract_Figcaption_LeftOutOfTextButListedAsCaption()
    {
        var article = HtmlArticleExtractor.Extract(Article($"""<figure><img src="a.jpg" alt=""><figcaption>{Caption} (Jo Lens/Wire)</figcaption></figure>"""));

        Assert.DoesNotContain("pylon", article.Text, StringComparison.Ordinal);
        Assert.Equal([Caption + " (Jo Lens/Wire)"], article.Captions);
    }

    [Fact]
    public void Extract_CaptionPrintedTwice_BothKeptInPageOrder()
    {
        var article = HtmlArticleExtractor.Extract(Article($"""
            <figure><img src="a.jpg"><figcaption>{Caption}</figcaption></figure>
            <figure><img src="b.jpg"><figcaption>{Caption} (Jo Lens/Wire)</figcaption></figure>
            <figure><img src="c.jpg"></figure>
            """));

        Assert.Equal([Caption, Caption + " (Jo Lens/Wire)"], article.Captions);
    }

    [Fact]
    public void Extract_RelatedBoxAndAsideFigures_AreNotTheArticlesCaptions()
    {
        var article = HtmlArticleExtractor.Extract(Article("""
            <div class="related-stories"><figure><img src="r.jpg"><figcaption>Another town counts the cost of a dry summer</figcaption></figure></div>
            <aside><figure><img src="s.jpg"><figcaption>Our weekly newsletter picks</figcaption></figure></aside>
            """));

        Assert.Null(article.Captions);
    }

    [Fact]
    public void Extract_FigureWithoutFigcaption_ItsOwnTextIsTheCaption()
    {
        var article = HtmlArticleExtractor.Extract(Article($"""<figure><img src="a.jpg"><span>{Caption}</span></figure>"""));

        Assert.Equal([Caption], article.Captions);
    }

    [Fact]
    public void Clean_SetAsideCaption_RemovedBlockAtTheEndAndTextUnchanged()
    {
        var html = Article($"""<figure><img src="a.jpg"><figcaption>{Caption}</figcaption></figure>""");
        var source = new HtmlReader().FromHtml("storm.html", html, "utf-8", html.Length).Document!;
        var withoutCaptions = source with { Captions = null };

        var clean = new BoilerplateCleaner().Clean(source);
        var reference = new BoilerplateCleaner().Clean(withoutCaptions);

        Assert.Equal(reference.Text, clean.Text);
        Assert.Equal(reference.Map.Segments, clean.Map.Segments);
        var block = Assert.Single(clean.Removed, r => r.Text == Caption);
        Assert.Equal("caption", block.Kind);
        Assert.Equal(source.Text.Length, block.Start);
        Assert.Equal(block.Start, block.End);
        // Every other removal still quotes the original text.
        Assert.All(clean.Removed.Where(r => r != block), r => Assert.Equal(source.Text[r.Start..r.End], r.Text));
    }

    [Fact]
    public void Clean_SetAsideCaptionWithADate_KeepsTheDateItStates()
    {
        // Given: a figcaption that dates its photo; the caption is never in the text, but its date is not lost
        var html = Article($"""<figure><img src="a.jpg"><figcaption>{Caption} on Tuesday, Nov. 12, 2019.</figcaption></figure><figure><figcaption>{Caption}</figcaption></figure>""");
        var source = new HtmlReader().FromHtml("storm.html", html, "utf-8", html.Length).Document!;
        // When
        var clean = new BoilerplateCleaner().Clean(source);
        // Then: the dated caption carries its day; the undated one stays undated
        Assert.Equal("2019-11-12", Assert.Single(clean.Removed, r => r.Kind == "caption" && r.Text.Contains("2019", StringComparison.Ordinal)).Date);
        Assert.Null(Assert.Single(clean.Removed, r => r.Kind == "caption" && r.Text == Caption).Date);
    }

    [Fact]
    public void Reuse_CaptionPrintedAgainAsALine_SelfRepeat()
    {
        // Given a page whose figcaption also stands as a line of the body
        var html = Article($"""<figure><img src="a.jpg"><figcaption>{Caption}</figcaption></figure><p>{Caption}</p>""");
        var doc = Pipeline(html);

        // When
        var link = Assert.Single(new ReuseDetector().Detect([doc]));

        // Then the kept line is the passage's first side
        Assert.Equal(ReuseKind.SelfRepeat, link.Kind);
        Assert.Contains(link.Passages, p => doc.Text[p.AStart..p.AEnd] == Caption);
        Assert.Contains("caption", link.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Reuse_CaptionWithAndWithoutCredit_SelfRepeat()
    {
        var html = Article($"""
            <figure><img src="a.jpg"><figcaption>{Caption}</figcaption></figure>
            <figure><img src="b.jpg"><figcaption>{Caption} (Jo Lens/Wire)</figcaption></figure>
            """);
        var doc = Pipeline(html);

        var link = Assert.Single(new ReuseDetector().Detect([doc]));

        Assert.Equal(ReuseKind.SelfRepeat, link.Kind);
    }

    [Fact]
    public void Reuse_OneCaptionNotInTheText_NoSelfRepeat()
    {
        var doc = Pipeline(Article($"""<figure><img src="a.jpg"><figcaption>{Caption}</figcaption></figure>"""));

        Assert.Empty(new ReuseDetector().Detect([doc]));
    }

    private static DossierDocument Pipeline(string html)
    {
        var source = new HtmlReader().FromHtml("storm.html", html, "utf-8", html.Length).Document!;
        return DossierDocuments.FromCleaned(new BoilerplateCleaner().Clean(source));
    }
}
