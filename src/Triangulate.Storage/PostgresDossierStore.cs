using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Triangulate.Cleaning;
using Triangulate.Ingest;
using Triangulate.Storage.Reading;

namespace Triangulate.Storage;

/// <summary>The server store: the same documents, problems and dossiers as <see cref="SqliteDossierStore"/>, in PostgreSQL, for several analysts and machines sharing one database.</summary>
/// <remarks>
/// <para>Schema versioned in <c>triangulate_schema</c> with ordered migrations, applied under a transaction-scoped advisory lock so two
/// processes opening a fresh database at once migrate it once.</para>
/// <para>Adding is idempotent (<c>INSERT … ON CONFLICT (id) DO NOTHING</c>) and each batch is one transaction. Concurrent writers both
/// finish: under READ COMMITTED a writer inserting an id another has in flight waits for it and then skips the row.</para>
/// <para>Text columns use the "C" collation so <see cref="Documents"/> returns the same (ordinal) order as SQLite. PostgreSQL text cannot hold
/// U+0000: such characters are stored as U+FFFD, which keeps every offset.</para>
/// </remarks>
/// <threadsafety>One instance per thread; open several instances for concurrent use.</threadsafety>
public sealed class PostgresDossierStore : IDossierStore
{
    /// <summary>The schema version this code writes.</summary>
    public const int SchemaVersion = 3;

    // Arbitrary constant naming the advisory lock that serialises migrations.
    private const long MigrationLock = 0x7472_6961_6e67;

    // written_at as ISO 8601 UTC with milliseconds, as SQLite stores it.
    private const string IsoUtc = "to_char(written_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";

    private static readonly string[] s_migrations =
    [
        // 1: documents, problems, dossiers
        """
        CREATE TABLE documents (
            id TEXT COLLATE "C" PRIMARY KEY,
            file TEXT COLLATE "C" NOT NULL,
            format TEXT NOT NULL,
            title TEXT, outlet TEXT, url TEXT,
            published TEXT, published_source TEXT, modified TEXT, stated_date TEXT,
            encoding TEXT, byte_length BIGINT NOT NULL DEFAULT 0,
            original_text TEXT NOT NULL,
            clean_text TEXT NOT NULL,
            removed_json TEXT NOT NULL,
            segments_json TEXT NOT NULL,
            dateline_json TEXT, provenance TEXT,
            ingested_at TIMESTAMPTZ NOT NULL DEFAULT now()
        );
        CREATE INDEX documents_file ON documents(file);
        CREATE TABLE problems (
            seq BIGSERIAL PRIMARY KEY,
            file TEXT NOT NULL, reason TEXT NOT NULL, stage TEXT NOT NULL, severity TEXT NOT NULL,
            seen_at TIMESTAMPTZ NOT NULL DEFAULT now()
        );
        CREATE TABLE dossiers (
            name TEXT COLLATE "C" PRIMARY KEY,
            json TEXT NOT NULL,
            written_at TIMESTAMPTZ NOT NULL DEFAULT now()
        );
        """,
        // 2: one summary row per dossier, so a story list is one indexed query (filled from the stored dossiers by BackfillStories)
        """
        CREATE TABLE stories (
            name TEXT COLLATE "C" PRIMARY KEY,
            documents INTEGER NOT NULL, claims INTEGER NOT NULL,
            label TEXT, title TEXT, first_date TEXT, last_date TEXT, headline TEXT,
            written_at TIMESTAMPTZ NOT NULL
        );
        CREATE INDEX stories_size ON stories(documents DESC, name);
        """,
        // 3: full-text search, as SQLite's schema 3: a tsvector of each document's headline, outlet and text (the text's first 200,000
        // characters: a tsvector holds at most 1 MB) with a GIN index; one row per claim of each saved dossier (written with it,
        // backfilled here from the stored dossiers) with a tsvector of its words, measure and value. The 'simple' configuration: case
        // folded, no stemming, no stop words, like SQLite's unicode61.
        """
        ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS (
            to_tsvector('simple', coalesce(title, '')) || to_tsvector('simple', coalesce(outlet, '')) || to_tsvector('simple', left(clean_text, 200000))) STORED;
        CREATE INDEX documents_search ON documents USING GIN (search);
        CREATE TABLE claims (
            story TEXT COLLATE "C" NOT NULL, ord INTEGER NOT NULL,
            id TEXT NOT NULL, doc TEXT NOT NULL, measure TEXT, value BIGINT, qualifier TEXT,
            span TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
            search tsvector GENERATED ALWAYS AS (
                to_tsvector('simple', span) || to_tsvector('simple', coalesce(measure, '')) || to_tsvector('simple', coalesce(value::text, ''))) STORED,
            PRIMARY KEY (story, ord)
        );
        CREATE INDEX claims_search ON claims USING GIN (search);
        INSERT INTO claims (story, ord, id, doc, measure, value, qualifier, span, span_start, span_end)
        SELECT d.name, c.ord - 1, c.value ->> 'id', c.value ->> 'doc', c.value ->> 'measure', (c.value ->> 'value')::bigint, c.value ->> 'qualifier',
               c.value ->> 'span', (c.value ->> 'start')::integer, (c.value ->> 'end')::integer
        FROM dossiers d, jsonb_array_elements(d.json::jsonb -> 'claims') WITH ORDINALITY AS c(value, ord);
        """,
    ];

