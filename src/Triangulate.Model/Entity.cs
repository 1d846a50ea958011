using System.Text.Json.Serialization;

namespace Triangulate.Model;

/// <summary>One real person, organisation, place or group, with every spelling seen.</summary>
/// <param name="Id">Unique within the dossier, e.g. <c>e-person-ahmed-al-sharaa</c>.</param>
/// <param name="Type"><c>person</c>, <c>organization</c>, <c>place</c> or <c>group</c>.</param>
/// <param name="Canonical">The most complete common form of the name.</param>
/// <param name="Aliases">Every spelling seen, including the canonical one.</param>
/// <param name="Mentions">Where it is named.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record Entity(string Id, EntityType Type, string Canonical, IReadOnlyList<string> Aliases, IReadOnlyList<EntityMention> Mentions)
{
    /// <summary>Coordinates for places that the gazetteer located; null otherwise.</summary>
    public GeoPoint? Geo { get; init; }

    /// <summary>Why a place has no coordinates, when it has none.</summary>
    public string? GeoNote { get; init; }

    /// <summary>Roles or titles seen with a person ("interim president", "UN special envoy for Syria").</summary>
    public IReadOnlyList<string>? Roles { get; init; }
}

/// <summary>One mention of an entity.</summary>
/// <param name="Doc">The document id.</param>
/// <param name="Start">Offset in the cleaned text.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Text">The words, verbatim.</param>
public sealed record EntityMention(string Doc, int Start, int End, string Text);

/// <summary>A gazetteer location.</summary>
/// <param name="Lat">Latitude, WGS84 degrees.</param>
/// <param name="Lon">Longitude, WGS84 degrees.</param>
/// <param name="SourceId">Source and id, e.g. <c>geonames:170794</c>.</param>
public sealed record GeoPoint(double Lat, double Lon, string SourceId)
{
    /// <summary>The gazetteer's name for the place.</summary>
    public string? Name { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public string? Country { get; init; }

    /// <summary>First-level administrative division name.</summary>
    public string? Admin1 { get; init; }

    /// <summary>Kind of place: <c>city</c>, <c>admin1</c>, <c>country</c>, <c>region</c>, <c>facility</c>.</summary>
    public string? Kind { get; init; }

    /// <summary>Geo precision in ACLED's sense: 1 exact town, 2 near/part of a region, 3 province or coarser.</summary>
    [JsonPropertyName("geo_precision")]
    public int Precision { get; init; } = 1;
}
