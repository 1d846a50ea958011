using System.Text.Json;

namespace Triangulate.Evaluation;

/// <summary>A hand annotation of a folder of articles (format: ../shared/GOLD-FORMAT.md).</summary>
/// <param name="Folder">The folder holding the articles (the gold file's directory).</param>
/// <param name="Documents">Gold short id ("000") → file name in the folder.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record GoldFile(string Folder, IReadOnlyDictionary<string, string> Documents)
{
    /// <summary>Figure claims.</summary>
    public IReadOnlyList<GoldClaim> Claims { get; init; } = [];

    /// <summary>Text-reuse pairs (<c>a == b</c>: a block repeated inside one file).</summary>
    public IReadOnlyList<GoldReuse> Reuse { get; init; } = [];

    /// <summary>Figures repeated from one origin: value, group, documents.</summary>
    public IReadOnlyList<GoldSameOrigin> SameOrigin { get; init; } = [];

    /// <summary>Consistency flags.</summary>
    public IReadOnlyList<GoldFlag> Flags { get; init; } = [];

    /// <summary>Resolved date expressions.</summary>
    public IReadOnlyList<GoldDate> Dates { get; init; } = [];

    /// <summary>Timeline entries: date or interval, what happened.</summary>
    public IReadOnlyList<(string Date, string What)> Timeline { get; init; } = [];

    /// <summary>Entities with every spelling seen.</summary>
    public IReadOnlyList<GoldEntity> Entities { get; init; } = [];

    /// <summary>Quotes with their speakers.</summary>
    public IReadOnlyList<GoldQuote> Quotes { get; init; } = [];

    /// <summary>Boilerplate strings that are not article content.</summary>
    public IReadOnlyList<GoldBoilerplate> Boilerplate { get; init; } = [];

    /// <summary>Series as annotated: measure, who, points (doc, qualifier, value, source).</summary>
    public IReadOnlyList<GoldSeries> Series { get; init; } = [];

    /// <summary>Loads and parses a gold file.</summary>
    /// <exception cref="InvalidDataException">The file is not valid gold JSON; the message names the file.</exception>
    public static GoldFile Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            return Parse(doc.RootElement, Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{path}: not a valid gold file ({ex.Message})", ex);
        }
    }

    /// <summary>Parses gold JSON.</summary>
    public static GoldFile Parse(JsonElement root, string folder)
    {
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in root.GetProperty("documents").EnumerateObject())
        {
            documents[p.Name] = p.Value.GetString() ?? string.Empty;
        }
        var gold = new GoldFile(folder, documents);
        var claims = Array(root, "claims").Select(c => new GoldClaim(
            Str(c, "doc")!, Str(c, "span")!, Str(c, "measure")!, Long(c, "value"), Str(c, "qualifier") ?? "exact")
        {
            Who = Str(c, "who"),
            AttributedTo = Str(c, "attributed_to"),
            TimeScope = Str(c, "time_scope"),
            PlaceScope = Str(c, "place_scope"),
            EventScope = Str(c, "event_scope"),
            Low = RangeEnd(c, 0) ?? Long(c, "low"),
            High = RangeEnd(c, 1) ?? Long(c, "high"),
        }).ToList();
        var reuse = new List<GoldReuse>();
        var sameOrigin = new List<GoldSameOrigin>();
        if (root.TryGetProperty("independence", out var ind))
        {
            reuse.AddRange(Array(ind, "text_reuse").Select(r => new GoldReuse(Str(r, "a")!, Str(r, "b")!, Str(r, "kind") ?? string.Empty)));
            foreach (var s in Array(ind, "same_origin_figures"))
            {
                var items = s.EnumerateArray().ToArray();
                if (items.Length >= 3)
                {
                    sameOrigin.Add(new GoldSameOrigin(
                        items[0].ValueKind == JsonValueKind.Number ? items[0].GetInt64() : null,
                        items[1].ValueKind == JsonValueKind.String ? items[1].GetString() : null,
                        [.. items[2].EnumerateArray().Select(d => d.GetString() ?? string.Empty)]));
                }
            }
        }
        var flags = Array(root, "consistency_flags").Select(f => new GoldFlag(Docs(f), Str(f, "kind")!, Str(f, "detail") ?? string.Empty)).ToList();
        var dates = new List<GoldDate>();
        if (root.TryGetProperty("dates", out var d) && d.TryGetProperty("resolved", out var resolved))
        {
            foreach (var pair in resolved.EnumerateArray())
            {
                var items = pair.EnumerateArray().ToArray();
                dates.Add(new GoldDate(items[0].GetString()!, items[1].GetString()!));
            }
        }
        var timeline = Array(root, "timeline").Select(t =>
        {
            var items = t.EnumerateArray().ToArray();
            return (items[0].GetString() ?? string.Empty, items.Length > 1 ? items[1].GetString() ?? string.Empty : string.Empty);
        }).ToList();
        var entities = Array(root, "entities").Select(e => new GoldEntity(Str(e, "type")!, Str(e, "canonical")!,
            [.. Array(e, "aliases").Select(a => a.GetString() ?? string.Empty)])
        {
            GeonamesName = Str(e, "geonames_name"),
            Country = Str(e, "country"),
        }).ToList();
        var quotes = Array(root, "quotes").Select(q => new GoldQuote(Str(q, "doc")!, Str(q, "speaker") ?? string.Empty, Str(q, "text")!)).ToList();
        var boilerplate = Array(root, "boilerplate").Select(b => new GoldBoilerplate(Str(b, "doc")!, Str(b, "text")!) { Kind = Str(b, "kind") }).ToList();
        var series = Array(root, "series").Select(s => new GoldSeries(Str(s, "measure") ?? string.Empty, Str(s, "who") ?? string.Empty,
            [.. Array(s, "points").Select(p =>
            {
                var items = p.EnumerateArray().ToArray();
                return new GoldSeriesPoint(
                    items[0].GetString() ?? string.Empty,
                    items.Length > 1 ? items[1].GetString() : null,
                    items.Length > 2 && items[2].ValueKind == JsonValueKind.Number ? items[2].GetInt64() : null,
                    items.Length > 3 && items[3].ValueKind == JsonValueKind.String ? items[3].GetString() : null);
            })])
        { Reading = Str(s, "reading"), Estimate = EstimateOf(s) }).ToList();
        return gold with
        {
            Claims = claims, Reuse = reuse, SameOrigin = sameOrigin, Flags = flags, Dates = dates, Timeline = timeline,
            Entities = entities, Quotes = quotes, Boilerplate = boilerplate, Series = series,
        };
    }

    private static GoldEstimate? EstimateOf(JsonElement series) =>
        series.TryGetProperty("estimate", out var e) && e.ValueKind == JsonValueKind.Object
            ? new GoldEstimate(Long(e, "low"), Long(e, "best"), Long(e, "high"))
            : null;

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static long? Long(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : null;

    private static long? RangeEnd(JsonElement e, int index) =>
        e.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > index && v[index].ValueKind == JsonValueKind.Number
            ? v[index].GetInt64() : null;

    private static string[] Docs(JsonElement f)
    {
        if (!f.TryGetProperty("doc", out var v))
        {
            return [];
        }
        return v.ValueKind == JsonValueKind.Array ? [.. v.EnumerateArray().Select(x => x.GetString() ?? string.Empty)] : [v.GetString() ?? string.Empty];
    }
}

