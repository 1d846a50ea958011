using System.Diagnostics;
using Triangulate.Cluster.Tests.Support;
using Xunit;

namespace Triangulate.Cluster.Tests;

/// <summary>A 3-silo Orleans cluster in one process (TestingHost) over a generated corpus: the dossier of every story cluster equals the one-machine dossier.</summary>
public sealed class ThreeSiloClusterTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private static int ArticleCount => ClusterTestKit.SizeFromEnvironment("TRIANGULATE_CLUSTER_TEST_ARTICLES", 160);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Ingest_GeneratedCorpusOverThreeSilos_EachClusterDossierEqualsSingleMachine(string storeKind)
    {
        var ct = TestContext.Current.CancellationToken;
        using var dir = new TempDir();
        var db = storeKind == "postgres" ? postgres.CreateDatabase() : dir.File("cluster.db");
        await using var silos = await ClusterTestKit.StartThreeSilosAsync();
        var cluster = silos.Cluster;
        Assert.Equal(3, cluster.Silos.Count);

        // The generator writes exact and paraphrased copies (syndication), some across clusters: they arrive at the silos in any order.
        var articles = Corpora.Generated(ArticleCount, db);
        var clock = Stopwatch.StartNew();
        var receipts = await Corpora.SendAsync(cluster.Client, articles, 32, ct);
        clock.Stop();
        Assert.All(receipts, r => Assert.Null(r.Error));
        Assert.True(receipts.Select(r => r.Silo).Distinct().Count() > 1, "articles should be spread over more than one silo");

        // Re-sending is a no-op (idempotent by key and by document id).
        var again = await cluster.Client.GetGrain<IArticleGrain>($"{articles[0].Cluster}/{articles[0].File}").IngestAsync(articles[0]);
        Assert.False(again.Added);

        // One machine: each cluster's articles read in file order, cleaned and analysed without Orleans (as `triangulate analyze event-001/`).
        var local = Corpora.CleanByCluster(articles);
        Assert.True(local.Count >= 2);
        foreach (var (key, members) in local.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var grain = cluster.Client.GetGrain<IStoryClusterGrain>(key);
            Assert.Equal(members.Count, await grain.MemberCountAsync());
            Assert.Equal(Corpora.DossierJson(members), await grain.DossierJsonAsync(db));
        }
        var figure = $"{storeKind}: {articles.Count} articles ingested over 3 in-process silos in {clock.Elapsed.TotalSeconds:0.00} s ({articles.Count / clock.Elapsed.TotalSeconds:0} articles/s)";
        await ClusterTestKit.ReportFigureAsync(figure, ct);
    }
}
