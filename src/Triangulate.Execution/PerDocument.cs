using System.Text.RegularExpressions;

namespace Triangulate.Execution;

/// <summary>Runs per-document work in parallel with a time and a memory budget per document, turning failures into problems.</summary>
/// <remarks>
/// A pathological document must not stall or crash a run: each call gets a token cancelled after the time budget
/// of processor time spent by the document's own thread (work checks it between sentences; see <see cref="ThreadCpuClock"/>),
/// the bytes each call allocates are counted against a memory budget, and an
/// exception from one document — an <see cref="OutOfMemoryException"/> from one huge allocation included — becomes a
/// warning naming the document and the stage while the others go on. Both budgets are generous: they guard against
/// bugs, they do not decide ordinary results, so a busy machine gives the same dossier as a quiet one.
/// </remarks>
public static class PerDocument
{
    /// <summary>Default time budget per document and stage: far beyond any real article even on a loaded machine, short enough to end a runaway.</summary>
    public static TimeSpan DefaultBudget { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Default memory budget per document and stage, in bytes allocated by the work (4 GiB: hundreds of times what a long article needs).</summary>
    public static long DefaultMemoryBudget { get; set; } = 4L << 30;

    /// <summary>Applies <paramref name="work"/> to every document; returns the results in document order and the problems met.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="stage">Stage name for problems.</param>
    /// <param name="work">Per-document work; must be thread-safe and should observe the token.</param>
    /// <param name="fallback">Result used for a document whose work failed or ran out of time or memory.</param>
    /// <param name="cancellationToken">Cancels the whole run.</param>
    /// <param name="budget">Time budget per document (default <see cref="DefaultBudget"/>).</param>
    /// <param name="memoryBudget">Bytes the work may allocate for one document (default <see cref="DefaultMemoryBudget"/>).</param>
    public static (T[] Results, IReadOnlyList<Problem> Problems) Map<T>(IReadOnlyList<DossierDocument> documents, string stage,
        Func<DossierDocument, CancellationToken, T> work, T fallback, CancellationToken cancellationToken, TimeSpan? budget = null,
        long? memoryBudget = null) =>
        Map(documents, static d => d.File, stage, work, fallback, cancellationToken, budget, memoryBudget);

    /// <summary>Applies <paramref name="work"/> to every item that stands for one document (a document before it joins a dossier,
    /// e.g. a cleaned text); returns the results in item order and the problems met, each naming the item's file.</summary>
    /// <param name="items">The items, one per document.</param>
    /// <param name="fileOf">The file a problem with an item names.</param>
    /// <param name="stage">Stage name for problems.</param>
    /// <param name="work">Per-item work; must be thread-safe and should observe the token.</param>
    /// <param name="fallback">Result used for an item whose work failed or ran out of time or memory.</param>
    /// <param name="cancellationToken">Cancels the whole run.</param>
    /// <param name="budget">Time budget per item (default <see cref="DefaultBudget"/>).</param>
    /// <param name="memoryBudget">Bytes the work may allocate for one item (default <see cref="DefaultMemoryBudget"/>).</param>
    public static (T[] Results, IReadOnlyList<Problem> Problems) Map<TItem, T>(IReadOnlyList<TItem> items, Func<TItem, string> fileOf,
        string stage, Func<TItem, CancellationToken, T> work, T fallback, CancellationToken cancellationToken, TimeSpan? budget = null,
        long? memoryBudget = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(fileOf);
        ArgumentNullException.ThrowIfNull(work);
        var results = new T[items.Count];
        var problems = new System.Collections.Concurrent.ConcurrentBag<(int Index, Problem Problem)>();
        var limit = budget ?? DefaultBudget;
        var memoryLimit = memoryBudget ?? DefaultMemoryBudget;
        var options = Parallelism.Options(cancellationToken);
        var outOfMemory = new System.Collections.Concurrent.ConcurrentBag<int>();
        Parallel.For(0, items.Count, options, i =>
        {
            var (result, problem, oom) = One(items[i], fileOf, stage, work, fallback, limit, memoryLimit, cancellationToken);
            results[i] = result;
            if (oom)
            {
                outOfMemory.Add(i);
            }
            else if (problem is not null)
            {
                problems.Add((i, problem));
            }
        });
        // When the heap runs out, the allocation that fails may be a neighbour's rather than the runaway document's: every
        // document that met it runs again, alone, once the others are done, so only the one that needs the memory fails.
        foreach (var i in outOfMemory.Order())
        {
            var (result, problem, _) = One(items[i], fileOf, stage, work, fallback, limit, memoryLimit, cancellationToken);
            results[i] = result;
            if (problem is not null)
            {
                problems.Add((i, problem));
            }
        }
        return (results, [.. problems.OrderBy(p => p.Index).Select(p => p.Problem)]);
    }

    /// <summary>Runs <paramref name="work"/> on one document under both budgets; returns its result, or the fallback and the problem.</summary>
    private static (T Result, Problem? Problem, bool OutOfMemory) One<TItem, T>(TItem doc, Func<TItem, string> fileOf, string stage,
        Func<TItem, CancellationToken, T> work, T fallback, TimeSpan limit, long memoryLimit, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var watch = Budget.Start(timeout, limit);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        string reason;
        try
        {
            var result = work(doc, timeout.Token);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            if (allocated <= memoryLimit)
            {
                return (result, null, false);
            }
            reason = $"{stage} skipped this document: it allocated {Megabytes(allocated)}, over the {Megabytes(memoryLimit)} budget";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            reason = $"{stage} skipped this document: over the {limit.TotalSeconds:0.#} s budget";
        }
        catch (RegexMatchTimeoutException)
        {
            reason = $"{stage} skipped this document: a pattern timed out on its text";
        }
        catch (OutOfMemoryException)
        {
            // One huge allocation, or the heap's hard limit reached by a runaway: the heap stays usable once its garbage is
            // collected, so this is that document's failure, not the run's.
            return (fallback, new Problem(fileOf(doc), $"{stage} skipped this document: it ran out of memory", new ProblemStage(stage), ProblemSeverity.Warning), true);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            reason = $"{stage} failed on this document: {ex.GetType().Name}: {ex.Message}";
        }
        return (fallback, new Problem(fileOf(doc), reason, new ProblemStage(stage), ProblemSeverity.Warning), false);
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024):0} MB";

