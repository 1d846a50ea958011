using Triangulate.Extraction.Time;

namespace Triangulate.Linking.Timeline;

/// <summary>Builds the story's timeline from resolved date mentions: one entry per date, merging the articles that report it.</summary>
/// <remarks>
/// Each entry holds the sentences that carry the date (across articles), the documents, and the claims stated in those
/// sentences or whose time scope resolves to the date. Dates in image captions are left out; dates far from the story's
/// main event stay in as background context (<see cref="TimelineEntry.Background"/>).
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
internal static class TimelineBuilder
{
    private const int MaxSummary = 240;

    public static IReadOnlyList<TimelineEntry> Build(IReadOnlyList<DossierDocument> docs, IReadOnlyList<DateMention> mentions,
        IReadOnlyList<FigureClaim> claims)
    {
        var byDoc = new Dictionary<string, DossierDocument>(StringComparer.Ordinal);
        foreach (var d in docs)
        {
            byDoc[d.Id] = d;
        }
        var groups = new SortedDictionary<string, List<(DateMention M, int S, int E)>>(StringComparer.Ordinal);
        var precision = new Dictionary<string, DatePrecision>(StringComparer.Ordinal);
        var background = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Value is not { } value || m.Caption || m.Precision is DatePrecision.Time or DatePrecision.Duration or DatePrecision.Week or DatePrecision.Unresolved)
            {
                continue;
            }
            var key = m.Precision == DatePrecision.OpenInterval ? FirstDay(value) : value;
            if (!byDoc.TryGetValue(m.Doc, out var doc))
            {
                continue;
            }
            var (s, e) = Sentence(doc.Text, m.Start, m.End);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
                precision[key] = m.Precision == DatePrecision.OpenInterval ? DatePrecision.Day : m.Precision;
                background[key] = m.Background;
            }
            background[key] &= m.Background;
            if (!list.Exists(x => x.M.Doc == m.Doc && x.S == s))
            {
                list.Add((m, s, e));
            }
        }
        // Claims indexed once by document and by the interval they refer to, so each entry looks only at its own.
        var claimsByDoc = claims.GroupBy(c => c.Doc, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var claimsByScope = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var c in claims)
        {
            if (c.TimeOrDay is { From: { } from } ts)
            {
                foreach (var key in ts.To is { } to ? new[] { from, $"{from}/{to}" } : [from])
                {
                    if (!claimsByScope.TryGetValue(key, out var ids))
                    {
                        claimsByScope[key] = ids = [];
                    }
                    ids.Add(c.Id);
                }
            }
        }
        var entries = new List<TimelineEntry>();
        foreach (var (date, list) in groups)
        {
            var docIds = new SortedSet<string>(StringComparer.Ordinal);
            var claimIds = new SortedSet<string>(StringComparer.Ordinal);
            var sources = new List<SourceRef>();
            string? summary = null;
            foreach (var (m, s, e) in list)
            {
                docIds.Add(m.Doc);
                sources.Add(new SourceRef(m.Doc, s, e));
                var text = byDoc[m.Doc].Text[s..e].Trim();
                if (summary is null || (text.Length < summary.Length && text.Length > 30) || summary.Length <= 30)
                {
                    summary = text;
                }
                foreach (var c in claimsByDoc.GetValueOrDefault(m.Doc) ?? [])
                {
                    if (c.Start >= s && c.End <= e)
                    {
                        claimIds.Add(c.Id);
                    }
                }
            }
            foreach (var id in claimsByScope.GetValueOrDefault(ScopeKey(date)) ?? [])
            {
                claimIds.Add(id);
            }
            summary ??= string.Empty;
            if (summary.Length > MaxSummary)
            {
                summary = summary[..(MaxSummary - 1)].TrimEnd() + "…";
            }
            entries.Add(new TimelineEntry(date, summary, [.. docIds], [.. claimIds])
            {
                Precision = precision[date],
                Sources = sources,
                Background = background[date],
            });
        }
        // Entries run by their first day: a season "2019-06/2019-08" sorts with June, a decade "1970/1979" with its first year.
        return [.. entries.OrderBy(x => ScopeKey(x.Date).Split('/')[0], StringComparer.Ordinal).ThenBy(x => x.Date, StringComparer.Ordinal)];
    }

    // The key a claim's time scope is indexed by: an interval written in months or years ("2019-06/2019-08", "1970/1979") as
    // its first and last days ("2019-06-01/2019-08-31"), the way a claim's From/To hold it; any other value as written.
    private static string ScopeKey(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || value.EndsWith("..", StringComparison.Ordinal))
        {
            return value;
        }
        return FirstOf(value[..slash]) is { } from && LastOf(value[(slash + 1)..]) is { } to ? $"{from}/{to}" : value;
    }

    private static string? FirstOf(string part) => part.Length switch
    {
        4 => part + "-01-01",
        7 => part + "-01",
        10 => part,
        _ => null,
    };

    private static string? LastOf(string part)
    {
        if (part.Length == 10)
        {
            return part;
        }
        if (!int.TryParse(part.AsSpan(0, Math.Min(4, part.Length)), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) || y < 1)
        {
            return null;
        }
        if (part.Length == 4)
        {
            return part + "-12-31";
        }
        if (part.Length == 7 && int.TryParse(part.AsSpan(5, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var mo) && mo is >= 1 and <= 12)
        {
            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{part}-{DateTime.DaysInMonth(y, mo):00}");
        }
        return null;
    }

    // An open interval "2025-03-06/..", "2025-03/.." or "2025/..": the first day it covers.
    private static string FirstDay(string openInterval)
    {
        var start = openInterval[..openInterval.IndexOf('/', StringComparison.Ordinal)];
        return start.Length switch
        {
            4 => start + "-01-01",
            7 => start + "-01",
            _ => start,
        };
    }

    /// <summary>The sentence around [start, end): bounded by line breaks and sentence-final punctuation followed by a space.</summary>
    internal static (int Start, int End) Sentence(string text, int start, int end)
    {
        var s = start;
        while (s > 0)
        {
            var c = text[s - 1];
            if (c == '\n' || (s >= 2 && char.IsWhiteSpace(c) && text[s - 2] is '.' or '!' or '?' && !IsAbbreviation(text, s - 2)))
            {
                break;
            }
            s--;
        }
        var e = end;
        while (e < text.Length)
        {
            var c = text[e];
            if (c == '\n')
            {
                break;
            }
            if (c is '.' or '!' or '?' && (e + 1 == text.Length || char.IsWhiteSpace(text[e + 1])) && !IsAbbreviation(text, e))
            {
                e++;
                break;
            }
            e++;
        }
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }
        return (s, e);
    }

    // "Oct. 17", "Feb. 6", "a.m.": a dot after a short word or a single letter does not end a sentence.
    private static bool IsAbbreviation(string text, int dot)
    {
        var w = dot;
        while (w > 0 && char.IsLetter(text[w - 1]))
        {
            w--;
        }
        var len = dot - w;
        if (len == 1)
        {
            return true;
        }
        var word = text.AsSpan(w, len);
        return len <= 4 && (TemporalExtractor.s_months.ContainsKey(word.ToString()) || word.Equals("Mr", StringComparison.Ordinal)
            || word.Equals("Mrs", StringComparison.Ordinal) || word.Equals("Dr", StringComparison.Ordinal) || word.Equals("St", StringComparison.Ordinal));
    }
}
