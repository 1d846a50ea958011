using Triangulate.Linking.Reuse;

namespace Triangulate.Tests.Linking;

/// <summary>Reuse that an earlier detector missed, on texts of our own: a wire story run again with every figure updated (the same
/// words, newer tolls), kept apart from an independent report of the same figures and from a live page's own update.</summary>
public sealed class ReuseUpdatedCopyTests
{
    // A short wire story where every sentence but one states a figure.
    private const string Morning =
        "A landslide buried 14 houses in the hill village of Marrowby on Sunday, and rescuers said 9 people were confirmed dead.\n" +
        "The district disaster office said 23 residents were still unaccounted for after heavy rain loosened the slope above the village.\n" +
        "About 60 soldiers and 150 volunteers were digging through the mud with shovels and two excavators.\n" +
        "Rain was expected to continue until Wednesday, the weather service warned.\n" +
        "The road to the village was cut in 3 places, and supplies were being carried in on foot.\n";

    // The same story hours later: the same words, every figure updated (the outlet re-ran the agency's newer version).
    private const string Evening =
        "A landslide buried 19 houses in the hill village of Marrowby on Sunday, and rescuers said 17 people were confirmed dead.\n" +
        "The district disaster office said 11 residents were still unaccounted for after heavy rain loosened the slope above the village.\n" +
        "About 200 soldiers and 400 volunteers were digging through the mud with shovels and two excavators.\n" +
        "Rain was expected to continue until Thursday, the weather service warned.\n" +
        "The road to the village was cut in 5 places, and supplies were being carried in on foot.\n";

    // Another reporter's account of the same landslide: the same figures, sentences of their own.
    private const string OwnReport =
        "Mud from a collapsed hillside swept over Marrowby on Sunday, killing 9 people, officials said.\n" +
        "Rescue workers were searching for 23 missing villagers, many of them children, and said the chances grew slimmer by the hour.\n" +
        "Soldiers brought in excavators while neighbours dug with their hands.\n" +
        "Forecasters expect more rain this week across the hills.\n";

    private static IReadOnlyList<Sentence> SentencesOf(string text) => TextFeatures.Sentences(text, TextFeatures.Tokens(text));

    [Fact]
    public void Similarity_SameWordsWithFiguresUpdated_NearCopy()
    {
        // Given one sentence and the same sentence with its figures changed
        var a = SentencesOf("The toll from the flood rose to 41 on Monday, with 12 people still missing.")[0];
        var b = SentencesOf("The toll from the flood rose to 57 on Monday, with 9 people still missing.")[0];

        // When compared on their own words alone (no word of one missing from the other but the figures)
        var similarity = PassageAligner.Similarity(a, b, 0.6);

        // Then they count as a near copy, not as two sentences stating different news
        Assert.True(similarity >= 0.85, $"similarity {similarity}");
    }

    [Fact]
    public void Similarity_ShortFormulaicSentenceWithOtherFigures_NoNearCopy()
    {
        // Given a short stock sentence two outlets write independently, with different figures
        var a = SentencesOf("At least 14 people died in the fire, firefighters said.")[0];
        var b = SentencesOf("At least 31 people died in the fire, firefighters said.")[0];

        // When compared
        var similarity = PassageAligner.Similarity(a, b, 0.8);

        // Then too short to be a copy with its figures updated
        Assert.True(similarity < PassageAligner.UpdatedFiguresSimilarity, $"similarity {similarity}");
    }

    [Fact]
    public void Similarity_OtherWordsAndOtherFigures_StillHalved()
    {
        // Given two sentences with different figures and partly different words
        var a = SentencesOf("The toll from the flood rose to 41 on Monday, with 12 people still missing.")[0];
        var b = SentencesOf("The toll from the storm reached 57 by Tuesday, and 9 fishermen were still missing.")[0];

        // When compared
        var similarity = PassageAligner.Similarity(a, b, 0.6);

        // Then the different figures halve the similarity as before
        Assert.Equal(0.3, similarity, 3);
    }

    [Fact]
    public void Detect_OnePageStatingATollAndItsUpdateInTheSameWords_NoSelfRepeat()
    {
        // Given a live page that states the toll in one sentence and, hours later, the same sentence with the new figures
        var text = "08:10 The toll from the flood in the lower valley rose to 41 on Monday, with 12 people still missing.\n" +
            "Rescue boats reached the last cut-off farms before noon.\n" +
            "15:45 The toll from the flood in the lower valley rose to 57 on Monday, with 9 people still missing.\n";

        // When reuse is detected
        var links = new ReuseDetector().Detect([new DossierDocument("live", "live.txt", text)]);

        // Then the update is a statement of its own, not a block printed twice
        Assert.Empty(links);
    }

    [Fact]
    public void Detect_StoryRerunWithEveryFigureUpdated_LinkedAsCopy()
    {
        // Given a story, its re-run with every figure updated, and an independent report of the same event
        var docs = new[]
        {
            new DossierDocument("morning", "morning.txt", Morning),
            new DossierDocument("evening", "evening.txt", Evening),
            new DossierDocument("own", "own.txt", OwnReport),
        };

        // When reuse is detected
        var links = new ReuseDetector().Detect(docs);

        // Then the re-run is a copy of the story, and the independent report is linked to neither
        var link = Assert.Single(links, l => l.A != l.B);
        Assert.Equal(ReuseKind.Copy, link.Kind);
        Assert.Equal(["evening", "morning"], new[] { link.A, link.B }.Order(StringComparer.Ordinal));
    }
}
