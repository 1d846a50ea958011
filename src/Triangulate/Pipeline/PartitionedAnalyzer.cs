using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Triangulate.Cleaning;
using Triangulate.Ingest;
using Triangulate.Linking.Clustering;
using Triangulate.Execution;

namespace Triangulate.Pipeline;

/// <summary>Settings of <see cref="PartitionedAnalyzer"/>.</summary>
/// <threadsafety>Immutable.</threadsafety>
public sealed record PartitionedOptions
{
    /// <summary>Cleaning workers and clusters analysed at once (default: one per core).</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Capacity of each bounded queue between the reader, the cleaners and the store writer.</summary>
    public int QueueCapacity { get; init; } = 256;

    /// <summary>Documents per store transaction.</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>Ingest limits.</summary>
    public IngestOptions? Ingest { get; init; }

    /// <summary>The passes run on each cluster (default pipeline when null).</summary>
    public AnalysisPipeline? Pipeline { get; init; }

    /// <summary>Clustering thresholds.</summary>
    public ClusterOptions? Clustering { get; init; }
}

/// <summary>What a partitioned run did.</summary>
/// <param name="Documents">Documents stored and analysed.</param>
/// <param name="Clusters">Story clusters, each with its own dossier.</param>
/// <param name="Claims">Figure claims over all clusters.</param>
/// <param name="Problems">Every problem met (ingest, cleaning, and each cluster's analysis).</param>
/// <param name="Stages">Busy seconds per stage, summed over workers (stages overlap in time).</param>
/// <param name="Seconds">Wall-clock seconds of the whole run.</param>
public sealed record PartitionedResult(int Documents, int Clusters, int Claims, IReadOnlyList<Problem> Problems, IReadOnlyList<StageTiming> Stages, double Seconds)
{
    /// <summary>UTF-8 bytes of cleaned text analysed.</summary>
    public long TextBytes { get; init; }

    /// <summary>The output files written at the top of the output folder.</summary>
    public IReadOnlyList<string> Written { get; init; } = [];
}

/// <summary>Where a partitioned run keeps its cleaned documents between the streaming pass and the per-cluster pass.</summary>
/// <remarks>Each worker opens its own instance; an instance is used from one thread at a time.</remarks>
public interface IDocumentSpill : IDisposable
{
    /// <summary>Stores a batch of cleaned documents (documents already stored are skipped); returns, for documents whose text an
    /// earlier run stored from another file, their id → the copy id they are stored under (null when none).</summary>
    IReadOnlyDictionary<string, string>? Add(IReadOnlyList<CleanDocument> documents);

    /// <summary>Loads the documents with the given ids, in the order given (unknown ids are skipped).</summary>
    IReadOnlyList<CleanDocument> DocumentsById(IReadOnlyList<string> ids);
}

/// <summary>Where a partitioned run's dossiers go: one per story cluster, then an index over all of them.</summary>
/// <remarks><see cref="WriteCluster"/> is called from several threads at once, for different clusters.</remarks>
public interface IPartitionedOutput
{
    /// <summary>Writes the dossier of one story cluster.</summary>
    void WriteCluster(string clusterId, Dossier dossier);

    /// <summary>Writes what spans all clusters (index, merged tables), in cluster order; returns the files written.</summary>
    IReadOnlyList<string> Finish(IReadOnlyList<ClusterSummary> clusters, int documents, IReadOnlyList<Problem> problems);
}

/// <summary>What one story cluster's analysis found, for the index of a partitioned run.</summary>
/// <param name="Id">Cluster id, e.g. <c>k-1</c>.</param>
/// <param name="Label">Short label of the cluster.</param>
/// <param name="Documents">Documents in the cluster.</param>
/// <param name="Claims">Figure claims found.</param>
/// <param name="Series">Figure series.</param>
/// <param name="Flags">Consistency flags.</param>
/// <param name="Headline">The series with the most points (ties by id), or null.</param>
/// <param name="Problems">Problems met while analysing the cluster.</param>
public sealed record ClusterSummary(string Id, string Label, int Documents, int Claims, int Series, int Flags, FigureSeries? Headline,
    IReadOnlyList<Problem> Problems);

