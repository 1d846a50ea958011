using System.Globalization;

namespace Triangulate.Extraction.Time;

/// <summary>The date relative expressions are resolved against, and where it came from.</summary>
/// <param name="Date">The reference day (usually the publication date).</param>
/// <param name="Description">Human-readable origin: "publication date 2025-03-11 (stated)".</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record TemporalReference(DateOnly Date, string Description);

/// <summary>The calendar value of one expression.</summary>
/// <param name="Value">ISO value (date, week, month, year, interval <c>a/b</c>, open interval <c>a/..</c>, time, duration), or null.</param>
/// <param name="Precision">day, week, month, year, interval, open_interval, time, duration or unresolved.</param>
/// <param name="Reason">Why it stayed unresolved, when it did.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record TemporalResolution(string? Value, DatePrecision Precision, string? Reason)
{
    /// <summary>First day covered, when the value is or contains a day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day covered; null when open-ended or not a day range.</summary>
    public DateOnly? To { get; init; }

    internal static TemporalResolution Unresolved(string reason) => new(null, DatePrecision.Unresolved, reason);
}

/// <summary>Resolves <see cref="TemporalExpression"/>s to calendar values.</summary>
/// <remarks>
/// News conventions: a bare weekday is the most recent such day on or before the reference ("on Sunday" in a Tuesday
/// article is two days earlier); "last Friday" is strictly before; a year-less date takes the year that puts it nearest
/// the reference, counting future distance double (news reports the past more than it announces the future), and, when a
/// weekday is written with it, a year in which the weekday matches. See docs/time.md.
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class TemporalResolver
{
    /// <summary>The reference for a publication date, when it is precise to the day (or the lower bound of an inferred interval).</summary>
    /// <returns>Null when there is no date, or it is a month or year only.</returns>
    public static TemporalReference? ReferenceFor(PublishedDate? published)
    {
        if (published is null)
        {
            return null;
        }
        var first = published.Date.Split('/')[0];
        if (first.Length == 10 && DateOnly.TryParseExact(first, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            var how = published.Precision == DatePrecision.Interval ? $"lower bound of inferred publication interval {published.Date}" : $"publication date {published.Date} ({published.How.Code()})";
            return new TemporalReference(d, how);
        }
        return null;
    }

    /// <summary>Resolves <paramref name="e"/> and wraps it as a dossier mention.</summary>
    /// <param name="doc">Document id.</param>
    /// <param name="e">The expression.</param>
    /// <param name="reference">The reference date, or null when unknown.</param>
    /// <param name="focus">The story's main event date, for "five days after the attack"; null when unknown.</param>
    public static DateMention ToMention(string doc, TemporalExpression e, TemporalReference? reference, DateOnly? focus)
    {
        ArgumentNullException.ThrowIfNull(e);
        var r = Resolve(e, reference, focus);
        string? anchor = null;
        if (r.Value is not null)
        {
            anchor = e.Kind switch
            {
                TemporalKind.EventOffset or TemporalKind.SinceEvent => $"story's main event date {focus:yyyy-MM-dd}",
                _ when e.Modifier == "event" && focus is { } ev && r.Value == Iso(ev) => $"story's main event date {focus:yyyy-MM-dd}",
                TemporalKind.Weekday when e.Modifier is null && reference is { } pr && r.From > pr.Date
                    => $"{reference.Description}; the {e.Weekday} after it, as the {e.Weekday} before lies a week before the story's main event date {focus:yyyy-MM-dd} (a page updated after it was first published)",
                TemporalKind.Duration or TemporalKind.Year => null,
                TemporalKind.Date or TemporalKind.DateRange or TemporalKind.Month when e.Year is not null => null,
                _ => reference?.Description,
            };
        }
        return WithClock(new DateMention(doc, e.Start, e.End, e.Text)
        {
            Value = r.Value,
            Precision = r.Precision,
            Reason = r.Reason,
            Anchor = anchor,
            Background = e.Caption,
        }, e, r.Precision == DatePrecision.Day ? r.From : null);
    }

    /// <summary>Adds the time of day an expression states to its mention: the clock time on <paramref name="day"/> with its zone's
    /// offset, its precision, the part of the day. A mention without a clock time or part of day is returned as it is.</summary>
    /// <param name="m">The mention.</param>
    /// <param name="e">Its expression.</param>
    /// <param name="day">The day the time is on, when known.</param>
    public static DateMention WithClock(DateMention m, TemporalExpression e, DateOnly? day)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(e);
        var part = e.PartOfDay ?? PartWritten(e);
        if (e.TimeOfDay is null && part is null)
        {
            return m;
        }
        var precision = e.TimeOfDay is null ? "part_of_day" : e.ClockPrecision ?? "minute";
        string? zoneName = null, basis = null;
        NodaTime.DateTimeZone? zone = null;
        if (e.TimeOfDay is { } clock)
        {
            if (e.UtcClock is { } utc && (e.Zone is null || e.Zone == "local time") && OffsetFrom(clock, utc) is { } offset)
            {
                zone = NodaTime.DateTimeZone.ForOffset(offset);
                basis = "the same time in UTC, in brackets";
            }
            else if (e.Zone == "local time")
            {
                zoneName = "local";
                basis = "written 'local time'; the story's place gives the zone";
            }
            else if (ClockZones.Parse(e.Zone) is { } written)
            {
                zone = written;
                basis = $"written '{e.Zone}'";
            }
            if (zone is not null)
            {
                zoneName = ClockZones.Name(zone);
            }
        }
        return m with
        {
            Time = day is { } d && e.TimeOfDay is { } c ? ClockZones.Format(d, c, zone) : null,
            TimePrecision = precision,
            PartOfDay = part,
            Zone = zoneName,
            ZoneBasis = basis,
        };
    }

    // A local time and the same moment in UTC give the offset: "4:17am (01:17 GMT)" is UTC+03:00. Whole quarter hours from -12 to +14.
    private static NodaTime.Offset? OffsetFrom(string local, string utc)
    {
        static int Minutes(string hhmm) => (int.Parse(hhmm.AsSpan(0, 2), CultureInfo.InvariantCulture) * 60) + int.Parse(hhmm.AsSpan(3, 2), CultureInfo.InvariantCulture);
        var diff = Minutes(local) - Minutes(utc);
        if (diff > 14 * 60)
        {
            diff -= 24 * 60;
        }
        else if (diff <= -12 * 60)
        {
            diff += 24 * 60;
        }
        return diff % 15 == 0 && diff is >= -12 * 60 and <= 14 * 60 ? NodaTime.Offset.FromSeconds(diff * 60) : null;
    }

    // "Friday evening", "late on Tuesday night", "last night", "this morning", "tonight": the part of the day the words name.
    private static string? PartWritten(TemporalExpression e)
    {
        if (e.Kind is not (TemporalKind.Weekday or TemporalKind.RelativeDay or TemporalKind.Date))
        {
            return null;
        }
        var t = e.Text.TrimEnd().ToLowerInvariant();
        if (t.EndsWith("tonight", StringComparison.Ordinal) || t.EndsWith(" night", StringComparison.Ordinal) || t.StartsWith("the night of", StringComparison.Ordinal)
            || t.StartsWith("on the night of", StringComparison.Ordinal))
        {
            return "night";
        }
        foreach (var p in (ReadOnlySpan<string>)["morning", "afternoon", "evening"])
        {
            if (t.EndsWith(" " + p, StringComparison.Ordinal) || t.StartsWith("the " + p + " of", StringComparison.Ordinal)
                || t.StartsWith("on the " + p + " of", StringComparison.Ordinal))
            {
                return p;
            }
        }
        return null;
    }

    /// <summary>Days after the story's main event within which a year-less date naming the event's month and day is the event itself
    /// (a piece written months on says "on July 6" of a 6 July event, not of the coming July, when that July is over a month ahead).</summary>
    internal const int AnniversaryDays = 365;

    /// <summary>Resolves one expression.</summary>
    /// <param name="e">The expression.</param>
    /// <param name="reference">The reference date, or null when unknown (relative expressions then stay unresolved).</param>
    /// <param name="focus">The story's main event date, or null.</param>
    /// <returns>The value; never throws.</returns>
    public static TemporalResolution Resolve(TemporalExpression e, TemporalReference? reference, DateOnly? focus)
    {
        ArgumentNullException.ThrowIfNull(e);
        var r = reference?.Date;
        try
        {
            if (e.Modifier == "week-to")
            {
                // "the week to November 24": the day named and the six days before it.
                return Resolve(e with { Modifier = null }, reference, focus) is { Precision: DatePrecision.Day, From: { } last }
                    ? Interval(last.AddDays(-6), last)
                    : TemporalResolution.Unresolved("the day that ends the week is unresolved");
            }
            if (e.Modifier == "event" && focus is { } ev && EventInPeriod(e, r, ev))
            {
                return Day(ev, false); // "last week's fire": the story's event, which fell in that week
            }
            if (e.Kind == TemporalKind.Date && e.Modifier is null && e.Year is null && e.YearOffset is null && e.Weekday is null && e.Month is { } em && e.Day is { } ed
                && focus is { } fe && fe.Month == em && fe.Day == ed && r is { } after && after > fe && after.DayNumber - fe.DayNumber <= AnniversaryDays
                && NearestYear(after, em, ed, null) is { } ahead && ahead.DayNumber - after.DayNumber > 30)
            {
                return Day(fe, e.Since); // "on July 6" in a piece written months after a 6 July event: the event, not the coming July
            }
            if (e.Kind == TemporalKind.Weekday && e.Modifier is null && focus is { } fw && r is { } rw && DayAfterPublication(e.Weekday!.Value, rw, fw) is { } later)
            {
                return Day(later, e.Since); // "on Sunday" in a Saturday page about a Saturday event: the next day, not a week before the event
            }
            return e.Kind switch
            {
                TemporalKind.Date when e.Modifier == "weekof" => ResolveDate(e with { Modifier = null }, r) is { From: { } wd } ? WeekOf(wd) : ResolveDate(e with { Modifier = null }, r),
                TemporalKind.Date => ResolveDate(e, r),
                TemporalKind.DateRange => ResolveDateRange(e, r),
                TemporalKind.Weekday => r is { } w ? ResolveWeekday(e, w) : NoReference(),
                TemporalKind.WeekdayRange => r is { } wr ? ResolveWeekdayRange(e, wr) : NoReference(),
                TemporalKind.Range => ResolveRange(e, reference, focus),
                TemporalKind.Quarter => ResolveQuarter(e, r),
                TemporalKind.Season => ResolveSeason(e, r),
                TemporalKind.Decade => ResolveDecade(e, r),
                TemporalKind.NthWeekday => r is { } nw ? ResolveNthWeekday(e, nw) : NoReference(),
                TemporalKind.NthWeek => ResolveNthWeek(e, r),
                TemporalKind.RelativeDay => r is { } rd ? ResolveRelativeDay(e, rd) : NoReference(),
                TemporalKind.RelativePeriod => r is { } rp ? ResolveRelativePeriod(e, rp) : NoReference(),
                TemporalKind.PastSpan => r is { } ps ? ResolveSpan(e, ps) : NoReference(),
                TemporalKind.Month => ResolveMonth(e, r),
                TemporalKind.Year => e.Year is { } y
                    ? (e.Since ? new TemporalResolution($"{y:0000}/..", DatePrecision.OpenInterval, null) { From = new DateOnly(y, 1, 1) }
                        : new TemporalResolution($"{y:0000}", DatePrecision.Year, null) { From = new DateOnly(y, 1, 1), To = new DateOnly(y, 12, 31) })
                    : TemporalResolution.Unresolved("no year"),
                TemporalKind.Duration => new TemporalResolution($"P{e.Count}{UnitLetter(e.Unit)}", DatePrecision.Duration, null),
                TemporalKind.TimeOfDay => new TemporalResolution(e.TimeOfDay, DatePrecision.Time, null),
                TemporalKind.PartOfDay when e.PartOfDay == "overnight" => r is { } on ? Interval(on.AddDays(-1), on) : NoReference(),
                TemporalKind.PartOfDay => TemporalResolution.Unresolved("a part of the day without its day"),
                TemporalKind.Holiday => ResolveHoliday(e, r),
                // "two months after the crash": the month it lands in (news counts months loosely), "a year after the fire": the day.
                TemporalKind.EventOffset when e.Unit == "month" => focus is { } fm
                    ? MonthValue(fm.AddMonths(e.Count).Year, fm.AddMonths(e.Count).Month, false)
                    : TemporalResolution.Unresolved("counted from the story's main event, whose date is unknown"),
                TemporalKind.EventOffset => focus is { } f
                    ? Day(e.Unit == "year" ? f.AddYears(e.Count) : f.AddDays(e.Unit == "week" ? 7 * e.Count : e.Count), false)
                    : TemporalResolution.Unresolved("counted from the story's main event, whose date is unknown"),
                TemporalKind.SinceEvent => focus is { } fs
                    ? Day(fs, true)
                    : TemporalResolution.Unresolved("since an event whose date is unknown"),
                _ => TemporalResolution.Unresolved("unknown expression"),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return TemporalResolution.Unresolved("not a valid calendar date");
        }
    }

    // "last week's fire" / "Thursday's attack" name the story's event when it falls in that week, or is that weekday
    // within the two weeks before the reference.
    private static bool EventInPeriod(TemporalExpression e, DateOnly? reference, DateOnly ev)
    {
        if (reference is not { } r || ev > r)
        {
            return false;
        }
        if (e.Kind == TemporalKind.RelativePeriod && e.Unit == "week")
        {
            var week = ResolveRelativePeriod(e, r);
            return week.From <= ev && ev <= week.To;
        }
        return e.Kind == TemporalKind.Weekday && e.Weekday == ev.DayOfWeek && r.DayNumber - ev.DayNumber < 14;
    }

    /// <summary>Days before the story's main event beyond which a bare weekday's past reading is taken as a week too early.</summary>
    internal const int PreEventDays = 3;

    /// <summary>Days after the publication date a bare weekday may name (an article updated after its first publication, or dated
    /// in an earlier time zone).</summary>
    internal const int UpdateLeadDays = 2;

    /// <summary>The day one or two days after the publication date that a bare weekday names, when its usual past reading (the most
    /// recent such day) lies more than <see cref="PreEventDays"/> days before the story's main event: a page first published on the
    /// event's day and updated over the next days ("search resumed on Sunday afternoon" in a Saturday page about a Saturday
    /// disaster) reports the days after the event, not a quiet day the week before it. Null when the rule does not apply.</summary>
    internal static DateOnly? DayAfterPublication(DayOfWeek weekday, DateOnly reference, DateOnly mainEvent)
    {
        var past = WeekdayNear(reference, weekday, null);
        var next = past.AddDays(7);
        return past.DayNumber < mainEvent.DayNumber - PreEventDays && next.DayNumber - reference.DayNumber <= UpdateLeadDays && next >= mainEvent
            ? next
            : null;
    }

    private static TemporalResolution NoReference() => TemporalResolution.Unresolved("relative expression and no reference date (publication date unknown)");

    private static string UnitLetter(string? unit) => unit switch { "year" => "Y", "month" => "M", "week" => "W", "hour" => "TH", _ => "D" };

    internal static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static TemporalResolution Day(DateOnly d, bool since) => since
        ? new TemporalResolution(Iso(d) + "/..", DatePrecision.OpenInterval, null) { From = d }
        : new TemporalResolution(Iso(d), DatePrecision.Day, null) { From = d, To = d };

    private static TemporalResolution Interval(DateOnly a, DateOnly b) =>
        a == b ? Day(a, false) : new TemporalResolution(Iso(a) + "/" + Iso(b), DatePrecision.Interval, null) { From = a, To = b };

    /// <summary>The whole months from <paramref name="firstMonth"/>'s to <paramref name="lastMonth"/>'s, written at month precision.</summary>
    private static TemporalResolution MonthSpan(DateOnly firstMonth, DateOnly lastMonth)
    {
        var from = new DateOnly(firstMonth.Year, firstMonth.Month, 1);
        var to = new DateOnly(lastMonth.Year, lastMonth.Month, 1).AddMonths(1).AddDays(-1);
        var text = string.Create(CultureInfo.InvariantCulture, $"{from:yyyy-MM}/{to:yyyy-MM}");
        return new TemporalResolution(text, DatePrecision.Interval, null) { From = from, To = to };
    }

    private static TemporalResolution ResolveDate(TemporalExpression e, DateOnly? r)
    {
        if (e.Month is not { } month || e.Day is not { } day)
        {
            if (e.Day is { } md && r is { } mr && e.Modifier == "month")
            {
                var first = new DateOnly(mr.Year, mr.Month, 1).AddMonths(e.Count);
                return md <= DateTime.DaysInMonth(first.Year, first.Month) ? Day(new DateOnly(first.Year, first.Month, md), e.Since) : TemporalResolution.Unresolved("not a valid calendar date");
            }
            if (e.Day is { } dd && r is { } rr)
            {
                // "wednesday the 27th": the month is the reference's, or a neighbour that fits.
                var best = BestYearMonth(rr, dd, e.Weekday);
                return best is { } b ? Day(b, e.Since) : TemporalResolution.Unresolved("no month fits the day and weekday");
            }
            return TemporalResolution.Unresolved("incomplete date");
        }
        if (e.Year is { } y)
        {
            if (day > DateTime.DaysInMonth(y, month))
            {
                return TemporalResolution.Unresolved("not a valid calendar date");
            }
            var d = new DateOnly(y, month, day);
            var res = Day(d, e.Since);
            return e.Weekday is { } wd && wd != d.DayOfWeek ? res with { Reason = $"stated weekday {wd} does not match {d.DayOfWeek}" } : res;
        }
        if (r is not { } rd)
        {
            return TemporalResolution.Unresolved("date without year and no reference date");
        }
        if (e.YearOffset is { } yo)
        {
            // "on June 14 last year": the year the words after the date name.
            var year = rd.Year + yo;
            return day <= DateTime.DaysInMonth(year, month) ? Day(new DateOnly(year, month, day), e.Since) : TemporalResolution.Unresolved("not a valid calendar date");
        }
        var chosen = NearestYear(rd, month, day, e.Weekday);
        return chosen is { } c ? Day(c, e.Since) : TemporalResolution.Unresolved("no year near the reference has this date");
    }

    /// <summary>The year for a year-less month/day nearest the reference (future distance counts double); a written weekday must match when some candidate matches.</summary>
    internal static DateOnly? NearestYear(DateOnly r, int month, int day, DayOfWeek? weekday)
    {
        DateOnly? best = null;
        var bestCost = double.MaxValue;
        var bestMatches = false;
        for (var y = r.Year - 1; y <= r.Year + 1; y++)
        {
            if (day > DateTime.DaysInMonth(y, month))
            {
                continue; // 29 February only in leap years
            }
            var d = new DateOnly(y, month, day);
            var diff = d.DayNumber - r.DayNumber;
            var cost = diff > 0 ? 2.0 * diff : -diff;
            var matches = weekday is { } w && d.DayOfWeek == w;
            if ((matches && !bestMatches) || (matches == bestMatches && cost < bestCost))
            {
                best = d;
                bestCost = cost;
                bestMatches = matches;
            }
        }
        return best;
    }

    private static DateOnly? BestYearMonth(DateOnly r, int day, DayOfWeek? weekday)
    {
        DateOnly? best = null;
        for (var k = -2; k <= 2; k++)
        {
            var first = new DateOnly(r.Year, r.Month, 1).AddMonths(k);
            if (day > DateTime.DaysInMonth(first.Year, first.Month))
            {
                continue;
            }
            var d = new DateOnly(first.Year, first.Month, day);
            if (weekday is { } w && d.DayOfWeek != w)
            {
                continue;
            }
            if (best is null || Math.Abs(d.DayNumber - r.DayNumber) < Math.Abs(best.Value.DayNumber - r.DayNumber))
            {
                best = d;
            }
        }
        return best;
    }

    private static TemporalResolution ResolveDateRange(TemporalExpression e, DateOnly? r)
    {
        if (e.Month is null)
        {
            if (r is not { } rm)
            {
                return TemporalResolution.Unresolved("day range of a relative month and no reference date");
            }
            var first = new DateOnly(rm.Year, rm.Month, 1).AddMonths(e.Count);
            var days = DateTime.DaysInMonth(first.Year, first.Month);
            return e.Day2 > days ? TemporalResolution.Unresolved("not a valid calendar date")
                : Interval(new DateOnly(first.Year, first.Month, e.Day!.Value), new DateOnly(first.Year, first.Month, e.Day2!.Value));
        }
        var month = e.Month!.Value;
        int year;
        if (e.Year is { } y)
        {
            year = y;
        }
        else if (r is { } rd && NearestYear(rd, month, e.Day!.Value, null) is { } d)
        {
            year = d.Year;
        }
        else
        {
            return TemporalResolution.Unresolved("date range without year and no reference date");
        }
        var last = DateTime.DaysInMonth(year, month);
        if (e.Day2 > last)
        {
            return TemporalResolution.Unresolved("not a valid calendar date");
        }
        return Interval(new DateOnly(year, month, e.Day!.Value), new DateOnly(year, month, e.Day2!.Value));
    }

    /// <summary>The weekday <paramref name="w"/> relative to <paramref name="r"/> by the news convention and the modifier.</summary>
    internal static DateOnly WeekdayNear(DateOnly r, DayOfWeek w, string? modifier)
    {
        var back = ((int)r.DayOfWeek - (int)w + 7) % 7;
        switch (modifier)
        {
            case "last" or "past":
                return r.AddDays(back == 0 ? -7 : -back);
            case "next":
                // "next Sunday" is the Sunday of next week (Recognizers-Text convention).
                return WeekdayNear(r.AddDays(7), w, "this");
            case "ahead":
                // Announced ahead ("will begin Sunday"): on or after the reference.
                return r.AddDays((7 - back) % 7);
            case "this":
                // The same Monday-to-Sunday week as the reference.
                var monday = r.AddDays(-(((int)r.DayOfWeek + 6) % 7));
                return monday.AddDays(((int)w + 6) % 7);
            default:
                return r.AddDays(-back);
        }
    }

    private static TemporalResolution ResolveWeekday(TemporalExpression e, DateOnly r)
    {
        var d = e.Modifier == "week" ? WeekdayNear(r.AddDays(7 * e.Count), e.Weekday!.Value, "this") : WeekdayNear(r, e.Weekday!.Value, e.Modifier);
        if (e.Text.StartsWith("overnight into", StringComparison.OrdinalIgnoreCase))
        {
            return Interval(d.AddDays(-1), d);
        }
        return Day(d, e.Since);
    }

    private static int? YearFor(TemporalExpression e, DateOnly? r) => e.Year ?? (r is { } d ? d.Year + (e.YearOffset ?? 0) : null);

    private static TemporalResolution ResolveQuarter(TemporalExpression e, DateOnly? r)
    {
        if (YearFor(e, r) is not { } y)
        {
            return TemporalResolution.Unresolved("quarter without year and no reference date");
        }
        var months = e.Unit == "half" ? 6 : 3;
        var first = new DateOnly(y, 1, 1).AddMonths(months * (e.Part!.Value - 1));
        return Interval(first, first.AddMonths(months).AddDays(-1));
    }

    private static TemporalResolution ResolveSeason(TemporalExpression e, DateOnly? r)
    {
        if (YearFor(e, r) is not { } y)
        {
            return TemporalResolution.Unresolved("season without year and no reference date");
        }
        // Northern meteorological seasons: spring March–May … winter December–February. A season is a span of whole months and is
        // written as one ("2016-06/2016-08"), as a dossier reader and the gold write it.
        var first = new DateOnly(y, 3, 1).AddMonths(3 * e.Part!.Value);
        return MonthSpan(first, first.AddMonths(2));
    }

    private static TemporalResolution ResolveDecade(TemporalExpression e, DateOnly? r)
    {
        if (e.Year is { } y)
        {
            // A named decade ("the 1990s") is a span of whole years, written as one ("1990/1999").
            return new TemporalResolution(string.Create(CultureInfo.InvariantCulture, $"{y:0000}/{y + 9:0000}"), DatePrecision.Interval, null) { From = new DateOnly(y, 1, 1), To = new DateOnly(y + 9, 12, 31) };
        }
        if (r is not { } d)
        {
            return NoReference();
        }
        var decade = d.Year / 10 * 10;
        return e.Modifier switch
        {
            "this" => Interval(new DateOnly(decade, 1, 1), new DateOnly(decade + 9, 12, 31)),
            "next" when e.Count <= 1 => Interval(new DateOnly(decade + 10, 1, 1), new DateOnly(decade + 19, 12, 31)),
            "next" => Interval(d.AddDays(1), d.AddYears(10 * e.Count)),
            _ => Interval(d.AddYears(-10 * e.Count), d),
        };
    }

    private static TemporalResolution ResolveNthWeekday(TemporalExpression e, DateOnly r)
    {
        DateOnly first;
        if (e.Month is { } m)
        {
            var near = NearestYear(r, m, 1, null) ?? new DateOnly(r.Year, m, 1);
            first = near;
        }
        else
        {
            first = new DateOnly(r.Year, r.Month, 1).AddMonths(e.Count);
        }
        var w = e.Weekday!.Value;
        DateOnly d;
        if (e.Part == -1)
        {
            var last = first.AddMonths(1).AddDays(-1);
            d = last.AddDays(-(((int)last.DayOfWeek - (int)w + 7) % 7));
        }
        else
        {
            d = first.AddDays(((int)w - (int)first.DayOfWeek + 7) % 7 + 7 * (e.Part!.Value - 1));
            if (d.Month != first.Month)
            {
                return TemporalResolution.Unresolved("the month has no such weekday");
            }
        }
        return Day(d, e.Since);
    }

    private static TemporalResolution ResolveNthWeek(TemporalExpression e, DateOnly? r)
    {
        DateOnly monday;
        if (e.Unit is "isoweek" or "year")
        {
            var year = e.Year ?? (r is { } ry ? ry.Year + e.Count : (int?)null);
            if (year is not { } y)
            {
                return NoReference();
            }
            var weeks = ISOWeek.GetWeeksInYear(y);
            var n = e.Part == -1 ? weeks : e.Part!.Value;
            if (n > weeks)
            {
                return TemporalResolution.Unresolved("the year has no such week");
            }
            monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(y, n, DayOfWeek.Monday));
        }
        else
        {
            DateOnly first;
            if (e.Month is { } m)
            {
                first = r is { } rr ? NearestYear(rr, m, 1, null) ?? new DateOnly(rr.Year, m, 1) : default;
                if (r is null)
                {
                    return NoReference();
                }
            }
            else if (r is { } rm)
            {
                first = new DateOnly(rm.Year, rm.Month, 1).AddMonths(e.Count);
            }
            else
            {
                return NoReference();
            }
            // Week n of a month: the Monday-to-Sunday week holding the month's nth Thursday (ISO-style).
            var thursday = first.AddDays(((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7);
            if (e.Part == -1)
            {
                var last = first.AddMonths(1).AddDays(-1);
                thursday = last.AddDays(-(((int)last.DayOfWeek - (int)DayOfWeek.Thursday + 7) % 7));
            }
            else
            {
                thursday = thursday.AddDays(7 * (e.Part!.Value - 1));
            }
            monday = thursday.AddDays(-3);
        }
        return WeekOf(monday);
    }

    private static TemporalResolution WeekOf(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        var dt = monday.ToDateTime(TimeOnly.MinValue);
        return new TemporalResolution($"{ISOWeek.GetYear(dt):0000}-W{ISOWeek.GetWeekOfYear(dt):00}", DatePrecision.Week, null) { From = monday, To = monday.AddDays(6) };
    }

    private static TemporalResolution ResolveRange(TemporalExpression e, TemporalReference? reference, DateOnly? focus)
    {
        var first = e.First!;
        var second = e.Second!;
        // "from January to October 2019", "between 20 December and 5 January 2019": the year written once, at the end, is the
        // start's too, or the year before when the start would then lie after the end.
        var yearFromEnd = false;
        if (first.Year is null && second.Year is { } y && (first.Kind == TemporalKind.Date || (first.Kind == TemporalKind.Month && first.Modifier is null)))
        {
            first = first with { Year = y };
            yearFromEnd = true;
        }
        var a = Resolve(first, reference, focus);
        var b = Resolve(second, reference, focus);
        if (a.From is not { } from || (b.To ?? b.From) is not { } to)
        {
            return TemporalResolution.Unresolved(a.Reason ?? b.Reason ?? "range end unresolved");
        }
        if (to < from && (first.Year is null || yearFromEnd) && first.Kind is TemporalKind.Date or TemporalKind.Month)
        {
            // "between January 1st and April 5th": both year-less, the start belongs to the end's year.
            from = from.AddYears(-1);
        }
        return to < from ? TemporalResolution.Unresolved("range ends before it starts") : Interval(from, to);
    }

    private static TemporalResolution ResolveWeekdayRange(TemporalExpression e, DateOnly r)
    {
        var end = WeekdayNear(r, e.Weekday2!.Value, null);
        var start = end.AddDays(-(((int)end.DayOfWeek - (int)e.Weekday!.Value + 7) % 7));
        return e.Since ? Day(start, true) : Interval(start, end);
    }

    private static TemporalResolution ResolveRelativeDay(TemporalExpression e, DateOnly r)
    {
        var d = e.Unit switch
        {
            "week" => r.AddDays(7 * e.Count),
            "month" => r.AddMonths(e.Count),
            "year" => r.AddYears(e.Count),
            _ => r.AddDays(e.Count),
        };
        return Day(d, e.Since);
    }

    private static TemporalResolution ResolveSpan(TemporalExpression e, DateOnly r)
    {
        if (e.Modifier == "rest")
        {
            var last = e.Unit switch
            {
                "week" => r.AddDays(6 - (((int)r.DayOfWeek + 6) % 7)),
                "month" => new DateOnly(r.Year, r.Month, DateTime.DaysInMonth(r.Year, r.Month)),
                _ => new DateOnly(r.Year, 12, 31),
            };
            return Interval(r, last);
        }
        var n = Math.Abs(e.Count);
        if (e.Count < 0)
        {
            var start = e.Unit switch
            {
                "week" => r.AddDays(-7 * n + 1),
                "month" => r.AddMonths(-n).AddDays(1),
                "year" => r.AddYears(-n).AddDays(1),
                _ => r.AddDays(-n + 1),
            };
            return Interval(start, r);
        }
        var end = e.Unit switch
        {
            "week" => r.AddDays(7 * n),
            "month" => r.AddMonths(n),
            "year" => r.AddYears(n),
            _ => r.AddDays(n),
        };
        return Interval(r.AddDays(1), end);
    }

    private static TemporalResolution ResolveRelativePeriod(TemporalExpression e, DateOnly r)
    {
        var sign = e.Count;
        switch (e.Unit)
        {
            case "week":
            {
                var d = r.AddDays(7 * sign);
                var monday = d.AddDays(-(((int)d.DayOfWeek + 6) % 7));
                // Written as the explicit Monday-to-Sunday interval (precision stays week), as dates are written elsewhere.
                return new TemporalResolution($"{Iso(monday)}/{Iso(monday.AddDays(6))}", DatePrecision.Week, null) { From = monday, To = monday.AddDays(6) };
            }
            case "weekend":
            {
                var d = r.AddDays(7 * sign);
                var monday = d.AddDays(-(((int)d.DayOfWeek + 6) % 7));
                // "over the weekend", "at the weekend" told in a Monday-to-Friday article: the weekend just past.
                if (sign == 0 && e.Modifier == "past" && r.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                {
                    monday = monday.AddDays(-7);
                }
                return Interval(monday.AddDays(5), monday.AddDays(6));
            }
            case "month":
            {
                var first = new DateOnly(r.Year, r.Month, 1).AddMonths(sign);
                return MonthValue(first.Year, first.Month, e.Since);
            }
            default:
            {
                var y = r.Year + sign;
                return new TemporalResolution($"{y:0000}", DatePrecision.Year, null) { From = new DateOnly(y, 1, 1), To = new DateOnly(y, 12, 31) };
            }
        }
    }

    /// <summary>A named day: the occurrence with the written year, or, with "last"/"next", the one before/after the reference,
    /// else the one nearest the reference (future distance counts double, as for year-less dates; a reference inside a
    /// multi-day holiday such as Ramadan is that one).</summary>
    private static TemporalResolution ResolveHoliday(TemporalExpression e, DateOnly? r)
    {
        if (e.Unit is not { } key || (e.Year is null && r is null))
        {
            return e.Year is null ? TemporalResolution.Unresolved("holiday without year and no reference date") : TemporalResolution.Unresolved("unknown holiday");
        }
        var around = e.Year is { } y ? new DateOnly(y, 7, 1) : r!.Value;
        (DateOnly From, DateOnly To)? best = null;
        var bestCost = double.MaxValue;
        foreach (var (from0, to0) in HolidayCalendar.Occurrences(key, around))
        {
            var (from, to) = e.Count == 0 ? (from0, to0) : (from0.AddDays(e.Count), from0.AddDays(e.Count));
            double cost;
            if (e.Year is { } wy)
            {
                cost = from.Year == wy ? Math.Abs(from.DayNumber - around.DayNumber) : double.MaxValue;
            }
            else
            {
                var rd = r!.Value;
                cost = e.Modifier switch
                {
                    "last" => to < rd ? rd.DayNumber - to.DayNumber : double.MaxValue,
                    "next" => from > rd ? from.DayNumber - rd.DayNumber : double.MaxValue,
                    _ => rd < from ? 2.0 * (from.DayNumber - rd.DayNumber) : rd > to ? rd.DayNumber - to.DayNumber : 0,
                };
            }
            if (cost < bestCost)
            {
                best = (from, to);
                bestCost = cost;
            }
        }
        if (best is not { } b)
        {
            return TemporalResolution.Unresolved("no occurrence of the holiday fits");
        }
        return e.Since ? Day(b.From, true) : Interval(b.From, b.To);
    }

    private static TemporalResolution MonthValue(int year, int month, bool since)
    {
        var first = new DateOnly(year, month, 1);
        var text = $"{year:0000}-{month:00}";
        return since
            ? new TemporalResolution(text + "/..", DatePrecision.OpenInterval, null) { From = first }
            : new TemporalResolution(text, DatePrecision.Month, null) { From = first, To = first.AddMonths(1).AddDays(-1) };
    }

    private static int NearestMonthYear(DateOnly r, int month)
    {
        var ahead = (month - r.Month + 12) % 12;
        if (ahead is >= 1 and <= 2)
        {
            return month > r.Month ? r.Year : r.Year + 1;
        }
        return month <= r.Month ? r.Year : r.Year - 1;
    }

    private static TemporalResolution ResolveMonth(TemporalExpression e, DateOnly? r)
    {
        var month = e.Month!.Value;
        if (e.Year is { } y)
        {
            return MonthValue(y, month, e.Since);
        }
        if (r is not { } rd)
        {
            return TemporalResolution.Unresolved("month without year and no reference date");
        }
        var year = e.Modifier switch
        {
            "year" => rd.Year + e.Count,
            "last" => month < rd.Month ? rd.Year : rd.Year - 1,
            "next" => month > rd.Month ? rd.Year : rd.Year + 1,
            "this" => rd.Year,
            // Nearest, past-biased: up to two months ahead stays in the reference's year.
            _ => NearestMonthYear(rd, month),
        };
        return MonthValue(year, month, e.Since);
    }
}
