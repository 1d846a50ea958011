namespace Triangulate.Model;

/// <summary>One dated happening of the story.</summary>
/// <param name="Date">ISO date or interval.</param>
/// <param name="Summary">What happened, in a sentence.</param>
/// <param name="Docs">Documents that report it.</param>
/// <param name="Claims">Figure claims that refer to it.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record TimelineEntry(string Date, string Summary, IReadOnlyList<string> Docs, IReadOnlyList<string> Claims)
{
    /// <summary>Precision of <see cref="Date"/>: day, month, year, interval, open_interval.</summary>
    public DatePrecision Precision { get; init; } = DatePrecision.Day;

    /// <summary>True for background context far from the story's main event (e.g. the fall of a government months earlier).</summary>
    public bool Background { get; init; }

    /// <summary>Verbatim sentences (doc, start, end) the entry is built from.</summary>
    public IReadOnlyList<SourceRef>? Sources { get; init; }
}

/// <summary>A pointer to text in a document.</summary>
/// <param name="Doc">Document id.</param>
/// <param name="Start">Offset in the cleaned text.</param>
/// <param name="End">End offset (exclusive).</param>
public sealed record SourceRef(string Doc, int Start, int End);
