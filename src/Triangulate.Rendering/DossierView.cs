using System.Globalization;

namespace Triangulate.Rendering;

/// <summary>Lookups over a dossier shared by the HTML, Markdown and CSV renderers (built once per render).</summary>
/// <remarks>Never throws on inconsistent dossiers: dangling ids resolve to null, bad offsets are clamped.</remarks>
internal sealed class DossierView
{
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

    /// <summary>A short label for a document: its outlet, else its file name.</summary>
    public string DocLabel(string? docId)
    {
        var d = Doc(docId);
        if (d is null)
        {
            return docId ?? "";
        }
        return !string.IsNullOrWhiteSpace(d.Outlet) ? d.Outlet! : Path.GetFileName(d.File);
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
