namespace Triangulate.Linking.Reuse;

/// <summary>Bounds the aligned passages a dossier writes for a family of copies: every link stays (with its kind, score and
/// evidence), but in a family of more than <see cref="AllPassagesUpTo"/> documents only the links of one spanning tree carry their
/// passages — each document's link towards the family's source — and the others keep only the count of passages left out.</summary>
/// <remarks>
/// A wire story run by N outlets gives N(N − 1)/2 links, and each link aligns the same sentences again (a 66-article generated
/// cluster: 8.1 of its 11.6 MB of dossier.json were passages). The tree keeps N − 1 links with passages, so the passages written
/// grow linearly with the family: at most the sentences of each document once. Which links carry them, in this order: a link
/// between a document and the source of its origin group (<see cref="OriginGroup.Source"/>); a link that joins origins
/// (<see cref="Vocabulary.SharesOrigin"/>) before one that does not (two articles quoting one statement); the higher score; the
/// earlier link. Self-repeats are inside one document and always keep their passages. A family is the set of documents joined by
/// links of any kind other than a self-repeat. The passages of a link left out are those of the path between its two documents in
/// the tree: the text both share with the source.
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
internal static class PassageBound
{
    /// <summary>Families of at most this many documents keep the passages of every link (at most 28 links).</summary>
    public const int AllPassagesUpTo = 8;

    /// <summary>The links with passages kept on one spanning tree of each family larger than <paramref name="allUpTo"/> documents.</summary>
    /// <param name="links">The reuse links, in their order (kept).</param>
    /// <param name="groups">The origin groups computed from the same links.</param>
    /// <param name="allUpTo">Families up to this size keep every link's passages.</param>
    /// <returns>The same links in the same order; a link off the tree has no passages and <see cref="ReuseLink.PassagesOmitted"/> set.</returns>
    public static IReadOnlyList<ReuseLink> Apply(IReadOnlyList<ReuseLink> links, IReadOnlyList<OriginGroup> groups, int allUpTo = AllPassagesUpTo)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(groups);
        var family = new DisjointSets();
        var between = new List<int>();
        for (var i = 0; i < links.Count; i++)
        {
            if (links[i].A != links[i].B)
            {
                family.Union(links[i].A, links[i].B);
                between.Add(i);
            }
        }
        var size = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in family.Keys)
        {
            var root = family.Find(id);
            size[root] = size.GetValueOrDefault(root) + 1;
        }
        var large = between.Where(i => size[family.Find(links[i].A)] > allUpTo).ToList();
        if (large.Count == 0)
        {
            return links;
        }
        var sourceOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            foreach (var d in g.Docs)
            {
                sourceOf[d] = g.Source;
            }
        }
        // A link from a document to the source of its origin group (the source is then in the group too).
        bool ToSource(ReuseLink l) => sourceOf.GetValueOrDefault(l.B) == l.A || sourceOf.GetValueOrDefault(l.A) == l.B;
        large.Sort((x, y) =>
        {
            var (lx, ly) = (links[x], links[y]);
            var c = ToSource(ly).CompareTo(ToSource(lx));
            if (c == 0)
            {
                c = ly.Kind.SharesOrigin().CompareTo(lx.Kind.SharesOrigin());
            }
            if (c == 0)
            {
                c = ly.Score.CompareTo(lx.Score);
            }
            return c != 0 ? c : x.CompareTo(y);
        });
        var tree = new DisjointSets();
        var result = links.ToArray();
        foreach (var i in large)
        {
            var l = links[i];
            if (!tree.Union(l.A, l.B) && l.Passages.Count > 0)
            {
                result[i] = l with { Passages = [], PassagesOmitted = l.PassagesOmitted + l.Passages.Count };
            }
        }
        return result;
    }
}
