using Triangulate.Cleaning;
using Triangulate.Ingest;

namespace Triangulate.Tests.Cleaning;

/// <summary>Page notices and counters (ResidueLines.Notices.cs): a player's fallback text, archive notices, linked-sites and
/// distribution notices, labelled stamps with a zone, labelled identifiers, view and share counters, related-link labels as a
/// translation renders them, feedback widgets, refile and correction notes, comment-form fields, caption labels and credits after
/// a bar or in brackets, and the headlines of a box of other stories that carry figures. Each line sits in a run of furniture
/// under the headline and at the foot of a story.</summary>
public sealed class PageNoticeTests
{
    private const string Headline = "Ferry capsizes on the Lusaka river";
    private const string Body = "At least 17 passengers drowned when the ferry overturned near Kapiri on Sunday, the district police chief said.";
    private const string After = "Fishermen pulled eleven people from the water before the rescue boats arrived, witnesses told reporters.";

    private static CleanDocument Clean(string text) => new BoilerplateCleaner().Clean(new SourceDocument("n.txt", text, "txt"));

    private static string InHeader(string line) => Headline + "\n" + line + "\nBy Tamsin Oduya\n\n" + Body + "\n\n" + After + "\n";

    private static string InFooter(string line) => Headline + "\n\n" + Body + "\n\n" + After + "\n\n" + line + "\nTags: ferry, river\n";

    [Theory]
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
    public void Clean_NoticeLine_RemovedWithItsKind(string line, string kind)
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
    // lines of the news that share a word or a shape with a notice
    [InlineData("Distributed by helicopter, the food reached 300 villages.")]
    [InlineData("Hits from the shelling destroyed 12 homes.")]
    [InlineData("This article of the constitution may not be suspended.")]
    [InlineData("The death toll information may not be accurate, officials warned.")]
    [InlineData("Pictured were the 17 passengers who drowned.")]
    [InlineData("Corrected ballots were counted again on Monday.")]
    [InlineData("Read too much into the figures and you miss the point, the minister said.")]
    [InlineData("Updated figures show 40 people died on April 2, 2015")]
    public void Clean_ContentSharingANoticeShape_Kept(string line)
    {
        var doc = Clean(InFooter(line));

        Assert.Contains(line, doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Pictured: ", "Relatives wait on the riverbank near the landing stage", "")]
    [InlineData("", "Relatives wait on the riverbank near the landing stage", " | Jo Brand/Wire")]
    [InlineData("", "Relatives wait on the riverbank near the landing stage", " [Jo Brand/Wire]")]
    public void Clean_CaptionWithALabelOrACredit_KeepsTheCaptionWords(string label, string caption, string credit)
    {
        // Given a caption with a label before it or a credit after a bar or in brackets
        var text = InFooter(label + caption + credit);
        var doc = Clean(text);

        // Then the caption's words stay; the label or the credit goes, with its offsets in the original text
        Assert.Contains(caption, doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(label + caption + credit, doc.Text, StringComparison.Ordinal);
        var part = label.Length > 0 ? label : credit;
        var removed = Assert.Single(doc.Removed, r => r.Kind == "credit" && text[r.Start..r.End] == r.Text && part.Trim().Length > 0 && r.Text.Contains(part.Trim(), StringComparison.Ordinal));
        Assert.Equal(part.TrimEnd(), removed.Text.TrimEnd());
    }

    [Fact]
    public void Clean_OtherStoriesUnderTheirHeading_RemovedWithTheirFigures()
    {
        // Given a box of other stories whose headlines give figures, and a paragraph after it
        const string first = "Toll rises to 300 as rain returns to the delta";
        const string second = "- Second ferry capsizes, 12 missing";
        const string paragraph = "The governor said 14 people were still missing on Monday.";
        var doc = Clean(Headline + "\n\n" + Body + "\n\nRelated stories\n" + first + "\n" + second + "\n\n" + paragraph + "\n");

        // Then the headlines go as related lines; the story and the paragraph stay
        Assert.DoesNotContain(first, doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(second, doc.Text, StringComparison.Ordinal);
        Assert.Equal(2, doc.Removed.Count(r => r.Kind == "related"));
        Assert.Contains(paragraph, doc.Text, StringComparison.Ordinal);
        Assert.Contains(Body, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_HeadlinesWithFiguresAfterTheLastParagraphNextToFurniture_RemovedAsRelated()
    {
        // Given two headlines of other stories, with figures, between the story's end and its tag list
        const string first = "Toll rises to 300 as rain returns to the delta";
        const string second = "Twelve missing after second ferry capsizes";
        var doc = Clean(Headline + "\n\n" + Body + "\n\n" + After + "\n\n" + first + "\n" + second + "\nTags: ferry, river\n");

        // Then both go as related lines, and the story stays
        Assert.DoesNotContain(first, doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(second, doc.Text, StringComparison.Ordinal);
        Assert.Equal(2, doc.Removed.Count(r => r.Kind == "related"));
        Assert.Contains(Body, doc.Text, StringComparison.Ordinal);
        Assert.Contains(After, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_KeyFactsUnderTheirOwnHeading_Kept()
    {
        // Given the story's key facts under a "Key points" heading (not a box of other stories)
        const string fact = "Toll rises to 300 as rain returns to the delta";
        var doc = Clean(Headline + "\n\nKey points\n" + fact + "\nTwelve still missing\n\n" + Body + "\n\n" + After + "\n");

        // Then the facts stay
        Assert.Contains(fact, doc.Text, StringComparison.Ordinal);
    }
}
