namespace Triangulate.Ingest;

/// <summary>What reading yields for each article: a document, or a problem naming the file and the reason.</summary>
/// <threadsafety>Immutable.</threadsafety>
public readonly record struct IngestItem
{
    private IngestItem(SourceDocument? document, Problem? problem)
    {
        Document = document;
        Problem = problem;
    }

    /// <summary>The document, when reading succeeded.</summary>
    public SourceDocument? Document { get; }

    /// <summary>The problem, when it did not (or a warning that came with a document).</summary>
    public Problem? Problem { get; }

    /// <summary>Wraps a document, with an optional warning about how it was read.</summary>
    public static IngestItem Of(SourceDocument document, string? warning = null) =>
        new(document, warning is null ? null : new Problem(document.File, warning, ProblemStage.Ingest, ProblemSeverity.Warning));

    /// <summary>Wraps a document with the problem (a warning) that came with it, as read.</summary>
    public static IngestItem With(SourceDocument document, Problem? problem) => new(document, problem);

    /// <summary>Wraps a problem.</summary>
    public static IngestItem Fail(string file, string reason, ProblemSeverity severity = ProblemSeverity.Error) => new(null, new Problem(file, reason, ProblemStage.Ingest, severity));
}
