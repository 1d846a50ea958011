using System.Text.Json.Serialization;

namespace Triangulate.Model;

/// <summary>How a figure is qualified in the text, in the gold vocabulary (see GOLD-FORMAT.md).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Qualifier>))]
public enum Qualifier
{
    /// <summary>Stated as an exact number: "973 Alawite civilians".</summary>
    [JsonStringEnumMemberName("exact")] Exact,
    /// <summary>"around", "approximately", "some", "nearly", "roughly", "an estimated".</summary>
    [JsonStringEnumMemberName("about")] About,
    /// <summary>"over", "more than", "exceeded", "upwards of".</summary>
    [JsonStringEnumMemberName("more_than")] MoreThan,
    /// <summary>"at least".</summary>
    [JsonStringEnumMemberName("at_least")] AtLeast,
    /// <summary>"fewer than", "less than", "under".</summary>
    [JsonStringEnumMemberName("less_than")] LessThan,
    /// <summary>"at most", "no more than".</summary>
    [JsonStringEnumMemberName("at_most")] AtMost,
    /// <summary>"up to".</summary>
    [JsonStringEnumMemberName("up_to")] UpTo,
    /// <summary>"between 500 and 600", "500-600".</summary>
    [JsonStringEnumMemberName("range")] Range,
    /// <summary>"dozens", "hundreds", "many": no single value.</summary>
    [JsonStringEnumMemberName("vague")] Vague,
}

/// <summary>The words that bound a figure in time, and the interval they resolve to.</summary>
/// <param name="Text">The words, verbatim: "since Thursday", "over Friday and Saturday".</param>
/// <param name="Start">Offset of <paramref name="Text"/> in the cleaned text.</param>
/// <param name="End">End offset of <paramref name="Text"/> in the cleaned text.</param>
public sealed record TimeScope(string Text, int Start, int End)
{
    /// <summary>First day covered (ISO date), when resolved; null when open or unknown.</summary>
    public string? From { get; init; }

    /// <summary>Last day covered (ISO date), when resolved; null when open-ended or unknown.</summary>
    public string? To { get; init; }
}

/// <summary>The words that bound a figure in place, and the entity they name.</summary>
/// <param name="Text">The words, verbatim: "Latakia and Tartus provinces".</param>
/// <param name="Start">Offset of <paramref name="Text"/> in the cleaned text.</param>
/// <param name="End">End offset of <paramref name="Text"/> in the cleaned text.</param>
public sealed record PlaceScope(string Text, int Start, int End)
{
    /// <summary>Id of the place entity, once entities are linked.</summary>
    public string? Entity { get; init; }
}

