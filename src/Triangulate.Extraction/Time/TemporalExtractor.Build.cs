using System.Globalization;

namespace Triangulate.Extraction.Time;

// Building an expression from a shape's hit: one builder per shape marker, in the order Build tries them.
public sealed partial class TemporalExtractor
{
    /// <summary>What a builder sees besides the hit: the whole text, where the expression lies, the word before it and the locale rule.</summary>
    private readonly record struct BuildSite(string Source, int From, int End, string Pre, bool DayFirst);

    private delegate TemporalExpression? Builder(Hit g, TemporalExpression e, BuildSite site);

    // The shape markers and their builders, in the order they are tried (a hit carries one marker; the order is kept all the same).
    private static readonly (string[] Markers, Builder Build)[] s_builders =
    [
        (["U"], BuildDayRun),
        (["Z"], BuildBareDay),
        (["K2"], BuildDaysFromBase),
        (["X"], BuildRestOf),
        (["Y"], BuildYearRange),
        (["V"], BuildNumericMonth),
        (["A", "C", "D", "H"], BuildDayMonth),
        (["B"], BuildMonthDayRange),
        (["E"], BuildIsoDate),
        (["F"], BuildSlashDate),
        (["W"], BuildWeekdayOfWeek),
        (["G"], BuildWeekdayRange),
        (["I"], BuildRelativeDayWord),
        (["J"], BuildSpan),
        (["K"], BuildDaysAgo),
        (["L"], BuildEventOffset),
        (["M"], BuildNthDayOfEvent),
        (["AN"], BuildAnniversary),
        (["N"], BuildSinceEvent),
        (["O"], BuildRelativePeriod),
        (["P"], BuildWeekday),
        (["Q"], BuildMonth),
        (["R"], BuildYear),
        (["S"], BuildDuration),
        (["QT"], BuildQuarter),
        (["SE"], BuildSeason),
        (["DC"], BuildDecade),
        (["NW"], BuildNthWeekday),
        (["NK"], BuildNthWeek),
        (["WN"], BuildWeekNumber),
        (["ED"], BuildPeriodEdge),
        (["T"], BuildClock),
        (["PD"], BuildPartOfDay),
    ];

    private static TemporalExpression? Build(string source, int from, int end, string pre, Hit g, bool caption, bool dayFirst)
    {
        var e = new TemporalExpression(from, end, source[from..end], TemporalKind.Date) { Since = pre == "since", Caption = caption };
        var site = new BuildSite(source, from, end, pre, dayFirst);
        foreach (var (markers, build) in s_builders)
        {
            foreach (var marker in markers)
            {
                if (g[marker].Success)
                {
                    return build(g, e, site);
                }
            }
        }
        return null;
    }

    // "5 to 7 March", "between 5 and 7 March": a run of days in one month.
    private static TemporalExpression? BuildDayRun(Hit g, TemporalExpression e, BuildSite site)
    {
        if (!int.TryParse(g["d"].Value, CultureInfo.InvariantCulture, out var u1) || !int.TryParse(g["d2"].Value, CultureInfo.InvariantCulture, out var u2)
            || u1 is < 1 or > 31 || u2 <= u1 || u2 > 31)
        {
            return null;
        }
        return e with
        {
            Kind = TemporalKind.DateRange, Month = g["m"].Success ? MonthOf(g["m"].Value) : null, Day = u1, Day2 = u2, Year = YearOf(g["y"]),
            Count = RelMonth(g["rm"]),
        };
    }

    // "the 5th" standing alone, "the 5th of next month".
    private static TemporalExpression? BuildBareDay(Hit g, TemporalExpression e, BuildSite site)
    {
        var zd = int.Parse(g["d"].Value, CultureInfo.InvariantCulture);
        return zd is < 1 or > 31 ? null : e with { Kind = TemporalKind.Date, Day = zd, Count = RelMonth(g["rm"]), Modifier = g["rm"].Success ? "month" : null };
    }

