namespace Triangulate.Storage;

/// <summary>Opens the store a <c>--db</c> argument (or <c>TRIANGULATE_DB</c>) names: a <c>postgres://</c> URI or Npgsql keyword string for PostgreSQL, anything else a SQLite file.</summary>
/// <example><code>
/// using var store = DossierStores.Open("postgres://analyst@db.internal:5432/triangulate");
/// using var local = DossierStores.Open("triangulate.db");
/// </code></example>
public static class DossierStores
{
    /// <summary>The environment variable read when no <c>--db</c> is given.</summary>
    public const string EnvironmentVariable = "TRIANGULATE_DB";

    /// <summary>True when <paramref name="dbArgument"/> names a PostgreSQL database rather than a SQLite file.</summary>
    public static bool IsServer(string dbArgument)
    {
        ArgumentNullException.ThrowIfNull(dbArgument);
        return PostgresConnectionString.IsPostgres(dbArgument);
    }

    /// <summary>Opens (creating and migrating when needed) the store named by <paramref name="dbArgument"/>.</summary>
    /// <exception cref="ArgumentException">A postgres:// URI that cannot be parsed.</exception>
    /// <exception cref="StoreBusyException">The database is locked (SQLite) or unreachable (PostgreSQL).</exception>
    /// <exception cref="InvalidDataException">Not a Triangulate database, or a newer schema.</exception>
    public static IDossierStore Open(string dbArgument) =>
        IsServer(dbArgument) ? new PostgresDossierStore(dbArgument) : new SqliteDossierStore(dbArgument);

    /// <summary>The argument as it may be printed (a PostgreSQL password is removed).</summary>
    public static string Describe(string dbArgument)
    {
        ArgumentNullException.ThrowIfNull(dbArgument);
        return IsServer(dbArgument) ? PostgresConnectionString.Redact(dbArgument) : dbArgument;
    }

    /// <summary>The Npgsql keyword connection string for a PostgreSQL <paramref name="dbArgument"/> (a <c>postgres://</c> URI or keywords), for
    /// other components that talk to the same database (e.g. Orleans' ADO.NET providers).</summary>
    /// <exception cref="ArgumentException">Not a PostgreSQL argument, or a URI that cannot be parsed.</exception>
    public static string ServerConnectionString(string dbArgument)
    {
        ArgumentNullException.ThrowIfNull(dbArgument);
        return IsServer(dbArgument) ? PostgresConnectionString.ToKeywords(dbArgument) : throw new ArgumentException("not a PostgreSQL database: " + dbArgument, nameof(dbArgument));
    }
}
