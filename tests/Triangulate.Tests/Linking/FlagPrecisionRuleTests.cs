using Triangulate.Extraction.Figures;
using Triangulate.Linking.Reconciliation;
using Doc = Triangulate.Tests.Support.PlacedDoc;

namespace Triangulate.Tests.Linking;

/// <summary>Flags a careful analyst would not raise (issue 22, item 5, round 10): a count printed on two neighbouring days, a
/// cumulative count "since" a month, a bound beside a figure it allows, a small number that recurs by coincidence. Phrasings
/// written for these tests.</summary>
public sealed class FlagPrecisionRuleTests
{
    [Theory]
    [InlineData("on Friday", "2024-05-10", 0)]
    [InlineData("on Sunday", "2024-05-12", 1)]
    public void TimeScope_SameFigureOnNeighbouringDays_NotAConflict(string words, string day, int expected)
    {
        // Given one toll said to stand "on Thursday night" in one article and on the next day (or three days later) in another
        var a = new Doc("a", "Ferry capsizes in storm", "The coast guard said 57 passengers died on Thursday night.", "2024-05-10");
        var b = new Doc("b", "Ferry toll", $"Officials confirmed 57 deaths {words}.", day);
        var claims = new[]
        {
            a.Claim("57 passengers", 57, scope: a.Scope("on Thursday night", "2024-05-09", "2024-05-09")),
            b.Claim("57 deaths", 57, scope: b.Scope(words, day, day)),
        };

        // When
        var (_, flags) = Reconciler.Reconcile(Doc.Pile([a, b], claims));

        // Then a toll given late one day and printed the next is one count; days further apart date it differently
        Assert.Equal(expected, flags.Count(f => f.Kind == FlagKind.TimeScopeConflict));
    }

    [Theory]
    [InlineData("since March 9", "2024-03-09", null, 0)]
    [InlineData("by Tuesday", "2024-04-02", "2024-04-02", 0)]
    [InlineData("since February 20", "2024-02-20", null, 1)]
    public void TimeScope_CumulativeCountSinceAMonth_AgreesWithADayInThatMonthOrItsAsOfDay(string words, string from, string? to, int expected)
    {
        // Given a cumulative count "since March" in one article and the same count with another scope in a second
        var a = new Doc("a", "Monsoon floods", "Since March, 641 people have died in the floods.");
        var b = new Doc("b", "Flood deaths mount", $"Officials say 641 people have died {words}.");
        var claims = new[]
        {
            a.Claim("641 people", 641, scope: a.Scope("Since March", "2024-03-01", null!)),
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
        // Given one article giving "more than 90,000" displaced and, further down, "about 97,000" (or two exact figures)
        var a = new Doc("a", "Floods force families from homes",
            "More than 90,000 people have been displaced by the floods. Aid agencies are sheltering about 97,000 displaced people in camps.");
        var claims = new[]
        {
            a.Claim("90,000 people", 90_000, first, measure: "displaced"),
            a.Claim("97,000 displaced people", 97_000, second, measure: "displaced"),
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
}
