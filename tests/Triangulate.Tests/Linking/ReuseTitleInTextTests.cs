using System.Text.Json;
using Triangulate.Cleaning;
using Triangulate.Pipeline;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Linking;

/// <summary>Round s17: a JSON-lines record whose own text already opens with its title holds the headline twice (the title field
/// and the body's first line); a record whose text does not is given its title once by the reader and repeats nothing. Our own
/// story: a warehouse fire in an invented river port.</summary>
public sealed class ReuseTitleInTextTests
{
    private const string Headline = "Fire guts grain warehouse in Vellmar river port";

    private const string Body =
        "A fire destroyed a grain warehouse on the quay at Vellmar overnight, the fire brigade said on Tuesday.\n\n" +
        "Some 60 firefighters fought the blaze for six hours before bringing it under control shortly after dawn.\n\n" +
        "Two workers were treated for smoke inhalation; nobody else was hurt, a brigade spokesman said.\n\n" +
        "The port authority said about 3,500 tonnes of barley were lost and that the cause was not yet known.\n";

    private static string Record(string title, string text) =>
        JsonSerializer.Serialize(new { title, text, url = "https://river-courier.example/" + text.Length, outlet = "River Courier" });

    private static Dossier Analyze(params string[] records)
    {
        using var dir = new TempDir();
        var path = dir.Write("crawl.jsonl", string.Join('\n', records) + "\n");
        return Analyzer.Analyze([path]);
    }

    [Fact]
    public void Analyze_RecordWhoseTextOpensWithItsTitle_SelfRepeat()
    {
        // Given a record whose text prints its headline as the first line (the title field holds it too)
        var dossier = Analyze(Record(Headline, Headline + "\n\n" + Body));

        // When / Then: the headline is there twice — a self-repeat — and the cleaned text holds it once
        var doc = Assert.Single(dossier.Documents);
        var link = Assert.Single(dossier.Reuse);
        Assert.Equal(ReuseKind.SelfRepeat, link.Kind);
        Assert.Equal(doc.Id, link.A);
        Assert.Single(doc.Removed, r => r.Kind == "repeated_block");
        Assert.Equal(doc.Text.IndexOf(Headline, StringComparison.Ordinal), doc.Text.LastIndexOf(Headline, StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_RecordWhoseTitleTheReaderSetsAboveTheText_NoSelfRepeat()
    {
        // Given a record whose text starts with the story, and one whose text runs the title's words on into its lead
        var dossier = Analyze(
            Record(Headline, Body),
            Record("Barley stocks lost in Vellmar fire", "Barley stocks lost in Vellmar fire, the port authority said on Tuesday, as insurers began to count the cost.\n\n" +
                "The warehouse held most of the harvest stored at the quay this autumn, a spokeswoman said.\n"));

        // When / Then: the reader gave each its title once; nothing is repeated
        Assert.Equal(2, dossier.Documents.Count);
        Assert.DoesNotContain(dossier.Reuse, l => l.Kind == ReuseKind.SelfRepeat);
        Assert.All(dossier.Documents, d => Assert.DoesNotContain(d.Removed, r => r.Kind == "repeated_block"));
    }

    [Theory]
    // the headline printed again as the very next line
    [InlineData("Fire guts grain warehouse in Vellmar\n\nFire guts grain warehouse in Vellmar\n\nThe blaze broke out overnight.", true)]
    // a headline of three words is too short to tell from a label printed twice
    [InlineData("Vellmar warehouse fire\nVellmar warehouse fire\nThe blaze broke out overnight.", false)]
    // a subhead that differs from the headline
    [InlineData("Fire guts grain warehouse in Vellmar\n\nFire guts grain warehouse in Vellmar, brigade says\n\nThe blaze broke out overnight.", false)]
    public void HeadlineTwice_FirstLinePrintedAgainAsTheNextLine(string text, bool removed)
    {
        // When
        var block = BoilerplateCleaner.HeadlineTwice(text, []);

        // Then: the second copy goes, the first stays
        Assert.Equal(removed, block is not null);
        if (block is not null)
        {
            Assert.Equal("repeated_block", block.Kind);
            Assert.True(block.Start > 0);
            Assert.StartsWith("Fire guts grain warehouse in Vellmar\n", text[block.Start..], StringComparison.Ordinal);
        }
    }
}