    // "two days after tomorrow", "a week before yesterday".
    private static TemporalExpression? BuildDaysFromBase(Hit g, TemporalExpression e, BuildSite site)
    {
        var n = CountOf(g["cnt"].Value);
        var unitDays = Singular(g["unit"].Value) == "week" ? 7 : 1;
        var dir = g["dir"].Value.ToLowerInvariant();
        var b = g["base"].Value.ToLowerInvariant() switch { "tomorrow" => 1, "yesterday" => -1, _ => 0 };
        return n is null ? null : e with { Kind = TemporalKind.RelativeDay, Count = b + (dir == "before" ? -1 : 1) * n.Value * unitDays };
    }

    // "the rest of the week".
    private static TemporalExpression? BuildRestOf(Hit g, TemporalExpression e, BuildSite site)
    {
        return e with { Kind = TemporalKind.PastSpan, Unit = g["unit"].Value.ToLowerInvariant(), Modifier = "rest" };
    }

    // "2011-2013".
    private static TemporalExpression? BuildYearRange(Hit g, TemporalExpression e, BuildSite site)
    {
        var y1 = YearOf(g["y"]);
        var y2 = YearOf(g["y2"]);
        if (y1 is null || y2 is null || y2 <= y1)
        {
            return null;
        }
        var first = new TemporalExpression(e.Start, e.End, e.Text, TemporalKind.Year) { Year = y1 };
        return e with { Kind = TemporalKind.Range, First = first, Second = first with { Year = y2 } };
    }

    // "2019-05", "05/2019".
    private static TemporalExpression? BuildNumericMonth(Hit g, TemporalExpression e, BuildSite site)
    {
        return e with { Kind = TemporalKind.Month, Month = int.Parse(g["mn"].Value, CultureInfo.InvariantCulture), Year = YearOf(g["y"]) };
    }

    // "5 March 2019", "March 5th", "Monday, the fifth of March".
    private static TemporalExpression? BuildDayMonth(Hit g, TemporalExpression e, BuildSite site)
    {
        var month = g["m"].Success ? MonthOf(g["m"].Value) : (int?)null;
        var day = g["dw"].Success ? DayWordOf(g["dw"].Value) : int.TryParse(g["d"].Value, CultureInfo.InvariantCulture, out var dn) ? dn : 0;
        if (day is < 1 or > 31)
        {
            return null;
        }
        if (!g["H"].Success && g["m"].Success && !MonthWordOk(g["m"].Value, requireCapital: false))
        {
            return null;
        }
        if (g["D"].Success && !g["y"].Success && g["m"].Value == "may" && ModalAfterACount(site.Source, site.End))
        {
            // "Up to 20 may still be missing", "as many as 30 may have died": a count and the modal verb, not 20 May.
            return null;
        }
        var wd = g["wd"].Success ? WeekdayOf(g["wd"].Value) : null;
        if (g["wd"].Success && !WeekdayWordOk(g["wd"].Value))
        {
            // "sun 3 March" is unlikely; drop the weekday, keep the date.
            wd = null;
        }
        return e with
        {
            Kind = TemporalKind.Date, Month = month, Day = day, Weekday = wd, Year = YearOf(g["y"]),
            Modifier = g["mod"].Success ? g["mod"].Value.ToLowerInvariant() : null,
        };
    }

    // Words that follow the modal "may" and never a date: "20 may still be missing", "30 may have died", "the toll may rise".
    private static readonly string[] s_afterModal =
    [
        "be", "have", "still", "not", "never", "also", "well", "yet", "even", "already", "soon", "possibly", "rise", "climb",
        "increase", "grow", "reach", "exceed", "top", "die", "remain", "need", "face", "lose", "include", "number", "total", "take",
    ];

    /// <summary>Whether the word after <paramref name="end"/> is one that follows the modal verb "may" (see <see cref="s_afterModal"/>).</summary>
    private static bool ModalAfterACount(string source, int end)
    {
        var i = end;
        while (i < source.Length && source[i] is ' ' or '\t')
        {
            i++;
        }
        if (i == end)
        {
            return false;
        }
        var j = i;
        while (j < source.Length && char.IsAsciiLetterLower(source[j]))
        {
            j++;
        }
        if (j == i || (j < source.Length && char.IsLetter(source[j])))
        {
            return false;
        }
        var word = source.AsSpan(i, j - i);
        foreach (var w in s_afterModal)
        {
            if (word.SequenceEqual(w))
            {
                return true;
            }
        }
        return false;
    }

