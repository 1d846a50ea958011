namespace Triangulate.Extraction.Time;

/// <summary>What shape of temporal expression was found; decides how it resolves.</summary>
public enum TemporalKind
{
    /// <summary>A calendar day, possibly without year or with a weekday: "March 6", "Friday, January 3, 2025", "2025-03-11".</summary>
    Date,
    /// <summary>A range of days in one month: "November 19-20".</summary>
    DateRange,
    /// <summary>A weekday: "on Sunday", "late Wednesday", "last Friday's".</summary>
    Weekday,
    /// <summary>Two weekdays as one interval: "over Friday and Saturday", "overnight into Thursday".</summary>
    WeekdayRange,
    /// <summary>A day relative to the reference: "today", "yesterday", "two days ago".</summary>
    RelativeDay,
    /// <summary>A week, month or year relative to the reference: "last week", "earlier this month".</summary>
    RelativePeriod,
    /// <summary>A span ending at the reference: "the past four days".</summary>
    PastSpan,
    /// <summary>A month, with or without year: "last December", "March 2025".</summary>
    Month,
    /// <summary>A year: "in 2011".</summary>
    Year,
    /// <summary>A length of time, not a date: "a 14-year-long war".</summary>
    Duration,
    /// <summary>A time of day: "4:17am", "1700 GMT".</summary>
    TimeOfDay,
    /// <summary>Days counted from the story's main event: "five days after the atrocity", "for a fourth day".</summary>
    EventOffset,
    /// <summary>Two expressions joined as one interval: "from Oct. 2 to October 22", "today till tomorrow".</summary>
    Range,
    /// <summary>A quarter or half year: "the third quarter of 2016", "Q3", "H1 2016".</summary>
    Quarter,
    /// <summary>A season (northern meteorological): "this summer", "spring of 2016".</summary>
    Season,
    /// <summary>A decade or decades: "the 1970s", "the past two decades".</summary>
    Decade,
    /// <summary>The nth weekday of a month: "the first friday of july".</summary>
    NthWeekday,
    /// <summary>The nth week of a month or year, or an ISO week number: "the third week of this month", "week 10".</summary>
    NthWeek,
    /// <summary>An open interval from the story's main event: "since the clashes began".</summary>
    SinceEvent,
    /// <summary>A part of the day without a clock time: "at dawn", "in the early hours", "overnight", "around midnight".</summary>
    PartOfDay,
    /// <summary>A named day of a calendar, by its key in <see cref="TemporalExpression.Unit"/> ("easter", "eid-al-fitr", "ramadan") and a
    /// day offset in <see cref="TemporalExpression.Count"/>: "on Easter Sunday", "Christmas Eve", "the first day of Eid", "during Ramadan".</summary>
    Holiday,
}

/// <summary>A temporal expression found in a text, before resolution against a reference date.</summary>
/// <param name="Start">Offset of the expression in the text it was found in (cleaned text for documents).</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Text">The expression, verbatim.</param>
/// <param name="Kind">Its shape.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record TemporalExpression(int Start, int End, string Text, TemporalKind Kind)
{
    /// <summary>Stated year, when written.</summary>
    public int? Year { get; init; }

    /// <summary>Month 1–12, when written.</summary>
    public int? Month { get; init; }

    /// <summary>Day of month, when written.</summary>
    public int? Day { get; init; }

    /// <summary>Second day of a <see cref="TemporalKind.DateRange"/>.</summary>
    public int? Day2 { get; init; }

    /// <summary>Weekday, when written (for dates, an anchor that ties the weekday to the date).</summary>
    public DayOfWeek? Weekday { get; init; }

    /// <summary>Second weekday of a <see cref="TemporalKind.WeekdayRange"/>.</summary>
    public DayOfWeek? Weekday2 { get; init; }

    /// <summary>Relative modifier: <c>last</c>, <c>next</c>, <c>this</c>, <c>past</c>, or null.</summary>
    public string? Modifier { get; init; }

    /// <summary>Signed count for relative expressions (days for <see cref="TemporalKind.RelativeDay"/>, units for periods and spans).</summary>
    public int Count { get; init; }

    /// <summary>Unit for periods, spans and durations: <c>day</c>, <c>week</c>, <c>month</c>, <c>year</c>, <c>hour</c>.</summary>
    public string? Unit { get; init; }

    /// <summary>True for "since …": resolves to an open interval starting at the value.</summary>
    public bool Since { get; init; }

    /// <summary>True when the expression sits in an image caption or photo credit line.</summary>
    public bool Caption { get; init; }

    /// <summary>Ordinal part: quarter or half number, season index (spring 0 … winter 3), nth weekday or week (-1 = last).</summary>
    public int? Part { get; init; }

    /// <summary>Year relative to the reference when the year is not written ("next year's third quarter": +1).</summary>
    public int? YearOffset { get; init; }

    /// <summary>Start of a <see cref="TemporalKind.Range"/>.</summary>
    public TemporalExpression? First { get; init; }

    /// <summary>End of a <see cref="TemporalKind.Range"/>.</summary>
    public TemporalExpression? Second { get; init; }

    /// <summary>Time of day (HH:mm, or HH:mm:ss when seconds are written) written with the expression, if any.</summary>
    public string? TimeOfDay { get; init; }

    /// <summary>How precise the written clock time is: <c>second</c> ("18:22:09"), <c>minute</c> ("9:40 p.m."), <c>hour</c> ("8 AM").</summary>
    public string? ClockPrecision { get; init; }

    /// <summary>The zone as written after the clock time: an abbreviation ("JST"), an offset ("GMT+3"), or "local time".</summary>
    public string? Zone { get; init; }

    /// <summary>The same moment in UTC when the text gives it in brackets ("4:17am (01:17 GMT)"): HH:mm. Gives the offset of a local time.</summary>
    public string? UtcClock { get; init; }

    /// <summary>A part of the day written with (or instead of) a clock time: <c>dawn</c>, <c>early_hours</c>, <c>overnight</c>,
    /// <c>morning</c>, <c>midday</c>, <c>afternoon</c>, <c>evening</c>, <c>dusk</c>, <c>night</c>, <c>midnight</c>.</summary>
    public string? PartOfDay { get; init; }
}
