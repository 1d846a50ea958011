using Triangulate.Cleaning;
using Triangulate.Ingest;

namespace Triangulate.Tests.Cleaning;

/// <summary>Photo captions without a credit, read from a scene told in the present tense (ResidueLines.Scenes.cs). Every line is our own.</summary>
public sealed class SceneCaptionTests
{
    private const string Headline = "Mudslide buries market in Tarrow";
    private const string First = "A mudslide buried the lower market of Tarrow after a night of heavy rain, the district office said on Tuesday.";
    private const string Second = "Volunteers dug with shovels and bare hands while the army brought in two excavators from the coast.";

    private static CleanDocument Clean(string text) => new BoilerplateCleaner().Clean(new SourceDocument("s.txt", text, "txt"));

    private static string Between(string line) => Headline + "\n\n" + First + "\n\n" + line + "\n\n" + Second + "\n";

    [Theory]
    [InlineData("Rescuers search the mud for survivors at the edge of the market")]
    [InlineData("Residents wade through a flooded street in the lower town.")]
    [InlineData("Members of the volunteer brigades work inside the ruins of the covered hall")]
    [InlineData("People gather outside the district office to wait for news")]
    [InlineData("A woman carries a sack of rice past the collapsed stalls.")]
    [InlineData("A boy is carried to an ambulance by soldiers")]
    [InlineData("Soldiers are seen near the mouth of the valley.")]
    [InlineData("An aerial view of the buried market and the slope above it")]
    public void Clean_SceneInThePresentTense_RemovedAsCaption(string line)
    {
        var doc = Clean(Between(line));

        Assert.Contains(doc.Removed, r => r.Kind == "caption" && r.Text.Trim() == line && r.Rule == ResidueLines.SceneCaptionRule);
        Assert.Contains(First, doc.Text, StringComparison.Ordinal);
        Assert.Contains(Second, doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    // the past tense of news prose
    [InlineData("Rescuers searched the mud for survivors at the edge of the market.")]
    // a noun, not a verb: after a determiner, before an auxiliary or a past form
    [InlineData("A search team combed the slope above the market until dark.")]
    [InlineData("The traffic lights were out across the lower town all night.")]
    [InlineData("Villagers continue to search the slope above the market.")]
    // a figure, a number word, a day, a quotation, a report: content
    [InlineData("Rescuers search the mud for 14 missing traders")]
    [InlineData("Rescuers search the mud for two missing traders")]
    [InlineData("Rescuers search the mud on Wednesday morning")]
    [InlineData("Residents say the slope had been cracking for weeks.")]
    [InlineData("Residents wade through what one called “a river of mud”.")]
    // two sentences: a paragraph
    [InlineData("Residents wade through the street. The water is still rising in the lower town.")]
    public void Clean_LineThatIsNotAScene_Kept(string line)
    {
        var doc = Clean(Between(line));

        Assert.Contains(line, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_SceneInARunOfShortLines_KeptWhenNotAParagraphOfItsOwn()
    {
        // A scene-shaped line wrapped inside a paragraph (a line of prose before and after it that do not end a sentence) stays
        const string line = "Rescuers search the mud for survivors at the edge of the market";
        var doc = Clean(Headline + "\n\n" + First + "\nand the lower town where\n" + line + "\nbefore the light went\n\n" + Second + "\n");

        Assert.Contains(line, doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Residents wade through a flooded street", true)]
    [InlineData("Firefighters hosed down the roof of the depot", false)]
    [InlineData("A man walks past the collapsed stalls", true)]
    [InlineData("Emergency shelters filled up quickly", false)]
    [InlineData("Supply trucks cross the bridge at dawn", true)]
    [InlineData("The convoy crosses the bridge at dawn", true)]
    [InlineData("Convoy crosses the bridge at dawn", false)]
    public void IsSceneCaption_VerbAgreesWithTheNounBeforeIt(string line, bool scene)
    {
        Assert.Equal(scene, ResidueLines.IsSceneCaption(line));
    }

    [Theory]
    [InlineData("[edit]Earlier warnings")]
    [InlineData("Earlier warnings[edit]")]
    [InlineData("Response[edit source]")]
    public void Clean_WikiSectionHeadingWithItsEditLink_Removed(string line)
    {
        var doc = Clean(Headline + "\n\n" + First + "\n\n" + line + "\n" + Second + "\n");

        Assert.Contains(doc.Removed, r => r.Kind == "markup" && r.Text.Trim() == line);
        Assert.Contains(Second, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_EditInsideASentence_Kept()
    {
        // A sentence that mentions an edit in brackets is not a heading
        const string line = "The council said it would publish the report with every change marked as [edit] in the margin.";
        var doc = Clean(Headline + "\n\n" + First + "\n\n" + line + "\n");
        Assert.Contains(line, doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("‘We heard the hill move’")]
    [InlineData("‘Nobody came to warn us’")]
    [InlineData("'We ran for the road without shoes'")]
    public void Clean_SubheadInSingleQuotes_RemovedAsHeading(string line)
    {
        var doc = Clean(Between(line));

        Assert.Contains(doc.Removed, r => r.Kind == "heading" && r.Text.Trim() == line && r.Rule == ResidueLines.QuotedSubheadRule);
        Assert.Contains(Second, doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    // a figure or a number word in the quote is content
    [InlineData("‘Only one trader got out’")]
    [InlineData("‘We lost 40 stalls’")]
    // a quotation that runs on, or is attributed, is the story's
    [InlineData("‘We heard the hill move,’ said one trader.")]
    [InlineData("‘We heard the hill move and ran for the road while the stalls behind us went under’")]
    public void Clean_QuotationThatIsNotASubhead_Kept(string line)
    {
        var doc = Clean(Between(line));
        Assert.Contains(line, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_QuotedLineInsideAParagraph_Kept()
    {
        // A single-quoted line wrapped between lines of one paragraph (neither neighbour a paragraph of its own) stays
        const string line = "‘We heard the hill move’";
        var doc = Clean(Headline + "\n\n" + First + "\nthe trader told us that\n" + line + "\nwas all she could say\n\n" + Second + "\n");
        Assert.Contains(line, doc.Text, StringComparison.Ordinal);
    }
}
