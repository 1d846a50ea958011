using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Triangulate.Cluster;
using Triangulate.Ingest;
using Triangulate.Storage;

namespace Triangulate.Cluster.Host;

/// <summary>
/// <c>triangulate-cluster silo [--db postgres://…] --port N --gateway N [--primary N] [--advertise IP]</c> starts one silo;
/// <c>triangulate-cluster ingest [--db DB] [--gateways N,…] --cluster NAME --out DIR paths…</c> sends articles to the cluster and writes the cluster's dossier.json;
/// <c>triangulate-cluster init-db --db postgres://…</c> creates Orleans' tables in the database (silos also do it at start-up).
/// </summary>
/// <remarks>With a PostgreSQL database (<c>--db</c> or <c>TRIANGULATE_DB</c>) silos find each other through ADO.NET clustering in that database, so they may run
/// on several machines, and the story-cluster grains keep their state there; without one, localhost clustering (one machine, one primary silo) and
/// in-memory grain state.</remarks>
public static class Program
{
    private const string Usage = """
        usage: triangulate-cluster silo    [--db postgres://…] [--port 11111] [--gateway 30000] [--advertise IP] [--cluster-id ID] [--primary PORT]
               triangulate-cluster ingest  [--db DB] [--gateways 30000,30001] [--cluster NAME] [--out DIR] [--cluster-id ID] paths…
               triangulate-cluster init-db --db postgres://…
        --db (or TRIANGULATE_DB): a postgres:// URI → ADO.NET clustering and grain state in that database (silos on any machine);
        otherwise localhost clustering (silos on this machine; --primary names the primary silo's port) and the store is a SQLite file.
        """;