    private static readonly string[] s_columns =
        ["id", "file", "format", "title", "outlet", "url", "published", "published_source", "modified", "stated_date", "encoding", "byte_length",
         "original_text", "clean_text", "removed_json", "segments_json", "dateline_json", "provenance"];

    private readonly NpgsqlConnection _connection;

    /// <summary>Connects (creating and migrating the schema when needed) to the database named by <paramref name="connectionString"/>.</summary>
    /// <param name="connectionString">A <c>postgres://user[:password]@host[:port]/database[?sslmode=…]</c> URI or an Npgsql keyword string (<c>Host=…;Database=…</c>).</param>
    /// <exception cref="StoreBusyException">The server could not be reached or refused the connection.</exception>
    /// <exception cref="InvalidDataException">The database's schema is newer than this tool.</exception>
    /// <exception cref="ArgumentException">The connection string is not understood.</exception>
    public PostgresDossierStore(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var keywords = PostgresConnectionString.ToKeywords(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(keywords);
        Display = PostgresConnectionString.Redact(builder);
        _connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            _connection.Open();
            Migrate();
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            _connection.Dispose();
            if (ex is PostgresException pg && pg.SqlState == PostgresErrorCodes.UndefinedTable)
            {
                throw new InvalidDataException($"{Display}: unexpected schema ({pg.MessageText})", ex);
            }
            throw new StoreBusyException($"{Display}: cannot use the PostgreSQL database ({ex.Message})", ex);
        }
    }

    /// <summary>The connection target without its password, for messages.</summary>
    public string Display { get; }

    /// <summary>The schema version found in (or migrated into) the database.</summary>
    public int Version => ReadVersion(null);

    /// <inheritdoc/>
    public int Count => (int)(long)Scalar("SELECT COUNT(*) FROM documents;")!;

