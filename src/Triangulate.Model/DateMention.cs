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

    /// <summary>The clock time on the resolved day, ISO 8601 with the offset of its zone (<c>2019-05-03T21:40+09:00</c>), or without
    /// one (<c>2019-05-03T21:40</c>) when the zone is not known; null when no clock time is written or no day is known.</summary>
    public string? Time { get; init; }

    /// <summary>How precise the time of day is: <c>second</c>, <c>minute</c>, <c>hour</c>, or <c>part_of_day</c> ("at dawn",
    /// "overnight", "Friday evening"); null when the expression says nothing about the time of day.</summary>
    public string? TimePrecision { get; init; }

    /// <summary>The part of the day written: <c>dawn</c>, <c>early_hours</c>, <c>overnight</c>, <c>morning</c>, <c>midday</c>,
    /// <c>afternoon</c>, <c>evening</c>, <c>dusk</c>, <c>night</c>, <c>midnight</c>; null when none.</summary>
    public string? PartOfDay { get; init; }

    /// <summary>The zone of <see cref="Time"/>: a tz database id (<c>Asia/Tokyo</c>), a fixed offset (<c>UTC+03:00</c>), or <c>local</c>
    /// when the text says "local time" and the story's place is not known.</summary>
    public string? Zone { get; init; }

    /// <summary>Where the zone came from: "written 'JST'", "UTC time in brackets", "local time at the story's place Tokyo (JP)".</summary>
    public string? ZoneBasis { get; init; }

    /// <summary>True when the expression sits in an image caption (then also <see cref="Background"/>); the timeline leaves captions out.</summary>
    /// <remarks>Not part of dossier.json: set by the time pass for the passes after it.</remarks>
    [JsonIgnore]
    public bool Caption { get; init; }
}
