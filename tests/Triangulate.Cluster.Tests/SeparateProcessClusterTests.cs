using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Configuration;
using Orleans.Runtime;
using Triangulate.Cluster.Tests.Support;
using Xunit;

namespace Triangulate.Cluster.Tests;

/// <summary>Three silos as separate processes (the <c>triangulate-cluster</c> executable) that find each other through ADO.NET clustering on a real
/// PostgreSQL database and keep the story-cluster grain state there; a client sends a generated corpus; every cluster's dossier equals the
/// one-machine dossier.</summary>
public sealed class SeparateProcessClusterTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task Ingest_ThreeSiloProcessesWithAdoNetClustering_EachClusterDossierEqualsSingleMachine()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.SkipUnless(SiloProcess.Available, "triangulate-cluster.dll is not next to the tests (the Host project reference did not copy it)");
        var db = postgres.CreateDatabase();
        var silos = new List<SiloProcess>();
        try
        {
            // All three start at once: the first to take the set-up lock creates Orleans' tables, and they find each other through the membership table.
            var starting = Enumerable.Range(0, 3).Select(_ => SiloProcess.StartAsync(db, TimeSpan.FromSeconds(40), ct)).ToList();
            try
            {
                await Task.WhenAll(starting);
            }
            finally
            {
                silos.AddRange(starting.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result));
            }

            var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            var keywords = Triangulate.Storage.DossierStores.ServerConnectionString(db);
            builder.UseOrleansClient(client => client
                .Configure<ClusterOptions>(c => (c.ClusterId, c.ServiceId) = ("triangulate", "triangulate"))
                .UseAdoNetClustering(a => (a.Invariant, a.ConnectionString) = (OrleansSchema.Invariant, keywords)));
            using var host = builder.Build();
            await host.StartAsync(ct);
            var client = host.Services.GetRequiredService<IClusterClient>();

            // All three silos are members (the membership table is the only way they know each other).
            var hosts = await WaitForAsync(async () => await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true), h => h.Count == 3,
                TimeSpan.FromSeconds(30), ct);
            Assert.Equal(3, hosts.Count);

            var articles = Corpora.Generated(90, db, seed: 5);
            var clock = Stopwatch.StartNew();
            var receipts = await Corpora.SendAsync(client, articles, 32, ct);
            clock.Stop();
            Assert.All(receipts, r => Assert.Null(r.Error));
            Assert.True(receipts.Select(r => r.Silo).Distinct().Count() > 1, "articles should be spread over more than one silo process");

            var local = Corpora.CleanByCluster(articles);
            Assert.True(local.Count >= 2);
            foreach (var (key, members) in local.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var grain = client.GetGrain<IStoryClusterGrain>(key);
                Assert.Equal(members.Count, await grain.MemberCountAsync());
                Assert.Equal(Corpora.DossierJson(members), await grain.DossierJsonAsync(db));
            }

            // The cluster grains' member lists are grain state in the database (ADO.NET storage), one row per cluster.
            using (var connection = new NpgsqlConnection(keywords))
            {
                await connection.OpenAsync(ct);
                using var count = new NpgsqlCommand("SELECT count(*) FROM OrleansStorage WHERE PayloadBinary IS NOT NULL", connection);
                Assert.Equal(local.Count, Convert.ToInt32(await count.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture));
            }
            var figure = $"{articles.Count} articles over 3 silo processes (ADO.NET clustering, PostgreSQL store and grain state) in {clock.Elapsed.TotalSeconds:0.00} s ({articles.Count / clock.Elapsed.TotalSeconds:0} articles/s)";
            await ClusterTestKit.ReportFigureAsync(figure, ct);
            await host.StopAsync(ct);
        }
        finally
        {
            foreach (var silo in silos)
            {
                silo.Dispose();
            }
        }
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value) || clock.Elapsed > timeout)
            {
                return value;
            }
            await Task.Delay(250, ct);
        }
    }
}
