using System.Text.RegularExpressions;

namespace Triangulate.Storage;

/// <summary>Opens the store a <c>--db</c> argument (or <c>TRIANGULATE_DB</c>) names: a <c>postgres://</c> URI or Npgsql keyword string for PostgreSQL, anything else a SQLite file.</summary>
/// <example><code>
/// using var store = DossierStores.Open("postgres://analyst@db.internal:5432/triangulate");
/// using var local = DossierStores.Open("triangulate.db");
/// </code></example>
public static partial class DossierStores
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
    public static IDossierStore Open(string dbArgument)
    {
        Validate(dbArgument);
        return IsServer(dbArgument) ? new PostgresDossierStore(dbArgument) : new SqliteDossierStore(dbArgument);
    }

    /// <summary>Checks <paramref name="dbArgument"/> before anything runs: a PostgreSQL URI or keyword string must parse, and anything else that
    /// looks like a URL (<c>postgres:/…</c>, <c>postgre://…</c>, <c>postgresql:…</c>) or a connection string is refused rather than taken as a
    /// SQLite file name (which would put the password in a file name and in every message naming the database).</summary>
    /// <exception cref="ArgumentException">Not a usable database argument; the message never holds the password.</exception>
    public static void Validate(string dbArgument)
    {
        ArgumentNullException.ThrowIfNull(dbArgument);
        if (dbArgument.Length == 0)
        {
            throw new ArgumentException("the database name is empty", nameof(dbArgument));
        }
        if (IsServer(dbArgument))
        {
            _ = PostgresConnectionString.ToKeywords(dbArgument);
            return;
        }
        if (UrlScheme().IsMatch(dbArgument) || ConnectionKeyword().IsMatch(dbArgument))
        {
            throw new ArgumentException(
                $"'{MaskSecrets(dbArgument)}' looks like a database URL but is not one Triangulate reads: a PostgreSQL database is written "
                + "postgres://user[:password]@host[:port]/database; a SQLite file whose name holds ':' is written ./name", nameof(dbArgument));
        }
    }

    /// <summary><paramref name="text"/> with every password of a URL (<c>user:secret@</c>) or connection string (<c>Password=secret</c>) replaced by <c>***</c>.</summary>
    public static string MaskSecrets(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains('@', StringComparison.Ordinal) && !text.Contains('=', StringComparison.Ordinal))
        {
            return text;
        }
        var masked = UrlPassword().Replace(text, "$1:***@");
        return PasswordKeyword().Replace(masked, "$1=***");
    }

    /// <summary>A URL scheme of two or more letters (one letter is a Windows drive, <c>C:</c>).</summary>
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]+:", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex UrlScheme();

    [GeneratedRegex(@"(?i:host|password|pwd|user ?id|username|dbname|database)\s*=", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ConnectionKeyword();

    /// <summary>scheme:[//]user:password@ — the user part is kept, the password masked.</summary>
    [GeneratedRegex(@"([A-Za-z][A-Za-z0-9+.\-]*:/*[^:/@\s]*):[^@\s]*@", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex UrlPassword();

    [GeneratedRegex(@"(?i)(password|pwd)\s*=\s*[^;\s]*", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PasswordKeyword();

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
