using System.Text.Json;
using System.Text.Json.Serialization;

namespace Triangulate.Model;

/// <summary>How two documents share text (<see cref="ReuseLink.Kind"/>); the contract names are in <see cref="Vocabulary"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReuseKind>))]
public enum ReuseKind
{
    /// <summary><c>duplicate</c>: the same article twice.</summary>
    [JsonStringEnumMemberName("duplicate")] Duplicate,
    /// <summary><c>copy</c>: one article copies most of the other.</summary>
    [JsonStringEnumMemberName("copy")] Copy,
    /// <summary><c>paraphrase</c>: the same passages reworded.</summary>
    [JsonStringEnumMemberName("paraphrase")] Paraphrase,
    /// <summary><c>self-repeat</c>: a block repeated inside one document.</summary>
    [JsonStringEnumMemberName("self-repeat")] SelfRepeat,
    /// <summary><c>shared-origin</c>: both reuse a third text (a wire story, a statement).</summary>
    [JsonStringEnumMemberName("shared-origin")] SharedOrigin,
    /// <summary><c>same-source-quoted</c>: both quote the same statement or official, and share nothing else; not a copy, and the two stay independent origins.</summary>
    [JsonStringEnumMemberName("same-source-quoted")] SameSourceQuoted,
}

/// <summary>How one point of a series relates to the previous one (<see cref="SeriesStep.Relation"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SeriesRelation>))]
public enum SeriesRelation
{
    /// <summary><c>repeat</c>: the same figure again.</summary>
    [JsonStringEnumMemberName("repeat")] Repeat,
    /// <summary><c>update</c>: a later, higher count.</summary>
    [JsonStringEnumMemberName("update")] Update,
    /// <summary><c>revision</c>: a stated downward correction.</summary>
    [JsonStringEnumMemberName("revision")] Revision,
    /// <summary><c>conflict</c>: counts that cannot both be right.</summary>
    [JsonStringEnumMemberName("conflict")] Conflict,
}

/// <summary>The kind of a consistency flag (<see cref="ConsistencyFlag.Kind"/>), in the gold vocabulary.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FlagKind>))]
public enum FlagKind
{
    /// <summary><c>components_exceed_total</c>: the stated parts add up to more than the stated total.</summary>
    [JsonStringEnumMemberName("components_exceed_total")] ComponentsExceedTotal,
    /// <summary><c>components_match_total</c>: the stated parts add up to the total (a check that passed).</summary>
    [JsonStringEnumMemberName("components_match_total")] ComponentsMatchTotal,
    /// <summary><c>components_below_total</c>: the stated parts leave part of the total unexplained.</summary>
    [JsonStringEnumMemberName("components_below_total")] ComponentsBelowTotal,
    /// <summary><c>time_scope_conflict</c>: one figure given for different periods.</summary>
    [JsonStringEnumMemberName("time_scope_conflict")] TimeScopeConflict,
    /// <summary><c>same_value_different_category</c>: one number given for different groups.</summary>
    [JsonStringEnumMemberName("same_value_different_category")] SameValueDifferentCategory,
    /// <summary><c>conflicting_values_same_source</c>: one source gives different numbers for one count.</summary>
    [JsonStringEnumMemberName("conflicting_values_same_source")] ConflictingValuesSameSource,
    /// <summary><c>conflicting_values_same_time</c>: different numbers for one count at one time.</summary>
    [JsonStringEnumMemberName("conflicting_values_same_time")] ConflictingValuesSameTime,
    /// <summary><c>unexplained_decrease</c>: a count falls without a stated correction.</summary>
    [JsonStringEnumMemberName("unexplained_decrease")] UnexplainedDecrease,
    /// <summary><c>unsourced_figure</c>: a figure nobody is said to have given.</summary>
    [JsonStringEnumMemberName("unsourced_figure")] UnsourcedFigure,
}

/// <summary>What an entity is (<see cref="Entity.Type"/>), in the gold vocabulary.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EntityType>))]
public enum EntityType
{
    /// <summary><c>person</c>.</summary>
    [JsonStringEnumMemberName("person")] Person,
    /// <summary><c>organization</c>.</summary>
    [JsonStringEnumMemberName("organization")] Organization,
    /// <summary><c>place</c>.</summary>
    [JsonStringEnumMemberName("place")] Place,
    /// <summary><c>group</c>: a people, faction or community ("Kurds", "rebel fighters").</summary>
    [JsonStringEnumMemberName("group")] Group,
}

