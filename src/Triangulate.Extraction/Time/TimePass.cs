using Triangulate.Execution;
using Triangulate.Extraction.Figures;

namespace Triangulate.Extraction.Time;

/// <summary>The time pass: date mentions for every document, inferred publication dates and claims' time scopes (the timeline pass then reads them).</summary>
/// <remarks>
/// Runs after the figures pass. Documents without a day-precise publication date get one inferred from the story
/// (see <see cref="PublicationDateInference"/> and docs/time.md); every mention then resolves against its document's date.
/// Dates in image captions and dates far from the story's main event are marked <see cref="DateMention.Background"/>.
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public sealed class TimePass : IDossierPass, ISectionProvider
{
    /// <summary>Days from the story's main event beyond which a date is background context.</summary>
    public const int BackgroundDays = 31;

    private readonly TemporalExtractor _extractor;

    /// <summary>Creates the pass.</summary>
    /// <param name="extractor">The extractor to use; <see cref="TemporalExtractor.Default"/> when null.</param>
    public TimePass(TemporalExtractor? extractor = null) => _extractor = extractor ?? TemporalExtractor.Default;

    /// <inheritdoc/>
    public string Name => "time";

    /// <inheritdoc/>
    public IReadOnlyList<string> Sections { get; } = ["dates"];

    /// <inheritdoc/>
    public Dossier Apply(Dossier dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        // The phrase rules ("last Tuesday", "4 May") are English: a document in another language keeps only its language-neutral
        // ISO dates (2021-05-04); its metadata publication date stays as it is.
        dossier = Languages.DocumentLanguages.Mark(dossier, cancellationToken);
        var docs = dossier.Documents;
        // Per document, in parallel, with a time budget: a pathological text is skipped with a warning.
        var (exprs, problems) = PerDocument.Map<IReadOnlyList<TemporalExpression>>(docs, Name,
            (doc, ct) => MarkRemovedCaptions(doc, Languages.DocumentLanguages.ReadsAsEnglish(doc) ? _extractor.Find(doc.Text, ct) : IsoDatesOnly(_extractor.Find(doc.Text, ct))), [], cancellationToken);
        var published = new PublishedDate?[docs.Count];
        for (var i = 0; i < docs.Count; i++)
        {
            published[i] = docs[i].Published;
        }
        // A page stamp or URL date far from the story is doubted, not used blindly: the article's own dates decide instead.
        var story = PublicationDateInference.Story(docs, published, exprs);
        var doubted = (PublishedDate?[])published.Clone();
        if (DoubtFarStamps(published, story.Focus, exprs))
        {
            story = PublicationDateInference.Story(docs, published, exprs);
        }
        for (var i = 0; i < docs.Count; i++)
        {
            if (published[i] is not null)
            {
                doubted[i] = null; // kept as it was: only the stamps DoubtFarStamps dropped are noted
            }
        }
        // Dates stated in the text (a date line, a dateline) come before any inference.
        for (var i = 0; i < docs.Count; i++)
        {
            if (published[i] is null or { Precision: DatePrecision.Month or DatePrecision.Year }
                && PublicationDateInference.StatedInText(docs[i], exprs[i], story.StoryReference) is { } stated)
            {
                published[i] = stated;
            }
        }
        story = PublicationDateInference.Story(docs, published, exprs);
        for (var i = 0; i < docs.Count; i++)
        {
            if (published[i] is null or { Precision: DatePrecision.Month or DatePrecision.Year } && PublicationDateInference.Infer(docs[i], published[i], exprs[i], story) is { } inferred)
            {
                published[i] = inferred;
            }
        }

        var doubtNotes = NoteDoubtedStamps(docs, doubted, published, story.Focus);

        var mentions = new List<DateMention>();
        var resolutions = new Dictionary<DateMention, TemporalResolution>(ReferenceEqualityComparer.Instance);
        var newDocs = new DossierDocument[docs.Count];
        for (var i = 0; i < docs.Count; i++)
        {
            var doc = docs[i];
            var reference = TemporalResolver.ReferenceFor(published[i]);
            newDocs[i] = ReferenceEquals(published[i], doc.Published) ? doc : doc with { Published = published[i] };
            if (DateRemovedStamps(doc.Removed, reference) is { } removed)
            {
                newDocs[i] = newDocs[i] with { Removed = removed };
            }
            if (reference is not null && published[i]!.How == DateBasis.Inferred)
            {
                reference = reference with { Description = $"inferred publication date {published[i]!.Date} ({published[i]!.Anchor})" };
            }
            else if (published[i] is { Precision: DatePrecision.Day } && PublicationDateInference.FiledReference(doc, exprs[i], reference) is { } filed)
            {
                reference = filed; // "PLACE, July 15:" on a page dated 16 July: "today" is the 15th
            }
            var docExprs = exprs[i];
            var inferred = published[i] is { How: DateBasis.Inferred };
            // A year-less date of an undated article reads against the story's main event when the reference lies far from it.
            TemporalReference? ReferenceOf(TemporalExpression x) => inferred && x.Kind == TemporalKind.Date && !x.Caption
                ? PublicationDateInference.YearlessReference(x, reference, story.Focus) : reference;
            var clockDays = HasBareTime(docExprs) ? ClockDays.Find(doc.Text, docExprs) : null;
            var days = new DateOnly?[docExprs.Count];
            for (var k = 0; k < docExprs.Count; k++)
            {
                var e = docExprs[k];
                var eReference = ReferenceOf(e);
                var r = TemporalResolver.Resolve(e, eReference, story.Focus);
                var m = TemporalResolver.ToMention(doc.Id, e, eReference, story.Focus);
                if (clockDays?[k] is { } ctx && DayOfBareTime(ctx, docExprs, reference, ReferenceOf, story.Focus) is { } day)
                {
                    // "at about 7.20pm" after "on Friday": the day of the time, with the time on it.
                    r = new TemporalResolution(TemporalResolver.Iso(day.Date), DatePrecision.Day, null) { From = day.Date, To = day.Date };
                    m = TemporalResolver.WithClock(m with { Value = r.Value, Precision = DatePrecision.Day, Reason = null, Anchor = day.Anchor }, e, day.Date);
                }
                if (ChainedDays.IsChained(e) && ChainedDays.Source(doc.Text, docExprs, k, days) is var j and >= 0 && days[j] is { } told)
                {
                    // "named on Thursday … a day later": the step counts from the day just told, not from the publication date.
                    (r, m) = OnDay(m, told.AddDays(e.Count),
                        $"the day of '{docExprs[j].Text}' told before it ({TemporalResolver.Iso(told)}), {(e.Count > 0 ? "one day on" : "one day back")}");
                }
                if (reference is not null && r.Precision == DatePrecision.Day && r.From is { } exact
                    && ApproximateAgo.EventDay(doc.Text, e, exact, reference.Date, story.Focus) is { } eventDay)
                {
                    // "the quake that struck almost a week ago": the event's day, which the rounded count only approximates.
                    (r, m) = OnDay(m, eventDay, $"story's main event date {TemporalResolver.Iso(eventDay)} ('{e.Text}' rounds the time since it)");
                }
                if (reference is not null && r.Precision == DatePrecision.Day && r.From is { } wday
                    && RisingCounts.LaterDay(doc.Text, e, wday, reference.Date, story.Focus) is { } later)
                {
                    // "the toll rose to 1,870 on Wednesday" in a page updated after its date: a toll rises after its event, never before.
                    (r, m) = OnDay(m, later,
                        $"{m.Anchor}; the {e.Weekday} after it, as a count rising on the {e.Weekday} before would precede the story's main event date {TemporalResolver.Iso(story.Focus!.Value)}");
                }
                days[k] = r.Precision == DatePrecision.Day && r.From is { } oneDay && (r.To is null || r.To == oneDay) ? oneDay : null;
                if (!m.Background && story.Focus is { } f && r.From is { } from && e.Kind is not TemporalKind.Duration and not TemporalKind.TimeOfDay
                    && Math.Abs(from.DayNumber - f.DayNumber) > BackgroundDays && (r.To is not { } to || Math.Abs(to.DayNumber - f.DayNumber) > BackgroundDays))
                {
                    m = m with { Background = true };
                }
                if (e.Caption)
                {
                    m = m with { Caption = true };
                }
                mentions.Add(m);
                resolutions[m] = r;
            }
        }

        var claims = ResolveClaims(dossier.Claims, newDocs, mentions, resolutions);
        return dossier with
        {
            Documents = newDocs,
            Dates = mentions,
            Claims = claims,
            Problems = problems.Count == 0 && doubtNotes.Count == 0 ? dossier.Problems : [.. dossier.Problems, .. problems, .. doubtNotes],
        };
    }

    /// <summary>Longest removed block read as a page stamp: a stamp line is short ("Monday, July 8, 5:40 p.m.", "9:00 a.m. April 28").</summary>
    internal const int StampLineLength = 160;

    /// <summary>Dates the page stamps the cleaner set aside without reading their date because the line gives no year
    /// ("Sunday, July 7, 3:15 p.m." in a live blog, "4:35 p.m. April 27"): the removed block's <see cref="RemovedBlock.Date"/> is
    /// the day the line names, its year taken from the document's publication date. The block stays removed (the cleaned text and
    /// every offset are unchanged); only its <c>date</c> is filled, so removing the stamp never loses the day it carried.
    /// Only a calendar date counts (a month and a day number): a weekday or "yesterday" alone is no stamp. Returns null when
    /// nothing changes.</summary>
    internal IReadOnlyList<RemovedBlock>? DateRemovedStamps(IReadOnlyList<RemovedBlock> removed, TemporalReference? reference)
    {
        if (reference is null || removed.Count == 0)
        {
            return null;
        }
        RemovedBlock[]? result = null;
        for (var i = 0; i < removed.Count; i++)
        {
            var block = removed[i];
            if (block.Date is not null || block.Text.Length > StampLineLength || block.Kind is "caption" or "repeated_block" or "repeated_line" or "markup"
                || !block.Text.AsSpan().ContainsAnyInRange('0', '9'))
            {
                continue;
            }
            foreach (var e in _extractor.Find(block.Text))
            {
                if (e.Kind == TemporalKind.Date && e.Month is not null && e.Day is not null
                    && TemporalResolver.Resolve(e, reference, null) is { Precision: DatePrecision.Day, From: { } day })
                {
                    result ??= [.. removed];
                    result[i] = block with { Date = TemporalResolver.Iso(day) };
                    break;
                }
            }
        }
        return result;
    }

    private static bool HasBareTime(IReadOnlyList<TemporalExpression> exprs)
    {
        foreach (var e in exprs)
        {
            if (e.Kind is TemporalKind.TimeOfDay or TemporalKind.PartOfDay)
            {
                return true;
            }
        }
        return false;
    }

    // The day a bare time takes from its context (ClockDays), and what the mention's anchor says about it.
    private static (DateOnly Date, string Anchor)? DayOfBareTime(ClockDays.Context ctx, IReadOnlyList<TemporalExpression> exprs, TemporalReference? reference,
        Func<TemporalExpression, TemporalReference?> referenceOf, DateOnly? focus)
    {
        if (ctx.Index == -2)
        {
            return focus is { } ev ? (ev, $"story's main event date {TemporalResolver.Iso(ev)} (a time in a sentence about the event)") : null;
        }
        if (ctx.Index < 0)
        {
            return reference is { } asOf ? (asOf.Date, asOf.Description) : null;
        }
        var source = exprs[ctx.Index];
        var r = TemporalResolver.Resolve(source, referenceOf(source), focus);
        if (r.Precision != DatePrecision.Day || r.From is not { } d)
        {
            return null;
        }
        var date = ctx.NextDay ? d.AddDays(1) : d;
        var after = ctx.NextDay ? "the day after " : "the day of ";
        return (date, $"{after}'{source.Text}' in the {ctx.Where}");
    }

    /// <summary>Marks the page stamps and URL dates that <see cref="DoubtFarStamps"/> set aside: the date the article got instead
    /// says which stamp was doubted and why (<c>source</c>), and an article left undated gets a warning naming the stamp, so a
    /// stamp in the future of the story or decades away from it is visible, not silently lost.</summary>
    internal static List<Problem> NoteDoubtedStamps(IReadOnlyList<DossierDocument> docs, PublishedDate?[] doubted, PublishedDate?[] published, DateOnly? focus)
    {
        var notes = new List<Problem>();
        for (var i = 0; i < docs.Count; i++)
        {
            if (doubted[i] is not { } stamp || focus is not { } f || TemporalResolver.ReferenceFor(stamp) is not { } r)
            {
                continue;
            }
            var days = r.Date.DayNumber - f.DayNumber;
            var why = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{Math.Abs(days)} days {(days > 0 ? "after" : "before")} the story's main event {TemporalResolver.Iso(f)}");
            var what = stamp.How == DateBasis.Url ? "URL date" : stamp.Confidence < 1 ? "update stamp" : "page stamp";
            if (published[i] is { } now)
            {
                published[i] = now with { Source = $"{now.Source}; the page's {what} {stamp.Date} was doubted ({why})" };
            }
            else
            {
                notes.Add(new Problem(docs[i].File, $"{what} {stamp.Date} doubted ({why}) and nothing else dates the article: left undated", new ProblemStage("time"), ProblemSeverity.Warning));
            }
        }
        return notes;
    }

    /// <summary>Days from the story's main event beyond which a page stamp or URL date is doubted: more than a year away (a scrape
    /// date, a page re-dated long after; an anniversary piece years on is then dated from its own words).</summary>
    internal const int FarStampDays = 365;

    /// <summary>Days from the story's main event beyond which an "Updated …" stamp (confidence below 1) is doubted: news pages are
    /// updated within days of their first publication, an update weeks on says little about it.</summary>
    internal const int FarUpdateStampDays = 14;

    /// <summary>Drops the page-stamp and URL publication dates (how <c>stated</c> or <c>url</c>, day precision) that lie far from the
    /// story's main event, so that inference dates those articles from their own words. Metadata dates are kept as they are.
    /// Returns whether any was dropped.</summary>
    internal static bool DoubtFarStamps(PublishedDate?[] published, DateOnly? focus, IReadOnlyList<IReadOnlyList<TemporalExpression>>? exprs = null)
    {
        if (focus is not { } f)
        {
            return false;
        }
        var dropped = false;
        for (var i = 0; i < published.Length; i++)
        {
            if (published[i] is { How: DateBasis.Stated or DateBasis.Url, Precision: DatePrecision.Day } p && TemporalResolver.ReferenceFor(p) is { } r
                && (Math.Abs(r.Date.DayNumber - f.DayNumber) > (p.Confidence < 1 ? FarUpdateStampDays : FarStampDays)
                    || (exprs is not null && i < exprs.Count && Math.Abs(r.Date.DayNumber - f.DayNumber) > BackgroundDays && NamesTheEventByAWeekday(exprs[i])))
                && !(exprs is not null && i < exprs.Count && CountsToTheStamp(exprs[i], f, r.Date)))
            {
                published[i] = null;
                dropped = true;
            }
        }
        return dropped;
    }

    /// <summary>Days after a day the article counts from the event ("the third anniversary of the collapse") within which a far
    /// stamp agrees with the article's own words.</summary>
    internal const int StampAfterCountDays = 3;

    /// <summary>Whether the article itself counts from the main event to a day at most <see cref="StampAfterCountDays"/> before the
    /// stamp ("the third anniversary of the collapse", "11 weeks after the crash", "a year after the fire"): an anniversary or
    /// follow-up piece whose stamp its words confirm is dated by the stamp, not doubted as a scrape date years away.</summary>
    private static bool CountsToTheStamp(IReadOnlyList<TemporalExpression> exprs, DateOnly focus, DateOnly stamp)
    {
        foreach (var e in exprs)
        {
            if (e.Kind == TemporalKind.EventOffset && e.Unit != "month" && !e.Caption
                && TemporalResolver.Resolve(e, null, focus).From is { } d && d <= stamp && stamp.DayNumber - d.DayNumber <= StampAfterCountDays)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A mention re-dated to one day by a rule of the pass, with the anchor that says why.</summary>
    private static (TemporalResolution Resolution, DateMention Mention) OnDay(DateMention m, DateOnly day, string anchor)
    {
        var r = new TemporalResolution(TemporalResolver.Iso(day), DatePrecision.Day, null) { From = day, To = day };
        return (r, m with { Value = r.Value, Precision = DatePrecision.Day, Reason = null, Anchor = anchor });
    }

    /// <summary>Whether the article names an event by a possessive weekday or week ("Thursday's attack", "last week's fire"), a phrase
    /// news uses only in the days after that event.</summary>
    internal static bool NamesTheEventByAWeekday(IReadOnlyList<TemporalExpression> exprs)
    {
        foreach (var e in exprs)
        {
            if (e.Modifier == "event" && !e.Caption && e.Kind is TemporalKind.Weekday or TemporalKind.RelativePeriod)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The expressions of a document not read with English rules: only ISO dates ("2021-05-04", "2021-05-04T10:30"), whose
    /// reading does not depend on the language around them.</summary>
    internal static IReadOnlyList<TemporalExpression> IsoDatesOnly(IReadOnlyList<TemporalExpression> exprs)
    {
        var kept = new List<TemporalExpression>();
        foreach (var e in exprs)
        {
            if (IsIsoDate(e.Text))
            {
                kept.Add(e);
            }
        }
        return kept;
    }

    private static bool IsIsoDate(string text)
    {
        if (text.Length < 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!(char.IsAsciiDigit(c) || c is '-' or ':' or '.' or '+' || (i >= 10 && c is 'T' or 'Z')))
            {
                return false;
            }
        }
        return char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[3]) && char.IsAsciiDigit(text[5]) && char.IsAsciiDigit(text[9]);
    }

    // The cleaner removes caption credits such as "(Image: X)"; a line that lost one is still a caption.
    private static IReadOnlyList<TemporalExpression> MarkRemovedCaptions(DossierDocument doc, IReadOnlyList<TemporalExpression> exprs)
    {
        List<int>? captionStarts = null;
        foreach (var block in doc.Removed)
        {
            if (TemporalExtractor.IsCaptionLine(block.Text))
            {
                (captionStarts ??= []).Add(block.Start);
            }
        }
        if (captionStarts is null || exprs.Count == 0)
        {
            return exprs;
        }
        var result = new List<TemporalExpression>(exprs.Count);
        foreach (var e in exprs)
        {
            var lineEnd = doc.Text.IndexOf('\n', e.End);
            var from = doc.ToOriginal(Math.Max(e.Start, e.End - 1));
            var to = lineEnd < 0 ? int.MaxValue : doc.ToOriginal(lineEnd);
            var caption = e.Caption || captionStarts.Exists(s => s >= from && s <= to);
            result.Add(caption == e.Caption ? e : e with { Caption = true });
        }
        return result;
    }

    private List<FigureClaim> ResolveClaims(IReadOnlyList<FigureClaim> claims, DossierDocument[] docs,
        List<DateMention> mentions, Dictionary<DateMention, TemporalResolution> resolutions)
    {
        var result = new List<FigureClaim>(claims.Count);
        // Index once: claims look only at their own document's mentions.
        var mentionsByDoc = mentions.GroupBy(m => m.Doc, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var docsById = new Dictionary<string, DossierDocument>(StringComparer.Ordinal);
        foreach (var d in docs)
        {
            docsById.TryAdd(d.Id, d);
        }
        foreach (var c in claims)
        {
            if (c.TimeScope is null && c.DayStated is null)
            {
                result.Add(c);
                continue;
            }
            result.Add(c with
            {
                TimeScope = c.TimeScope is { } scope ? Resolved(c.Doc, scope) : null,
                DayStated = c.DayStated is { } day ? Resolved(c.Doc, day) : null,
            });
        }
        return result;

        // The interval the time words resolve to: the date mention they overlap, else the words read alone against the
        // document's reference day; the words unchanged when neither resolves.
        TimeScope Resolved(string docId, TimeScope scope)
        {
            TemporalResolution? best = null;
            foreach (var m in mentionsByDoc.GetValueOrDefault(docId) ?? [])
            {
                if (m.Start < scope.End && scope.Start < m.End && resolutions[m] is { Value: not null } r
                    && r.Precision is not DatePrecision.Time and not DatePrecision.Duration)
                {
                    best = r;
                    break;
                }
            }
            if (best is null)
            {
                var reference = TemporalResolver.ReferenceFor(docsById.GetValueOrDefault(docId)?.Published);
                foreach (var e in _extractor.Find(scope.Text))
                {
                    var r = TemporalResolver.Resolve(e, reference, null);
                    if (r.Value is not null && r.Precision is not DatePrecision.Time and not DatePrecision.Duration)
                    {
                        best = r;
                        break;
                    }
                }
            }
            return best is null ? scope : scope with { From = best.From is { } f ? TemporalResolver.Iso(f) : null, To = best.To is { } t ? TemporalResolver.Iso(t) : null };
        }
    }
}
