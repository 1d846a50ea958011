using Triangulate.Extraction.Figures;
using Triangulate.Linking.Reconciliation;
using Doc = Triangulate.Tests.Support.PlacedDoc;

namespace Triangulate.Tests.Linking;

/// <summary>Flags a careful analyst would not raise (issue 22, item 5, round 10): a count printed on days at most two apart, a
/// cumulative count "since" a month, a bound beside a figure it allows, a small number that recurs by coincidence; and (round 11)
/// a later lower figure as a series step, three kinds of count adding up to a fourth, guessed breakdowns that only explain a
/// total. Phrasings written for these tests.</summary>
public sealed class FlagPrecisionRuleTests
{
    [Theory]
    [InlineData("on Friday", "2024-05-10", 0)]
    [InlineData("on Saturday", "2024-05-11", 0)]
    [InlineData("on Sunday", "2024-05-12", 1)]
    public void TimeScope_SameFigureOnNeighbouringDays_NotAConflict(string words, string day, int expected)
    {
        // Given one toll said to stand "late on Thursday" in one article and a day or two later (or three days later) in another
        var a = new Doc("a", "Ferry capsizes in storm", "The coast guard said 63 passengers died late on Thursday.", "2024-05-10");
        var b = new Doc("b", "Ferry toll", $"Officials confirmed 63 deaths {words}.", day);
        var claims = new[]
        {
            a.Claim("63 passengers", 63, scope: a.Scope("late on Thursday", "2024-05-09", "2024-05-09")),
            b.Claim("63 deaths", 63, scope: b.Scope(words, day, day)),
        };

        // When
        var (_, flags) = Reconciler.Reconcile(Doc.Pile([a, b], claims));

        // Then a toll standing still for a day or two is one count; days further apart date it differently
        Assert.Equal(expected, flags.Count(f => f.Kind == FlagKind.TimeScopeConflict));
    }

    [Theory]
    [InlineData("since April 9", "2024-04-09", null, 0)]
    [InlineData("by Tuesday", "2024-05-07", "2024-05-07", 0)]
    [InlineData("since March 11", "2024-03-11", null, 1)]
    public void TimeScope_CumulativeCountSinceAMonth_AgreesWithADayInThatMonthOrItsAsOfDay(string words, string from, string? to, int expected)
    {
        // Given a cumulative count "since April" in one article and the same count with another scope in a second
        var a = new Doc("a", "Monsoon floods", "Since April, 641 people have died in the floods.");
        var b = new Doc("b", "Flood deaths mount", $"Officials say 641 people have died {words}.");
        var claims = new[]
        {
            a.Claim("641 people", 641, scope: a.Scope("Since April", "2024-04-01", null!)),
            b.Claim("641 people", 641, scope: b.Scope(words, from, to!)),
        };

        // When
        var (_, flags) = Reconciler.Reconcile(Doc.Pile([a, b], claims));

        // Then a start stated to the month agrees with a day in that month and with the day the count stands at; another month does not
        Assert.Equal(expected, flags.Count(f => f.Kind == FlagKind.TimeScopeConflict));
    }

    [Theory]
    [InlineData(Qualifier.MoreThan, Qualifier.About, 0)]
    [InlineData(Qualifier.Exact, Qualifier.Exact, 1)]
    public void SideBySide_BoundBesideAFigureItAllows_NotTwoTotals(Qualifier first, Qualifier second, int expected)
    {
        // Given one article giving "more than 93,000" displaced and, further down, "about 99,500" (or two exact figures)
        var a = new Doc("a", "Floods force families from homes",
            "More than 93,000 people have been displaced by the floods. Aid agencies are sheltering about 99,500 displaced people in camps.");
        var claims = new[]
        {
            a.Claim("93,000 people", 93_000, first, measure: "displaced"),
            a.Claim("99,500 displaced people", 99_500, second, measure: "displaced"),
        };

        // When
        var (_, flags) = Reconciler.Reconcile(Doc.Pile([a], claims));

        // Then a floor and a figure above it are one count worded two ways; two exact figures apart are two totals
        Assert.Equal(expected, flags.Count(f => f.Kind == FlagKind.TimeScopeConflict));
    }

