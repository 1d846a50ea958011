using Triangulate.Extraction.Figures;
using Triangulate.Linking.Reconciliation;
using Doc = Triangulate.Tests.Support.PlacedDoc;

namespace Triangulate.Tests.Linking;

/// <summary>No false conflicts, one flag per problem, and estimates from each origin's current figure, on phrasings written for these
/// tests (issue 22, items 4 and 5).</summary>
public sealed class FalseConflictRuleTests
{
    [Fact]
    public void Conflict_OneCountContestedOnTwoDays_OneFlagNamingBoth()
    {
        // Given two counters disagreeing about one toll on one day, and again (with higher figures) on the next
        var a = new Doc("a", "Mudslide buries hillside village", "The regional governor said 40 people were killed.", "2024-09-02");
        var b = new Doc("b", "Village mudslide", "A rescue charity put the number of dead at 65.", "2024-09-02");
        var c = new Doc("c", "Mudslide toll climbs", "The governor's office now counts 90 dead.", "2024-09-03");
        var d = new Doc("d", "Charity says mudslide toll far higher", "The charity says 150 people died.", "2024-09-03");
        var claims = new[]
        {
            a.Claim("40 people", 40, by: "The regional governor"), b.Claim("65", 65, by: "A rescue charity"),
            c.Claim("90 dead", 90, by: "The governor's office"), d.Claim("150 people", 150, by: "The charity"),
        };

        // When
        var (_, flags) = Reconciler.Reconcile(Doc.Pile([a, b, c, d], claims));

        // Then the contested count is one problem: one flag, naming every article and both days
        var flag = Assert.Single(flags, f => f.Kind == FlagKind.ConflictingValuesSameTime);
        Assert.Equal(["a", "b", "c", "d"], flag.Docs.Order(StringComparer.Ordinal));
        Assert.Contains("2024-09-02", flag.Detail, StringComparison.Ordinal);
        Assert.Contains("2024-09-03", flag.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void TimeScope_SameFigureBoundedThreeWays_OneFlag()
    {
        // Given one figure said to count three different spans in three articles
        var a = new Doc("a", "Cholera spreads", "At least 230 people have died in the past week.");
        var b = new Doc("b", "Cholera deaths", "At least 230 people have died over the last ten days.");
        var c = new Doc("c", "Outbreak", "At least 230 people have died in two months.");
        var claims = new[]
        {
            a.Claim("230 people", 230, Qualifier.AtLeast, scope: a.Scope("in the past week", "2024-02-01", "2024-02-07")),
            b.Claim("230 people", 230, Qualifier.AtLeast, scope: b.Scope("over the last ten days", "2024-01-29", "2024-02-07")),
            c.Claim("230 people", 230, Qualifier.AtLeast, scope: c.Scope("in two months", "2023-12-07", "2024-02-07")),
        };

        // When
        var (_, flags) = Reconciler.Reconcile(Doc.Pile([a, b, c], claims));

        // Then one figure bounded differently is one problem
        var flag = Assert.Single(flags, f => f.Kind == FlagKind.TimeScopeConflict);
        Assert.Equal(["a", "b", "c"], flag.Docs.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("in Upland Province", 0)]
    [InlineData(null, 1)]
    public void SideBySide_FigureForOnePlaceBesideTheWholeCount_NotTwoTotals(string? place, int expected)
    {
        // Given an article giving the whole count and, sentences later, a smaller exact count for one place (or for no place)
        var a = new Doc("a", "Storm leaves trail of damage",
            "At least 90 people are still missing after the storm. Rescuers say 60 people are missing in Upland Province alone.");
        var claims = new[]
        {
            a.Claim("90 people", 90, Qualifier.AtLeast, measure: "missing"),
            a.Claim("60 people", 60, measure: "missing", place: place),
        };

        // When
        var (_, flags) = Reconciler.Reconcile(Doc.Pile([a], claims));

        // Then a place's part of the count is not a second total
        Assert.Equal(expected, flags.Count(f => f.Kind == FlagKind.TimeScopeConflict));
    }

    [Fact]
    public void EarlierYear_FigureOfAPastDisaster_IsBackground()
    {
        // Given an article on this year's fire that recalls a fire of an earlier year
        var a = new Doc("a", "Warehouse fire kills 19", "The fire killed 19 workers, the city said. In 2009 a blaze at a nearby depot killed 41 people.", "2024-11-12");
        var b = new Doc("b", "Nineteen dead in warehouse fire", "Nineteen workers died, officials said.", "2024-11-12");
        var claims = new[] { a.Claim("19 workers", 19, who: "workers"), a.Claim("41 people", 41), b.Claim("Nineteen workers", 19, who: "workers") };

        // When
        var (series, flags) = Reconciler.Reconcile(Doc.Pile([a, b], claims));

        // Then the old toll is in no series and raises no flag
        Assert.DoesNotContain(series, s => s.Estimate.Best == 41);
        Assert.Empty(flags);
    }

    [Fact]
    public void EarlierYear_YearAfterTheFigure_StillTheEvent()
    {
        // Given "the deadliest since 2009": the year comes after the figure and dates the comparison, not the figure
        var a = new Doc("a", "Warehouse fire", "The fire killed 19 workers, the deadliest since 2009.", "2024-11-12");

        // When
        var (series, _) = Reconciler.Reconcile(Doc.Pile([a], [a.Claim("19 workers", 19, who: "workers")]));

        // Then
        Assert.Equal(19, Assert.Single(series).Estimate.Best);
    }

    [Theory]
    [InlineData("security forces members")]
    [InlineData("the government's security forces")]
    public void Groups_OneGroupUnderSeveralNames_ShareOneSeries(string other)
    {
        // Given one group counted under two names in two articles
        var a = new Doc("a", "Clashes", "Twelve security forces were killed.", "2024-03-01");
        var b = new Doc("b", "Clashes continue", $"Twelve {other} died.", "2024-03-01");
        var claims = new[] { a.Claim("Twelve security forces", 12, who: "security forces"), b.Claim($"Twelve {other}", 12, who: other) };

        // When
        var (series, flags) = Reconciler.Reconcile(Doc.Pile([a, b], claims));

        // Then one series, and no flag
        Assert.Single(series);
        Assert.Empty(flags);
    }

    [Fact]
    public void Groups_DifferentFighters_NoConflict()
    {
        // Given two different groups of fighters counted on one day by two outlets
        var a = new Doc("a", "Front line", "Some 125 government fighters were killed.", "2024-03-01");
        var b = new Doc("b", "Offensive", "Some 148 rebel fighters were killed.", "2024-03-01");
        var claims = new[] { a.Claim("125 government fighters", 125, Qualifier.About, who: "government fighters"), b.Claim("148 rebel fighters", 148, Qualifier.About, who: "rebel fighters") };

        // When
        var (_, flags) = Reconciler.Reconcile(Doc.Pile([a, b], claims));

        // Then
        Assert.Empty(flags);
    }

    [Fact]
    public void TotalAndItsComponent_NoConflict()
    {
        // Given "745 people, including 213 children" in one article and the same total in another
        var a = new Doc("a", "Floods", "The floods have killed 745 people, including 213 children.", "2024-07-01");
        var b = new Doc("b", "Flood toll", "The toll stands at 745.", "2024-07-01");
        var claims = new[] { a.Claim("745 people", 745), a.Claim("213 children", 213, who: "children"), b.Claim("745", 745) };

        // When
        var (_, flags) = Reconciler.Reconcile(Doc.Pile([a, b], claims));

        // Then no conflict between the total and its part
        Assert.DoesNotContain(flags, f => f.Kind is FlagKind.ConflictingValuesSameTime or FlagKind.ConflictingValuesSameSource or FlagKind.TimeScopeConflict
            or FlagKind.ComponentsExceedTotal);
    }

    [Fact]
    public void Increment_ThreeMore_NoConflict()
    {
        // Given a toll and "three more bodies" found later in the same article
        var a = new Doc("a", "Quarry collapse", "The collapse killed 30 miners. Divers found three more bodies on Sunday.", "2024-04-01");
        var claims = new[] { a.Claim("30 miners", 30, who: "miners"), a.Claim("three more bodies", 3) with { Increment = true } };

        // When
        var (series, flags) = Reconciler.Reconcile(Doc.Pile([a], claims));

        // Then
        Assert.Empty(flags);
        Assert.Equal(30, Assert.Single(series).Estimate.Best);
    }

    [Fact]
    public void Restatement_HeadlineAndBodySameFigure_NoFlag()
    {
        var a = new Doc("a", "Bridge collapse kills 27", "The collapse of the bridge killed 27 people on Friday.", "2024-06-01");
        var claims = new[] { a.Claim("kills 27", 27), a.Claim("27 people", 27) };

        var (series, flags) = Reconciler.Reconcile(Doc.Pile([a], claims));

        Assert.Empty(flags);
        Assert.Equal((27, 27, 27), (series[0].Estimate.Low, series[0].Estimate.Best, series[0].Estimate.High));
    }

    [Theory]
    [InlineData("Officials said 245 miners died, but unofficial records put the toll at more than 300.", "unofficial records", 1)]
    [InlineData("Officials said 245 miners died, and the toll could pass 300.", null, 0)]
    public void OneArticleTwoCounters_ConflictingValuesSameTime(string body, string? secondCounter, int expected)
    {
        // Given one article giving one counter's toll and another counter's contradicting figure (or an unattributed projection)
        var a = new Doc("a", "Mine disaster", body, "2024-05-14");
        var claims = new[]
        {
            a.Claim("245 miners", 245, who: "miners", by: "Officials"),
            a.Claim("300", 300, Qualifier.MoreThan, who: "miners", by: secondCounter),
        };

        // When
        var (_, flags) = Reconciler.Reconcile(Doc.Pile([a], claims));

        // Then the article reports a disagreement of the same time only when it names two counters
        Assert.Equal(expected, flags.Count(f => f.Kind == FlagKind.ConflictingValuesSameTime));
    }

    [Fact]
    public void Components_OneBreakdownShortOfTwoTotals_OneFlag()
    {
        // Given an article giving two totals (the passengers and everyone aboard) and a breakdown of a few groups below both
        var a = new Doc("a", "Coach crash", "The coach was carrying 44 passengers. All 150 people on the convoy were accounted for. Among the dead were 16 pupils and 2 teachers.",
            "2024-03-24");
        var claims = new[]
        {
            a.Claim("44 passengers", 44, measure: "killed"), a.Claim("150 people", 150, measure: "killed"),
            a.Claim("16 pupils", 16, who: "pupils"), a.Claim("2 teachers", 2, who: "teachers"),
        };

        // When
        var (_, flags) = Reconciler.Reconcile(Doc.Pile([a], claims));

        // Then the article's breakdown falling short is one problem, one flag naming both checks
        var flag = Assert.Single(flags, f => f.Kind == FlagKind.ComponentsBelowTotal);
        Assert.Contains("44", flag.Detail, StringComparison.Ordinal);
        Assert.Contains("150", flag.Detail, StringComparison.Ordinal);
    }
}
