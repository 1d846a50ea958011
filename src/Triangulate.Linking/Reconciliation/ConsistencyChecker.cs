using System.Globalization;
using Triangulate.Extraction.Figures;

namespace Triangulate.Linking.Reconciliation;

/// <summary>Checks claims against each other and raises <see cref="ConsistencyFlag"/>s, each with its claims, documents and a one-sentence explanation.</summary>
/// <remarks>Rules (see docs/reconciliation.md): components vs totals, same figure with conflicting time scopes, the same number in different categories, and conflicting values from one source or at one time. A later lower figure of one counter is a series step, not a flag.</remarks>
internal sealed class ConsistencyChecker
{
    // Within this share (or 2 people) a sum "matches" its total: reports round and lag.
    private const double MatchTolerance = 0.01;

    private readonly Dossier _dossier;
    private readonly List<ClaimFacts> _facts;
    private readonly OriginResolver _origins;
    private readonly List<ConsistencyFlag> _flags = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    private readonly Dictionary<string, ClaimFacts> _byId = new(StringComparer.Ordinal);

    // Figures (document, measure, value) read as a component of a total by a components flag.
    private readonly HashSet<(string Doc, string Measure, long Value)> _parts = [];

    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    private readonly Dictionary<string, int> _titleEnds = new(StringComparer.Ordinal);

    public ConsistencyChecker(Dossier dossier, List<ClaimFacts> facts, OriginResolver origins)
    {
        foreach (var f in facts)
        {
            _byId.TryAdd(f.Claim.Id, f);
        }
        _dossier = dossier;
        _facts = facts;
        _origins = origins;
    }

    public List<ConsistencyFlag> Check(List<FigureSeries> series, List<List<ClaimFacts>> members)
    {
        var valued = _facts.Where(f => f.Claim.Value is not null).ToList();
        Components(valued);
        MergeComponentFlags();
        ComponentsAcrossDocuments(valued);
        ComponentsAcrossMeasures(valued);
        TimeScopeConflicts(valued);
        SameValueDifferentCategory(valued);
        for (var s = 0; s < series.Count; s++)
        {
            WithinSeries(series[s], members[s]);
        }
        return MergeSameDocuments(_flags);
    }

