using Triangulate.Cleaning;
using Triangulate.Ingest;

namespace Triangulate.Tests.Cleaning;

/// <summary>Round 12's kinds (ResidueLines.Captions.cs and ResidueLines.Reports.cs): reader comments under their writer's name and
/// between the comment box's controls, forum and blog furniture, report, bulletin and journal furniture, captions printed twice or
/// set against a credit, and short lines in a run of furniture. Every line is our own; content that shares a shape stays.</summary>
public sealed class CaptionCommentReportTests
{
    private const string Headline = "Footbridge gives way over the Tessel canal";
    private const string First = "Nine walkers fell into the canal when the footbridge gave way on Tuesday evening, the harbour police said.";
    private const string Second = "Divers searched the lock basin through the night while families waited at the quay, witnesses told reporters.";

    private static CleanDocument Clean(string text) => new BoilerplateCleaner().Clean(new SourceDocument("t.txt", text, "txt"));

    private static string AtFoot(string line) => Headline + "\n\n" + First + "\n\n" + Second + "\n\n" + line + "\n";

    private static string AtTop(string line) => Headline + "\n\n" + line + "\n\n" + First + "\n\n" + Second + "\n";

    [Theory]
    // reader comments under their writer's name, and comment counts over a post's title
    [InlineData("Rosalind said... Thinking of everyone at the quay tonight.", "comments")]
    [InlineData("Pieter de Wolf said… Who inspected that bridge?", "comments")]
    [InlineData("jules b wrote: Those railings were loose for months.", "comments")]
    [InlineData("Marta (Tessel) wrote: I crossed it every morning.", "comments")]
    [InlineData("Comment by Oskar on 3 May 2031: The council must answer for this.", "comments")]
    [InlineData("Hendrik says:", "comments")]
    [InlineData("7 responses to \"Footbridge gives way\"", "comments")]
    [InlineData("4 Responses to Footbridge gives way", "comments")]
    // forum and blog furniture
    [InlineData("Posts: 2,417", "comments")]
    [InlineData("Joined: 04-June 08", "comments")]
    [InlineData("Member No.: 88123", "comments")]
    [InlineData("#14", "comments")]
    [InlineData("Oskar, on 3 May 2031 - 09:41 PM, said:", "comments")]
    [InlineData("Recommend (31)", "comments")]
    [InlineData("45 people like this.", "comments")]
    [InlineData("► 2030 (41)", "comments")]
    [InlineData("Comments are moderated before they appear.", "comments")]
    // report, bulletin and journal furniture
    [InlineData("Flash Update No. 4", "label")]
    [InlineData("Situation Report #9 | 3 May 2031", "section_label")]
    [InlineData("Volume 12, Number 7", "label")]
    [InlineData("Reporting period: 27 April - 3 May 2031", "label")]
    [InlineData("Attachments: Download the assessment (PDF, 1.4 MB)", "label")]
    [InlineData("PDF [388K]", "label")]
    [InlineData("canal-assessment-may.pdf", "label")]
    [InlineData("Assessment from Canal Safety Trust Published on 3 May 2031", "timestamp")]
    [InlineData("Tessel Province: Bridge Failure - May 2031", "section_label")]
    [InlineData("Links to outside sites are provided as a service and do not constitute an endorsement.", "copyright")]
    [InlineData("Cited by 8 articles", "label")]
    [InlineData("Received 2 January 2031; accepted 9 March 2031", "label")]
    [InlineData("ISSN 2049-331X", "label")]
    [InlineData("About Canal Safety Trust: the trust inspects footbridges in 30 towns.", "byline")]
    [InlineData("A donation of $20 buys a life jacket for a child.", "promo")]
    [InlineData("Were you there? Share your photos with our newsroom.", "promo")]
    [InlineData("Podcast: the engineers who warned the council (14 min)", "video")]
    [InlineData("Video length 3:05", "video")]
    [InlineData("Registered charity number 7654321", "copyright")]
    public void Clean_FurnitureLine_RemovedWithItsKind(string line, string kind)
    {
        foreach (var text in new[] { AtTop(line), AtFoot(line) })
        {
            var doc = Clean(text);

            Assert.DoesNotContain(line, doc.Text, StringComparison.Ordinal);
            var removed = Assert.Single(doc.Removed, r => r.Text.Contains(line, StringComparison.Ordinal));
            Assert.Equal(kind, removed.Kind);
            Assert.Equal(text[removed.Start..removed.End], removed.Text);
            Assert.Contains(First, doc.Text, StringComparison.Ordinal);
            Assert.Contains(Second, doc.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    // a news paragraph that opens a quotation with "said:", a subject before "wrote", a sentence about a report
    [InlineData("The harbour master said: The bridge was closed to cyclists last year.")]
    [InlineData("The engineer wrote: Two bolts on the east side had sheared.")]
    [InlineData("Report No. 5 of the inquiry found that the railings had rusted through.")]
    [InlineData("About 40 people: that is how many crossed the bridge every hour, the council said.")]
    [InlineData("Your gift saved my son, a mother told the rescuers.")]
    [InlineData("Share your concerns with the inquiry by Friday, the mayor urged residents.")]
    public void Clean_ContentSharingAShape_Kept(string line)
    {
        var doc = Clean(AtFoot(line));

        Assert.Contains(line, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_CommentBetweenTheCommentControls_RemovedAsComments()
    {
        // Given a comment thread at the foot of the story: writer lines, comment texts, stamps and reply controls
        const string comment = "Nobody ever checks these old bridges until it is too late.";
        const string other = "My brother walks his dog over it every night.";
        var text = Headline + "\n\n" + First + "\n\n" + Second + "\n\n3 comments:\nRosalind said...\n" + comment + "\n3 May 2031 10:14 PM\n"
            + "Hendrik says:\n" + other + "\nReply\n";
        var doc = Clean(text);

        // Then the comments go as comments with their offsets, and the story stays
        foreach (var line in new[] { comment, other })
        {
            Assert.DoesNotContain(line, doc.Text, StringComparison.Ordinal);
            var removed = Assert.Single(doc.Removed, r => r.Text.Contains(line, StringComparison.Ordinal));
            Assert.Equal("comments", removed.Kind);
            Assert.Equal(text[removed.Start..removed.End], removed.Text);
        }
        Assert.Contains(First, doc.Text, StringComparison.Ordinal);
        Assert.Contains(Second, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_StoryParagraphAboveACommentControl_Kept()
    {
        // Given the story's last paragraph between a removed label and a comment control at the text's end
        const string last = "Engineers will inspect every bridge on the canal before the summer season";
        var doc = Clean(Headline + "\n\n" + First + "\n\nAdvertisement\n" + last + "\nShow 4 replies\n");

        // Then it stays: a comment sits between comment furniture, not between any two removed lines
        Assert.Contains(last, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_CommentWithAFigure_Kept()
    {
        // Given a line between comment controls that gives a figure
        const string line = "At least 12 people were on the bridge when it fell";
        var doc = Clean(Headline + "\n\n" + First + "\n\n" + Second + "\n\nRosalind said...\n" + line + "\nReply\n");

        // Then it stays: a figure is content wherever it stands
        Assert.Contains(line, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_CaptionPrintedTwice_BothCopiesRemovedAsCaptions()
    {
        // Given a caption that the page prints under the picture and again in its gallery
        const string caption = "Rescue divers prepare their gear beside the broken footbridge.";
        var text = Headline + "\n\n" + caption + "\n\n" + First + "\n\n" + Second + "\n\n" + caption + "\n";
        var doc = Clean(text);

        // Then both copies go as captions (the reuse stage reads two removed copies as a self-repeat), and the story stays
        Assert.DoesNotContain(caption, doc.Text, StringComparison.Ordinal);
        Assert.Equal(2, doc.Removed.Count(r => r.Kind == "caption" && r.Text.Trim() == caption));
        Assert.Contains(First, doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    // a day's name or a date: the dates stage reads it
    [InlineData("Rescue divers prepare their gear beside the broken footbridge on Tuesday")]
    // a figure
    [InlineData("Rescue divers prepare 12 boats beside the broken footbridge")]
    // a report
    [InlineData("Rescue divers prepare their gear, the harbour police said")]
    public void Clean_RepeatedLineThatIsContent_Kept(string line)
    {
        var doc = Clean(Headline + "\n\n" + line + "\n\n" + First + "\n\n" + Second + "\n\n" + line + "\n");

        Assert.Contains(line, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_HeadlinePrintedAgain_Kept()
    {
        // Given the headline printed again as the page's h1 below a site line
        var doc = Clean(Headline + "\n\n" + First + "\n\n" + Headline + "\n\n" + Second + "\n");

        // Then the headline's words stay in the text
        Assert.Contains(Headline, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_CaptionsBetweenCreditLines_RemovedAsCaptions()
    {
        // Given two pictures at the top: credit, caption, credit, caption
        const string first = "A diver surfaces beside the broken footbridge as the light fades.";
        const string second = "Neighbours lay flowers at the railing near the lock keeper's house.";
        var text = Headline + "\n\nTessel Press\n" + first + "\nTessel Press\n" + second + "\n\n" + First + "\n\n" + Second + "\n";
        var doc = Clean(text);

        // Then both captions go with their offsets, and the story stays
        foreach (var caption in new[] { first, second })
        {
            var removed = Assert.Single(doc.Removed, r => r.Text.Contains(caption, StringComparison.Ordinal));
            Assert.Equal("caption", removed.Kind);
            Assert.Equal(text[removed.Start..removed.End], removed.Text);
        }
        Assert.Contains(First, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_StoryParagraphUnderACreditLine_Kept()
    {
        // Given a credit line directly above the story's first paragraph (a byline over the story, not a caption's credit)
        const string lead = "Walkers crowded the old footbridge as the regatta ended.";
        var doc = Clean(Headline + "\n\nTessel Press\n" + lead + "\n\n" + First + "\n\n" + Second + "\n");

        // Then the paragraph stays
        Assert.Contains(lead, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_ShortLinesInARunOfFurniture_Removed()
    {
        // Given a footer block of links most of whose lines the rules remove
        var block = "About Us\nContact Us\nHarbour Weather\nCanal Walks\nPrivacy Policy\nTerms of Use";
        var doc = Clean(Headline + "\n\n" + First + "\n\n" + Second + "\n\n" + block + "\n");

        // Then its other short lines go with it, and the story stays
        Assert.DoesNotContain("Harbour Weather", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Canal Walks", doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Kind == "heading" && r.Text.Contains("Canal Walks", StringComparison.Ordinal));
        Assert.Contains(First, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_ListOfNamesUnderOneRemovedLabel_Kept()
    {
        // Given the names of the missing under a label, with one furniture line after them
        var doc = Clean(Headline + "\n\n" + First + "\n\nThe missing\nAnneke Visser\nJoost Brandt\nLieke Smit\nAdvertisement\n\n" + Second + "\n");

        // Then the names stay: one removed line does not make a run of furniture
        Assert.Contains("Anneke Visser", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Lieke Smit", doc.Text, StringComparison.Ordinal);
    }
}
