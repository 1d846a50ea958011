using System.Text.Json.Serialization;

namespace Triangulate.Model;

/// <summary>Text shared between two documents (or repeated inside one).</summary>
/// <param name="A">Document id of the earlier or source document (for a self-repeat, the same as <paramref name="B"/>).</param>
/// <param name="B">Document id of the later or copying document.</param>
/// <param name="Kind"><c>duplicate</c>, <c>copy</c>, <c>paraphrase</c>, <c>self-repeat</c>, <c>shared-origin</c> or <c>same-source-quoted</c>.</param>
/// <param name="Score">Similarity in [0, 1].</param>
/// <param name="Passages">Aligned passages (none written when <see cref="PassagesOmitted"/> is set).</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record ReuseLink(string A, string B, ReuseKind Kind, double Score, IReadOnlyList<ReusePassage> Passages)
{
    /// <summary>True when the direction A → B is supported by dates or stated provenance; false when it is unknown.</summary>
    public bool Directed { get; init; }

    /// <summary>Why the link was made and, when directed, why in that direction.</summary>
    public string? Evidence { get; init; }

    /// <summary>How many aligned passages were found but not written, because the link is not on the spanning tree that carries the
    /// passages of a large family of copies (each document's link towards the family's source); 0 when every passage is written.</summary>
    /// <remarks>The link, its kind, score and evidence stay; its passages are those of the path between its two documents over the
    /// links that keep theirs. See docs/dossier-schema.md.</remarks>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int PassagesOmitted { get; init; }
}

/// <summary>Documents that share one origin: joined by reuse links that share text (<see cref="Vocabulary.SharesOrigin"/>), so they count once.</summary>
/// <param name="Id">Group id, <c>o-1</c>, <c>o-2</c>, …: largest group first, then by first document id.</param>
/// <param name="Docs">Document ids, in the dossier's document order.</param>
/// <param name="Source">The likely original: a document no directed link copies, then the earliest published, then the smallest id.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record OriginGroup(string Id, IReadOnlyList<string> Docs, string Source);

/// <summary>A passage of B aligned with a passage of A.</summary>
/// <param name="AStart">Offset in A's cleaned text.</param>
/// <param name="AEnd">End offset in A's cleaned text.</param>
/// <param name="BStart">Offset in B's cleaned text.</param>
/// <param name="BEnd">End offset in B's cleaned text.</param>
/// <param name="Similarity">Similarity of the two passages in [0, 1].</param>
public sealed record ReusePassage(int AStart, int AEnd, int BStart, int BEnd, double Similarity);
