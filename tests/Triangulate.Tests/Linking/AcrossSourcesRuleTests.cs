using Triangulate.Extraction.Figures;
using Triangulate.Linking.Reconciliation;
using Doc = Triangulate.Tests.Support.PlacedDoc;

namespace Triangulate.Tests.Linking;

/// <summary>No false conflicts and UCDP-style estimates, on phrasings written for these tests (issue 22, items 4 and 5).</summary>
public sealed class AcrossSourcesRuleTests
{
    // The low / best / high of the single series the pile makes.
    private static (long Low, long Best, long High) LowBestHigh(IEnumerable<Doc> docs, IEnumerable<FigureClaim> claims)
    {
        var e = Assert.Single(Reconciler.Reconcile(Doc.Pile(docs, claims)).Series).Estimate;
        return (e.Low!.Value, e.Best!.Value, e.High!.Value);
    }

    [Fact]
    public void Headline_FigureTheBodyDoesNotGive_StaleFigureFlagged()
    {
        // Given a headline left at an older toll over a body that gives another
        var d = new Doc("a", "Flood toll climbs to 64 in river valley", "Rescuers said 41 people had died by Tuesday morning. Roads remain closed.");
        var claims = new[] { d.Claim("64", 64), d.Claim("41 people had died", 41) };

        // When
        var (_, flags) = Reconciler.Reconcile(Doc.Pile([d], claims));

        // Then one time-scope flag names both figures
        var flag = Assert.Single(flags, f => f.Kind == FlagKind.TimeScopeConflict);
        Assert.Equal(2, flag.Claims.Count);
    }

    [Fact]
    public void Headline_OlderFiguresForTwoCounts_OneFlagForTheArticle()
    {
        // Given a headline left at older tolls of the dead and the hurt, over a body that gives newer ones for both
        var d = new Doc("a", "Flood kills 64 and injures 120 in river valley",
            "Rescuers said 41 people had died by Tuesday morning. Hospitals said 80 people were hurt. Roads remain closed.");
        var claims = new[]
        {
            d.Claim("kills 64", 64), d.Claim("41 people had died", 41),
            d.Claim("injures 120", 120, measure: "injured"), d.Claim("80 people were hurt", 80, measure: "injured"),
        };

        // When
        var (_, flags) = Reconciler.Reconcile(Doc.Pile([d], claims));

        // Then the article's stale headline is one problem: one flag naming all four figures
        var flag = Assert.Single(flags, f => f.Kind == FlagKind.TimeScopeConflict);
        Assert.Equal(4, flag.Claims.Count);
    }

    [Fact]
    public void MergeSameDocuments_OtherKindOrOtherDocuments_StayApart()
    {
        // Given two flags of one kind on one article, one of that kind on two articles, and one of another kind on the first article
        var flags = new List<ConsistencyFlag>
        {
            new(FlagKind.TimeScopeConflict, ["c1", "c2"], ["a"], "Killed: 64 vs 41."),
            new(FlagKind.TimeScopeConflict, ["c3", "c4"], ["a", "b"], "Scopes differ."),
            new(FlagKind.TimeScopeConflict, ["c5", "c6", "c2"], ["a"], "Injured: 120 vs 80."),
            new(FlagKind.ConflictingValuesSameSource, ["c1", "c7"], ["a"], "64 and about 64."),
        };

        // When
        var merged = ConsistencyChecker.MergeSameDocuments(flags);

        // Then only the two of one kind on exactly the same article are joined, claims once each, explanations in order
        Assert.Equal(3, merged.Count);
        Assert.Equal(new[] { "c1", "c2", "c5", "c6" }, merged[0].Claims);
        Assert.Equal("Killed: 64 vs 41. Injured: 120 vs 80.", merged[0].Detail);
        Assert.Equal(FlagKind.ConflictingValuesSameSource, merged[2].Kind);
    }

    [Fact]
    public void Series_SecurityForcesAndTheGovernmentsSecurityForces_OneSeries()
    {
        // Given one article counting "security forces" and another "the government's security forces" among the dead
        var a = new Doc("a", "Clashes in the north", "Officials said 14 security forces were killed.", "2024-02-01");
        var b = new Doc("b", "Northern clashes", "Among the dead were 17 of the government's security forces.", "2024-02-02");
        var claims = new[] { a.Claim("14 security forces", 14, who: "security forces"), b.Claim("17 of the government's security forces", 17, who: "the government's security forces") };

        // When
        var (series, _) = Reconciler.Reconcile(Doc.Pile([a, b], claims));

        // Then one group, one series with both points
        Assert.Equal(2, Assert.Single(series).Points.Count);
    }

