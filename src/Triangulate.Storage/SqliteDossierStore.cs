using System.Text.Json;
using Microsoft.Data.Sqlite;
using Triangulate.Cleaning;
using Triangulate.Ingest;
using Triangulate.Pipeline;
using Triangulate.Storage.Reading;

namespace Triangulate.Storage;

/// <summary>The embedded store: one SQLite file in WAL mode, schema versioned by <c>PRAGMA user_version</c> with ordered migrations.</summary>
/// <remarks>
/// Concurrency: several processes may write the same file. Writers wait for each other (busy timeout, default 30 s)
/// instead of failing, so two ingests into one database both finish; if the wait runs out the caller gets
/// <see cref="StoreBusyException"/> ("database in use"). Every batch is one transaction.
/// </remarks>
/// <threadsafety>One instance per thread; open several instances for concurrent use.</threadsafety>
public sealed class SqliteDossierStore : IDossierStore, IDocumentSpill
{
    /// <summary>The schema version this code writes.</summary>
    public const int SchemaVersion = 4;

    // The triggers that keep both search indexes in step with their tables. A scratch store (searchIndex: false) drops them,
    // so its inserts skip the tokenising; a store opened with the index wanted and the triggers missing puts them back and
    // rebuilds both indexes, so a file once used as scratch never serves a stale search.
    private const string SearchTriggers = """
        CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts (rowid, title, outlet, clean_text) VALUES (new.rowid, new.title, new.outlet, new.clean_text);
        END;
        CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts (documents_fts, rowid, title, outlet, clean_text) VALUES ('delete', old.rowid, old.title, old.outlet, old.clean_text);
        END;
        CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, outlet, clean_text ON documents BEGIN
            INSERT INTO documents_fts (documents_fts, rowid, title, outlet, clean_text) VALUES ('delete', old.rowid, old.title, old.outlet, old.clean_text);
            INSERT INTO documents_fts (rowid, title, outlet, clean_text) VALUES (new.rowid, new.title, new.outlet, new.clean_text);
        END;
        CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
            INSERT INTO claims_fts (rowid, span, measure, value) VALUES (new.seq, new.span, new.measure, new.value);
        END;
        CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
            INSERT INTO claims_fts (claims_fts, rowid, span, measure, value) VALUES ('delete', old.seq, old.span, old.measure, old.value);
        END;
        """;

    private const string DropSearchTriggers = """
        DROP TRIGGER IF EXISTS documents_fts_insert;
        DROP TRIGGER IF EXISTS documents_fts_delete;
        DROP TRIGGER IF EXISTS documents_fts_update;
        DROP TRIGGER IF EXISTS claims_fts_insert;
        DROP TRIGGER IF EXISTS claims_fts_delete;
        """;