    /// <summary>Entry point.</summary>
    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] is not ("silo" or "ingest" or "init-db"))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }
        var options = Options(args[1..], out var paths);
        try
        {
            return args[0] switch
            {
                "silo" => await SiloAsync(options),
                "init-db" => await InitDbAsync(options),
                _ => await IngestAsync(options, paths),
            };
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or System.Data.Common.DbException or TimeoutException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
    }

    private static string? Db(Dictionary<string, string> o) =>
        o.GetValueOrDefault("db") ?? (Environment.GetEnvironmentVariable(DossierStores.EnvironmentVariable) is { Length: > 0 } env ? env : null);

    private static async Task<int> InitDbAsync(Dictionary<string, string> o)
    {
        var db = Db(o);
        if (db is null || !DossierStores.IsServer(db))
        {
            await Console.Error.WriteLineAsync("init-db needs a PostgreSQL database: --db postgres://… (or TRIANGULATE_DB)");
            return 2;
        }
        await OrleansSchema.EnsureAsync(db);
        Console.WriteLine($"Orleans tables ready in {DossierStores.Describe(db)}");
        return 0;
    }

    private static async Task<int> SiloAsync(Dictionary<string, string> o)
    {
        var port = Int(o, "port", 11111);
        var gateway = Int(o, "gateway", 30000);
        var db = Db(o);
        var clusterId = o.GetValueOrDefault("cluster-id") ?? "triangulate";
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        string where;
        if (db is not null && DossierStores.IsServer(db))
        {
            var keywords = await OrleansSchema.EnsureAsync(db);
            var advertise = o.TryGetValue("advertise", out var ip) ? IPAddress.Parse(ip) : IPAddress.Loopback;
            builder.UseOrleans(silo =>
            {
                silo.Configure<ClusterOptions>(c => (c.ClusterId, c.ServiceId) = (clusterId, clusterId));
                silo.ConfigureEndpoints(advertise, port, gateway, listenOnAnyHostAddress: !IPAddress.IsLoopback(advertise));
                silo.UseAdoNetClustering(a => (a.Invariant, a.ConnectionString) = (OrleansSchema.Invariant, keywords));
                silo.AddAdoNetGrainStorage(StoryClusterGrain.StorageName, a => (a.Invariant, a.ConnectionString) = (OrleansSchema.Invariant, keywords));
            });
            where = $"ADO.NET clustering on {DossierStores.Describe(db)}, cluster '{clusterId}', advertised as {advertise}";
        }
        else
        {
            var primary = Int(o, "primary", port);
            builder.UseOrleans(silo =>
            {
                silo.UseLocalhostClustering(port, gateway, new IPEndPoint(IPAddress.Loopback, primary));
                silo.AddMemoryGrainStorage(StoryClusterGrain.StorageName);
            });
            where = $"localhost clustering, primary {primary}";
        }
        using var host = builder.Build();
        await host.StartAsync();
        Console.WriteLine($"silo up: port {port}, gateway {gateway}; {where}; Ctrl+C to stop");
        await host.WaitForShutdownAsync();
        return 0;
    }

    private static async Task<int> IngestAsync(Dictionary<string, string> o, List<string> paths)
    {
        var db = Db(o) ?? "triangulate.db";
        var name = o.GetValueOrDefault("cluster") ?? "default";
        var outDir = o.GetValueOrDefault("out") ?? "dossier";
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (DossierStores.IsServer(db) && !o.ContainsKey("gateways"))
        {
            var keywords = DossierStores.ServerConnectionString(db);
            var clusterId = o.GetValueOrDefault("cluster-id") ?? "triangulate";
            builder.UseOrleansClient(client => client
                .Configure<ClusterOptions>(c => (c.ClusterId, c.ServiceId) = (clusterId, clusterId))
                .UseAdoNetClustering(a => (a.Invariant, a.ConnectionString) = (OrleansSchema.Invariant, keywords)));
        }
        else
        {
            var gateways = (o.GetValueOrDefault("gateways") ?? "30000").Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            builder.UseOrleansClient(client => client.UseLocalhostClustering(gateways));
        }
        using var host = builder.Build();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IClusterClient>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var problems = 0;
        var messages = new List<ArticleMessage>();
        foreach (var item in new Ingestor().Read(paths))
        {
            if (item.Problem is { Severity: ProblemSeverity.Error } p)
            {
                problems++;
                await Console.Error.WriteLineAsync($"error: {p.File}: {p.Reason}");
            }
            if (item.Document is { } d)
            {
                var message = new ArticleMessage
                {
                    Cluster = name, File = d.File, Text = d.Text, Format = d.Format, Title = d.Title, Outlet = d.Outlet, Url = d.Url,
                    Published = d.Published, PublishedSource = d.PublishedSource, Db = db,
                };
                messages.Add(message);
            }
        }
        // Bounded concurrency: each call is one store transaction; more in flight only queue on the store and time out.
        var receipts = new ArticleReceipt[messages.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, messages.Count), new ParallelOptions { MaxDegreeOfParallelism = 64 },
            async (i, _) => receipts[i] = await grains.GetGrain<IArticleGrain>($"{name}/{messages[i].File}").IngestAsync(messages[i]));
        var ingested = clock.Elapsed;
        foreach (var r in receipts.Where(r => r.Error is not null))
        {
            problems++;
            await Console.Error.WriteLineAsync($"error: {r.Error}");
        }
        var json = await grains.GetGrain<IStoryClusterGrain>(name).DossierJsonAsync(db);
        Directory.CreateDirectory(outDir);
        await File.WriteAllTextAsync(Path.Combine(outDir, "dossier.json"), json);
        var silos = receipts.Select(r => r.Silo).Distinct().Count();
        Console.WriteLine($"{receipts.Length} article(s) over {silos} silo(s) in {ingested.TotalSeconds:0.00} s ({receipts.Length / Math.Max(ingested.TotalSeconds, 1e-6):0}/s), {receipts.Count(r => r.Added)} new; dossier in {clock.Elapsed.TotalSeconds:0.00} s → {Path.Combine(outDir, "dossier.json")}");
        await host.StopAsync();
        return problems > 0 ? 1 : 0;
    }

    private static Dictionary<string, string> Options(string[] args, out List<string> rest)
    {
        var o = new Dictionary<string, string>(StringComparer.Ordinal);
        rest = [];
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                o[args[i][2..]] = args[++i];
            }
            else
            {
                rest.Add(args[i]);
            }
        }
        return o;
    }

    private static int Int(Dictionary<string, string> o, string key, int fallback) =>
        o.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
