using Triangulate.Benchmarking;
using Triangulate.Linking.Clustering;

namespace Triangulate.Tests.Linking;

/// <summary>Story clustering where names recur across stories: publication dates keep stories apart and bound the
/// candidates of common terms.</summary>
public sealed class StoryClusteringScaleTests(ITestOutputHelper output)
{
    private static DossierDocument Doc(string id, string text, string? date) =>
        new(id, id + ".txt", text) { Published = date is null ? null : new PublishedDate(date, DatePrecision.Day, DateBasis.Metadata) };

    private const string Flood1 = "Floods in Valmora killed at least 40 people on Monday, the Valmora civil defence said. Rescuers searched the river banks of Valmora as water rose in the Tessin valley.";
    private const string Flood2 = "The flood toll in Valmora rose to 52, the civil defence said, as rescuers in the Tessin valley searched for the missing near Valmora.";
    private const string Blast = "An explosion at a fuel depot in Valmora killed 12 workers, the Valmora fire service said. Investigators in Valmora examined the depot near the port.";

    [Fact]
    public void Cluster_SamePlaceMonthsApart_SeparateStories()
    {
        var docs = new[] { Doc("a", Flood1, "2024-03-04"), Doc("b", Flood2, "2024-03-06"), Doc("c", Blast, "2024-11-20") };

        var (_, clusterOf) = new StoryClusterer().Cluster(docs, TestContext.Current.CancellationToken);

        Assert.Equal(clusterOf["a"], clusterOf["b"]);
        Assert.NotEqual(clusterOf["a"], clusterOf["c"]);
    }

    [Fact]
    public void Cluster_SamePlaceUndated_DatesCannotSeparate()
    {
        // Without dates the shared place name is all the clusterer has: the time factor must not invent a distance.
        var docs = new[] { Doc("a", Flood1, null), Doc("b", Flood2, null), Doc("c", Blast, null) };
        var dated = new[] { Doc("a", Flood1, "2024-03-04"), Doc("b", Flood2, "2024-03-06"), Doc("c", Blast, "2024-11-20") };

        var undated = new StoryClusterer().Cluster(docs, TestContext.Current.CancellationToken).Clusters;
        var apart = new StoryClusterer().Cluster(dated, TestContext.Current.CancellationToken).Clusters;

        Assert.True(undated.Count <= apart.Count, $"{undated.Count} clusters undated, {apart.Count} dated");
        Assert.Equal(2, apart.Count);
    }

    [Theory]
    [InlineData(3, 10, 1.0)]
    [InlineData(10, 10, 1.0)]
    [InlineData(21, 7, 0.5)]
    [InlineData(ClusterFeatures.UnknownDay, 400, 1.0)]
    public void TimeFactor_HalvesEveryHalfLifeBeyondAWeek(int dayA, int dayB, double expected)
    {
        var clusterer = new StoryClusterer(new ClusterOptions { SameStoryDays = 7, DecayHalfLifeDays = 7 });

        Assert.Equal(expected, clusterer.TimeFactor(dayA, dayB), 6);
    }

    [Theory]
    [InlineData("2025-03-06", true)]
    [InlineData("2025-03-06T10:00:00Z", true)]
    [InlineData("2025-03", false)]
    [InlineData(null, false)]
    [InlineData("not a date", false)]
    public void DayOf_DayPreciseDatesOnly(string? date, bool known)
    {
        var expected = known ? new DateOnly(2025, 3, 6).DayNumber : ClusterFeatures.UnknownDay;

        Assert.Equal(expected, ClusterFeatures.DayOf(date));
    }

    [Fact]
    public void Group_NamesSharedByManyStories_FollowedNearTheirDates()
    {
        // 3,000 generated articles about 75 events whose names recur in unrelated articles; posting lists are capped
        // at 20 documents, so almost every name is a "common" term. Skipping those lists (as before) left most
        // articles alone; following them within a date window must recover the events.
        var options = new ClusterOptions { MaxPosting = 20, TrimAfter = 500 };

        var r = ClusteringBench.RunOne(3000, options);
        output.WriteLine($"{r.Clusters} clusters for {r.Events} events, pairwise P {r.Precision:0.000} R {r.Recall:0.000}");

        Assert.True(r.Precision >= 0.9, $"precision {r.Precision:0.000}");
        Assert.True(r.Recall >= 0.85, $"recall {r.Recall:0.000}");
        Assert.InRange(r.Clusters, r.Events * 0.8, r.Events * 1.5);
    }

    [Fact]
    public void GroupAndClear_SameGroupsAsGroup_IndexEmptied()
    {
        static ClusterIndex Index()
        {
            var index = new ClusterIndex(new ClusterOptions { TrimAfter = 100 });
            foreach (var a in new SyntheticCorpus(7).Generate(400))
            {
                index.Add(StoryClusterer.Features(a.Text) with { Day = ClusterFeatures.DayOf(a.Published) });
            }
            return index;
        }
        var clusterer = new StoryClusterer();
        var kept = Index();
        var freed = Index();

        var expected = clusterer.Group(kept.Features, kept.DocumentFrequencies, TestContext.Current.CancellationToken);
        var actual = freed.GroupAndClear(clusterer, TestContext.Current.CancellationToken);

        Assert.Equal(expected.Select(g => string.Join(",", g)), actual.Select(g => string.Join(",", g)));
        Assert.True(expected.Count is > 1 and < 400, $"{expected.Count} groups");
        Assert.Empty(freed.Features);
        Assert.Empty(freed.DocumentFrequencies);
    }

    [Fact]
    public void PairwiseScore_KnownContingency()
    {
        // Truth: {0,1,2} {3,4}; found: {0,1} {2,3,4}. Same-cluster pairs: 1 + 3 = 4, of which right: 1 + 1 = 2.
        // Same-event pairs: 3 + 1 = 4, of which found together: 2.
        var (p, r) = ClusteringBench.PairwiseScore([[0, 1], [2, 3, 4]], [7, 7, 7, 9, 9]);

        Assert.Equal(0.5, p, 6);
        Assert.Equal(0.5, r, 6);
    }
}
