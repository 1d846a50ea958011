using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Triangulate.Benchmarking;
using Triangulate.Serving;
using Triangulate.Storage.Output;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Serving;

/// <summary><c>triangulate serve</c> over an archive analysed by story cluster with a store (<c>analyze --by-cluster --db</c>): every
/// cluster is a story of the list, largest first, page after page.</summary>
/// <remarks>Runs on 240 generated articles. <c>TRIANGULATE_SERVE_SCALE=100000</c> runs it on that many (reusing the store named by
/// <c>TRIANGULATE_SERVE_SCALE_DB</c> when it exists, keeping it otherwise) and, with <c>TRIANGULATE_SCALE_REPORT=FILE</c>, writes the
/// latencies of the list's first, middle and last pages there; the suite asserts no time.</remarks>
public sealed class ServeScaleTests
{
    [Fact]
    public async Task ByClusterStore_EveryClusterListed_LargestFirst_PageAfterPage()
    {
        // Given generated articles analysed by cluster, each cluster's dossier saved in the store
        var articles = int.TryParse(Environment.GetEnvironmentVariable("TRIANGULATE_SERVE_SCALE"), CultureInfo.InvariantCulture, out var n) ? n : 240;
        using var dir = new TempDir();
        var keep = Environment.GetEnvironmentVariable("TRIANGULATE_SERVE_SCALE_DB");
        var db = keep is { Length: > 0 } ? Path.GetFullPath(keep) : dir.File("archive.db");
        var output = Path.Combine(Path.GetDirectoryName(db)!, Path.GetFileNameWithoutExtension(db) + "-out");
        if (!File.Exists(db))
        {
            var corpus = dir.File("archive.jsonl.gz");
            new SyntheticCorpus(20250306).WriteJsonLines(corpus, articles);
            PartitionedFolders.Run([corpus], output, database: db, formats: ["json"], saveDossiers: true);
        }
        var clusters = ClusterSizes(Path.Combine(output, "index.json"));

        // When serve starts on it and the list is paged through
        var sw = Stopwatch.StartNew();
        await using var app = ServeApp.Create(new ServeOptions(db, Port: 0));
        await app.StartAsync();
        var startMs = sw.ElapsedMilliseconds;
        using var http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
        var pages = (clusters.Count + ServeApp.PageSize - 1) / ServeApp.PageSize;
        var sizes = new List<int>();
        var timings = new List<string>();
        for (var p = 1; p <= pages; p++)
        {
            var timed = p == 1 || p == pages || p == (pages + 1) / 2;
            sw.Restart();
            var html = await http.GetStringAsync("/?page=" + p.ToString(CultureInfo.InvariantCulture));
            if (timed)
            {
                timings.Add($"page {p:#,0} {sw.Elapsed.TotalMilliseconds:0.0} ms");
            }
            var rows = new HtmlParser().ParseDocument(html).QuerySelectorAll("tbody tr");
            Assert.Equal(p < pages ? ServeApp.PageSize : clusters.Count - (pages - 1) * ServeApp.PageSize, rows.Length);
            sizes.AddRange(rows.Select(r => int.Parse(r.QuerySelectorAll("td.num")[0].TextContent, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)));
        }

        // Then the list holds every cluster, the largest first, with its article count
        Assert.True(clusters.Count > 1, "the generated archive should make several clusters");
        Assert.Equal(clusters.OrderDescending(), sizes);
        if (Environment.GetEnvironmentVariable("TRIANGULATE_SCALE_REPORT") is { Length: > 0 } file)
        {
            File.AppendAllText(file, $"serve over {articles:#,0} articles, {clusters.Count:#,0} stories: start {startMs} ms; {string.Join("; ", timings)}\n");
        }
    }

    private static List<int> ClusterSizes(string indexJson)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(indexJson));
        return [.. doc.RootElement.GetProperty("clusters").EnumerateArray().Select(c => c.GetProperty("documents").GetInt32())];
    }
}