/// <summary>A gold figure claim.</summary>
/// <param name="Doc">Gold short document id.</param>
/// <param name="Span">Verbatim substring of the file.</param>
/// <param name="Measure">Measure.</param>
/// <param name="Value">Value, null for vague amounts.</param>
/// <param name="Qualifier">Qualifier in the gold vocabulary (<c>at_least</c>, …).</param>
public sealed record GoldClaim(string Doc, string Span, string Measure, long? Value, string Qualifier)
{
    /// <summary>The group counted.</summary>
    public string? Who { get; init; }

    /// <summary>Who gave the figure.</summary>
    public string? AttributedTo { get; init; }

    /// <summary>Time scope words.</summary>
    public string? TimeScope { get; init; }

    /// <summary>Place scope words.</summary>
    public string? PlaceScope { get; init; }

    /// <summary><c>background</c> for a figure about something other than the event (an earlier disaster, a war's overall toll); null otherwise.</summary>
    public string? EventScope { get; init; }

    /// <summary>Range start when the gold value is a range (<c>"value": [100, 300]</c>, or <c>"low"</c>/<c>"high"</c>); null otherwise.</summary>
    public long? Low { get; init; }

    /// <summary>Range end when the gold value is a range; null otherwise.</summary>
    public long? High { get; init; }
}