    [Fact]
    public void Headline_SameFigureWordedTwoWays_ConflictingValuesSameSource()
    {
        // ("at least 37" beside "37" is one count since round s14: TollEvolutionRuleTests)
        var d = new Doc("a", "Ferry fire kills 37", "More than 37 passengers died when fire swept the lower deck.");
        var claims = new[] { d.Claim("kills 37", 37), d.Claim("More than 37 passengers died", 37, Qualifier.MoreThan) };

        var (_, flags) = Reconciler.Reconcile(Doc.Pile([d], claims));

        Assert.Contains(flags, f => f.Kind == FlagKind.ConflictingValuesSameSource && f.Claims.Count == 2);
    }

    [Fact]
    public void Headline_BodyTellsTheRiseInOneSentence_NoConflict()
    {
        // Given "rose from 30 to 50": the body tells the change, the headline is current
        var d = new Doc("a", "Quarry collapse toll rises to 50", "The toll rose from 30 to 50 overnight as crews reached the lower benches.");
        var claims = new[] { d.Claim("50", 50), d.Claim("30", 30), d.Claim("50", 50, nth: 1) };

        var (_, flags) = Reconciler.Reconcile(Doc.Pile([d], claims));

        Assert.DoesNotContain(flags, f => f.Kind is FlagKind.TimeScopeConflict or FlagKind.ConflictingValuesSameSource);
    }

    [Fact]
    public void SameValue_TwoNamesOfOneGroup_NotADifferentCategory()
    {
        // Given one count of the dead called "pupils" in one article and "students" in another
        var a = new Doc("a", "School trip bus crash", "The crash killed 16 pupils and their driver.");
        var b = new Doc("b", "Bus plunges into ravine", "Officials said 16 students were killed.");
        var claims = new[] { a.Claim("16 pupils", 16, who: "pupils"), b.Claim("16 students", 16, who: "students") };

        var (_, flags) = Reconciler.Reconcile(Doc.Pile([a, b], claims));

        Assert.DoesNotContain(flags, f => f.Kind == FlagKind.SameValueDifferentCategory);
    }

    [Fact]
    public void SameValue_DeadInOneArticleWoundedInAnother_Flagged()
    {
        var a = new Doc("a", "Market blast", "The blast killed 23 people, police said.");
        var b = new Doc("b", "Explosion at market", "At the hospital, 23 people were treated for wounds.");
        var claims = new[] { a.Claim("killed 23 people", 23), b.Claim("23 people were treated", 23, measure: "injured") };

        var (_, flags) = Reconciler.Reconcile(Doc.Pile([a, b], claims));

        Assert.Contains(flags, f => f.Kind == FlagKind.SameValueDifferentCategory);
    }

    [Fact]
    public void SameValue_TotalInOneArticleCiviliansInAnother_Flagged()
    {
        var a = new Doc("a", "Shelling of the town", "The shelling has killed 318 people since Friday.");
        var b = new Doc("b", "Town shelled again", "A monitor counted 318 civilians killed.");
        var claims = new[] { a.Claim("killed 318 people", 318), b.Claim("318 civilians killed", 318, who: "civilians") };

        var (_, flags) = Reconciler.Reconcile(Doc.Pile([a, b], claims));

        Assert.Contains(flags, f => f.Kind == FlagKind.SameValueDifferentCategory);
    }

    [Theory]
    [InlineData("security forces members")]
    [InlineData("security forces personnel")]
    [InlineData("members of the security forces")]
    public void GroupMatcher_GroupUnderAnotherName_SameKey(string who) =>
        Assert.Equal(GroupMatcher.KeyOf("security forces"), GroupMatcher.KeyOf(who));

    [Fact]
    public void GroupMatcher_FillerWordAlone_StillNamesTheGroup() =>
        Assert.NotEqual(GroupMatcher.All, GroupMatcher.KeyOf("members"));

    [Fact]
    public void Estimate_OriginsLatestArticle_ItsLeadFigureIsCurrent()
    {
        // Given the fire service's 30 on Sunday, and on Monday an article that leads with its 61 and recalls the 30 further down
        var a = new Doc("a", "Warehouse fire", "The fire service said 30 people died.", "2024-03-10");
        var b = new Doc("b", "Warehouse fire toll rises", "The fire service said 61 people died. The service had put the toll at 30 on Sunday.", "2024-03-11");
        var claims = new[]
        {
            a.Claim("30 people died", 30, by: "the fire service"),
            b.Claim("61 people died", 61, by: "the fire service"), b.Claim("toll at 30", 30, by: "the fire service"),
        };

        // When
        var estimate = LowBestHigh([a, b], claims);

        // Then its current figure is the one its latest article leads with, not the older one it recalls
        Assert.Equal((61L, 61L, 61L), estimate);
    }