/// <summary>
/// Analyses an archive too large to hold in memory: it streams the inputs through bounded queues (read → clean on every
/// core → store), keeps only a compact clustering signature per document, groups the documents into story clusters,
/// then runs the full pipeline on one cluster at a time (one per core) and writes one dossier per cluster.
/// </summary>
/// <remarks>
/// Memory is the clustering index (about a kilobyte per document) plus the clusters in flight, not the archive.
/// Every cross-document step of the pipeline works inside a story anyway (copies, series and flags concern one event),
/// so a cluster's dossier is what a whole-corpus run finds for those documents; what differs is that entities are
/// merged per cluster, not across the archive. Deterministic: the same inputs give the same clusters, ids and files.
/// </remarks>
/// <threadsafety>Stateless; runs may go concurrently on different output folders.</threadsafety>
public static class PartitionedAnalyzer
{
    private readonly record struct Cleaned(long Seq, CleanDocument? Document, ClusterFeatures? Features, Problem? Problem);

    /// <summary>Runs the partitioned analysis of <paramref name="paths"/>.</summary>
    /// <param name="paths">Files and folders to read.</param>
    /// <param name="options">Limits and the pipeline.</param>
    /// <param name="openStore">Opens the document store (called once for the streaming pass and once per worker).</param>
    /// <param name="output">Receives each cluster's dossier and the index.</param>
    /// <param name="progress">Reports per stage (documents stored, clusters analysed).</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static PartitionedResult Run(IEnumerable<string> paths, PartitionedOptions options, Func<IDocumentSpill> openStore,
        IPartitionedOutput output, IProgress<StageProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(openStore);
        ArgumentNullException.ThrowIfNull(output);
        var total = Stopwatch.StartNew();
        var clock = new StageClock();
        var problems = new ConcurrentQueue<Problem>();
        var clusterer = new StoryClusterer(options.Clustering);

        // 1. Stream: read → clean + signature (every core) → store in order. Only ids and signatures stay in memory.
        // 2. Story clusters from the signatures. Both phases run with compacting collections (see BatchCollection).
        var ids = new List<string>();
        var features = new ClusterIndex(options.Clustering);
        long textBytes;
        IReadOnlyList<int[]> groups;
        using (BatchCollection.Enter())
        {
            using (var store = openStore())
            {
                textBytes = Stream(paths, options, store, ids, features, problems, clock, progress, cancellationToken);
            }
            var clusterStarted = Stopwatch.GetTimestamp();
            groups = features.GroupAndClear(clusterer, cancellationToken);
            clock.Add("cluster", clusterStarted);
        }
        progress?.Report(new StageProgress("cluster", groups.Count, groups.Count));