/// <summary>A gold text-reuse pair.</summary>
/// <param name="A">Gold doc id.</param>
/// <param name="B">Gold doc id (equal to A for a self-repeat).</param>
/// <param name="Kind">Free-text description.</param>
public sealed record GoldReuse(string A, string B, string Kind);

/// <summary>A figure repeated from one origin by several documents.</summary>
/// <param name="Value">The figure.</param>
/// <param name="Who">The group.</param>
/// <param name="Docs">Gold doc ids.</param>
public sealed record GoldSameOrigin(long? Value, string? Who, IReadOnlyList<string> Docs);

/// <summary>A gold consistency flag.</summary>
/// <param name="Docs">Gold doc ids.</param>
/// <param name="Kind">Flag kind.</param>
/// <param name="Detail">Explanation.</param>
public sealed record GoldFlag(IReadOnlyList<string> Docs, string Kind, string Detail);

/// <summary>A gold date resolution.</summary>
/// <param name="Expression">The expression, sometimes followed by a parenthesised note ("Saturday (000, France statement)").</param>
/// <param name="Value">ISO date, month, interval or open interval (<c>2025-03-06/..</c>).</param>
public sealed record GoldDate(string Expression, string Value);

/// <summary>A gold entity.</summary>
/// <param name="Type">person, organization, place or group.</param>
/// <param name="Canonical">Canonical name.</param>
/// <param name="Aliases">Every spelling seen.</param>
public sealed record GoldEntity(string Type, string Canonical, IReadOnlyList<string> Aliases)
{
    /// <summary>GeoNames name for places, when given.</summary>
    public string? GeonamesName { get; init; }

    /// <summary>Country code for places, when given.</summary>
    public string? Country { get; init; }
}

/// <summary>A gold quote.</summary>
/// <param name="Doc">Gold doc id.</param>
/// <param name="Speaker">Canonical speaker name (or a description such as "an activist in Latakia").</param>
/// <param name="Text">Verbatim quote without quote marks.</param>
public sealed record GoldQuote(string Doc, string Speaker, string Text);

/// <summary>A gold boilerplate string.</summary>
/// <param name="Doc">Gold doc id.</param>
/// <param name="Text">The string that is not article content.</param>
public sealed record GoldBoilerplate(string Doc, string Text)
{
    /// <summary>Optional kind note.</summary>
    public string? Kind { get; init; }
}

/// <summary>A gold series.</summary>
/// <param name="Measure">Measure.</param>
/// <param name="Who">Group.</param>
/// <param name="Points">Points in the annotator's order.</param>
public sealed record GoldSeries(string Measure, string Who, IReadOnlyList<GoldSeriesPoint> Points)
{
    /// <summary>The annotator's reading.</summary>
    public string? Reading { get; init; }

    /// <summary>Low / best / high as a careful coder states the range at the end of the pile, when annotated.</summary>
    public GoldEstimate? Estimate { get; init; }
}

/// <summary>A gold estimate (UCDP style): the lowest credible, the most reliable and the highest credible current figure.</summary>
/// <param name="Low">Low estimate.</param>
/// <param name="Best">Best estimate.</param>
/// <param name="High">High estimate.</param>
public sealed record GoldEstimate(long? Low, long? Best, long? High);

/// <summary>A gold series point.</summary>
/// <param name="Doc">Gold doc id.</param>
/// <param name="Qualifier">Qualifier.</param>
/// <param name="Value">Value.</param>
/// <param name="Source">Source, or null/"unattributed".</param>
public sealed record GoldSeriesPoint(string Doc, string? Qualifier, long? Value, string? Source);