    // "March 5-7".
    private static TemporalExpression? BuildMonthDayRange(Hit g, TemporalExpression e, BuildSite site)
    {
        if (!int.TryParse(g["d"].Value, CultureInfo.InvariantCulture, out var d1) || !int.TryParse(g["d2"].Value, CultureInfo.InvariantCulture, out var d2)
            || d1 is < 1 or > 31 || d2 <= d1 || d2 > 31)
        {
            return null;
        }
        return e with { Kind = TemporalKind.DateRange, Month = MonthOf(g["m"].Value), Day = d1, Day2 = d2, Year = YearOf(g["y"]) };
    }

    // "2019-05-04", "2019 March 4".
    private static TemporalExpression? BuildIsoDate(Hit g, TemporalExpression e, BuildSite site)
    {
        var y = int.Parse(g["y"].Value, CultureInfo.InvariantCulture);
        var mo = g["m"].Success ? MonthOf(g["m"].Value) ?? 0 : int.Parse(g["m2"].Value, CultureInfo.InvariantCulture);
        var d = int.Parse(g["d"].Value, CultureInfo.InvariantCulture);
        return IsValid(y, mo, d) ? e with { Kind = TemporalKind.Date, Year = y, Month = mo, Day = d } : null;
    }

    // "5/4/2019", "Monday 5/4": the documented locale rule.
    private static TemporalExpression? BuildSlashDate(Hit g, TemporalExpression e, BuildSite site)
    {
        var a = int.Parse(g["n1"].Value, CultureInfo.InvariantCulture);
        var b = int.Parse(g["n2"].Value, CultureInfo.InvariantCulture);
        if (!g["n3"].Success)
        {
            var (mm, dd) = site.DayFirst ? (b > 12 ? (a, b) : (b, a)) : (a > 12 ? (b, a) : (a, b));
            return IsValid(2000, mm, dd) ? e with { Kind = TemporalKind.Date, Month = mm, Day = dd, Weekday = g["wd"].Success ? WeekdayOf(g["wd"].Value) : null } : null;
        }
        var y = int.Parse(g["n3"].Value, CultureInfo.InvariantCulture);
        if (g["n3"].Value.Length == 2)
        {
            y += y < 50 ? 2000 : 1900;
        }
        // Locale rule: month-first (US) unless the first number cannot be a month; day-first when configured unless the second cannot be.
        var (mo, d) = site.DayFirst ? (b > 12 ? (a, b) : (b, a)) : (a > 12 ? (b, a) : (a, b));
        return IsValid(y, mo, d) ? e with { Kind = TemporalKind.Date, Year = y, Month = mo, Day = d } : null;
    }

    // "Monday of next week".
    private static TemporalExpression? BuildWeekdayOfWeek(Hit g, TemporalExpression e, BuildSite site)
    {
        var wk = g["wk"].Value.ToLowerInvariant();
        return e with { Kind = TemporalKind.Weekday, Weekday = WeekdayOf(g["wd"].Value), Modifier = "week", Count = wk switch { "next" => 1, "last" => -1, _ => 0 } };
    }

    // "Monday to Wednesday".
    private static TemporalExpression? BuildWeekdayRange(Hit g, TemporalExpression e, BuildSite site)
    {
        var nightThrough = g["nx"].Success; // "through Tuesday night": the night runs into the next day
        if (!WeekdayWordOk(g["wd"].Value) || (!nightThrough && !WeekdayWordOk(g["wd2"].Value)))
        {
            return null;
        }
        var first = WeekdayOf(g["wd"].Value);
        return e with
        {
            Kind = TemporalKind.WeekdayRange, Weekday = first,
            Weekday2 = nightThrough && first is { } f ? (DayOfWeek)(((int)f + 1) % 7) : WeekdayOf(g["wd2"].Value),
        };
    }

