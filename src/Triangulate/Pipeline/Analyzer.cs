using Triangulate.Cleaning;
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
        var cleaned = new List<CleanDocument>();
        var problems = new List<Problem>();
        foreach (var (document, problem) in CleanEach(paths, options, cancellationToken))
        {
            if (problem is not null)
            {
                problems.Add(problem);
            }
            if (document is not null)
            {
                cleaned.Add(document);
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        var ids = new DocumentIdAssigner();
        var documents = new List<CleanDocument>(cleaned.Count);
        foreach (var document in PileRepetition.Apply(cleaned))
        {
            if (ids.Assign(document) is { } assigned)
            {
                documents.Add(assigned);
            }
        }
        return (documents, problems);
    }

    /// <summary>Streams cleaned documents and problems as the inputs are read (for batching into a store).</summary>
    /// <remarks>A document that fails to clean becomes a problem; an article read twice from the same file in one run is kept once.</remarks>
    public static IEnumerable<(CleanDocument? Document, Problem? Problem)> ReadAndCleanStream(IEnumerable<string> paths,
        IngestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var ids = new DocumentIdAssigner();
        foreach (var (document, problem) in CleanEach(paths, options, cancellationToken))
        {
            var assigned = document is null ? null : ids.Assign(document);
            if (problem is not null || assigned is not null)
            {
                yield return (assigned, problem);
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
