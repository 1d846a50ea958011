using System.Data.Common;
using System.Globalization;

namespace Triangulate.Storage.Reading;

/// <summary>Read-only queries over a store for browsing (<c>triangulate serve</c>): stories largest first, search over documents and
/// claims, one story's dossier; every list one page at a time. <see cref="SqliteDossierCatalog"/> and <see cref="PostgresDossierCatalog"/>.</summary>
public interface IStoryCatalog : IDisposable
{
    /// <summary>True when the store keeps a summary row per story, so <see cref="Stories"/> is one indexed query; false for a store
    /// written by an older version and not opened for writing since (<see cref="DeriveStories"/> serves it).</summary>
    bool HasStoryTable { get; }

    /// <summary>True when the store has full-text indexes over documents and claims (schema 3), so <see cref="SearchDocuments"/> and
    /// <see cref="SearchClaims"/> are index lookups; false for a store written by an older version and not opened for writing since (searched
    /// by scanning every document and dossier, with substring matching).</summary>
    bool HasSearchIndex { get; }

    /// <summary>A value that changes whenever the stored dossiers do, to invalidate what was derived from them.</summary>
    string Stamp { get; }

    /// <summary>Stored stories.</summary>
    int StoryCount { get; }

    /// <summary>Stored documents.</summary>
    int DocumentCount { get; }

    /// <summary>Stories, the most articles first (then by name), <paramref name="limit"/> from <paramref name="offset"/>, from the summary rows.</summary>
    /// <exception cref="InvalidOperationException">The store has no summary rows (<see cref="HasStoryTable"/> is false).</exception>
    IReadOnlyList<StorySummary> Stories(int offset, int limit);

    /// <summary>Every story's summary, derived by parsing each stored dossier once, in <see cref="Stories"/> order.</summary>
    IReadOnlyList<StorySummary> DeriveStories();

    /// <summary>Documents whose headline, outlet or text hold the words of <paramref name="query"/> (as <see cref="SearchQuery"/> reads them;
    /// case-insensitive), in file order.</summary>
    IReadOnlyList<DocumentHit> SearchDocuments(string query, int offset, int limit);

    /// <summary>Claims of the stored stories whose words, measure or value hold the words of <paramref name="query"/> (<see cref="SearchQuery"/>),
    /// by story then claim order.</summary>
    IReadOnlyList<ClaimHit> SearchClaims(string query, int offset, int limit);

    /// <summary>The dossier stored under <paramref name="name"/>, or null.</summary>
    Dossier? Story(string name);
}

/// <summary>Opens the read-only catalog of the store a <c>--db</c> argument names (PostgreSQL URI or keywords, else a SQLite file).</summary>
public static class StoryCatalogs
{
    /// <summary>Opens <paramref name="dbArgument"/> read-only.</summary>
    /// <exception cref="FileNotFoundException">No such SQLite file.</exception>
    /// <exception cref="StoreBusyException">The PostgreSQL server could not be reached.</exception>
    public static IStoryCatalog Open(string dbArgument)
    {
        ArgumentNullException.ThrowIfNull(dbArgument);
        return DossierStores.IsServer(dbArgument) ? new PostgresDossierCatalog(dbArgument) : new SqliteDossierCatalog(dbArgument);
    }

    /// <summary>Sorts summaries as <see cref="IStoryCatalog.Stories"/> lists them: most articles first, then by name (ordinal).</summary>
    internal static void Sort(List<StorySummary> list) =>
        list.Sort((a, b) => a.Documents != b.Documents ? b.Documents.CompareTo(a.Documents) : string.CompareOrdinal(a.Name, b.Name));

    /// <summary>The summary rows a stories query returns (name, documents, claims, label, written, title, first and last day, headline).</summary>
    internal static List<StorySummary> ReadStories(DbDataReader r)
    {
        var list = new List<StorySummary>();
        while (r.Read())
        {
            list.Add(new StorySummary(r.GetString(0), r.GetInt32(1), r.GetInt32(2), Str(r, 3), r.GetString(4))
            {
                Title = Str(r, 5),
                FirstDate = Str(r, 6),
                LastDate = Str(r, 7),
                Headline = Str(r, 8),
            });
        }
        return list;
    }

    /// <summary>Summaries derived from (name, dossier JSON, written) rows, in <see cref="Sort"/> order.</summary>
    internal static List<StorySummary> DeriveStories(DbDataReader r)
    {
        var list = new List<StorySummary>();
        while (r.Read())
        {
            list.Add(StorySummaries.Of(r.GetString(0), DossierJson.Deserialize(r.GetString(1)), r.GetString(2)));
        }
        Sort(list);
        return list;
    }

    /// <summary>The document hits a search returns (id, file, title, outlet, published).</summary>
    internal static List<DocumentHit> ReadDocumentHits(DbDataReader r)
    {
        var list = new List<DocumentHit>();
        while (r.Read())
        {
            list.Add(new DocumentHit(r.GetString(0), r.GetString(1), Str(r, 2), Str(r, 3), Str(r, 4)));
        }
        return list;
    }

    /// <summary>Column <paramref name="i"/> as invariant text; null for SQL NULL.</summary>
    internal static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture);

    /// <summary>A LIKE pattern matching <paramref name="query"/> anywhere, its own <c>%</c>, <c>_</c> and <c>\</c> taken literally.</summary>
    internal static string Like(string query) =>
        "%" + query.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
