using Triangulate.Extraction.Figures;
using Triangulate.Linking.Reconciliation;
using Doc = Triangulate.Tests.Support.PlacedDoc;

namespace Triangulate.Tests.Linking;

/// <summary>How tolls evolve in news (issue 22, items 4 and 5, round s14): a figure worded "N" in the headline and "at least N" in
/// the body is one count; the deaths of the last day or hours are not the toll; the start of a told rise ("up from 48") is not a
/// current figure; a figure someone denies is nobody's count; a figure covering a list of places is their whole, not one more
/// place. Phrasings, places and numbers written for these tests.</summary>
public sealed class TollEvolutionRuleTests
{
    [Theory]
    [InlineData("At least 37", Qualifier.AtLeast, 0)]
    [InlineData("More than 37", Qualifier.MoreThan, 1)]
    public void Headline_ExactFigureBesideTheSameFloor_OneCountWordedTwoWays(string bodyWords, Qualifier bodyQualifier, int expected)
    {
        // Given a headline "kills 37" over a body's "at least 37" (control: "more than 37", which the headline's 37 cannot satisfy)
        var d = new Doc("a", "Ferry fire kills 37", $"{bodyWords} passengers died when fire swept the lower deck.");
        var claims = new[] { d.Claim("kills 37", 37), d.Claim($"{bodyWords} passengers died", 37, bodyQualifier) };

        // When
        var (_, flags) = Reconciler.Reconcile(Doc.Pile([d], claims));

        // Then a floor that the exact figure meets is the same count; a floor above it is two wordings that cannot both hold
        Assert.Equal(expected, flags.Count(f => f.Kind == FlagKind.ConflictingValuesSameSource));
    }

    [Theory]
    [InlineData("in the past 24 hours", 612)]
    [InlineData("overnight", 612)]
    [InlineData("in the northern hills", 9)]
    public void FigureScopedToTheLastDayOrHours_IsThatWindowsDeaths_NotTheToll(string scopeWords, long expectedBest)
    {
        // Given a cumulative toll on one day and, the next day, only the deaths of a window ("nine died in the past 24 hours";
        // control: nine deaths in one area, which the rule leaves alone)
        var a = new Doc("a", "Dengue toll passes 600", "Health officials said the outbreak has now killed 612 people.", "2024-02-03");
        var b = new Doc("b", "Dengue: clinics overwhelmed", $"Nine more patients died {scopeWords}, the health office said.", "2024-02-04");
        var nine = b.Claim("Nine more patients", 9, by: "the health office", scope: b.Scope(scopeWords, "2024-02-04", "2024-02-04"));
        var pile = Doc.Pile([a, b], [a.Claim("612 people", 612, by: "Health officials"), nine]);

        // When
        var (series, _) = Reconciler.Reconcile(pile);

        // Then the window's deaths are left out of the toll's series; the toll stays the latest count
        var s = Assert.Single(series);
        Assert.Equal(expectedBest, s.Estimate.Best);
        Assert.Equal(expectedBest == 612 ? 1 : 2, s.Points.Count);
    }

    [Theory]
    [InlineData("The toll reached 53, up from the 48 the Red Cross gave on Friday.", 53)]
    [InlineData("The toll reached 53; the Red Cross counted 48.", 48)]
    public void FigureAfterUpFrom_IsTheStartOfATellRise_NotACurrentCount(string sentence, long expectedLow)
    {
        // Given one article whose sentence tells a rise from another counter's earlier figure (control: that counter's figure
        // stated as its own count)
        var a = new Doc("a", "Measles deaths rise", sentence, "2024-11-30");
        var pile = Doc.Pile([a], [a.Claim("53", 53), a.Claim("48", 48, by: "the Red Cross")]);

        // When
        var (low, _, high) = Doc.OnlyEstimate(pile);

        // Then the starting point of the rise neither counts as current nor widens the range
        Assert.Equal<(long?, long?)>((expectedLow, 53), (low, high));
    }

    [Theory]
    [InlineData("The toll stood at 53, up from 20 a week ago.", 30, true)]
    [InlineData("Deaths have risen from 31 to 45.", 23, true)]
    [InlineData("Deaths have risen from 31 to 45.", 29, false)]
    [InlineData("The toll stood at 53, up from 20 a week ago.", 18, false)]
    [InlineData("Up to 20 people died, officials said.", 6, false)]
    public void RiseStartsAt_OnlyTheFigureRightAfterFrom(string sentence, int figureAt, bool expected)
    {
        // Given a sentence and where a figure starts in it; then only a figure right after "up from", "risen from" … starts a rise
        Assert.Equal(expected, ClaimFacts.RiseStartsAt(sentence, figureAt));
    }

