using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Triangulate.Extraction.Time;

/// <summary>Finds temporal expressions in one text: absolute dates, weekdays, relative days and periods, months, years, durations, times of day.</summary>
/// <remarks>
/// Lines are first scanned with <see cref="SearchValues{T}"/> for month, weekday, trigger words and digits; only lines with a hit
/// go through the shapes' linear (NonBacktracking) patterns, whose former lookarounds are checked in code. Numeric dates follow a documented locale rule (docs/time.md):
/// <c>a/b/yyyy</c> is month-first (US) unless <c>a</c> &gt; 12, then day-first; ISO <c>yyyy-mm-dd</c> is always year-month-day.
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public sealed partial class TemporalExtractor
{
    private readonly bool _dayFirst;

    /// <summary>Creates an extractor.</summary>
    /// <param name="dayFirst">Read ambiguous numeric dates (<c>03/11/2025</c>) day-first (11 March) instead of the default month-first (US) rule.</param>
    public TemporalExtractor(bool dayFirst = false) => _dayFirst = dayFirst;

    /// <summary>A shared instance with the default (month-first) numeric rule.</summary>
    public static TemporalExtractor Default { get; } = new();

    private static readonly PhraseSearch s_triggers = PhraseSearch.Create(
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "today", "tonight", "yesterday", "tomorrow", "tmrw", "week", "month", "year", "day", "ago", "since", "night",
        "spring", "summer", "fall", "autumn", "winter", "decade", "quarter", "half", "ties", "0s", "q1", "q2", "q3", "q4", "h1", "h2",
        "dawn", "daybreak", "dusk", "noon", "midday", "overnight", "hours", "anniversary",
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
    ], StringComparison.OrdinalIgnoreCase);

    private static readonly PhraseSearch s_captionMarkers = PhraseSearch.Create(
    [
        "(Image", "(Photo", "Photo:", "Image:", "Photograph:", "Credit:", "Getty Images", "/AFP", "AFP/", "REUTERS/", "/Reuters",
        "/dpa", "ZUMA", "— AP", "- AP", "(AP Photo", "Pictured:", "File photo",
    ], StringComparison.OrdinalIgnoreCase);

    internal static readonly FrozenDictionary<string, int> s_months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["january"] = 1, ["feb"] = 2, ["february"] = 2, ["mar"] = 3, ["march"] = 3, ["apr"] = 4, ["april"] = 4,
        ["may"] = 5, ["jun"] = 6, ["june"] = 6, ["jul"] = 7, ["july"] = 7, ["aug"] = 8, ["august"] = 8,
        ["sep"] = 9, ["sept"] = 9, ["september"] = 9, ["oct"] = 10, ["october"] = 10, ["nov"] = 11, ["november"] = 11,
        ["dec"] = 12, ["december"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, DayOfWeek> s_weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["mon"] = DayOfWeek.Monday, ["monday"] = DayOfWeek.Monday,
        ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday, ["tuesday"] = DayOfWeek.Tuesday,
        ["wed"] = DayOfWeek.Wednesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday, ["thursday"] = DayOfWeek.Thursday,
        ["fri"] = DayOfWeek.Friday, ["friday"] = DayOfWeek.Friday,
        ["sat"] = DayOfWeek.Saturday, ["saturday"] = DayOfWeek.Saturday,
        ["sun"] = DayOfWeek.Sunday, ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int> s_numberWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["a few"] = 3, ["a couple of"] = 2, ["few"] = 3, ["several"] = 3, ["couple of"] = 2,
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13, ["fourteenth"] = 14,
        ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18, ["nineteenth"] = 19,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private const string Month = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    // The *Word forms have no closing \b: .NET's NonBacktracking engine finds no match at all for "x\b(?:y)?" when y
    // is followed by a letter ("Tuesday afternoons"), so where an optional tail follows, the word's end is checked in Verify.
    private const string WeekdayWord = @"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)";
    private const string Weekday = WeekdayWord + @"\b";
    private const string Year = @"(?:1\d\d\d|20\d\d)";
    private const string DayWordWord = @"(?:(?:twenty|thirty)[\s-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|one|two|three|four|five|six|seven|eight|nine)|twentieth|thirtieth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)";
    private const string DayWord = DayWordWord + @"\b";
    private const string DayCardinal = @"(?:(?:twenty|thirty)[\s-]?(?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|one|two|three|four|five|six|seven|eight|nine)\b";
    private const string Count = @"(?:\d{1,3}|a\s+few|a\s+couple\s+of|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|few|several|couple\s+of)";
    private const string Ordinal = @"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))";
    /// <summary>The words that name a story's event ("attack", "earthquake", "sinking", …), as a regex alternation.</summary>
    internal const string EventNoun = @"(?:attacks?|atrocity|atrocities|blasts?|explosions?|landfall|collision|derailment|sinking|shipwreck|capsizing|stampede|crush|tsunami|blaze|inferno|accident|floods|flooding|airstrikes?|air\s+strikes?|killings|quakes?|earthquakes?|strikes?|bombing|massacres?|shooting|clashes|fighting|disaster|tragedy|incident|assault|raid|fire|storm|flood|offensive|violence|war|crash|collapse|uprising|protests?|invasion|election|ceasefire|truce|eruption|landslide|hurricane|cyclone|typhoon|siege)";
    private const string Part = @"(?:\s+(?:morning|afternoon|evening|night))";

    // The prefix words change semantics ("since" opens an interval) or belong to the expression as analysts quote it
    // ("late on Tuesday"). They are matched after a shape has matched, backwards from its start (see PrefixBefore): an
    // optional prefix at the front of every pattern defeated the regex engine's search for a pattern's first characters
    // and made the scan about 3.5 times slower. Longest first; each entry's words are separated by white space.
    private static readonly string[][] s_prefixes =
    [
        .. new[] { "morning", "afternoon", "evening", "night" }.Select(p => new[] { "on", "the", p, "of" }),
        .. new[] { "morning", "afternoon", "evening", "night" }.Select(p => new[] { "the", p, "of" }),
        .. new[] { "late", "early", "earlier", "later" }.Select(p => new[] { p, "on" }),
        ["as", "of"], ["overnight", "into"],
        .. new[] { "late", "early", "earlier", "later", "since", "until", "till", "from", "between", "on", "over", "by" }.Select(p => new[] { p }),
    ];

    private const int MaxPrefixWords = 4;

    // One pattern per shape: a single alternation of all shapes defeats the regex engine's leading-literal search and
    // runs ~30x slower; separate patterns each scan fast and ScanLine keeps the leftmost, then first-listed, match.
    // A: weekday anchored to a date in parentheses: "Thursday (March 6)", "this friday (jun-15)".
    private const string Shape01 = @"(?<A>)(?:(?<mod>this|next|last)\s+)?(?<wd>" + Weekday + @")\s*\(\s*(?:(?<m>" + Month + @")(?:\.\s*|[\s-]*)(?<d>\d{1,2})|(?<d>\d{1,2})[\s-]*(?<m>" + Month + @"))(?:st|nd|rd|th)?\s*\)";
    // B: month day-range: "November 19-20".
    private const string Shape02 = @"(?<B>)(?<m>" + Month + @")(?:\.\s*|\s*(?:the\s+)?)(?<d>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|through|until|and)\s*(?:the\s+)?(?<d2>\d{1,2})(?:st|nd|rd|th)?(?<yq>)(?:\s*,?\s*(?<y>" + Year + @"))?";
    // U: day numbers with a month after: "from 4 to 22 January, 2017", "between 4 and 22 this month", "November between 19 and 20".
    private const string Shape03 = @"(?<U>)(?<d>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|till|until|through|and)\s*(?<d2>\d{1,2})(?:st|nd|rd|th)?\s*(?:of\s+|in\s+)?(?:(?<m>" + Month + @")(?<yq>)(?:(?:\.\s*|\s*,?\s*)(?<y>" + Year + @"))?|(?<rm>this|next|last)\s+month\b)";
    private const string Shape04 = @"(?<U>)(?<d>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|till|until|through)\s*(?<m>" + Month + @")\.?\s*(?<d2>\d{1,2})(?:st|nd|rd|th)?(?<yq>)(?:\s*,?\s*(?<y>" + Year + @"))?";
    private const string Shape05 = @"(?<U>)(?<m>" + Month + @")\s+between\s+(?<d>\d{1,2})\s*(?:-|–|and)\s*(?<d2>\d{1,2})";
    // Z: a day of a relative month, or an ordinal day alone: "20th of next month", "the 27th".
    private const string Shape06 = @"(?<Z>)(?:the\s+)?(?<d>\d{1,2})(?:st|nd|rd|th)\s+(?:of\s+)?(?<rm>this|next|last)\s+month\b";
    private const string Shape07 = @"(?<Z>)(?:the\s+)?(?<d>\d{1,2})(?:st|nd|rd|th)";
    // K2: counted from a relative day: "two days from tomorrow", "three weeks from tomorrow".
    private const string Shape08 = @"(?<K2>)(?<cnt>" + Count + @")\s+(?<unit>days?|weeks?)\s+(?<dir>from|after|before)\s+(?<base>today|tomorrow|yesterday|now)\b";
    // C: (weekday) month day (year): "Friday, January 3, 2025", "Oct. 17", "january 12 of 2016".
    private const string Shape09 = @"(?<C>)(?:(?<mod>this|next|last)\s+)?(?:(?<wd>" + Weekday + @")\s*[,-]?\s*(?:the\s+)?)?(?<m>" + Month + @")(?:\.\s*(?<d>\d{1,2})(?:st|nd|rd|th)?|(?:\s*|[-/]|(?<cm>,)\s*)(?:the\s+)?(?:(?<d>\d{1,2})(?:st|nd|rd|th)?|(?<dw>" + DayWordWord + @"|(?:twenty|thirty)[\s-](?:one|two|three|four|five|six|seven|eight|nine))))(?<yq>)(?:\s*,?\s*(?:of\s+)?(?<y>" + Year + @"))?";
    // D: (weekday) day month (year): "6 March 2025", "Wed 18 Oct 2023", "wed, 22 of jan".
    private const string Shape10 = @"(?<D>)(?:(?<wd>" + Weekday + @")\s*,?\s*(?:the\s+)?)?(?:(?<d>\d{1,2})(?:st|nd|rd|th|\.)?|(?<dw>" + DayWord + @"))[\s-]*(?:of\s+)?(?<m>" + Month + @")(?<yq>)(?:(?:\.\s*|\s*,?\s*(?:of\s+)?)(?<y>" + Year + @"))?";
    // E: ISO and year-first numeric dates: "2025-03-11", "2015/08/12".
    private const string Shape11 = @"(?<E>)(?:(?<wd>" + Weekday + @")\s*,?\s*)?(?<y>(?:1[5-9]|20)\d\d)(?<sep>[-/.])(?:(?<m2>\d{1,2})|(?<m>" + Month + @"))(?<sep2>[-/.])(?<d>\d{1,2})";
    // F: numeric dates with a year: "03/11/2025", "9-18-15" (locale rule in docs/time.md).
    private const string Shape12 = @"(?<F>)(?:(?<wd>" + Weekday + @")\s*,?\s*)?(?<n1>\d{1,2})(?<sep>[/.-])(?<n2>\d{1,2})(?<sep2>[/.,-])(?<n3>\d{4}|\d{2})";
    // F2: numeric day without year, slash only ("4/22"), or after a weekday ("friday 7.6").
    private const string Shape13 = @"(?<F>)(?:(?<wd>" + Weekday + @")\s*,?\s*(?<n1>\d{1,2})[/.-](?<n2>\d{1,2})|(?<n1>\d{1,2})/(?<n2>\d{1,2}))";
    // W: weekday tied to a week: "next week on friday", "tuesday of next week".
    private const string Shape14 = @"(?<W>)(?<wk>this|next|last)\s+week\s+(?:on\s+)?(?<wd>" + Weekday + @")|(?<W>)(?<wd>" + Weekday + @")\s+(?:of\s+)?(?<wk>this|next|last)\s+week\b";
    // G: weekday interval: "Friday and Saturday", "Friday through Sunday".
    // A night told as running into the next day: "Saturday night into early Sunday", "Friday evening into the early hours of
    // Saturday" (the two days); "searched through Tuesday night" (that day and the next).
    private const string Shape15 = @"(?<G>)(?<wd>" + Weekday + @")\s*(?:-|–|\band\b|\bthrough\b|\bthru\b|\bto\b|\buntil\b|\btill\b)\s*(?<wd2>" + Weekday + @")"
        + @"|(?<G>)(?<wd>" + Weekday + @")\s+(?:night|evening)\s+into\s+(?:the\s+)?(?:early\s+(?:hours\s+of\s+)?)?(?<wd2>" + Weekday + @")"
        + @"|(?<G>)through\s+(?:the\s+)?(?<wd>" + Weekday + @")\s+night\b(?<nx>)";
    // H: weekday with day of month: "wednesday the 27th".
    private const string Shape16 = @"(?<H>)(?<wd>" + Weekday + @")\s+the\s+(?:(?<d>\d{1,2})(?:st|nd|rd|th)|(?<dw>" + DayWord + "|" + DayCardinal + @"))";
    // I: relative day.
    private const string Shape17 = @"(?<I>)(?<rel>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+(?:tomorrow|tmrw)|today|tonight|yesterday|tomorrow|tmrw|(?:the\s+)?next\s+day|the\s+(?:following|previous)\s+(?:day|night)|a\s+day\s+after\s+that|this\s+(?:morning|afternoon|evening)|last\s+night)";
    // J: past/next spans: "the past four days", "the last two weeks".
    private const string Shape18 = @"(?<J>)(?:the\s+)?(?<smod>past|last|previous|next|coming|following)\s+(?<cnt>" + Count + @")\s+(?<unit>days|weeks|months|years|hours)";
    // K: counted offsets: "two days ago", "3 weeks from now".
    private const string Shape19 = @"(?<K>)(?<cnt>" + Count + @")\s+(?<unit>days?|weeks?|months?|years?)\s+(?<dir>ago|earlier|before|later|from\s+now|hence)\b|(?<K>)(?<dir>in)\s+(?<cnt>" + Count + @")\s+(?<unit>days|weeks|months|years)\b";
    // L: days counted from the main event: "five days after the atrocity"; months and years too ("two months after the crash"
    // is the month it lands in, "a year after the fire" the day).
    // Also "40 hours after the blast" (whole days, rounded), "two days after landfall" (no article), "eight days after the ship
    // went down" (an event verb), and a bare "Two days after," or "Nearly 48 hours on," whose event the text has just told.
    private const string Shape20 = @"(?<L>)(?<cnt>" + Count + @")\s+(?<unit>days?|weeks?|months?|years?|hours)\s+(?:after|since|into)\s+(?:(?:the|a|an|this|that|last\s+week['’]s)\s+)?(?:[\w-]+\s+){0,2}?" + EventNoun + @"\b"
        + @"|(?<L>)(?<cnt>" + Count + @")\s+(?<unit>days?|weeks?|months?|years?|hours)\s+after\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:went\s+down|sank|capsized|struck|collapsed|exploded|crashed|derailed|erupted|caught\s+fire)\b"
        + @"|(?<L>)(?<cnt>" + Count + @")\s+(?<unit>days?|weeks?|hours)\s+(?:after|on)(?<bare>)\s*[,;]";
    // M: ordinal day of the story: "for a fourth day", "for the third consecutive day"; the day count of the story's
    // search or operation: "the search, now in its eighth day", "reached its 14th day", "on the third day of the rescue".
    private const string Shape21 = @"(?<M>)for\s+(?:a|the)\s+(?<ord>" + Ordinal + @")\s+(?:straight\s+|consecutive\s+|successive\s+)?day\b"
        + @"|(?<M>)(?:(?:now\s+)?in\s+|into\s+)?(?:its|their)\s+(?<ord>" + Ordinal + @")\s+(?:straight\s+|consecutive\s+|successive\s+|full\s+)?day\b"
        + @"|(?<M>)(?:on\s+)?the\s+(?<ord>" + Ordinal + @")\s+day\s+of\s+(?:the\s+)?(?:search|rescue|recovery|relief)\b";
    // N: since the main event began: "since the clashes began".
    private const string Shape22 = @"(?<N>)since\s+the\s+(?:(?:start|beginning|outbreak|onset)\s+of\s+the\s+(?:[\w-]+\s+){0,2}?" + EventNoun + @"\b|(?:[\w-]+\s+){0,2}?" + EventNoun + @"\s+(?:began|started|erupted|broke\s+out|struck|hit|commenced))";
    // O: relative periods: "last week", "earlier this month".
    private const string Shape23 = @"(?<O>)(?:(?<edge>earlier|later|early|late|mid)[\s-]+)?(?<pmod>this|last|next|past|previous|coming|current|upcoming)\s+(?<unit>weekend|week|month|year)(?:['’]s)?";
    private const string Shape24 = @"(?<O>)(?:the\s+|my\s+)?(?<unit>weekend)\b";
    private const string Shape25 = @"(?<O>)(?:the|my)\s+(?<unit>week)\b";
    private const string Shape26 = @"(?<O>)the\s+(?<unit>week|weekend|month|year)\s+after\s+(?:the\s+)?(?<after>next)\b";
    // X: rest of a period: "rest of the week".
    private const string Shape27 = @"(?<X>)rest\s+(?:of\s+)?(?:the\s+|this\s+|my\s+|current\s+)?(?<unit>week|month|year)\b";
    // P: weekday with modifiers: "last Friday's", "Friday evening".
    private const string Shape28 = @"(?<P>)(?:(?<mod>last|next|this|past|coming|previous)\s+)?(?<wd>" + WeekdayWord + @")(?:['’]s)?" + Part + @"?";
    // Q: month with a year or a modifier: "last December", "March 2025", "in December".
    private const string Shape29 = @"(?<Q>)(?:(?:the\s+)?month\s+of\s+|(?<mmod>last|this|next|early|late|mid|in|since|until|by|during|of|from)[\s-]+)?(?<m>" + Month + @")(?<yq>)(?:(?:\.\s*|\s*,?\s*(?:of\s+)?)(?<y>" + Year + @")|\s+(?<ry>next|last|this)\s+year\b|)";
    private const string Shape30 = @"(?<Q>)(?<y>(?:1[5-9]|20)\d\d)\s*,?\s*(?<m>" + Month + @")";
    // V: numeric month and year: "2016-11", "3/2015".
    private const string Shape31 = @"(?<V>)(?<y>(?:19|20)\d\d)\s*(?<sep>[-/.])\s*(?<mn>1[0-2]|0?[1-9])|(?<V>)(?<mn>1[0-2]|0?[1-9])\s*[-/]\s*(?<y>(?:19|20)\d\d)";
    // Y: a range of years: "2014-2018".
    private const string Shape32 = @"(?<Y>)(?<y>(?:1[5-9]|20)\d\d)\s*[-–]\s*(?<y2>(?:1[5-9]|20)\d\d)";
    // R: a year after a preposition: "in 2011", "Established in 1882".
    private const string Shape33 = @"(?<R>)(?<ypre>in|since|until|by|from|during|before|after|year|to|through|between)\s+(?<y>" + Year + @")";
    // S: durations: "a 14-year-long war", "14 years of civil conflict".
    private const string Shape34 = @"(?<S>)(?<cnt>" + Count + @")[\s-](?<unit>year|month|week|day|hour)s?[\s-]long\b";
    private const string Shape35 = @"(?<S>)(?<cnt>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty)\s+(?<unit>years|months|weeks|days)\s+of\b";
    // T: times of day: "4:17am (01:17 GMT)", "1700 GMT", "8.15 p.m.".
    // The zone after it: "JST", "GMT+3", "UTC+05:30", "local time"; then the same moment in UTC in brackets: "(1240 GMT)".
    private const string Shape36 = @"(?<T>)(?<time>\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2}(?::\d{2})?|\d{4}\s*(?:GMT|UTC))(?<tq>)" + ClockTail;

    internal const string ZoneWord = @"(?:(?:GMT|UTC)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?|\((?:GMT|UTC)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?\)|GMT|UTC|AEST|AEDT|ACST|AWST|NZST|NZDT|CEST|EEST|WEST|SAST|BST|WET|CET|EET|MSK|TRT|IST|PKT|NPT|BDT|ICT|WIB|SGT|HKT|PHT|KST|JST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|EAT|CAT|WAT|ET|CT|MT|PT|local\s+time|\(local\s+time\))";

    internal const string ClockTail = @"(?:\s*(?<zone>" + ZoneWord + @"))?(?:\s*\((?<utc>\d{4}|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)\s*(?:GMT|UTC)\))?";

    // Shape 43: parts of the day: "at dawn", "the early hours", "overnight", "around midnight".
    private const string Shape43 = @"(?<PD>)(?<part>dawn|daybreak|dusk|nightfall|midnight|noon|midday)\b|(?<PD>)the\s+(?<part>early|small|wee)\s+hours\b|(?<PD>)(?<part>overnight)\b";

    // Shape 44 (L): the day next to the main event: "the day after the quake", "the night after the blast" (one day on),
    // "the night before the attack" (one day back); and "two days after the militia stormed the camp", "a day after a gunman
    // opened fire": a count of days or weeks after a subject (up to four words) with a verb of attack or violence.
    // A shape of its own: joined to shape L the automaton passes the engine's limit.
    private const string Shape44 = @"(?<L>)the\s+(?<unit>day|night)\s+(?<dir>after|before)\s+(?:the|a|an|this|that|last\s+week['’]s)\s+(?:[\w-]+\s+){0,2}?" + EventNoun + @"\b"
        + @"|(?<L>)(?<cnt>" + Count + @")\s+(?<unit>days?|weeks?)\s+after\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:carried\s+out|cut\s+down|gunned\s+down|mowed\s+down|opened\s+fire|blew\s+up|broke\s+out|tore\s+through|stormed|attacked|rammed|ploughed|plowed|slammed|hit|killed)\b";

    // Shape 45 (AN): the event's anniversary: "the third anniversary of the collapse", "2nd anniversary of the ferry tragedy",
    // "on the first anniversary of the fire": the main event's day, N years on.
    private const string Shape45 = @"(?<AN>)(?:the\s+)?(?<ord>" + Ordinal + @")\s+anniversary\s+of\s+(?:(?:the|a|an|this|that|last\s+year['’]s)\s+)?(?:[\w-]+\s+){0,2}?" + EventNoun + @"\b";

    // Shape 37: quarters and halves: "the third quarter of 2016", "Q3", "next year's fourth-quarter", "H1 2016".
    private const string Shape37 = @"(?<QT>)(?:(?<ry>next|last|this)\s+year['’]s\s+)?(?:the\s+)?(?<qo>first|second|third|fourth|last|1st|2nd|3rd|4th)[\s-]+(?<qu>quarter|half)(?<yq>)(?:\s+(?:of\s+)?(?:(?<y>" + Year + @")|(?<ry>this|next|last)\s+year\b))?|(?<QT>)(?<y0>(?:1[5-9]|20)\d\d)\s+(?:the\s+)?(?<qo>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?<qu>quarter|half)|(?<QT>)(?:(?<y0>(?:1[5-9]|20)\d\d)\s*)?(?<ql>[QH])(?<qn>[1-4])(?<yq>)(?:\s*(?<y>(?:1[5-9]|20)\d\d))?";

    // Shape 38: seasons: "this summer", "summer of 2016".
    private const string Shape38 = @"(?<SE>)(?:(?<smod>this|next|last|the|mid)[\s-]+)?(?<season>spring|summer|fall|autumn|winter)(?<yq>)(?:\s+(?:of\s+)?(?<y>" + Year + @"))?";

    // Shape 39: decades: "the 1970s", "the '40s", "the seventies", "the past 2 decades", "this decade".
    private const string Shape39 = @"(?<DC>)the\s+(?:(?<dy>(?:1[5-9]|20)\d0)|['’]?(?<dy2>\d0))['’]?s\b|(?<DC>)the\s+(?:nineteen\s+)?(?<dw2>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|noughties)\b|(?<DC>)(?:the\s+)?(?<dmod>past|last|next|this|coming|previous)\s+(?:(?<cnt>" + Count + @")\s+)?decades?\b";

    // Shape 40: the nth weekday of a month: "the first friday of july", "second Sunday", "the third Wednesday of previous month".
    private const string Shape40 = @"(?<NW>)(?:the\s+)?(?<wo>first|second|third|fourth|fifth|last)\s+(?<wd>" + WeekdayWord + @")(?<yq>)(?:\s+(?:of|in)\s+(?:(?<m>" + Month + @")|(?:the\s+)?(?<rm>this|next|last|previous|current)\s+month\b))?";

    // Shape 41: the nth week of a month or year: "the third week of this month", "first week of 2015".
    private const string Shape41 = @"(?<NK>)(?:the\s+)?(?<wo>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th)\s+week\s+(?:(?:of|in)\s+)?(?:(?<m>" + Month + @")|(?<y>" + Year + @")|(?:the\s+)?(?<rm>this|next|last|previous)\s+(?<ru>month|year)\b)";

    // Shape 42: numbered weeks and period edges: "week 10", "beginning of next week", "end of March".
    private const string Shape42 = @"(?<WN>)week\s+(?<wn>\d{1,2})\b|(?<ED>)(?:the\s+)?(?<edge>beginning|start|end|middle)\s+of\s+(?:the\s+)?(?:(?<pmod>this|next|last)\s+(?<unit>week|month|year)\b|(?<m>" + Month + @"))|(?<ED>)(?<edge>mid)[\s-]?(?:(?<pmod>this|next|last)\s+(?<unit>week|month|year)\b|(?<m>" + Month + @"))";

    // Shape A: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape01 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape01Pattern();

    // Shape B: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape02 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape02Pattern();

    // Shape U: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape03 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape03Pattern();

    // Shape U: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape04 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape04Pattern();

    // Shape U: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape05 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape05Pattern();

    // Shape Z: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape06 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape06Pattern();

    // Shape Z: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape07 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape07Pattern();

    // Shape K2: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape08 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape08Pattern();

    // Shape C: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape09 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape09Pattern();

    // Shape D: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape10 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape10Pattern();

    // Shape E: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape11 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape11Pattern();

    // Shape F: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape12 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape12Pattern();

    // Shape F: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape13 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape13Pattern();

    // Shape W: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape14 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape14Pattern();

    // Shape G: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape15 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape15Pattern();

    // Shape H: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape16 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape16Pattern();

    // Shape I: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape17 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape17Pattern();

    // Shape J: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape18 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape18Pattern();

    // Shape K: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape19 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape19Pattern();

    // Shape L: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape20 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape20Pattern();

    // Shape M: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape21 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape21Pattern();

    // Shape N: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape22 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape22Pattern();

    // Shape O: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape23 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape23Pattern();

    // Shape O: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape24 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape24Pattern();

    // Shape O: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape25 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape25Pattern();

    // Shape O: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape26 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape26Pattern();

    // Shape X: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape27 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape27Pattern();

    // Shape P: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape28 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape28Pattern();

    // Shape Q: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape29 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape29Pattern();

    // Shape Q: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape30 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape30Pattern();

    // Shape V: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape31 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape31Pattern();

    // Shape Y: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape32 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape32Pattern();

    // Shape R: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape33 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape33Pattern();

    // Shape S: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape34 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape34Pattern();

    // Shape S: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape35 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape35Pattern();

    // Shape T: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape36 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape36Pattern();

    // Shape 37: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape37 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape37Pattern();

    // Shape 38: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape38 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape38Pattern();

    // Shape 39: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape39 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape39Pattern();

    // Shape 40: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape40 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape40Pattern();

    // Shape 41: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape41 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape41Pattern();

    // Shape 42: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape42 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape42Pattern();

    // Shape PD: NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape43 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape43Pattern();

    // Shape L (the day after): NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape44 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape44Pattern();

    // Shape AN (anniversaries): NonBacktracking (linear); the 10 s time-out only guards against an engine bug.
    [GeneratedRegex(@"\b(?:" + Shape45 + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape45Pattern();

    // What a line must contain for a shape to be worth running (the SearchValues pre-scan of issue 8).
    private const int M = 1, W = 2, U = 4, D = 8, S = 16, MU = 32, PD = 64, AN = 128;

    private static readonly int[] s_requires = [W|M, M|D, D|MU, D|MU, M|D, D, D, U, M, M, D, D, D, W|U, W, W, 0, U, U, U, U, S, U, U, U, U, U, W, M, M|D, D, D, D, U, U, D, 0, 0, 0, W, U, MU, PD, 0, AN];

    private static readonly SearchValues<string> s_monthStems = SearchValues.Create(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> s_weekdayStems = SearchValues.Create(
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> s_unitWords = SearchValues.Create(
        ["day", "week", "month", "year", "tonight", "hours"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> s_digits = SearchValues.Create("0123456789");

    private static readonly SearchValues<string> s_partStems = SearchValues.Create(
        ["dawn", "daybreak", "dusk", "nightfall", "midnight", "noon", "midday", "hours", "overnight"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Per shape (index as <see cref="s_shapes"/>), words of which every match holds at least one, or null: a finer screen
    /// than <see cref="s_requires"/> for the shapes whose flags pass on most lines of news ("day" is in every weekday, a digit in
    /// most paragraphs). A line that holds none of a shape's words cannot match it, so the shape's regex is not run on it.
    /// Case-insensitive over ASCII letters only; <see cref="s_foldsToAscii"/> switches the screen off for a line where that would
    /// not be exact.</summary>
    private static readonly PhraseSearch?[] s_words = BuildWords(
    [
        /* 01 A  */ ["("],
        /* 02 B  */ null,
        /* 03 U  */ null,
        /* 04 U  */ null,
        /* 05 U  */ ["between"],
        /* 06 Z  */ ["month"],
        /* 07 Z  */ DigitsThen("st", "nd", "rd", "th"),
        /* 08 K2 */ ["today", "tomorrow", "yesterday", "now"],
        /* 09 C  */ null,
        /* 10 D  */ null,
        /* 11 E  */ null,
        /* 12 F  */ DigitsThen("/", ".", "-"),
        /* 13 F2 */ DigitsThen("/", ".", "-"),
        /* 14 W  */ ["week"],
        /* 15 G  */ null,
        /* 16 H  */ ["the"],
        /* 17 I  */ ["today", "yesterday", "night", "tomorrow", "tmrw", "this"], // or "day" after white space (MayMatch)
        /* 18 J  */ ["past", "last", "previous", "next", "coming", "following"],
        /* 19 K  */ null,
        /* 20 L  */ null,
        /* 21 M  */ null, // "day" after white space (MayMatch)
        /* 22 N  */ null,
        /* 23 O  */ ["this", "last", "next", "past", "previous", "coming", "current", "upcoming"],
        /* 24 O  */ ["weekend"],
        /* 25 O  */ ["week"],
        /* 26 O  */ ["next"],
        /* 27 X  */ ["rest"],
        /* 28 P  */ null,
        /* 29 Q  */ null,
        /* 30 Q  */ null,
        /* 31 V  */ ["19", "20"],
        /* 32 Y  */ ["-", "–"],
        /* 33 R  */ null,
        /* 34 S  */ ["long"],
        /* 35 S  */ ["years", "months", "weeks", "days"],
        /* 36 T  */ [":", "am", "a.m", "pm", "p.m", "gmt", "utc"],
        /* 37 QT */ ["quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2", "h3", "h4"],
        /* 38 SE */ ["spring", "summer", "fall", "autumn", "winter"],
        /* 39 DC */ ["0s", "0'", "0’", "ties", "decade"],
        /* 40 NW */ ["first", "second", "third", "fourth", "fifth", "last"],
        /* 41 NK */ ["week"],
        /* 42 WN */ ["week", "beginning", "start", "end", "mid"],
        /* 43 PD */ null,
        /* 44 L  */ ["after", "before"],
        /* 45 AN */ null,
    ]);

    private static string[] DigitsThen(params string[] tails) =>
        [.. from d in "0123456789" from t in tails select d + t];

    private static PhraseSearch?[] BuildWords(string[]?[] words) =>
        [.. words.Select(w => w is null ? null : PhraseSearch.Create(w, StringComparison.OrdinalIgnoreCase))];

    /// <summary>The characters outside ASCII that the shapes' case-insensitive regexes take for an ASCII letter (the Kelvin sign
    /// for "k", the long s for "s", the dotted capital I and the dotless i for "i"); ordinal ignore-case search does not, so a line
    /// holding one is screened by its flags only.</summary>
    internal static readonly SearchValues<char> s_foldsToAscii = SearchValues.Create("\u212A\u017F\u0130\u0131");

    /// <summary>Whether shape <paramref name="k"/> can match in <paramref name="line"/> by the finer screen of <see cref="s_words"/>
    /// (always true when <paramref name="screen"/> is false).</summary>
    private static bool MayMatch(int k, ReadOnlySpan<char> line, bool screen) => !screen || k switch
    {
        // I: "the next day", "the following day", "a day after that" (a weekday's "day" never follows white space).
        16 => s_words[k]!.ContainsAny(line) || DayAfterSpace(line),
        // M: "for a fourth day", "its eighth straight day", "the third day of the search".
        20 => DayAfterSpace(line),
        _ => s_words[k] is not { } words || words.ContainsAny(line),
    };

    /// <summary>Whether "day" (any case) stands right after a white-space character (what the shapes' <c>\s</c> matches).</summary>
    private static bool DayAfterSpace(ReadOnlySpan<char> line)
    {
        var from = 0;
        while (from < line.Length && line[from..].IndexOf("day", StringComparison.OrdinalIgnoreCase) is var i and >= 0)
        {
            var at = from + i;
            if (at > 0 && char.IsWhiteSpace(line[at - 1]))
            {
                return true;
            }
            from = at + 1;
        }
        return false;
    }

    private static int LineFlags(ReadOnlySpan<char> line)
    {
        var f = 0;
        if (line.IndexOfAny(s_monthStems) >= 0)
        {
            f |= M | MU;
        }
        if (line.IndexOfAny(s_weekdayStems) >= 0)
        {
            f |= W;
        }
        if (line.IndexOfAny(s_unitWords) >= 0)
        {
            f |= U | MU;
        }
        if (line.IndexOfAny(s_digits) >= 0)
        {
            f |= D;
        }
        if (line.Contains("since", StringComparison.OrdinalIgnoreCase))
        {
            f |= S;
        }
        if (line.IndexOfAny(s_partStems) >= 0)
        {
            f |= PD;
        }
        if (line.Contains("anniversary", StringComparison.OrdinalIgnoreCase))
        {
            f |= AN;
        }
        return f;
    }

    /// <summary>The shapes in priority order (earlier wins at the same start).</summary>
    private static readonly Regex[] s_shapes = [Shape01Pattern(), Shape02Pattern(), Shape03Pattern(), Shape04Pattern(), Shape05Pattern(), Shape06Pattern(), Shape07Pattern(), Shape08Pattern(), Shape09Pattern(), Shape10Pattern(), Shape11Pattern(), Shape12Pattern(), Shape13Pattern(), Shape14Pattern(), Shape15Pattern(), Shape16Pattern(), Shape17Pattern(), Shape18Pattern(), Shape19Pattern(), Shape20Pattern(), Shape21Pattern(), Shape22Pattern(), Shape23Pattern(), Shape24Pattern(), Shape25Pattern(), Shape26Pattern(), Shape27Pattern(), Shape28Pattern(), Shape29Pattern(), Shape30Pattern(), Shape31Pattern(), Shape32Pattern(), Shape33Pattern(), Shape34Pattern(), Shape35Pattern(), Shape36Pattern(), Shape37Pattern(), Shape38Pattern(), Shape39Pattern(), Shape40Pattern(), Shape41Pattern(), Shape42Pattern(), Shape43Pattern(), Shape44Pattern(), Shape45Pattern()];

    /// <summary>True when a line looks like an image caption or photo credit ("(Image: X)", "Photo: …/dpa", "… — AP").</summary>
    internal static bool IsCaptionLine(ReadOnlySpan<char> line) => s_captionMarkers.ContainsAny(line);

    /// <summary>Finds the expressions in <paramref name="text"/>, in text order, without overlaps.</summary>
    /// <param name="text">Any text; offsets index it.</param>
    /// <param name="cancellationToken">Stops between lines.</param>
    /// <returns>The expressions; empty for null or empty text. Never throws on bad input; a pattern's safety time-out (a bug) surfaces as <see cref="RegexMatchTimeoutException"/> for the caller to report.</returns>
    public IReadOnlyList<TemporalExpression> Find(string? text, CancellationToken cancellationToken = default) =>
        Find(text, fullScan: false, cancellationToken);

    /// <summary>As <see cref="Find(string?, CancellationToken)"/>; with <paramref name="fullScan"/>, every shape whose flags pass is
    /// run on its line without the finer word screen (<see cref="s_words"/>), which must not change the result (a test compares).</summary>
    internal IReadOnlyList<TemporalExpression> Find(string? text, bool fullScan, CancellationToken cancellationToken = default)
    {
        var result = new List<TemporalExpression>();
        if (string.IsNullOrEmpty(text))
        {
            return result;
        }
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var nl = text.IndexOf('\n', lineStart);
            var lineEnd = nl < 0 ? text.Length : nl;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (s_triggers.ContainsAny(line))
            {
                var caption = IsCaptionLine(line);
                ScanLine(text, lineStart, lineEnd, caption, _dayFirst, result, fullScan);
            }
            lineStart = lineEnd + 1;
        }
        YearWordsAfter(text, result);
        SinceInComparisons(text, result);
        WeeksEndingOnADay(text, result);
        CalendarDays(text, result);
        return result;
    }

    private static readonly SearchValues<char> s_clauseEnds = SearchValues.Create(".;!?\n—–()");

    /// <summary>Characters a year word ("last year", "two years ago") may stand after the year-less date it dates.</summary>
    private const int YearWordReach = 40;

    /// <summary>A year-less day followed in its clause by a year word takes that word's year: "the November 13 attacks in
    /// the capital last year", "on June 14 last year", "on June 9 two years ago". The year word
    /// stays a mention of its own; only the date before it changes. The words between may not hold a sentence or clause end.</summary>
    private static void YearWordsAfter(string text, List<TemporalExpression> result)
    {
        for (var i = 0; i + 1 < result.Count; i++)
        {
            var e = result[i];
            var next = result[i + 1];
            var dated = e.Kind == TemporalKind.Date && e.Month is not null && e.Day is not null && e.Modifier is null;
            if (!dated || e.Year is not null || e.YearOffset is not null || next.Start < e.End || next.Start - e.End > YearWordReach
                || text.AsSpan(e.End, next.Start - e.End).IndexOfAny(s_clauseEnds) >= 0)
            {
                continue;
            }
            int? offset = next switch
            {
                { Kind: TemporalKind.RelativePeriod, Unit: "year", Modifier: "last" or "previous" or "this" or "next" } => next.Count,
                { Kind: TemporalKind.RelativeDay, Unit: "year", Count: < 0 } when next.Text.TrimEnd().EndsWith("ago", StringComparison.OrdinalIgnoreCase) => next.Count,
                _ => null,
            };
            if (offset is { } o)
            {
                result[i] = e with { YearOffset = o };
            }
        }
    }

    /// <summary>"The week to November 24", "in the week ending Sunday", "the week through 3 May": the seven days that end on the day
    /// named (tallies of cases, deaths or prices are reported this way), not the week of the reference. The week and its day become
    /// one expression: the day, marked <c>week-to</c>, spanning both (<see cref="TemporalResolver"/> resolves it to the day and the six
    /// days before it).</summary>
    private static void WeeksEndingOnADay(string text, List<TemporalExpression> result)
    {
        for (var i = 0; i + 1 < result.Count; i++)
        {
            var e = result[i];
            var next = result[i + 1];
            if (e.Kind != TemporalKind.RelativePeriod || e.Unit != "week" || e.Modifier != "the" || next.Start < e.End || next.Start - e.End > 16
                || next.Modifier is not null || next.Since
                || !(next.Kind == TemporalKind.Weekday || (next.Kind == TemporalKind.Date && next.Month is not null && next.Day is not null))
                || !e.Text.TrimEnd().EndsWith("week", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var between = text.AsSpan(e.End, next.Start - e.End).Trim();
            if (between.Equals("to", StringComparison.OrdinalIgnoreCase) || between.Equals("ending", StringComparison.OrdinalIgnoreCase)
                || between.Equals("ended", StringComparison.OrdinalIgnoreCase) || between.Equals("through", StringComparison.OrdinalIgnoreCase)
                || between.Equals("up to", StringComparison.OrdinalIgnoreCase) || between.Equals("ending on", StringComparison.OrdinalIgnoreCase))
            {
                result[i] = next with { Start = e.Start, Text = text[e.Start..next.End], Modifier = "week-to" };
                result.RemoveAt(i + 1);
            }
        }
    }

    /// <summary>Characters before "since" searched for the superlative it completes ("the deadliest rail accident in the country since").</summary>
    private const int ComparisonReach = 80;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_comparisonWords = new[]
    {
        "deadliest", "worst", "bloodiest", "largest", "biggest", "greatest", "highest", "heaviest", "strongest", "first",
        "costliest", "hottest", "wettest", "driest", "lowest", "longest", "fiercest", "severest",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"Since" after a superlative names a point, not an interval: "the deadliest rail accident since 1864", "the worst
    /// quake to hit the country since 1934", "the first such attack since March 2015" compare with what happened then, so the
    /// date is that day, month or year, not an open interval running from it. The superlative must stand in the same clause,
    /// within <see cref="ComparisonReach"/> characters before "since".</summary>
    private static void SinceInComparisons(string text, List<TemporalExpression> result)
    {
        for (var i = 0; i < result.Count; i++)
        {
            var e = result[i];
            if (!e.Since || e.Kind is not (TemporalKind.Date or TemporalKind.Month or TemporalKind.Year))
            {
                continue;
            }
            if (HasComparisonWord(ClauseBefore(text, e.Start)))
            {
                result[i] = e with { Since = false };
            }
        }
    }

    /// <summary>Whether a superlative or "first" stands in the clause before <paramref name="at"/>, within
    /// <see cref="ComparisonReach"/> characters ("the worst dry spell in 45 years", "for the first time in a decade").</summary>
    private static bool ComparisonBefore(string text, int at)
    {
        var clause = ClauseBefore(text, at);
        var compared = false;
        foreach (var range in clause.SplitAny(" ,\t\r\"“”'‘’"))
        {
            var w = clause[range];
            if (s_comparisonWords.Contains(w))
            {
                compared = true;
            }
            else if (compared && s_aheadWords.Contains(w))
            {
                compared = false; // "the first flights will resume in two weeks": announced ahead, a day to come
            }
        }
        return compared;
    }

    /// <summary>The text of the clause before <paramref name="at"/>: at most <see cref="ComparisonReach"/> characters, cut after the
    /// last clause end among them.</summary>
    private static ReadOnlySpan<char> ClauseBefore(string text, int at)
    {
        var from = Math.Max(0, at - ComparisonReach);
        var before = text.AsSpan(from, at - from);
        var clauseEnd = before.LastIndexOfAny(s_clauseEnds);
        return clauseEnd >= 0 ? before[(clauseEnd + 1)..] : before;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_aheadWords = new[]
    {
        "will", "would", "could", "should", "may", "might", "shall", "expected", "due", "scheduled", "planned", "plans", "set",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool HasComparisonWord(ReadOnlySpan<char> clause)
    {
        foreach (var range in clause.SplitAny(" ,\t\r\"“”'‘’"))
        {
            if (s_comparisonWords.Contains(clause[range]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Finds and resolves the expressions of one dossier document against its publication date (when day-precise).</summary>
    /// <param name="document">The document; offsets index its cleaned text.</param>
    /// <param name="cancellationToken">Stops between lines.</param>
    /// <returns>One mention per expression; relative ones stay unresolved (with a reason) when the document has no usable date.</returns>
    public IReadOnlyList<DateMention> Extract(DossierDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var reference = TemporalResolver.ReferenceFor(document.Published);
        var mentions = new List<DateMention>();
        foreach (var e in Find(document.Text, cancellationToken))
        {
            mentions.Add(TemporalResolver.ToMention(document.Id, e, reference, null));
        }
        return mentions;
    }

    private static bool HasNonAsciiDigit(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (c > '\u007f' && char.IsDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    private static void ScanLine(string text, int start, int end, bool caption, bool dayFirst, List<TemporalExpression> result, bool fullScan)
    {
        var firstOfLine = result.Count;
        var candidates = new List<(int Start, int End, int Priority, Hit Hit, string Pre)>();
        var span = text.AsSpan(start, end - start);
        var flags = LineFlags(span);
        var screen = fullScan is false && span.IndexOfAny(s_foldsToAscii) < 0;
        string? line = null;
        for (var k = 0; k < s_shapes.Length; k++)
        {
            var need = s_requires[k];
            // Every flag but MU must be present; MU means "a month name or a unit word".
            if ((need & ~MU & flags) != (need & ~MU) || ((need & MU) != 0 && (flags & MU) == 0) || !MayMatch(k, span, screen))
            {
                continue;
            }
            line ??= text.Substring(start, end - start);
            // No time-out is caught here: the shapes' 10 s guard fires only on a bug, and then the caller's
            // per-document guard reports it as a problem, rather than a busy machine silently dropping a date.
            var floor = start; // a prefix never reaches into this shape's previous match
            var at = 0;
            while (at <= line.Length)
            {
                var m = s_shapes[k].Match(line, at);
                if (!m.Success)
                {
                    break;
                }
                if (Verify(k, line, m) is not { } hit)
                {
                    at = m.Index + 1; // what the old lookarounds rejected: the scan goes on one character later
                    continue;
                }
                var index = start + hit.Match.Index;
                var hitEnd = start + hit.End;
                var (from, pre) = PrefixBefore(text, start, floor, index);
                // \d also matches other scripts' digits ("23۱۲"); the readers parse ASCII digits only, so such a match is no date.
                if (!HasNonAsciiDigit(text.AsSpan(index, hitEnd - index)))
                {
                    candidates.Add((from, hitEnd, k, hit, pre));
                }
                floor = hitEnd;
                at = hit.End > hit.Match.Index ? hit.End : hit.Match.Index + 1;
            }
        }
        candidates.Sort(static (x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.Priority.CompareTo(y.Priority));
        var taken = start;
        foreach (var c in candidates)
        {
            if (c.Start < taken || c.End == c.Start)
            {
                continue;
            }
            if (Build(text, c.Start, c.End, c.Pre, c.Hit, caption, dayFirst) is { } e)
            {
                result.Add(e);
                taken = c.End;
            }
        }
        MergeTimes(text, result, firstOfLine);
        MergeRanges(text, result, firstOfLine);
        MergeWeekOf(text, result, firstOfLine, start);
    }

    // "the week of November 30th", "the week starting february 4", "w/c feb 4": the week that holds the date.
    private static void MergeWeekOf(string text, List<TemporalExpression> list, int from, int lineStart)
    {
        for (var i = from; i < list.Count; i++)
        {
            var e = list[i];
            if (e.Kind != TemporalKind.Date)
            {
                continue;
            }
            var windowStart = Math.Max(lineStart, e.Start - 40);
            var before = text.AsSpan(windowStart, e.Start - windowStart);
            var at = -1;
            foreach (var lead in s_weekOfLeads)
            {
                if (before.EndsWith(lead, StringComparison.OrdinalIgnoreCase))
                {
                    at = e.Start - lead.Length;
                    if (at - 4 >= lineStart && text.AsSpan(at - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase))
                    {
                        at -= 4;
                    }
                    break;
                }
            }
            if (at >= 0 && (i == 0 || list[i - 1].End <= at))
            {
                list[i] = e with { Start = at, Text = text[at..e.End], Modifier = "weekof" };
            }
        }
    }

    private static readonly string[] s_weekOfLeads =
        ["week of ", "week commencing ", "week starting on ", "week starting ", "week beginning on ", "week beginning ", "w/c "];

    // Joins "from X to Y", "between X and Y", "X until Y" into one interval when both ends are days.
    private static void MergeRanges(string text, List<TemporalExpression> list, int from)
    {
        for (var i = Math.Max(from, 1); i < list.Count; i++)
        {
            var a = list[i - 1];
            var b = list[i];
            if (a.Kind is not (TemporalKind.Date or TemporalKind.RelativeDay or TemporalKind.Weekday or TemporalKind.Year or TemporalKind.Month)
                || b.Kind is not (TemporalKind.Date or TemporalKind.RelativeDay or TemporalKind.Weekday or TemporalKind.Year or TemporalKind.Month) || a.Since)
            {
                continue;
            }
            var gap = text.AsSpan(a.End, b.Start - a.End).Trim();
            var bStartsWithConnector = b.Text.StartsWith("until ", StringComparison.OrdinalIgnoreCase) || b.Text.StartsWith("till ", StringComparison.OrdinalIgnoreCase)
                || b.Text.StartsWith("to ", StringComparison.OrdinalIgnoreCase) || b.Text.StartsWith("through ", StringComparison.OrdinalIgnoreCase);
            var between = a.Text.StartsWith("between ", StringComparison.OrdinalIgnoreCase);
            var connector = gap.IsEmpty ? bStartsWithConnector
                : gap is "-" or "–" || gap.Equals("to", StringComparison.OrdinalIgnoreCase) || gap.Equals("till", StringComparison.OrdinalIgnoreCase)
                    || gap.Equals("until", StringComparison.OrdinalIgnoreCase) || gap.Equals("through", StringComparison.OrdinalIgnoreCase)
                    || (between && gap.Equals("and", StringComparison.OrdinalIgnoreCase));
            if (!connector)
            {
                continue;
            }
            list[i - 1] = new TemporalExpression(a.Start, b.End, text[a.Start..b.End], TemporalKind.Range) { First = a, Second = b, Caption = a.Caption };
            list.RemoveAt(i);
            i--;
        }
    }

    // Folds a time of day into an adjacent day expression ("1700 GMT Tuesday", "at 4 a.m. on Monday").
    private static void MergeTimes(string text, List<TemporalExpression> list, int from)
    {
        for (var i = Math.Max(from, 1); i < list.Count; i++)
        {
            var a = list[i - 1];
            var b = list[i];
            var timeFirst = IsClock(a) && IsDayLike(b) && b.TimeOfDay is null && b.PartOfDay is null;
            var dayFirst = IsClock(b) && IsDayLike(a) && a.TimeOfDay is null && a.PartOfDay is null;
            if (!timeFirst && !dayFirst)
            {
                continue;
            }
            var gap = text.AsSpan(a.End, b.Start - a.End).Trim();
            if (gap.Length > 0 && !IsTimeGap(gap, timeFirst))
            {
                continue;
            }
            var day = timeFirst ? b : a;
            var time = timeFirst ? a : b;
            list[i - 1] = day with
            {
                Start = a.Start, End = b.End, Text = text[a.Start..b.End], TimeOfDay = time.TimeOfDay, ClockPrecision = time.ClockPrecision,
                Zone = time.Zone, UtcClock = time.UtcClock, PartOfDay = time.PartOfDay,
            };
            list.RemoveAt(i);
            i--;
        }
    }

    private static bool IsDayLike(TemporalExpression e) => e.Kind is TemporalKind.Date or TemporalKind.Weekday or TemporalKind.RelativeDay;

    private static bool IsClock(TemporalExpression e) => e.Kind is TemporalKind.TimeOfDay or TemporalKind.PartOfDay;

    // What may stand between a clock time and its day: "at 4 a.m. on Monday", "10:20 BST, 14 June", "17 March 2019 - 00:00",
    // "25 Mar 2019 | 05:38", "the early hours of Wednesday", "at dawn of Thursday".
    private static readonly string[] s_timeGaps = ["on", "at", ",", "at around", ", at", "-", "–", "|", "around", "about", "at about", ", around", "on the"];

    private static bool IsTimeGap(ReadOnlySpan<char> gap, bool timeFirst)
    {
        if (timeFirst && gap.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        foreach (var g in s_timeGaps)
        {
            if (gap.Equals(g, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    // The prefix words (see s_prefixes) that end right before a shape's match at `at`, separated from it by white space:
    // the longest, starting at a word boundary no earlier than `floor`. Returns the expression's start and the prefix
    // in lower case, or (at, "") when there is none.
    private static (int Start, string Pre) PrefixBefore(string text, int lineStart, int floor, int at)
    {
        Span<(int Start, int End)> words = stackalloc (int, int)[MaxPrefixWords];
        var n = 0;
        var i = at;
        while (n < MaxPrefixWords)
        {
            var j = i;
            while (j > floor && char.IsWhiteSpace(text[j - 1]))
            {
                j--;
            }
            var wordEnd = j;
            while (j > floor && char.IsAsciiLetter(text[j - 1]))
            {
                j--;
            }
            if (wordEnd == i || j == wordEnd)
            {
                break; // no white space before, or no word
            }
            words[n++] = (j, wordEnd);
            i = j;
        }
        foreach (var phrase in s_prefixes)
        {
            if (phrase.Length > n)
            {
                continue;
            }
            var first = words[phrase.Length - 1].Start;
            if (first > lineStart && IsWordChar(text[first - 1]))
            {
                continue;
            }
            var same = true;
            for (var w = 0; w < phrase.Length && same; w++)
            {
                var (ws, we) = words[phrase.Length - 1 - w];
                same = text.AsSpan(ws, we - ws).Equals(phrase[w], StringComparison.OrdinalIgnoreCase);
            }
            if (same)
            {
                return (first, text[first..words[0].End].ToLowerInvariant());
            }
        }
        return (at, string.Empty);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool IsValid(int y, int m, int d) => m is >= 1 and <= 12 && d >= 1 && y is >= 1 and <= 9999 && d <= DateTime.DaysInMonth(y, m);

    private static int? MonthOf(string word) => s_months.TryGetValue(word.TrimEnd('.'), out var m) ? m : null;

    private static DayOfWeek? WeekdayOf(string word) => s_weekdays.TryGetValue(word.TrimEnd('.'), out var d) ? d : null;

    private static int? YearOf(Cap g) => g.Success && int.TryParse(g.Value, CultureInfo.InvariantCulture, out var y) ? y : null;

    private static int? CountOf(string word)
    {
        var w = string.Join(' ', word.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (int.TryParse(w, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }
        return s_numberWords.TryGetValue(w, out var v) ? v : null;
    }

    private static int RelMonth(Cap g) => !g.Success ? 0 : g.Value.ToLowerInvariant() switch { "next" => 1, "last" => -1, _ => 0 };

    private static int DayWordOf(string word)
    {
        var parts = word.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        var total = 0;
        foreach (var p in parts)
        {
            if (p is "twentieth")
            {
                total += 20;
            }
            else if (p is "thirtieth")
            {
                total += 30;
            }
            else if (s_numberWords.TryGetValue(p, out var v))
            {
                total += v;
            }
        }
        return total;
    }

    private static int? OrdinalDigits(string word) =>
        word.Length > 2 && int.TryParse(word.AsSpan(0, word.Length - 2), CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string Singular(string unit)
    {
        var u = unit.ToLowerInvariant();
        return u.EndsWith('s') ? u[..^1] : u;
    }

    // Three-letter weekday forms collide with words ("sat", "sun", "wed", "mon"): require a capital or a trailing dot.
    private static bool WeekdayWordOk(string word)
    {
        var w = word.TrimEnd('.');
        if (w.Length > 4)
        {
            return true;
        }
        return char.IsUpper(w[0]) || word.EndsWith('.') || w.Equals("tues", StringComparison.OrdinalIgnoreCase)
            || w.Equals("thurs", StringComparison.OrdinalIgnoreCase);
    }

    // "may" and "march" are common words; as a bare month they must be capitalised.
    private static bool MonthWordOk(string word, bool requireCapital)
    {
        var w = word.TrimEnd('.');
        if (!requireCapital)
        {
            return true;
        }
        return !(w.Equals("may", StringComparison.OrdinalIgnoreCase) || w.Equals("march", StringComparison.OrdinalIgnoreCase)
            || w.Equals("mar", StringComparison.OrdinalIgnoreCase) || w.Equals("dec", StringComparison.OrdinalIgnoreCase))
            || char.IsUpper(w[0]);
    }

    private static string? TimeOf(string raw)
    {
        var s = raw.ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
        var pm = s.Contains('p', StringComparison.Ordinal);
        var am = s.Contains('a', StringComparison.Ordinal) && s.Contains('m', StringComparison.Ordinal);
        var digits = new string([.. s.TakeWhile(c => char.IsDigit(c) || c is ':' or '.')]).TrimEnd('.');
        int h, min = 0, sec = -1;
        if (digits.Length == 4 && !digits.Contains(':', StringComparison.Ordinal) && !digits.Contains('.', StringComparison.Ordinal))
        {
            h = int.Parse(digits.AsSpan(0, 2), CultureInfo.InvariantCulture);
            min = int.Parse(digits.AsSpan(2, 2), CultureInfo.InvariantCulture);
        }
        else
        {
            var parts = digits.Split(':', '.');
            if (!int.TryParse(parts[0], CultureInfo.InvariantCulture, out h) || (parts.Length > 1 && !int.TryParse(parts[1], CultureInfo.InvariantCulture, out min))
                || (parts.Length > 2 && !int.TryParse(parts[2], CultureInfo.InvariantCulture, out sec)))
            {
                return null;
            }
        }
        if (pm && h < 12)
        {
            h += 12;
        }
        else if (am && !pm && h == 12)
        {
            h = 0;
        }
        if (h is < 0 or >= 24 || min is < 0 or >= 60 || sec >= 60)
        {
            return null;
        }
        return sec >= 0 ? string.Create(CultureInfo.InvariantCulture, $"{h:00}:{min:00}:{sec:00}") : string.Create(CultureInfo.InvariantCulture, $"{h:00}:{min:00}");
    }
}
