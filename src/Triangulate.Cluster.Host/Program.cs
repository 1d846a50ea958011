using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Triangulate.Analysis;
using Triangulate.Cluster;
using Triangulate.Ingest;

namespace Triangulate.Cluster.Host;

/// <summary>
/// <c>triangulate-cluster silo --port 11111 --gateway 30000 [--primary 11111]</c> starts one silo (localhost clustering: several processes on one machine);
/// <c>triangulate-cluster ingest --gateways 30000,30001 --db DB --cluster NAME --out DIR paths…</c> sends articles to the cluster and writes the cluster's dossier.json.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] is not ("silo" or "ingest"))
        {
            await Console.Error.WriteLineAsync("usage: triangulate-cluster silo --port N --gateway N [--primary N]\n       triangulate-cluster ingest --gateways N[,N…] --db DB --cluster NAME --out DIR paths…");
            return 2;
        }
        var options = Options(args[1..], out var paths);
        return args[0] == "silo" ? await SiloAsync(options) : await IngestAsync(options, paths);
    }

    private static async Task<int> SiloAsync(Dictionary<string, string> o)
    {
        var port = Int(o, "port", 11111);
        var gateway = Int(o, "gateway", 30000);
        var primary = Int(o, "primary", port);
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo => silo.UseLocalhostClustering(port, gateway, new IPEndPoint(IPAddress.Loopback, primary)));
        using var host = builder.Build();
        await host.StartAsync();
        Console.WriteLine($"silo up: port {port}, gateway {gateway}, primary {primary}; Ctrl+C to stop");
        await host.WaitForShutdownAsync();
        return 0;
    }

    private static async Task<int> IngestAsync(Dictionary<string, string> o, List<string> paths)
    {
        var gateways = (o.GetValueOrDefault("gateways") ?? "30000").Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var db = o.GetValueOrDefault("db") ?? "triangulate.db";
        var name = o.GetValueOrDefault("cluster") ?? "default";
        var outDir = o.GetValueOrDefault("out") ?? "dossier";
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(client => client.UseLocalhostClustering(gateways));
        using var host = builder.Build();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IClusterClient>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var problems = 0;
        var messages = new List<ArticleMessage>();
        foreach (var item in new Ingestor().Read(paths))
        {
            if (item.Problem is { Severity: "error" } p)
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
