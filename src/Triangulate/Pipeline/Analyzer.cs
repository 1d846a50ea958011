using Triangulate.Cleaning;
using Triangulate.Execution;
using Triangulate.Ingest;

namespace Triangulate.Pipeline;

/// <summary>The one-line facade: read paths, clean, analyse, return the dossier.</summary>
/// <example><code>var dossier = Analyzer.Analyze(["samples/syria-coast-2025-03"]);</code></example>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class Analyzer
{
    /// <summary>Reads every input under <paramref name="paths"/>, cleans it and runs the default pipeline.</summary>
    public static Dossier Analyze(IEnumerable<string> paths, IngestOptions? options = null, AnalysisPipeline? pipeline = null,
        IProgress<StageProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var (documents, problems) = ReadAndClean(paths, options, cancellationToken);
        pipeline ??= new PipelineBuilder().UseDefaults().Build();
        return pipeline.Run(documents, problems, progress, cancellationToken);
    }

    /// <summary>Reads and cleans; returns the documents and every problem met.</summary>
    /// <remarks>With the whole pile in hand, lines repeated across different stories go too (<see cref="PileRepetition"/>);
    /// ids are assigned after that pass, in input order.</remarks>
    public static (IReadOnlyList<CleanDocument> Documents, IReadOnlyList<Problem> Problems) ReadAndClean(IEnumerable<string> paths,
        IngestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var documents = new List<CleanDocument>();
        var problems = new List<Problem>();
        foreach (var (document, problem) in Read(paths, options, int.MaxValue, cancellationToken))
        {
            if (problem is not null)
            {
                problems.Add(problem);
            }
            if (document is not null)
            {
                documents.Add(document);
            }
        }
        return (documents, problems);
    }

    /// <summary>Streams cleaned documents and problems as the inputs are read (for batching into a store).</summary>
    /// <remarks>A document that fails to clean becomes a problem; an article read twice from the same file in one run is kept once.
    /// Documents come in windows of <see cref="PileRepetition.StreamWindow"/>, each through the repetition pass (furniture found in
    /// one window goes from the later ones too), so a pile up to that size gets exactly <see cref="ReadAndClean"/>'s documents.</remarks>
    public static IEnumerable<(CleanDocument? Document, Problem? Problem)> ReadAndCleanStream(IEnumerable<string> paths,
        IngestOptions? options = null, CancellationToken cancellationToken = default) =>
        Read(paths, options, PileRepetition.StreamWindow, cancellationToken);

    /// <summary>Runs the repetition pass over the next window of a pile, each document's rebuild isolated (<see cref="PerDocument"/>):
    /// a document whose rebuild fails keeps its text as cleaned on its own and is named in a problem; the others go on.</summary>
    /// <param name="windows">The run's windows (furniture found earlier goes from this window too).</param>
    /// <param name="documents">The window's cleaned documents, in input order.</param>
    /// <param name="cancellationToken">Stops the pass.</param>
    /// <param name="rebuild">The per-document rebuild (tests inject faults here); <see cref="PileRepetitionWindow.Rebuild"/> when null.</param>
    internal static (IReadOnlyList<CleanDocument> Documents, IReadOnlyList<Problem> Problems) RemoveRepetition(PileRepetitionWindows windows,
        IReadOnlyList<CleanDocument> documents, CancellationToken cancellationToken, Func<PileRepetitionWindow, int, CleanDocument>? rebuild = null)
    {
        var window = windows.Next(documents);
        if (window.Changed.Count == 0)
        {
            return (documents, []);
        }
        rebuild ??= static (w, i) => w.Rebuild(i);
        var (rebuilt, problems) = PerDocument.Map(window.Changed, i => documents[i].Source.File, ProblemStage.Clean.Name,
            (i, _) => (CleanDocument?)rebuild(window, i), null, cancellationToken);
        var result = documents.ToArray();
        for (var k = 0; k < rebuilt.Length; k++)
        {
            if (rebuilt[k] is { } d)
            {
                result[window.Changed[k]] = d;
            }
        }
        return (result, problems);
    }

    // The one read-and-clean path: each document cleaned on its own, windows of the pile through the repetition pass, then
    // ids in input order. Problems of reading and cleaning come as met; a window's documents when the window is full.
    private static IEnumerable<(CleanDocument? Document, Problem? Problem)> Read(IEnumerable<string> paths, IngestOptions? options,
        int window, CancellationToken cancellationToken)
    {
        var ids = new DocumentIdAssigner();
        var windows = new PileRepetitionWindows();
        var pending = new List<CleanDocument>();
        foreach (var (document, problem) in CleanEach(paths, options, cancellationToken))
        {
            if (problem is not null)
            {
                yield return (null, problem);
            }
            if (document is null)
            {
                continue;
            }
            pending.Add(document);
            if (pending.Count >= window)
            {
                foreach (var item in Drain(pending))
                {
                    yield return item;
                }
                pending = [];
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var item in Drain(pending))
        {
            yield return item;
        }

        IEnumerable<(CleanDocument? Document, Problem? Problem)> Drain(List<CleanDocument> full)
        {
            var (documents, problems) = RemoveRepetition(windows, full, cancellationToken);
            foreach (var p in problems)
            {
                yield return (null, p);
            }
            foreach (var d in documents)
            {
                if (ids.Assign(d) is { } assigned)
                {
                    yield return (assigned, null);
                }
            }
        }
    }

    // Reads and cleans each document on its own (ids not yet assigned).
    private static IEnumerable<(CleanDocument? Document, Problem? Problem)> CleanEach(IEnumerable<string> paths,
        IngestOptions? options, CancellationToken cancellationToken)
    {
        var ingestor = new Ingestor(options);
        var cleaner = new BoilerplateCleaner();
        foreach (var item in ingestor.Read(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Problem is { } p)
            {
                yield return (null, p);
            }
            if (item.Document is not { } d)
            {
                continue;
            }
            CleanDocument? clean = null;
            Problem? failure = null;
            try
            {
                clean = cleaner.Clean(d);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                failure = new Problem(d.File, $"cleaning failed: {ex.GetType().Name}: {ex.Message}", ProblemStage.Clean);
            }
            if (failure is not null || clean is not null)
            {
                yield return (clean, failure);
            }
        }
    }
}
