using System.Text.Json.Serialization;

namespace Triangulate.Model;

/// <summary>A temporal expression in a document and the calendar value it resolves to.</summary>
/// <param name="Doc">The document id.</param>
/// <param name="Start">Offset of <paramref name="Text"/> in the cleaned text.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Text">The expression, verbatim: "on Thursday", "since March 6", "last December".</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record DateMention(string Doc, int Start, int End, string Text)
{
    /// <summary>ISO value: a date (<c>2025-03-06</c>), month (<c>2024-12</c>), year, interval (<c>2025-03-07/2025-03-08</c>) or open interval (<c>2025-03-06/..</c>); null when unresolved.</summary>
    public string? Value { get; init; }

    /// <summary><c>day</c>, <c>week</c>, <c>month</c>, <c>year</c>, <c>interval</c>, <c>open_interval</c>, <c>time</c>, <c>duration</c> or <c>unresolved</c>.</summary>
    public DatePrecision Precision { get; init; } = DatePrecision.Unresolved;

    /// <summary>What the value was resolved against: "publication date 2025-03-11 (metadata)", "anchor 'Thursday (March 6)' in doc …".</summary>
    public string? Anchor { get; init; }

    /// <summary>Why the expression stayed unresolved, when it did.</summary>
    public string? Reason { get; init; }

    /// <summary>True for expressions outside the story's timeline (image captions, background).</summary>
    public bool Background { get; init; }

    /// <summary>True when the expression sits in an image caption (then also <see cref="Background"/>); the timeline leaves captions out.</summary>
    /// <remarks>Not part of dossier.json: set by the time pass for the passes after it.</remarks>
    [JsonIgnore]
    public bool Caption { get; init; }
}
