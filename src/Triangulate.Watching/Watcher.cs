using System.Diagnostics;
using Triangulate.Pipeline;
using Triangulate.Cleaning;
using Triangulate.Ingest;
using Triangulate.Rendering;
using Triangulate.Storage;
using Triangulate.Storage.Output;

namespace Triangulate.Watching;

/// <summary>What one polling cycle did.</summary>
/// <param name="Cycle">1 for the first cycle.</param>
/// <param name="FeedsPolled">Feeds requested.</param>
/// <param name="FeedsNotModified">Feeds that answered 304 Not Modified.</param>
/// <param name="FilesRead">Files read from the drop folder.</param>
/// <param name="NewDocuments">Articles not stored before.</param>
/// <param name="Problems">Feeds, files or items that failed (the others were still read).</param>
/// <param name="Written">Report files written (empty when nothing changed).</param>
/// <param name="Elapsed">Wall time of the cycle.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record WatchCycle(int Cycle, int FeedsPolled, int FeedsNotModified, int FilesRead, int NewDocuments, IReadOnlyList<Problem> Problems,
    IReadOnlyList<string> Written, TimeSpan Elapsed)
{
    /// <summary>In per-cluster mode, the story clusters re-analysed this cycle (the ones new articles joined or started); empty otherwise.</summary>
    public IReadOnlyList<string> ClustersAnalysed { get; init; } = [];
}

/// <summary>
/// Follows feeds and/or a drop folder: each cycle fetches what changed, stores the new articles, and — only when new articles arrived —
/// rebuilds the dossier from the stored documents and re-renders the reports.
/// </summary>
/// <remarks>
/// <para>Incremental: fetching (conditional requests, 304 costs no parsing), reading (only new or changed dropped files), cleaning and storing
/// (only articles whose id is not stored yet). A cycle that brings nothing new does no analysis and writes no file.</para>
/// <para>Analysis: by default one dossier over every stored document, rebuilt whole when something new arrived. With
/// <see cref="WatchOptions.PerCluster"/>, one dossier per story cluster: new articles are assigned to clusters as they arrive
/// (<see cref="StoryClusterIndex"/>), and only the clusters they join or start are re-analysed and re-rendered (in <c>clusters/&lt;id&gt;/</c>,
/// listed in <c>clusters.json</c>); the other clusters' files are not touched. The first cycle indexes every stored article in store order, so a
/// restarted watcher rebuilds the same clusters.</para>
/// </remarks>
/// <threadsafety>One cycle at a time (the class serialises calls); not for concurrent use from several threads.</threadsafety>
public sealed class Watcher : IDisposable
{
    private readonly WatchTargets _targets;
    private readonly IDossierStore _store;
    private readonly string _outDir;
    private readonly IReadOnlyList<IDossierRenderer> _renderers;
    private readonly AnalysisPipeline _pipeline;
    private readonly WatchOptions _options;
    private readonly FeedFetcher _fetcher;
    private readonly FeedReader _feedReader = new();
    private readonly BoilerplateCleaner _cleaner = new();
    private readonly Dictionary<string, (long Length, DateTime Modified)> _seenFiles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _refused = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Dictionary<string, string>? _known; // stored id → its file
    private StoryClusterIndex? _index;
    private int _cycle;

    /// <summary>Creates a watcher writing into <paramref name="store"/> and rendering into <paramref name="outDir"/>.</summary>
    public Watcher(WatchTargets targets, IDossierStore store, string outDir, IReadOnlyList<IDossierRenderer> renderers,
        WatchOptions? options = null, AnalysisPipeline? pipeline = null, HttpClient? client = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(outDir);
        ArgumentNullException.ThrowIfNull(renderers);
        _targets = targets;
        _store = store;
        _outDir = Path.GetFullPath(outDir);
        _renderers = renderers;
        _options = options ?? new WatchOptions();
        _pipeline = pipeline ?? new PipelineBuilder().UseDefaults().Build();
        _fetcher = new FeedFetcher(_options, client);
    }

