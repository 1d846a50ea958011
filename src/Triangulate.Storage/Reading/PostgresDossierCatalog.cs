using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Triangulate.Storage.Reading;

/// <summary>The read-only browsing queries of <see cref="IStoryCatalog"/> over a PostgreSQL store: the session is opened with
/// <c>default_transaction_read_only</c>, so nothing served can change the database.</summary>
/// <threadsafety>Not thread-safe; open one per request (connections are pooled).</threadsafety>
public sealed class PostgresDossierCatalog : IStoryCatalog
{
    private const string IsoUtc = "to_char(written_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";

    private readonly NpgsqlConnection _connection;

    /// <summary>Connects read-only to the database named by <paramref name="connectionString"/> (a <c>postgres://</c> URI or Npgsql keywords).</summary>
    /// <exception cref="StoreBusyException">The server could not be reached or refused the connection.</exception>
    /// <exception cref="ArgumentException">The connection string is not understood.</exception>
    public PostgresDossierCatalog(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString.ToKeywords(connectionString));
        builder.Options = ((builder.Options ?? "") + " -c default_transaction_read_only=on").Trim();
        Display = PostgresConnectionString.Redact(builder);
        _connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            _connection.Open();
            HasStoryTable = Scalar("SELECT to_regclass('stories') IS NOT NULL;") is true;
            HasSearchIndex = Scalar("SELECT to_regclass('claims') IS NOT NULL;") is true;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            _connection.Dispose();
            throw new StoreBusyException($"{Display}: cannot use the PostgreSQL database ({ex.Message})", ex);
        }
    }

    /// <summary>The database, as it may be printed (no password).</summary>
    public string Display { get; }

    /// <inheritdoc/>
    public bool HasStoryTable { get; }

    /// <inheritdoc/>
    public bool HasSearchIndex { get; }

    /// <inheritdoc/>
    public string Stamp => Convert.ToString(Scalar("SELECT count(*)::text || ':' || coalesce(max(written_at)::text, '') FROM dossiers;"), CultureInfo.InvariantCulture) ?? "";

    /// <inheritdoc/>
    public int StoryCount => Convert.ToInt32(Scalar(HasStoryTable ? "SELECT count(*) FROM stories;" : "SELECT count(*) FROM dossiers;"), CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public int DocumentCount => Convert.ToInt32(Scalar("SELECT count(*) FROM documents;"), CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public IReadOnlyList<StorySummary> Stories(int offset, int limit)
    {
        if (!HasStoryTable)
        {
            throw new InvalidOperationException($"{Display}: written by an older version (no story summaries); use DeriveStories, or open it once for writing");
        }
        using var cmd = new NpgsqlCommand($"""
            SELECT name, documents, claims, label, {IsoUtc}, title, first_date, last_date, headline
            FROM stories ORDER BY documents DESC, name LIMIT $1 OFFSET $2;
            """, _connection);
        Page(cmd, offset, limit);
        using var r = cmd.ExecuteReader();
        return StoryCatalogs.ReadStories(r);
    }

    /// <inheritdoc/>
    public IReadOnlyList<StorySummary> DeriveStories()
    {
        using var cmd = new NpgsqlCommand($"SELECT name, json, {IsoUtc} FROM dossiers;", _connection);
        using var r = cmd.ExecuteReader();
        return StoryCatalogs.DeriveStories(r);
    }

    /// <inheritdoc/>
    /// <remarks>From the documents' GIN index (schema 3); a store of schema 2 is scanned.</remarks>
    public IReadOnlyList<DocumentHit> SearchDocuments(string query, int offset, int limit)
    {
        NpgsqlCommand cmd;
        if (HasSearchIndex)
        {
            if (SearchQuery.TsQuery(query) is not { } match)
            {
                return [];
            }
            cmd = new NpgsqlCommand("""
                SELECT id, file, title, outlet, published FROM documents WHERE search @@ to_tsquery('simple', $3)
                ORDER BY file, id LIMIT $1 OFFSET $2;
                """, _connection);
            Page(cmd, offset, limit);
            cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = match });
        }
        else
        {
            cmd = new NpgsqlCommand("""
                SELECT id, file, title, outlet, published FROM documents
                WHERE title ILIKE $3 ESCAPE '\' OR outlet ILIKE $3 ESCAPE '\' OR clean_text ILIKE $3 ESCAPE '\'
                ORDER BY file, id LIMIT $1 OFFSET $2;
                """, _connection);
            Page(cmd, offset, limit);
            cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = StoryCatalogs.Like(query) });
        }
        using (cmd)
        using (var r = cmd.ExecuteReader())
        {
            return StoryCatalogs.ReadDocumentHits(r);
        }
    }

    /// <inheritdoc/>
    /// <remarks>From the claim rows' GIN index (schema 3); a store of schema 2 has every dossier's claims expanded and scanned.</remarks>
    public IReadOnlyList<ClaimHit> SearchClaims(string query, int offset, int limit)
    {
        NpgsqlCommand cmd;
        if (HasSearchIndex)
        {
            if (SearchQuery.TsQuery(query) is not { } match)
            {
                return [];
            }
            cmd = new NpgsqlCommand("""
                SELECT story, id, span, measure, value::text, doc FROM claims WHERE search @@ to_tsquery('simple', $3)
                ORDER BY story, ord LIMIT $1 OFFSET $2;
                """, _connection);
            Page(cmd, offset, limit);
            cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = match });
        }
        else
        {
            cmd = new NpgsqlCommand("""
                SELECT d.name, c.value ->> 'id', c.value ->> 'span', c.value ->> 'measure', c.value ->> 'value', c.value ->> 'doc'
                FROM dossiers d, jsonb_array_elements(d.json::jsonb -> 'claims') WITH ORDINALITY AS c(value, ord)
                WHERE c.value ->> 'span' ILIKE $3 ESCAPE '\' OR c.value ->> 'measure' ILIKE $3 ESCAPE '\'
                ORDER BY d.name, c.ord LIMIT $1 OFFSET $2;
                """, _connection);
            Page(cmd, offset, limit);
            cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = StoryCatalogs.Like(query) });
        }
        var list = new List<ClaimHit>();
        using (cmd)
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var value = StoryCatalogs.Str(r, 4) is { } v && long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (long?)null;
                list.Add(new ClaimHit(r.GetString(0), StoryCatalogs.Str(r, 1) ?? "", StoryCatalogs.Str(r, 2) ?? "", StoryCatalogs.Str(r, 3), value, StoryCatalogs.Str(r, 5) ?? ""));
            }
        }
        return list;
    }

    /// <inheritdoc/>
    public Dossier? Story(string name)
    {
        using var cmd = new NpgsqlCommand("SELECT json FROM dossiers WHERE name = $1;", _connection);
        cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = name.Replace('\0', '\uFFFD') });
        return cmd.ExecuteScalar() is string json ? DossierJson.Deserialize(json) : null;
    }

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    private static void Page(NpgsqlCommand cmd, int offset, int limit)
    {
        cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = Math.Clamp(limit, 1, 1000) });
        cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = Math.Max(0, offset) });
    }

    private object? Scalar(string sql)
    {
        using var cmd = new NpgsqlCommand(sql, _connection);
        return cmd.ExecuteScalar();
    }
}
