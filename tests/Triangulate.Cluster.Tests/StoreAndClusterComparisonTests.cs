using System.Diagnostics;
using Triangulate.Cleaning;
using Triangulate.Cluster.Tests.Support;
using Triangulate.Storage;
using Xunit;

namespace Triangulate.Cluster.Tests;

/// <summary>
/// The acceptance comparison of issue 11: for every story cluster, the dossier analysed in memory, the one rebuilt from a SQLite store, the one
/// rebuilt from a PostgreSQL store and the one the 3-silo cluster builds are byte-identical — on the sample event and on a generated corpus.
/// </summary>
/// <remarks>The generated corpus has <c>TRIANGULATE_COMPARE_SIZE</c> articles (default 160, so the test stays well under a minute;
/// <c>TRIANGULATE_COMPARE_SIZE=10000</c> is the 10k run reported in docs/scale.md).</remarks>
public sealed class StoreAndClusterComparisonTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private static int GeneratedSize => ClusterTestKit.SizeFromEnvironment("TRIANGULATE_COMPARE_SIZE", 160);

    [Theory]
    [InlineData("sample")]
    [InlineData("generated")]
    public async Task Dossier_InMemorySqlitePostgresAndThreeSilos_Identical(string corpus)
    {
        var ct = TestContext.Current.CancellationToken;
        var clusterDb = postgres.CreateDatabase();
        var articles = corpus == "sample" ? Corpora.Sample(clusterDb) : Corpora.Generated(GeneratedSize, clusterDb, seed: 23);
        Assert.NotEmpty(articles);
        var clock = Stopwatch.StartNew();
        var timings = new List<string>();

        // In memory, one machine: each cluster analysed on its own (as `triangulate analyze event-001/`).
        var local = Corpora.CleanByCluster(articles);
        var expected = local.ToDictionary(p => p.Key, p => Corpora.DossierJson(p.Value), StringComparer.Ordinal);
        timings.Add($"memory {clock.Elapsed.TotalSeconds:0.0} s");

        // The two stores: everything ingested as `triangulate ingest` does (one batch, ids in file order), each cluster read back by its prefix.
        using var dir = new TempDir();
        foreach (var db in new[] { dir.File("compare.db"), postgres.CreateDatabase() })
        {
            var started = clock.Elapsed;
            var ids = new DocumentIdAssigner();
            var cleaner = new BoilerplateCleaner();
            var cleaned = articles.OrderBy(a => $"{a.Cluster}/{a.File}", StringComparer.Ordinal)
                .Select(a => ids.Assign(cleaner.Clean(Corpora.Source(a)))).OfType<CleanDocument>().ToList();
            using (var store = DossierStores.Open(db))
            {
                Assert.Equal(cleaned.Count, store.Add(cleaned).Added);
                foreach (var (key, json) in expected)
                {
                    // Exact copies across clusters share a text hash; the cluster's view re-derives ids in its own file order (as the cluster grain does).
                    var members = CopyIds.Rederive(store.Documents(key + "/"));
                    Assert.Equal(local[key].Count, members.Count);
                    Assert.True(json == Corpora.DossierJson(members), $"{DossierStores.Describe(db)}: cluster {key} differs from the in-memory dossier");
                }
            }
            timings.Add($"{(DossierStores.IsServer(db) ? "postgres" : "sqlite")} {(clock.Elapsed - started).TotalSeconds:0.0} s");
        }

        // Three silos (in-process TestingHost), their store a PostgreSQL database.
        await using (var silos = await ClusterTestKit.StartThreeSilosAsync())
        {
            var started = clock.Elapsed;
            var receipts = await Corpora.SendAsync(silos.Cluster.Client, articles, 32, ct);
            Assert.All(receipts, r => Assert.Null(r.Error));
            var sent = clock.Elapsed - started;
            foreach (var (key, json) in expected)
            {
                Assert.True(json == await silos.Cluster.Client.GetGrain<IStoryClusterGrain>(key).DossierJsonAsync(clusterDb), $"3 silos: cluster {key} differs from the in-memory dossier");
            }
            timings.Add($"3 silos {(clock.Elapsed - started).TotalSeconds:0.0} s (ingest {articles.Count / sent.TotalSeconds:0} articles/s)");
        }
        var figure = $"{corpus}: {articles.Count} articles, {expected.Count} cluster(s), identical in memory / SQLite / PostgreSQL / 3 silos; {string.Join(", ", timings)}; total {clock.Elapsed.TotalSeconds:0.0} s";
        await ClusterTestKit.ReportFigureAsync(figure, ct);
    }
}