    /// <summary>Cancels a document's token once its thread has spent the budget in processor time (or, where the system cannot
    /// tell a thread's processor time, once the budget has passed on the wall clock).</summary>
    /// <remarks>
    /// The timer first fires after the budget on the wall clock — the processor time cannot be more than that — and then
    /// asks the thread's clock: a document that waited for the processor on a busy machine has used less, so the timer
    /// is set again for what remains. Only documents that really run that long are cut, whatever the load. Work that waits
    /// instead of computing (a deadlock) is cut after <see cref="WallClockCeiling"/> budgets on the wall clock.
    /// </remarks>
    internal sealed class Budget : IDisposable
    {
        /// <summary>How many budgets of wall-clock time a document may take, computing or not, before it is cut anyway.</summary>
        public const int WallClockCeiling = 10;

        private readonly CancellationTokenSource _timeout;
        private readonly TimeSpan _limit;
        private readonly ThreadCpuClock? _clock;
        private readonly TimeSpan _start;
        private readonly long _startedAt = System.Diagnostics.Stopwatch.GetTimestamp();
        private readonly Timer _timer;

        private Budget(CancellationTokenSource timeout, TimeSpan limit)
        {
            _timeout = timeout;
            _limit = limit;
            _clock = ThreadCpuClock.ForCurrentThread();
            _start = _clock?.Elapsed ?? TimeSpan.Zero;
            _timer = new Timer(_ => Check(), null, limit, Timeout.InfiniteTimeSpan);
        }

        /// <summary>Starts the budget for the calling thread's work.</summary>
        public static Budget Start(CancellationTokenSource timeout, TimeSpan limit) => new(timeout, limit);

        private void Check()
        {
            var used = _clock?.Elapsed - _start;
            var left = used is { } spent ? _limit - spent : TimeSpan.Zero;
            if (System.Diagnostics.Stopwatch.GetElapsedTime(_startedAt) >= _limit * WallClockCeiling)
            {
                left = TimeSpan.Zero; // waiting, not computing, for far too long: a deadlock or a hung read, whatever the load
            }
            if (left <= TimeSpan.FromMilliseconds(10))
            {
                try
                {
                    _timeout.Cancel();
                }
                catch (ObjectDisposedException)
                {
                    // the work finished while the timer fired
                }
                return;
            }
            try
            {
                _timer.Change(left, Timeout.InfiniteTimeSpan);
            }
            catch (ObjectDisposedException)
            {
                // the work finished while the timer fired
            }
        }

        /// <inheritdoc />
        public void Dispose() => _timer.Dispose();
    }
}