    // "yesterday", "the day before yesterday", "the next day".
    private static TemporalExpression? BuildRelativeDayWord(Hit g, TemporalExpression e, BuildSite site)
    {
        var rel = string.Join(' ', g["rel"].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var offset = rel switch
        {
            "yesterday" or "last night" => -1,
            "tomorrow" or "tmrw" => 1,
            _ when rel.EndsWith("next day", StringComparison.Ordinal) || rel.EndsWith("following day", StringComparison.Ordinal) || rel.EndsWith("following night", StringComparison.Ordinal) || rel.EndsWith("after that", StringComparison.Ordinal) => 1,
            _ when rel.EndsWith("previous day", StringComparison.Ordinal) || rel.EndsWith("previous night", StringComparison.Ordinal) => -1,
            _ when rel.Contains("before yesterday", StringComparison.Ordinal) => -2,
            _ when rel.Contains("after tomorrow", StringComparison.Ordinal) || rel.Contains("after tmrw", StringComparison.Ordinal) => 2,
            _ => 0,
        };
        return e with { Kind = TemporalKind.RelativeDay, Count = offset };
    }

    // "the past three days", "the next two weeks".
    private static TemporalExpression? BuildSpan(Hit g, TemporalExpression e, BuildSite site)
    {
        var n = CountOf(g["cnt"].Value);
        var unit = Singular(g["unit"].Value);
        var mod = g["smod"].Value.ToLowerInvariant();
        var forward = mod is "next" or "coming" or "following";
        if (n is null || (unit == "hour" && forward))
        {
            return null;
        }
        if (unit == "hour")
        {
            // "in the last 24 hours": the days those hours touch, ending on the reference (24 hours → yesterday and today).
            return e with { Kind = TemporalKind.PastSpan, Count = -((n.Value + 23) / 24 + 1), Unit = "day", Modifier = mod };
        }
        return e with { Kind = TemporalKind.PastSpan, Count = forward ? n.Value : -n.Value, Unit = unit, Modifier = mod };
    }

    // "three days ago", "in two weeks".
    private static TemporalExpression? BuildDaysAgo(Hit g, TemporalExpression e, BuildSite site)
    {
        var n = CountOf(g["cnt"].Value);
        var dir = g["dir"].Value.ToLowerInvariant();
        var sign = dir is "ago" or "earlier" or "before" ? -1 : 1;
        if (dir == "in" && n is not null)
        {
            if (ComparisonBefore(site.Source, e.Start))
            {
                // "the first festival without masks in three years", "the river's highest level in 40 years": a span looked back
                // over, not a day that far ahead.
                return e with { Kind = TemporalKind.Duration, Count = n.Value, Unit = Singular(g["unit"].Value) };
            }
            return e with { Kind = TemporalKind.RelativeDay, Count = n.Value * (Singular(g["unit"].Value) == "week" ? 7 : 1), Unit = Singular(g["unit"].Value) == "week" ? "day" : Singular(g["unit"].Value) };
        }
        return n is null ? null : e with { Kind = TemporalKind.RelativeDay, Count = sign * n.Value, Unit = Singular(g["unit"].Value) };
    }

    // "three days after the attack".
    private static TemporalExpression? BuildEventOffset(Hit g, TemporalExpression e, BuildSite site)
    {
        var back = g["dir"].Success && g["dir"].Value.Equals("before", StringComparison.OrdinalIgnoreCase);
        if (!g["cnt"].Success)
        {
            // "the day after the quake", "the night before the attack": one day on or back.
            return e with { Kind = TemporalKind.EventOffset, Count = back ? -1 : 1, Unit = "day" };
        }
        var n = CountOf(g["cnt"].Value);
        if (n is null)
        {
            return null;
        }
        // "40 hours after the blast": whole days, rounded (the event's hour is rarely known; 40 hours on is most often the second day after).
        var unit = Singular(g["unit"].Value);
        var sign = back ? -1 : 1;
        return unit == "hour"
            ? e with { Kind = TemporalKind.EventOffset, Count = (int)Math.Round(n.Value / 24.0, MidpointRounding.AwayFromZero), Unit = "day" }
            : e with { Kind = TemporalKind.EventOffset, Count = sign * n.Value, Unit = unit };
    }

    // "the third anniversary of the collapse": the main event's day, N years on.
    private static TemporalExpression? BuildAnniversary(Hit g, TemporalExpression e, BuildSite site)
    {
        var n = CountOf(g["ord"].Value) ?? OrdinalDigits(g["ord"].Value);
        return n is null or < 1 or > 200 ? null : e with { Kind = TemporalKind.EventOffset, Count = n.Value, Unit = "year" };
    }

    // "the third day of the search".
    private static TemporalExpression? BuildNthDayOfEvent(Hit g, TemporalExpression e, BuildSite site)
    {
        var n = CountOf(g["ord"].Value) ?? OrdinalDigits(g["ord"].Value);
        return n is null ? null : e with { Kind = TemporalKind.EventOffset, Count = n.Value - 1, Unit = "day" };
    }

    // "since the attack".
    private static TemporalExpression? BuildSinceEvent(Hit g, TemporalExpression e, BuildSite site)
    {
        return e with { Kind = TemporalKind.SinceEvent, Since = true };
    }

    // "last week", "this month", "over the weekend", "last week's fire".
    private static TemporalExpression? BuildRelativePeriod(Hit g, TemporalExpression e, BuildSite site)
    {
        var mod = g["pmod"].Success ? g["pmod"].Value.ToLowerInvariant() : "the";
        var unit = g["unit"].Value.ToLowerInvariant();
        var n = mod switch { "last" or "past" or "previous" => -1, "next" or "coming" or "upcoming" => 1, _ => 0 };
        if (g["after"].Success)
        {
            n = 2;
        }
        var omod = g["edge"].Success ? g["edge"].Value.ToLowerInvariant() : mod;
        // "last week's fire", "this week's twin blasts": the story's event, when it falls in that week (TemporalResolver).
        if (unit == "week" && !g["edge"].Success && EventPossessive(site.Source, e.Text, site.End))
        {
            omod = "event";
        }
        // "over the weekend", "at the weekend", "during the weekend" told without a future cue: the weekend just past.
        if (unit == "weekend" && omod == "the" && (site.Pre == "over" || WordBefore(site.Source, site.From) is "at" or "during") && !FutureCueBefore(site.Source, site.From))
        {
            omod = "past";
        }
        return e with { Kind = TemporalKind.RelativePeriod, Count = n, Unit = unit, Modifier = omod };
    }

    // "on Friday", "last Tuesday", "will begin Sunday".
    private static TemporalExpression? BuildWeekday(Hit g, TemporalExpression e, BuildSite site)
    {
        if (!WeekdayWordOk(g["wd"].Value))
        {
            return null;
        }
        var mod = g["mod"].Success ? g["mod"].Value.ToLowerInvariant() : null;
        // "will begin Sunday", "set for Friday", "expected to return on Tuesday": a weekday announced ahead.
        mod ??= FutureCueBefore(site.Source, site.From) ? "ahead" : EventPossessive(site.Source, e.Text, site.End) ? "event" : null;
        return e with { Kind = TemporalKind.Weekday, Weekday = WeekdayOf(g["wd"].Value), Modifier = mod is "previous" ? "last" : mod is "coming" ? "next" : mod };
    }

    // "March 2019", "last March", "the month of May".
    private static TemporalExpression? BuildMonth(Hit g, TemporalExpression e, BuildSite site)
    {
        var hasYear = g["y"].Success || g["ry"].Success;
        var mmod = g["mmod"].Success ? g["mmod"].Value.ToLowerInvariant() : null;
        var monthOf = e.Text.Contains("month of", StringComparison.OrdinalIgnoreCase);
        var bareOk = g["m"].Value.Length + (g.MonthDot ? 1 : 0) > 4 && char.IsUpper(g["m"].Value[0]) && MonthWordOk(g["m"].Value, requireCapital: true)
            && !g["m"].Value.StartsWith("March", StringComparison.Ordinal);
        if (!hasYear && mmod is null && site.Pre.Length == 0 && !monthOf && !bareOk)
        {
            // A bare month word is too often something else ("may", "march"); require a year or a modifier.
            return null;
        }
        if (!MonthWordOk(g["m"].Value, requireCapital: !hasYear))
        {
            return null;
        }
        return e with
        {
            Kind = TemporalKind.Month, Month = MonthOf(g["m"].Value), Year = YearOf(g["y"]), Modifier = g["ry"].Success ? "year" : mmod,
            Count = g["ry"].Success ? RelMonth(g["ry"]) : 0, Since = e.Since || mmod == "since",
        };
    }

    // "in 2011", "since 2011".
    private static TemporalExpression? BuildYear(Hit g, TemporalExpression e, BuildSite site)
    {
        var ypre = g["ypre"].Value.ToLowerInvariant();
        return e with { Kind = TemporalKind.Year, Year = YearOf(g["y"]), Since = e.Since || ypre == "since" };
    }

    // "for three days".
    private static TemporalExpression? BuildDuration(Hit g, TemporalExpression e, BuildSite site)
    {
        var n = CountOf(g["cnt"].Value);
        return n is null ? null : e with { Kind = TemporalKind.Duration, Count = n.Value, Unit = Singular(g["unit"].Value) };
    }

    // "Q3 2016", "the second half of last year".
    private static TemporalExpression? BuildQuarter(Hit g, TemporalExpression e, BuildSite site)
    {
        var qo = g["qo"].Success ? g["qo"].Value.ToLowerInvariant() : null;
        var half = g["qu"].Success ? g["qu"].Value.Equals("half", StringComparison.OrdinalIgnoreCase) : g["ql"].Value.Equals("H", StringComparison.OrdinalIgnoreCase);
        var n = qo is null ? int.Parse(g["qn"].Value, CultureInfo.InvariantCulture) : qo == "last" ? (half ? 2 : 4) : (CountOf(qo) ?? OrdinalDigits(qo) ?? 0);
        if (n < 1 || n > (half ? 2 : 4))
        {
            return null;
        }
        return e with { Kind = TemporalKind.Quarter, Part = n, Unit = half ? "half" : "quarter", Year = YearOf(g["y"]) ?? YearOf(g["y0"]), YearOffset = g["ry"].Success ? RelMonth(g["ry"]) : null };
    }

    // "summer of 2016", "last winter".
    private static TemporalExpression? BuildSeason(Hit g, TemporalExpression e, BuildSite site)
    {
        var season = g["season"].Value;
        if (char.IsUpper(season[0]) && !g["y"].Success)
        {
            return null; // "Arab Spring", "Operation Winter"
        }
        if (!g["y"].Success && season.Equals("fall", StringComparison.OrdinalIgnoreCase) && !FallIsASeason(g, site))
        {
            return null; // "the fall of the regime", "a fall in prices", "prices could fall"
        }
        var idx = season.ToLowerInvariant() switch { "spring" => 0, "summer" => 1, "winter" => 3, _ => 2 };
        var smod = g["smod"].Success ? g["smod"].Value.ToLowerInvariant() : null;
        return e with { Kind = TemporalKind.Season, Part = idx, Year = YearOf(g["y"]), YearOffset = smod switch { "next" => 1, "last" => -1, _ => null } };
    }

    // "fall" is a season only after a word that makes it a time ("this/next/last/mid fall", "in the fall") and not when "of", "in",
    // "from", "to", "by", "into", "off", "onto", "down", "through", "at" or "on" follows: "the fall of the capital" is an event, "a
    // fall in prices" a drop, "the fall into the pit" a tumble. A bare "the fall" needs a time preposition before it ("in", "during",
    // "by", "until", "since", "over") and no word of harm just before ("hurt in the fall").
    private static bool FallIsASeason(Hit g, BuildSite site)
    {
        if (!g["smod"].Success)
        {
            return false;
        }
        if (g["smod"].Value.Equals("the", StringComparison.OrdinalIgnoreCase) && !BareFallIsATime(site.Source, site.From, site.Pre))
        {
            return false;
        }
        var rest = site.Source.AsSpan(site.End).TrimStart();
        foreach (var next in s_fallNotSeason)
        {
            if (rest.StartsWith(next, StringComparison.OrdinalIgnoreCase) && (rest.Length == next.Length || !char.IsLetter(rest[next.Length])))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly string[] s_fallNotSeason = ["of", "in", "from", "to", "by", "into", "off", "onto", "down", "through", "at", "on"];

    // Before a bare "the fall" (no this/next/last/mid, no year): a time preposition makes it a season ("in the fall", "by the fall");
    // after a word of harm ("died after the fall", "hurt in the fall") it is a tumble.
    private static readonly HashSet<string> s_fallTimePreposition = new(["in", "during", "by", "until", "till", "since", "over", "through", "throughout", "before", "into", "for", "from", "to", "early", "late"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> s_fallHarm = new(["died", "dies", "die", "killed", "hurt", "injured", "injuries", "injury", "survived", "survive", "survives", "broke", "broken", "fractured", "death", "wounded", "bruised", "unhurt"], StringComparer.OrdinalIgnoreCase);

    // The words before a bare "the fall": the one right before must be a time preposition, and no word of harm may stand in the
    // three before it ("two climbers were hurt in the fall").
    private static bool BareFallIsATime(string source, int from, string pre)
    {
        var words = new List<string>(5);
        if (pre.Length > 0)
        {
            words.Add(pre[(pre.LastIndexOf(' ') + 1)..]); // the prefix the match took in ("in the fall" starts at "in")
        }
        var i = from;
        while (words.Count < 5 && i > 0)
        {
            while (i > 0 && source[i - 1] is ' ' or '\t')
            {
                i--;
            }
            var end = i;
            while (i > 0 && char.IsLetter(source[i - 1]))
            {
                i--;
            }
            if (i == end)
            {
                break;
            }
            words.Add(source[i..end]);
        }
        if (words.Count == 0 || !s_fallTimePreposition.Contains(words[0]))
        {
            return false;
        }
        return !words.Exists(s_fallHarm.Contains);
    }

    // "the 1990s", "the eighties", "the last decade".
    private static TemporalExpression? BuildDecade(Hit g, TemporalExpression e, BuildSite site)
    {
        if (g["dmod"].Success)
        {
            var dm = g["dmod"].Value.ToLowerInvariant();
            var n = g["cnt"].Success ? CountOf(g["cnt"].Value) ?? 1 : 1;
            return e with { Kind = TemporalKind.Decade, Modifier = dm is "previous" ? "last" : dm is "coming" ? "next" : dm, Count = n };
        }
        int start;
        if (g["dy"].Success)
        {
            start = int.Parse(g["dy"].Value, CultureInfo.InvariantCulture);
        }
        else if (g["dy2"].Success)
        {
            start = 1900 + int.Parse(g["dy2"].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            start = g["dw2"].Value.ToLowerInvariant() switch
            {
                "twenties" => 1920, "thirties" => 1930, "forties" => 1940, "fifties" => 1950, "sixties" => 1960,
                "seventies" => 1970, "eighties" => 1980, "nineties" => 1990, _ => 2000,
            };
        }
        return e with { Kind = TemporalKind.Decade, Year = start };
    }

    // "the first Friday in May".
    private static TemporalExpression? BuildNthWeekday(Hit g, TemporalExpression e, BuildSite site)
    {
        var wo = g["wo"].Value.ToLowerInvariant();
        if (!g["m"].Success && !g["rm"].Success && wo == "last")
        {
            return null; // "last Sunday" is a weekday, handled elsewhere
        }
        var rmv = g["rm"].Success ? g["rm"].Value.ToLowerInvariant() : null;
        return e with
        {
            Kind = TemporalKind.NthWeekday, Part = wo == "last" ? -1 : CountOf(wo) ?? 1, Weekday = WeekdayOf(g["wd"].Value),
            Month = g["m"].Success ? MonthOf(g["m"].Value) : null, Count = rmv switch { "next" => 1, "last" or "previous" => -1, _ => 0 },
        };
    }

    // "the first week of March", "the last week of next month".
    private static TemporalExpression? BuildNthWeek(Hit g, TemporalExpression e, BuildSite site)
    {
        var wo = g["wo"].Value.ToLowerInvariant();
        var rmv = g["rm"].Success ? g["rm"].Value.ToLowerInvariant() : null;
        return e with
        {
            Kind = TemporalKind.NthWeek, Part = wo == "last" ? -1 : CountOf(wo) ?? OrdinalDigits(wo) ?? 1,
            Month = g["m"].Success ? MonthOf(g["m"].Value) : null, Year = YearOf(g["y"]),
            Unit = g["ru"].Success ? g["ru"].Value.ToLowerInvariant() : g["y"].Success ? "year" : "month",
            Count = rmv switch { "next" => 1, "last" or "previous" => -1, _ => 0 },
        };
    }

    // "week 10".
    private static TemporalExpression? BuildWeekNumber(Hit g, TemporalExpression e, BuildSite site)
    {
        var wn = int.Parse(g["wn"].Value, CultureInfo.InvariantCulture);
        return wn is < 1 or > 53 ? null : e with { Kind = TemporalKind.NthWeek, Part = wn, Unit = "isoweek" };
    }

    // "the end of March", "mid-next week".
    private static TemporalExpression? BuildPeriodEdge(Hit g, TemporalExpression e, BuildSite site)
    {
        if (g["m"].Success)
        {
            return e with { Kind = TemporalKind.Month, Month = MonthOf(g["m"].Value), Modifier = "edge" };
        }
        var mod = g["pmod"].Value.ToLowerInvariant();
        return e with { Kind = TemporalKind.RelativePeriod, Unit = g["unit"].Value.ToLowerInvariant(), Count = mod switch { "next" => 1, "last" => -1, _ => 0 }, Modifier = g["edge"].Value.ToLowerInvariant() };
    }

    // "10:30 am", "0400 GMT", "9:40 p.m. local time", "16:05 GMT+3", "4:17am (01:17 GMT)", "18:22:09".
    private static TemporalExpression? BuildClock(Hit g, TemporalExpression e, BuildSite site)
    {
        var raw = g["time"].Value;
        var t = TimeOf(raw);
        if (t is null)
        {
            return null;
        }
        var zone = g["zone"].Success ? g["zone"].Value.Trim('(', ')') : null;
        if (zone is null && (raw.Contains("GMT", StringComparison.OrdinalIgnoreCase) || raw.Contains("UTC", StringComparison.OrdinalIgnoreCase)))
        {
            zone = "GMT";
        }
        if (zone is not null && zone.StartsWith("local", StringComparison.OrdinalIgnoreCase))
        {
            zone = "local time";
        }
        var digits = raw.TakeWhile(c => char.IsAsciiDigit(c) || c is ':' or '.').Count(c => c is ':' or '.');
        var precision = digits >= 2 ? "second" : digits == 1 || raw.TakeWhile(char.IsAsciiDigit).Count() == 4 ? "minute" : "hour";
        var utc = g["utc"].Success ? TimeOf(g["utc"].Value) : null;
        return e with { Kind = TemporalKind.TimeOfDay, TimeOfDay = t, ClockPrecision = precision, Zone = zone, UtcClock = utc };
    }

    // "at dawn", "the early hours", "overnight", "around midnight". "Dawn" with a capital is a name (a newspaper, a person);
    // "overnight" after an article or a possessive is an adjective ("an overnight curfew", "their overnight stay").
    private static TemporalExpression? BuildPartOfDay(Hit g, TemporalExpression e, BuildSite site)
    {
        var word = g["part"].Value;
        var lower = word.ToLowerInvariant();
        if (lower is "dawn" or "dusk" or "daybreak" or "nightfall" && char.IsUpper(word[0]))
        {
            return null;
        }
        if (lower == "overnight" && IsDeterminerBefore(site.Source, site.From))
        {
            return null;
        }
        var part = lower switch
        {
            "dawn" or "daybreak" => "dawn",
            "dusk" or "nightfall" => "dusk",
            "noon" or "midday" => "midday",
            "midnight" => "midnight",
            "overnight" => "overnight",
            _ => "early_hours",
        };
        var clock = part switch { "midday" => "12:00", "midnight" => "00:00", _ => null };
        return e with { Kind = TemporalKind.PartOfDay, PartOfDay = part, TimeOfDay = clock, ClockPrecision = clock is null ? null : "minute" };
    }

    private static readonly string[] s_determiners = ["a", "an", "the", "this", "that", "his", "her", "its", "their", "our", "my", "your"];

    // Whether the word right before `at` is an article or possessive.
    private static bool IsDeterminerBefore(string text, int at)
    {
        var j = at;
        while (j > 0 && char.IsWhiteSpace(text[j - 1]))
        {
            j--;
        }
        var end = j;
        while (j > 0 && char.IsAsciiLetter(text[j - 1]))
        {
            j--;
        }
        var word = text.AsSpan(j, end - j);
        foreach (var d in s_determiners)
        {
            if (word.Equals(d, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
