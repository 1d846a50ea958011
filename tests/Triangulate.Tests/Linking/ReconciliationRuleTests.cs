using Triangulate.Extraction.Figures;
using Triangulate.Linking.Reconciliation;
using Triangulate.Linking.Reuse;

namespace Triangulate.Tests.Linking;

/// <summary>Reconciliation rules on claims built by hand for stories other than the corpus's.</summary>
public sealed class ReconciliationRuleTests
{
    private static int s_next;

    private static FigureClaim Claim(string doc, long? value, string? who, Qualifier q = Qualifier.Exact, string? by = null, string measure = "killed",
        string? scope = null, string? from = null, string? to = null, string? place = null, int at = 0) =>
        new($"c-{Interlocked.Increment(ref s_next)}", doc, at, at + 5, "x", measure, value, q)
        {
            Who = who,
            AttributedTo = by,
            TimeScope = scope is null ? null : new TimeScope(scope, 0, scope.Length) { From = from, To = to },
            PlaceScope = place is null ? null : new PlaceScope(place, 0, place.Length),
        };

    private static Dossier Dossier(IEnumerable<FigureClaim> claims, params (string Id, string? Date)[] docs) => new()
    {
        Documents = [.. docs.Select(d => new DossierDocument(d.Id, d.Id + ".txt", "text") { Published = d.Date is null ? null : new PublishedDate(d.Date, DatePrecision.Day, DateBasis.Metadata) })],
        Claims = [.. claims],
    };

    [Theory]
    [InlineData("ICRC", "International Committee of the Red Cross")]
    [InlineData("the Syrian Observatory", "Syrian Observatory for Human Rights")]
    [InlineData("the UK-based Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights")]
    [InlineData("OCHA", "Office for the Coordination of Humanitarian Affairs")]
    public void OriginResolver_AcronymOrShortForm_OneOrigin(string shortForm, string longForm)
    {
        // Given two claims attributed to two spellings of one counter
        var claims = new[] { Claim("d1", 10, "civilians", by: shortForm), Claim("d2", 12, "civilians", by: longForm) };

        // When origins are resolved
        var resolver = new OriginResolver(claims, [], []);

        // Then they are one origin
        Assert.Equal(resolver.KeyOf(claims[0]), resolver.KeyOf(claims[1]));
    }

    [Fact]
    public void OriginResolver_AcronymDefinedInText_LinksUnrelatedLookingSpelling()
    {
        // Given "Office of the High Commissioner (OHCHR)" in a text — its initials don't spell the acronym, the text does
        var doc = new DossierDocument("d1", "d1.txt", "The Office of the High Commissioner for Human Rights (OHCHR) said 12 died.");
        var claims = new[] { Claim("d1", 12, "civilians", by: "OHCHR"), Claim("d1", 12, "civilians", by: "Office of the High Commissioner for Human Rights") };

        // When
        var resolver = new OriginResolver(claims, [doc], []);

        // Then
        Assert.Equal(resolver.KeyOf(claims[0]), resolver.KeyOf(claims[1]));
    }

    [Fact]
    public void OriginResolver_DifferentCounters_TwoOrigins()
    {
        var claims = new[] { Claim("d1", 10, "civilians", by: "civil defence"), Claim("d2", 12, "civilians", by: "health ministry") };
        var resolver = new OriginResolver(claims, [], []);
        Assert.NotEqual(resolver.KeyOf(claims[0]), resolver.KeyOf(claims[1]));
    }

    [Fact]
    public void OriginResolver_UnattributedClaimsInReusedTexts_OneOrigin()
    {
        var claims = new[] { Claim("d1", 10, "civilians"), Claim("d2", 10, "civilians"), Claim("d3", 10, "civilians") };
        var reuse = new[] { new ReuseLink("d1", "d2", ReuseKind.Copy, 0.9, []) };
        var docs = new[] { "d1", "d2", "d3" }.Select(id => new DossierDocument(id, id + ".txt", string.Empty)).ToList();
        var resolver = new OriginResolver(claims, [], OriginGrouping.Of(docs, reuse));
        Assert.Equal(resolver.KeyOf(claims[0]), resolver.KeyOf(claims[1]));
        Assert.NotEqual(resolver.KeyOf(claims[0]), resolver.KeyOf(claims[2]));
    }