    /// <inheritdoc/>
    public StoreResult Add(IReadOnlyList<CleanDocument> documents, IReadOnlyList<Problem>? problems = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        using var tx = _connection.BeginTransaction();
        var added = 0;
        Dictionary<string, string>? renamed = null;
        if (documents.Count > 0)
        {
            using var insert = new NpgsqlCommand(
                $"INSERT INTO documents ({string.Join(", ", s_columns)}) VALUES ({string.Join(", ", s_columns.Select((_, i) => "$" + (i + 1)))}) ON CONFLICT (id) DO NOTHING;",
                _connection, tx);
            foreach (var column in s_columns)
            {
                insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = column == "byte_length" ? NpgsqlDbType.Bigint : NpgsqlDbType.Text });
            }
            insert.Prepare();
            foreach (var d in documents)
            {
                var s = d.Source;
                object?[] values =
                [
                    d.Id, s.File, s.Format, d.Title, d.Outlet, s.Url, s.Published, s.PublishedSource, s.Modified, d.StatedDate, s.Encoding, s.ByteLength,
                    s.Text, d.Text,
                    JsonSerializer.Serialize(d.Removed, StoreJsonContext.Default.IReadOnlyListRemovedBlock),
                    JsonSerializer.Serialize(d.Map.Segments, StoreJsonContext.Default.IReadOnlyListInt32Array),
                    d.Dateline is null ? null : JsonSerializer.Serialize(d.Dateline, StoreJsonContext.Default.Dateline),
                    d.Provenance,
                ];
                for (var i = 0; i < values.Length; i++)
                {
                    insert.Parameters[i].Value = values[i] switch
                    {
                        null => DBNull.Value,
                        string text => NoNul(text),
                        var other => other,
                    };
                }
                var n = insert.ExecuteNonQuery();
                if (n == 0 && StoredFile(tx, d.Id) is { } file && file != NoNul(s.File))
                {
                    // The same text from another source: a copy, as in a single run with both files.
                    var copy = DocumentIdAssigner.CopyId(d);
                    insert.Parameters[0].Value = copy;
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
            using var insertProblem = new NpgsqlCommand("INSERT INTO problems (file, reason, stage, severity) VALUES ($1, $2, $3, $4);", _connection, tx);
            for (var i = 0; i < 4; i++)
            {
                insertProblem.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text });
            }
            foreach (var problem in problems)
            {
                insertProblem.Parameters[0].Value = NoNul(problem.File);
                insertProblem.Parameters[1].Value = NoNul(problem.Reason);
                insertProblem.Parameters[2].Value = problem.Stage.Name;
                insertProblem.Parameters[3].Value = problem.Severity.Code();
                insertProblem.ExecuteNonQuery();
            }
        }
        tx.Commit();
        return new StoreResult(added, documents.Count - added) { Renamed = renamed };
    }

    private string? StoredFile(NpgsqlTransaction tx, string id)
    {
        using var cmd = new NpgsqlCommand("SELECT file FROM documents WHERE id = $1;", _connection, tx);
        cmd.Parameters.Add(new NpgsqlParameter { Value = id, NpgsqlDbType = NpgsqlDbType.Text });
        return cmd.ExecuteScalar() as string;
    }

    /// <inheritdoc/>
    public IReadOnlyList<CleanDocument> Documents(string? filePrefix = null)
    {
        using var cmd = new NpgsqlCommand(
            $"SELECT {string.Join(", ", s_columns)} FROM documents WHERE $1::text IS NULL OR starts_with(file, $1::text) ORDER BY file, id;", _connection);
        cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)filePrefix ?? DBNull.Value });
        using var reader = cmd.ExecuteReader();
        var list = new List<CleanDocument>();
        while (reader.Read())
        {
            list.Add(StoredDocumentRow.Read(reader));
        }
        return list;
    }

    /// <inheritdoc/>
    /// <remarks>The dossier and its summary row (<see cref="StorySummaries"/>) are written in one transaction.</remarks>
    public void SaveDossier(string name, Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(dossier);
        var json = NoNul(DossierJson.SerializeCompact(dossier));
        using var tx = _connection.BeginTransaction();
        string writtenAt;
        using (var cmd = new NpgsqlCommand($"""
            INSERT INTO dossiers (name, json) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET json = excluded.json, written_at = now()
            RETURNING {IsoUtc};
            """, _connection, tx))
        {
            cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = NoNul(name) });
            cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = json });
            writtenAt = (string)cmd.ExecuteScalar()!;
        }
        WriteStory(tx, StorySummaries.Of(NoNul(name), dossier, writtenAt));
        WriteClaims(tx, NoNul(name), dossier);
        tx.Commit();
    }

    private void WriteStory(NpgsqlTransaction tx, StorySummary s)
    {
        using var cmd = new NpgsqlCommand("""
            INSERT INTO stories (name, documents, claims, label, title, first_date, last_date, headline, written_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::timestamptz)
            ON CONFLICT (name) DO UPDATE SET documents = excluded.documents, claims = excluded.claims, label = excluded.label, title = excluded.title,
                first_date = excluded.first_date, last_date = excluded.last_date, headline = excluded.headline, written_at = excluded.written_at;
            """, _connection, tx);
        static NpgsqlParameter Text(string? v) => new() { NpgsqlDbType = NpgsqlDbType.Text, Value = v is null ? DBNull.Value : NoNul(v) };
        cmd.Parameters.Add(Text(s.Name));
        cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = s.Documents });
        cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = s.Claims });
        cmd.Parameters.Add(Text(s.Label));
        cmd.Parameters.Add(Text(s.Title));
        cmd.Parameters.Add(Text(s.FirstDate));
        cmd.Parameters.Add(Text(s.LastDate));
        cmd.Parameters.Add(Text(s.Headline));
        cmd.Parameters.Add(Text(s.WrittenAt));
        cmd.ExecuteNonQuery();
    }

    /// <summary>The claim rows of the dossier saved as <paramref name="name"/> (replacing its earlier ones): what claim search finds.
    /// Written with one binary COPY.</summary>
    private void WriteClaims(NpgsqlTransaction tx, string name, Dossier dossier)
    {
        using (var delete = new NpgsqlCommand("DELETE FROM claims WHERE story = $1;", _connection, tx))
        {
            delete.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = name });
            delete.ExecuteNonQuery();
        }
        if (dossier.Claims.Count == 0)
        {
            return;
        }
        using var copy = _connection.BeginBinaryImport(
            "COPY claims (story, ord, id, doc, measure, value, qualifier, span, span_start, span_end) FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < dossier.Claims.Count; i++)
        {
            var c = dossier.Claims[i];
            copy.StartRow();
            copy.Write(name, NpgsqlDbType.Text);
            copy.Write(i, NpgsqlDbType.Integer);
            copy.Write(NoNul(c.Id), NpgsqlDbType.Text);
            copy.Write(NoNul(c.Doc), NpgsqlDbType.Text);
            copy.Write(NoNul(c.Measure), NpgsqlDbType.Text);
            if (c.Value is { } value)
            {
                copy.Write(value, NpgsqlDbType.Bigint);
            }
            else
            {
                copy.WriteNull();
            }
            copy.Write(c.Qualifier.Code(), NpgsqlDbType.Text);
            copy.Write(NoNul(c.Span), NpgsqlDbType.Text);
            copy.Write(c.Start, NpgsqlDbType.Integer);
            copy.Write(c.End, NpgsqlDbType.Integer);
        }
        copy.Complete();
    }

    /// <summary>Migration 2's data step: a summary row for every dossier stored before the table existed (each parsed once, here).</summary>
    private void BackfillStories(NpgsqlTransaction tx)
    {
        List<StorySummary> rows;
        using (var cmd = new NpgsqlCommand($"SELECT name, json, {IsoUtc} FROM dossiers;", _connection, tx))
        using (var r = cmd.ExecuteReader())
        {
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
        using var cmd = new NpgsqlCommand("SELECT json FROM dossiers WHERE name = $1;", _connection);
        cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = NoNul(name) });
        return cmd.ExecuteScalar() is string json ? DossierJson.Deserialize(json) : null;
    }

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    private static string NoNul(string s) => s.Contains('\0', StringComparison.Ordinal) ? s.Replace('\0', '\uFFFD') : s;

    private void Migrate()
    {
        // Fast path: an up-to-date schema needs no lock (every open of a busy cluster would otherwise queue on it).
        using (var probe = new NpgsqlCommand("SELECT to_regclass('triangulate_schema') IS NOT NULL;", _connection))
        {
            if ((bool)probe.ExecuteScalar()! && ReadVersion(null) == SchemaVersion)
            {
                return;
            }
        }
        using var tx = _connection.BeginTransaction();
        using (var lockCmd = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({MigrationLock});", _connection, tx))
        {
            lockCmd.ExecuteNonQuery();
        }
        using (var create = new NpgsqlCommand("CREATE TABLE IF NOT EXISTS triangulate_schema (version INTEGER NOT NULL);", _connection, tx))
        {
            create.ExecuteNonQuery();
        }
        var version = ReadVersion(tx);
        if (version > SchemaVersion)
        {
            throw new InvalidDataException($"{Display}: schema version {version} is newer than this tool understands ({SchemaVersion}); upgrade triangulate");
        }
        for (var v = version; v < s_migrations.Length; v++)
        {
            using var cmd = new NpgsqlCommand(s_migrations[v], _connection, tx);
            cmd.ExecuteNonQuery();
            if (v + 1 == 2)
            {
                BackfillStories(tx);
            }
        }
        if (version < s_migrations.Length)
        {
            using var set = new NpgsqlCommand($"DELETE FROM triangulate_schema; INSERT INTO triangulate_schema (version) VALUES ({s_migrations.Length});", _connection, tx);
            set.ExecuteNonQuery();
        }
        tx.Commit();
    }

    private int ReadVersion(NpgsqlTransaction? tx)
    {
        using var cmd = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM triangulate_schema;", _connection, tx);
        return (int)cmd.ExecuteScalar()!;
    }

    private object? Scalar(string sql)
    {
        using var cmd = new NpgsqlCommand(sql, _connection);
        return cmd.ExecuteScalar();
    }
}