    [Theory]
    [InlineData(14, 0)]
    [InlineData(41, 1)]
    public void SameValue_SmallNumberInTwoArticles_Coincidence(long value, int expected)
    {
        // Given one number used for people trapped in one article and for people injured in another
        var a = new Doc("a", "Mine collapse", $"Rescuers said {value} miners were trapped underground.");
        var b = new Doc("b", "Mine collapse injuries", $"Doctors treated {value} people for injuries.");
        var claims = new[]
        {
            a.Claim($"{value} miners", value, who: "miners", measure: "trapped"),
            b.Claim($"{value} people", value, measure: "injured"),
        };

        // When
        var (_, flags) = Reconciler.Reconcile(Doc.Pile([a, b], claims));

        // Then a number below 20 recurs by coincidence across articles; a larger specific number is worth a look
        Assert.Equal(expected, flags.Count(f => f.Kind == FlagKind.SameValueDifferentCategory));
    }

    [Fact]
    public void SameValue_SmallNumberForTwoCountsInOneArticle_Flagged()
    {
        // Given one article that gives 14 both as the dead and as the injured
        var a = new Doc("a", "Bus overturns", "The crash killed 14 people. Another 14 people were injured, police said.");
        var claims = new[] { a.Claim("14 people", 14), a.Claim("14 people", 14, measure: "injured", nth: 1) };

        // When
        var (_, flags) = Reconciler.Reconcile(Doc.Pile([a], claims));

        // Then the article itself uses the number twice: worth a look, however small
        Assert.Contains(flags, f => f.Kind == FlagKind.SameValueDifferentCategory);
    }

    [Theory]
    [InlineData(Qualifier.AtLeast, 0)]
    [InlineData(Qualifier.Exact, 1)]
    public void Components_GroupFigureWordedAsAFloor_BreakdownNotShort(Qualifier children, int expected)
    {
        // Given an article giving 27 dead and naming "at least 12 children" (or exactly 12) and a teacher among them
        var a = new Doc("a", "School hit by shelling", "The shelling killed 27 people. Among the dead were at least 12 children and a teacher.");
        var claims = new[]
        {
            a.Claim("27 people", 27),
            a.Claim("12 children", 12, children, who: "children"),
            a.Claim("a teacher", 1, who: "teachers"),
        };

        // When
        var (_, flags) = Reconciler.Reconcile(Doc.Pile([a], claims));

        // Then a floor for one group makes the breakdown's sum a floor: it may reach the total, so it is not short
        Assert.Equal(expected, flags.Count(f => f.Kind == FlagKind.ComponentsBelowTotal));
    }

    // Round 11: a later lower figure of one counter is a series step, not a flag; three counts of three kinds that add up to a fourth
    // are a breakdown; a breakdown the article does not state (figures for a few places, every group it lists) only explains a total.

    [Fact]
    public void LaterLowerFigureOfOneCounter_IsASeriesStep_NotAFlag()
    {
        // Given one agency putting the missing at 80 on Monday and at 60 on Wednesday, with no word of a correction
        var a = new Doc("a", "Landslide buries village", "The relief agency said 80 villagers were missing.", "2024-01-01");
        var b = new Doc("b", "Search goes on", "The relief agency now says 60 villagers are missing.", "2024-01-03");
        var claims = new[]
        {
            a.Claim("80 villagers", 80, who: "villagers", measure: "missing", by: "the relief agency"),
            b.Claim("60 villagers", 60, who: "villagers", measure: "missing", by: "The relief agency"),
        };

        // When
        var (series, flags) = Reconciler.Reconcile(Doc.Pile([a, b], claims));

        // Then the drop is told in the series (a conflict step with its reason) and raises no flag of its own
        var step = Assert.Single(Assert.Single(series).Steps);
        Assert.Equal(SeriesRelation.Conflict, step.Relation);
        Assert.Contains("no stated correction", step.Why, StringComparison.Ordinal);
        Assert.Empty(flags);
    }

