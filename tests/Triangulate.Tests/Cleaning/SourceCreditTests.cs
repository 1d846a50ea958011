using Triangulate.Tests.Support;

namespace Triangulate.Tests.Cleaning;

/// <summary>Round 16 kinds (ResidueLines.Sources.cs): wire credits written as sentences, pointers to more coverage, a feed plugin's
/// signature and an update stamp with a spaced colon. Every line is our own (invented places, names, outlets and numbers).</summary>
public sealed class SourceCreditTests
{
    [Theory]
    // wire credits written as sentences
    [InlineData("Some information for this report was provided by Wirenews and Kestpress.")]
    [InlineData("Information in this dispatch was supplied by the Valley Ledger.")]
    [InlineData("Material from Kestpress was used in this report.")]
    [InlineData("This story includes reporting from Wirenews.")]
    // pointers to more coverage
    [InlineData("For more on the hill road closure, visit our special page.")]
    [InlineData("For the latest news about the slope, see the Valley Ledger's live page")]
    // a feed plugin's signature
    [InlineData("Published via the Valley Ledger News Feed plugin for WordPress.")]
    // an update stamp with a spaced colon
    [InlineData("Latest update : 2031-03-04")]
    [InlineData("Last update : 04/03/2031 - 10:05")]
    // a note on how the page marks its updates
    [InlineData("New details are in bold:")]
    [InlineData("Updates appear in italics below")]
    public void Clean_SourceOrPointerOrStamp_Removed(string line)
    {
        var doc = FerryStory.Clean(FerryStory.Between(line));

        Assert.DoesNotContain(line, doc.Text, StringComparison.Ordinal);
        Assert.Contains(FerryStory.Body, doc.Text, StringComparison.Ordinal);
        Assert.Contains(FerryStory.After, doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    // a report's source that is news: a figure, a report, a sentence about a report
    [InlineData("Information for this report was provided by 14 farmers who stayed behind, the county office said.")]
    [InlineData("The information in this report was provided by the county geologist, who said the slope was still moving.")]
    [InlineData("Material from the quarry was used in the embankment that failed.")]
    // "for more" as news
    [InlineData("For more than 30 years, visitors have used the hill road to reach the upper farms.")]
    [InlineData("For more on the slope, the county geologist said, see the survey of 2029.")]
    // a post that is news, an update that is a sentence
    [InlineData("Published via the county's alert app, the warning reached 2,300 phones.")]
    [InlineData("Shared via the hamlet's alert app, it warned of rising water on the lower road.")]
    [InlineData("Latest update : the road stays shut until Friday.")]
    [InlineData("New signs in red mark the closed road")]
    public void Clean_NewsThatSharesTheShape_Kept(string line)
    {
        var doc = FerryStory.Clean(FerryStory.Between(line));

        Assert.Contains(line, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_SpacedUpdateStamp_KeepsItsDateWithTheRemoval()
    {
        const string line = "Latest update : 2031-03-04";

        var doc = FerryStory.Clean(FerryStory.Between(line));

        var block = Assert.Single(doc.Removed, r => r.Text.Trim() == line);
        Assert.Equal("timestamp", block.Kind);
        Assert.Equal("2031-03-04", block.Date);
    }
}
