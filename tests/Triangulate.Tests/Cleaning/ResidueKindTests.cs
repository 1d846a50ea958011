using Triangulate.Cleaning;
using Triangulate.Ingest;

namespace Triangulate.Tests.Cleaning;

/// <summary>Residue by kind (issue 20, item 1): each kind of page furniture on lines of our own, what goes and what stays.</summary>
public sealed class ResidueKindTests
{
    private const string Body = "At least 14 people died when the river burst its banks in Holt on Monday, the governor said.";

    private static CleanDocument Clean(string text) => new BoilerplateCleaner().Clean(new SourceDocument("t.txt", text, "txt"));

    [Theory]
    // reporter e-mails and social handles
    [InlineData("Ana Lima | ana.lima@valleycourier.example | @analima_news", "contact")]
    [InlineData("@valleydesk", "contact")]
    // end markers
    [InlineData("(END)", "end_marker")]
    [InlineData("-30-", "end_marker")]
    [InlineData("###", "end_marker")]
    [InlineData("--WIRE", "wire_tag")]
    [InlineData("— The Valley Press", "wire_tag")]
    [InlineData("ab/cd/ef", "wire_tag")]
    // timestamps with zones, and section labels with timestamps
    [InlineData("Thursday 4 March 2021 09:14 GMT+3", "timestamp")]
    [InlineData("Updated: 2021-03-04 17:20", "timestamp")]
    [InlineData("Posted: March 4, 2021 at 6:05 p.m.", "timestamp")]
    [InlineData("Region | 04.03.2021", "section_label")]
    [InlineData("Home » World » Region", "section_label")]
    [InlineData("Valley Courier | Region | March 4, 2021", "section_label")]
    // tag and topic lists
    [InlineData("Filed under: Floods, Holt, Weather", "tags")]
    [InlineData("Tags: flood, river, rescue", "tags")]
    [InlineData("Topics", "tags")]
    // signatures and wire tags
    [InlineData("(With inputs from agencies)", "credit_line")]
    [InlineData("The Valley Press contributed to this report.", "credit_line")]
    [InlineData("(WIRE/NEWSWIRE)", "credit")]
    [InlineData("[Valley Courier]", "wire_tag")]
    [InlineData("Jo Brand, The Valley Press", "byline")]
    // photo credits and captions
    [InlineData("Jo Brand/WIRE", "credit")]
    [InlineData("(Photo: WIRE/Jo Brand)", "credit")]
    [InlineData("Picture gallery | 2 of 9", "gallery")]
    // embedded video
    [InlineData("[Video] Flood waters sweep through Holt", "video")]
    [InlineData("Media caption: Residents describe the night the river rose", "video")]
    // live-blog furniture
    [InlineData("What we know so far:", "label")]
    [InlineData("Key points", "label")]
    // reader comments
    [InlineData("Show 4 replies", "comments")]
    [InlineData("Log in to comment", "comments")]
    [InlineData("river_fan22: So sad for the families.", "comments")]
    // related-article links
    [InlineData("Read also: Holt dam inspection ordered", "share")]
    [InlineData("More: How to help the flood victims", "related")]
    [InlineData("Recommended: Storm season outlook", "share")]
    [InlineData("You might like: Storm season outlook | Dam inspection ordered", "related")]
    // cookie, newsletter and share boxes
    [InlineData("This website uses cookies to improve your experience.", "cookie")]
    [InlineData("Get the morning briefing delivered to your inbox", "newsletter")]
    [InlineData("Share this: Facebook | X | WhatsApp | Email", "share")]
    // copyright and translation notes
    [InlineData("Copyright 2021 The Valley Press. All rights reserved.", "copyright")]
    [InlineData("[Machine translation from Portuguese]", "translation_note")]
    public void Clean_ResidueLine_RemovedWithItsKind(string line, string kind)
    {
        var doc = Clean("Flood in the valley\n" + Body + "\n" + line + "\nMore rain is expected on Tuesday.");
        Assert.DoesNotContain(line, doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Kind == kind && r.Text.Contains(line, StringComparison.Ordinal));
        Assert.Contains(Body, doc.Text, StringComparison.Ordinal);
        Assert.Contains("More rain is expected on Tuesday.", doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("He said: “When the water came, we ran to the roof.”")]
    [InlineData("By Tuesday, 300 homes had been evacuated.")]
    [InlineData("More than 200 rescuers were deployed, officials said.")]
    [InlineData("Holt | 14 | 40")]
    [InlineData("Heavy rain and poor drainage contributed.")]
    [InlineData("Residents said the river rose by two metres in an hour (Holt/Lower Holt).")]
    [InlineData("Source material was scarce, and the investigators said 40 people had been questioned so far.")]
    [InlineData("Related flooding killed 12 people upstream on Sunday, the agency said.")]
    public void Clean_ContentLine_Kept(string line)
    {
        var doc = Clean("Flood in the valley\n" + Body + "\n" + line + "\nMore rain is expected on Tuesday.");
        Assert.Contains(line, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_RelatedHeading_RemovesTheHeadlinesUnderIt_NotTheParagraphAfter()
    {
        var doc = Clean("Flood in the valley\n" + Body + "\nRelated Stories\nDam inspection ordered in Holt\nStorm season outlook\n\nThe governor said 14 people died.\n");
        Assert.DoesNotContain("Dam inspection ordered in Holt", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Storm season outlook", doc.Text, StringComparison.Ordinal);
        Assert.Contains("The governor said 14 people died.", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_CaptionRepeatedWithoutItsCredit_CreditAndRepeatRemoved()
    {
        var doc = Clean("Flood in the valley\n" + Body + "\nRescuers carry a woman to a boat in Holt. Photo: Jo Brand/WIRE\nRescuers carry a woman to a boat in Holt.\nMore rain is expected.");
        Assert.Equal(1, doc.Text.Split("Rescuers carry a woman").Length - 1);
        Assert.DoesNotContain("Jo Brand/WIRE", doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Rule.Contains("repeated without its credit", StringComparison.Ordinal));
    }

    [Fact]
    public void Clean_SentenceDoubledOnOneLine_SecondCopyRemovedAsARepeat()
    {
        var doc = Clean("Flood in the valley\n" + Body + "\nWater swept through the lower town overnight. Water swept through the lower town overnight.\nMore rain is expected.");
        Assert.Contains("Water swept through the lower town overnight.", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("overnight. Water", doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Kind == "repeated_block");
    }

    [Fact]
    public void Clean_Caption_KeepsItsWordsAndDropsItsCredit()
    {
        var doc = Clean("Flood in the valley\n" + Body + "\nRescuers wade through a flooded street in Holt (Jo Brand/WIRE)\nMore rain is expected.");
        Assert.Contains("Rescuers wade through a flooded street in Holt", doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Kind == "credit" && r.Text == "(Jo Brand/WIRE)");
    }

    [Fact]
    public void Clean_CaptionCarryingAFigure_KeepsTheWordsAndDropsTheCredit()
    {
        var doc = Clean("Flood in the valley\n" + Body + "\nRescuers search the ruins where 14 people died in Holt. (Jo Brand/WIRE)\nMore rain is expected.");
        Assert.Contains("where 14 people died in Holt.", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("(Jo Brand/WIRE)", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_TimestampLine_RemovedButItsDateKept()
    {
        var doc = Clean("Flood in the valley\nPublished Thursday, March 4, 2021 9:14AM EST\n" + Body);
        var block = Assert.Single(doc.Removed, r => r.Text.Contains("March 4, 2021", StringComparison.Ordinal));
        Assert.Equal("2021-03-04", block.Date);
        Assert.Equal("2021-03-04", doc.StatedDate);
    }

    [Fact]
    public void Clean_MarkupAndEntities_RemovedAndTheTextStillReads()
    {
        var doc = Clean("Flood in the valley\n<p>At least 14 people died.</p>\nFloods &amp; storms hit Holt.\n![A map of the valley](valley-map.png)\nSee the [river gauge](https://gauge.example/vale) readings.");
        Assert.DoesNotContain("<p>", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("</p>", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Floods & storms hit Holt.", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("valley-map.png", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("](https://gauge.example/vale)", doc.Text, StringComparison.Ordinal);
        Assert.Contains("At least 14 people died.", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_EveryRemoval_OffsetsPointAtItsText()
    {
        var text = "Flood in the valley\nBy Ana Lima | ana@valley.example\n" + Body + "\nTags: flood, Holt\nShow 2 replies\n(END)\n";
        var doc = Clean(text);
        Assert.NotEmpty(doc.Removed);
        foreach (var r in doc.Removed)
        {
            Assert.Equal(r.Text, text[r.Start..r.End]);
            Assert.False(string.IsNullOrWhiteSpace(r.Rule));
        }
    }
}
