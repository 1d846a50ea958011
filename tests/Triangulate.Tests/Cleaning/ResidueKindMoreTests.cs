using static Triangulate.Tests.Support.FerryStory;

namespace Triangulate.Tests.Cleaning;

/// <summary>Residue kinds the older rules missed (issue 20, item 1; ResidueLines.Kinds.cs): page controls, section labels,
/// dividers, stamps, bylines, cookies, rights and credits in other languages, press-release and report metadata, telephone
/// lines, blog and paywall furniture, help-line boxes, author notes and video titles; and page notices and counters
/// (ResidueLines.Notices.cs). Each line sits in a run of furniture
/// under the headline (where the line score cannot reach it) or at the foot of the story.</summary>
public sealed class ResidueKindMoreTests
{
    [Theory]
    // page controls, tabs and counters
    [InlineData("Text size A A A", "share")]
    [InlineData("Reuse this content", "share")]
    [InlineData("Continue reading the main story", "share")]
    [InlineData("Previous article | Next article", "section_label")]
    [InlineData("Be the first to like this.", "share")]
    [InlineData("Flag as inappropriate", "share")]
    [InlineData("Comments 87", "share")]
    [InlineData("Page 2 of 3", "gallery")]
    [InlineData("Opinion", "section_label")]
    [InlineData("Middle East", "section_label")]
    // dividers and end markers
    [InlineData("* * *", "end_marker")]
    [InlineData("— ENDS —", "end_marker")]
    [InlineData("/ends", "end_marker")]
    // stamps
    [InlineData("2019-03-10T08:42:00+03:00", "timestamp")]
    [InlineData("Lusaka, Monday March 11, 2019", "timestamp")]
    [InlineData("Updated 5 hours ago", "timestamp")]
    [InlineData("Publié le 11 mars 2019 à 10h05", "timestamp")]
    [InlineData("Publicado em 11/03/2019 às 10h05", "timestamp")]
    [InlineData("Veröffentlicht am 11.03.2019 um 10:05 Uhr", "timestamp")]
    // other languages' bylines, credits, rights and cookies
    [InlineData("Par Tamsin Oduya, envoyée spéciale", "byline")]
    [InlineData("Por Lucas Andrade", "byline")]
    [InlineData("(avec AFP)", "credit_line")]
    [InlineData("Con información de agencias", "credit_line")]
    [InlineData("Todos os direitos reservados", "copyright")]
    [InlineData("Diese Website verwendet Cookies, um Ihnen ein besseres Erlebnis zu bieten.", "cookie")]
    [InlineData("来源：本报综合", "credit_line")]
    [InlineData("À la une", "label")]
    // press releases and report metadata
    [InlineData("For further information, please contact the press office", "label")]
    [InlineData("Notes to editors", "label")]
    [InlineData("Country: Zambia", "label")]
    [InlineData("Page last reviewed: March 12, 2019", "label")]
    [InlineData("Translated by Petra Linde", "label")]
    [InlineData("Tel: +260 211 555 010", "contact")]
    // blog, aggregator and paywall furniture; help lines; author notes
    [InlineData("This entry was posted in Africa and tagged ferry. Bookmark the permalink.", "promo")]
    [InlineData("Posted by riverwatch at 9:12 PM", "promo")]
    [InlineData("Already a subscriber? Sign in here", "promo")]
    [InlineData("Support independent journalism today", "promo")]
    [InlineData("If you or someone you know needs support, call the free helpline.", "promo")]
    [InlineData("Warning: this report contains distressing details.", "promo")]
    [InlineData("Tamsin Oduya is a freelance journalist covering southern Africa.", "byline")]
    // credits and video titles
    [InlineData("Handout", "credit")]
    [InlineData("Image copyright Getty Images", "credit")]
    [InlineData("VIDEO: Divers search the murky river", "video")]
    [InlineData("From wire reports", "credit_line")]
    [InlineData("(mt/kl)", "credit_line")]
    [InlineData("**Related:**", "related")]
    // page notices and counters (ResidueLines.Notices.cs)
    [InlineData("Media playback is unsupported on your device", "video")]
    [InlineData("Your browser does not support the audio element.", "video")]
    [InlineData("This article is more than 5 years old", "label")]
    [InlineData("This report is over two years old", "label")]
    [InlineData("The site is not responsible for the content of external Internet sites", "copyright")]
    [InlineData("Distributed by Coastline Media Group.", "copyright")]
    [InlineData("Published: 2013-04-24 13:30:49.0 BdST Updated: 2013-04-25 01:55:54.0 BdST", "timestamp")]
    [InlineData("Valley Courier Updated Thursday, April 2nd 2015 at 16:43 GMT +3", "timestamp")]
    [InlineData("News ID: 3787123", "label")]
    [InlineData("Story Code: 51234", "label")]
    [InlineData("Hits: 1523", "share")]
    [InlineData("1.2K Shares", "share")]
    [InlineData("Viewed 2311 times", "share")]
    [InlineData("Read too: Ferry owner questioned by police", "related")]
    [InlineData("Know more: How the river rises in the rainy season", "related")]
    [InlineData("Was this article helpful?", "promo")]
    [InlineData("Link copied!", "promo")]
    [InlineData("(This story has been refiled to fix a typo in paragraph 3)", "credit_line")]
    [InlineData("Correction: An earlier version of this article misspelled the ferry owner's name.", "credit_line")]
    [InlineData("Notify me of new posts by email.", "comments")]
    [InlineData("Name (required)", "comments")]
    public void Clean_FurnitureLine_RemovedWithItsKind(string line, string kind)
    {
        foreach (var text in new[] { InHeader(line), InFooter(line) })
        {
            var doc = Clean(text);

            Assert.DoesNotContain(line, doc.Text, StringComparison.Ordinal);
            Assert.Contains(doc.Removed, r => r.Kind == kind && r.Text.Contains(line, StringComparison.Ordinal));
            Assert.Contains(Body, doc.Text, StringComparison.Ordinal);
            Assert.Contains(After, doc.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    // lines of the news that share a word or a shape with furniture
    [InlineData("Read the statement in full below, the ministry said.")]
    [InlineData("Por lo menos 17 personas murieron en el río.")]
    [InlineData("Par ailleurs, 17 passagers ont disparu.")]
    [InlineData("Country roads were cut off by the floods.")]
    [InlineData("Tamsin Oduya is a nurse who treated the survivors at Kapiri.")]
    [InlineData("The captain was a reporter for a local radio station before he bought the boat, his brother said.")]
    [InlineData("Volunteers handed out cookies and tea to the families.")]
    [InlineData("Survivors carried to the bank / Kapiri clinic overwhelmed as 40 are treated")]
    [InlineData("Tel Aviv sent two rescue teams")]
    [InlineData("Warning sirens sounded twice before the ferry left.")]
    [InlineData("Summary of the 17 deaths confirmed by police")]
    [InlineData("\"Share the blame,\" said the minister")]
    // lines of the news that share a word or a shape with a notice
    [InlineData("Distributed by helicopter, the food reached 300 villages.")]
    [InlineData("Hits from the shelling destroyed 12 homes.")]
    [InlineData("This article of the constitution may not be suspended.")]
    [InlineData("The death toll information may not be accurate, officials warned.")]
    [InlineData("Pictured were the 17 passengers who drowned.")]
    [InlineData("Corrected ballots were counted again on Monday.")]
    [InlineData("Read too much into the figures and you miss the point, the minister said.")]
    [InlineData("Updated figures show 40 people died on April 2, 2015")]
    public void Clean_ContentSharingAFurnitureShape_Kept(string line)
    {
        var doc = Clean(InFooter(line));

        Assert.Contains(line, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_CaptionWithSlashCredit_KeepsTheCaptionWordsAndDropsTheCredit()
    {
        // Given a caption closed by " / AGENCY"
        const string caption = "Relatives wait on the riverbank near the landing stage";
        var doc = Clean(InFooter(caption + " / Reuters"));

        // Then the caption's words stay, its credit goes with its offsets
        Assert.Contains(caption, doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(caption + " / Reuters", doc.Text, StringComparison.Ordinal);
        var credit = Assert.Single(doc.Removed, r => r.Kind == "credit" && r.Text.Contains("Reuters", StringComparison.Ordinal));
        Assert.Equal(" / Reuters", InFooter(caption + " / Reuters")[credit.Start..credit.End]);
    }

    [Fact]
    public void Clean_HeadlinesAfterTheLastParagraphNextToFurniture_RemovedAsRelated()
    {
        // Given two headlines of other stories between the story's end and its tag list, with no heading over them
        const string first = "Bridge repairs delayed again in the northern province";
        const string second = "Teachers union calls off planned regional strike";
        var doc = Clean(Headline + "\n\n" + Body + "\n\n" + After + "\n\n" + first + "\n" + second + "\nTags: ferry, river\n");

        // Then both go as related lines, and the story stays
        Assert.DoesNotContain(first, doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(second, doc.Text, StringComparison.Ordinal);
        Assert.Equal(2, doc.Removed.Count(r => r.Kind == "related"));
        Assert.Contains(After, doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    // names of the dead, key facts with figures or dates that do not touch furniture, sentences, and headlines not touching
    // furniture stay
    [InlineData("Mary Banda\nJoseph Phiri\nTags: ferry, river")]
    [InlineData("Seventeen bodies recovered from the river\nTwo boats still missing near Kapiri")]
    [InlineData("Search resumes at first light on Monday\nDivers return to the deepest stretch of river")]
    [InlineData("Seventeen bodies were recovered from the river.\nTwo boats are still missing near Kapiri.\nTags: ferry, river")]
    [InlineData("Bridge repairs delayed again in the northern province\nTeachers union calls off planned regional strike")]
    public void Clean_ShortLinesAfterTheLastParagraph_KeptWhenNotABoxOfHeadlines(string tail)
    {
        var doc = Clean(Headline + "\n\n" + Body + "\n\n" + After + "\n\n" + tail + "\n");

        Assert.DoesNotContain(doc.Removed, r => r.Rule.StartsWith("run of headlines", StringComparison.Ordinal));
    }

    [Fact]
    public void Clean_ForeignStampRemoved_KeepsItsNumericDate()
    {
        const string line = "Publié le 25/03/2019 à 10h05";
        var doc = Clean(InHeader(line));

        var removed = Assert.Single(doc.Removed, r => r.Text.Contains(line, StringComparison.Ordinal));
        Assert.Equal("timestamp", removed.Kind);
        Assert.Equal("2019-03-25", removed.Date);
    }
}
