using Triangulate.Tests.Support;

namespace Triangulate.Tests.Cleaning;

/// <summary>Round 17 kinds (ResidueLines.Desk.cs): a news picture's tags and usage restrictions, contributors' credits written as
/// plain sentences, a print page's jump lines and the notices an old page shows about its own age, archive, date and print
/// edition. Every line is our own (invented places, names, outlets and numbers).</summary>
public sealed class OldPageNoticeTests
{
    [Theory]
    // a picture's usage restrictions standing alone
    [InlineData("NO SALES. NO ARCHIVES. FOR EDITORIAL USE ONLY.")]
    [InlineData("EDITORIAL USE ONLY. NO RESALES")]
    // contributors' credits written as plain sentences
    [InlineData("Miro Tandel in Kapiri contributed to this report.")]
    [InlineData("Ana Seld and Piet Voss contributed to this story from Orvel.")]
    // a print page's jump lines
    [InlineData("Continued on Page B3")]
    [InlineData("(Continued from page 1)")]
    // an old page's notices about itself
    [InlineData("NOTE: This article is more than three years old.")]
    [InlineData("This story was first published over 11 years ago")]
    [InlineData("You are reading an archived article.")]
    [InlineData("This is an archived story and its details may be out of date. Check the stamp above for its last update.")]
    [InlineData("Hi there, time traveler!")]
    [InlineData("This story appeared in the 15 March 2029 edition.")]
    [InlineData("This article appeared in print on page 7")]
    public void Clean_OldPageFurniture_Removed(string line)
    {
        var doc = FerryStory.Clean(FerryStory.Between(line));

        Assert.DoesNotContain(line, doc.Text, StringComparison.Ordinal);
        Assert.Contains(FerryStory.Body, doc.Text, StringComparison.Ordinal);
        Assert.Contains(FerryStory.After, doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A man rows past flooded huts near Orvel. REUTERS/Jonah Welde (ORVANIA - Tags: DISASTER TRANSPORT)", "(ORVANIA - Tags: DISASTER TRANSPORT)")]
    [InlineData("Passengers wait on the jetty at Orvel. (AP Photo/Jonah Welde) ORVANIA OUT", "ORVANIA OUT")]
    [InlineData("Passengers wait on the jetty at Orvel. (AP Photo/Jonah Welde) MANDATORY CREDIT. NO SALES", "NO SALES")]
    public void Clean_PictureRestrictionsClosingACaption_GoWithTheCreditAndTheCaptionStays(string line, string note)
    {
        var doc = FerryStory.Clean(FerryStory.Between(line));

        Assert.DoesNotContain(note, doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Jonah Welde", doc.Text, StringComparison.Ordinal);
        Assert.Contains(line[..(line.IndexOf('.', StringComparison.Ordinal) + 1)], doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    // news that shares a word or a shape with these lines
    [InlineData("No sales of tickets were allowed after the ferry overturned, the operator said.")]
    [InlineData("The crew's fatigue contributed to the capsizing, investigators said.")]
    [InlineData("Continued rain hampered the search on Monday.")]
    [InlineData("This report is three years old, the inspector said.")]
    [InlineData("This story is from the river port of Kapiri, where 17 passengers drowned.")]
    [InlineData("This article was published on the day 17 passengers drowned.")]
    [InlineData("This story ran in the Valley Ledger on page 4 under another headline, its editor said.")]
    [InlineData("The lamps went out at nine, (local time) POWER OUT")]
    public void Clean_NewsThatSharesTheShape_Kept(string line)
    {
        var doc = FerryStory.Clean(FerryStory.Between(line));

        Assert.Contains(line, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_PageDateNote_KeepsItsDateWithTheRemoval()
    {
        const string line = "This story is from 14 March 2029";

        var doc = FerryStory.Clean(FerryStory.Between(line));

        var block = Assert.Single(doc.Removed, r => r.Text.Trim() == line);
        Assert.Equal("timestamp", block.Kind);
        Assert.Equal("2029-03-14", block.Date);
    }
}
