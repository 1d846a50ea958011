using System.Collections.Frozen;
using System.Globalization;
using NodaTime;
using NodaTime.TimeZones;

namespace Triangulate.Extraction.Time;

/// <summary>Time zones for clock times written in news: zone abbreviations ("JST", "BST", "ET"), fixed offsets ("GMT+3",
/// "UTC+05:30"), and a place's zone from NodaTime's bundled tz database (its zone locations carry country codes and
/// coordinates; nothing is downloaded).</summary>
/// <remarks>An abbreviation stands for the zone news uses it for ("IST" India, "BST" British Summer Time, "CST" US Central);
/// the offset at the stated day then comes from the zone's rules, so "EST" written in July still reads as New York time.</remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
internal static class ClockZones
{
    private static readonly FrozenDictionary<string, string> s_abbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["GMT"] = "Etc/UTC", ["UTC"] = "Etc/UTC", ["Z"] = "Etc/UTC",
        ["BST"] = "Europe/London", ["WET"] = "Europe/Lisbon", ["WEST"] = "Europe/Lisbon",
        ["CET"] = "Europe/Paris", ["CEST"] = "Europe/Paris", ["EET"] = "Europe/Athens", ["EEST"] = "Europe/Athens",
        ["MSK"] = "Europe/Moscow", ["TRT"] = "Europe/Istanbul",
        ["IST"] = "Asia/Kolkata", ["PKT"] = "Asia/Karachi", ["NPT"] = "Asia/Kathmandu", ["BDT"] = "Asia/Dhaka",
        ["ICT"] = "Asia/Bangkok", ["WIB"] = "Asia/Jakarta", ["SGT"] = "Asia/Singapore", ["HKT"] = "Asia/Hong_Kong",
        ["PHT"] = "Asia/Manila", ["KST"] = "Asia/Seoul", ["JST"] = "Asia/Tokyo",
        ["AEST"] = "Australia/Sydney", ["AEDT"] = "Australia/Sydney", ["ACST"] = "Australia/Adelaide", ["AWST"] = "Australia/Perth",
        ["NZST"] = "Pacific/Auckland", ["NZDT"] = "Pacific/Auckland",
        ["EST"] = "America/New_York", ["EDT"] = "America/New_York", ["ET"] = "America/New_York",
        ["CST"] = "America/Chicago", ["CDT"] = "America/Chicago", ["CT"] = "America/Chicago",
        ["MST"] = "America/Denver", ["MDT"] = "America/Denver", ["MT"] = "America/Denver",
        ["PST"] = "America/Los_Angeles", ["PDT"] = "America/Los_Angeles", ["PT"] = "America/Los_Angeles",
        ["EAT"] = "Africa/Nairobi", ["CAT"] = "Africa/Maputo", ["WAT"] = "Africa/Lagos", ["SAST"] = "Africa/Johannesburg",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Country → the zone locations of that country (tz database zone.tab), for the place's zone.
    private static readonly Lazy<FrozenDictionary<string, TzdbZoneLocation[]>> s_byCountry = new(() =>
        (TzdbDateTimeZoneSource.Default.ZoneLocations ?? [])
            .GroupBy(z => z.CountryCode, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase));

    /// <summary>The zone abbreviations recognised after a clock time (upper case as written).</summary>
    public static IEnumerable<string> Abbreviations => s_abbreviations.Keys;

