using System.Globalization;
using System.Text.RegularExpressions;

namespace Triangulate.Extraction.Time;

/// <summary>Finds publication dates for documents that have none (or only a month), from the text and from the other articles of the story.</summary>
/// <remarks>
/// Steps (docs/time.md): (1) a date line near the top ("February 17, 2023" alone on a line) or a dateline ("GENEVA, Nov 27 —")
/// is a stated date; (2) the story's evidence days are the days that dated articles resolve to, plus dates written with a year;
/// the most reported day is the story's main event (its focus); (3) an undated article's publication day is the earliest day,
/// from the focus to the story's last known day, at which its weekdays fall on evidence days (and never before a date it reports).
/// The result is recorded as <c>how: inferred</c> with the anchor and a confidence; with no usable anchor the article gets the
/// story's interval and a low confidence. No clock is read: every date comes from the documents.
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
internal static partial class PublicationDateInference
{
    // A dateline opens a line: "GENEVA, Nov 27 —" or "ISTANBUL (Reuters), March 4 -". 200 ms covers any line start.
    [GeneratedRegex(@"^\s*[A-Z][A-Za-z .'’-]{1,30}(?:\s*\([^)\n]{1,30}\))?\s*,\s*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex DatelinePlace();

    /// <summary>The story-level facts that inference and resolution share.</summary>
    internal sealed record StoryTime(DateOnly? Focus, DateOnly? Latest, IReadOnlyDictionary<DateOnly, string> Evidence, TemporalReference? StoryReference)
    {
        /// <summary>The most reported day of the story: publication inference starts there (<see cref="Focus"/>, the main event, may lie a few days before it).</summary>
        public DateOnly? MostReported { get; init; }
    }

    /// <summary>A date stated in the text itself, when the document's metadata gave none: a date line near the top or a dateline.</summary>
    internal static PublishedDate? StatedInText(DossierDocument doc, IReadOnlyList<TemporalExpression> exprs, TemporalReference? storyReference)
    {
        var text = doc.Text;
        var limit = Math.Min(text.Length, 800);
        foreach (var e in exprs)
        {
            if (e.Start >= limit)
            {
                break;
            }
            if (e.Kind != TemporalKind.Date || e.Caption)
            {
                continue;
            }
            var lineStart = e.Start == 0 ? 0 : text.LastIndexOf('\n', e.Start - 1) + 1;
            var lineEnd = text.IndexOf('\n', e.End);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var before = text.AsSpan(lineStart, e.Start - lineStart);
            var after = text.AsSpan(e.End, lineEnd - e.End);
            if (e.Year is not null && before.Trim().IsEmpty && after.Trim().IsEmpty)
            {
                var r = TemporalResolver.Resolve(e, null, null);
                if (r.Value is not null && r.Precision == DatePrecision.Day)
                {
                    return new PublishedDate(r.Value, DatePrecision.Day, DateBasis.Stated) { Source = $"date line near the top: \"{e.Text.Trim()}\"" };
                }
            }
            var afterTrim = after.TrimStart();
            if (DatelinePlace().IsMatch(before.ToString()) && afterTrim.Length > 0 && afterTrim[0] is '—' or '–' or '-' or ':')
            {
                var r = TemporalResolver.Resolve(e, storyReference, null);
                if (r.Value is not null && r.Precision == DatePrecision.Day)
                {
                    var note = e.Year is null && storyReference is not null ? $"; year from the story ({storyReference.Description})" : string.Empty;
                    return new PublishedDate(r.Value, DatePrecision.Day, DateBasis.Stated) { Source = $"dateline \"{text[lineStart..e.End].Trim()}\"{note}", Confidence = e.Year is null ? 0.8 : 1.0 };
                }
            }
        }
        return null;
    }

    /// <summary>Days a dateline's date may precede the publication date and still be the day the story was filed (a print edition
    /// or a paper in a later time zone dates the page the next morning).</summary>
    internal const int FiledLeadDays = 2;

    /// <summary>The day the story was filed, when its dateline states one before the publication date: "PLACE, July 15:" in a page
    /// published on 16 July. Relative words ("today", "yesterday", "this morning") count from the day the reporter wrote them, so
    /// the document's expressions resolve against that day. Returns null when there is no dated dateline near the top, or its date
    /// is the publication day, after it, or more than <see cref="FiledLeadDays"/> days before it.</summary>
    internal static TemporalReference? FiledReference(DossierDocument doc, IReadOnlyList<TemporalExpression> exprs, TemporalReference? published)
    {
        if (published is null)
        {
            return null;
        }
        var text = doc.Text;
        var limit = Math.Min(text.Length, 800);
        foreach (var e in exprs)
        {
            if (e.Start >= limit)
            {
                break;
            }
            if (e.Kind != TemporalKind.Date || e.Caption || e.Day is null)
            {
                continue;
            }
            var lineStart = e.Start == 0 ? 0 : text.LastIndexOf('\n', e.Start - 1) + 1;
            var lineEnd = text.IndexOf('\n', e.End);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var afterTrim = text.AsSpan(e.End, lineEnd - e.End).TrimStart();
            if (!DatelinePlace().IsMatch(text[lineStart..e.Start]) || afterTrim.Length == 0 || afterTrim[0] is not ('—' or '–' or '-' or ':'))
            {
                continue;
            }
            if (TemporalResolver.Resolve(e, published, null) is { Precision: DatePrecision.Day, From: { } d }
                && d < published.Date && d.DayNumber >= published.Date.DayNumber - FiledLeadDays)
            {
                return new TemporalReference(d, $"dateline date {Iso(d)} (\"{text[lineStart..e.End].Trim()}\"), the day the story was filed; published {Iso(published.Date)}");
            }
            return null;
        }
        return null;
    }

    /// <summary>Collects the story's evidence days and its main event date.</summary>
    internal static StoryTime Story(IReadOnlyList<DossierDocument> docs, IReadOnlyList<PublishedDate?> published, IReadOnlyList<IReadOnlyList<TemporalExpression>> exprs)
    {
        DateOnly? latest = null;
        TemporalReference? storyRef = null;
        for (var i = 0; i < docs.Count; i++)
        {
            if (TemporalResolver.ReferenceFor(published[i]) is { } r && published[i]!.Precision == DatePrecision.Day && (latest is null || r.Date > latest))
            {
                latest = r.Date;
                storyRef = new TemporalReference(r.Date, $"latest dated article of the story ({docs[i].File}, {Iso(r.Date)})");
            }
        }
        if (storyRef is null)
        {
            // No dated article: the latest date written with a year stands in as the story's reference.
            foreach (var list in exprs)
            {
                foreach (var e in list)
                {
                    if (e.Kind == TemporalKind.Date && e.Year is not null && !e.Caption && TemporalResolver.Resolve(e, null, null).From is { } d
                        && (latest is null || d > latest))
                    {
                        latest = d;
                    }
                }
            }
            if (latest is { } l)
            {
                storyRef = new TemporalReference(l, $"latest full date written in the story ({Iso(l)})");
            }
        }
        var counts = new Dictionary<DateOnly, int>();
        var evidence = new Dictionary<DateOnly, string>();
        for (var i = 0; i < docs.Count; i++)
        {
            var reference = published[i] is { Precision: DatePrecision.Day } ? TemporalResolver.ReferenceFor(published[i]) : null;
            foreach (var e in exprs[i])
            {
                if (e.Caption || e.Modifier == "week-to")
                {
                    continue; // a week's tally ("the week to May 4") reports no day of the story
                }
                TemporalReference? r;
                if (e.Kind is TemporalKind.Date or TemporalKind.DateRange)
                {
                    r = e.Year is not null ? null : reference ?? storyRef;
                }
                else if (e.Kind is TemporalKind.Weekday or TemporalKind.WeekdayRange or TemporalKind.RelativeDay && reference is not null)
                {
                    r = reference;
                }
                else
                {
                    continue;
                }
                if (TemporalResolver.Resolve(e, r, null).From is not { } d)
                {
                    continue;
                }
                // "Thursday (March 6)" and "Tuesday's explosion" name their day outright: they weigh double.
                var weight = (e.Kind == TemporalKind.Date && e.Weekday is not null) || NamesTheEventDay(e) ? 2 : 1;
                counts[d] = counts.GetValueOrDefault(d) + weight;
                if (!evidence.ContainsKey(d) || weight == 2)
                {
                    var how = reference is not null && e.Year is null ? $", published {Iso(reference.Date)}" : string.Empty;
                    evidence[d] = $"'{e.Text.Trim()}' in {docs[i].File}{how}";
                }
                if (latest is null || (d > latest && reference is not null && d <= reference.Date))
                {
                    latest = d;
                }
            }
        }
        DateOnly? focus = null;
        var best = 0;
        foreach (var (d, c) in counts)
        {
            if (c > best || (c == best && d < focus))
            {
                best = c;
                focus = d;
            }
        }
        // The event comes before its aftermath: the days after it (rescue, toll, funerals, "said on Wednesday") are often reported
        // more than the day itself. The main event is the earliest day reported at least half as often as the most reported day,
        // up to three days before it; publication inference still starts at the most reported day.
        var mostReported = focus;
        if (focus is { } top)
        {
            foreach (var (d, c) in counts)
            {
                if (d < focus && d >= top.AddDays(-EventLeadDays) && c * 2 >= best)
                {
                    focus = d;
                }
            }
        }
        return new StoryTime(focus, latest, evidence, storyRef) { MostReported = mostReported };
    }

    /// <summary>Infers a publication date for a document without a day-precise one.</summary>
    /// <param name="doc">The document.</param>
    /// <param name="current">Its month- or year-precise date, if any (the inferred day must fall inside it).</param>
    /// <param name="exprs">Its expressions.</param>
    /// <param name="story">The story's evidence.</param>
    /// <returns>The inferred date, or null when the story has no dates at all.</returns>
    internal static PublishedDate? Infer(DossierDocument doc, PublishedDate? current, IReadOnlyList<TemporalExpression> exprs, StoryTime story)
    {
        if ((story.MostReported ?? story.Focus) is not { } focus)
        {
            return null;
        }
        var lo = focus;
        var hi = story.Latest is { } l && l > focus ? l : focus.AddDays(6);
        if (current is { Precision: DatePrecision.Month } && current.Date.Length == 7
            && DateOnly.TryParseExact(current.Date + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var monthStart))
        {
            var monthEnd = monthStart.AddMonths(1).AddDays(-1);
            lo = monthStart > lo ? monthStart : lo;
            hi = monthEnd < hi ? monthEnd : hi;
            hi = hi < lo ? lo : hi;
        }
        // Dates the article reports regardless of its own date: it cannot predate the latest of them that lies in the story's past.
        DateOnly? floor = null;
        var storyRef = story.StoryReference;
        var weekdays = new List<TemporalExpression>();
        foreach (var e in exprs)
        {
            if (e.Kind is TemporalKind.Weekday or TemporalKind.WeekdayRange)
            {
                weekdays.Add(e);
                continue;
            }
            DateOnly? d = e.Kind switch
            {
                TemporalKind.Date when !e.Caption => TemporalResolver.Resolve(e, storyRef, null).From,
                // "two months after the crash" names a month, not the day the article was written on: no floor.
                TemporalKind.EventOffset when e.Unit != "month" => TemporalResolver.Resolve(e, null, story.Focus).From,
                _ => null,
            };
            // A day counted from the event ("11 weeks after the disaster", "the third anniversary of the collapse") bounds the article
            // even beyond the story's last known day: a piece written weeks or years on is dated from it, not among the first reports.
            if (d is { } dd && (dd <= hi || e.Kind == TemporalKind.EventOffset) && (floor is null || dd > floor))
            {
                floor = dd;
            }
        }
        var bestScore = int.MinValue;
        var scores = new List<(DateOnly P, int Score)>();
        for (var p = lo; p <= hi; p = p.AddDays(1))
        {
            var score = 0;
            foreach (var w in weekdays)
            {
                var r = TemporalResolver.Resolve(w, new TemporalReference(p, string.Empty), null);
                if (r.From is { } d)
                {
                    if (story.Evidence.ContainsKey(d))
                    {
                        score += 2;
                    }
                    else if (d < focus)
                    {
                        score -= 1;
                    }
                }
                if (r.To is { } t && t != r.From && story.Evidence.ContainsKey(t))
                {
                    score += 1;
                }
            }
            scores.Add((p, score));
            if ((floor is null || p >= floor) && score > bestScore)
            {
                bestScore = score;
            }
        }
        DateOnly? first = null;
        DateOnly? last = null;
        foreach (var (p, s) in scores)
        {
            if (s == bestScore && (floor is null || p >= floor))
            {
                if (first is null)
                {
                    first = p;
                    last = p;
                }
                else if (last == p.AddDays(-1))
                {
                    last = p;
                }
            }
        }
        if (first is null)
        {
            if (floor is { } f)
            {
                return new PublishedDate(Iso(f), DatePrecision.Day, DateBasis.Inferred)
                {
                    Source = "the latest date the article reports", Anchor = $"reported date {Iso(f)}", Confidence = 0.4,
                };
            }
            return new PublishedDate(Iso(lo) + "/" + Iso(hi), DatePrecision.Interval, DateBasis.Inferred)
            {
                Source = "no usable anchor: the story's interval", Anchor = $"story's dates {Iso(lo)}..{Iso(hi)}", Confidence = 0.15,
            };
        }
        var anchors = new List<string>();
        foreach (var w in weekdays)
        {
            if (TemporalResolver.Resolve(w, new TemporalReference(first.Value, string.Empty), null).From is { } d
                && story.Evidence.TryGetValue(d, out var src) && !anchors.Contains($"{w.Weekday} = {Iso(d)} ({src})"))
            {
                anchors.Add($"{w.Weekday} = {Iso(d)} ({src})");
            }
        }
        var weekdayAnchored = anchors.Count > 0;
        if (!weekdayAnchored && floor is not null)
        {
            anchors.Add($"reported date {Iso(floor.Value)}");
        }
        var value = first == last ? Iso(first.Value) : Iso(first.Value) + "/" + Iso(last!.Value);
        return new PublishedDate(value, first == last ? DatePrecision.Day : DatePrecision.Interval, DateBasis.Inferred)
        {
            Source = weekdayAnchored
                ? "weekdays resolved against anchors in other articles of the story; earliest consistent day"
                : floor is not null ? "the latest date the article reports" : "no usable anchor: the story's interval",
            Anchor = anchors.Count > 0 ? string.Join("; ", anchors) : $"story's main event {Iso(focus)}",
            Confidence = weekdayAnchored ? 0.7 : floor is not null ? 0.4 : 0.15,
        };
    }

    /// <summary>Whether a weekday names the story's event by its day: a possessive weekday followed by an event noun ("Tuesday's
    /// explosion", "Friday's attack"), which news writes only of the event itself.</summary>
    internal static bool NamesTheEventDay(TemporalExpression e) => e.Kind == TemporalKind.Weekday && e.Modifier == "event" && !e.Caption;

    /// <summary>The reference a year-less date ("on 11 July") of an undated article reads against: the story's main event when
    /// <paramref name="articleRef"/> (the reference the article's other expressions read against: the publication date the pass
    /// inferred for it) lies more than <see cref="TimePass.BackgroundDays"/> from it (a pile holding an anniversary piece years
    /// on), else <paramref name="articleRef"/>. An undated article is far likelier to sit near the event most of the pile reports
    /// than near a far date inferred for it.</summary>
    internal static TemporalReference? YearlessReference(TemporalExpression e, TemporalReference? articleRef, DateOnly? focus)
    {
        if (e.Year is not null || e.YearOffset is not null || e.Month is null || e.Day is null || focus is not { } f
            || articleRef is null || Math.Abs(articleRef.Date.DayNumber - f.DayNumber) <= TimePass.BackgroundDays)
        {
            return articleRef;
        }
        return new TemporalReference(f, $"story's main event date {Iso(f)} (the article is undated and its reference {Iso(articleRef.Date)} lies far from it)");
    }

    /// <summary>Days before the most reported day within which an earlier, well-reported day is taken as the main event.</summary>
    internal const int EventLeadDays = 3;

    private static string Iso(DateOnly d) => TemporalResolver.Iso(d);
}
