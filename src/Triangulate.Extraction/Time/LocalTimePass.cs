using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Triangulate.Extraction.Time;

/// <summary>Gives "local time" clock times their offset from the story's place, once the entities pass has placed the story: the
/// place most mentioned across the pile (a town before a region or country at equal count) and, among the tz database's
/// zones of its country, the one nearest it (<see cref="ClockZones.ForPlace"/>). "9:40 p.m. local time" in a story placed in
/// Tokyo becomes <c>…T21:40+09:00</c>, zone <c>Asia/Tokyo</c>. See docs/time.md.</summary>
/// <remarks>Runs after the entities pass and only enriches dates whose zone is <c>local</c>; with no placed story they stay as
/// they are (the time without an offset).</remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public sealed class LocalTimePass : IDossierPass
{
    private static readonly LocalDateTimePattern s_minutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");
    private static readonly LocalDateTimePattern s_seconds = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss");

    /// <inheritdoc/>
    public string Name => "local-time";

    /// <inheritdoc/>
    public Dossier Apply(Dossier dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        if (!dossier.Dates.Any(m => m.Zone == "local" && m.Time is not null) || StoryPlace(dossier.Entities) is not { } place
            || ClockZones.ForPlace(place.Geo!.Country, place.Geo.Lat, place.Geo.Lon) is not { } zone)
        {
            return dossier;
        }
        var basis = string.Create(CultureInfo.InvariantCulture, $"local time at the story's place {place.Canonical} ({place.Geo!.Country})");
        var dates = new List<DateMention>(dossier.Dates.Count);
        foreach (var m in dossier.Dates)
        {
            dates.Add(m.Zone == "local" && m.Time is { } t && WithOffset(t, zone) is { } time ? m with { Time = time, Zone = zone.Id, ZoneBasis = basis } : m);
        }
        return dossier with { Dates = dates };
    }

    /// <summary>The story's place: the place entity with a country that the most mentions name; at equal count a town before a
    /// region or a country.</summary>
    internal static Entity? StoryPlace(IReadOnlyList<Entity> entities)
    {
        Entity? best = null;
        foreach (var e in entities)
        {
            if (e.Type != EntityType.Place || e.Geo is not { Country: { Length: > 0 } } geo)
            {
                continue;
            }
            if (best is null || e.Mentions.Count > best.Mentions.Count
                || (e.Mentions.Count == best.Mentions.Count && geo.Precision < best.Geo!.Precision))
            {
                best = e;
            }
        }
        return best;
    }

    // "2019-05-03T21:40" in the zone → "2019-05-03T21:40+09:00".
    private static string? WithOffset(string local, DateTimeZone zone)
    {
        var parsed = (local.Length > 16 ? s_seconds : s_minutes).Parse(local);
        return parsed.Success ? local + ClockZones.OffsetText(zone.AtLeniently(parsed.Value).Offset) : null;
    }
}