    private static readonly string[] s_migrations =
    [
        // 1: documents, problems, dossiers
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            file TEXT NOT NULL,
            format TEXT NOT NULL,
            title TEXT, outlet TEXT, url TEXT,
            published TEXT, published_source TEXT, modified TEXT, stated_date TEXT,
            encoding TEXT, byte_length INTEGER NOT NULL DEFAULT 0,
            original_text TEXT NOT NULL,
            clean_text TEXT NOT NULL,
            removed_json TEXT NOT NULL,
            segments_json TEXT NOT NULL,
            dateline_json TEXT, provenance TEXT,
            ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
        );
        CREATE INDEX documents_file ON documents(file);
        CREATE TABLE problems (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            file TEXT NOT NULL, reason TEXT NOT NULL, stage TEXT NOT NULL, severity TEXT NOT NULL,
            seen_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
        );
        CREATE TABLE dossiers (
            name TEXT PRIMARY KEY,
            json TEXT NOT NULL,
            written_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
        );
        """,
        // 2: one summary row per dossier, so a story list is one indexed query (filled from the stored dossiers by BackfillStories)
        """
        CREATE TABLE stories (
            name TEXT PRIMARY KEY,
            documents INTEGER NOT NULL, claims INTEGER NOT NULL,
            label TEXT, title TEXT, first_date TEXT, last_date TEXT, headline TEXT,
            written_at TEXT NOT NULL
        );
        CREATE INDEX stories_size ON stories(documents DESC, name);
        """,
        // 3: full-text search. documents_fts indexes headline, outlet and text of every document (an external-content FTS5 table over
        // documents, kept in step by triggers); claims holds one row per claim of each saved dossier (written with it, backfilled here
        // from the stored dossiers), claims_fts its words, measure and value. Both tokenised alike: unicode61, case and diacritics folded.
        """
        CREATE VIRTUAL TABLE documents_fts USING fts5(title, outlet, clean_text, content='documents', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2');
        CREATE TABLE claims (
            seq INTEGER PRIMARY KEY,
            story TEXT NOT NULL, ord INTEGER NOT NULL,
            id TEXT NOT NULL, doc TEXT NOT NULL, measure TEXT, value INTEGER, qualifier TEXT,
            span TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL
        );
        CREATE UNIQUE INDEX claims_order ON claims(story, ord);
        CREATE VIRTUAL TABLE claims_fts USING fts5(span, measure, value, content='claims', content_rowid='seq',
            tokenize='unicode61 remove_diacritics 2');
        """ + SearchTriggers + """
        INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
        INSERT INTO claims (story, ord, id, doc, measure, value, qualifier, span, span_start, span_end)
        SELECT d.name, c.key, json_extract(c.value, '$.id'), json_extract(c.value, '$.doc'), json_extract(c.value, '$.measure'),
               json_extract(c.value, '$.value'), json_extract(c.value, '$.qualifier'), json_extract(c.value, '$.span'),
               json_extract(c.value, '$.start'), json_extract(c.value, '$.end')
        FROM dossiers d, json_each(CAST(d.json AS TEXT), '$.claims') c;
        """,
        // 4: the dossier's JSON moves to the row's last column, so a dossier is saved as a zeroblob placeholder (which SQLite writes
        // without allocating it only when it ends the row) filled by incremental blob I/O; rows keep their names, JSON and dates.
        """
        CREATE TABLE dossiers_v4 (
            name TEXT PRIMARY KEY,
            written_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            json TEXT NOT NULL
        );
        INSERT INTO dossiers_v4 (name, written_at, json) SELECT name, written_at, json FROM dossiers;
        DROP TABLE dossiers;
        ALTER TABLE dossiers_v4 RENAME TO dossiers;
        """,
    ];

    private readonly SqliteConnection _connection;

    /// <summary>Opens (creating and migrating when needed) the database at <paramref name="path"/>.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="busyTimeout">How long a writer waits for another before giving up (default 30 s).</param>
    /// <param name="searchIndex">Keep the full-text search indexes in step with every insert (the default). Off for a scratch
    /// file that only holds documents between passes and is deleted afterwards: inserts then skip the tokenising, and the
    /// file's indexes go stale until a store opens it with the index on, which rebuilds them.</param>
    /// <exception cref="StoreBusyException">The database stayed locked by another process for the whole timeout.</exception>
    /// <exception cref="InvalidDataException">The file is not a SQLite database, or its schema is newer than this tool.</exception>
    public SqliteDossierStore(string path, TimeSpan? busyTimeout = null, bool searchIndex = true)
    {
        ArgumentNullException.ThrowIfNull(path);
        Path = path;
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = (int)(busyTimeout ?? TimeSpan.FromSeconds(30)).TotalSeconds,
        };
        _connection = new SqliteConnection(builder.ToString());
        try
        {
            _connection.Open();
            Execute($"PRAGMA busy_timeout = {(int)(busyTimeout ?? TimeSpan.FromSeconds(30)).TotalMilliseconds};");
            Execute("PRAGMA journal_mode = WAL;");
            Execute("PRAGMA synchronous = NORMAL;");
            Execute("PRAGMA foreign_keys = ON;");
            Migrate();
            KeepSearchIndex(searchIndex);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
        {
            _connection.Dispose();
            throw new StoreBusyException($"{path}: database in use by another process (still locked after the busy timeout)", ex);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 26 or 11)
        {
            _connection.Dispose();
            throw new InvalidDataException($"{path}: not a Triangulate SQLite database ({ex.Message})", ex);
        }
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The schema version found in (or migrated into) the file.</summary>
    public int Version => (int)(long)Scalar("PRAGMA user_version;")!;

    private string? StoredFile(SqliteTransaction tx, string id)
    {
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT file FROM documents WHERE id = $id;";
        cmd.Parameters.AddWithValue("$id", id);
        return cmd.ExecuteScalar() as string;
    }

    /// <inheritdoc/>
    public int Count => (int)(long)Scalar("SELECT COUNT(*) FROM documents;")!;

    /// <inheritdoc/>
    public StoreResult Add(IReadOnlyList<CleanDocument> documents, IReadOnlyList<Problem>? problems = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        try
        {
            using var tx = _connection.BeginTransaction(deferred: false);
            var added = 0;
            Dictionary<string, string>? renamed = null;
            using (var insert = _connection.CreateCommand())
            {
                insert.Transaction = tx;
                insert.CommandText = """
                    INSERT OR IGNORE INTO documents (id, file, format, title, outlet, url, published, published_source, modified, stated_date,
                        encoding, byte_length, original_text, clean_text, removed_json, segments_json, dateline_json, provenance)
                    VALUES ($id, $file, $format, $title, $outlet, $url, $published, $published_source, $modified, $stated_date,
                        $encoding, $byte_length, $original_text, $clean_text, $removed_json, $segments_json, $dateline_json, $provenance);
                    """;
                var p = new Dictionary<string, SqliteParameter>(StringComparer.Ordinal);
                foreach (var name in new[] { "id", "file", "format", "title", "outlet", "url", "published", "published_source", "modified", "stated_date", "encoding", "byte_length", "original_text", "clean_text", "removed_json", "segments_json", "dateline_json", "provenance" })
                {
                    p[name] = insert.Parameters.Add("$" + name, SqliteType.Text);
                }
                p["byte_length"].SqliteType = SqliteType.Integer;
                insert.Prepare();
                foreach (var d in documents)
                {
                    var s = d.Source;
                    p["id"].Value = d.Id;
                    p["file"].Value = s.File;
                    p["format"].Value = s.Format;
                    p["title"].Value = (object?)d.Title ?? DBNull.Value;
                    p["outlet"].Value = (object?)d.Outlet ?? DBNull.Value;
                    p["url"].Value = (object?)s.Url ?? DBNull.Value;
                    p["published"].Value = (object?)s.Published ?? DBNull.Value;
                    p["published_source"].Value = (object?)s.PublishedSource ?? DBNull.Value;
                    p["modified"].Value = (object?)s.Modified ?? DBNull.Value;
                    p["stated_date"].Value = (object?)d.StatedDate ?? DBNull.Value;
                    p["encoding"].Value = (object?)s.Encoding ?? DBNull.Value;
                    p["byte_length"].Value = s.ByteLength;
                    p["original_text"].Value = s.Text;
                    p["clean_text"].Value = d.Text;
                    p["removed_json"].Value = JsonSerializer.Serialize(d.Removed, StoreJsonContext.Default.IReadOnlyListRemovedBlock);
                    p["segments_json"].Value = JsonSerializer.Serialize(d.Map.Segments, StoreJsonContext.Default.IReadOnlyListInt32Array);
                    p["dateline_json"].Value = d.Dateline is null ? DBNull.Value : JsonSerializer.Serialize(d.Dateline, StoreJsonContext.Default.Dateline);
                    p["provenance"].Value = (object?)d.Provenance ?? DBNull.Value;
                    var n = insert.ExecuteNonQuery();
                    if (n == 0 && StoredFile(tx, d.Id) is { } file && file != s.File)
                    {
                        // The same text from another source: a copy, as in a single run with both files.
                        var copy = DocumentIdAssigner.CopyId(d);
                        p["id"].Value = copy;
                        n = insert.ExecuteNonQuery();
                        if (n > 0)
                        {
                            (renamed ??= new(StringComparer.Ordinal))[d.Id] = copy;
                        }
                    }
                    added += n;
                }
            }
            if (problems is { Count: > 0 })
            {
                using var insertProblem = _connection.CreateCommand();
                insertProblem.Transaction = tx;
                insertProblem.CommandText = "INSERT INTO problems (file, reason, stage, severity) VALUES ($f, $r, $s, $v);";
                var f = insertProblem.Parameters.Add("$f", SqliteType.Text);
                var r = insertProblem.Parameters.Add("$r", SqliteType.Text);
                var st = insertProblem.Parameters.Add("$s", SqliteType.Text);
                var v = insertProblem.Parameters.Add("$v", SqliteType.Text);
                foreach (var problem in problems)
                {
                    f.Value = problem.File;
                    r.Value = problem.Reason;
                    st.Value = problem.Stage.Name;
                    v.Value = problem.Severity.Code();
                    insertProblem.ExecuteNonQuery();
                }
            }
            tx.Commit();
            return new StoreResult(added, documents.Count - added) { Renamed = renamed };
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
        {
            throw new StoreBusyException($"{Path}: database in use by another process (still locked after the busy timeout)", ex);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<CleanDocument> Documents(string? filePrefix = null)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = """
            SELECT id, file, format, title, outlet, url, published, published_source, modified, stated_date, encoding, byte_length,
                   original_text, clean_text, removed_json, segments_json, dateline_json, provenance
            FROM documents WHERE $prefix IS NULL OR substr(file, 1, length($prefix)) = $prefix ORDER BY file, id;
            """;
        cmd.Parameters.AddWithValue("$prefix", (object?)filePrefix ?? DBNull.Value);
        using var reader = cmd.ExecuteReader();
        var list = new List<CleanDocument>();
        while (reader.Read())
        {
            list.Add(StoredDocumentRow.Read(reader));
        }
        return list;
    }

    /// <inheritdoc/>
    IReadOnlyDictionary<string, string>? IDocumentSpill.Add(IReadOnlyList<CleanDocument> documents) => Add(documents).Renamed;

    /// <summary>Reads the stored documents with the given ids (unknown ids are ignored), in the order of <paramref name="ids"/>.</summary>
    public IReadOnlyList<CleanDocument> DocumentsById(IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = new Dictionary<string, CleanDocument>(ids.Count, StringComparer.Ordinal);
        // SQLite binds at most a few hundred parameters comfortably; larger lists go in chunks.
        for (var start = 0; start < ids.Count; start += 400)
        {
            var count = Math.Min(400, ids.Count - start);
            using var cmd = _connection.CreateCommand();
            var names = new string[count];
            for (var i = 0; i < count; i++)
            {
                names[i] = "$i" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                cmd.Parameters.AddWithValue(names[i], ids[start + i]);
            }
            cmd.CommandText = $"""
                SELECT id, file, format, title, outlet, url, published, published_source, modified, stated_date, encoding, byte_length,
                       original_text, clean_text, removed_json, segments_json, dateline_json, provenance
                FROM documents WHERE id IN ({string.Join(", ", names)});
                """;
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                var d = StoredDocumentRow.Read(reader);
                found[d.Id] = d;
            }
        }
        var list = new List<CleanDocument>(found.Count);
        foreach (var id in ids)
        {
            if (found.TryGetValue(id, out var d))
            {
                list.Add(d);
            }
        }
        return list;
    }

    /// <inheritdoc/>
    /// <remarks>The dossier and its summary row (<see cref="StorySummaries"/>) are written in one transaction.</remarks>
    public void SaveDossier(string name, Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(dossier);
        try
        {
            using var tx = _connection.BeginTransaction(deferred: false);
            var writtenAt = WriteDossierJson(tx, name, dossier);
            WriteStory(tx, StorySummaries.Of(name, dossier, writtenAt));
            WriteClaims(tx, name, dossier);
            tx.Commit();
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
        {
            throw new StoreBusyException($"{Path}: database in use by another process (still locked after the busy timeout)", ex);
        }
    }

    /// <summary>Inserts or replaces the dossier's JSON row (inside the open transaction); returns its <c>written_at</c>.</summary>
    /// <remarks>The row holds the dossier as compact JSON (<see cref="DossierJson.SerializeCompact(Stream, Dossier)"/>: no
    /// indentation, about half the bytes of dossier.json when reuse passages dominate). It still runs to hundreds of MB for a
    /// large pile, so it is never held whole in memory: a first pass only counts its UTF-8 bytes, the row is inserted with a placeholder of that many zero bytes
    /// (<c>zeroblob</c>, which SQLite writes without allocating it, as the row's last column), and a second pass writes the JSON
    /// into it through incremental blob I/O (<see cref="SqliteBlob"/>), 64 KB at a time. The value is stored as a blob of
    /// UTF-8 JSON text; readers take it as text (<see cref="ReadJson"/>).</remarks>
    private string WriteDossierJson(SqliteTransaction tx, string name, Dossier dossier)
    {
        long length;
        using (var counter = new ByteCounter())
        {
            DossierJson.SerializeCompact(counter, dossier);
            length = counter.Length;
        }
        using (var delete = _connection.CreateCommand())
        {
            delete.Transaction = tx;
            delete.CommandText = "DELETE FROM dossiers WHERE name = $n;";
            delete.Parameters.AddWithValue("$n", name);
            delete.ExecuteNonQuery();
        }
        long rowid;
        string writtenAt;
        using (var insert = _connection.CreateCommand())
        {
            insert.Transaction = tx;
            insert.CommandText = "INSERT INTO dossiers (name, json) VALUES ($n, zeroblob($length)) RETURNING rowid, written_at;";
            insert.Parameters.AddWithValue("$n", name);
            insert.Parameters.AddWithValue("$length", length);
            using var r = insert.ExecuteReader();
            if (!r.Read())
            {
                throw new InvalidOperationException($"{Path}: the dossier row for {name} was not written");
            }
            rowid = r.GetInt64(0);
            writtenAt = r.GetString(1);
        }
        using var blob = new SqliteBlob(_connection, "dossiers", "json", rowid);
        DossierJson.SerializeCompact(blob, dossier);
        if (blob.Position != length)
        {
            // The two passes wrote different lengths: serialising is deterministic, so this is a bug, not bad input.
            throw new InvalidOperationException($"{Path}: the dossier JSON for {name} came out {blob.Position} bytes long, not {length}");
        }
        return writtenAt;
    }

    /// <summary>A stored dossier's JSON as text: written as a blob of UTF-8 (<see cref="WriteDossierJson"/>) or, by older versions, as text.</summary>
    internal static string? ReadJson(SqliteDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    private void WriteStory(SqliteTransaction tx, StorySummary s)
    {
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            INSERT OR REPLACE INTO stories (name, documents, claims, label, title, first_date, last_date, headline, written_at)
            VALUES ($n, $d, $c, $l, $t, $f, $z, $h, $w);
            """;
        cmd.Parameters.AddWithValue("$n", s.Name);
        cmd.Parameters.AddWithValue("$d", s.Documents);
        cmd.Parameters.AddWithValue("$c", s.Claims);
        cmd.Parameters.AddWithValue("$l", (object?)s.Label ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$t", (object?)s.Title ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$f", (object?)s.FirstDate ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$z", (object?)s.LastDate ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$h", (object?)s.Headline ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$w", s.WrittenAt);
        cmd.ExecuteNonQuery();
    }

    /// <summary>The claim rows of the dossier saved as <paramref name="name"/> (replacing its earlier ones): what claim search finds.</summary>
    private void WriteClaims(SqliteTransaction tx, string name, Dossier dossier)
    {
        using (var delete = _connection.CreateCommand())
        {
            delete.Transaction = tx;
            delete.CommandText = "DELETE FROM claims WHERE story = $n;";
            delete.Parameters.AddWithValue("$n", name);
            delete.ExecuteNonQuery();
        }
        if (dossier.Claims.Count == 0)
        {
            return;
        }
        using var insert = _connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = """
            INSERT INTO claims (story, ord, id, doc, measure, value, qualifier, span, span_start, span_end)
            VALUES ($n, $o, $i, $d, $m, $v, $q, $s, $a, $b);
            """;
        insert.Parameters.AddWithValue("$n", name);
        var ord = insert.Parameters.Add("$o", SqliteType.Integer);
        var id = insert.Parameters.Add("$i", SqliteType.Text);
        var doc = insert.Parameters.Add("$d", SqliteType.Text);
        var measure = insert.Parameters.Add("$m", SqliteType.Text);
        var value = insert.Parameters.Add("$v", SqliteType.Integer);
        var qualifier = insert.Parameters.Add("$q", SqliteType.Text);
        var span = insert.Parameters.Add("$s", SqliteType.Text);
        var start = insert.Parameters.Add("$a", SqliteType.Integer);
        var end = insert.Parameters.Add("$b", SqliteType.Integer);
        insert.Prepare();
        for (var i = 0; i < dossier.Claims.Count; i++)
        {
            var c = dossier.Claims[i];
            ord.Value = i;
            id.Value = c.Id;
            doc.Value = c.Doc;
            measure.Value = c.Measure;
            value.Value = (object?)c.Value ?? DBNull.Value;
            qualifier.Value = c.Qualifier.Code();
            span.Value = c.Span;
            start.Value = c.Start;
            end.Value = c.End;
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>Migration 2's data step: a summary row for every dossier stored before the table existed (each parsed once, here).</summary>
    private void BackfillStories(SqliteTransaction tx)
    {
        List<StorySummary> rows;
        using (var cmd = _connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "SELECT name, json, written_at FROM dossiers;";
            using var r = cmd.ExecuteReader();
            rows = StoryCatalogs.DeriveStories(r);
        }
        foreach (var row in rows)
        {
            WriteStory(tx, row);
        }
    }

    /// <inheritdoc/>
    public Dossier? LoadDossier(string name)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT json FROM dossiers WHERE name = $n;";
        cmd.Parameters.AddWithValue("$n", name);
        using var r = cmd.ExecuteReader();
        return r.Read() && ReadJson(r, 0) is { } json ? DossierJson.Deserialize(json) : null;
    }

    /// <summary>Runs <c>PRAGMA integrity_check</c>; returns "ok" when the file is sound.</summary>
    public string IntegrityCheck() => (string)Scalar("PRAGMA integrity_check;")!;

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    private void Migrate()
    {
        var version = Version;
        if (version > SchemaVersion)
        {
            throw new InvalidDataException($"{Path}: schema version {version} is newer than this tool understands ({SchemaVersion}); upgrade triangulate");
        }
        for (var v = version; v < s_migrations.Length; v++)
        {
            using var tx = _connection.BeginTransaction(deferred: false);
            using (var cmd = _connection.CreateCommand())
            {
                cmd.Transaction = tx;
                // Another process may have migrated while we waited for the write lock.
                cmd.CommandText = "PRAGMA user_version;";
                if ((long)cmd.ExecuteScalar()! > v)
                {
                    tx.Commit();
                    continue;
                }
                cmd.CommandText = s_migrations[v];
                cmd.ExecuteNonQuery();
                if (v + 1 == 2)
                {
                    BackfillStories(tx);
                }
                cmd.CommandText = $"PRAGMA user_version = {v + 1};";
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    // Drops the index triggers of a scratch store, or puts back missing ones and rebuilds both indexes from their tables.
    private void KeepSearchIndex(bool on)
    {
        var triggers = (long)Scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name GLOB '*_fts_*';")!;
        if (on == (triggers > 0))
        {
            return;
        }
        using var tx = _connection.BeginTransaction(deferred: false);
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = on
            ? DropSearchTriggers + SearchTriggers + """
                INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
                INSERT INTO claims_fts (claims_fts) VALUES ('rebuild');
                """
            : DropSearchTriggers;
        cmd.ExecuteNonQuery();
        tx.Commit();
    }

    private void Execute(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}

/// <summary>The database stayed locked by another writer for the whole busy timeout.</summary>
public sealed class StoreBusyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreBusyException() { }

    /// <summary>Creates the exception with a message.</summary>
    public StoreBusyException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and cause.</summary>
    public StoreBusyException(string message, Exception inner) : base(message, inner) { }
}
