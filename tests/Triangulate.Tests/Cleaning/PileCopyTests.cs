using Triangulate.Cleaning;
using Triangulate.Ingest;

namespace Triangulate.Tests.Cleaning;

/// <summary>Copies of one story on different sites (issue 20, item 2): their own lines are only each site's furniture, so the
/// words of their own lines cannot tell that they tell one story; the prose sentences they share can. Shared sentences stay.</summary>
public sealed class PileCopyTests
{
    // A wire story without figures, dates, quotes or reporting verbs in its sentences (nothing else protects them).
    private const string Wire = """
        Rescue crews worked through the night to clear the mud from the main road into the hill villages.
        Families who lost their homes sheltered in the school hall while volunteers cooked meals outside.
        The landslide buried part of the market after a week of heavy rain loosened the slope above it.
        Engineers warned that more of the hillside could give way if the rain continued into next week.
        Aid convoys waited at the bottom of the valley until the road was safe enough for heavy lorries.
        """;

    private static CleanDocument Clean(string file, string text) => new BoilerplateCleaner().Clean(new SourceDocument(file, text, "txt"));

    [Fact]
    public void Apply_ThreeCopiesOfOneStoryWithDifferentFurniture_KeepTheStorySentences()
    {
        // Given the same wire story on three sites, each with its own furniture lines
        var pile = new[]
        {
            Clean("a.txt", "Landslide buries market\n" + Wire + "\nOrchard Valley Herald keeps you informed about your district every single morning\n"),
            Clean("b.txt", "Landslide buries market\n" + Wire + "\nCoastal radio listeners vote for their favourite breakfast presenter this spring season\n"),
            Clean("c.txt", "Landslide buries market\n" + Wire + "\nMountain cycling club announces its summer racing calendar and membership discounts today\n"),
        };

        // When the pile is read for repeated lines
        var result = PileRepetition.Apply(pile);

        // Then the story's sentences stay in every copy
        foreach (var doc in result)
        {
            Assert.Contains("Families who lost their homes sheltered in the school hall", doc.Text, StringComparison.Ordinal);
            Assert.Contains("Engineers warned that more of the hillside could give way", doc.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(doc.Removed, r => r.Kind == PileRepetition.Kind);
        }
    }
}
