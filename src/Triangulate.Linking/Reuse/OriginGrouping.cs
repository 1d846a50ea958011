namespace Triangulate.Linking.Reuse;

/// <summary>Groups documents by shared origin: documents joined by reuse links that share text (a duplicate, copy, paraphrase or
/// shared origin) are one origin; every other document is an origin of its own.</summary>
/// <remarks>Computed once, by <see cref="ReusePass"/>, into <see cref="Dossier.OriginGroups"/>; the report reads it.</remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class OriginGrouping
{
    /// <summary>The origin groups of <paramref name="documents"/>: largest first, then by first document id; each group's documents in
    /// <paramref name="documents"/> order, and its likely source.</summary>
    /// <param name="documents">The dossier's documents.</param>
    /// <param name="links">The reuse links; links to unknown documents are ignored.</param>
    public static IReadOnlyList<OriginGroup> Of(IReadOnlyList<DossierDocument> documents, IReadOnlyList<ReuseLink> links)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(links);
        var sets = new DisjointSets();
        foreach (var d in documents)
        {
            sets.Find(d.Id);
        }
        foreach (var link in links)
        {
            if (link.Kind.SharesOrigin() && sets.Contains(link.A) && sets.Contains(link.B))
            {
                sets.Union(link.A, link.B);
            }
        }
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            var root = sets.Find(d.Id);
            if (!groups.TryGetValue(root, out var list))
            {
                groups[root] = list = [];
            }
            list.Add(d.Id);
        }
        var copied = links.Where(l => l.Directed && l.Kind.SharesOrigin() && l.A != l.B).Select(l => l.B).ToHashSet(StringComparer.Ordinal);
        var published = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            published.TryAdd(d.Id, ClaimDates.ParseDay(d.Published?.Date.Trim()));
        }
        var ordered = groups.Values.OrderByDescending(g => g.Count).ThenBy(g => g[0], StringComparer.Ordinal).ToList();
        var result = new List<OriginGroup>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            result.Add(new OriginGroup("o-" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), ordered[i], Source(ordered[i], copied, published)));
        }
        return result;
    }

    // The earliest-published document with no incoming directed copy link: the likely original.
    private static string Source(List<string> group, HashSet<string> copied, Dictionary<string, DateOnly?> published) =>
        group
            .OrderBy(d => copied.Contains(d) ? 1 : 0)
            .ThenBy(d => published.GetValueOrDefault(d) ?? DateOnly.MaxValue)
            .ThenBy(d => d, StringComparer.Ordinal)
            .First();
}
