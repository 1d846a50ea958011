using Triangulate.Extraction.Figures;
using Triangulate.Linking.Reconciliation;
using Doc = Triangulate.Tests.Support.PlacedDoc;

namespace Triangulate.Tests.Linking;

/// <summary>Flags a careful analyst would not raise (issue 22, item 5, round 10): a count printed on days at most two apart, a
/// cumulative count "since" a month, a bound beside a figure it allows, a small number that recurs by coincidence. Phrasings
/// written for these tests.</summary>
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
}
