using Microsoft.Data.Sqlite;

namespace Triangulate.Storage.Reading;

/// <summary>A stored story: one dossier kept under a name, with its size.</summary>
/// <param name="Name">The name it was saved under (an output folder, or <c>cluster:…</c>).</param>
/// <param name="Documents">Articles in it.</param>
/// <param name="Claims">Figure claims in it.</param>
/// <param name="Label">The first story cluster's label, or null.</param>
/// <param name="WrittenAt">When it was saved (UTC, ISO 8601).</param>
public sealed record StorySummary(string Name, int Documents, int Claims, string? Label, string WrittenAt)
{
    /// <summary>The event's title as the report builds it (headline measure, central place, month), or null.</summary>
    public string? Title { get; init; }

    /// <summary>The earliest publication day of its articles (<c>yyyy-MM-dd</c>), or null.</summary>
    public string? FirstDate { get; init; }

    /// <summary>The latest publication day of its articles (<c>yyyy-MM-dd</c>), or null.</summary>
    public string? LastDate { get; init; }

    /// <summary>The first headline figure in one line ("killed (all): low 700, best 745, high 800"), or null.</summary>
    public string? Headline { get; init; }
}

/// <summary>A stored document that matched a search.</summary>
/// <param name="Id">Document id.</param>
/// <param name="File">Source file.</param>
/// <param name="Title">Headline, or null.</param>
/// <param name="Outlet">Outlet, or null.</param>
/// <param name="Published">Publication date as stored, or null.</param>
public sealed record DocumentHit(string Id, string File, string? Title, string? Outlet, string? Published);

/// <summary>A claim of a stored dossier that matched a search.</summary>
/// <param name="Story">Name of the dossier holding it.</param>
/// <param name="Id">Claim id.</param>
/// <param name="Span">The figure's words.</param>
/// <param name="Measure">What it counts.</param>
/// <param name="Value">Its value, or null.</param>
/// <param name="Doc">The document stating it.</param>
public sealed record ClaimHit(string Story, string Id, string Span, string? Measure, long? Value, string Doc);

/// <summary>Read-only queries over a SQLite store for browsing (<c>triangulate serve</c>): stories largest first, search over documents
/// and claims, one page at a time. Opens the file read-only, so nothing served can change it.</summary>
/// <threadsafety>Not thread-safe; open one per request (opening is cheap).</threadsafety>
public sealed class SqliteDossierCatalog : IStoryCatalog
{
    /// <summary>Up to this many matches are sorted; more are read in index order (<see cref="OrderIndex"/>).</summary>
    private const int SortedMatches = 2000;

    private readonly SqliteConnection _connection;
    private readonly string _path;

