using Triangulate.Cleaning;
using Triangulate.Ingest;

namespace Triangulate.Tests.Cleaning;

/// <summary>Page widgets the older rules missed (issue 20, item 1): the age of a post, reading-time labels, comment-box controls,
/// ads.txt records, sign-up thanks, syndication-rights notices, labelled or bracketed stamps and live-blog entry headings.</summary>
public sealed class PageWidgetTests
{
    private const string Body = "At least 9 people died when the bridge over the Corran gave way in Dunmore on Friday, police said.";
    private const string After = "Divers from two counties were searching the river below the town on Saturday morning.";

    private static CleanDocument Clean(string text) => new BoilerplateCleaner().Clean(new SourceDocument("w.txt", text, "txt"));

    [Theory]
    // the age of a post or a comment
    [InlineData("3 hours ago", "timestamp")]
    [InlineData("45m ago", "timestamp")]
    [InlineData("Mira Okafor 2 days ago", "timestamp")]
    [InlineData("Updated 20 minutes ago", "timestamp")]
    [InlineData("Just now", "timestamp")]
    // reading and listening time
    [InlineData("6 min read", "label")]
    [InlineData("3-minute read", "label")]
    [InlineData("Reading time: 5 minutes", "label")]
    // comment-box controls
    [InlineData("View 7 more replies", "comments")]
    [InlineData("See all 41 comments", "comments")]
    [InlineData("Be the first to review", "comments")]
    [InlineData("Please enable JavaScript to view the discussion", "comments")]
    [InlineData("Loading comments…", "comments")]
    // ads.txt records
    [InlineData("adexchange.example, 98765, RESELLER, 1a2b3c4d5e6f", "markup")]
    [InlineData("sellers.example.net, pub-42, DIRECT", "markup")]
    [InlineData("ownerdomain=dunmoregazette.example", "markup")]
    // sign-up thanks and syndication rights
    [InlineData("Thanks for signing up!", "newsletter")]
    [InlineData("Thank you for your interest in our morning briefing", "newsletter")]
    [InlineData("This material may not be reproduced, broadcast or redistributed without permission.", "copyright")]
    // stamps after a label, or with the zone in brackets
    [InlineData("Europe 08:15 AM CET", "timestamp")]
    [InlineData("Regional News 14 May 2022, 16:40", "timestamp")]
    [InlineData("Last updated: 14 May 2022 16:40 (UTC+2)", "timestamp")]
    // live-blog entry headings
    [InlineData("16:40 BST – Divers reach the collapsed span", "label")]
    [InlineData("4.05pm: Mayor visits the riverbank", "label")]
    public void Clean_WidgetLine_RemovedWithItsKind(string line, string kind)
    {
        var doc = Clean("Bridge collapse in Dunmore\n\n" + Body + "\n\n" + line + "\n\n" + After);

        Assert.DoesNotContain(line, doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Kind == kind && r.Text.Contains(line, StringComparison.Ordinal));
        Assert.Contains(Body, doc.Text, StringComparison.Ordinal);
        Assert.Contains(After, doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    // an age inside a sentence, a figure or a report in a live entry, a label before a bare clock time, a court order
    [InlineData("The bridge was inspected two years ago.")]
    [InlineData("Engineers warned about the cracks 3 years ago, the council said.")]
    [InlineData("16:40 BST – Nine bodies recovered from the river")]
    [InlineData("16:40 BST – Three children among the missing")]
    [InlineData("16:40 – Police say the span was overloaded")]
    [InlineData("16:40: Divers said the current was too strong.")]
    [InlineData("Collapse 16:40")]
    [InlineData("The names of the victims may not be published until their families are told, the judge ruled.")]
    [InlineData("Thanks to the divers, 12 people were pulled out alive.")]
    [InlineData("Show of force as 40 soldiers arrive")]
    public void Clean_ContentLookingLikeAWidget_Kept(string line)
    {
        var doc = Clean("Bridge collapse in Dunmore\n\n" + Body + "\n\n" + line + "\n\n" + After);

        Assert.Contains(line, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_StampWithBracketedZone_KeepsItsDate()
    {
        const string line = "Published: 14 May 2022 16:40 (GMT+1)";
        var doc = Clean("Bridge collapse in Dunmore\n\n" + Body + "\n\n" + line + "\n\n" + After);

        var removed = Assert.Single(doc.Removed, r => r.Text.Contains(line, StringComparison.Ordinal));
        Assert.Equal("2022-05-14", removed.Date);
    }
}
