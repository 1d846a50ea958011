using System.Globalization;

namespace Triangulate.Extraction.Time;

/// <summary>The days of named holidays, computed (nothing is looked up or downloaded): fixed Gregorian days (Christmas, New
/// Year's Day), Easter by the Gregorian computus (and the Orthodox one, Julian), the US Thanksgiving (fourth Thursday of
/// November), Islamic days by .NET's Umm al-Qura calendar (Ramadan, Eid al-Fitr, Eid al-Adha, Ashura), Jewish days by the Hebrew
/// calendar (Rosh Hashanah, Yom Kippur, Passover, Hanukkah) and the Lunar New Year by the Chinese lunisolar calendar.</summary>
/// <remarks>Islamic days follow the Umm al-Qura tables; countries that sight the moon may keep a holiday a day later.</remarks>
/// <threadsafety>Stateless; thread-safe (the calendars are only read).</threadsafety>
internal static class HolidayCalendar
{
    private static readonly UmAlQuraCalendar s_hijri = new();
    private static readonly HebrewCalendar s_hebrew = new();
    private static readonly ChineseLunisolarCalendar s_chinese = new();

    /// <summary>The occurrences (first and last day) of the holiday <paramref name="key"/> in the years around <paramref name="around"/>
    /// (the year before, that year and the year after); empty for an unknown key or outside the calendars' ranges (Umm al-Qura
    /// 1900–2077, Hebrew 1583–2239, Chinese lunar years 1901–2100, the Orthodox offset 1901–2099). Never throws.</summary>
    public static IEnumerable<(DateOnly From, DateOnly To)> Occurrences(string key, DateOnly around)
    {
        var list = new List<(DateOnly, DateOnly)>(4);
        for (var y = around.Year - 1; y <= around.Year + 1; y++)
        {
            // Fixed days and Easter are arithmetic over the whole Gregorian range; the Orthodox +13 days hold for 1901–2099 and
            // the Chinese calendar covers lunar years 1901–2100.
            if (y is < 1583 or > 9998 || (key.StartsWith("orthodox-", StringComparison.Ordinal) && y is < 1901 or > 2099)
                || (key == "lunar-new-year" && y is < 1901 or > 2100))
            {
                continue;
            }
            DateOnly? d = key switch
            {
                "christmas" => new DateOnly(y, 12, 25),
                "orthodox-christmas" => new DateOnly(y, 1, 7),
                "new-year" => new DateOnly(y, 1, 1),
                "halloween" => new DateOnly(y, 10, 31),
                "valentine" => new DateOnly(y, 2, 14),
                "easter" => Easter(y),
                "orthodox-easter" => OrthodoxEaster(y),
                "thanksgiving" => FourthThursdayOfNovember(y),
                "lunar-new-year" => DateOnly.FromDateTime(s_chinese.ToDateTime(y, 1, 1, 0, 0, 0, 0)),
                _ => null,
            };
            if (d is { } day)
            {
                list.Add((day, day));
            }
        }
        if (list.Count > 0)
        {
            return list;
        }
        var at = around.ToDateTime(TimeOnly.MinValue);
        if (key is "ramadan" or "eid" or "eid-al-fitr" or "eid-al-adha" or "ashura")
        {
            if (at < s_hijri.MinSupportedDateTime || at > s_hijri.MaxSupportedDateTime)
            {
                return list;
            }
            var hy = s_hijri.GetYear(at);
            var (low, high) = (s_hijri.GetYear(s_hijri.MinSupportedDateTime), s_hijri.GetYear(s_hijri.MaxSupportedDateTime));
            for (var y = Math.Max(low, hy - 2); y <= Math.Min(high, hy + 2); y++)
            {
                if (key == "ramadan")
                {
                    var first = Hijri(y, 9, 1);
                    list.Add((first, first.AddDays(s_hijri.GetDaysInMonth(y, 9) - 1)));
                }
                if (key is "eid" or "eid-al-fitr")
                {
                    var day = Hijri(y, 10, 1);
                    list.Add((day, day));
                }
                if (key == "ashura")
                {
                    var day = Hijri(y, 1, 10);
                    list.Add((day, day));
                }
                if (key is "eid" or "eid-al-adha")
                {
                    var day = Hijri(y, 12, 10);
                    list.Add((day, day));
                }
            }
            return list;
        }
        if (key is "rosh-hashanah" or "yom-kippur" or "passover" or "hanukkah")
        {
            if (at < s_hebrew.MinSupportedDateTime || at > s_hebrew.MaxSupportedDateTime)
            {
                return list;
            }
            var hy = s_hebrew.GetYear(at);
            // The first and last Hebrew years are only partly inside the supported range: use the whole years between.
            var (low, high) = (s_hebrew.GetYear(s_hebrew.MinSupportedDateTime) + 1, s_hebrew.GetYear(s_hebrew.MaxSupportedDateTime) - 1);
            for (var y = Math.Max(low, hy - 1); y <= Math.Min(high, hy + 1); y++)
            {
                var day = key switch
                {
                    "rosh-hashanah" => Hebrew(y, 1, 1),
                    "yom-kippur" => Hebrew(y, 1, 10),
                    "hanukkah" => Hebrew(y, 3, 25),
                    // Nisan is the seventh month of a common year and the eighth of a leap year (with Adar I and Adar II).
                    _ => Hebrew(y, s_hebrew.IsLeapYear(y) ? 8 : 7, 15),
                };
                list.Add((day, day));
            }
        }
        return list;
    }

    private static DateOnly Hijri(int year, int month, int day) => DateOnly.FromDateTime(s_hijri.ToDateTime(year, month, day, 0, 0, 0, 0));

    private static DateOnly Hebrew(int year, int month, int day) => DateOnly.FromDateTime(s_hebrew.ToDateTime(year, month, day, 0, 0, 0, 0));

    /// <summary>Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus).</summary>
    internal static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>Orthodox Easter Sunday: the Julian computus (Meeus), moved to the Gregorian calendar (13 days in 1900–2099).</summary>
    internal static DateOnly OrthodoxEaster(int year)
    {
        var a = year % 4;
        var b = year % 7;
        var c = year % 19;
        var d = ((19 * c) + 15) % 30;
        var e = ((2 * a) + (4 * b) - d + 34) % 7;
        var month = (d + e + 114) / 31;
        var day = ((d + e + 114) % 31) + 1;
        return new DateOnly(year, month, day).AddDays(13);
    }

    private static DateOnly FourthThursdayOfNovember(int year)
    {
        var first = new DateOnly(year, 11, 1);
        var toThursday = ((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toThursday + 21);
    }
}
