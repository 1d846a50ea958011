using Triangulate.Extraction.Figures;
using Triangulate.Linking.Reconciliation;
using Doc = Triangulate.Tests.Support.PlacedDoc;

namespace Triangulate.Tests.Linking;

/// <summary>Flag rules of round 11 (issue 22, item 5): a later lower figure of one counter is a series step, not a flag; three
/// counts of three kinds that add up to a fourth are a breakdown; a breakdown the article does not state (figures for a few
/// places, every group it lists) is tried only to explain a total. Phrasings written for these tests.</summary>
public sealed class FlagKindRuleTests
{
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
}