    /// <summary>Runs one cycle: poll, ingest what is new, re-analyse and re-render if anything was.</summary>
    public async Task<WatchCycle> PollOnceAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return await CycleAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs cycles every <see cref="WatchOptions.Interval"/> until <paramref name="ct"/> is cancelled or <paramref name="maxCycles"/> have run.</summary>
    /// <param name="onCycle">Called after each cycle (for progress output).</param>
    /// <param name="maxCycles">Stop after this many cycles (0 = until cancelled).</param>
    /// <param name="ct">Stops the loop (between cycles, or inside a fetch).</param>
    public async Task RunAsync(Action<WatchCycle>? onCycle, int maxCycles = 0, CancellationToken ct = default)
    {
        for (var i = 0; maxCycles <= 0 || i < maxCycles; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var cycle = await PollOnceAsync(ct).ConfigureAwait(false);
            onCycle?.Invoke(cycle);
            if (maxCycles > 0 && i + 1 >= maxCycles)
            {
                break;
            }
            var wait = _options.Interval - Stopwatch.GetElapsedTime(started);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct).ConfigureAwait(false);
            }
        }
    }

    private async Task<WatchCycle> CycleAsync(CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        _cycle++;
        _known ??= _store.Documents().ToDictionary(d => d.Id, d => d.Source.File, StringComparer.Ordinal);
        var problems = new List<Problem>();
        var items = new List<IngestItem>();

        // Feeds: hosts in parallel, one request at a time per host (the fetcher also enforces the politeness delay).
        var results = new List<FetchResult>();
        var byHost = _targets.Feeds.GroupBy(u => u.Authority, StringComparer.OrdinalIgnoreCase).ToList();
        await Parallel.ForEachAsync(byHost, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxParallelHosts), CancellationToken = ct },
            async (group, token) =>
            {
                foreach (var url in group)
                {
                    var r = await _fetcher.FetchAsync(url, token).ConfigureAwait(false);
                    lock (results)
                    {
                        results.Add(r);
                    }
                }
            }).ConfigureAwait(false);
        foreach (var r in results.OrderBy(r => r.Url.ToString(), StringComparer.Ordinal))
        {
            if (r.Error is not null)
            {
                problems.Add(new Problem(r.Url.ToString(), r.Error, ProblemStage.Watch));
            }
            else if (r.Body is not null)
            {
                items.AddRange(ReadFeed(r.Url, r.Body));
            }
        }

        // Drop folder: files new or changed since the last cycle, once they have settled.
        var filesRead = 0;
        if (_targets.Folder is { } folder)
        {
            var fresh = new List<string>();
            var now = DateTime.UtcNow;
            foreach (var path in SafeFiles(folder, problems))
            {
                var info = new FileInfo(path);
                if (!info.Exists || now - info.LastWriteTimeUtc < _options.FolderSettleTime)
                {
                    continue;
                }
                if (InputResolver.Refusal(path, folder, _options.Ingest.FollowLinks) is { } refused)
                {
                    // A FIFO would block the watcher; a link out of the folder would read a file nobody dropped. Said once per file.
                    if (_refused.Add(path))
                    {
                        problems.Add(refused with { Stage = ProblemStage.Watch });
                    }
                    continue;
                }
                var key = (info.Length, info.LastWriteTimeUtc);
                if (_seenFiles.TryGetValue(path, out var seen) && seen == key)
                {
                    continue;
                }
                _seenFiles[path] = key;
                fresh.Add(path);
            }
            fresh.Sort(StringComparer.Ordinal);
            var ingestor = new Ingestor(_options.Ingest);
            foreach (var path in fresh)
            {
                filesRead++;
                items.AddRange(ingestor.Read(new InputFile(path, Path.GetRelativePath(folder, path))));
            }
        }

        // Clean, keep the new ones, store them in one batch.
        var ids = new DocumentIdAssigner();
        var fresh2 = new List<CleanDocument>();
        foreach (var item in items)
        {
            if (item.Problem is { } p)
            {
                problems.Add(p);
            }
            if (item.Document is not { } d)
            {
                continue;
            }
            try
            {
                if (ids.Assign(_cleaner.Clean(d)) is { } clean && IsNew(clean))
                {
                    fresh2.Add(clean);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                problems.Add(new Problem(d.File, $"cleaning failed: {ex.GetType().Name}: {ex.Message}", ProblemStage.Clean));
            }
        }
        var added = 0;
        if (fresh2.Count > 0 || problems.Count > 0)
        {
            var result = _store.Add(fresh2, problems);
            added = result.Added;
            for (var i = 0; i < fresh2.Count; i++)
            {
                if (result.Renamed?.GetValueOrDefault(fresh2[i].Id) is { } stored)
                {
                    fresh2[i] = fresh2[i] with { Id = stored };
                }
                _known[fresh2[i].Id] = fresh2[i].Source.File;
            }
        }

        // Re-analyse and re-render only when something new arrived (or nothing was ever written for this output).
        IReadOnlyList<string> written = [];
        IReadOnlyList<string> analysed = [];
        if (_options.PerCluster)
        {
            (written, analysed) = AnalyseClusters(fresh2, ct);
        }
        else if (fresh2.Count > 0 || (_cycle == 1 && _known.Count > 0 && _store.LoadDossier(_outDir) is null))
        {
            ct.ThrowIfCancellationRequested();
            var dossier = _pipeline.Run(_store.Documents(), problems, null, ct);
            written = DossierWriter.Write(dossier, _outDir, _renderers);
            _store.SaveDossier(_outDir, dossier);
        }
        return new WatchCycle(_cycle, results.Count, results.Count(r => r.NotModified), filesRead, fresh2.Count, problems, written,
            Stopwatch.GetElapsedTime(started)) { ClustersAnalysed = analysed };
    }

    /// <summary>Per-cluster mode: assigns the new documents to story clusters and re-analyses and re-renders only the clusters that changed.</summary>
    private (IReadOnlyList<string> Written, IReadOnlyList<string> Analysed) AnalyseClusters(List<CleanDocument> fresh, CancellationToken ct)
    {
        var affected = new SortedSet<string>(StringComparer.Ordinal);
        if (_index is null)
        {
            // First cycle: every stored document (the new ones are stored already), in store order.
            _index = new StoryClusterIndex(_options.ClusterThreshold);
            foreach (var d in _store.Documents())
            {
                affected.Add(_index.Add(d));
            }
        }
        else
        {
            foreach (var d in fresh.OrderBy(d => d.Source.File, StringComparer.Ordinal))
            {
                affected.Add(_index.Add(d));
            }
        }
        if (affected.Count == 0)
        {
            return ([], []);
        }
        var files = new List<string>();
        foreach (var cluster in _index.Clusters.Where(c => affected.Contains(c.Id)))
        {
            ct.ThrowIfCancellationRequested();
            var dossier = _pipeline.Run(ClusterMembers(cluster), null, null, ct);
            var folder = Path.Combine(_outDir, "clusters", cluster.Id);
            files.AddRange(DossierWriter.Write(dossier, folder, _renderers));
            _store.SaveDossier(folder, dossier);
        }
        var index = Path.Combine(_outDir, "clusters.json");
        AtomicFile.Write(index, stream => WriteClusterIndex(stream, _index));
        files.Add(index);
        return (files, [.. affected]);
    }

    /// <summary>A cluster's members in file order (the order a one-machine run over the same files reads them).</summary>
    internal static List<CleanDocument> ClusterMembers(StoryClusterIndex.Entry cluster) =>
        [.. cluster.Members.OrderBy(d => d.Source.File, StringComparer.Ordinal)];

    private static void WriteClusterIndex(Stream stream, StoryClusterIndex index)
    {
        using var json = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartArray("clusters");
        foreach (var c in index.Clusters)
        {
            var members = ClusterMembers(c);
            json.WriteStartObject();
            json.WriteString("id", c.Id);
            json.WriteString("folder", "clusters/" + c.Id);
            json.WriteNumber("documents", members.Count);
            json.WriteString("title", members.Select(m => m.Source.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? members[0].Source.File);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private List<IngestItem> ReadFeed(Uri url, byte[] body)
    {
        var name = url.ToString();
        try
        {
            using var stream = new MemoryStream(body, writable: false);
            var list = new List<IngestItem>();
            foreach (var item in _feedReader.Read(name, stream, _options.Ingest))
            {
                // Name each article by its own link: stable while the feed's item order changes.
                list.Add(item.Document is { Url: { Length: > 0 } link } d ? IngestItem.Of(d with { File = link }, item.Problem?.Reason) : item);
            }
            return list;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            return [IngestItem.Fail(name, $"malformed feed: {ex.GetType().Name}: {ex.Message}")];
        }
    }

    /// <summary>Not stored yet: the same text is stored under this id only from the same file (from another file it is a copy, as in the store).</summary>
    private bool IsNew(CleanDocument document) =>
        !_known!.TryGetValue(document.Id, out var file)
        || (file != document.Source.File && !_known.ContainsKey(DocumentIdAssigner.CopyId(document)));

    private static IEnumerable<string> SafeFiles(string folder, List<Problem> problems)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden }).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new Problem(folder, $"cannot list the drop folder: {ex.Message}", ProblemStage.Watch));
            return [];
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _fetcher.Dispose();
        _gate.Dispose();
    }
}
