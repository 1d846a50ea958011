using System.Diagnostics;
using System.Globalization;
using Orleans.TestingHost;
using Triangulate.Analysis;
using Triangulate.Benchmarking;
using Triangulate.Cleaning;
using Triangulate.Dossier;
using Triangulate.Ingest;
using Xunit;

namespace Triangulate.Cluster.Tests;

/// <summary>A 3-silo Orleans cluster in one process (TestingHost) over a generated corpus: the dossier of every story cluster equals the one-machine dossier.</summary>
public sealed class ThreeSiloClusterTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private static int ArticleCount =>
        int.TryParse(Environment.GetEnvironmentVariable("TRIANGULATE_CLUSTER_TEST_ARTICLES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 160;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Ingest_GeneratedCorpusOverThreeSilos_EachClusterDossierEqualsSingleMachine(string storeKind)
    {
        var ct = TestContext.Current.CancellationToken;
        var root = Path.Combine(Path.GetTempPath(), "triangulate-cluster-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(root);
        var db = storeKind == "postgres" ? postgres.CreateDatabase() : Path.Combine(root, "cluster.db");
        var builder = new TestClusterBuilder(3);
        var cluster = builder.Build();
        await cluster.DeployAsync();
        try
        {
            Assert.Equal(3, cluster.Silos.Count);

            // The generator writes exact and paraphrased copies (syndication), some across clusters: they arrive at the silos in any order.
            var articles = new SyntheticCorpus(11).Generate(ArticleCount)
                .Select((a, i) => (Article: a, Index: i))
                .Select(x => new ArticleMessage
                {
                    Cluster = $"event-{x.Article.Event:D3}",
                    File = $"{x.Index:D5}.txt",
                    Text = x.Article.Title + "\n\n" + x.Article.Text,
                    Title = x.Article.Title,
                    Outlet = x.Article.Outlet,
                    Url = x.Article.Url,
                    Published = x.Article.Published,
                    PublishedSource = "generated",
                    Db = db,
                })
                .ToList();

            var clock = Stopwatch.StartNew();
            // Bounded concurrency, as a real feeder does: every call is one store transaction, and thousands at once only queue on the store.
            var receipts = new ArticleReceipt[articles.Count];
            await Parallel.ForEachAsync(Enumerable.Range(0, articles.Count), new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = ct },
                async (i, _) => receipts[i] = await cluster.Client.GetGrain<IArticleGrain>($"{articles[i].Cluster}/{articles[i].File}").IngestAsync(articles[i]));
            clock.Stop();
            Assert.All(receipts, r => Assert.Null(r.Error));
            Assert.True(receipts.Select(r => r.Silo).Distinct().Count() > 1, "articles should be spread over more than one silo");

            // Re-sending is a no-op (idempotent by key and by document id).
            var again = await cluster.Client.GetGrain<IArticleGrain>($"{articles[0].Cluster}/{articles[0].File}").IngestAsync(articles[0]);
            Assert.False(again.Added);

            // One machine: each cluster's articles read in file order, cleaned and analysed without Orleans (as `triangulate analyze event-001/`).
            var cleaner = new BoilerplateCleaner();
            var local = new List<CleanDocument>();
            foreach (var group in articles.GroupBy(a => a.Cluster, StringComparer.Ordinal))
            {
                var ids = new DocumentIdAssigner();
                local.AddRange(group.OrderBy(a => a.File, StringComparer.Ordinal)
                    .Select(a => ids.Assign(cleaner.Clean(new SourceDocument($"{a.Cluster}/{a.File}", a.Text, a.Format)
                    {
                        Title = a.Title, Outlet = a.Outlet, Url = a.Url, Published = a.Published, PublishedSource = a.PublishedSource,
                        ByteLength = System.Text.Encoding.UTF8.GetByteCount(a.Text),
                    })))
                    .OfType<CleanDocument>());
            }
            var pipeline = new PipelineBuilder().UseDefaults().Build();
            var clusters = articles.Select(a => a.Cluster).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            Assert.True(clusters.Count >= 2);
            foreach (var key in clusters)
            {
                var grain = cluster.Client.GetGrain<IStoryClusterGrain>(key);
                var fromCluster = await grain.DossierJsonAsync(db);
                var members = local.Where(d => d.Source.File.StartsWith(key + "/", StringComparison.Ordinal)).ToList();
                Assert.Equal(members.Count, await grain.MemberCountAsync());
                var fromOneMachine = DossierJson.Serialize(pipeline.Run(members));
                Assert.Equal(fromOneMachine, fromCluster);
            }
            var figure = $"{storeKind}: {articles.Count} articles ingested over 3 in-process silos in {clock.Elapsed.TotalSeconds:0.00} s ({articles.Count / clock.Elapsed.TotalSeconds:0} articles/s)";
            TestContext.Current.SendDiagnosticMessage(figure);
            if (Environment.GetEnvironmentVariable("TRIANGULATE_CLUSTER_FIGURE") is { Length: > 0 } figureFile)
            {
                await File.AppendAllTextAsync(figureFile, figure + Environment.NewLine, ct);
            }
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
