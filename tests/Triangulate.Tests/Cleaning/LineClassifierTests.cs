using Triangulate.Cleaning;
using Triangulate.Ingest;

namespace Triangulate.Tests.Cleaning;

/// <summary>The line score where the rules run out (issue 20, item 3): position (a deck under the headline), symbol share, and
/// the guards that keep content (a figure, a date, a quote, a report; a wrapped paragraph line).</summary>
public sealed class LineClassifierTests
{
    private const string Lead = "A landslide buried part of the mountain road above Corrie village overnight, cutting off farms on the upper slopes.";

    private const string Follow = "Council engineers began clearing the debris at dawn and expect to reopen one lane by the evening.";

    private static CleanDocument Clean(string text) => new BoilerplateCleaner().Clean(new SourceDocument("a.txt", text, "txt"));

    [Theory]
    [InlineData("Mud and boulders swept across the pass")]
    [InlineData("Farmers cut off as hillside gives way")]
    [InlineData("Le glissement de terrain coupe la route du col")]
    public void Clean_DeckRightUnderTheHeadline_Removed(string deck)
    {
        // Given a headline, a deck line right under it, then the lead paragraph
        var doc = Clean("Landslide closes mountain road\n" + deck + "\n" + Lead + "\n\n" + Follow + "\n");

        // Then the deck goes as a heading, the headline and the paragraphs stay
        Assert.DoesNotContain(deck, doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Kind == "heading" && r.Text.Trim() == deck);
        Assert.StartsWith("Landslide closes mountain road", doc.Text, StringComparison.Ordinal);
        Assert.Contains(Lead, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_DeckUnderTheHeadlineAfterABlankLine_Removed()
    {
        // Given a seven-word deck standing between a blank line under the headline and the lead paragraph
        const string deck = "Mud and boulders swept across the pass";
        var doc = Clean("Landslide closes mountain road\n\n" + deck + "\n" + Lead + "\n\n" + Follow + "\n");

        // Then its place under the headline tips the score: it goes, the paragraphs stay
        Assert.Contains(doc.Removed, r => r.Kind == "heading" && r.Text.Trim() == deck);
        Assert.Contains(Lead, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_SameLineFurtherDownBetweenParagraphs_Kept()
    {
        // Given the same seven-word line between two paragraphs, far from the headline
        const string line = "Mud and boulders swept across the pass";
        var doc = Clean("Landslide closes mountain road\n\n" + Lead + "\n\n" + line + "\n\n" + Follow + "\n");

        // Then without the position it scores under the threshold and stays
        Assert.Contains(line, doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    // a figure, a number word, a date, a quotation, a report: content under the headline too
    [InlineData("Twelve farms cut off on the upper slopes")]
    [InlineData("Road shut for 3 days")]
    [InlineData("Slope gave way on Sunday night")]
    [InlineData("“We heard the hill move”")]
    [InlineData("Farmers told to stay indoors")]
    // a paragraph wrapped right under the headline: its second line starts in lower case
    [InlineData("the hillside above the village gave way")]
    public void Clean_LineUnderTheHeadlineThatIsContent_Kept(string line)
    {
        var doc = Clean("Landslide closes mountain road\n" + line + "\n" + Lead + "\n\n" + Follow + "\n");
        Assert.Contains(line, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_LineUnderTheHeadlineFollowedByAnotherShortLine_Kept()
    {
        // Given two short lines under the headline (a list, or a wrapped deck): the second neighbour is not a paragraph
        var doc = Clean("Landslide closes mountain road\nFarmers cut off as hillside gives way\nRoads blocked above Corrie\n\n" + Lead + "\n");
        Assert.Contains("Farmers cut off as hillside gives way", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LineScore_LineOfSymbols_AddsToTheScore()
    {
        // Given a line of section names between bars and bullets
        var f = LineScore.Read("» Home | » Sport | » Travel | » Weather");

        // Then its symbols are read, and they raise its furniture score by their weight
        Assert.True(f.PunctuationShare > 0.2, $"share {f.PunctuationShare}");
        Assert.Equal(1.0, LineScore.Score(f, previousRemoved: false) - LineScore.Score(f with { PunctuationShare = 0 }, previousRemoved: false), 3);
        Assert.Equal(0.0, LineScore.Read("Weather Sport Travel").PunctuationShare, 3);
    }

    [Fact]
    public void LineScore_UnderTheHeadline_AddsToTheScore()
    {
        var f = LineScore.Read("Mud and boulders swept across the pass");
        Assert.True(LineScore.Score(f, previousRemoved: false) < LineScore.Threshold);
        Assert.True(LineScore.Score(f, previousRemoved: false, underHeadline: true) >= LineScore.Threshold);
    }

    // Eight words, few capitals, two function words: about 3.1 alone, under the threshold.
    private const string Middling = "Emergency crews and volunteers across the southern slopes";

    private const string ShareBar = "Share on Facebook | Share on X | Email";

    [Fact]
    public void LineScore_BothNeighboursLabels_AddToTheScore()
    {
        var f = LineScore.Read(Middling);
        Assert.True(LineScore.Score(f, previousRemoved: false) < LineScore.Threshold);
        Assert.True(LineScore.Score(f, previousRemoved: false, nextRemoved: true) >= LineScore.Threshold);
        Assert.Equal(0.5, LineScore.Score(f, previousRemoved: true, nextRemoved: true) - LineScore.Score(f, previousRemoved: true), 3);
    }

    [Fact]
    public void Clean_MiddlingLineAfterFurnitureAcrossABlankLine_Removed()
    {
        // Given a share bar, a blank line, then the middling line and a paragraph: the nearest line above (blank lines skipped)
        // went as furniture, so its label tips the score
        var doc = Clean("Landslide closes mountain road\n\n" + Lead + "\n\n" + ShareBar + "\n\n" + Middling + "\n\n" + Follow + "\n");

        Assert.Contains(doc.Removed, r => r.Kind == "heading" && r.Text.Trim() == Middling);
        Assert.Contains(Follow, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_MiddlingLineBetweenParagraphs_Kept()
    {
        // Given the same line with prose on both sides: no neighbour's label, the score stays under the threshold
        var doc = Clean("Landslide closes mountain road\n\n" + Lead + "\n\n" + Middling + "\n\n" + Follow + "\n");
        Assert.Contains(Middling, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_RunOfStandingLinesAboveFurniture_GoesSweepBySweep()
    {
        // Given two middling lines (each alone between blank lines) above a share bar: the lower one goes in the first sweep
        // (its next neighbour is furniture), the upper one in the second (its next neighbour went in the first)
        const string upper = "Volunteers with shovels and buckets along the lower lanes";
        var doc = Clean("Landslide closes mountain road\n\n" + Lead + "\n\n" + upper + "\n\n" + Middling + "\n\n" + ShareBar + "\n\n" + Follow + "\n");

        Assert.Contains(doc.Removed, r => r.Kind == "heading" && r.Text.Trim() == Middling);
        Assert.Contains(doc.Removed, r => r.Kind == "heading" && r.Text.Trim() == upper);
        Assert.Contains(Lead, doc.Text, StringComparison.Ordinal);
        Assert.Contains(Follow, doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    // a figure, a date or a report stays whatever its neighbours' labels
    [InlineData("Crews from 12 villages across the southern slopes")]
    [InlineData("Emergency crews across the slopes on Sunday")]
    [InlineData("Emergency crews said the slopes were unstable")]
    public void Clean_SacredLineBetweenFurniture_Kept(string line)
    {
        var doc = Clean("Landslide closes mountain road\n\n" + Lead + "\n\n" + ShareBar + "\n\n" + line + "\n\nMost read\n\n" + Follow + "\n");
        Assert.Contains(line, doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    // Function words of the line's own language are read (per script, not English-only): a line full of them reads as prose
    [InlineData("Дорога в горы будет закрыта на всю неделю")]
    [InlineData("De weg naar het dal is voor een week dicht")]
    [InlineData("Jalan ke lembah itu ditutup untuk satu minggu ini")]
    [InlineData("Vadiye giden yol bu hafta da kapalı olacak ve")]
    [InlineData("الطريق إلى الوادي مغلق من هذا الأسبوع حتى")]
    public void LineScore_FunctionWordsOfEveryListedLanguage_Read(string line)
    {
        var f = LineScore.Read(line);

        Assert.True(f.StopShare >= 0.2, $"share {f.StopShare}");
        Assert.True(LineScore.Score(f, previousRemoved: false) < LineScore.Threshold);
    }

    [Fact]
    public void LineScore_ArabicLabelWithoutFunctionWords_ScoredLikeACasedOne()
    {
        // Given an Arabic line of eight words without function words (a label or a list of sections), in a script without case
        var f = LineScore.Read("الرئيسية أخبار سياسة اقتصاد رياضة ثقافة منوعات فيديو");

        // Then its missing function words count, as they do for a cased line, and the score reaches the threshold
        Assert.True(f.ListedScript);
        Assert.True(LineScore.Score(f, previousRemoved: false) >= LineScore.Threshold);
        // A Hebrew line (no list here) gets no such credit
        Assert.False(LineScore.Read("ראשי חדשות פוליטיקה כלכלה ספורט תרבות").ListedScript);
    }
}