    /// <summary>Opens <paramref name="path"/> read-only.</summary>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    public SqliteDossierCatalog(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such database", path);
        }
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        _connection.Open();
        _path = path;
        HasStoryTable = Scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'stories';") is not null;
        HasSearchIndex = Scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'claims_fts';") is not null;
    }

    /// <summary>True when the store has full-text indexes over documents and claim rows (schema 3 and later), so a search is an index
    /// lookup; false for a store written by an older version and not opened for writing since (searched by scanning, slowly).</summary>
    public bool HasSearchIndex { get; }

    /// <summary>True when the store keeps a summary row per story (schema 2 and later), so <see cref="Stories"/> is one indexed query;
    /// false for a store written by an older version and not opened for writing since (<see cref="DeriveStories"/> serves it).</summary>
    public bool HasStoryTable { get; }

    /// <summary>A value that changes whenever the store's file does (size and write time of the database and its write-ahead log), to
    /// invalidate what was derived from it.</summary>
    public string Stamp
    {
        get
        {
            static string Of(string f) => File.Exists(f) ? $"{new FileInfo(f).Length}:{File.GetLastWriteTimeUtc(f).Ticks}" : "-";
            return Of(_path) + "|" + Of(_path + "-wal");
        }
    }

    /// <summary>Stored stories.</summary>
    public int StoryCount => Convert.ToInt32(Scalar(HasStoryTable ? "SELECT count(*) FROM stories;" : "SELECT count(*) FROM dossiers;"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Stored documents.</summary>
    public int DocumentCount => Convert.ToInt32(Scalar("SELECT count(*) FROM documents;"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Stories, the most articles first (then by name), <paramref name="limit"/> from <paramref name="offset"/>: one query over the
    /// summary rows' index; no stored dossier is read.</summary>
    /// <exception cref="InvalidOperationException">The store has no summary rows (<see cref="HasStoryTable"/> is false).</exception>
    public IReadOnlyList<StorySummary> Stories(int offset, int limit)
    {
        if (!HasStoryTable)
        {
            throw new InvalidOperationException($"{_path}: written by an older version (no story summaries); use DeriveStories, or open it once for writing");
        }
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = """
            SELECT name, documents, claims, label, written_at, title, first_date, last_date, headline
            FROM stories ORDER BY documents DESC, name LIMIT $limit OFFSET $offset;
            """;
        Page(cmd, offset, limit);
        using var r = cmd.ExecuteReader();
        return StoryCatalogs.ReadStories(r);
    }

    /// <summary>Every story's summary, derived by parsing each stored dossier once, in <see cref="Stories"/> order: for a store without
    /// summary rows. Costly on a large store; callers cache it against <see cref="Stamp"/>.</summary>
    public IReadOnlyList<StorySummary> DeriveStories()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT name, json, written_at FROM dossiers;";
        using var r = cmd.ExecuteReader();
        return StoryCatalogs.DeriveStories(r);
    }

    /// <summary>Documents whose headline, outlet or text hold the words of <paramref name="query"/> (<see cref="SearchQuery"/>), in file
    /// order: a lookup in the full-text index, then the documents' file index walked in order until the page is full.</summary>
    public IReadOnlyList<DocumentHit> SearchDocuments(string query, int offset, int limit)
    {
        using var cmd = _connection.CreateCommand();
        if (HasSearchIndex)
        {
            if (SearchQuery.Fts5(query) is not { } match)
            {
                return [];
            }
            cmd.CommandText = $"""
                SELECT id, file, title, outlet, published FROM documents {OrderIndex("documents_fts", match, "documents_file")}
                WHERE rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH $q)
                ORDER BY file, id LIMIT $limit OFFSET $offset;
                """;
            cmd.Parameters.AddWithValue("$q", match);
        }
        else
        {
            // Schema 2 and older: no index, every document's text scanned.
            cmd.CommandText = """
                SELECT id, file, title, outlet, published FROM documents
                WHERE title LIKE $q ESCAPE '\' OR outlet LIKE $q ESCAPE '\' OR clean_text LIKE $q ESCAPE '\'
                ORDER BY file, id LIMIT $limit OFFSET $offset;
                """;
            cmd.Parameters.AddWithValue("$q", StoryCatalogs.Like(query));
        }
        Page(cmd, offset, limit);
        using var r = cmd.ExecuteReader();
        return StoryCatalogs.ReadDocumentHits(r);
    }

    /// <summary>Claims of the stored stories whose words, measure or value hold the words of <paramref name="query"/> (<see cref="SearchQuery"/>),
    /// by story then claim order: from the claim rows' full-text index.</summary>
    public IReadOnlyList<ClaimHit> SearchClaims(string query, int offset, int limit)
    {
        using var cmd = _connection.CreateCommand();
        if (HasSearchIndex)
        {
            if (SearchQuery.Fts5(query) is not { } match)
            {
                return [];
            }
            cmd.CommandText = $"""
                SELECT story, id, span, measure, value, doc FROM claims {OrderIndex("claims_fts", match, "claims_order")}
                WHERE seq IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH $q)
                ORDER BY story, ord LIMIT $limit OFFSET $offset;
                """;
            cmd.Parameters.AddWithValue("$q", match);
        }
        else
        {
            // Schema 2 and older: every stored dossier's claims expanded and scanned.
            cmd.CommandText = """
                SELECT d.name, json_extract(c.value, '$.id'), json_extract(c.value, '$.span'), json_extract(c.value, '$.measure'),
                       json_extract(c.value, '$.value'), json_extract(c.value, '$.doc')
                FROM dossiers d, json_each(CAST(d.json AS TEXT), '$.claims') c
                WHERE json_extract(c.value, '$.span') LIKE $q ESCAPE '\' OR json_extract(c.value, '$.measure') LIKE $q ESCAPE '\'
                ORDER BY d.name, c.key LIMIT $limit OFFSET $offset;
                """;
            cmd.Parameters.AddWithValue("$q", StoryCatalogs.Like(query));
        }
        Page(cmd, offset, limit);
        var list = new List<ClaimHit>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new ClaimHit(r.GetString(0), StoryCatalogs.Str(r, 1) ?? "", StoryCatalogs.Str(r, 2) ?? "", StoryCatalogs.Str(r, 3), r.IsDBNull(4) ? null : r.GetInt64(4), StoryCatalogs.Str(r, 5) ?? ""));
        }
        return list;
    }

    /// <summary>How the rows matching <paramref name="match"/> in <paramref name="fts"/> are put in order: a few (at most
    /// <see cref="SortedMatches"/>) are looked up and sorted (nothing added: the planner does that); many are found by walking
    /// <paramref name="orderIndex"/> in order and stopping when the page is full (<c>INDEXED BY</c>), instead of sorting them all.</summary>
    /// <remarks>Measured on 100,000 documents: sorting the matches of a word in every document took 200–330 ms; walking the index
    /// 30–80 ms; the walk is the slower one for a rare word (the whole index read for a few rows).</remarks>
    private string OrderIndex(string fts, string match, string orderIndex)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = $"SELECT count(*) FROM (SELECT 1 FROM {fts} WHERE {fts} MATCH $q LIMIT {SortedMatches + 1});";
        cmd.Parameters.AddWithValue("$q", match);
        return (long)cmd.ExecuteScalar()! > SortedMatches ? "INDEXED BY " + orderIndex : "";
    }

    /// <summary>The dossier stored under <paramref name="name"/>, or null.</summary>
    public Dossier? Story(string name)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT json FROM dossiers WHERE name = $n;";
        cmd.Parameters.AddWithValue("$n", name);
        using var r = cmd.ExecuteReader();
        return r.Read() && SqliteDossierStore.ReadJson(r, 0) is { } json ? DossierJson.Deserialize(json) : null;
    }

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    private static void Page(SqliteCommand cmd, int offset, int limit)
    {
        cmd.Parameters.AddWithValue("$offset", Math.Max(0, offset));
        cmd.Parameters.AddWithValue("$limit", Math.Clamp(limit, 1, 1000));
    }

    private object? Scalar(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}
