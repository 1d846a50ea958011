using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Triangulate.Rendering;

/// <summary>Lookups over a dossier shared by the HTML, Markdown and CSV renderers (built once per render).</summary>
/// <remarks>Never throws on inconsistent dossiers: dangling ids resolve to null, bad offsets are clamped.</remarks>
internal sealed partial class DossierView
{
    private const int LabelChars = 48;

    private readonly Dictionary<string, DossierDocument> _docs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FigureClaim> _claims = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FigureSeries> _seriesOfClaim = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _originGroupOfDoc = new(StringComparer.Ordinal);
    private Dictionary<string, List<int>>? _flagsOfClaim;

    /// <summary>Builds the lookups.</summary>
    public DossierView(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        Dossier = dossier;
        foreach (var d in dossier.Documents)
        {
            _docs.TryAdd(d.Id, d);
        }
        foreach (var c in dossier.Claims)
        {
            _claims.TryAdd(c.Id, c);
        }
        foreach (var e in dossier.Entities)
        {
            _entities.TryAdd(e.Id, e);
        }
        foreach (var s in dossier.Series)
        {
            foreach (var p in s.Points)
            {
                _seriesOfClaim.TryAdd(p, s);
            }
        }
        OriginGroups = ReadOriginGroups(dossier);
        for (var i = 0; i < OriginGroups.Count; i++)
        {
            foreach (var d in OriginGroups[i].Docs)
            {
                _originGroupOfDoc.TryAdd(d, i);
            }
        }
    }

    /// <summary>The dossier rendered.</summary>
    public Dossier Dossier { get; }

    /// <summary>Documents grouped by shared origin, as the reuse pass stored them (<see cref="Dossier.OriginGroups"/>): each group is one
    /// independent origin; largest groups first. A document no group holds (a dossier written before the groups were stored) is a group of its own, at the end.</summary>
    public IReadOnlyList<OriginGroup> OriginGroups { get; }

    /// <summary>Finds a document, or null.</summary>
    public DossierDocument? Doc(string? id) => id is not null && _docs.TryGetValue(id, out var d) ? d : null;

    /// <summary>Finds a claim, or null.</summary>
    public FigureClaim? Claim(string? id) => id is not null && _claims.TryGetValue(id, out var c) ? c : null;

    /// <summary>Finds an entity, or null.</summary>
    public Entity? Entity(string? id) => id is not null && _entities.TryGetValue(id, out var e) ? e : null;

    /// <summary>The series a claim belongs to, or null.</summary>
    public FigureSeries? SeriesOf(string claimId) => _seriesOfClaim.TryGetValue(claimId, out var s) ? s : null;

    /// <summary>Index of the reuse group of a document in <see cref="OriginGroups"/>, or -1.</summary>
    public int OriginGroupOf(string docId) => _originGroupOfDoc.TryGetValue(docId, out var i) ? i : -1;

    /// <summary>A short label for a document, as a reader names a source: its outlet, else its headline in quotes (shortened at a word), else its file name.</summary>
    public string DocLabel(string? docId)
    {
        var d = Doc(docId);
        if (d is null)
        {
            return docId ?? "";
        }
        if (!string.IsNullOrWhiteSpace(d.Outlet))
        {
            return d.Outlet!;
        }
        return !string.IsNullOrWhiteSpace(d.Title) ? "“" + Shorten(d.Title!, LabelChars) + "”" : Path.GetFileName(d.File);
    }