    [Theory]
    [InlineData("civilians", "Alawite civilians", true)]
    [InlineData("civilians", "all", false)]
    [InlineData("civilians", "security forces", false)]
    [InlineData("people", null, true)]
    [InlineData("migrants", "children", false)]
    public void GroupMatcher_Compatible_FollowsWordInclusion(string a, string? b, bool expected) =>
        Assert.Equal(expected, GroupMatcher.Compatible(GroupMatcher.KeyOf(a), GroupMatcher.KeyOf(b)));

    [Fact]
    public void Reconcile_RisingCountOfOneCounter_UpdatesAndBestIsLatest()
    {
        // Given a flood toll rising 12 → 30 → 41 from one ministry, and an NGO's lower figure on the middle day
        var claims = new[]
        {
            Claim("a", 12, "people", by: "the Interior Ministry"),
            Claim("b", 30, "people", by: "Interior Ministry"),
            Claim("b2", 25, "people", by: "a local NGO"),
            Claim("c", 41, "people", Qualifier.AtLeast, by: "Interior Ministry"),
        };
        var dossier = Dossier(claims, ("a", "2024-05-01"), ("b", "2024-05-02"), ("b2", "2024-05-02"), ("c", "2024-05-04"));

        // When
        var (series, flags) = Reconciler.Reconcile(dossier);

        // Then one series, ordered by date, update steps, two origins, best the latest figure
        var s = Assert.Single(series);
        Assert.Equal(["a", "b", "b2", "c"], s.Points.Select(p => claims.Single(c => c.Id == p).Doc));
        Assert.Equal(SeriesRelation.Update, s.Steps[^1].Relation);
        Assert.Equal(2, s.Origins);
        Assert.Equal(41, s.Estimate.Best);
        Assert.Contains("most recent", s.Estimate.Why, StringComparison.Ordinal);
        Assert.Contains(flags, f => f.Kind == FlagKind.ConflictingValuesSameTime);
    }

    [Fact]
    public void Reconcile_LaterLowerFigureWithoutCorrection_ConflictStepNotAFlag()
    {
        var claims = new[] { Claim("a", 80, "miners", by: "the mine operator"), Claim("b", 60, "miners", by: "mine operator") };
        var (series, flags) = Reconciler.Reconcile(Dossier(claims, ("a", "2024-01-01"), ("b", "2024-01-03")));
        Assert.Equal(SeriesRelation.Conflict, Assert.Single(series).Steps[0].Relation);
        Assert.DoesNotContain(flags, f => f.Kind == FlagKind.UnexplainedDecrease);
    }

    [Fact]
    public void Reconcile_ComponentsOfAStatedTotal_ExceedAndMatch()
    {
        // Given a train crash article: 40 passengers + 12 crew vs a total of 47, and another: 30 + 5 = 35
        var claims = new[]
        {
            Claim("a", 47, "all"), Claim("a", 40, "passengers", at: 20), Claim("a", 12, "crew members", at: 40),
            Claim("b", 35, null, Qualifier.AtLeast), Claim("b", 30, "passengers", at: 20), Claim("b", 5, "crew", at: 40),
        };

        // When
        var (_, flags) = Reconciler.Reconcile(Dossier(claims, ("a", null), ("b", null)));

        // Then
        var exceed = Assert.Single(flags, f => f.Kind == FlagKind.ComponentsExceedTotal);
        Assert.Equal(["a"], exceed.Docs);
        Assert.Contains("52", exceed.Detail, StringComparison.Ordinal);
        Assert.Contains(flags, f => f.Kind == FlagKind.ComponentsMatchTotal && f.Docs.SequenceEqual(["b"]));
    }