        // 3. The full pipeline per cluster, one cluster per core; each dossier is written and dropped.
        var pipeline = options.Pipeline ?? new PipelineBuilder().UseDefaults().Build();
        var summaries = new ClusterSummary[groups.Count];
        var done = 0;
        // Largest clusters first, handed out one at a time, so no core is left with a big cluster at the end; with a
        // cluster per core, each cluster's own loops run on its worker thread.
        var order = Enumerable.Range(0, groups.Count).OrderByDescending(i => groups[i].Length).ToArray(); // stable: ties keep cluster order
        var nested = options.Workers > 1;
        Parallel.ForEach(Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Workers), CancellationToken = cancellationToken },
            openStore,
            (i, _, store) =>
            {
                using (nested ? Parallelism.Sequential() : default)
                {
                    summaries[i] = AnalyseCluster(i, groups[i], ids, store, pipeline, output, clock, cancellationToken);
                }
                var n = Interlocked.Increment(ref done);
                if (n % 64 == 0 || n == groups.Count)
                {
                    progress?.Report(new StageProgress("analyse clusters", n, groups.Count));
                }
                return store;
            },
            store => store.Dispose());
        foreach (var s in summaries)
        {
            foreach (var p in s.Problems)
            {
                problems.Enqueue(p);
            }
        }

        // 4. Merged CSVs and the index, in cluster order.
        var started = Stopwatch.GetTimestamp();
        var allProblems = problems.ToList();
        var written = output.Finish(summaries, ids.Count, allProblems);
        clock.Add("render", started);
        total.Stop();
        return new PartitionedResult(ids.Count, groups.Count, summaries.Sum(s => s.Claims), allProblems, clock.Timings(), total.Elapsed.TotalSeconds)
        {
            TextBytes = textBytes,
            Written = written,
        };
    }

    private static long Stream(IEnumerable<string> paths, PartitionedOptions options, IDocumentSpill store,
        List<string> ids, ClusterIndex features, ConcurrentQueue<Problem> problems, StageClock clock,
        IProgress<StageProgress>? progress, CancellationToken cancellationToken)
    {
        var capacity = Math.Max(1, options.QueueCapacity);
        var raw = Channel.CreateBounded<(long Seq, SourceDocument Document)>(new BoundedChannelOptions(capacity) { SingleWriter = true });
        var cleaned = Channel.CreateBounded<Cleaned>(new BoundedChannelOptions(capacity) { SingleReader = true });

        var reader = Task.Run(() =>
        {
            try
            {
                long seq = 0;
                using var items = new Ingestor(options.Ingest).Read(paths).GetEnumerator();
                while (true)
                {
                    var t = Stopwatch.GetTimestamp();
                    if (!items.MoveNext())
                    {
                        break;
                    }
                    clock.Add("ingest", t);
                    if (items.Current.Problem is { } p)
                    {
                        problems.Enqueue(p);
                    }
                    if (items.Current.Document is { } d)
                    {
                        // Waits while the cleaners are behind: the queue, not the archive, bounds memory.
                        while (!raw.Writer.TryWrite((seq, d)))
                        {
                            if (!raw.Writer.WaitToWriteAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
                            {
                                return;
                            }
                        }
                        seq++;
                    }
                }
                raw.Writer.TryComplete();
            }
            catch (Exception ex)
            {
                raw.Writer.TryComplete(ex);
            }
        }, cancellationToken);

        var workers = new Task[Math.Max(1, options.Workers)];
        for (var w = 0; w < workers.Length; w++)
        {
            workers[w] = Task.Run(async () =>
            {
                var cleaner = new BoilerplateCleaner();
                await foreach (var (seq, document) in raw.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                {
                    CleanDocument? clean = null;
                    Problem? failure = null;
                    ClusterFeatures? signature = null;
                    var t = Stopwatch.GetTimestamp();
                    try
                    {
                        clean = cleaner.Clean(document);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
                    {
                        failure = new Problem(document.File, $"cleaning failed: {ex.GetType().Name}: {ex.Message}", ProblemStage.Clean);
                    }
                    clock.Add("clean", t);
                    if (clean is not null)
                    {
                        t = Stopwatch.GetTimestamp();
                        signature = Signature(clean);
                        clock.Add("cluster", t);
                    }
                    await cleaned.Writer.WriteAsync(new Cleaned(seq, clean, signature, failure), cancellationToken).ConfigureAwait(false);
                }
            }, cancellationToken);
        }
        var cleaners = Task.WhenAll(workers).ContinueWith(t => cleaned.Writer.TryComplete(t.Exception?.InnerException), TaskScheduler.Default);

        // The store writer restores input order, so ids (which depend on order for repeated texts) never depend on timing.
        var assigner = new DocumentIdAssigner();
        var pending = new Dictionary<long, Cleaned>();
        var batch = new List<CleanDocument>(options.BatchSize);
        long next = 0;
        long bytes = 0;
        void Flush()
        {
            if (batch.Count == 0)
            {
                return;
            }
            var t = Stopwatch.GetTimestamp();
            if (store.Add(batch) is { Count: > 0 } renamed)
            {
                // The same text was stored from another file by an earlier run: this copy lives under its copy id.
                var first = ids.Count - batch.Count;
                for (var j = 0; j < batch.Count; j++)
                {
                    if (renamed.TryGetValue(batch[j].Id, out var id))
                    {
                        ids[first + j] = id;
                    }
                }
            }
            clock.Add("store", t);
            batch.Clear();
            progress?.Report(new StageProgress("read, clean and store", ids.Count, 0));
        }
        // Documents wait in a window for the repetition pass (lines repeated across stories go, as on every read path), then
        // get their ids in input order and go to the store.
        var windows = new PileRepetitionWindows();
        var window = new List<CleanDocument>(options.BatchSize);
        var windowFeatures = new List<ClusterFeatures>(options.BatchSize);
        void Accept(Cleaned item)
        {
            if (item.Problem is { } p)
            {
                problems.Enqueue(p);
            }
            if (item.Document is not { } d)
            {
                return;
            }
            window.Add(d);
            windowFeatures.Add(item.Features!);
            if (window.Count >= Math.Max(1, options.BatchSize))
            {
                Drain();
            }
        }
        void Drain()
        {
            if (window.Count == 0)
            {
                return;
            }
            var t = Stopwatch.GetTimestamp();
            var (documents, failures) = Analyzer.RemoveRepetition(windows, window, cancellationToken);
            foreach (var p in failures)
            {
                problems.Enqueue(p);
            }
            // A document that lost lines gets its clustering signature again, from the text it is analysed with.
            Parallel.For(0, documents.Count, Parallelism.Options(cancellationToken), j =>
            {
                if (!ReferenceEquals(documents[j], window[j]))
                {
                    windowFeatures[j] = Signature(documents[j]);
                }
            });
            clock.Add("clean", t);
            for (var j = 0; j < documents.Count; j++)
            {
                if (assigner.Assign(documents[j]) is not { } kept)
                {
                    continue;
                }
                ids.Add(kept.Id);
                features.Add(windowFeatures[j]);
                bytes += Encoding.UTF8.GetByteCount(kept.Text);
                batch.Add(kept);
                if (batch.Count >= options.BatchSize)
                {
                    Flush();
                }
            }
            window = new List<CleanDocument>(options.BatchSize);
            windowFeatures.Clear();
        }
        var consume = Task.Run(async () =>
        {
            await foreach (var item in cleaned.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                pending[item.Seq] = item;
                while (pending.Remove(next, out var ready))
                {
                    next++;
                    Accept(ready);
                }
            }
            Drain();
            Flush();
        }, cancellationToken);
        Task.WaitAll([reader, cleaners, consume], cancellationToken);
        return bytes;
    }

    // The clustering signature of a cleaned document: its words and its day.
    private static ClusterFeatures Signature(CleanDocument clean) =>
        StoryClusterer.Features(clean.Text) with { Day = ClusterFeatures.DayOf(DossierDocuments.PublishedOf(clean)?.Date) };

    private static ClusterSummary AnalyseCluster(int index, int[] members, List<string> ids, IDocumentSpill store, AnalysisPipeline pipeline,
        IPartitionedOutput output, StageClock clock, CancellationToken cancellationToken)
    {
        var id = "k-" + (index + 1).ToString(CultureInfo.InvariantCulture);
        var t = Stopwatch.GetTimestamp();
        var memberIds = new string[members.Length];
        for (var k = 0; k < members.Length; k++)
        {
            memberIds[k] = ids[members[k]];
        }
        var documents = store.DocumentsById(memberIds);
        var docs = new List<DossierDocument>(documents.Count);
        foreach (var d in documents)
        {
            docs.Add(DossierDocuments.FromCleaned(d) with { Cluster = id });
        }
        clock.Add("load", t);
        var dossier = pipeline.Run(new Dossier { Documents = docs }, clock.Add, null, cancellationToken);
        t = Stopwatch.GetTimestamp();
        output.WriteCluster(id, dossier);
        clock.Add("render", t);
        var label = dossier.Clusters.Count > 0 ? dossier.Clusters[0].Label : "";
        // The report's first headline figure: the series reconciliation ranked first (deaths first, totals before groups).
        var headline = dossier.Series.OrderBy(s => s.Rank > 0 ? s.Rank : int.MaxValue).FirstOrDefault();
        return new ClusterSummary(id, label, docs.Count, dossier.Claims.Count, dossier.Series.Count, dossier.Flags.Count, headline, dossier.Problems);
    }
}

/// <summary>Timing of one stage.</summary>
/// <param name="Stage">Stage name.</param>
/// <param name="Seconds">Wall-clock seconds.</param>
public sealed record StageTiming(string Stage, double Seconds);

/// <summary>Busy time per stage, added from any thread.</summary>
/// <threadsafety>Thread-safe.</threadsafety>
internal sealed class StageClock
{
    private readonly ConcurrentDictionary<string, long> _ticks = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    /// <summary>Adds the time since <paramref name="startTimestamp"/> (a <see cref="Stopwatch.GetTimestamp"/> value) to <paramref name="stage"/>.</summary>
    public void Add(string stage, long startTimestamp) => Add(stage, Stopwatch.GetElapsedTime(startTimestamp));

    /// <summary>Adds <paramref name="elapsed"/> to <paramref name="stage"/>.</summary>
    public void Add(string stage, TimeSpan elapsed)
    {
        if (_ticks.TryAdd(stage, 0))
        {
            _order.Enqueue(stage);
        }
        _ticks.AddOrUpdate(stage, elapsed.Ticks, (_, t) => t + elapsed.Ticks);
    }

    /// <summary>The stages in the order first seen.</summary>
    public IReadOnlyList<StageTiming> Timings() => [.. _order.Select(s => new StageTiming(s, TimeSpan.FromTicks(_ticks[s]).TotalSeconds))];
}
