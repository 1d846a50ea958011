using Triangulate.Extraction.Figures;
using Triangulate.Linking.Reconciliation;
using Doc = Triangulate.Tests.Support.PlacedDoc;

namespace Triangulate.Tests.Linking;

/// <summary>Revisions and falling counts (issue 22, items 4 and 5, round s15): a higher figure an article presents as the earlier
/// toll beside its corrected, lower one is a correction the article tells, not an older figure left in; the hurt still in hospital
/// are a falling part of everyone hurt, not their count. Phrasings, places and numbers written for these tests.</summary>
public sealed class SeriesScopeRuleTests
{
    [Theory]
    [InlineData("Until the review, the toll had stood at 97.", 0)]
    [InlineData("A volunteer group counts 97 dead.", 1)]
    public void HigherFigureTheArticleCallsEarlier_BesideItsCorrection_IsAToldRevision(string second, int expected)
    {
        // Given an article lowering a toll after a review and, in another sentence, the higher toll it calls earlier (control: a
        // higher figure the article does not call earlier, which reads as a second total left beside the first)
        var a = new Doc("a", "Quarry blast toll lowered", $"The toll was lowered to 85 after some victims were found listed under two names, the coroner said. {second}", "2024-09-02");
        var claims = new[] { a.Claim("85", 85, by: "the coroner"), a.Claim("97", 97) };

        // When
        var (_, flags) = Reconciler.Reconcile(Doc.Pile([a], claims));

        // Then a correction the article itself tells is no time-scope problem; two unexplained totals are one
        Assert.Equal(expected, flags.Count(f => f.Kind == FlagKind.TimeScopeConflict));
    }

    [Theory]
    [InlineData("Until the review, the toll had stood at 97.", 0)]
    [InlineData("A volunteer group counts 97 dead.", 1)]
    public void HeadlineCorrection_OverTheFigureTheBodyCallsEarlier_IsNotAStaleHeadline(string second, int expected)
    {
        // Given a headline with the corrected toll over a body that recalls the toll before the correction (control: a body
        // figure the article does not call earlier, which leaves the reader two totals)
        var a = new Doc("a", "Quarry blast toll lowered to 85", $"Some victims had been listed under two names, the coroner said. {second}", "2024-09-02");
        var claims = new[] { a.Claim("85", 85), a.Claim("97", 97) };

        // When
        var (_, flags) = Reconciler.Reconcile(Doc.Pile([a], claims));

        // Then the headline gives the new count and the body tells the old one: no time-scope problem
        Assert.Equal(expected, flags.Count(f => f.Kind == FlagKind.TimeScopeConflict));
    }

    [Theory]
    [InlineData("Twenty-two remain in hospital, the health board said.", "Twenty-two", 22, 140)]
    [InlineData("Twenty-two are still being treated for burns, the health board said.", "Twenty-two", 22, 140)]
    [InlineData("The health board now counts 161 injured.", "161 injured", 161, 161)]
    public void HurtStillInHospital_AreAPartOfTheHurt_NotTheirCount(string laterSentence, string span, long value, long expectedBest)
    {
        // Given a count of everyone hurt and, days later, the number still under care (control: a later, higher count of the hurt)
        var a = new Doc("a", "Stadium crush", "At least 140 people were injured in the crush, officials said.", "2024-05-11");
        var b = new Doc("b", "Crush victims recovering", laterSentence, "2024-05-14");
        var pile = Doc.Pile([a, b],
        [
            a.Claim("140 people", 140, Qualifier.AtLeast, measure: "injured", by: "officials"),
            b.Claim(span, value, measure: "injured", by: "the health board"),
        ]);

        // When
        var (_, best, _) = Doc.OnlyEstimate(pile);

        // Then the patients still under care fall as they leave: the count of the hurt stays the last count of everyone hurt
        Assert.Equal(expectedBest, best);
    }

    [Theory]
    [InlineData("Of the 640 hurt, 90 are still being treated.", "640", false)]
    [InlineData("Of the 640 hurt, 90 are still being treated.", "90", true)]
    [InlineData("Roughly 310 people were hurt, some of whom remain in hospital.", "310", false)]
    [InlineData("At least 63 were hurt and dozens remain in hospital.", "63", false)]
    [InlineData("Around 75 people were hurt; many are still in hospital.", "75", false)]
    [InlineData("Nine people remain in hospital in a serious condition.", "Nine", true)]
    [InlineData("Nine people were taken to hospital.", "Nine", false)]
    [InlineData("Twenty were hurt, 4 of whom remain in hospital.", "4", true)]
    [InlineData("Of the injured, 17 of them are still being treated.", "17", true)]
    [InlineData("Some 28 people who were burned remain in hospital.", "28", true)]
    public void StillUnderCare_OnlyTheFigureTheWordsFollow(string sentence, string figure, bool expected)
    {
        // Given a sentence and one of its figures; then only words after that figure, before any other, make it a count under care
        Assert.Equal(expected, ClaimFacts.StillUnderCare(sentence, sentence.IndexOf(figure, StringComparison.Ordinal)));
    }
}