    /// <summary>Whether <paramref name="token"/> is a known zone abbreviation (upper case, or "gmt"/"utc" in any case).</summary>
    public static bool IsAbbreviation(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return s_abbreviations.ContainsKey(token) || (token.Length == 3 && s_abbreviations.ContainsKey(token.ToUpperInvariant())
            && (token.Equals("gmt", StringComparison.OrdinalIgnoreCase) || token.Equals("utc", StringComparison.OrdinalIgnoreCase)
                || token.Equals("ist", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The zone a written zone token stands for: an abbreviation ("JST" → Asia/Tokyo) or a fixed offset ("GMT+3",
    /// "UTC+05:30", "GMT-4"). Null for "local time" and unknown tokens.</summary>
    /// <param name="token">The zone as written after the clock time.</param>
    public static DateTimeZone? Parse(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }
        var t = token.Replace(" ", string.Empty, StringComparison.Ordinal).Replace('−', '-');
        var sign = t.IndexOfAny(['+', '-']);
        if (sign > 0)
        {
            return ParseOffset(t.AsSpan(sign)) is { } offset ? DateTimeZone.ForOffset(offset) : null;
        }
        var upper = t.ToUpperInvariant();
        return s_abbreviations.TryGetValue(upper, out var id) ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) : null;
    }

    // "+3", "+03", "+0530", "+05:30", "-4".
    private static Offset? ParseOffset(ReadOnlySpan<char> s)
    {
        var negative = s[0] == '-';
        var digits = s[1..];
        int hours, minutes = 0;
        var colon = digits.IndexOf(':');
        if (colon >= 0)
        {
            if (!int.TryParse(digits[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out hours)
                || !int.TryParse(digits[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out minutes))
            {
                return null;
            }
        }
        else if (digits.Length is 3 or 4)
        {
            hours = int.Parse(digits[..^2], NumberStyles.None, CultureInfo.InvariantCulture);
            minutes = int.Parse(digits[^2..], NumberStyles.None, CultureInfo.InvariantCulture);
        }
        else if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out hours))
        {
            return null;
        }
        if (hours > 14 || minutes >= 60)
        {
            return null;
        }
        var total = (hours * 60) + minutes;
        return Offset.FromSeconds((negative ? -total : total) * 60);
    }

    /// <summary>The zone of a place: among the tz database's zone locations of its country, the one nearest the place (a
    /// country with one zone needs no coordinates).</summary>
    /// <param name="country">ISO 3166-1 alpha-2 code.</param>
    /// <param name="lat">The place's latitude, or NaN.</param>
    /// <param name="lon">The place's longitude, or NaN.</param>
    /// <returns>The zone, or null when the country has no zone in the database.</returns>
    public static DateTimeZone? ForPlace(string? country, double lat, double lon)
    {
        if (string.IsNullOrEmpty(country) || !s_byCountry.Value.TryGetValue(country, out var zones) || zones.Length == 0)
        {
            return null;
        }
        var best = zones[0];
        if (zones.Length > 1 && !double.IsNaN(lat) && !double.IsNaN(lon))
        {
            var bestDistance = double.MaxValue;
            foreach (var z in zones)
            {
                var dLat = z.Latitude - lat;
                var dLon = (z.Longitude - lon) * Math.Cos(lat * Math.PI / 180);
                var d = (dLat * dLat) + (dLon * dLon);
                if (d < bestDistance)
                {
                    bestDistance = d;
                    best = z;
                }
            }
        }
        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(best.ZoneId);
    }

    /// <summary>The clock time on <paramref name="day"/> as ISO 8601 with its offset (<c>2019-05-03T21:40+09:00</c>), or without
    /// one (<c>2019-05-03T21:40</c>) when the zone is unknown. Seconds are written when the clock had them.</summary>
    /// <param name="day">The calendar day the clock time is on, in the zone's own reckoning.</param>
    /// <param name="clock">"HH:mm" or "HH:mm:ss".</param>
    /// <param name="zone">The zone, or null.</param>
    public static string? Format(DateOnly day, string clock, DateTimeZone? zone)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var parts = clock.Split(':');
        if (parts.Length < 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var h) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var m))
        {
            return null;
        }
        var s = parts.Length > 2 && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var sec) ? sec : 0;
        var local = new LocalDateTime(day.Year, day.Month, day.Day, h, m, s);
        var pattern = parts.Length > 2 ? "uuuu'-'MM'-'dd'T'HH':'mm':'ss" : "uuuu'-'MM'-'dd'T'HH':'mm";
        var text = local.ToString(pattern, CultureInfo.InvariantCulture);
        if (zone is null)
        {
            return text;
        }
        var offset = zone.AtLeniently(local).Offset;
        return text + OffsetText(offset);
    }

    /// <summary>"+09:00", "-04:00", "+00:00".</summary>
    internal static string OffsetText(Offset offset)
    {
        var total = offset.Seconds / 60;
        var sign = total < 0 ? '-' : '+';
        total = Math.Abs(total);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{total / 60:00}:{total % 60:00}");
    }

    /// <summary>How a zone is written in <see cref="DateMention.Zone"/>: the tz id ("Asia/Tokyo"), or "UTC+03:00" for a fixed offset.</summary>
    internal static string Name(DateTimeZone zone) =>
        zone.Id.StartsWith("UTC", StringComparison.Ordinal) && zone.Id.Length > 3 ? "UTC" + OffsetText(zone.MaxOffset) : zone.Id;
}