/// <summary>One figure stated in one document: "at least 745 civilians were killed, SOHR said".</summary>
/// <param name="Id">Unique within the dossier, e.g. <c>c-1a2b3c4d-007</c>.</param>
/// <param name="Doc">The document id.</param>
/// <param name="Start">Offset of <paramref name="Span"/> in the document's cleaned text.</param>
/// <param name="End">End offset of <paramref name="Span"/> (exclusive).</param>
/// <param name="Span">The words that state the figure, verbatim from the cleaned text.</param>
/// <param name="Measure">What is counted: <c>killed</c>, <c>injured</c>, <c>missing</c>, <c>displaced</c>, <c>arrested</c>, <c>detained</c>, <c>evacuated</c>, <c>rescued</c>, <c>affected</c>, <c>incidents</c>, … (see <see cref="Measures"/>).</param>
/// <param name="Value">The figure; null for vague amounts ("hundreds").</param>
/// <param name="Qualifier">How the figure is qualified.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record FigureClaim(string Id, string Doc, int Start, int End, string Span, string Measure, long? Value, Qualifier Qualifier)
{
    /// <summary>Lowest value the words allow (range start, or a vague amount's conventional low).</summary>
    public long? Low { get; init; }

    /// <summary>Highest value the words allow (range end, or a vague amount's conventional high); null when open-ended.</summary>
    public long? High { get; init; }

    /// <summary>The group counted ("civilians", "security forces", "rebel fighters"); <c>all</c> for a total.</summary>
    public string? Who { get; init; }

    /// <summary>Who gave the figure, as written ("SOHR", "sources in Syria"); null when the article states it without attribution.</summary>
    public string? AttributedTo { get; init; }

    /// <summary>Entity id of <see cref="AttributedTo"/> once entities are linked.</summary>
    public string? AttributedEntity { get; init; }

    /// <summary>The time bound of the count, if stated: a period the count covers ("since Thursday", "over the weekend", "as of
    /// Monday", "in the past three days").</summary>
    public TimeScope? TimeScope { get; init; }

    /// <summary>The single day the figure's sentence places it on ("on Friday", "yesterday", "on March 6"), when that is all the time
    /// words say: the day the count was given or its deaths happened, not a bound on the count. Resolved like a time scope.</summary>
    public TimeScope? DayStated { get; init; }

    /// <summary>The time bound if any, else the day stated: what dates the figure.</summary>
    [JsonIgnore]
    public TimeScope? TimeOrDay => TimeScope ?? DayStated;

    /// <summary>The place bound of the count, if stated.</summary>
    public PlaceScope? PlaceScope { get; init; }

    /// <summary>True when the words present the figure as a running total ("the death toll has risen to").</summary>
    public bool Cumulative { get; init; }

    /// <summary>Id of the total this figure is a stated component of ("including 93 of the security forces").</summary>
    public string? PartOf { get; init; }

    /// <summary>True when the words present the figure as an addition to an earlier count ("three more bodies were found", "a further
    /// 20"): kept in the dossier, but not a total that competes with the running count.</summary>
    public bool Increment { get; init; }

    /// <summary><c>background</c> when the figure is about something other than the event (an earlier disaster, the situation before it,
    /// a yearly total, a war's overall toll); null for figures about the event. Background figures stay out of series and estimates.</summary>
    public string? EventScope { get; init; }

    /// <summary>A bare year stated in the figure's clause ("in 2010 floods affected 20 million"), for the pass that compares it with
    /// the pile's own time; not part of the contract.</summary>
    [JsonIgnore]
    internal int? StatedYear { get; init; }

    /// <summary>The <see cref="EventScope"/> of a background figure.</summary>
    public const string Background = "background";

    /// <summary>Start of the sentence holding the claim, in the cleaned text.</summary>
    public int SentenceStart { get; init; }

    /// <summary>End of the sentence holding the claim, in the cleaned text.</summary>
    public int SentenceEnd { get; init; }

    /// <summary>Confidence in [0, 1] that this is a figure claim read correctly.</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>Why confidence is below 1, in words (e.g. "attribution ambiguous").</summary>
    public string? ConfidenceReason { get; init; }
}

/// <summary>The measure names used in <see cref="FigureClaim.Measure"/>.</summary>
public static class Measures
{
    /// <summary>Deaths; a death toll is <c>killed</c>.</summary>
    public const string Killed = "killed";
    /// <summary>Injured or wounded.</summary>
    public const string Injured = "injured";
    /// <summary>Missing.</summary>
    public const string Missing = "missing";
    /// <summary>Displaced, fled, homeless.</summary>
    public const string Displaced = "displaced";
    /// <summary>Arrested.</summary>
    public const string Arrested = "arrested";
    /// <summary>Detained.</summary>
    public const string Detained = "detained";
    /// <summary>Evacuated.</summary>
    public const string Evacuated = "evacuated";
    /// <summary>Rescued (e.g. from rubble).</summary>
    public const string Rescued = "rescued";
    /// <summary>Affected.</summary>
    public const string Affected = "affected";
    /// <summary>Incidents, attacks, massacres counted.</summary>
    public const string Incidents = "incidents";
}

/// <summary>The contract names of qualifiers, as dossier.json and the gold files write them.</summary>
public static class QualifierNames
{
    /// <summary>The contract name of <paramref name="qualifier"/> (<c>at_least</c>, <c>more_than</c>, …).</summary>
    public static string Code(this Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "exact",
        Qualifier.About => "about",
        Qualifier.MoreThan => "more_than",
        Qualifier.AtLeast => "at_least",
        Qualifier.LessThan => "less_than",
        Qualifier.AtMost => "at_most",
        Qualifier.UpTo => "up_to",
        Qualifier.Range => "range",
        _ => "vague",
    };

    /// <summary>The qualifier in words, as reports and explanations write it: "at least", "more than", "fewer than", "exact", ….</summary>
    public static string Words(this Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "exact",
        Qualifier.About => "about",
        Qualifier.MoreThan => "more than",
        Qualifier.AtLeast => "at least",
        Qualifier.LessThan => "fewer than",
        Qualifier.AtMost => "at most",
        Qualifier.UpTo => "up to",
        Qualifier.Range => "range",
        Qualifier.Vague => "vague",
        _ => qualifier.ToString(),
    };
}
