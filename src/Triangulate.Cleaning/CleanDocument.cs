using Triangulate.Ingest;

namespace Triangulate.Cleaning;

/// <summary>An article after cleaning: the text every later offset refers to, plus what was removed and the metadata read from the text.</summary>
/// <param name="Id">Stable id: a hash of the normalized cleaned text, so re-ingesting the same article gives the same id.</param>
/// <param name="Source">The document as read, with its original text.</param>
/// <param name="Text">The cleaned text. All extraction offsets index this string.</param>
/// <param name="Removed">What was removed, with offsets into <see cref="SourceDocument.Text"/>.</param>
/// <param name="Map">Maps offsets of <paramref name="Text"/> back to <see cref="SourceDocument.Text"/>.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record CleanDocument(string Id, SourceDocument Source, string Text, IReadOnlyList<RemovedBlock> Removed, OffsetMap Map)
{
    /// <summary>The headline: the source's title, else the first non-empty line of the text.</summary>
    public string? Title { get; init; }

    /// <summary>Outlet name from metadata, a signature line or a dateline agency.</summary>
    public string? Outlet { get; init; }

    /// <summary>A date stated in the text's header (e.g. a leading <c>date 2025-03-11</c> line), ISO format.</summary>
    public string? StatedDate { get; init; }

    /// <summary>Where <see cref="StatedDate"/> was read, derived from the removal that carried it (a leading date line or a byline timestamp).</summary>
    public string? StatedDateSource =>
        StatedDate is null ? null
        : StatedDateOrigin is not null ? StatedDateOrigin
        : Removed.FirstOrDefault(r => r.Kind == "date_line") is not null ? "date line at the top of the text"
        : Removed.FirstOrDefault(r => r.Date == StatedDate) is { } byline ? $"byline timestamp \"{byline.Text.Trim()}\""
        : "stated in the text";

    /// <summary>Where <see cref="StatedDate"/> was read when no removed line carries it: a page stamp kept out of the text
    /// ("page stamp \"Published: 4 May 2021\"").</summary>
    public string? StatedDateOrigin { get; init; }

    /// <summary>A dateline at the start of the body, e.g. "Damascus, MINA –".</summary>
    public Dateline? Dateline { get; init; }

    /// <summary>Provenance stated in the text, e.g. the host or outlet of an "Original Source: …" line.</summary>
    public string? Provenance { get; init; }
}
