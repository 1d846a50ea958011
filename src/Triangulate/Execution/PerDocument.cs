using System.Text.RegularExpressions;
using Triangulate.Ingest;

namespace Triangulate.Execution;

/// <summary>Runs per-document work in parallel with a time budget per document, turning failures into problems.</summary>
/// <remarks>
/// A pathological document must not stall or crash a run: each call gets a token cancelled after the budget
/// (work checks it between sentences), every regex has its own match timeout, and an exception from one document
/// becomes a warning naming the document while the others go on.
/// </remarks>
public static class PerDocument
{
    /// <summary>Default budget per document and stage: generous for a long article, short enough to notice a runaway.</summary>
    public static TimeSpan DefaultBudget { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Applies <paramref name="work"/> to every document; returns the results in document order and the problems met.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="stage">Stage name for problems.</param>
    /// <param name="work">Per-document work; must be thread-safe and should observe the token.</param>
    /// <param name="fallback">Result used for a document whose work failed or ran out of time.</param>
    /// <param name="cancellationToken">Cancels the whole run.</param>
    /// <param name="budget">Time budget per document (default <see cref="DefaultBudget"/>).</param>
    public static (T[] Results, IReadOnlyList<Problem> Problems) Map<T>(IReadOnlyList<DossierDocument> documents, string stage,
        Func<DossierDocument, CancellationToken, T> work, T fallback, CancellationToken cancellationToken, TimeSpan? budget = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(work);
        var results = new T[documents.Count];
        var problems = new System.Collections.Concurrent.ConcurrentBag<(int Index, Problem Problem)>();
        var limit = budget ?? DefaultBudget;
        var options = Parallelism.Options(cancellationToken);
        Parallel.For(0, documents.Count, options, i =>
        {
            var doc = documents[i];
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(limit);
            try
            {
                results[i] = work(doc, timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                results[i] = fallback;
                problems.Add((i, new Problem(doc.File, $"{stage} skipped this document: over the {limit.TotalSeconds:0.#} s budget", stage, "warning")));
            }
            catch (RegexMatchTimeoutException)
            {
                results[i] = fallback;
                problems.Add((i, new Problem(doc.File, $"{stage} skipped this document: a pattern timed out on its text", stage, "warning")));
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                results[i] = fallback;
                problems.Add((i, new Problem(doc.File, $"{stage} failed on this document: {ex.GetType().Name}: {ex.Message}", stage, "warning")));
            }
        });
        return (results, [.. problems.OrderBy(p => p.Index).Select(p => p.Problem)]);
    }
}
