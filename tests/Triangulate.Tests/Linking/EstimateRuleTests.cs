using Triangulate.Linking.Reconciliation;
using Doc = Triangulate.Tests.Support.PlacedDoc;

namespace Triangulate.Tests.Linking;

/// <summary>low / best / high rules of issue 22, item 4 (round 12). Phrasings written for these tests.</summary>
public sealed class EstimateRuleTests
{
    [Theory]
    [InlineData(DatePrecision.Interval, "2024-06-12/2024-06-18", 1318)]
    [InlineData(DatePrecision.Day, "2024-06-12", 900)]
    public void FigureOfADocumentDatedOnlyByAnInterval_DoesNotWidenTheRange(DatePrecision precision, string published, long expectedLow)
    {
        // Given a toll from an article dated to the day and a lower, round toll from another article whose date is known only as
        // a week that starts on that day (or, as control, is dated to that same day)
        var dated = new Doc("a", "Flood toll climbs", "Hospital officials say 1,318 people have died in the floods.", "2024-06-12");
        var loose = new Doc("b", "Floods kill 900", "The floods have killed 900 people in the delta, volunteers said.");
        var pile = Doc.Pile([dated, loose], [dated.Claim("1,318 people", 1318), loose.Claim("900 people", 900)]);
        pile = pile with
        {
            Documents = [pile.Documents[0], pile.Documents[1] with { Published = new PublishedDate(published, precision, DateBasis.Inferred) }],
        };

        // When
        var (series, _) = Reconciler.Reconcile(pile);

        // Then the dated figure is best; the loosely dated one widens the range only when it is known to be of the same day
        var s = Assert.Single(series);
        Assert.Equal(1318, s.Estimate.Best);
        Assert.Equal(expectedLow, s.Estimate.Low);
        Assert.Equal(1318, s.Estimate.High);
    }

    [Theory]
    [InlineData("2024-06-08/2024-06-12", 1450, "killed", 1450)]
    [InlineData("2024-06-05/2024-06-11", 1450, "killed", 1318)]
    [InlineData("2024-06-08/2024-06-12", 2900, "killed", 1318)]
    [InlineData("2024-06-08/2024-06-12", 1450, "missing", 1318)]
    public void HigherExactTollOfALooselyDatedArticle_IsTheLatestCount(string interval, long value, string measure, long expectedBest)
    {
        // Given a toll from an article dated to the day and a higher exact toll from an article known only to date from a short
        // interval that reaches that day (controls: an interval that ends the day before; a figure twice as high, a projection;
        // a count of the missing, which falls as people are found)
        var dated = new Doc("a", "Flood toll climbs", "Hospital officials say 1,318 people have died in the floods.", "2024-06-12");
        var loose = new Doc("b", "Floods: latest count", $"The interior ministry's latest count puts the toll at {value:N0}.");
        var pile = Doc.Pile([dated, loose], [dated.Claim("1,318 people", 1318, measure: measure), loose.Claim($"{value:N0}", value, measure: measure)]);
        pile = pile with
        {
            Documents = [pile.Documents[0], pile.Documents[1] with { Published = new PublishedDate(interval, DatePrecision.Interval, DateBasis.Inferred) }],
        };

        // When
        var (series, _) = Reconciler.Reconcile(pile);

        // Then a toll of the dead only rises: the higher exact figure is the latest, and the lower dated one is superseded
        var s = Assert.Single(series);
        Assert.Equal(expectedBest, s.Estimate.Best);
        Assert.Equal(expectedBest, s.Estimate.Low);
        Assert.Equal(expectedBest, s.Estimate.High);
    }

    [Theory]
    [InlineData("The previous toll, given on Friday, was 380.", 412)]
    [InlineData("A rescue group counted 380.", 380)]
    public void FigureItsSentenceCallsPrevious_IsNotACurrentFigure(string second, long expectedLow)
    {
        // Given an article reporting a risen toll and, in a sentence of its own, the toll before (control: another counter's figure)
        var a = new Doc("a", "Quake toll rises", $"The ministry said the toll rose to 412. {second}", "2024-03-02");
        var pile = Doc.Pile([a], [a.Claim("412", 412, by: "The ministry"), a.Claim("380", 380)]);

        // When
        var estimate = Doc.OnlyEstimate(pile);

        // Then the recalled figure neither counts as current nor widens the range; another counter's figure does
        Assert.Equal<(long?, long?, long?)>((expectedLow, 412, 412), estimate);
    }

    [Theory]
    [InlineData("The previous toll stood at 40.", true)]
    [InlineData("An earlier count had put the dead at 35.", true)]
    [InlineData("Officials had put the toll at 12 before the search widened.", true)]
    [InlineData("The ministry said earlier that 50 people had died.", false)]
    [InlineData("Earlier on Monday the civil defence said the toll had risen to 50.", false)]
    [InlineData("Earlier today the governor confirmed 50 deaths.", false)]
    [InlineData("The mayor told reporters earlier this week that 50 people were missing.", false)]
    public void RecallsEarlier_EarlierThatDatesAStatement_IsNoEarlierCount(string sentence, bool recalls)
    {
        // Given a sentence with a figure, when asked whether it presents the figure as an earlier count; then only wording about
        // the count itself ("previous toll", "an earlier count", "had put") does, not "earlier" that says when someone spoke
        Assert.Equal(recalls, ClaimFacts.RecallsEarlier(sentence));
    }
    [Theory]
    [InlineData("The Red Crescent", 47)]
    [InlineData("a UN relief agency", 47)]
    [InlineData("A district officer", 73)]
    public void IndependentBodysCount_StaysALowEndBesideTheAuthoritiesLaterFigure(string counter, long expectedLow)
    {
        // Given a count of the hurt from one counter on the first day and a higher count from the provincial government the next
        // day (control: a local official's early figure, which the later count supersedes)
        var first = new Doc("a", "Landslide buries hillside homes", $"{counter} said 47 people were hurt when the slope gave way above the town of Verrosa.", "2024-05-03");
        var later = new Doc("b", "Injured in landslide rise to 73", "The provincial government said on Saturday that 73 people had been injured.", "2024-05-04");
        var pile = Doc.Pile([first, later],
            [first.Claim("47 people", 47, measure: "injured", by: counter), later.Claim("73 people", 73, measure: "injured", by: "The provincial government")]);

        // When
        var estimate = Doc.OnlyEstimate(pile);

        // Then an aid agency's or UN body's own count stays the low end until it updates it; an official's early toll does not
        Assert.Equal<(long?, long?, long?)>((expectedLow, 73, 73), estimate);
    }

    [Theory]
    [InlineData("the Red Cross", true)]
    [InlineData("UN humanitarian officials", true)]
    [InlineData("a local rights group", true)]
    [InlineData("the interior ministry", false)]
    [InlineData("police", false)]
    [InlineData("the United Provinces health board", false)]
    public void IsIndependentBody_AidAgenciesUnBodiesRightsGroups(string attribution, bool independent) =>
        Assert.Equal(independent, Reconciler.IsIndependentBody(attribution));
}