    /// <summary>A document's tooltip: its headline (when the label is the outlet), file and id.</summary>
    public string DocTooltip(string? docId)
    {
        var d = Doc(docId);
        if (d is null)
        {
            return "document " + docId;
        }
        var parts = new List<string>(3);
        if (!string.IsNullOrWhiteSpace(d.Outlet) && !string.IsNullOrWhiteSpace(d.Title))
        {
            parts.Add("“" + Shorten(d.Title!, 80) + "”");
        }
        parts.Add(Path.GetFileName(d.File));
        parts.Add("document " + d.Id);
        return string.Join(" · ", parts);
    }

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="max"/> characters at a word boundary, with an ellipsis.</summary>
    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        if (text.Length <= max)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', max - 1);
        if (cut < max / 2)
        {
            cut = max - 1;
        }
        return text[..cut].TrimEnd(' ', ',', ';', ':', '-', '–') + "…";
    }

    /// <summary>Text written by a stage (an origin name, an estimate's reason, a flag's detail) with every document id it names
    /// replaced by the document's label, so a reader sees outlets and headlines, not hex ids ("unattributed (document 3f2a…)" becomes
    /// "unattributed (Outlet)").</summary>
    public string Readable(string? text)
    {
        if (string.IsNullOrEmpty(text) || _docs.Count == 0)
        {
            return text ?? "";
        }
        StringBuilder? sb = null;
        var pos = 0;
        foreach (var m in IdToken().EnumerateMatches(text))
        {
            var id = text.AsSpan(m.Index, m.Length);
            var word = id.StartsWith("document ", StringComparison.Ordinal) ? 9 : 0;
            var key = id[word..].ToString();
            if (!_docs.ContainsKey(key))
            {
                continue;
            }
            sb ??= new StringBuilder(text.Length + 64);
            sb.Append(text, pos, m.Index - pos).Append(DocLabel(key));
            pos = m.Index + m.Length;
        }
        return sb is null ? text : sb.Append(text, pos, text.Length - pos).ToString();
    }

    // Candidate ids only (hex and dashed tokens of 8+ characters); the dictionary decides.
    [GeneratedRegex(@"(?:document )?\b[0-9A-Za-z][0-9A-Za-z_-]{7,63}\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex IdToken();

    /// <summary>A title for the event from the dossier itself: the headline measure, the place named by most articles, and the month
    /// most of the event's figures refer to ("Killings in X, March 2025"); null when the dossier names none of them.</summary>
    public string? EventTitle()
    {
        var ordered = SeriesInOrder();
        var series = ordered.FirstOrDefault(s => s.Estimate.Best is not null) ?? (ordered.Count > 0 ? ordered[0] : null);
        var noun = series is null ? null : MeasureNoun(series.Measure);
        var place = CentralPlace();
        var month = EventMonth();
        if (noun is null && place is null)
        {
            return null;
        }
        var sb = new StringBuilder(noun ?? "Reports");
        if (place is not null)
        {
            sb.Append(" in ").Append(place);
        }
        if (month is { } m)
        {
            sb.Append(", ").Append(m.ToString("MMMM yyyy", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>The noun for a count of a measure, for a title ("killed" → "Killings").</summary>
    public static string MeasureNoun(string measure) => measure switch
    {
        Measures.Killed => "Killings",
        Measures.Injured => "Injuries",
        Measures.Missing => "People missing",
        Measures.Displaced => "Displacement",
        Measures.Arrested or Measures.Detained => "Arrests",
        Measures.Evacuated => "Evacuations",
        Measures.Rescued => "Rescues",
        Measures.Incidents => "Incidents",
        _ => measure.Length == 0 ? "Reports" : char.ToUpperInvariant(measure[0]) + measure[1..],
    };

    /// <summary>The place named by the most articles (then the most often), preferring located places; null when none.</summary>
    public string? CentralPlace() => Dossier.Entities
        .Where(e => e.Type == EntityType.Place && !string.IsNullOrWhiteSpace(e.Canonical))
        .OrderByDescending(e => e.Geo is null ? 0 : 1)
        .ThenByDescending(e => e.Mentions.Select(m => m.Doc).Distinct(StringComparer.Ordinal).Count())
        .ThenByDescending(e => e.Mentions.Count)
        .ThenBy(e => e.Canonical, StringComparer.Ordinal)
        .Select(e => e.Canonical)
        .FirstOrDefault();

    /// <summary>The month most of the event's figures refer to (background figures left out), else the month most articles were published; ties go to the earlier month.</summary>
    public DateOnly? EventMonth()
    {
        var days = Dossier.Claims.Where(c => c.EventScope != FigureClaim.Background).Select(ClaimDate).OfType<DateOnly>().ToList();
        if (days.Count == 0)
        {
            days = [.. Dossier.Documents.Select(d => ParseDate(d.Published?.Date)).OfType<DateOnly>()];
        }
        return days.Count == 0 ? null : days
            .GroupBy(d => new DateOnly(d.Year, d.Month, 1))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .First().Key;
    }

    /// <summary>The claims about something other than the event (<see cref="FigureClaim.Background"/>), in dossier order.</summary>
    public IReadOnlyList<FigureClaim> BackgroundClaims() => [.. Dossier.Claims.Where(c => c.EventScope == FigureClaim.Background)];

    /// <summary>The claim behind an estimate's value: a point of the series whose value (or bound) is <paramref name="value"/>, the latest such; null when none.</summary>
    public FigureClaim? ClaimFor(FigureSeries series, long? value)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (value is null)
        {
            return null;
        }
        FigureClaim? found = null;
        foreach (var id in series.Points)
        {
            if (Claim(id) is { } c && (ValueOf(c) == value || c.Value == value || c.Low == value || c.High == value))
            {
                found = c;
            }
        }
        return found;
    }

    /// <summary>The outlet of a document (or its provenance, or "unknown outlet").</summary>
    public string Outlet(string? docId)
    {
        var d = Doc(docId);
        return d?.Outlet is { Length: > 0 } o ? o : d?.Provenance is { Length: > 0 } p ? p : "unknown outlet";
    }

    /// <summary>The day a claim refers to, as reconciliation ordered it (<see cref="ClaimDates.AsOf"/>).</summary>
    public DateOnly? ClaimDate(FigureClaim claim) => ClaimDates.AsOf(claim, Doc(claim?.Doc)).Day;

    /// <summary>The value plotted or sorted for a claim: its value, else its low, else its high.</summary>
    public static long? ValueOf(FigureClaim claim) => claim.Value ?? claim.Low ?? claim.High;

    /// <summary>The sentence around a claim, clamped to the text: (sentence start, sentence end, figure start, figure end).</summary>
    public (int SentenceStart, int SentenceEnd, int Start, int End)? Sentence(FigureClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var text = Doc(claim.Doc)?.Text;
        if (text is null)
        {
            return null;
        }
        var start = Math.Clamp(claim.Start, 0, text.Length);
        var end = Math.Clamp(claim.End, start, text.Length);
        int ss, se;
        if (claim.SentenceEnd > claim.SentenceStart && claim.SentenceStart <= start && claim.SentenceEnd >= end && claim.SentenceEnd <= text.Length)
        {
            ss = claim.SentenceStart;
            se = claim.SentenceEnd;
        }
        else
        {
            // No usable sentence bounds: widen to the nearest line break or sentence stop, at most 160 characters each way.
            ss = start;
            while (ss > 0 && start - ss < 160 && text[ss - 1] != '\n' && !(ss >= 2 && text[ss - 2] == '.' && text[ss - 1] == ' '))
            {
                ss--;
            }
            se = end;
            while (se < text.Length && se - end < 160 && text[se] != '\n' && !(text[se] == '.' && (se + 1 == text.Length || text[se + 1] == ' ' || text[se + 1] == '\n')))
            {
                se++;
            }
            if (se < text.Length && text[se] == '.')
            {
                se++;
            }
        }
        return (ss, se, start, end);
    }

    /// <summary>Parses an ISO date (<c>2025-03-06</c>), month (<c>2025-03</c>, first day) or interval start; null otherwise (<see cref="ClaimDates.ParseDay"/>).</summary>
    public static DateOnly? ParseDate(string? iso) => ClaimDates.ParseDay(iso?.Trim());

    /// <summary>Formats a number with thousands separators (invariant culture), or an em dash for null.</summary>
    public static string Number(long? n) => n is { } v ? v.ToString("#,0", CultureInfo.InvariantCulture) : "—";

    /// <summary>The words for a qualifier: "at least", "about", ….</summary>
    public static string QualifierWords(Qualifier q) => q.Words();

    /// <summary>The contract name of a qualifier (<c>at_least</c>).</summary>
    public static string QualifierCode(Qualifier q) => q.Code();

    /// <summary>A figure in words: "at least 745", "500–600", "hundreds (100–900)".</summary>
    public static string Figure(FigureClaim c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c.Qualifier switch
        {
            Qualifier.Range => $"{Number(c.Low ?? c.Value)}–{Number(c.High)}",
            Qualifier.Vague => c.Low is null && c.High is null ? "vague" : $"vague ({Number(c.Low)}–{Number(c.High)})",
            Qualifier.Exact => Number(c.Value),
            _ => $"{QualifierWords(c.Qualifier)} {Number(c.Value ?? c.Low ?? c.High)}",
        };
    }

    /// <summary>The series in reading order, as reconciliation ranked them (<see cref="FigureSeries.Rank"/>); unranked series follow in dossier order.</summary>
    public IReadOnlyList<FigureSeries> SeriesInOrder() =>
        [.. Dossier.Series.OrderBy(s => s.Rank > 0 ? s.Rank : int.MaxValue)];

    /// <summary>Flags that involve any claim of a series.</summary>
    public IReadOnlyList<ConsistencyFlag> FlagsOf(FigureSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        // Indexed by claim once per view: a scan of every flag per series was quadratic on large dossiers.
        var byClaim = _flagsOfClaim ??= IndexFlags(Dossier.Flags);
        var indices = new SortedSet<int>();
        foreach (var p in series.Points)
        {
            if (byClaim.TryGetValue(p, out var list))
            {
                indices.UnionWith(list);
            }
        }
        // In the dossier's flag order.
        return [.. indices.Select(i => Dossier.Flags[i])];
    }

    private static Dictionary<string, List<int>> IndexFlags(IReadOnlyList<ConsistencyFlag> flags)
    {
        var byClaim = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < flags.Count; i++)
        {
            foreach (var c in flags[i].Claims)
            {
                if (!byClaim.TryGetValue(c, out var list))
                {
                    byClaim[c] = list = [];
                }
                list.Add(i);
            }
        }
        return byClaim;
    }

    /// <summary>Places with coordinates.</summary>
    public IReadOnlyList<Entity> GeocodedPlaces() =>
        [.. Dossier.Entities.Where(e => e.Geo is { } g && double.IsFinite(g.Lat) && double.IsFinite(g.Lon) && Math.Abs(g.Lat) <= 90 && Math.Abs(g.Lon) <= 180)];

    /// <summary>True when <paramref name="section"/> is listed in <see cref="Dossier.NotExtracted"/>.</summary>
    public bool NotExtracted(string section) => Dossier.NotExtracted.Contains(section, StringComparer.Ordinal);

    /// <summary>The message for an empty section: "Not extracted yet." or "None found.".</summary>
    public string EmptyMessage(string section, string what) =>
        NotExtracted(section) ? $"Not extracted yet: this build has no stage that finds {what}." : $"None found: no {what} in these documents.";

    private static List<OriginGroup> ReadOriginGroups(Dossier dossier)
    {
        var groups = new List<OriginGroup>(dossier.OriginGroups);
        var held = new HashSet<string>(groups.SelectMany(g => g.Docs), StringComparer.Ordinal);
        foreach (var d in dossier.Documents)
        {
            if (held.Add(d.Id))
            {
                groups.Add(new OriginGroup(d.Id, [d.Id], d.Id));
            }
        }
        return groups;
    }
}