/// <summary>How precise a calendar value is (<see cref="DateMention.Precision"/>, <see cref="TimelineEntry.Precision"/>, <see cref="PublishedDate.Precision"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DatePrecision>))]
public enum DatePrecision
{
    /// <summary><c>day</c>: <c>2025-03-06</c>.</summary>
    [JsonStringEnumMemberName("day")] Day,
    /// <summary><c>week</c>: <c>2025-W10</c>.</summary>
    [JsonStringEnumMemberName("week")] Week,
    /// <summary><c>month</c>: <c>2024-12</c>.</summary>
    [JsonStringEnumMemberName("month")] Month,
    /// <summary><c>year</c>: <c>2024</c>.</summary>
    [JsonStringEnumMemberName("year")] Year,
    /// <summary><c>interval</c>: <c>2025-03-07/2025-03-08</c>.</summary>
    [JsonStringEnumMemberName("interval")] Interval,
    /// <summary><c>open_interval</c>: <c>2025-03-06/..</c>.</summary>
    [JsonStringEnumMemberName("open_interval")] OpenInterval,
    /// <summary><c>time</c>: a time of day.</summary>
    [JsonStringEnumMemberName("time")] Time,
    /// <summary><c>duration</c>: a length of time (<c>P3D</c>).</summary>
    [JsonStringEnumMemberName("duration")] Duration,
    /// <summary><c>unresolved</c>: no calendar value.</summary>
    [JsonStringEnumMemberName("unresolved")] Unresolved,
}

/// <summary>How a publication date was obtained (<see cref="PublishedDate.How"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DateBasis>))]
public enum DateBasis
{
    /// <summary><c>stated</c>: in the text.</summary>
    [JsonStringEnumMemberName("stated")] Stated,
    /// <summary><c>metadata</c>: an HTML meta tag, a JSON field, a feed.</summary>
    [JsonStringEnumMemberName("metadata")] Metadata,
    /// <summary><c>inferred</c>: from the document's own dates or other articles.</summary>
    [JsonStringEnumMemberName("inferred")] Inferred,
    /// <summary><c>unknown</c>: allowed by the contract for dossiers written elsewhere; this build leaves <c>published</c> out instead.</summary>
    [JsonStringEnumMemberName("unknown")] Unknown,
    /// <summary><c>url</c>: the date in the page's URL path (<c>/2021/05/04/</c>, <c>/20210504/</c>, <c>-2021-05-04-</c>), when neither
    /// the text nor the metadata dates the page.</summary>
    [JsonStringEnumMemberName("url")] Url,
}

/// <summary>How bad a <see cref="Problem"/> is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProblemSeverity>))]
public enum ProblemSeverity
{
    /// <summary><c>error</c>: the input (or item) was skipped.</summary>
    [JsonStringEnumMemberName("error")] Error,
    /// <summary><c>warning</c>: processed with a caveat.</summary>
    [JsonStringEnumMemberName("warning")] Warning,
}

/// <summary>The pipeline stage that reported a <see cref="Problem"/>: one of the fixed stages, or a pass's own name (passes are open to extension).</summary>
/// <param name="Name">The name as dossier.json writes it (<c>ingest</c>, <c>clean</c>, <c>render</c>, a pass name such as <c>figures</c>).</param>
/// <threadsafety>Immutable.</threadsafety>
[JsonConverter(typeof(ProblemStageJsonConverter))]
public readonly record struct ProblemStage(string Name)
{
    /// <summary>Reading inputs.</summary>
    public static ProblemStage Ingest { get; } = new("ingest");

    /// <summary>Cleaning a document.</summary>
    public static ProblemStage Clean { get; } = new("clean");

    /// <summary>Writing an output.</summary>
    public static ProblemStage Render { get; } = new("render");

    /// <summary>Storing documents.</summary>
    public static ProblemStage Store { get; } = new("store");

    /// <summary>Watching feeds and folders.</summary>
    public static ProblemStage Watch { get; } = new("watch");

    /// <summary>The stage's name.</summary>
    public override string ToString() => Name;
}

/// <summary>Reads and writes <see cref="ProblemStage"/> as its name.</summary>
public sealed class ProblemStageJsonConverter : JsonConverter<ProblemStage>
{
    /// <inheritdoc/>
    public override ProblemStage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("a problem's stage is null"));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ProblemStage value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Name);
    }
}

