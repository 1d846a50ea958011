namespace Triangulate.Model;

/// <summary>An input, or one item inside an input, that could not be processed, and why.</summary>
/// <param name="File">The file (path as given or relative to the input root), with <c>:line</c> or <c>#record</c> when the problem is inside it.</param>
/// <param name="Reason">One sentence a user can act on, e.g. "not valid UTF-8 and no known encoding fits".</param>
/// <param name="Stage">The pipeline stage that reported it: <c>ingest</c>, <c>clean</c>, <c>render</c>, <c>store</c>, <c>watch</c> or a pass name such as <c>figures</c>.</param>
/// <param name="Severity"><c>error</c> when the input (or item) was skipped, <c>warning</c> when it was processed with a caveat.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record Problem(string File, string Reason, ProblemStage Stage, ProblemSeverity Severity = ProblemSeverity.Error)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}: {Reason}";
}
