namespace Triangulate.Linking.Reuse;

/// <summary>Union-find over string keys (document ids, normalised names): which keys have been joined into one set.</summary>
/// <remarks>A key is added on first sight; <see cref="Find"/> halves the path it walks.</remarks>
/// <threadsafety>Not thread-safe; one instance per computation.</threadsafety>
internal sealed class DisjointSets
{
    private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);

    /// <summary>Every key seen so far.</summary>
    public IEnumerable<string> Keys => _parent.Keys;

    /// <summary>Whether the key has been seen.</summary>
    public bool Contains(string key) => _parent.ContainsKey(key);

    /// <summary>The root of the key's set (the key itself when it is new, which adds it).</summary>
    public string Find(string key)
    {
        if (!_parent.TryGetValue(key, out var p))
        {
            _parent[key] = key;
            return key;
        }
        while (p != key)
        {
            var up = _parent[p];
            _parent[key] = up;
            key = p;
            p = up;
        }
        return key;
    }

    /// <summary>Joins the sets of <paramref name="a"/> and <paramref name="b"/>; false when they were one already.</summary>
    /// <param name="a">A key; its root stays the root unless <paramref name="preferRoot"/> picks the other.</param>
    /// <param name="b">The other key.</param>
    /// <param name="preferRoot">Given the two roots, the one to keep as the joined set's root.</param>
    public bool Union(string a, string b, Func<string, string, string>? preferRoot = null)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra == rb)
        {
            return false;
        }
        var root = preferRoot?.Invoke(ra, rb) ?? ra;
        _parent[root == ra ? rb : ra] = root;
        return true;
    }
}
