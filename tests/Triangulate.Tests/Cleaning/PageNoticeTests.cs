using static Triangulate.Tests.Support.FerryStory;

namespace Triangulate.Tests.Cleaning;

/// <summary>The parts of ResidueLines.Notices.cs that are more than a line's kind: a caption's label or a credit after a bar or in
/// brackets goes while the caption's words stay, and the headlines of a box of other stories go with their figures (under a
/// heading of such a box, or in a run after the story's last paragraph next to furniture) while key facts under their own
/// heading stay. The notice lines themselves are rows of <see cref="ResidueKindMoreTests"/>.</summary>
public sealed class PageNoticeTests
{
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

    [Theory]
    // a box of other stories under its heading, with a paragraph after it
    [InlineData(true)]
    // headlines between the story's last paragraph and its tag list, with no heading
    [InlineData(false)]
    public void Clean_HeadlinesOfOtherStoriesWithFigures_RemovedAsRelated(bool underHeading)
    {
        // Given two headlines of other stories that give figures
        const string first = "Toll rises to 300 as rain returns to the delta";
        const string second = "- Twelve missing after second ferry capsizes";
        const string paragraph = "The governor said 14 people were still missing on Monday.";
        var text = underHeading
            ? Headline + "\n\n" + Body + "\n\nRelated stories\n" + first + "\n" + second + "\n\n" + paragraph + "\n"
            : Headline + "\n\n" + Body + "\n\n" + paragraph + "\n\n" + first + "\n" + second + "\nTags: ferry, river\n";
        var doc = Clean(text);

        // Then both go as related lines; the story stays
        Assert.DoesNotContain(first, doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(second, doc.Text, StringComparison.Ordinal);
        Assert.Equal(2, doc.Removed.Count(r => r.Kind == "related"));
        Assert.Contains(Body, doc.Text, StringComparison.Ordinal);
        Assert.Contains(paragraph, doc.Text, StringComparison.Ordinal);
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