    [Fact]
    public void Reconcile_PartOfLinks_UsedAsComponents()
    {
        var total = Claim("a", 100, "all");
        var claims = new[] { total, Claim("a", 30, "children") with { PartOf = total.Id }, Claim("a", 20, "women") with { PartOf = total.Id } };
        var (_, flags) = Reconciler.Reconcile(Dossier(claims, ("a", null)));
        Assert.Contains(flags, f => f.Kind == FlagKind.ComponentsBelowTotal && f.Claims.Count == 3);
    }

    [Fact]
    public void Reconcile_SameFigureDifferentDurations_TimeScopeConflict()
    {
        var claims = new[]
        {
            Claim("a", 200, "all", Qualifier.MoreThan, scope: "in the past three days"),
            Claim("b", 200, "all", Qualifier.MoreThan, scope: "over the last 5 days"),
        };
        var (_, flags) = Reconciler.Reconcile(Dossier(claims, ("a", null), ("b", null)));
        var f = Assert.Single(flags, x => x.Kind == FlagKind.TimeScopeConflict);
        Assert.Equal(["a", "b"], f.Docs);
    }

    [Fact]
    public void Reconcile_SpecificNumberInTwoCategories_Flagged_RoundNumberNot()
    {
        var claims = new[] { Claim("a", 312, "all"), Claim("b", 312, "children"), Claim("a", 500, "all", at: 50), Claim("b", 500, "children", at: 50) };
        var (_, flags) = Reconciler.Reconcile(Dossier(claims, ("a", null), ("b", null)));
        var f = Assert.Single(flags, x => x.Kind == FlagKind.SameValueDifferentCategory);
        Assert.Contains("312", f.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Reconcile_OneSourceTwoValuesSameDay_ConflictingValuesSameSource()
    {
        var claims = new[] { Claim("a", 314, "injured", by: "health ministry", measure: "injured"), Claim("b", 324, "injured", by: "the Health Ministry", measure: "injured") };
        var (_, flags) = Reconciler.Reconcile(Dossier(claims, ("a", "2023-10-18"), ("b", "2023-10-18")));
        Assert.Contains(flags, f => f.Kind == FlagKind.ConflictingValuesSameSource);
    }

    [Fact]
    public void Reconcile_SeparatePlacesInOneArticle_SplitSeriesAndCombinedTotalMatches()
    {
        // Given a storm: 30 dead in Cuba + 12 in Haiti = "more than 40" in the region
        var claims = new[]
        {
            Claim("a", 30, "all", place: "Cuba"), Claim("a", 12, "all", place: "Haiti", at: 20), Claim("a", 40, "all", Qualifier.MoreThan, place: "Cuba and Haiti", at: 40),
            Claim("b", 33, "all", place: "eastern Cuba"),
        };
        var (series, flags) = Reconciler.Reconcile(Dossier(claims, ("a", "2024-10-01"), ("b", "2024-10-02")));
        Assert.Equal(3, series.Count);
        Assert.Contains(series, s => s.Place == "Cuba" && s.Points.Count == 2);
        Assert.Contains(flags, f => f.Kind == FlagKind.ComponentsMatchTotal);
    }

    [Fact]
    public void Reconcile_PartsInOneArticleSumToTotalInAnother_ComponentsMatchTotal()
    {
        // Given "3 organisers and 9 protesters were arrested" in one article and "12 people detained" in another
        var claims = new[]
        {
            Claim("a", 3, "organisers", measure: "arrested"), Claim("a", 9, "protesters", measure: "arrested", at: 30),
            Claim("b", 12, "people", measure: "detained"),
        };
        var (_, flags) = Reconciler.Reconcile(Dossier(claims, ("a", null), ("b", null)));
        var f = Assert.Single(flags, x => x.Kind == FlagKind.ComponentsMatchTotal);
        Assert.Equal(["a", "b"], f.Docs);
    }

    [Fact]
    public void Reconcile_DuplicateIdsAndMissingDocuments_NoThrow()
    {
        var a = Claim("ghost", 10, "all");
        var (series, _) = Reconciler.Reconcile(new Dossier { Claims = [a, a, Claim("ghost", null, null, Qualifier.Vague)] });
        Assert.Single(series);
    }

    [Fact]
    public void Reconcile_NoClaims_NothingAndNoThrow()
    {
        var (series, flags) = Reconciler.Reconcile(new Dossier());
        Assert.Empty(series);
        Assert.Empty(flags);
    }
    private static FigureClaim InSentence(FigureClaim c, int sentence, string span = "x") =>
        c with { Span = span, SentenceStart = sentence * 100, SentenceEnd = sentence * 100 + 90 };

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(0, 1, 1)]
    public void Reconcile_TwoTotalsOfOneArticle_FlaggedOnlyAcrossSentences(int first, int second, int expected)
    {
        // Given "the toll, initially put at 93, has now leapt to 115" (one sentence) or the two figures in separate sentences
        var claims = new[] { InSentence(Claim("a", 93, null, at: 10), first), InSentence(Claim("a", 115, null, at: 120), second) };

        // When
        var (_, flags) = Reconciler.Reconcile(Dossier(claims, ("a", null)));

        // Then: a sentence that relates the two figures itself is not a conflict for the reader
        Assert.Equal(expected, flags.Count(f => f.Kind == FlagKind.TimeScopeConflict));
    }

    [Theory]
    [InlineData("Twenty-eight of the injured", 0)]
    [InlineData("28 people", 1)]
    public void Reconcile_PartitiveCount_IsNotATotalForSameValueCheck(string span, int expected)
    {
        // Given 28 critical cases in one article and "28 of the injured" (an unnamed part) or "28 people" (a total) in another
        var claims = new[]
        {
            InSentence(Claim("a", 28, "critical cases", measure: "injured"), 0, "28 critical cases"),
            InSentence(Claim("b", 28, null, measure: "injured"), 0, span),
        };

        // When
        var (_, flags) = Reconciler.Reconcile(Dossier(claims, ("a", null), ("b", null)));

        // Then
        Assert.Equal(expected, flags.Count(f => f.Kind == FlagKind.SameValueDifferentCategory));
    }

    [Theory]
    [InlineData(true, 0)]
    [InlineData(false, 1)]
    public void Reconcile_GroupRewordedBetweenReusedTexts_NoSameValueFlag(bool reused, int expected)
    {
        // Given 125 "fighters" in one article and 125 "security forces" in another, which paraphrases it (or not)
        var dossier = Dossier([Claim("a", 125, "fighters"), Claim("b", 125, "security forces")], ("a", null), ("b", null)) with
        {
            Reuse = reused ? [new ReuseLink("a", "b", ReuseKind.Paraphrase, 0.7, [])] : [],
        };

        // When
        var (_, flags) = Reconciler.Reconcile(dossier);

        // Then
        Assert.Equal(expected, flags.Count(f => f.Kind == FlagKind.SameValueDifferentCategory));
    }

    [Fact]
    public void Reconcile_ComponentChecksSharingFigures_OneFlagNamingAll()
    {
        // Given 430 + 390 = "at least 820" and 1,498 + 430 + 390 = "more than 2,300" in one article
        var claims = new[]
        {
            Claim("a", 2300, null, Qualifier.MoreThan, at: 10), Claim("a", 1498, null, by: "AFAD", at: 100), Claim("a", 820, null, Qualifier.AtLeast, by: "SANA", at: 200),
            Claim("a", 430, null, by: "SANA", at: 300), Claim("a", 390, null, by: "White Helmets", at: 400),
        };

        // When
        var (_, flags) = Reconciler.Reconcile(Dossier(claims, ("a", null)));

        // Then: one check, naming the two totals and their parts, and no conflict between a total and its parts
        var match = Assert.Single(flags, f => f.Kind == FlagKind.ComponentsMatchTotal);
        Assert.Equal(claims.Select(c => c.Id).Order(StringComparer.Ordinal), match.Claims.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(flags, f => f.Kind == FlagKind.TimeScopeConflict);
    }
}