/// <summary>The contract names of the dossier's closed vocabularies, as dossier.json, the CSVs and the store write them.</summary>
/// <remarks>Renderers and stores write these names, never the enum's <c>ToString()</c>.</remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class Vocabulary
{
    /// <summary>The contract name: <c>duplicate</c>, <c>copy</c>, <c>paraphrase</c>, <c>self-repeat</c>, <c>shared-origin</c>, <c>same-source-quoted</c>.</summary>
    public static string Code(this ReuseKind kind) => kind switch
    {
        ReuseKind.Duplicate => "duplicate",
        ReuseKind.Copy => "copy",
        ReuseKind.Paraphrase => "paraphrase",
        ReuseKind.SelfRepeat => "self-repeat",
        ReuseKind.SharedOrigin => "shared-origin",
        ReuseKind.SameSourceQuoted => "same-source-quoted",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The contract name: <c>repeat</c>, <c>update</c>, <c>revision</c>, <c>conflict</c>.</summary>
    public static string Code(this SeriesRelation relation) => relation switch
    {
        SeriesRelation.Repeat => "repeat",
        SeriesRelation.Update => "update",
        SeriesRelation.Revision => "revision",
        SeriesRelation.Conflict => "conflict",
        _ => throw new ArgumentOutOfRangeException(nameof(relation), relation, null),
    };

    /// <summary>The contract name, e.g. <c>components_exceed_total</c>.</summary>
    public static string Code(this FlagKind kind) => kind switch
    {
        FlagKind.ComponentsExceedTotal => "components_exceed_total",
        FlagKind.ComponentsMatchTotal => "components_match_total",
        FlagKind.ComponentsBelowTotal => "components_below_total",
        FlagKind.TimeScopeConflict => "time_scope_conflict",
        FlagKind.SameValueDifferentCategory => "same_value_different_category",
        FlagKind.ConflictingValuesSameSource => "conflicting_values_same_source",
        FlagKind.ConflictingValuesSameTime => "conflicting_values_same_time",
        FlagKind.UnexplainedDecrease => "unexplained_decrease",
        FlagKind.UnsourcedFigure => "unsourced_figure",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The contract name: <c>person</c>, <c>organization</c>, <c>place</c>, <c>group</c>.</summary>
    public static string Code(this EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Place => "place",
        EntityType.Group => "group",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The contract name: <c>day</c>, <c>week</c>, <c>month</c>, <c>year</c>, <c>interval</c>, <c>open_interval</c>, <c>time</c>, <c>duration</c>, <c>unresolved</c>.</summary>
    public static string Code(this DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Week => "week",
        DatePrecision.Month => "month",
        DatePrecision.Year => "year",
        DatePrecision.Interval => "interval",
        DatePrecision.OpenInterval => "open_interval",
        DatePrecision.Time => "time",
        DatePrecision.Duration => "duration",
        DatePrecision.Unresolved => "unresolved",
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, null),
    };

    /// <summary>The contract name: <c>stated</c>, <c>metadata</c>, <c>inferred</c>, <c>unknown</c>, <c>url</c>.</summary>
    public static string Code(this DateBasis how) => how switch
    {
        DateBasis.Stated => "stated",
        DateBasis.Metadata => "metadata",
        DateBasis.Inferred => "inferred",
        DateBasis.Unknown => "unknown",
        DateBasis.Url => "url",
        _ => throw new ArgumentOutOfRangeException(nameof(how), how, null),
    };

    /// <summary>The contract name: <c>error</c> or <c>warning</c>.</summary>
    public static string Code(this ProblemSeverity severity) => severity switch
    {
        ProblemSeverity.Error => "error",
        ProblemSeverity.Warning => "warning",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    /// <summary>True for reuse kinds that make two documents one origin (all but <see cref="ReuseKind.SelfRepeat"/> and
    /// <see cref="ReuseKind.SameSourceQuoted"/>: two reporters quoting one official are still two reports).</summary>
    public static bool SharesOrigin(this ReuseKind kind) => kind is ReuseKind.Duplicate or ReuseKind.Copy or ReuseKind.Paraphrase or ReuseKind.SharedOrigin;

    /// <summary>Reads an entity type's contract name; false for anything else.</summary>
    public static bool TryParseEntityType(string? code, out EntityType type)
    {
        (var ok, type) = code switch
        {
            "person" => (true, EntityType.Person),
            "organization" => (true, EntityType.Organization),
            "place" => (true, EntityType.Place),
            "group" => (true, EntityType.Group),
            _ => (false, default),
        };
        return ok;
    }

    /// <summary>Reads an entity type's contract name.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not one of the four types.</exception>
    public static EntityType ParseEntityType(string code) =>
        TryParseEntityType(code, out var type) ? type : throw new ArgumentOutOfRangeException(nameof(code), code, "not an entity type");
}
