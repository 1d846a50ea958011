using Triangulate.Cleaning;
using Triangulate.Ingest;

namespace Triangulate.Tests.Cleaning;

/// <summary>More residue kinds (issue 20, items 1 and 3): the page addressing the reader, counters, stamps with a credit,
/// glued credits and placeholders, dateline tags, and short lines standing alone between paragraphs (the line score).</summary>
public sealed class MoreResidueKindTests
{
    private const string Body = "At least 14 people died when the river burst its banks in Holt on Monday, the governor said.";
    private const string After = "Rescue teams from three provinces were still searching the lower town on Tuesday evening.";

    private static CleanDocument Clean(string text) => new BoilerplateCleaner().Clean(new SourceDocument("t.txt", text, "txt"));

    [Theory]
    [InlineData("4 May 2021 13:11 (")]
    [InlineData("4 May 2021 13:11 ( ((")]
    [InlineData("- – •")]
    public void Clean_StampOrLineOfBracketsAndDashesOnly_DoesNotThrow(string line)
    {
        // A stamp followed by a lone bracket, or a line of dashes and bullets, once crashed the stamp and heading rules
        // (an index into an empty string); the property test over real-world tokens found it.
        var cleaned = Clean(Body + "\n\n" + line + "\n\n" + After);

        Assert.Contains("At least 14 people died", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("Rescue teams", cleaned.Text, StringComparison.Ordinal);
    }

    [Theory]
    // calls to action and comment forms
    [InlineData("Stay informed wherever you are. Download the Valley Courier app for alerts on the go.", "promo")]
    [InlineData("Please type your comment here", "promo")]
    [InlineData("To flag an offensive reply, please use the report button under the comment.", "promo")]
    [InlineData("Tap to follow", "promo")]
    [InlineData("Advertise with us", "promo")]
    [InlineData("Unlock 5 premium stories every week: start your free account today!", "promo")]
    // the page speaking of itself
    [InlineData("This story was first published in 2019, so some details in it may no longer be current.", "promo")]
    [InlineData("All content on this page belongs to its respective owners.", "promo")]
    // legal links and sponsors
    [InlineData("Readers' remarks are the views of their writers | Terms of service", "copyright")]
    [InlineData("Support for Valley Radio is provided by: [ad]", "copyright")]
    // counters and reactions
    [InlineData("(4) readers say", "comments")]
    [InlineData("12 likes · 3 replies · Share", "comments")]
    [InlineData("How do you feel about this? Sad 80% | Angry 15%", "comments")]
    [InlineData("Comment: Who checked the levee last year?", "comments")]
    // stamps with a short credit
    [InlineData("April 4, 2021 6:10 AM by WIRE", "timestamp")]
    [InlineData("2021-04-04 06:10 Wire Editor: Jo Brand", "timestamp")]
    // outlet names, foreign newsroom credits, labelled credits, picture notes
    [InlineData("The Valley Courier Online", "signature")]
    [InlineData("La rédaction de Holt Matin", "byline")]
    [InlineData("The regional news agency: Holt Presse", "credit")]
    [InlineData("(Cover picture: the lower town from the air - Photo: Jo Brand)", "credit")]
    // live, archive and gallery labels
    [InlineData("LIVE: Flood in the valley — the latest", "label")]
    [InlineData("From the archives", "label")]
    [InlineData("The Valley Courier – The flood in pictures", "label")]
    public void Clean_ResidueLine_RemovedWithItsKind(string line, string kind)
    {
        var doc = Clean("Flood in the valley\n\n" + Body + "\n\n" + line + "\n\n" + After);
        Assert.DoesNotContain(line, doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Kind == kind && r.Text.Contains(line, StringComparison.Ordinal));
        Assert.Contains(Body, doc.Text, StringComparison.Ordinal);
        Assert.Contains(After, doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Get out now, the police told residents on Twitter.")]
    [InlineData("Follow the river north and you reach the broken dam.")]
    [InlineData("This article of the constitution allows the army to be deployed, the minister said.")]
    [InlineData("Residents were told to watch the city's website for updates on 40 shelters.")]
    [InlineData("Download speeds in the valley fell to zero as 30 masts were knocked out.")]
    [InlineData("Three dead in Holt")]
    [InlineData("Monday's flood")]
    [InlineData("‘We lost everything’, said Ana Lima")]
    [InlineData("June 4, 2021 Floods Kill 14 In Holt")]
    public void Clean_ContentLine_Kept(string line)
    {
        var doc = Clean("Flood in the valley\n\n" + Body + "\n\n" + line + "\n\n" + After);
        Assert.Contains(line, doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Rescuers carry a woman to a boat in Holt on Monday. WIRE/Jo Brand", "WIRE/Jo Brand")]
    [InlineData("Rescuers carry a woman to a boat in Holt on Monday. Jo Brand/The Valley Press", "Jo Brand/The Valley Press")]
    [InlineData("Rescuers carry a woman to a boat in Holt on Monday. —WIRE/File", "—WIRE/File")]
    [InlineData("Rescuers carry a woman to a boat in Holt on Monday. Photo by WIRE/Jo Brand", "Photo by WIRE/Jo Brand")]
    [InlineData("Rescuers carry a woman to a boat in Holt on Monday. Pics/WIRE", "Pics/WIRE")]
    [InlineData("Rescuers carry a woman to a boat in Holt on Monday. (WIRE photo)", "(WIRE photo)")]
    [InlineData("Rescuers carry a woman to a boat in Holt on Monday. Photo courtesy of WIRE-PIX", "Photo courtesy of WIRE-PIX")]
    [InlineData("Rescuers carry 14 people to a boat in Holt on Monday. AFP", "AFP")]
    [InlineData("The dam had not been inspected since 2015. — The Valley Press", "— The Valley Press")]
    [InlineData("These pictures were shared widely on Monday. (Source of images: social media)", "(Source of images: social media)")]
    public void Clean_CreditGluedAfterACaption_OnlyTheCreditGoes(string line, string credit)
    {
        var doc = Clean("Flood in the valley\n\n" + Body + "\n\n" + line + "\n\n" + After);
        var words = line[..line.IndexOf(credit, StringComparison.Ordinal)].TrimEnd();
        Assert.Contains(words, doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(credit, doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Text == credit);
    }

    [Theory]
    [InlineData("People queue for water in Holt. [Picture]", "[Picture]")]
    [InlineData("The dam failed at dawn, engineers said.{adsense}", "{adsense}")]
    [InlineData("The toll climbed to 40 overnight. [Live coverage]", "[Live coverage]")]
    [InlineData("A survivor describes the night the water came. Listen to the interview.", "Listen to the interview.")]
    [InlineData("The province published the list of the missing. See the names below:", "See the names below:")]
    public void Clean_SpanGluedToAParagraph_OnlyTheSpanGoes(string line, string span)
    {
        var doc = Clean("Flood in the valley\n\n" + Body + "\n\n" + line + "\n\n" + After);
        Assert.DoesNotContain(span, doc.Text, StringComparison.Ordinal);
        Assert.Contains(line[..line.IndexOf(span, StringComparison.Ordinal)].TrimEnd(), doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("VALE (WIRE) – The river burst its banks on Monday.", "(WIRE)", "VALE – The river burst its banks on Monday.")]
    [InlineData("VALE, Northland (WIRE/NEWSWIRE) – The river burst its banks on Monday.", "(WIRE/NEWSWIRE)", "VALE, Northland – The river burst its banks on Monday.")]
    [InlineData("(Valley News) – The river burst its banks on Monday.", "(Valley News) – ", "The river burst its banks on Monday.")]
    public void Clean_AgencyTagInADateline_TagGoesSentenceStays(string line, string tag, string kept)
    {
        var text = "Flood in the valley\n\n" + line + "\n\n" + After;
        var doc = Clean(text);
        Assert.Contains(kept, doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Kind == "wire_tag" && r.Text.StartsWith(tag.TrimEnd(), StringComparison.Ordinal));
        foreach (var r in doc.Removed)
        {
            Assert.Equal(r.Text, text[r.Start..r.End]);
        }
    }

    [Fact]
    public void Clean_DatelineWithATag_KeepsItsAgencyAndPointsAtTheCleanedText()
    {
        var doc = Clean("Flood in the valley\n\nVALE (WIRE) – The river burst its banks on Monday.\n\n" + After);
        Assert.NotNull(doc.Dateline);
        Assert.Equal("WIRE", doc.Dateline!.Agency);
        Assert.StartsWith("VALE", doc.Text[doc.Dateline.Start..doc.Dateline.End], StringComparison.Ordinal);
        Assert.True(doc.Dateline.End <= doc.Text.Length);
    }

    [Fact]
    public void Clean_CommentBoxOnOneLine_RemovedEvenWithTheReadersQuote()
    {
        var line = "Comments: “So sad for everyone in the valley tonight.” – Reader | Show 2 replies | Log in to comment";
        var doc = Clean("Flood in the valley\n\n" + Body + "\n\n" + line + "\n\n" + After);
        Assert.DoesNotContain("So sad for everyone", doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Kind == "comments");
    }

    [Theory]
    [InlineData("Search for survivors goes on")]
    [InlineData("Jo Brand")]
    [InlineData("Aid")]
    [InlineData("rescue work")]
    public void Clean_ShortLineBetweenParagraphs_RemovedByTheLineScore(string line)
    {
        var doc = Clean("Flood in the valley\n\n" + Body + "\n\n" + line + "\n\n" + After);
        Assert.DoesNotContain("\n" + line + "\n", doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Kind == "heading" && r.Text.Trim() == line);
    }

    [Theory]
    // a run of short lines is a list (names, key points) and stays
    [InlineData("Ana Lima\nJo Brand\nPedro Sousa")]
    // a headline's figure, a number word, a date, a quotation, a report
    [InlineData("Toll rises to 40")]
    [InlineData("Dozens still missing")]
    [InlineData("Monday night in the lower town")]
    [InlineData("“The water came so fast”")]
    [InlineData("Police said nothing")]
    // a line in a script without spaces
    [InlineData("河水决堤")]
    public void Clean_ShortLineThatIsContent_Kept(string lines)
    {
        var doc = Clean("Flood in the valley\n\n" + Body + "\n\n" + lines + "\n\n" + After);
        foreach (var line in lines.Split('\n'))
        {
            Assert.Contains(line, doc.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Clean_HeadlineAfterALeadingStamp_KeptAsTheHeadline()
    {
        var doc = Clean("date 2021-03-04 SCROLL TO CONTINUE\n\nRiver Bursts Its Banks Over Holt\n\n" + Body + "\n\n" + After);
        Assert.Contains("River Bursts Its Banks Over Holt", doc.Text, StringComparison.Ordinal);
        Assert.Equal("River Bursts Its Banks Over Holt", doc.Title);
        Assert.Contains(doc.Removed, r => r.Kind == "date_line");
    }

    [Fact]
    public void LineScore_ProseScoresBelowTheThreshold_AHeadingAbove()
    {
        var prose = LineScore.Score(LineScore.Read("The river burst its banks after a week of rain in the hills"), previousRemoved: false);
        var heading = LineScore.Score(LineScore.Read("Search Goes On In The Lower Town"), previousRemoved: false);
        Assert.True(prose < LineScore.Threshold, $"prose scored {prose}");
        Assert.True(heading >= LineScore.Threshold, $"heading scored {heading}");
    }

    [Theory]
    [InlineData("Die Suche nach den Vermissten geht weiter", true)]
    [InlineData("La recherche des disparus continue", true)]
    [InlineData("Continúa la búsqueda", true)]
    [InlineData("Поиски продолжаются", true)]
    [InlineData("搜救工作仍在继续", false)]
    public void LineScore_SpacedScript_ByScriptNotLanguage(string line, bool spaced) => Assert.Equal(spaced, LineScore.SpacedScript(line));

    [Fact]
    public void LineScore_StopWordShare_UsesTheBestFittingLanguage()
    {
        var german = LineScore.Read("die Zahl der Toten ist auf zwölf gestiegen");
        var french = LineScore.Read("le nombre des morts est passé à douze");
        Assert.True(german.StopShare >= 0.3, $"German {german.StopShare}");
        Assert.True(french.StopShare >= 0.3, $"French {french.StopShare}");
    }
}