    [Theory]
    [InlineData("It denied reports that 300 civilians were killed.", 40)]
    [InlineData("It said reports put the toll at 300 civilians killed.", 300)]
    public void FigureTheSentenceDenies_IsNoOnesCurrentCount(string second, long expectedBest)
    {
        // Given an army statement of 40 dead and, in the next sentence, a figure it denies (control: the same figure reported)
        var a = new Doc("a", "Clashes in the capital", $"The army said 40 people died. {second}", "2024-07-08");
        var pile = Doc.Pile([a], [a.Claim("40 people", 40, by: "The army"), a.Claim("300 civilians", 300)]);

        // When
        var estimate = Doc.OnlyEstimate(pile);

        // Then a denied figure is not a reading of the toll: it neither becomes best nor widens the range
        Assert.Equal<(long?, long?, long?)>((expectedBest, expectedBest, expectedBest), estimate);
    }

    [Theory]
    [InlineData("The interior ministry denied reports that 300 people had died", 42, true)]
    [InlineData("Officials rejected claims that more than 1,000 were killed", 31, true)]
    [InlineData("Reports that the guards shot 15 people are false, the state paper said", 29, true)]
    [InlineData("The army denied any role, saying 40 people died in crossfire", 33, false)]
    [InlineData("Rescuers said 40 people had died", 14, false)]
    public void DeniesFigure_DenialBeforeTheFigureOrReportsCalledFalse(string sentence, int figureAt, bool expected)
    {
        // Given a sentence and where a figure starts in it; then a denial that reaches the figure denies it, one followed by a new
        // statement ("saying …") does not
        Assert.Equal(expected, ClaimFacts.DeniesFigure(sentence, figureAt));
    }

    [Theory]
    [InlineData("The harbour chief was dismissed after 300 people drowned", "300", false)]
    [InlineData("Traders rejected the new levy as 41 shops closed", "41", false)]
    [InlineData("The governor dismissed as exaggerated the reports that 300 people drowned", "300", true)]
    [InlineData("The agency rejected the toll of 520 given by the rebels", "520", true)]
    [InlineData("The council denied that 75 families were evicted", "75", true)]
    public void DeniesFigure_DismissedOrRejected_DeniesOnlyAReportOrCount(string sentence, string figure, bool expected)
    {
        // Given a sentence with "dismissed"/"rejected" before a figure; then it denies the figure only when what it rejects is a
        // report, claim or count ("deny" keeps denying whatever follows it)
        Assert.Equal(expected, ClaimFacts.DeniesFigure(sentence, sentence.IndexOf(figure, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Deaths in the valley rose from thirty to 45 overnight.", "45", false)]
    [InlineData("Deaths in the valley rose from thirty to 45 overnight.", "thirty", true)]
    public void RiseStartsAt_NotTheFigureAfterTo(string sentence, string figure, bool expected)
    {
        // Given a rise written with its start in words; then the figure after "to" ends the rise, it does not start it
        Assert.Equal(expected, ClaimFacts.RiseStartsAt(sentence, sentence.IndexOf(figure, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Deaths were recorded in Eastmarch (26), Westfold (11), Riverrun (11) and Highmoor (6).", null)]
    [InlineData("Deaths were recorded in Eastmarch (26).", "Norland")]
    public void FigureCoveringAListOfPlaces_IsTheirWhole_NotOneMorePlace(string list, string? expectedPlace)
    {
        // Given an article with a toll for a country and the tolls of several of its provinces, and another article with a later
        // national toll (control: one other province, which may well be a separate place)
        var a = new Doc("a", "Crackdown toll rises", $"At least 83 people have been killed in Norland, the group said. {list}", "2024-10-01");
        var b = new Doc("b", "Crackdown toll passes 100", "At least 108 people have died in Norland, the group said.", "2024-10-06");
        var claims = new List<FigureClaim>
        {
            a.Claim("83 people", 83, Qualifier.AtLeast, place: "Norland"),
            a.Claim("26", 26, place: "Eastmarch"),
            b.Claim("108 people", 108, Qualifier.AtLeast, place: "Norland"),
        };
        if (list.Contains("Westfold", StringComparison.Ordinal))
        {
            claims.Add(a.Claim("11", 11, place: "Westfold"));
            claims.Add(a.Claim("11", 11, place: "Riverrun", nth: 1));
            claims.Add(a.Claim("6", 6, place: "Highmoor"));
        }

        // When
        var (series, _) = Reconciler.Reconcile(Doc.Pile([a, b], claims));

        // Then the national tolls make one series: without a place when the article lists the provinces it is made of
        var national = Assert.Single(series, s => s.Points.Contains(claims[2].Id));
        Assert.Contains(claims[0].Id, national.Points);
        Assert.Equal(expectedPlace, national.Place);
        Assert.Equal(108, national.Estimate.Best);
    }
}
