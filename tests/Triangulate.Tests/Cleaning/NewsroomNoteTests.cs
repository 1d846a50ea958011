using Triangulate.Cleaning;
using Triangulate.Ingest;

namespace Triangulate.Tests.Cleaning;

/// <summary>Round 14 kinds (ResidueLines.Newsroom.cs and the dated scene captions of ResidueLines.Scenes.cs): newsroom notes, credits
/// written as sentences, embed and widget furniture, wire slugs and codes, captions closed by a dated picture stamp, teasers cut
/// short and a caption's copy printed without its credit. Every line is our own (invented places, names and numbers).</summary>
public sealed class NewsroomNoteTests
{
    private const string Headline = "Floods cut off the valley town of Brenmoor";
    private const string First = "The Alder river broke its banks above Brenmoor before dawn, flooding the lower town and forcing families onto roofs, the district office said.";
    private const string Second = "Army boats reached the old mill district by the afternoon and carried the stranded to a school on the hill, the district office said.";

    private static CleanDocument Clean(string text) => new BoilerplateCleaner().Clean(new SourceDocument("n.txt", text, "txt"));

    private static string Between(string line) => Headline + "\n\n" + First + "\n\n" + line + "\n\n" + Second + "\n";

    [Theory]
    // the story's own status and warnings
    [InlineData("This is a developing story; more details to come.")]
    [InlineData("(This is a breaking news story. It will be updated with more details soon.)")]
    [InlineData("Please check back later for updates.")]
    [InlineData("(This report contains distressing images. Reader discretion is advised.)")]
    [InlineData("Viewer discretion advised")]
    // corrections and editors' notes with their own date
    [InlineData("Correction, June 9: An earlier version of this story gave the wrong name for the river.")]
    [InlineData("Update (9 June): This story was changed to name the district office.")]
    [InlineData("Editor's note: This story was originally published on June 8.")]
    [InlineData("This version corrects the name of the district office.")]
    [InlineData("This article was amended on 9 June 2032 to correct the spelling of the mill's name.")]
    [InlineData("This story is part of a series on river towns.")]
    [InlineData("This reporting was supported by a grant from the Alder Trust.")]
    // credits as sentences
    [InlineData("Mira Tollan contributed reporting from Kestwick.")]
    [InlineData("Additional reporting by Osk Farrin in Brenmoor.")]
    [InlineData("Translated by Pell Ardmore.")]
    [InlineData("Ives Corran covers floods and climate for the Valley Ledger.")]
    [InlineData("Ives Corran is the Valley Ledger's river correspondent.")]
    [InlineData("The author is a research fellow at the Alder Institute.")]
    [InlineData("Ives Corran reports from Brenmoor.")]
    [InlineData("Valley TV's Ives Corran reports from Brenmoor on the rescue.")]
    [InlineData("Ives Corran / 9 June 2032")]
    [InlineData("((ives.corran@ledger.example; +44 20 7946 0000))")]
    // embeds and widgets
    [InlineData("A post shared by Brenmoor Rescue (@brenmoorrescue) on Jun 9, 2032 at 6:12am PDT")]
    [InlineData("Skip Twitter post, 2")]
    [InlineData("End of Twitter post, 2")]
    [InlineData("Allow Instagram content?")]
    [InlineData("Please turn on JavaScript to see this post.")]
    [InlineData("il y a 3 heures")]
    [InlineData("vor 2 Stunden")]
    [InlineData("4 View gallery")]
    [InlineData("We respect your privacy.")]
    [InlineData("Catch up:")]
    [InlineData("41 Posts")]
    [InlineData("var slide;")]
    [InlineData("gx(item).find('span').attr('alt', caption);")]
    [InlineData("Reader comments (9)")]
    [InlineData("Reminder: comments are moderated before they appear.")]
    [InlineData("Full_Report (pdf* format - 212 Kbytes)")]
    [InlineData("Were you in Brenmoor? If it is safe to do so, share your pictures with us.")]
    [InlineData("Please consider making a contribution.")]
    [InlineData("Thanks for reading the Valley Ledger.")]
    [InlineData("Press play to listen to this article")]
    [InlineData("Average rating: 4.2/5")]
    // links to other stories
    [InlineData("Timeline: A century of floods on the Alder")]
    [InlineData("Q&A: Why does the Alder flood every spring?")]
    [InlineData("(For more coverage of the floods, see [ID:nB8K2Q7X1])")]
    public void Clean_NewsroomFurniture_Removed(string line)
    {
        var doc = Clean(Between(line));

        Assert.DoesNotContain(line, doc.Text, StringComparison.Ordinal);
        Assert.Contains(First, doc.Text, StringComparison.Ordinal);
        Assert.Contains(Second, doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    // news sentences that share a word or a shape with the notes
    [InlineData("This is a developing crisis for the farms below the dam, the minister said.")]
    [InlineData("The insurer covers damage for Brenmoor households.")]
    [InlineData("Ives Corran is a nurse who stayed at the clinic through the night.")]
    [InlineData("Correction officers moved 40 inmates from the flooded jail on June 9.")]
    [InlineData("This version of the dam was built in 1961 and raised in 1988.")]
    [InlineData("Mira Tollan contributed 200 sandbags from her farm.")]
    [InlineData("Timeline: 14 dead as the Alder floods the valley")]
    [InlineData("Were you warned? Residents said no siren sounded before the water came.")]
    [InlineData("The regional government's flood coverage is paid for by a levy on farms, officials said.")]
    [InlineData("Analysis: the district recorded 212 mm of rain in two days.")]
    public void Clean_NewsThatLooksLikeANote_Kept(string line)
    {
        var doc = Clean(Between(line));

        Assert.Contains(line, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_CorrectionNoteWithAFigureOfTheNews_Kept()
    {
        const string line = "Correction, June 9: An earlier version of this story said 14 people died; 41 died.";
        var doc = Clean(Between(line));

        Assert.Contains(line, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_WireSlugAndStoryCode_GoWhileTheWordsStay()
    {
        var doc = Clean("UPDATE 3-Alder floods cut off Brenmoor as rain goes on\n\n" + First + "\n\nAid reached the hill school on Thursday [ID:nB8K2Q7X1] as the water fell.\n\n" + Second + "\n");

        Assert.Contains("Alder floods cut off Brenmoor as rain goes on", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("UPDATE 3-", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("[ID:", doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Kind == "wire_tag" && r.Text == "UPDATE 3-");
    }

    [Theory]
    [InlineData("Rescuers search the mill district for survivors in Brenmoor, Thursday, June 9, 2032.", "2032-06-09")]
    [InlineData("A woman carries her son through the water in Brenmoor on June 9, 2032.", "2032-06-09")]
    [InlineData("This photo taken on June 9, 2032 shows the flooded mill district.", "2032-06-09")]
    public void Clean_SceneCaptionWithItsFullDate_RemovedWithTheDateKept(string line, string date)
    {
        var doc = Clean(Between(line));

        var block = Assert.Single(doc.Removed, r => r.Text.Trim() == line);
        Assert.Equal("caption", block.Kind);
        Assert.Equal(ResidueLines.DatedSceneCaptionRule, block.Rule);
        Assert.Equal(date, block.Date);
    }

    [Theory]
    // past tense, a figure beside the date, a report, a day without a year
    [InlineData("Rescuers searched the mill district for survivors on June 9, 2032.")]
    [InlineData("Rescuers search the mill district for 14 missing people, June 9, 2032.")]
    [InlineData("Residents say the water rose within minutes on June 9, 2032.")]
    [InlineData("Rescuers search the mill district for survivors on Thursday.")]
    public void Clean_DatedLineThatIsNotAScene_Kept(string line)
    {
        var doc = Clean(Between(line));

        Assert.Contains(line, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_DatedCaptionPrintedAgainInALongerLine_IsASelfRepeat()
    {
        const string caption = "Rescuers search the mill district for survivors in Brenmoor, Thursday, June 9, 2032.";
        var longer = caption + " The Alder rose four metres in a night. (Photo by Ives Corran)";
        var doc = Clean(Headline + "\n\n" + longer + "\n\n" + First + "\n\n" + caption + "\n\n" + Second + "\n");

        Assert.Contains(doc.Removed, r => r.Kind == "repeated_block" && r.Text.Trim() == caption);
        Assert.Contains("The Alder rose four metres in a night.", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_TeaserCutShort_RemovedWhileTheFullLineStays()
    {
        const string full = "Ona Serris, a baker whose shop flooded, stands beside sandbags on the high street of Brenmoor.";
        const string teaser = "Ona Serris, a baker whose shop flooded, stands beside sand...";
        var doc = Clean(Headline + "\n\n" + teaser + "\n\n" + full + "\n\n" + First + "\n\n" + Second + "\n");

        Assert.Contains(doc.Removed, r => r.Kind == "preview" && r.Text.Trim() == teaser);
        Assert.Contains(full, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_LineEndingInAnEllipsisThatOpensNothing_Kept()
    {
        const string line = "The water kept rising through the night, and the mill district went quiet...";
        var doc = Clean(Between(line));

        Assert.Contains(line, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_CaptionPrintedTwiceOnceWithACredit_CopyWithoutTheCreditGoes()
    {
        const string caption = "Soldiers stand beside a collapsed footbridge in Brenmoor, Saturday June 11, 2032. The worst flood in decades cut the valley road.";
        var doc = Clean(Headline + "\n\n" + caption + "\n" + caption + " AP\n\n" + First + "\n\n" + Second + "\n");

        Assert.Contains(doc.Removed, r => r.Kind == "repeated_block" && r.Rule == ResidueLines.CreditedCopyRule);
        Assert.Contains("The worst flood in decades cut the valley road.", doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Boats ferry families to the hill school in Brenmoor. (Ives Corran, AP)", "(Ives Corran, AP)")]
    [InlineData("Boats ferry families to the hill school in Brenmoor. Source: AAP", "Source: AAP")]
    public void Clean_CaptionClosedByACommaCreditOrASource_CreditGoesWordsStay(string line, string credit)
    {
        var doc = Clean(Between(line));

        Assert.Contains("Boats ferry families to the hill school in Brenmoor.", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(credit, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_ParagraphClosedByABracketedPlaceList_Kept()
    {
        const string line = "Aid came from the two neighbouring districts (Kestwick, Orrin).";
        var doc = Clean(Between(line));

        Assert.Contains(line, doc.Text, StringComparison.Ordinal);
    }
}