    [Theory]
    // A floor that allows the best figure agrees with it.
    [InlineData(
        "The health ministry said 52 people died.", "2024-09-02", "the health ministry", 52, Qualifier.Exact,
        "At least 40 people died, a rescue agency said.", "2024-09-02", "a rescue agency", 40, Qualifier.AtLeast, 52, 52, 52)]
    // An update by the same origin supersedes its earlier figure.
    [InlineData(
        "The health ministry said 30 people died.", "2024-09-01", "the health ministry", 30, Qualifier.Exact,
        "The health ministry said 52 people died.", "2024-09-02", "health ministry", 52, Qualifier.Exact, 52, 52, 52)]
    // Of two equally reliable origins the less round figure is best; the round one sets the low end.
    [InlineData(
        "The interior ministry said 1,000 people died.", "2024-06-05", "the interior ministry", 1000, Qualifier.Exact,
        "The regional governor said 1,046 people died.", "2024-06-05", "the regional governor", 1046, Qualifier.Exact, 1000, 1046, 1046)]
    public void Estimate_TwoArticlesOneFigureEach_LowBestHigh(string firstBody, string firstDate, string firstBy, long firstValue, Qualifier firstQualifier,
        string secondBody, string secondDate, string secondBy, long secondValue, Qualifier secondQualifier, long low, long best, long high)
    {
        // Given two articles about one landslide, each giving one figure of the dead
        var a = new Doc("a", "Landslide", firstBody, firstDate);
        var b = new Doc("b", "Landslide toll", secondBody, secondDate);
        var claims = new[] { a.Claim(firstBody.TrimEnd('.'), firstValue, firstQualifier, by: firstBy), b.Claim(secondBody.TrimEnd('.'), secondValue, secondQualifier, by: secondBy) };

        // When
        var estimate = LowBestHigh([a, b], claims);

        // Then
        Assert.Equal((low, best, high), estimate);
    }

    [Theory]
    [InlineData(1311, 0)]
    [InlineData(1300, 2)]
    [InlineData(1000, 3)]
    [InlineData(0, 0)]
    public void Roundness_TrailingZeros_Counted(long value, int expected) => Assert.Equal(expected, Reconciler.Roundness(value));

    [Fact]
    public void Estimate_OtherOriginContradicts_WidensTheRange()
    {
        // Given the ministry's 52 in two articles and a UN agency's 47 on the same day
        var a = new Doc("a", "Landslide", "The health ministry said 52 people died.", "2024-09-02");
        var c = new Doc("c", "Hillside collapse", "According to the health ministry, 52 were killed.", "2024-09-02");
        var b = new Doc("b", "Landslide count", "A UN agency put the toll at 47.", "2024-09-02");
        var claims = new[]
        {
            a.Claim("52 people died", 52, by: "the health ministry"), c.Claim("52 were killed", 52, by: "the health ministry"),
            b.Claim("toll at 47", 47, by: "a UN agency"),
        };

        // When
        var estimate = LowBestHigh([a, b, c], claims);

        // Then best is the better-supported 52, and the other origin's 47 lowers the low end
        Assert.Equal((47L, 52L, 52L), estimate);
    }

    [Fact]
    public void Estimate_PartOfTheDead_IsNotTheBestFigure()
    {
        // Given "about 300" dead and "12 of the dead" (a part: those identified, say) in one later article
        var a = new Doc("a", "Theatre strike", "City officials said about 300 people died. So far 12 of the dead have been named.", "2024-04-10");
        var claims = new[] { a.Claim("about 300 people died", 300, Qualifier.About, by: "City officials"), a.Claim("12 of the dead", 12) };

        var (series, _) = Reconciler.Reconcile(Doc.Pile([a], claims));

        Assert.Equal(300, Assert.Single(series).Estimate.Best);
    }

    [Fact]
    public void Estimate_PartialCountFarBelowTheToll_StaysOutOfLowAndBest()
    {
        // Given a national toll of 301 and, the same day, one hospital's 2 deaths with no place words
        var a = new Doc("a", "Mine fire", "The energy ministry said 301 miners died.", "2024-05-17");
        var b = new Doc("b", "Mine fire hospital", "Two more died in hospital, bringing that ward's count to 2.", "2024-05-17");
        var claims = new[] { a.Claim("301 miners died", 301, by: "the energy ministry"), b.Claim("count to 2", 2) };

        var estimate = LowBestHigh([a, b], claims);

        Assert.Equal((301L, 301L, 301L), estimate);
    }
}
