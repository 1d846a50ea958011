using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Triangulate.Extraction.Figures;
using Triangulate.Linking.Reuse;

namespace Triangulate.Linking.Reconciliation;

/// <summary>Builds figure series (claims that count the same thing, in time order, with update/conflict labels), their low / best / high, and the consistency flags.</summary>
/// <remarks>
/// Decision rules are documented in docs/reconciliation.md. Uses the claims' groups, attributions (or entity ids),
/// time scopes and the documents' publication dates, and the reuse links (unattributed claims of reused texts are one
/// origin). Never throws on odd claims: claims without a value stay out of series; unknown dates fall back to
/// document order.
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static partial class Reconciler
{
    /// <summary>Reconciles the claims of <paramref name="dossier"/>.</summary>
    /// <returns>The series (ordered by measure, then group) and the flags.</returns>
    public static (IReadOnlyList<FigureSeries> Series, IReadOnlyList<ConsistencyFlag> Flags) Reconcile(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return Reconcile(dossier, EntityNames(dossier));
    }

    /// <summary>Entity id → canonical name (the first entity of an id wins).</summary>
    internal static Dictionary<string, string> EntityNames(Dossier dossier)
    {
        var names = new Dictionary<string, string>(dossier.Entities.Count, StringComparer.Ordinal);
        foreach (var e in dossier.Entities)
        {
            names.TryAdd(e.Id, e.Canonical);
        }
        return names;
    }

    // Reconciles one story with entity names computed once for the whole dossier (the per-cluster path).
    internal static (IReadOnlyList<FigureSeries> Series, IReadOnlyList<ConsistencyFlag> Flags) Reconcile(Dossier dossier, IReadOnlyDictionary<string, string> entityNames)
    {
        // The reuse pass stores the origin groups; a dossier built without it (or read from an older file) groups here, the same way.
        var groups = dossier.OriginGroups.Count > 0 || dossier.Reuse.Count == 0 ? dossier.OriginGroups : OriginGrouping.Of(dossier.Documents, dossier.Reuse);
        var origins = new OriginResolver(dossier.Claims, dossier.Documents, groups, entityNames);
        var facts = Facts(dossier, origins);
        var series = BuildSeries(dossier, facts, origins, out var members);
        var flags = new ConsistencyChecker(dossier, facts, origins).Check(series, members);
        return (series, flags);
    }

    internal static List<ClaimFacts> Facts(Dossier dossier, OriginResolver origins)
    {
        var docIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < dossier.Documents.Count; i++)
        {
            docIndex.TryAdd(dossier.Documents[i].Id, i);
        }
        var facts = new List<ClaimFacts>(dossier.Claims.Count);
        var years = new Dictionary<int, int>();
        // Figures of each measure per sentence: a sentence that states two of one measure relates them itself.
        var perSentence = new Dictionary<(string, string, int), int>();
        foreach (var c in dossier.Claims)
        {
            if (c.Value is not null && c.SentenceEnd > c.SentenceStart)
            {
                var key = (c.Doc, c.Measure, c.SentenceStart);
                perSentence[key] = perSentence.GetValueOrDefault(key) + 1;
            }
        }
        foreach (var c in dossier.Claims)
        {
            if (c.EventScope == FigureClaim.Background || c.Increment)
            {
                continue; // figures about something else than the event, and additions to a count ("three more bodies"), stay out of its series, estimates and flags
            }
            var doc = docIndex.TryGetValue(c.Doc, out var at) ? dossier.Documents[at] : null;
            var (asOf, how) = ClaimDates.AsOf(c, doc);
            var group = GroupMatcher.KeyOf(c.Who);
            var sentence = doc?.Text is { } text ? ClaimFacts.SentenceOf(c, text) : (Text: string.Empty, FigureAt: 0);
            if (!c.Cumulative && ClaimFacts.IsWindowScope(c.TimeScope?.Text))
            {
                continue; // the deaths of the last day or hours ("nine died in the past 24 hours") are an addition to the toll, like an increment
            }
            facts.Add(new ClaimFacts(c, docIndex.GetValueOrDefault(c.Doc, int.MaxValue), group, origins.KeyOf(c), asOf, how,
                GroupMatcher.PlaceWords(c.PlaceScope))
            {
                Subset = group == GroupMatcher.All && ClaimFacts.IsPartitive(c.Span),
                UnderCare = c.Measure == Measures.Injured && ClaimFacts.StillUnderCare(sentence.Text, sentence.FigureAt),
                EarlierYear = ClaimFacts.YearBefore(sentence.Text, sentence.FigureAt),
                LatestPossibleDay = how == ClaimDates.EarliestPublicationDay ? ClaimDates.ParseDay(doc?.Published?.Date, end: true) : null,
                Recalled = sentence.Text.Length > 0 && c.SentenceEnd > c.SentenceStart && (perSentence.GetValueOrDefault((c.Doc, c.Measure, c.SentenceStart)) == 1
                    && ClaimFacts.RecallsEarlier(sentence.Text) || ClaimFacts.RiseStartsAt(sentence.Text, sentence.FigureAt)),
                Denied = sentence.Text.Length > 0 && ClaimFacts.DeniesFigure(sentence.Text, sentence.FigureAt),
            });
            if (asOf is { } day)
            {
                years[day.Year] = years.GetValueOrDefault(day.Year) + 1;
            }
        }
        // A figure whose sentence first dates it to an earlier year than the story's ("In 2003 a fire at another club killed 100")
        // is about something else: background, out of the series, estimates and flags.
        if (years.Count > 0)
        {
            var storyYear = years.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;
            facts.RemoveAll(f => f.EarlierYear < storyYear);
        }
        // A "total" equal to a group's figure in the same article is that group's figure restated
        // ("973 Alawite civilians … The total number of civilians killed is 973"), not a second count.
        // Indexed by (document, measure, value): the first group figure of each, as a scan in claim order would find it.
        var groupFigure = new Dictionary<(string, string, long), ClaimFacts>();
        foreach (var o in facts)
        {
            if (o.Group != GroupMatcher.All && o.Claim.Value is { } v)
            {
                groupFigure.TryAdd((o.Claim.Doc, o.Claim.Measure, v), o);
            }
        }
        for (var i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            if (f.Group == GroupMatcher.All && f.Claim.Value is { } v && groupFigure.TryGetValue((f.Claim.Doc, f.Claim.Measure, v), out var same))
            {
                facts[i] = f with { Group = same.Group };
            }
        }
        return facts;
    }

    private static List<FigureSeries> BuildSeries(Dossier dossier, List<ClaimFacts> facts, OriginResolver origins, out List<List<ClaimFacts>> members)
    {
        var result = new List<(FigureSeries Series, List<ClaimFacts> Members)>();
        foreach (var byMeasure in facts.Where(f => f.Claim.Value is not null).GroupBy(f => f.Claim.Measure, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var groups = MergeGroups(byMeasure.Select(f => f.Group).Distinct(StringComparer.Ordinal).ToList());
            foreach (var (label, keys) in groups)
            {
                var inGroup = byMeasure.Where(f => keys.Contains(f.Group)).ToList();
                // A figure restated inside one article by the same origin ("973 … The total number of civilians killed is 973") is one point.
                inGroup = inGroup.GroupBy(f => (f.Claim.Doc, f.Value, f.Origin)).Select(g => g.OrderBy(f => f.Vagueness).ThenBy(f => f.Claim.Start).First()).ToList();
                foreach (var (place, part) in SplitByPlace(inGroup))
                {
                    var ordered = Order(part);
                    result.Add((Series(dossier, byMeasure.Key, label, place, ordered, origins), ordered));
                }
            }
        }
        members = result.Select(r => r.Members).ToList();
        return result.Select(r => r.Series).ToList();
    }

    /// <summary>Merges a generic group into the more specific groups that hold its words, when those agree among themselves ("civilians" + "Alawite civilians"); a generic group that fits several incompatible groups stays alone.</summary>
    internal static List<(string Label, HashSet<string> Keys)> MergeGroups(List<string> keys)
    {
        var words = keys.Distinct(StringComparer.Ordinal).ToDictionary(k => k, k => k.Split(' ').Length, StringComparer.Ordinal);
        var sets = new DisjointSets();
        foreach (var g in keys.OrderBy(k => words[k]).ThenBy(k => k, StringComparer.Ordinal))
        {
            var wider = keys.Where(k => k != g && GroupMatcher.Compatible(g, k) && words[k] > words[g]).ToList();
            if (wider.Count == 0 || !wider.All(x => wider.All(y => GroupMatcher.Compatible(x, y))))
            {
                continue;
            }
            foreach (var k in wider)
            {
                sets.Union(g, k);
            }
        }
        return keys.GroupBy(sets.Find, StringComparer.Ordinal)
            .Select(grp => (Label: grp.OrderBy(k => words[k]).ThenBy(k => k, StringComparer.Ordinal).First(), Keys: grp.ToHashSet(StringComparer.Ordinal)))
            .OrderBy(x => x.Label, StringComparer.Ordinal).ToList();
    }

    /// <summary>Splits a group by place only where a document itself gives separate counts for separate places ("in Turkey alone 44,218 … in Syria 5,914").</summary>
    internal static List<(string? Place, List<ClaimFacts> Members)> SplitByPlace(List<ClaimFacts> group)
    {
        var separators = new List<SortedSet<string>>();
        foreach (var byDoc in group.GroupBy(f => f.Claim.Doc, StringComparer.Ordinal))
        {
            // Only the narrowest places separate: "Turkey and Syria" combines two places, it is not a third one.
            var placed = byDoc.Where(f => IsNarrowest(f, group)).ToList();
            placed = WithoutWholes(placed);
            for (var i = 0; i < placed.Count; i++)
            {
                for (var j = i + 1; j < placed.Count; j++)
                {
                    if (!placed[i].Place.Overlaps(placed[j].Place) && placed[i].Value != placed[j].Value)
                    {
                        AddSeparator(separators, placed[i].Place);
                        AddSeparator(separators, placed[j].Place);
                    }
                }
            }
        }
        if (separators.Count < 2)
        {
            return [(null, group)];
        }
        var parts = new List<ClaimFacts>[separators.Count + 1];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = [];
        }
        foreach (var f in group)
        {
            var hits = Enumerable.Range(0, separators.Count).Where(i => separators[i].Overlaps(f.Place)).ToList();
            parts[hits.Count == 1 ? hits[0] : separators.Count].Add(f);
        }
        var result = new List<(string?, List<ClaimFacts>)>();
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Count > 0)
            {
                var name = i < separators.Count ? PlaceName(parts[i], separators[i]) : null;
                result.Add((name, parts[i]));
            }
        }
        return result;
    }

    // A figure for one place that is at least the sum of the figures its article gives for three or more other places is the whole
    // that list breaks down (a country around its provinces), not one more place: it separates nothing.
    private static List<ClaimFacts> WithoutWholes(List<ClaimFacts> placed)
    {
        var wholes = new List<ClaimFacts>();
        foreach (var w in placed)
        {
            var others = placed.Where(o => !o.Place.Overlaps(w.Place)).GroupBy(o => string.Join(' ', o.Place), StringComparer.Ordinal)
                .Select(g => g.Max(o => o.Value)).ToList();
            if (others.Count >= MinListedPlaces && others.Sum() <= w.Value)
            {
                wholes.Add(w);
            }
        }
        return wholes.Count == 0 ? placed : placed.Where(p => !wholes.Any(w => w.Place.SetEquals(p.Place))).ToList();
    }

    // How many other places a list must name before a figure that covers them all reads as their whole.
    private const int MinListedPlaces = 3;

    /// <summary>True when the claim states a place and no claim of <paramref name="group"/> states a strictly narrower one (fewer place words, all in this one).</summary>
    internal static bool IsNarrowest(ClaimFacts f, IEnumerable<ClaimFacts> group) =>
        f.Place.Count > 0 && !group.Any(o => o.Place.Count > 0 && o.Place.Count < f.Place.Count && o.Place.IsSubsetOf(f.Place));

    private static void AddSeparator(List<SortedSet<string>> separators, SortedSet<string> place)
    {
        foreach (var s in separators)
        {
            if (s.Overlaps(place))
            {
                s.UnionWith(place);
                return;
            }
        }
        separators.Add(new SortedSet<string>(place, StringComparer.Ordinal));
    }

    private static string PlaceName(List<ClaimFacts> members, SortedSet<string> words) =>
        members.Select(m => m.Claim.PlaceScope?.Text).Where(t => t is not null).OrderBy(t => t!.Length).ThenBy(t => t, StringComparer.Ordinal).FirstOrDefault()
        ?? string.Join(' ', words);

    /// <summary>Orders claims by the day they refer to; undated claims take the latest date of their document's other claims, else come first in document order.</summary>
    internal static List<ClaimFacts> Order(List<ClaimFacts> part)
    {
        var docDate = part.Where(f => f.AsOf is not null).GroupBy(f => f.Claim.Doc, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(f => f.AsOf!.Value), StringComparer.Ordinal);
        DateOnly Key(ClaimFacts f) => f.AsOf ?? docDate.GetValueOrDefault(f.Claim.Doc, DateOnly.MinValue);
        return part.OrderBy(Key).ThenBy(f => f.DocIndex).ThenBy(f => f.Claim.Start).ThenBy(f => f.Claim.Id, StringComparer.Ordinal).ToList();
    }

    private static FigureSeries Series(Dossier dossier, string measure, string group, string? place, List<ClaimFacts> points, OriginResolver origins)
    {
        var steps = new List<SeriesStep>();
        for (var i = 1; i < points.Count; i++)
        {
            steps.Add(Step(dossier, points[i - 1], points[i], origins));
        }
        var originKeys = points.Select(p => p.Origin).Distinct(StringComparer.Ordinal).ToList();
        var names = originKeys.Select(k => origins.NameOf(k, points.First(p => p.Origin == k).Claim)).ToList();
        var who = WhoLabel(points, group);
        var id = "s-" + Slug(measure) + "-" + Slug(who) + (place is null ? string.Empty : "-" + Slug(place));
        return new FigureSeries(id, measure, who, points.Select(p => p.Claim.Id).ToList(), steps, originKeys.Count, Estimate(points, origins))
        {
            OriginNames = names,
            Place = place,
        };
    }

    // The shortest spelling of the group seen in the claims ("civilians" rather than "Alawite civilians").
    private static string WhoLabel(List<ClaimFacts> points, string group)
    {
        if (group == GroupMatcher.All)
        {
            return GroupMatcher.All;
        }
        return points.Where(p => p.Group == group && p.Claim.Who is not null).Select(p => p.Claim.Who!.Trim())
            .OrderBy(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).FirstOrDefault() ?? group;
    }

    private static SeriesStep Step(Dossier dossier, ClaimFacts p, ClaimFacts q, OriginResolver origins)
    {
        var sameOrigin = p.Origin == q.Origin;
        var who = sameOrigin ? $"the same origin ({origins.NameOf(p.Origin, p.Claim)})" : $"different origins ({origins.NameOf(p.Origin, p.Claim)}; {origins.NameOf(q.Origin, q.Claim)})";
        var later = p.AsOf is { } a && q.AsOf is { } b && b > a;
        var sameTime = p.AsOf == q.AsOf;
        SeriesRelation relation;
        string why;
        if (p.Value == q.Value && !p.Contradicts(q))
        {
            relation = SeriesRelation.Repeat;
            why = $"{q.Show()} repeats {p.Show()} from {who}.";
        }
        else if (q.Value > p.Value && (later || (sameOrigin && !sameTime) || (sameOrigin && p.AsOf is null)))
        {
            relation = SeriesRelation.Update;
            why = $"{q.Show()} is a later, larger figure than {p.Show()} from {who}" + (later ? $" ({p.AsOf:yyyy-MM-dd} → {q.AsOf:yyyy-MM-dd})." : ".");
        }
        else if (q.Value < p.Value && q.StatesRevision(dossier.Document(q.Claim.Doc)?.Text ?? string.Empty))
        {
            relation = SeriesRelation.Revision;
            why = $"{q.Show()} lowers {p.Show()} and its sentence states a correction.";
        }
        else if (!p.Contradicts(q) && (later || !sameTime))
        {
            relation = SeriesRelation.Update;
            why = $"{q.Show()} is compatible with the earlier {p.Show()} from {who}.";
        }
        else
        {
            relation = SeriesRelation.Conflict;
            var when = p.AsOf is null ? " (or to no stated time)" : $" ({p.AsOf:yyyy-MM-dd})";
            why = sameTime
                ? $"{p.Show()} and {q.Show()} from {who} refer to the same time{when}" + (p.Contradicts(q) ? " and cannot both hold." : ": separate counts of the same thing.")
                : $"{q.Show()} is lower than the earlier {p.Show()} from {who}, with no stated correction.";
        }
        return new SeriesStep(p.Claim.Id, q.Claim.Id, relation, why);
    }

    /// <summary>
    /// low / best / high the way UCDP states them. Parts of the count ("12 of the dead") stay out. Best: among the figures of the
    /// series' latest time, the one its origin states most often, then the most specific wording, then an attributed one, then the
    /// more specific number (1,046 before a round 1,000), then the lower (conservative); a figure below half the largest of that time
    /// is a partial count (one hospital, one place), not a reading of the whole. Low and high: the current figure of every
    /// independent origin at that time — the first figure of its latest document (an origin's own update supersedes its earlier
    /// figures; an older count the article recalls further down is not current); a figure whose words allow the best value ("at least 40" beside 52) agrees with it and does not widen the
    /// range; one that contradicts it widens it, within credibility (at least half and at most three times the best). Low = best =
    /// high only when every current origin agrees.
    /// </summary>
    internal static Estimate Estimate(List<ClaimFacts> points, OriginResolver origins)
    {
        if (points.Count == 0)
        {
            return new Estimate(null, null, null, "No figures.");
        }
        // "12 of the dead" counts part of the toll, not the toll; nor do the hurt still in hospital count everyone hurt.
        var whole = points.Where(p => !p.Subset && !p.UnderCare).ToList();
        if (whole.Count == 0)
        {
            whole = points;
        }
        // A figure its own sentence denies ("denied reports that 300 had died") is nobody's current count.
        var denied = whole.Where(p => p.Denied).ToList();
        var allDenied = denied.Count == whole.Count;
        if (denied.Count > 0 && !allDenied)
        {
            whole = whole.Where(p => !p.Denied).ToList();
        }
        var latestDate = whole.Max(p => p.AsOf);
        // Each origin's current figure: the first figure stated in its latest document (the lead an article lives by);
        // an update by the same origin supersedes its earlier figures.
        // A figure its sentence presents as an earlier count ("the previous toll") is no origin's current figure.
        var reported = whole.Where(p => !p.Recalled).ToList();
        var byOrigin = (reported.Count > 0 ? reported : whole).GroupBy(p => p.Origin, StringComparer.Ordinal).Select(CurrentFigure).ToList();
        // Only origins whose current figure is as recent as the series' latest day count (all origins when nothing is dated).
        var current = byOrigin.Where(p => latestDate is null || p.AsOf == latestDate).ToList();
        if (current.Count == 0)
        {
            current = [whole[^1]];
        }
        if (LaterByRise(byOrigin, current, latestDate) is { Count: > 0 } risen)
        {
            current = risen;
        }
        var largest = current.Max(c => c.Value);
        var credibleNow = current.Where(c => c.Value * 2 >= largest).ToList();
        int Support(ClaimFacts c) => whole.Count(p => p.Value == c.Value && p.Origin == c.Origin);
        // Equally reliable candidates: the more specific number (1,046 rather than a round 1,000), then the lower (conservative).
        var best = credibleNow.OrderByDescending(Support).ThenBy(c => c.Vagueness).ThenBy(c => OriginResolver.IsAttributed(c.Claim) ? 0 : 1)
            .ThenBy(c => Roundness(c.Value)).ThenBy(c => c.Value).First();
        // Low and high: every origin's current figure of that time, within credibility (at least half and at most three times the
        // best); a figure whose words allow the best value ("at least 40" beside 52) agrees with it and does not widen the range.
        var readings = current.Where(p => p.Value * 2 >= best.Value && p.Value <= 3 * Math.Max(1, best.Value)).ToList();
        // An independent body's own count (an aid agency, a UN body, a rights group) stays a reading beside later figures of other
        // counters until that body updates it: the range spans the independent counters, not only whoever spoke last.
        if (latestDate is not null)
        {
            readings.AddRange(byOrigin.Where(p => !current.Contains(p) && p.Origin != best.Origin && p.Vagueness == 0 && !p.Subset
                && IsIndependentBody(p.Claim.AttributedTo) && p.Value * 2 >= best.Value && p.Value <= 3 * Math.Max(1, best.Value)));
        }
        var low = best.Value;
        var high = best.Value;
        var widening = new List<ClaimFacts>();
        // A figure whose day is only the earliest its document could have appeared (a publication date inferred as an interval)
        // may be older than it looks: beside an origin dated to that day it does not widen the range (it may still be the best).
        var datedNow = current.Any(c => !UncertainDay(c));
        foreach (var r in readings)
        {
            if (datedNow && r != best && UncertainDay(r))
            {
                continue;
            }
            if (r.Low <= best.Value && best.Value <= r.High)
            {
                continue; // its words allow the best figure: it agrees
            }
            widening.Add(r);
            low = Math.Min(low, r.Value);
            high = Math.Max(high, r.Value);
        }
        current = readings.Contains(best) ? readings : [best, .. readings];
        var sb = new StringBuilder();
        var bestOrigin = origins.NameOf(best.Origin, best.Claim);
        sb.Append(CultureInfo.InvariantCulture, $"Best {best.Show()} ({best.Claim.Id}, {bestOrigin}");
        sb.Append(best.AsOf is { } d ? $", as of {d:yyyy-MM-dd}" : string.Empty).Append(')');
        var reasons = new List<string>();
        if (latestDate is not null)
        {
            reasons.Add("the most recent figure");
        }
        if (Support(best) > 1)
        {
            reasons.Add($"stated {Support(best)} times by its origin");
        }
        if (best.Vagueness == 0)
        {
            reasons.Add("exact wording");
        }
        if (reasons.Count > 0)
        {
            sb.Append(": ").Append(string.Join(", ", reasons));
        }
        sb.Append(". ");
        if (widening.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"Low/high widened by the current figure of {widening.Count} other origin{(widening.Count == 1 ? string.Empty : "s")}: ")
              .Append(string.Join("; ", widening.Select(c => $"{c.Show()} ({origins.NameOf(c.Origin, c.Claim)}, {c.Claim.Id})"))).Append(". ");
        }
        else if (current.Select(c => c.Origin).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            sb.Append(CultureInfo.InvariantCulture, $"The current figures of {current.Select(c => c.Origin).Distinct(StringComparer.Ordinal).Count()} origins agree with it. ");
        }
        var older = points.Where(p => !current.Contains(p) && p.Value != best.Value && (allDenied || !p.Denied)).Select(p => p.Show()).Distinct().ToList();
        if (older.Count > 0)
        {
            sb.Append("Earlier or superseded figures: ").Append(string.Join(", ", older)).Append(". ");
        }
        if (denied.Count > 0)
        {
            sb.Append(allDenied
                ? "Every figure of this count is denied or disputed in its own sentence. "
                : "Denied or disputed in their own sentences, left out: " + string.Join(", ", denied.Select(p => p.Show()).Distinct()) + ". ");
        }
        var originCount = points.Select(p => p.Origin).Distinct(StringComparer.Ordinal).Count();
        if (current.Select(c => c.Origin).Distinct(StringComparer.Ordinal).Count() == 1)
        {
            sb.Append(points.Count == 1 ? "Evidence is thin: a single claim." : "Evidence is thin: the current figure rests on one origin");
            if (points.Count > 1)
            {
                sb.Append(CultureInfo.InvariantCulture, $" ({originCount} origin{(originCount == 1 ? string.Empty : "s")} in all).");
            }
        }
        if (latestDate is null)
        {
            sb.Append(" No dates: order follows the documents.");
        }
        return new Estimate(low, best.Value, high, sb.ToString().Trim());
    }

    // A toll of the dead or the hurt only rises unless a correction is stated. A figure whose document is dated only by a short
    // interval that reaches the series' latest day, stated exactly and higher than every current figure (by at most half again:
    // more is a projection or another scope), is most likely the latest count: it, not the dated figures below it, is current.
    private static List<ClaimFacts> LaterByRise(List<ClaimFacts> byOrigin, List<ClaimFacts> current, DateOnly? latestDate)
    {
        if (latestDate is not { } latest || current.Count == 0 || current[0].Claim.Measure is not (Measures.Killed or Measures.Injured))
        {
            return [];
        }
        var top = current.Max(c => c.Value);
        return byOrigin.Where(p => UncertainDay(p) && p.AsOf is { } from && p.LatestPossibleDay is { } to && to >= latest
            && to.DayNumber - from.DayNumber <= MaxIntervalDays && p.Vagueness == 0 && !p.Subset && p.Value > top && p.Value * 2 <= top * 3).ToList();
    }

    /// <summary>True when an attribution names a body that counts apart from the authorities: an aid or relief agency, a UN
    /// body, a rights group or monitor ("the Red Cross", "a UN agency", "the Human Rights Observatory").</summary>
    internal static bool IsIndependentBody(string? attribution)
    {
        if (string.IsNullOrWhiteSpace(attribution))
        {
            return false;
        }
        if (IndependentAcronym().IsMatch(attribution))
        {
            return true;
        }
        return IndependentBodyWords().IsMatch(attribution);
    }

    [GeneratedRegex(@"\b(?:ICRC|IFRC|UN|UNICEF|UNHCR|OCHA|WHO|MSF|IOM|WFP|NGOs?)\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex IndependentAcronym();

    [GeneratedRegex(@"\b(?:red (?:cross|crescent)|united nations|world health organi[sz]ation|doctors without borders|m[ée]decins sans fronti[èe]res|amnesty|human rights|rights (?:group|groups|organi[sz]ation|monitor|watchdog)|monitor(?:ing)? group|observatory|aid (?:group|agency|agencies|organi[sz]ation)|relief (?:group|agency|agencies|organi[sz]ation)|humanitarian (?:group|agency|agencies|organi[sz]ation)|charity|non-governmental)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex IndependentBodyWords();

    // The widest publication interval (days) whose figures may be placed by their rise.
    private const int MaxIntervalDays = 14;

    // True when the claim's day is the start of an inferred publication interval (ClaimDates.AsOf), not a stated day.
    private static bool UncertainDay(ClaimFacts c) => c.AsOfHow == ClaimDates.EarliestPublicationDay;

    // An origin's current figure: the first it states in its latest document (the lead an article is written around; later
    // figures in the same article are more often recalled earlier counts or parts).
    private static ClaimFacts CurrentFigure(IEnumerable<ClaimFacts> ofOrigin)
    {
        var list = ofOrigin as IList<ClaimFacts> ?? ofOrigin.ToList();
        var last = list[^1];
        var first = last;
        foreach (var p in list)
        {
            if (p.Claim.Doc == last.Claim.Doc && p.Claim.Start < first.Claim.Start)
            {
                first = p;
            }
        }
        return first;
    }

    // Trailing zeros of a figure: 1,311 (0) is more specific than 1,300 (2) or 1,000 (3).
    internal static int Roundness(long value)
    {
        var zeros = 0;
        while (value != 0 && value % 10 == 0 && zeros < 18)
        {
            value /= 10;
            zeros++;
        }
        return zeros;
    }

    internal static string Slug(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }
        return sb.ToString().Trim('-');
    }
}
