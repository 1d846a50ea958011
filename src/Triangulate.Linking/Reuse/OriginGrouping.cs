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
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            parent[d.Id] = d.Id;
        }
        string Find(string x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }
        foreach (var link in links)
        {
            if (!link.Kind.SharesOrigin() || !parent.ContainsKey(link.A) || !parent.ContainsKey(link.B))
            {
                continue;
            }
            var a = Find(link.A);
            var b = Find(link.B);
            if (a != b)
            {
                parent[b] = a;
            }
        }
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            var root = Find(d.Id);
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