    [Theory]
    [InlineData(302, 1)]
    [InlineData(303, 0)]
    public void ThreeKindsOfCount_AddUpToAFourth_ComponentsMatch(long aboard, int expected)
    {
        // Given an article on a capsized boat: so many aboard, of whom some rescued, some dead and some missing
        var a = new Doc("a", "Boat capsizes off the coast",
            $"The boat was carrying {aboard} passengers when it overturned. Rescuers pulled 171 people from the water, 47 bodies have been recovered and 84 people are still missing.");
        var claims = new[]
        {
            a.Claim($"{aboard} passengers", aboard, measure: "aboard"),
            a.Claim("171 people", 171, measure: "rescued"),
            a.Claim("47 bodies", 47),
            a.Claim("84 people", 84, measure: "missing"),
        };

        // When
        var (_, flags) = Reconciler.Reconcile(Doc.Pile([a], claims));

        // Then the rescued, the dead and the missing make up the people aboard when (and only when) they add up exactly
        Assert.Equal(expected, flags.Count(f => f.Kind == FlagKind.ComponentsMatchTotal && f.Claims.Count == 4));
    }

    [Fact]
    public void TwoKindsOfCount_AddingUpToAThird_AreNotReadAsItsParts()
    {
        // Given an article whose dead and injured happen to add up to its number of homes destroyed
        var a = new Doc("a", "Quake strikes hill towns",
            "The quake killed 35 people and injured 118. Officials said 153 homes were destroyed and 12 schools damaged.");
        var claims = new[]
        {
            a.Claim("35 people", 35),
            a.Claim("118", 118, measure: "injured"),
            a.Claim("153 homes", 153, measure: "destroyed"),
            a.Claim("12 schools", 12, measure: "damaged"),
        };

        // When
        var (_, flags) = Reconciler.Reconcile(Doc.Pile([a], claims));

        // Then a sum of two kinds is a coincidence, not a breakdown
        Assert.DoesNotContain(flags, f => f.Kind == FlagKind.ComponentsMatchTotal);
    }

    [Theory]
    [InlineData(20, 0, 0)]
    [InlineData(80, 0, 1)]
    public void FiguresForAFewPlaces_ShortOfTheTotal_NotFlagged(long lakeshore, int expectedShort, int expectedMatch)
    {
        // Given an article with a national toll of 150 and, sentence by sentence, the tolls of three districts
        var a = new Doc("a", "Floods kill 150",
            $"The floods have killed 150 people nationwide. In the north, 40 died in Riverton district. Hillside counted 30 dead. Lakeshore reported {lakeshore} deaths.");
        var claims = new[]
        {
            a.Claim("150 people", 150),
            a.Claim("40 died", 40, place: "Riverton"),
            a.Claim("30 dead", 30, place: "Hillside"),
            a.Claim($"{lakeshore} deaths", lakeshore, place: "Lakeshore"),
        };

        // When
        var (_, flags) = Reconciler.Reconcile(Doc.Pile([a], claims));

        // Then districts that add up to the toll are its breakdown; districts short of it are a selection (the hardest hit), not a shortfall
        Assert.Equal(expectedShort, flags.Count(f => f.Kind == FlagKind.ComponentsBelowTotal));
        Assert.Equal(expectedMatch, flags.Count(f => f.Kind == FlagKind.ComponentsMatchTotal));
    }

    [Theory]
    [InlineData(200, 0)]
    [InlineData(303, 1)]
    public void EveryGroupListed_AReadingTriedOnlyToExplainTheTotal(long total, int expectedMatch)
    {
        // Given an article listing fighters, "pro-government fighters" (words shared, perhaps counted apart) and civilians
        var a = new Doc("a", "Clashes in the hills",
            $"In all {total} people were killed. The dead include 125 fighters. Another 148 pro-government fighters died, and 30 civilians.");
        var claims = new[]
        {
            a.Claim($"{total} people", total),
            a.Claim("125 fighters", 125, who: "fighters"),
            a.Claim("148 pro-government fighters", 148, who: "pro-government fighters"),
            a.Claim("30 civilians", 30, who: "civilians"),
        };

        // When
        var (_, flags) = Reconciler.Reconcile(Doc.Pile([a], claims));

        // Then adding every listed group is a charitable guess: it may explain the total, but its excess is no evidence
        Assert.DoesNotContain(flags, f => f.Kind == FlagKind.ComponentsExceedTotal);
        Assert.Equal(expectedMatch, flags.Count(f => f.Kind == FlagKind.ComponentsMatchTotal));
    }

