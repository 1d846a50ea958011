using Triangulate.Cleaning;
using Triangulate.Ingest;

namespace Triangulate.Tests.Cleaning;

/// <summary>The comment zone (issue 20, item 3): once the comment section opens under the story, the lines that follow are comments
/// unless they read like article text. Every line is our own.</summary>
public sealed class CommentZoneTests
{
    private const string Story = """
        Ferry runs aground off Halvern point

        The evening ferry ran aground on a sandbar off Halvern point on Thursday, and coastguard boats took its passengers ashore, the port authority said.

        Engineers will try to float the vessel at the next high tide, and crossings to the island are suspended until Saturday.

        """;

    private static CleanDocument Clean(string text) => new BoilerplateCleaner().Clean(new SourceDocument("z.txt", text, "txt"));

    private static bool Removed(CleanDocument doc, string line) => doc.Removed.Any(r => r.Text.Trim() == line);

    [Fact]
    public void Clean_CommentThreadAfterItsOpener_NamesAndCommentsGo()
    {
        // Given a story, a comment count over its title, then writers' names and their comments without controls between them
        var doc = Clean(Story + """
            3 Responses to "Ferry runs aground off Halvern point"

            Tomas B
            Glad everyone got off safely!

            harbourwatcher
            I sailed past that bar in 2029 and it was already marked badly.

            Ines K.
            Why does this keep happening to the same boat?
            """);

        // Then the opener, the names and the comments go as comments; the story stays
        foreach (var line in new[] { "3 Responses to \"Ferry runs aground off Halvern point\"", "Tomas B", "Glad everyone got off safely!", "harbourwatcher",
            "I sailed past that bar in 2029 and it was already marked badly.", "Ines K.", "Why does this keep happening to the same boat?" })
        {
            Assert.True(Removed(doc, line), line);
        }
        Assert.Contains("The evening ferry ran aground", doc.Text, StringComparison.Ordinal);
        Assert.Contains("crossings to the island are suspended until Saturday.", doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Rule == ResidueLines.CommentZoneRule);
    }

    [Fact]
    public void Clean_ArticleTextInTheZone_Stays()
    {
        // Given a comment zone that holds lines in the reporter's voice: a report, a quotation, a figure, a plain paragraph
        const string report = "The port authority said the sandbar had shifted after last week's storm.";
        const string quote = "\"It was a slow, soft stop,\" one passenger recalled.";
        const string figure = "Some 140 passengers were on board.";
        const string paragraph = "Divers will inspect the hull for damage once the tide turns in the early morning.";
        var doc = Clean(Story + "Leave a Reply\n\nmarit_o\n\n" + report + "\n\n" + quote + "\n\n" + figure + "\n\n" + paragraph + "\n");

        // Then the writer's handle goes and every line of article text stays
        Assert.True(Removed(doc, "marit_o"));
        foreach (var line in new[] { report, quote, figure, paragraph })
        {
            Assert.Contains(line, doc.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Clean_CommentControlRightAboveTheStorysNextParagraph_OpensNoZone()
    {
        // Given a comment counter between the lead and the rest of the story (a header bar), then a subhead and more story
        const string subhead = "Island cut off";
        var doc = Clean("""
            Ferry runs aground off Halvern point

            The evening ferry ran aground on a sandbar off Halvern point on Thursday, and coastguard boats took its passengers ashore.

            Leave a Reply

            Engineers will try to float the vessel at the next high tide, and crossings are suspended until Saturday.

            Island cut off
            Shops on the island began to run short of bread and fuel, and the ferry company chartered a fishing boat for medicines.
            """);

        // Then the paragraph after the control reads like the story: no zone, and the paragraphs after it stay
        Assert.DoesNotContain(doc.Removed, r => r.Rule == ResidueLines.CommentZoneRule);
        Assert.Contains("Shops on the island began to run short", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Removed, r => r.Text.Trim() == subhead && r.Kind == "comments");
    }

    [Fact]
    public void Clean_CommentControlBeforeTheStoryBegins_OpensNoZone()
    {
        // Given a comment control under the headline, before any paragraph of the story
        var doc = Clean("Ferry runs aground off Halvern point\n\nLeave a Reply\n\nHarbour news\n\nThe evening ferry ran aground on a sandbar off Halvern point on Thursday, the port authority said.\n");

        Assert.DoesNotContain(doc.Removed, r => r.Rule == ResidueLines.CommentZoneRule);
        Assert.Contains("The evening ferry ran aground", doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I was on that boat last year.", true)]
    [InlineData("Shame on the company!", true)]
    [InlineData("Who checks these charts?", true)]
    [InlineData("Your reporters got the name of the point wrong.", true)]
    [InlineData("The coastguard towed the ferry to the harbour.", false)]
    [InlineData("Islanders queued for the chartered boat.", false)]
    public void ReaderVoice_FirstOrSecondPersonOrAQuestionOrAnExclamation(string line, bool reader)
    {
        Assert.Equal(reader, ResidueLines.ReaderVoice(line));
    }

    [Theory]
    [InlineData("In 2029 I saw the same thing happen.", false)]
    [InlineData("Some 140 passengers were on board.", true)]
    [InlineData("The harbour master said the channel is clear.", true)]
    [InlineData("tomas b", false)]
    public void ReadsLikeArticle_FiguresKeepALineUnlessTheReaderSpeaks(string line, bool article)
    {
        Assert.Equal(article, ResidueLines.ReadsLikeArticle(line));
    }

    [Fact]
    public void Clean_CountWithCapitalisedResponsesOverAQuotedTitle_Removed()
    {
        // "14 Responses to "Title"": the quoted form with a capital response word
        var doc = Clean(Story + "14 Responses to \"Ferry runs aground off Halvern point\"\n");
        Assert.True(Removed(doc, "14 Responses to \"Ferry runs aground off Halvern point\""));
    }
}
