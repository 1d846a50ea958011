using System.Globalization;
using Npgsql;

namespace Triangulate.Storage;

/// <summary>Turns the <c>postgres://</c> URIs users type into Npgsql keyword strings, and hides passwords in messages.</summary>
internal static class PostgresConnectionString
{
    /// <summary>True for <c>postgres://</c> and <c>postgresql://</c> URIs and for Npgsql keyword strings (<c>Host=…</c>).</summary>
    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || (db.Contains('=', StringComparison.Ordinal) && db.Contains("host", StringComparison.OrdinalIgnoreCase) && db.Contains(';', StringComparison.Ordinal));

    /// <summary>Converts a URI (or passes a keyword string through) to Npgsql keywords.</summary>
    /// <exception cref="ArgumentException">Not a URI or keyword string Triangulate understands.</exception>
    public static string ToKeywords(string db)
    {
        if (!db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return new NpgsqlConnectionStringBuilder(db).ConnectionString;
            }
            catch (ArgumentException ex)
            {
                throw new ArgumentException($"not a PostgreSQL connection string ({ex.Message})", nameof(db), ex);
            }
        }
        try
        {
            return FromUri(db);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            throw new ArgumentException($"not a valid postgres:// URI ({ex.Message})", nameof(db), ex);
        }
    }

    private static string FromUri(string db)
    {
        if (!Uri.TryCreate(db, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException("not a valid postgres:// URI (expected postgres://user[:password]@host[:port]/database)", nameof(db));
        }
        var builder = new NpgsqlConnectionStringBuilder();
        if (!string.IsNullOrEmpty(uri.Host))
        {
            builder.Host = Uri.UnescapeDataString(uri.Host);
        }
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]).ToLowerInvariant();
            var value = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
            switch (key)
            {
                case "host": builder.Host = value; break; // a unix socket folder: ?host=/var/run/postgresql
                case "port": builder.Port = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "sslmode": builder.SslMode = Enum.Parse<SslMode>(value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true); break;
                case "application_name": builder.ApplicationName = value; break;
                case "connect_timeout": builder.Timeout = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "password": builder.Password = value; break;
                case "user": builder.Username = value; break;
                default: throw new ArgumentException($"unknown option '{key}' in the postgres:// URI (known: host, port, sslmode, application_name, connect_timeout, user, password)", nameof(db));
            }
        }
        return builder.ConnectionString;
    }

    /// <summary>host:port/database as user, without the password.</summary>
    public static string Redact(NpgsqlConnectionStringBuilder b) =>
        $"postgres://{(string.IsNullOrEmpty(b.Username) ? "" : b.Username + "@")}{b.Host}:{b.Port}/{b.Database}";

    /// <summary>The argument as it may be printed: URIs and keyword strings lose their password.</summary>
    public static string Redact(string db)
    {
        try
        {
            return Redact(new NpgsqlConnectionStringBuilder(ToKeywords(db)));
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            return "postgres://(unparsable connection string)";
        }
    }
}