    [Theory]
    [InlineData(400, 0, 0)]
    [InlineData(900, 0, 1)]
    [InlineData(550, 1, 0)]
    public void FiguresListedTogether_AddingUpToMoreThanTheTotal_AComparisonNotABreakdown(long total, int expectedMatch, int expectedShort)
    {
        // Given an article whose lead gives a toll and a later sentence that lists two figures of the same count side by side
        // (this week's count and last week's, or two districts), with no total in that sentence
        var a = new Doc("a", "Fever outbreak spreads through the valley",
            $"Health workers say {total} people have died of the disease. The clinic in the port town recorded 310 deaths, against 240 in the hill villages.");
        var claims = new[]
        {
            a.Claim($"{total} people", total),
            a.Claim("310 deaths", 310),
            a.Claim("240 in the hill villages", 240),
        };

        // When
        var (_, flags) = Reconciler.Reconcile(Doc.Pile([a], claims));

        // Then figures that add up to more than the toll are not read as its parts (no excess), while a sum that matches the toll
        // or falls short of it is still reported
        Assert.DoesNotContain(flags, f => f.Kind == FlagKind.ComponentsExceedTotal);
        Assert.Equal(expectedMatch, flags.Count(f => f.Kind == FlagKind.ComponentsMatchTotal));
        Assert.Equal(expectedShort, flags.Count(f => f.Kind == FlagKind.ComponentsBelowTotal));
    }

    // Round s13 (issue 22, item 5): one problem, one flag; a rise the article tells; a combined count of the dead and missing.

    [Theory]
    [InlineData("The previous toll, given on Friday, was 380.", 0)]
    [InlineData("A rescue group counted 380.", 1)]
    public void SideBySide_LowerFigureTheArticleCallsPrevious_IsAToldRise(string second, int expected)
    {
        // Given one article with a risen toll and, in a sentence of its own, the toll before (control: another counter's lower figure)
        var a = new Doc("a", "Quake toll rises", $"Rescuers say 412 people have died. {second}");
        var pile = Doc.Pile([a], [a.Claim("412 people", 412), a.Claim("380", 380)]);

        // When
        var (_, flags) = Reconciler.Reconcile(pile);

        // Then the article tells the rise itself; two counters' totals side by side are still reported
        Assert.Equal(expected, flags.Count(f => f.Kind == FlagKind.TimeScopeConflict));
    }

    [Theory]
    [InlineData(" All 476 people aboard were accounted for.", 0)]
    [InlineData("", 1)]
    public void BreakdownAddingUpToItsOwnArticlesTotal_NotReportedAgainAcrossArticles(string ownTotal, int expectedAcross)
    {
        // Given an article listing 452 passengers and 24 crew (and, or not, their total of 476) and another stating 476 aboard
        var a = new Doc("a", "Ferry sinks off the cape", "The ferry carried 452 passengers and 24 crew." + ownTotal);
        var b = new Doc("b", "Search for ferry survivors", "There were 476 people aboard the ferry, the coast guard said.");
        var claims = new List<FigureClaim>
        {
            a.Claim("452 passengers", 452, who: "passengers", measure: "aboard"),
            a.Claim("24 crew", 24, who: "crew", measure: "aboard"),
            b.Claim("476 people", 476, measure: "aboard"),
        };
        if (ownTotal.Length > 0)
        {
            claims.Add(a.Claim("476 people", 476, measure: "aboard"));
        }

        // When
        var (_, flags) = Reconciler.Reconcile(Doc.Pile([a, b], claims));

        // Then the breakdown is checked once, in its own article, when that article states the total; otherwise across articles
        Assert.Equal(expectedAcross, flags.Count(f => f.Kind == FlagKind.ComponentsMatchTotal && f.Docs.Contains("b")));
    }

    [Theory]
    [InlineData("dead_or_missing", 0)]
    [InlineData("injured", 1)]
    public void SameNumber_DeadAndDeadOrMissing_OneKindOfCount(string measure, int expected)
    {
        // Given 37 dead in one article and 37 "dead or missing" in another (control: 37 injured)
        var a = new Doc("a", "Landslide buries village", "Officials said 37 people were killed.");
        var b = new Doc("b", "Village mourns", "In all 37 people are dead or missing, the mayor said.");
        var claims = new[] { a.Claim("37 people", 37), b.Claim("37 people", 37, measure: measure) };

        // When
        var (_, flags) = Reconciler.Reconcile(Doc.Pile([a, b], claims));

        // Then the combined count equals the dead once no one is missing: not two categories; the dead and the hurt are
        Assert.Equal(expected, flags.Count(f => f.Kind == FlagKind.SameValueDifferentCategory));
    }
}