    /// <summary>Flags of one kind that name exactly the same documents are one problem for the reader ("this article keeps older
    /// figures", "these two articles date the same moment differently"), whatever count each is about: they become one flag that
    /// lists every claim and every explanation, in the order found.</summary>
    internal static List<ConsistencyFlag> MergeSameDocuments(List<ConsistencyFlag> flags)
    {
        var merged = new List<ConsistencyFlag>(flags.Count);
        var at = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in flags)
        {
            var key = f.Kind.Code() + "|" + string.Join(",", f.Docs.Order(StringComparer.Ordinal));
            if (!at.TryGetValue(key, out var i))
            {
                at[key] = merged.Count;
                merged.Add(f);
                continue;
            }
            var first = merged[i];
            merged[i] = first with
            {
                Claims = [.. first.Claims.Concat(f.Claims).Distinct(StringComparer.Ordinal)],
                Detail = first.Detail + " " + f.Detail,
            };
        }
        return merged;
    }

    private void Add(FlagKind kind, IEnumerable<ClaimFacts> claims, string detail)
    {
        var list = claims.Distinct().OrderBy(c => c.DocIndex).ThenBy(c => c.Claim.Start).ToList();
        // Keyed by the figures, not the claim ids: a figure restated in one article (a headline and its body) must not raise the same flag twice.
        var key = kind.Code() + "|" + string.Join(",", list.Select(c => string.Create(CultureInfo.InvariantCulture,
            $"{c.Claim.Doc}:{c.Claim.Measure}:{c.Value}:{c.Claim.Qualifier}")).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        if (!_seen.Add(key))
        {
            return;
        }
        _flags.Add(new ConsistencyFlag(kind, list.Select(c => c.Claim.Id).ToList(),
            list.Select(c => c.Claim.Doc).Distinct(StringComparer.Ordinal).ToList(), detail));
    }

    // ---- components vs totals -------------------------------------------------------------

    private void Components(List<ClaimFacts> valued)
    {
        // Duplicate ids (bad input) keep their first claim rather than throw.
        var byId = valued.GroupBy(f => f.Claim.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        // Every reasonable reading of a total's parts; a total is judged consistent when one reading adds up
        // (conservative: an error is raised only when no reading explains the total).
        var readings = new Dictionary<ClaimFacts, List<Reading>>();
        // matchOnly: a reading that is a guess (every group the article lists, whatever their overlap; figures for separate places,
        // which an article often gives only for the hardest-hit few) is tried to explain the total; when it does not add up it
        // says nothing about the article, so only its match is kept.
        void Consider(ClaimFacts total, List<ClaimFacts> parts, string how, bool boundedGroups = false, bool matchOnly = false)
        {
            if (parts.Count >= 2 && Judge(total, parts, how, boundedGroups) is { } r && (!matchOnly || r.Kind == FlagKind.ComponentsMatchTotal))
            {
                if (!readings.TryGetValue(total, out var list))
                {
                    readings[total] = list = [];
                }
                list.Add(r);
            }
        }
        // 1. Stated components (PartOf); a stated part that is itself the sum of other stated parts stands for them.
        foreach (var parts in valued.Where(f => f.Claim.PartOf is not null).GroupBy(f => f.Claim.PartOf!, StringComparer.Ordinal))
        {
            if (byId.TryGetValue(parts.Key, out var total))
            {
                Consider(total, Collapse([.. parts.Where(p => p.Value != total.Value)]), "stated as its parts");
            }
        }
        // 2. One document stating a total and figures for separate groups or places of the same measure, or figures that add up to it.
        foreach (var docMeasure in valued.GroupBy(f => (f.Claim.Doc, f.Claim.Measure)))
        {
            var claims = docMeasure.ToList();
            // "28 of the injured" counts part of an unnamed whole: neither a total nor a part of one we can name.
            var totalsOfAll = claims.Where(f => f.Group == GroupMatcher.All && !f.Subset).ToList();
            // A total states no place or combines places; a place component states the narrowest place.
            var placeParts = OnePerPlace(totalsOfAll.Where(f => Reconciler.IsNarrowest(f, totalsOfAll)).ToList());
            var totals = totalsOfAll.Where(f => !placeParts.Contains(f)).GroupBy(f => f.Value).Select(g => g.First()).ToList();
            if (totals.Count == 0)
            {
                continue;
            }
            var groupParts = OnePerGroup(claims.Where(f => f.Group != GroupMatcher.All).ToList(), totals);
            // Smaller totals first, so a larger total is never read as the sum of a smaller total and that total's own parts.
            var partsOf = new Dictionary<ClaimFacts, List<ClaimFacts>>();
            foreach (var total in totals.OrderBy(t => t.Value))
            {
                // A part is smaller than its whole: an equal or larger figure in the same article is a restatement or another count.
                var oneEach = RemoveSubtotals(groupParts.Where(p => p.Value < total.Value).ToList());
                Consider(total, oneEach, "given in the same article for separate groups", boundedGroups: true);
                // Groups listed side by side may overlap in words yet be counted apart ("125 fighters … and 148 pro-Assad
                // fighters"): the charitable reading also tries every distinct group figure below the total.
                var everyGroup = claims.Where(f => f.Group != GroupMatcher.All && f.Value < total.Value)
                    .GroupBy(f => (f.Value, f.Group)).Select(g => g.First()).ToList();
                if (everyGroup.Count > oneEach.Count && everyGroup.Count <= 6)
                {
                    Consider(total, RemoveSubtotals(everyGroup), "all the groups the same article lists", boundedGroups: true, matchOnly: true);
                }
                Consider(total, placeParts.Where(p => p.Value < total.Value).ToList(), "given in the same article for separate places", matchOnly: true);
                // Parts below 2 % of the total are other counts (a family of three in a toll of thousands).
                var others = totalsOfAll.Where(o => o.Value < total.Value && o.Value * 50 >= total.Value).GroupBy(o => o.Value).Select(g => g.First()).ToList();
                if (ImplicitSum(total, others, partsOf) is { } sum)
                {
                    partsOf[total] = sum;
                    Consider(total, sum, "figures in the same article that add up to it");
                }
                else if (ListedTogether(total, others) is { } listed)
                {
                    // Two or three figures of the count listed in one sentence that states no total ("Turkey has reported
                    // at least 9,057 deaths, and 2,530 people have been killed in Syria") are read as parts of the total.
                    // Listed figures that add up to more than the total are not its breakdown but a comparison the sentence
                    // makes ("more than 310 in the city, up from over 220 a day earlier" under "nearly 330"; a toll here and
                    // one there, each close to the whole): they stay parts of something, so they are not compared with the
                    // totals as rival counts, but no excess is reported. A shortfall or a match is still reported.
                    if (Judge(total, listed, string.Empty, boundedGroups: false) is { Kind: FlagKind.ComponentsExceedTotal })
                    {
                        MarkComponents(listed);
                    }
                    else
                    {
                        Consider(total, listed, "figures listed together in one sentence of the same article");
                    }
                }
            }
        }
        foreach (var (total, list) in readings)
        {
            var matches = list.Where(r => r.Kind == FlagKind.ComponentsMatchTotal).ToList();
            foreach (var r in matches.Count > 0 ? matches.Take(1) : list)
            {
                Add(r.Kind, r.Claims, r.Detail);
                MarkComponents(r.Claims.Skip(1));
            }
        }
    }

    private sealed record Reading(FlagKind Kind, List<ClaimFacts> Claims, string Detail);

    private static (string, string, long) FigureKey(ClaimFacts c) => (c.Claim.Doc, c.Claim.Measure, c.Value);

    private void MarkComponents(IEnumerable<ClaimFacts> parts)
    {
        foreach (var p in parts)
        {
            _parts.Add(FigureKey(p));
        }
    }

    // The figures below the total stated together in one sentence that holds neither the total nor a third such figure.
    private static List<ClaimFacts>? ListedTogether(ClaimFacts total, List<ClaimFacts> others)
    {
        foreach (var sentence in others.Where(o => o.Claim.SentenceEnd > o.Claim.SentenceStart).GroupBy(o => o.Claim.SentenceStart))
        {
            var list = sentence.GroupBy(o => o.Value).Select(g => g.First()).ToList();
            if (list.Count is >= 2 and <= 3 && total.Claim.SentenceStart != sentence.Key)
            {
                return list;
            }
        }
        return null;
    }

    // components_match_total flags of one article that share a figure are one check ("93 + 120 = 213; 213 + 530 = 743 ≈ 745"):
    // merged into one flag that names every figure involved.
    private void MergeComponentFlags()
    {
        MergeMismatches(FlagKind.ComponentsBelowTotal);
        MergeMismatches(FlagKind.ComponentsExceedTotal);
        const FlagKind Kind = FlagKind.ComponentsMatchTotal;
        var single = _flags.Where(f => f.Kind == Kind && f.Docs.Count == 1).ToList();
        if (single.Count < 2)
        {
            return;
        }
        var merged = new List<List<ConsistencyFlag>>();
        foreach (var f in single)
        {
            var keys = f.Claims.Select(id => _byId.TryGetValue(id, out var c) ? FigureKey(c) : (string.Empty, string.Empty, 0L)).ToHashSet();
            var homes = merged.Where(m => m.Any(o => o.Docs[0] == f.Docs[0] && o.Claims.Any(id => _byId.TryGetValue(id, out var c) && keys.Contains(FigureKey(c))))).ToList();
            if (homes.Count == 0)
            {
                merged.Add([f]);
                continue;
            }
            homes[0].Add(f);
            foreach (var other in homes.Skip(1))
            {
                homes[0].AddRange(other);
                merged.Remove(other);
            }
        }
        foreach (var group in merged.Where(m => m.Count > 1))
        {
            var at = _flags.IndexOf(group[0]);
            var claims = group.SelectMany(f => f.Claims).Distinct(StringComparer.Ordinal)
                .OrderBy(id => _byId.TryGetValue(id, out var c) ? c.Claim.Start : int.MaxValue).ToList();
            _flags[at] = new ConsistencyFlag(Kind, claims, group[0].Docs, string.Join(" ", group.Select(f => f.Detail)));
            foreach (var f in group.Skip(1))
            {
                _flags.Remove(f);
            }
        }
    }

    // Breakdowns of one article that do not add up to its totals ("2 teachers + 16 pupils" short of both the 44 and the 150 it
    // states) are one problem for the reader: one flag per article and kind names every check.
    private void MergeMismatches(FlagKind kind)
    {
        foreach (var group in _flags.Where(f => f.Kind == kind && f.Docs.Count == 1).GroupBy(f => f.Docs[0], StringComparer.Ordinal).Where(g => g.Count() > 1).ToList())
        {
            var list = group.ToList();
            var claims = list.SelectMany(f => f.Claims).Distinct(StringComparer.Ordinal)
                .OrderBy(id => _byId.TryGetValue(id, out var c) ? c.Claim.Start : int.MaxValue).ToList();
            _flags[_flags.IndexOf(list[0])] = new ConsistencyFlag(kind, claims, list[0].Docs, string.Join(" ", list.Select(f => f.Detail)));
            foreach (var f in list.Skip(1))
            {
                _flags.Remove(f);
            }
        }
    }

    // Two or three figures (no place, no group: side by side in one article) whose sum matches the total closely enough that
    // they read as its parts: within max(2, 1 %) for an exact total, within [N, 1.1 N] for "more than N".
    private static List<ClaimFacts>? ImplicitSum(ClaimFacts total, List<ClaimFacts> others, Dictionary<ClaimFacts, List<ClaimFacts>> partsOf)
    {
        // Drop a smaller total whose own parts are also candidates: it and its parts would count the same people twice.
        others = others.Where(o => !partsOf.TryGetValue(o, out var own) || !own.Any(others.Contains)).ToList();
        if (others.Count < 2 || others.Count > 12)
        {
            return null;
        }
        var t = total.Value;
        bool Fits(long sum) => total.Claim.Qualifier is Qualifier.MoreThan or Qualifier.AtLeast
            ? sum >= t && sum <= t * 1.1
            : Math.Abs(sum - t) <= Math.Max(2, t * MatchTolerance);
        for (var i = 0; i < others.Count; i++)
        {
            for (var j = i + 1; j < others.Count; j++)
            {
                if (Fits(others[i].Value + others[j].Value))
                {
                    return [others[i], others[j]];
                }
                for (var k = j + 1; k < others.Count; k++)
                {
                    if (Fits(others[i].Value + others[j].Value + others[k].Value))
                    {
                        return [others[i], others[j], others[k]];
                    }
                }
            }
        }
        return null;
    }

    // A stated part equal to the sum of other stated parts is their subtotal: it is checked against them and stands for them.
    private List<ClaimFacts> Collapse(List<ClaimFacts> parts)
    {
        var result = new List<ClaimFacts>(parts);
        foreach (var sub in parts.OrderByDescending(p => p.Value))
        {
            if (!result.Contains(sub))
            {
                continue;
            }
            var found = FindSum(result.Where(p => p != sub && p.Value < sub.Value).ToList(), sub.Value);
            if (found is not null)
            {
                Add(FlagKind.ComponentsMatchTotal, [sub, .. found],
                    $"{string.Join(" + ", found.Select(f => f.Show()))} = {Sum(found):N0}, matching the stated {sub.Show()} in {sub.Claim.Doc}.");
                MarkComponents(found);
                result.RemoveAll(found.Contains);
            }
        }
        return result;
    }

    // Arrests and detentions are counted interchangeably by reporters.
    private static string Family(string measure) => measure == Measures.Arrested ? Measures.Detained : measure;

    // Parts stated in one document that add up exactly to a figure another document states for the same kind of count
    // ("4 attackers + 7 others arrested" here, "11 detained" there). Exact sums of at least 10 only: small sums coincide.
    private void ComponentsAcrossDocuments(List<ClaimFacts> valued)
    {
        var byValue = new Dictionary<long, List<ClaimFacts>>();
        foreach (var t in valued)
        {
            if (!byValue.TryGetValue(t.Value, out var list))
            {
                byValue[t.Value] = list = [];
            }
            list.Add(t);
        }
        foreach (var docMeasure in valued.Where(f => f.Group != GroupMatcher.All && f.Claim.PartOf is null).GroupBy(f => (f.Claim.Doc, Family(f.Claim.Measure))))
        {
            var parts = OnePerGroup(docMeasure.ToList(), [docMeasure.First()]);
            if (parts.Count < 2 || parts.Count > 6)
            {
                continue;
            }
            // A breakdown whose own article states the total it adds up to is checked (and reported) in that article.
            var ownTotals = valued.Where(t => t.Claim.Doc == docMeasure.Key.Doc && Family(t.Claim.Measure) == docMeasure.Key.Item2).Select(t => t.Value).ToHashSet();
            var sums = new List<List<ClaimFacts>>();
            for (var i = 0; i < parts.Count; i++)
            {
                for (var j = i + 1; j < parts.Count; j++)
                {
                    sums.Add([parts[i], parts[j]]);
                    for (var k = j + 1; k < parts.Count; k++)
                    {
                        sums.Add([parts[i], parts[j], parts[k]]);
                    }
                }
            }
            foreach (var combo in sums)
            {
                var sum = Sum(combo);
                if (sum < 10 || ownTotals.Contains(sum))
                {
                    continue;
                }
                if (!byValue.TryGetValue(sum, out var withSum))
                {
                    continue;
                }
                var totals = withSum.Where(t => t.Claim.Doc != docMeasure.Key.Doc && Family(t.Claim.Measure) == docMeasure.Key.Item2 && t.Value == sum
                    && t.Vagueness == 0 && combo.All(c => c.Group != t.Group)).ToList();
                if (totals.Count > 0)
                {
                    Add(FlagKind.ComponentsMatchTotal, [.. combo, totals[0]], string.Create(CultureInfo.InvariantCulture,
                        $"{string.Join(" + ", combo.Select(c => $"{c.Show()} {c.Claim.Who}"))} in {docMeasure.Key.Doc} = {sum:N0}, the total {totals[0].Claim.Who ?? "all"} reported in {string.Join("/", totals.Select(t => t.Claim.Doc).Distinct(StringComparer.Ordinal))}."));
                    break;
                }
            }
        }
    }

    // Three counts of three different kinds in one article that add up exactly to an exact figure of a fourth kind there: the
    // people aboard are the rescued, the dead and the missing; the people in a mine are the dead, the trapped and the rescued.
    // Three kinds summing exactly rarely coincide; two kinds do (a pair of figures in a long article often sums to a third), so
    // pairs are not read this way.
    private void ComponentsAcrossMeasures(List<ClaimFacts> valued)
    {
        foreach (var doc in valued.Where(f => !f.Subset).GroupBy(f => f.Claim.Doc, StringComparer.Ordinal))
        {
            var all = doc.GroupBy(f => (f.Claim.Measure, f.Value)).Select(g => g.First()).ToList();
            if (all.Count is < 4 or > 40)
            {
                continue;
            }
            foreach (var total in all.Where(t => t.Value >= 10 && t.Vagueness == 0).OrderBy(t => t.Value))
            {
                var parts = all.Where(p => p.Value < total.Value && p.Value > 0 && Family(p.Claim.Measure) != Family(total.Claim.Measure)).ToList();
                if (ThreeKinds(parts, total.Value) is { } found)
                {
                    Add(FlagKind.ComponentsMatchTotal, [total, .. found], string.Create(CultureInfo.InvariantCulture,
                        $"{string.Join(" + ", found.Select(c => $"{c.Show()} {c.Claim.Measure}"))} = {Sum(found):N0}, the {total.Claim.Measure} figure {total.Show()} in {doc.Key}."));
                }
            }
        }
    }

    // Three figures of three different kinds of count whose sum is exactly the target, or null.
    private static List<ClaimFacts>? ThreeKinds(List<ClaimFacts> parts, long target)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            for (var j = i + 1; j < parts.Count; j++)
            {
                if (Family(parts[i].Claim.Measure) == Family(parts[j].Claim.Measure) || parts[i].Value + parts[j].Value >= target)
                {
                    continue;
                }
                for (var k = j + 1; k < parts.Count; k++)
                {
                    var mk = Family(parts[k].Claim.Measure);
                    if (mk != Family(parts[i].Claim.Measure) && mk != Family(parts[j].Claim.Measure)
                        && parts[i].Value + parts[j].Value + parts[k].Value == target)
                    {
                        return [parts[i], parts[j], parts[k]];
                    }
                }
            }
        }
        return null;
    }

    // One claim per group, groups mutually incompatible; among compatible claims keep the one nearest a total in the text.
    private static List<ClaimFacts> OnePerGroup(List<ClaimFacts> parts, List<ClaimFacts> totals)
    {
        var chosen = new List<ClaimFacts>();
        int Distance(ClaimFacts f) => totals.Min(t => Math.Abs(t.Claim.Start - f.Claim.Start));
        foreach (var f in parts.OrderBy(Distance).ThenBy(f => f.Claim.Start))
        {
            if (chosen.All(c => !GroupMatcher.Compatible(c.Group, f.Group)))
            {
                chosen.Add(f);
            }
        }
        return chosen;
    }

    private static List<ClaimFacts> OnePerPlace(List<ClaimFacts> parts)
    {
        var chosen = new List<ClaimFacts>();
        foreach (var f in parts.OrderBy(f => f.Claim.Start))
        {
            if (chosen.All(c => !c.Place.Overlaps(f.Place)))
            {
                chosen.Add(f);
            }
        }
        return chosen;
    }

    // A part equal to the sum of two or three other parts is their subtotal ("213 from both sides, including 93 … and 120 …"):
    // it is checked against its own parts, and only the parts count toward the total.
    private List<ClaimFacts> RemoveSubtotals(List<ClaimFacts> parts)
    {
        var result = new List<ClaimFacts>(parts);
        foreach (var sub in parts.OrderByDescending(p => p.Value))
        {
            var others = result.Where(p => p != sub && p.Value < sub.Value).ToList();
            var found = FindSum(others, sub.Value);
            if (found is not null && result.Contains(sub))
            {
                Add(FlagKind.ComponentsMatchTotal, [sub, .. found],
                    $"{string.Join(" + ", found.Select(f => f.Show()))} = {Sum(found):N0}, matching the stated {sub.Show()} ({_origins.NameOf(sub.Origin, sub.Claim)}) in {sub.Claim.Doc}.");
                MarkComponents(found);
                result.Remove(sub);
            }
        }
        return result;
    }

    private static List<ClaimFacts>? FindSum(List<ClaimFacts> items, long target)
    {
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                if (items[i].Value + items[j].Value == target)
                {
                    return [items[i], items[j]];
                }
                for (var k = j + 1; k < items.Count; k++)
                {
                    if (items[i].Value + items[j].Value + items[k].Value == target)
                    {
                        return [items[i], items[j], items[k]];
                    }
                }
            }
        }
        return null;
    }

    private static long Sum(IEnumerable<ClaimFacts> parts) => parts.Sum(p => p.Value);

    // boundedGroups: the parts are groups named among the dead, whose bounds ("at least 12 children") bound the sum too.
    private static Reading? Judge(ClaimFacts total, List<ClaimFacts> parts, string how, bool boundedGroups)
    {
        if (parts.Count < 2)
        {
            return null;
        }
        var sum = Sum(parts);
        var t = total.Value;
        var tolerance = Math.Max(2, t * MatchTolerance);
        FlagKind kind;
        switch (total.Claim.Qualifier)
        {
            case Qualifier.MoreThan or Qualifier.AtLeast:
                kind = sum >= t - tolerance ? FlagKind.ComponentsMatchTotal : FlagKind.ComponentsBelowTotal;
                break;
            case Qualifier.LessThan or Qualifier.AtMost or Qualifier.UpTo:
                kind = sum <= t + tolerance ? FlagKind.ComponentsMatchTotal : FlagKind.ComponentsExceedTotal;
                break;
            default:
                kind = Math.Abs(sum - t) <= tolerance ? FlagKind.ComponentsMatchTotal : sum > t ? FlagKind.ComponentsExceedTotal : FlagKind.ComponentsBelowTotal;
                break;
        }
        // A group's figure worded as a bound ("at least 12 children", "up to 8 women") makes the breakdown's sum a bound too:
        // a shortfall needs even the highest sum the words allow to fall short, an excess even the lowest to exceed. Only for
        // groups named among the dead: figures of the same count listed together are counts taken at face value ("at least 4,210").
        if (boundedGroups)
        {
            var high = parts.Sum(p => p.High);
            var low = parts.Sum(p => p.Low);
            if ((kind == FlagKind.ComponentsBelowTotal && high >= total.Low - tolerance) || (kind == FlagKind.ComponentsExceedTotal && low <= total.High + tolerance))
            {
                return null;
            }
        }
        var relation = kind switch
        {
            FlagKind.ComponentsExceedTotal => "exceeds",
            FlagKind.ComponentsBelowTotal => "falls short of",
            _ => "is consistent with",
        };
        return new Reading(kind, [total, .. parts], string.Create(CultureInfo.InvariantCulture,
            $"{string.Join(" + ", parts.Select(p => $"{p.Show()} {p.Claim.Who ?? "(" + string.Join(' ', p.Place) + ")"}"))} = {sum:N0}, which {relation} the stated total {total.Show()} in {total.Claim.Doc} ({how})."));
    }

    // True when both claims take part in one components_match_total flag: a total and its parts are not two readings of one count.
    private bool Explained(ClaimFacts p, ClaimFacts q) =>
        _flags.Any(f => f.Kind == FlagKind.ComponentsMatchTotal && Holds(f, p) && Holds(f, q));

    // True when the flag names the claim or the same figure restated in the same article.
    private bool Holds(ConsistencyFlag flag, ClaimFacts c) => flag.Claims.Any(id => _byId.TryGetValue(id, out var o)
        && o.Claim.Doc == c.Claim.Doc && o.Claim.Measure == c.Claim.Measure && o.Value == c.Value);

    // ---- time scopes ------------------------------------------------------------------------

    private void TimeScopeConflicts(List<ClaimFacts> valued)
    {
        // The same figure for the same count in two documents, bounded by time scopes that disagree. Only claims of one
        // value and measure are compared (bucketed first, so the work grows with repeats of a figure, not with all pairs).
        foreach (var bucket in valued.GroupBy(f => (f.Value, f.Claim.Measure)))
        {
            var same = bucket.ToList();
            // Every disagreement about one figure is one problem: one flag lists the documents and their scopes.
            var involved = new List<ClaimFacts>();
            var scopes = new List<string>();
            for (var i = 0; i < same.Count; i++)
            {
                for (var j = i + 1; j < same.Count; j++)
                {
                    var p = same[i];
                    var q = same[j];
                    if (p.Claim.Doc == q.Claim.Doc || p.Value != q.Value || p.Claim.Measure != q.Claim.Measure || !GroupMatcher.Compatible(p.Group, q.Group)
                        || p.Claim.TimeOrDay is not { } tp || q.Claim.TimeOrDay is not { } tq)
                    {
                        continue;
                    }
                    if (ScopesDisagree(tp, tq))
                    {
                        foreach (var (c, scope) in (ReadOnlySpan<(ClaimFacts, TimeScope)>)[(p, tp), (q, tq)])
                        {
                            if (!involved.Contains(c))
                            {
                                involved.Add(c);
                                scopes.Add($"\"{scope.Text}\" in {c.Claim.Doc}");
                            }
                        }
                    }
                }
            }
            if (involved.Count >= 2)
            {
                var f = involved[0];
                Add(FlagKind.TimeScopeConflict, involved, scopes.Count == 2
                    ? $"The same figure {f.Show()} ({f.Claim.Measure}, {f.Claim.Who ?? "all"}) is bounded by {scopes[0]} but by {scopes[1]}."
                    : $"The same figure {f.Show()} ({f.Claim.Measure}, {f.Claim.Who ?? "all"}) is bounded differently: {string.Join(", ", scopes)}.");
            }
        }
        var stale = StaleFigures(valued);
        TotalsSideBySide(valued, stale);
    }

    private void TotalsSideBySide(List<ClaimFacts> valued, HashSet<(string Doc, string Measure)> stale)
    {
        // One article giving two different totals for the same count: usually an older figure left in (a caption, a "first reported").
        // All such pairs of one article and measure make one flag that lists every total involved.
        foreach (var docMeasure in valued.Where(f => f.Group == GroupMatcher.All && !f.Subset).GroupBy(f => (f.Claim.Doc, f.Claim.Measure)))
        {
            if (stale.Contains(docMeasure.Key))
            {
                continue; // the article's older figure is already one flag: the same totals are one problem
            }
            var list = docMeasure.OrderBy(f => f.Claim.Start).ToList();
            var involved = new List<ClaimFacts>();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var p = list[i];
                    var q = list[j];
                    // Apart by more than 5 % but of one order of magnitude (ratio ≤ 3), for places that may be the same — and
                    // figures whose words cannot both hold: a bound and a figure it allows ("more than 90,000" beside "about
                    // 97,000", "at least 2,400" beside "2,463") are one count worded two ways, not two totals.
                    var apart = Math.Abs(p.Value - q.Value) > 0.05 * Math.Max(p.Value, q.Value) && p.Contradicts(q) && Math.Max(p.Value, q.Value) <= 3 * Math.Max(1, Math.Min(p.Value, q.Value));
                    // A figure scoped to a place beside one that states none may be that place's part of it ("more than 60 in the
                    // capital" beside "at least 90"): only figures for the same place (or both for none) are two totals of one count.
                    var samePlace = p.Place.SetEquals(q.Place) || (p.Place.Count > 0 && q.Place.Count > 0 && p.Place.Overlaps(q.Place));
                    // Two totals in one sentence are related by that sentence ("initially put at 93, has now leapt to 115";
                    // "3,000 killed in Gaza … 1,300 in Israel"): the writer tells them apart, so no reader is misled.
                    // A sentence that gives both the other figure and this one tells the change ("rose from 30 to 50"): no conflict.
                    // A figure its own sentence presents as earlier ("the previous toll was 40", "the toll had stood at 88") beside
                    // another is a change the article tells — a rise, or a correction downwards —, not two totals left side by side.
                    var toldChange = p.Recalled || q.Recalled;
                    if (apart && samePlace && !toldChange && !SameSentence(p, q) && !Explained(p, q) && p.Claim.PartOf != q.Claim.Id && q.Claim.PartOf != p.Claim.Id
                        && !TellsChange(q, p.Value, list) && !TellsChange(p, q.Value, list))
                    {
                        foreach (var c in (ReadOnlySpan<ClaimFacts>)[p, q])
                        {
                            if (!involved.Any(o => o.Value == c.Value && o.Claim.Qualifier == c.Claim.Qualifier))
                            {
                                involved.Add(c);
                            }
                        }
                    }
                }
            }
            if (involved.Count >= 2)
            {
                var doc = docMeasure.Key.Doc;
                Add(FlagKind.TimeScopeConflict, involved, involved.Count == 2
                    ? $"{doc} gives two totals for the same count, {Figures(involved)}: figures from different times (or counters) side by side."
                    : $"{doc} gives {involved.Count} totals for the same count, {Figures(involved)}: figures from different times (or counters) side by side.");
            }
        }
        }

    // Words that mark a figure as an earlier one the article keeps beside the current ("first reported", "an earlier version").
    private static readonly string[] s_earlierMarkers = ["first reported", "initially", "earlier version", "previously", "had earlier", "earlier figure", "earlier toll", "earlier count"];

    // One article giving two totals for the same count where one of them is marked as older: a headline (or title) whose figure
    // the body does not give, or a figure the text itself calls earlier ("first reported", "an earlier version"). Two totals side
    // by side with no such mark are not flagged: they are more often a part, another counter or an update told in the text.
    // The same figure in the headline and in the body with different qualifiers ("600 dead" over "some 600") is one source
    // stating one count two ways (conflicting_values_same_source).
    private HashSet<(string Doc, string Measure)> StaleFigures(List<ClaimFacts> valued)
    {
        var flagged = new HashSet<(string Doc, string Measure)>();
        foreach (var docMeasure in valued.Where(f => f.Group == GroupMatcher.All && !f.Subset).GroupBy(f => (f.Claim.Doc, f.Claim.Measure)))
        {
            var list = docMeasure.OrderBy(f => f.Claim.Start).ToList();
            if (list.Count < 2)
            {
                continue;
            }
            var doc = docMeasure.Key.Doc;
            var titleEnd = TitleEnd(doc);
            var text = DocumentText(doc);
            var headline = list.Where(f => f.Claim.Start < titleEnd).ToList();
            var body = list.Where(f => f.Claim.Start >= titleEnd).ToList();
            var stale = new List<ClaimFacts>();
            var reworded = new List<ClaimFacts>();
            foreach (var h in headline)
            {
                foreach (var b in body)
                {
                    if (!Comparable(h, b))
                    {
                        continue;
                    }
                    if (b.Value == h.Value)
                    {
                        if (QualifiersDisagree(h.Claim.Qualifier, b.Claim.Qualifier) && !FloorMetExactly(h.Claim.Qualifier, b.Claim.Qualifier))
                        {
                            AddOnce(reworded, h);
                            AddOnce(reworded, b);
                        }
                    }
                    // A body figure its own sentence calls earlier ("the toll had stood at 88") under a headline with another is
                    // the change the article tells (the headline gives the new count), not a stale headline.
                    else if (Differ(h, b) && !b.Recalled && !TellsChange(b, h.Value, list) && !(h.Low <= b.Value && b.Value <= h.High && h.Claim.Qualifier is not Qualifier.Exact))
                    {
                        AddOnce(stale, h);
                        AddOnce(stale, b);
                    }
                }
            }
            var marked = body.Where(b => SaysEarlier(b, text)).ToList();
            foreach (var m in marked)
            {
                foreach (var o in body.Where(o => !marked.Contains(o) && Comparable(m, o) && Differ(m, o) && !SameSentence(m, o)))
                {
                    AddOnce(stale, o);
                    AddOnce(stale, m);
                }
            }
            if (stale.Count >= 2)
            {
                Add(FlagKind.TimeScopeConflict, stale, $"{doc} gives {(stale.Count == 2 ? "two" : stale.Count.ToString(CultureInfo.InvariantCulture))} totals for the same count, {Figures(stale)}: "
                    + "an older figure (in the headline, or one the text calls earlier) left beside another.");
                flagged.Add(docMeasure.Key);
            }
            if (reworded.Count >= 2)
            {
                Add(FlagKind.ConflictingValuesSameSource, reworded, $"{doc} states the same count as {string.Join(" and ", reworded.Select(r => r.Show()).Distinct(StringComparer.Ordinal))}: the headline and the body word it differently.");
            }
        }
        return flagged;
    }

    // "N" and "at least N" are one count worded two ways: the floor allows the exact figure (unlike "more than N", "about N"
    // or "up to N", which the headline and body of one article rarely use for one count without a reason).
    private static bool FloorMetExactly(Qualifier a, Qualifier b) =>
        a == Qualifier.Exact && b == Qualifier.AtLeast || a == Qualifier.AtLeast && b == Qualifier.Exact;

    private static void AddOnce(List<ClaimFacts> list, ClaimFacts c)
    {
        if (!list.Any(o => o.Value == c.Value && o.Claim.Qualifier == c.Claim.Qualifier))
        {
            list.Add(c);
        }
    }

    // Two totals of one article that may count the same people: same place (or none), one order of magnitude, neither a part of the other.
    private bool Comparable(ClaimFacts p, ClaimFacts q) =>
        p.Place.SetEquals(q.Place) && Math.Max(p.Value, q.Value) <= 3 * Math.Max(1, Math.Min(p.Value, q.Value))
        && !Explained(p, q) && p.Claim.PartOf != q.Claim.Id && q.Claim.PartOf != p.Claim.Id
        && !_parts.Contains(FigureKey(p)) && !_parts.Contains(FigureKey(q));

    // Apart by more than 1 % (and more than one person): "238" and "232" differ, "4,000" and "3,990" are one rounded figure.
    private static bool Differ(ClaimFacts p, ClaimFacts q) =>
        Math.Abs(p.Value - q.Value) > Math.Max(1, 0.01 * Math.Max(p.Value, q.Value));

    // The body sentence that also states the headline's figure tells the change itself ("rose from 30 to 50").
    private static bool TellsChange(ClaimFacts b, long headlineValue, List<ClaimFacts> all) =>
        b.Claim.SentenceEnd > b.Claim.SentenceStart && all.Any(o => o != b && o.Value == headlineValue && o.Claim.SentenceStart == b.Claim.SentenceStart);

    // Exact against approximate or bounded, or two different bounds ("600 dead" over "some 600", "Over 25" over "at least 25"):
    // one source's one count worded two ways. A vague amount or a range says too little to disagree.
    internal static bool QualifiersDisagree(Qualifier a, Qualifier b) =>
        a != b && a is not (Qualifier.Vague or Qualifier.Range) && b is not (Qualifier.Vague or Qualifier.Range);

    private static bool SaysEarlier(ClaimFacts c, string text)
    {
        var start = c.Claim.SentenceEnd > c.Claim.SentenceStart ? c.Claim.SentenceStart : c.Claim.Start;
        var end = c.Claim.SentenceEnd > c.Claim.SentenceStart ? c.Claim.SentenceEnd : c.Claim.End;
        if (start < 0 || end > text.Length || start >= end)
        {
            return false;
        }
        var sentence = text.AsSpan(start, end - start);
        foreach (var m in s_earlierMarkers)
        {
            if (sentence.Contains(m, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    // Where the document's headline ends: its title when the text begins with it, else 0 (no headline known).
    private int TitleEnd(string docId)
    {
        if (_titleEnds.Count == 0)
        {
            foreach (var d in _dossier.Documents)
            {
                var end = d.Title is { Length: > 0 } t && (d.Text ?? string.Empty).StartsWith(t, StringComparison.Ordinal) ? t.Length : 0;
                _titleEnds.TryAdd(d.Id, end);
            }
        }
        return _titleEnds.GetValueOrDefault(docId);
    }

    private string Figures(List<ClaimFacts> claims) =>
        string.Join(", ", claims.OrderBy(c => c.Claim.Start).Select(c => $"{c.Show()} ({_origins.NameOf(c.Origin, c.Claim)})"));

    // Two figures of one article from two different named counters.
    private static bool TwoCounters(ClaimFacts p, ClaimFacts q) =>
        p.Claim.Doc == q.Claim.Doc && p.Origin != q.Origin && OriginResolver.IsAttributed(p.Claim) && OriginResolver.IsAttributed(q.Claim);

    private static bool SameSentence(ClaimFacts p, ClaimFacts q) =>
        p.Claim.Doc == q.Claim.Doc && p.Claim.SentenceEnd > p.Claim.SentenceStart && p.Claim.SentenceStart == q.Claim.SentenceStart;

    private static bool ScopesDisagree(TimeScope a, TimeScope b)
    {
        if ((a.From ?? a.To) is not null && (b.From ?? b.To) is not null)
        {
            // A cumulative count "since May" states where it starts, not the day it stands at: beside a single day, or beside
            // another start in the same month ("since early May", "since May 3" — a month is as precise as "May" gets), it
            // does not disagree.
            if (a.To is null || b.To is null)
            {
                return a.To is null && b.To is null && a.From is { Length: >= 7 } fa && b.From is { Length: >= 7 } fb && !fa.AsSpan(0, 7).SequenceEqual(fb.AsSpan(0, 7));
            }
            // Two single days at most two apart are one count standing still: a toll given late one day is printed the next
            // ("late on Tuesday" / "on Wednesday") and repeated the day after, and "yesterday" moves with the reader's date.
            if (a.From == a.To && b.From == b.To && DaysApart(a.From, b.From) <= 2)
            {
                return false;
            }
            return a.From != b.From || a.To != b.To;
        }
        var da = Duration(a.Text);
        var db = Duration(b.Text);
        return da is not null && db is not null && da != db;
    }

    private static int? DaysApart(string? a, string? b) =>
        DateOnly.TryParseExact(a, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var x)
        && DateOnly.TryParseExact(b, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var y)
            ? Math.Abs(x.DayNumber - y.DayNumber) : null;

    // "the past four days" → "4 day"; null when the words state no duration.
    internal static string? Duration(string text)
    {
        var words = text.ToLowerInvariant().Split([' ', ',', '-'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < words.Length; i++)
        {
            var n = NumberWord(words[i]);
            var unit = words[i + 1].TrimEnd('s', '.');
            if (n is not null && unit is "hour" or "day" or "week" or "month" or "year")
            {
                return n + " " + unit;
            }
        }
        return null;
    }

    private static string? NumberWord(string w) => w switch
    {
        "one" or "a" => "1",
        "two" => "2",
        "three" => "3",
        "four" => "4",
        "five" => "5",
        "six" => "6",
        "seven" => "7",
        "eight" => "8",
        "nine" => "9",
        "ten" => "10",
        _ => w.All(char.IsDigit) && w.Length > 0 ? w : null,
    };

    // ---- the same number in different categories ---------------------------------------------

    private void SameValueDifferentCategory(List<ClaimFacts> valued)
    {
        foreach (var byValue in valued.GroupBy(f => f.Value))
        {
            // Small and round numbers recur by coincidence ("30", "100", "1,000"); a specific number in two categories is a signal.
            if (byValue.Key < 10 || byValue.Key % 50 == 0)
            {
                continue;
            }
            var categories = new List<List<ClaimFacts>>();
            // "28 of the injured" names no category of its own; a group named only by proper nouns ("Kurds",
            // "Syrians") is the population of the place, i.e. the total; arrests and detentions are one kind of count.
            foreach (var f in byValue.Where(f => !f.Subset))
            {
                var home = categories.FirstOrDefault(c => SameKind(c[0].Claim.Measure, f.Claim.Measure) && GroupMatcher.Compatible(CategoryGroup(c[0]), CategoryGroup(f)));
                if (home is null)
                {
                    categories.Add([f]);
                }
                else
                {
                    home.Add(f);
                }
            }
            // Texts that reuse each other (a copy, a paraphrase) restate one figure: a group reworded between them is one claim,
            // not two uses — unless one article itself uses the number for both (then the double use is in the text).
            for (var i = 0; i < categories.Count; i++)
            {
                for (var j = categories.Count - 1; j > i; j--)
                {
                    var docsI = categories[i].Select(c => c.Claim.Doc).ToHashSet(StringComparer.Ordinal);
                    if (!categories[j].Any(b => docsI.Contains(b.Claim.Doc))
                        && categories[i].Any(a => categories[j].Any(b => _origins.SameText(a.Claim.Doc, b.Claim.Doc))))
                    {
                        categories[i].AddRange(categories[j]);
                        categories.RemoveAt(j);
                    }
                }
            }
            if (categories.Count < 2)
            {
                continue;
            }
            // A part and its own total (PartOf) are not two categories for one number; nor are two groups named for one
            // figure inside one article (a restatement) — one article using it for two measures is a signal, though.
            var all = categories.SelectMany(c => c).ToList();
            if (all.Select(c => c.Claim.Doc).Distinct(StringComparer.Ordinal).Count() == 1 && all.Select(c => c.Claim.Measure).Distinct(StringComparer.Ordinal).Count() == 1)
            {
                continue;
            }
            if (all.Any(a => all.Any(b => a.Claim.PartOf == b.Claim.Id)))
            {
                continue;
            }
            // Only uses that cannot both be right: two different kinds of count (the dead and the wounded), or a total and a group
            // that is normally a strict part of it (civilians, children, soldiers, critical cases), or two such groups. One count under two names of its group
            // ("pupils" / "students", "survivors" / "miners", "the victims" / "the climbers") is the same count restated.
            if (!DifferentMeasures(categories) && !TotalAndPart(categories))
            {
                continue;
            }
            // A number below 20 recurs by coincidence across articles (12 trapped in one, 12 arrested in another): it is a
            // signal only when one article itself uses it for two counts.
            if (byValue.Key < 20 && !OneArticleUsesBoth(categories))
            {
                continue;
            }
            var parts = categories.Select(c => $"{c[0].Claim.Measure}, {c[0].Claim.Who ?? "all"} in {string.Join("/", c.Select(x => x.Claim.Doc).Distinct(StringComparer.Ordinal))}");
            Add(FlagKind.SameValueDifferentCategory, all,
                string.Create(CultureInfo.InvariantCulture, $"{byValue.Key:N0} is used for different counts: {string.Join("; ", parts)}."));
        }
    }

    // True when some article states the number in two of the categories.
    private static bool OneArticleUsesBoth(List<List<ClaimFacts>> categories) =>
        categories.SelectMany(c => c.Select(x => x.Claim.Doc).Distinct(StringComparer.Ordinal)).GroupBy(d => d, StringComparer.Ordinal).Any(g => g.Count() >= 2);

    private static bool DifferentMeasures(List<List<ClaimFacts>> categories) =>
        categories.Any(a => categories.Any(b => !SameKind(a[0].Claim.Measure, b[0].Claim.Measure)));

    // Counts of one kind for this check: arrests and detentions; the dead-or-missing and the dead (or the missing) — once the
    // missing are found, or all are counted dead, the combined count is the other one. (The dead and the missing themselves stay
    // two kinds: joining them loses a shared-set flag.)
    private static bool SameKind(string a, string b)
    {
        if (Family(a) == Family(b))
        {
            return true;
        }
        const string DeadOrMissing = FigureExtractor.DeadOrMissingMeasure;
        return (a == DeadOrMissing && b is Measures.Killed or Measures.Missing) || (b == DeadOrMissing && a is Measures.Killed or Measures.Missing);
    }

    // A total and a status group, or two different status groups (fighters / security forces, critical cases / everyone hurt).
    private static bool TotalAndPart(List<List<ClaimFacts>> categories) =>
        categories.Count == 2 && categories[0][0].Claim.Measure == categories[1][0].Claim.Measure
        && categories.All(c => CategoryGroup(c[0]) == GroupMatcher.All || GroupMatcher.IsStrictPart(c[0].Group))
        && categories.Any(c => CategoryGroup(c[0]) != GroupMatcher.All);

    private string DocumentText(string id)
    {
        if (_texts.Count == 0)
        {
            foreach (var d in _dossier.Documents)
            {
                _texts.TryAdd(d.Id, d.Text ?? string.Empty);
            }
        }
        return _texts.GetValueOrDefault(id, string.Empty);
    }

    private static string CategoryGroup(ClaimFacts f) =>
        f.Group != GroupMatcher.All && f.Claim.Who is { } who && IsProperNounGroup(who) ? GroupMatcher.All : f.Group;

    // Every word with letters is capitalized: a nationality or people ("Kurds", "Basques"), not a category of victims.
    private static bool IsProperNounGroup(string who)
    {
        var any = false;
        foreach (var word in who.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var first = word.FirstOrDefault(char.IsLetter);
            if (first == default)
            {
                continue;
            }
            if (!char.IsUpper(first))
            {
                return false;
            }
            any = true;
        }
        return any;
    }

    // ---- within one series ----------------------------------------------------------------------

    // Conflict groups of one series whose figures are all among another group's figures are the same disagreement seen
    // through two attributions ("the ministry" and "the Gaza Health Ministry"): one flag. The same set stated by one
    // source keeps that (more specific) kind.
    private static List<(FlagKind Kind, List<ClaimFacts> Claims, string When, string? Origin)> MergeNested(List<(FlagKind Kind, List<ClaimFacts> Claims, string When, string? Origin)> groups)
    {
        static HashSet<long> Values(List<ClaimFacts> c) => c.Select(x => x.Value).ToHashSet();
        for (var i = 0; i < groups.Count; i++)
        {
            for (var j = 0; j < groups.Count; j++)
            {
                if (i == j)
                {
                    continue;
                }
                var small = Values(groups[i].Claims);
                var large = Values(groups[j].Claims);
                if (!small.IsSubsetOf(large))
                {
                    continue;
                }
                var keep = groups[j];
                if (small.SetEquals(large) && groups[i].Kind == FlagKind.ConflictingValuesSameSource)
                {
                    keep = groups[i] with { Claims = groups[j].Claims };
                    keep.Claims.AddRange(groups[i].Claims.Where(c => !keep.Claims.Contains(c)));
                }
                else
                {
                    keep.Claims.AddRange(groups[i].Claims.Where(c => !keep.Claims.Contains(c)));
                }
                groups[j] = keep;
                groups.RemoveAt(i);
                i = -1;
                break;
            }
        }
        return groups;
    }

    private void WithinSeries(FigureSeries series, List<ClaimFacts> points)
    {
        // Conflicting pairs are gathered into one flag per kind and moment (and origin, for one source), so a contested
        // count reads as one problem with all its figures rather than one flag per pair.
        var groups = new Dictionary<string, (FlagKind Kind, List<ClaimFacts> Claims, string When, string? Origin)>(StringComparer.Ordinal);
        var moments = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < points.Count; i++)
        {
            for (var j = i + 1; j < points.Count; j++)
            {
                var p = points[i];
                var q = points[j];
                // One article quoting two counters whose figures cannot both hold ("officials say 245 died; unofficial records put
                // the toll at 300 or more") reports a disagreement of the same time, even within one sentence.
                var twoCounters = TwoCounters(p, q);
                if (!p.Contradicts(q) || p.Subset || q.Subset || (p.Claim.Doc == q.Claim.Doc && (twoCounters ? Explained(p, q) : p.Origin != q.Origin || Explained(p, q) || SameSentence(p, q))))
                {
                    continue;
                }
                // A figure read as a component of a total counts part of the people: it is compared with other components, not with totals.
                if (_parts.Contains(FigureKey(p)) != _parts.Contains(FigureKey(q)))
                {
                    continue;
                }
                // Reused texts (a copy, a paraphrase) report the same moment even when only one of them is dated.
                var sameDay = p.AsOf is not null && p.AsOf == q.AsOf;
                var sameTime = sameDay || (p.Claim.Doc != q.Claim.Doc && _origins.SameText(p.Claim.Doc, q.Claim.Doc));
                var sameSource = p.Origin == q.Origin && OriginResolver.IsAttributed(p.Claim);
                // Conflicts need the very same group ("fighters" may be a wider count than "rebel fighters") and figures of
                // one order of magnitude (500 vs 3,478 at one time are two different counts, not two readings of one).
                if (p.Group != q.Group || Math.Max(p.Value, q.Value) > 3 * Math.Max(1, Math.Min(p.Value, q.Value)))
                {
                    continue;
                }
                var when = sameDay ? $"on {p.AsOf:yyyy-MM-dd}" : sameTime ? "in texts that reuse each other" : "in one article";
                FlagKind kind;
                string key;
                if (sameSource && (sameTime || p.Claim.Doc == q.Claim.Doc))
                {
                    kind = FlagKind.ConflictingValuesSameSource;
                    key = kind.Code() + "|" + p.Origin;
                }
                else if (!sameSource && ((sameTime && p.Claim.Doc != q.Claim.Doc) || twoCounters))
                {
                    kind = FlagKind.ConflictingValuesSameTime;
                    key = kind.Code();
                }
                else
                {
                    continue;
                }
                // One contested count is one problem: its disagreements at several moments make one flag that names each moment.
                if (!groups.TryGetValue(key, out var g))
                {
                    groups[key] = g = (kind, [], when, sameSource ? _origins.NameOf(p.Origin, p.Claim) : null);
                    moments[key] = [when];
                }
                else if (!moments[key].Contains(when))
                {
                    moments[key].Add(when);
                    groups[key] = g = g with { When = string.Join(", ", moments[key]) };
                }
                if (!g.Claims.Contains(p))
                {
                    g.Claims.Add(p);
                }
                if (!g.Claims.Contains(q))
                {
                    g.Claims.Add(q);
                }
            }
        }
        var what = $"{series.Who} {series.Measure}{(series.Place is null ? string.Empty : " in " + series.Place)}";
        foreach (var (kind, claims, when, origin) in MergeNested([.. groups.Values]))
        {
            var figures = string.Join(", ", claims.Select(c => $"{c.Show()} ({(origin is null ? _origins.NameOf(c.Origin, c.Claim) + ", " : string.Empty)}{c.Claim.Doc})"));
            Add(kind, claims, kind == FlagKind.ConflictingValuesSameSource
                ? $"{origin} is reported with figures that cannot all hold for {what} {when}: {figures}."
                : $"For {what} {when}, figures that cannot all hold: {figures}.");
        }
        // A counter whose later figure is lower with no stated correction is not flagged: the series records that step as a
        // conflict with its reason (series[].steps), and the gold of the test bed never lists it as a problem of its own.
    }
}
