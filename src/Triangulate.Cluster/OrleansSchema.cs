using Npgsql;
using Triangulate.Storage;

namespace Triangulate.Cluster;

/// <summary>
/// Creates the tables and queries Orleans' ADO.NET clustering and grain-storage providers need in a PostgreSQL database
/// (<c>Schema/orleans-postgresql.sql</c>, embedded). The Orleans packages do not ship their SQL scripts, so Triangulate carries its own,
/// written against the providers' documented contract (query keys, parameter and column names).
/// </summary>
/// <remarks>Idempotent and safe to run from several silos at once: the script runs in one transaction under an advisory lock, creates only
/// what is missing and rewrites the query texts. <c>triangulate-cluster silo --db postgres://…</c> runs it at start-up;
/// <c>triangulate-cluster init-db --db …</c> runs it alone.</remarks>
public static class OrleansSchema
{
    /// <summary>The ADO.NET invariant name of the Npgsql provider.</summary>
    public const string Invariant = "Npgsql";

    // Arbitrary constant naming the advisory lock that serialises concurrent set-ups (distinct from the store's migration lock).
    private const long SetupLock = 0x7472_6961_6e67_6f72;

    /// <summary>The schema script.</summary>
    public static string Script
    {
        get
        {
            using var stream = typeof(OrleansSchema).Assembly.GetManifestResourceStream("Triangulate.Cluster.Schema.orleans-postgresql.sql")
                ?? throw new InvalidOperationException("embedded schema script missing");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <summary>Applies the schema to the database <paramref name="db"/> names (a <c>postgres://</c> URI or Npgsql keywords).</summary>
    /// <returns>The Npgsql keyword connection string the Orleans providers should use.</returns>
    /// <exception cref="ArgumentException">Not a PostgreSQL argument.</exception>
    /// <exception cref="NpgsqlException">The server cannot be reached or refused the script.</exception>
    public static async Task<string> EnsureAsync(string db, CancellationToken ct = default)
    {
        var keywords = DossierStores.ServerConnectionString(db);
        await using var connection = new NpgsqlConnection(keywords);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({SetupLock});", connection, tx))
        {
            await lockCommand.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        await using (var script = new NpgsqlCommand(Script, connection, tx))
        {
            await script.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return keywords;
    }
}
