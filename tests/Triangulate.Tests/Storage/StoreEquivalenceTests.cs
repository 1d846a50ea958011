using static Triangulate.Tests.Support.CliRun;
using Triangulate.Cli;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Storage;

/// <summary>The CLI gives the same dossier whether its database is a SQLite file or a PostgreSQL server.</summary>
public sealed class StoreEquivalenceTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Fact]
    public void AnalyzeAndExport_SqliteAndPostgres_SameDossier()
    {
        var pg = server.CreateDatabase();
        using var dir = new TempDir();
        var sqlite = dir.File("t.db");
        foreach (var (db, tag) in new[] { (sqlite, "sqlite"), (pg, "pg") })
        {
            var (exit, output, error) = Run("analyze", Paths.Sample, "--db", db, "--out", dir.File($"{tag}-analyze"), "--format", "json");
            Assert.True(exit == 0, error);
            Assert.Contains("5 new document(s)", output, StringComparison.Ordinal);
            (exit, output, error) = Run("ingest", Paths.Sample, "--db", db);
            Assert.True(exit == 0, error);
            Assert.Contains("0 new", output, StringComparison.Ordinal);
            (exit, _, error) = Run("export", "--db", db, "--out", dir.File($"{tag}-export"), "--format", "json");
            Assert.True(exit == 0, error);
        }
        var sqliteAnalyze = File.ReadAllText(dir.File("sqlite-analyze/dossier.json"));
        Assert.Equal(sqliteAnalyze, File.ReadAllText(dir.File("pg-analyze/dossier.json")));
        Assert.Equal(File.ReadAllText(dir.File("sqlite-export/dossier.json")), File.ReadAllText(dir.File("pg-export/dossier.json")));
        Assert.Equal(sqliteAnalyze, File.ReadAllText(dir.File("sqlite-export/dossier.json")));
    }

    [Fact]
    public void Analyze_PostgresUriFromEnvironmentStyleArgument_PasswordNeverPrinted()
    {
        var (exit, output, error) = Run("export", "--db", "postgres://reader:hunter2@127.0.0.1:1/none?connect_timeout=2", "--out", "unused");
        Assert.NotEqual(0, exit);
        Assert.DoesNotContain("hunter2", output + error, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1", error, StringComparison.Ordinal);
    }
}
