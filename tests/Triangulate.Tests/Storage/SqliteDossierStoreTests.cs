using Microsoft.Data.Sqlite;
using Triangulate.Pipeline;
using Triangulate.Storage;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Storage;

public sealed class SqliteDossierStoreTests
{
    [Fact]
    public void Add_SameFolderTwice_AddsNothingTheSecondTime()
    {
        using var dir = new TempDir();
        var (docs, _) = Analyzer.ReadAndClean([Paths.Sample]);
        using var store = new SqliteDossierStore(dir.File("t.db"));
        Assert.Equal(new StoreResult(5, 0), store.Add(docs));
        Assert.Equal(new StoreResult(0, 5), store.Add(docs));
        Assert.Equal(5, store.Count);
        Assert.Equal("ok", store.IntegrityCheck());
        Assert.Equal(SqliteDossierStore.SchemaVersion, store.Version);
    }

    [Fact]
    public void SaveDossier_StoresTheCompactJson_ByteForByte_AndReplacesIt()
    {
        // Given a dossier with non-ASCII, markup and a NUL in its text (SomeDossier's hostile article, plus one more)
        using var dir = new TempDir();
        var small = SomeDossier.Small();
        var odd = small with { Documents = [.. small.Documents, small.Documents[0] with { Id = "nul", Text = "Über 40 \0 \"quoted\" <b>\uD83D\uDE00</b>" }] };
        using (var store = new SqliteDossierStore(dir.File("t.db")))
        {
            store.SaveDossier("/x", small);
            store.SaveDossier("/x", odd);
        }

        // When the stored column is read back as text
        using var raw = new SqliteConnection($"Data Source={dir.File("t.db")};Mode=ReadOnly;Pooling=False");
        raw.Open();
        using var cmd = raw.CreateCommand();
        cmd.CommandText = "SELECT json, typeof(json), count(*) OVER () FROM dossiers;";
        using var r = cmd.ExecuteReader();
        Assert.True(r.Read());

        // Then it is the one row, its bytes the UTF-8 of the compact JSON (written through blob I/O, so stored as a blob), read back as that text
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(DossierJson.SerializeCompact(odd)), (byte[])r.GetValue(0));
        Assert.Equal(DossierJson.SerializeCompact(odd), r.GetString(0));
        Assert.Equal("blob", r.GetString(1));
        Assert.Equal(1L, r.GetInt64(2));
    }

    [Fact]
    public void Migration4_MovesTheJsonToTheLastColumn_AndKeepsTextRowsOfOlderVersionsReadable()
    {
        // Given a schema-3 file: dossiers(name, json, written_at) with the JSON stored as text, as version 3 wrote it
        using var dir = new TempDir();
        var small = SomeDossier.Small();
        using (var store = new SqliteDossierStore(dir.File("t.db")))
        {
            store.SaveDossier("/x", small);
        }
        using (var raw = new SqliteConnection($"Data Source={dir.File("t.db")};Pooling=False"))
        {
            raw.Open();
            using var cmd = raw.CreateCommand();
            cmd.CommandText = """
                CREATE TABLE old (name TEXT PRIMARY KEY, json TEXT NOT NULL, written_at TEXT NOT NULL);
                INSERT INTO old (name, json, written_at) SELECT name, CAST(json AS TEXT), '2025-01-02T03:04:05.000Z' FROM dossiers;
                DROP TABLE dossiers;
                ALTER TABLE old RENAME TO dossiers;
                PRAGMA user_version = 3;
                """;
            cmd.ExecuteNonQuery();
        }

        // When a store opens it (migrating it) and a read-only catalog reads it
        Triangulate.Model.Dossier? loaded;
        int version;
        using (var store = new SqliteDossierStore(dir.File("t.db")))
        {
            version = store.Version;
            loaded = store.LoadDossier("/x");
        }
        using var check = new SqliteConnection($"Data Source={dir.File("t.db")};Mode=ReadOnly;Pooling=False");
        check.Open();
        using var columns = check.CreateCommand();
        columns.CommandText = "SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_table_info('dossiers') ORDER BY cid);";
        var order = (string)columns.ExecuteScalar()!;
        columns.CommandText = "SELECT typeof(json) || ' ' || written_at FROM dossiers;";
        var row = (string)columns.ExecuteScalar()!;

        // Then the JSON is the last column, the row keeps its text and date, and it loads as the same dossier
        Assert.Equal(SqliteDossierStore.SchemaVersion, version);
        Assert.Equal("name,written_at,json", order);
        Assert.Equal("text 2025-01-02T03:04:05.000Z", row);
        Assert.NotNull(loaded);
        Assert.Equal(DossierJson.Serialize(small), DossierJson.Serialize(loaded));
    }

    [Fact]
    public void Documents_RoundTrip_TextRemovedBlocksAndOffsetsSurvive()
    {
        using var dir = new TempDir();
        var (docs, _) = Analyzer.ReadAndClean([Paths.Sample]);
        using (var store = new SqliteDossierStore(dir.File("t.db")))
        {
            store.Add(docs);
        }
        using var reopened = new SqliteDossierStore(dir.File("t.db"));
        var back = reopened.Documents();
        Assert.Equal(docs.Select(d => d.Id).Order(StringComparer.Ordinal), back.Select(d => d.Id).Order(StringComparer.Ordinal));
        foreach (var d in back)
        {
            var original = docs.Single(x => x.Id == d.Id);
            Assert.Equal(original.Text, d.Text);
            Assert.Equal(original.Removed, d.Removed);
            Assert.Equal(original.StatedDate, d.StatedDate);
            Assert.Equal(original.Provenance, d.Provenance);
            for (var i = 0; i < d.Text.Length; i += 11)
            {
                Assert.Equal(original.Map.ToOriginal(i), d.Map.ToOriginal(i));
            }
        }
        // The dossier built from the store equals the one built from the files.
        var fromFiles = new PipelineBuilder().UseDefaults().Build().Run(docs);
        var fromStore = new PipelineBuilder().UseDefaults().Build().Run(back);
        Assert.Equal(Triangulate.Model.DossierJson.Serialize(fromFiles), Triangulate.Model.DossierJson.Serialize(fromStore));
    }

    [Fact]
    public void Add_BatchFailingMidway_NothingHalfWritten()
    {
        using var dir = new TempDir();
        var (docs, _) = Analyzer.ReadAndClean([Paths.Sample]);
        var path = dir.File("t.db");
        using (var store = new SqliteDossierStore(path))
        {
            store.Add(docs.Take(2).ToList());
        }
        // A trigger makes the fourth insert of the next batch fail.
        using (var conn = new SqliteConnection($"Data Source={path}"))
        {
            conn.Open();
            using var cmd = conn.CreateCommand();
            cmd.CommandText = $"CREATE TRIGGER boom BEFORE INSERT ON documents WHEN NEW.id = '{docs[3].Id}' BEGIN SELECT RAISE(ABORT, 'boom'); END;";
            cmd.ExecuteNonQuery();
        }
        using (var store = new SqliteDossierStore(path))
        {
            Assert.Throws<SqliteException>(() => store.Add(docs));
            Assert.Equal(2, store.Count);
        }
    }

    [Fact]
    public void Open_NotADatabase_ClearError()
    {
        using var dir = new TempDir();
        var path = dir.Write("fake.db", "this is a text file, not SQLite, and long enough to have a header of its own............");
        var ex = Assert.Throws<InvalidDataException>(() => new SqliteDossierStore(path));
        Assert.Contains("fake.db", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SaveDossier_LoadsBack()
    {
        using var dir = new TempDir();
        var dossier = Analyzer.Analyze([Paths.Sample]);
        using var store = new SqliteDossierStore(dir.File("t.db"));
        store.SaveDossier("run", dossier);
        var back = store.LoadDossier("run");
        Assert.NotNull(back);
        Assert.Equal(Triangulate.Model.DossierJson.Serialize(dossier), Triangulate.Model.DossierJson.Serialize(back));
        Assert.Null(store.LoadDossier("other"));
    }
}
