using Triangulate.Cleaning;
using Triangulate.Ingest;

namespace Triangulate.Analysis;

/// <summary>The one-line facade: read paths, clean, analyse, return the dossier.</summary>
/// <example><code>var dossier = Analyzer.Analyze(["samples/syria-coast-2025-03"]);</code></example>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class Analyzer
{
    /// <summary>Reads every input under <paramref name="paths"/>, cleans it and runs the default pipeline.</summary>
    public static Dossier.Dossier Analyze(IEnumerable<string> paths, IngestOptions? options = null, AnalysisPipeline? pipeline = null,
        IProgress<StageProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var (documents, problems) = ReadAndClean(paths, options, cancellationToken);
        pipeline ??= new PipelineBuilder().UseDefaults().Build();
        return pipeline.Run(documents, problems, progress, cancellationToken);
    }

    /// <summary>Reads and cleans; returns the documents and every problem met.</summary>
    public static (IReadOnlyList<CleanDocument> Documents, IReadOnlyList<Problem> Problems) ReadAndClean(IEnumerable<string> paths,
        IngestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var ingestor = new Ingestor(options);
        var cleaner = new BoilerplateCleaner();
        var documents = new List<CleanDocument>();
        var problems = new List<Problem>();
        foreach (var item in ingestor.Read(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Problem is { } p)
            {
                problems.Add(p);
            }
            if (item.Document is { } d)
            {
                documents.Add(cleaner.Clean(d));
            }
        }
        return (documents, problems);
    }
}
