using Triangulate.Storage.Reading;

namespace Triangulate.Serving;

/// <summary>The story list of one store, a page at a time: the store's summary rows (one indexed query per page), or, for a store written
/// by an older version without them, the summaries derived once by parsing every dossier, cached until the store's file changes.</summary>
/// <threadsafety>Safe for concurrent requests.</threadsafety>
internal sealed class StoryList(string database)
{
    private readonly Lock _lock = new();
    private (string Stamp, IReadOnlyList<StorySummary> Rows)? _derived;

    /// <summary>Opens the store read-only (one connection per request).</summary>
    public IStoryCatalog Open() => StoryCatalogs.Open(database);

    /// <summary>Opens the store once (so a missing file fails at start) and derives the summaries now when the store has none.</summary>
    /// <exception cref="FileNotFoundException">The SQLite database does not exist.</exception>
    /// <exception cref="Storage.StoreBusyException">The PostgreSQL database cannot be reached.</exception>
    public void Warm()
    {
        using var c = Open();
        _ = Page(c, 0, 1);
    }

    /// <summary>Stories <paramref name="offset"/> to <paramref name="offset"/> + <paramref name="limit"/>, largest first, and how many there are.</summary>
    public (IReadOnlyList<StorySummary> Rows, int Total) Page(IStoryCatalog catalog, int offset, int limit)
    {
        if (catalog.HasStoryTable)
        {
            return (catalog.Stories(offset, limit), catalog.StoryCount);
        }
        var stamp = catalog.Stamp;
        IReadOnlyList<StorySummary> rows;
        lock (_lock)
        {
            if (_derived is not { } d || d.Stamp != stamp)
            {
                _derived = (stamp, catalog.DeriveStories());
            }
            rows = _derived.Value.Rows;
        }
        return ([.. rows.Skip(Math.Max(0, offset)).Take(Math.Clamp(limit, 1, 1000))], rows.Count);
    }
}
