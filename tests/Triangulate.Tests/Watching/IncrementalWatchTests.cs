using Triangulate.Benchmarking;
using Triangulate.Rendering;
using Triangulate.Storage;
using Triangulate.Tests.Support;
using Triangulate.Watching;

namespace Triangulate.Tests.Watching;

/// <summary><c>watch</c> in per-cluster mode: a new article re-analyses and re-renders only the story cluster it joins, and the result equals a
/// from-scratch run over the same articles.</summary>
public sealed class IncrementalWatchTests : IDisposable
{
    private readonly TempDir _dir = new();

    private static readonly WatchOptions s_options = new()
    {
        Interval = TimeSpan.FromMilliseconds(100),
        FolderSettleTime = TimeSpan.Zero,
        PerCluster = true,
    };

    /// <summary>Generated articles of three events, four each, in a fixed order (file names sort in that order).</summary>
    private static List<(string File, string Text, int Event)> Articles()
    {
        var byEvent = new SyntheticCorpus(7).Generate(400).GroupBy(a => a.Event).OrderBy(g => g.Key).Take(3).ToList();
        var list = new List<(string, string, int)>();
        for (var i = 0; i < 4; i++)
        {
            foreach (var g in byEvent)
            {
                var a = g.ElementAt(i);
                list.Add(($"{list.Count:D3}.txt", a.Title + "\n\n" + a.Text, g.Key));
            }
        }
        return list;
    }

    private static Dictionary<string, string> Outputs(string outDir) =>
        Directory.GetFiles(Path.Combine(outDir, "clusters"), "dossier.json", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetFileName(Path.GetDirectoryName(f)!), File.ReadAllText, StringComparer.Ordinal);

    [Fact]
    public async Task PollOnce_ArticleJoinsOneCluster_OnlyThatClusterReanalysedAndEqualsFromScratch()
    {
        var ct = TestContext.Current.CancellationToken;
        var articles = Articles();
        var drop = Directory.CreateDirectory(_dir.File("drop")).FullName;
        var outDir = _dir.File("out");
        foreach (var a in articles[..^1])
        {
            File.WriteAllText(Path.Combine(drop, a.File), a.Text);
        }
        using var store = DossierStores.Open(_dir.File("w.db"));
        using var watcher = new Watcher(WatchTargets.Parse(drop), store, outDir, [Renderers.Find("json")!], s_options);

        var first = await watcher.PollOnceAsync(ct);
        Assert.Equal(articles.Count - 1, first.NewDocuments);
        // The three events became three clusters (the assignment separates them), each analysed once.
        Assert.Equal(3, first.ClustersAnalysed.Count);
        var before = Outputs(outDir);
        Assert.Equal(3, before.Count);
        var stamps = before.Keys.ToDictionary(k => k, k => File.GetLastWriteTimeUtc(Path.Combine(outDir, "clusters", k, "dossier.json")), StringComparer.Ordinal);

        // A nothing-new cycle analyses nothing.
        var idle = await watcher.PollOnceAsync(ct);
        Assert.Empty(idle.ClustersAnalysed);
        Assert.Empty(idle.Written);

        // One more article of the last event: only its cluster is re-analysed and re-rendered.
        await Task.Delay(20, ct);
        var last = articles[^1];
        File.WriteAllText(Path.Combine(drop, last.File), last.Text);
        var next = await watcher.PollOnceAsync(ct);
        Assert.Equal(1, next.NewDocuments);
        var changed = Assert.Single(next.ClustersAnalysed);
        var after = Outputs(outDir);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var id in before.Keys.Where(k => k != changed))
        {
            Assert.Equal(before[id], after[id]);
            Assert.Equal(stamps[id], File.GetLastWriteTimeUtc(Path.Combine(outDir, "clusters", id, "dossier.json")));
        }
        Assert.NotEqual(before[changed], after[changed]);
        Assert.Contains(last.File, after[changed], StringComparison.Ordinal);
        // The cluster it joined holds the other articles of its event.
        foreach (var a in articles.Where(a => a.Event == last.Event))
        {
            Assert.Contains(a.File, after[changed], StringComparison.Ordinal);
        }

        // From scratch: a new watcher over a new store with every article present at once gives the same clusters and byte-identical dossiers.
        using var scratchStore = DossierStores.Open(_dir.File("scratch.db"));
        var scratchOut = _dir.File("scratch");
        using var scratch = new Watcher(WatchTargets.Parse(drop), scratchStore, scratchOut, [Renderers.Find("json")!], s_options);
        var all = await scratch.PollOnceAsync(ct);
        Assert.Equal(articles.Count, all.NewDocuments);
        Assert.Equal(after, Outputs(scratchOut));
        Assert.Equal(File.ReadAllText(Path.Combine(outDir, "clusters.json")), File.ReadAllText(Path.Combine(scratchOut, "clusters.json")));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
