using Microsoft.Data.Sqlite;
using Npgsql;
using Triangulate.Cleaning;
using Triangulate.Ingest;
using Triangulate.Storage;
using Triangulate.Storage.Reading;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Serving;

/// <summary>The search of <c>triangulate serve</c> as full-text index lookups (schema 3): documents by headline, outlet and text, claims by
/// their words, measure and value; a search box's words never read as the index's query syntax. The cases are shared with
/// <see cref="SearchIndexPostgresTests"/>.</summary>
public sealed class SearchIndexTests
{
    [Fact]
    public void BundledSqlite_HasFts5()
    {
        using var c = new SqliteConnection("Data Source=:memory:");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT sqlite_compileoption_used('ENABLE_FTS5');";

        Assert.Equal(1L, cmd.ExecuteScalar());
    }

    [Fact]
    public void Sqlite_SearchFindsDocumentsAndClaims_QuerySyntaxTakenAsText()
    {
        using var dir = new TempDir();
        var db = dir.File("s.db");
        using (var store = new SqliteDossierStore(db))
        {
            SearchCases.Fill(store);
        }
        using var catalog = new SqliteDossierCatalog(db);

        Assert.True(catalog.HasSearchIndex);
        SearchCases.Check(catalog);
        // SQLite's tokenizer also folds accents (PostgreSQL's simple configuration does not)
        Assert.Equal(["war/c.txt"], catalog.SearchDocuments("cafe", 0, 10).Select(h => h.File));
        Assert.Equal(["war/c.txt"], catalog.SearchDocuments("evening", 0, 10).Select(h => h.File));
    }

    [Fact]
    public void Sqlite_ScratchStore_SkipsTheIndex_AndAStoreOpeningItLaterRebuildsIt()
    {
        using var dir = new TempDir();
        var db = dir.File("s.db");
        using (var scratch = new SqliteDossierStore(db, searchIndex: false))
        {
            SearchCases.Fill(scratch);
        }
        // Written without the index: the search finds nothing yet
        using (var stale = new SqliteDossierCatalog(db))
        {
            Assert.Empty(stale.SearchDocuments("cafe", 0, 10));
        }

        using (new SqliteDossierStore(db))
        {
        }
        using var catalog = new SqliteDossierCatalog(db);

        SearchCases.Check(catalog);
        Assert.Equal(["war/c.txt"], catalog.SearchDocuments("cafe", 0, 10).Select(h => h.File));
    }

    [Fact]
    public void Sqlite_IndexedStore_OpenedAsScratch_StopsIndexing_AndReopenedKeepsEveryDocumentFindable()
    {
        using var dir = new TempDir();
        var db = dir.File("s.db");
        var docs = SearchCases.Documents();
        using (var store = new SqliteDossierStore(db))
        {
            store.Add(docs.Take(1).ToList());
        }
        using (var scratch = new SqliteDossierStore(db, searchIndex: false))
        {
            scratch.Add(docs.Skip(1).ToList());
        }
        using (new SqliteDossierStore(db))
        {
        }
        using var catalog = new SqliteDossierCatalog(db);

        foreach (var d in docs)
        {
            Assert.Contains(d.Source.File, catalog.SearchDocuments(d.Title!.Split(' ')[^1], 0, 50).Select(h => h.File));
        }
    }

    [Fact]
    public void Sqlite_SavedAgain_ClaimRowsReplaced()
    {
        using var dir = new TempDir();
        var db = dir.File("s.db");
        var small = SomeDossier.Small();
        using (var store = new SqliteDossierStore(db))
        {
            store.SaveDossier("/x", small);
            store.SaveDossier("/x", small with { Claims = [small.Claims[^1]] });
        }
        using var catalog = new SqliteDossierCatalog(db);

        Assert.Empty(catalog.SearchClaims("745", 0, 10));
        Assert.Equal([small.Claims[^1].Id], catalog.SearchClaims("12", 0, 10).Select(h => h.Id));
    }

    [Fact]
    public void SchemaTwoStore_Migrated_DocumentsIndexedAndClaimRowsBackfilledAsSavingWritesThem()
    {
        // Given a store as schema 2 wrote it: documents, and a dossier with its summary row but no claim rows or index
        using var dir = new TempDir();
        var old = dir.File("old.db");
        var fresh = dir.File("fresh.db");
        var small = SomeDossier.Small();
        var docs = SearchCases.Documents();
        using (var store = new SqliteDossierStore(old))
        {
            store.Add(docs);
            store.SaveDossier("/coast", small);
        }
        DowngradeToSchemaTwo(old);
        using (var catalog = new SqliteDossierCatalog(old))
        {
            Assert.False(catalog.HasSearchIndex);
        }

        // When it is opened for writing (migrated), and the same dossier is saved into a new store
        using (var store = new SqliteDossierStore(old))
        {
            Assert.Equal(SqliteDossierStore.SchemaVersion, store.Version);
        }
        using (var store = new SqliteDossierStore(fresh))
        {
            store.SaveDossier("/coast", small);
        }

        // Then the migrated store searches its old documents and claims, its claim rows exactly those saving writes
        using var migrated = new SqliteDossierCatalog(old);
        Assert.True(migrated.HasSearchIndex);
        Assert.Equal(["war/a.txt"], migrated.SearchDocuments("killed", 0, 10).Select(h => h.File));
        Assert.Contains(migrated.SearchClaims("745", 0, 10), h => h.Id == "c-a-1");
        Assert.Equal(ClaimRows(fresh), ClaimRows(old));
        Assert.Equal(small.Claims.Count, ClaimRows(old).Count);
    }

    [Theory]
    [InlineData("killed", "\"killed\"*")]
    [InlineData("  wounded   civilians ", "\"wounded\"* \"civilians\"*")]
    [InlineData("NEAR(a b)", "\"near a\" \"b\"")]
    [InlineData("\"1,500\" -dead*", "\"1 500\"* \"dead\"*")]
    [InlineData("title:Flood OR x", "\"title flood\"* \"or\" \"x\"")]
    [InlineData("\" * - ^ ( ) : '", null)]
    [InlineData("", null)]
    public void Fts5Query_WordsAsQuotedPhrases(string text, string? expected) => Assert.Equal(expected, SearchQuery.Fts5(text));

    [Theory]
    [InlineData("killed", "('killed':*)")]
    [InlineData("\"1,500\" -dead*", "('1' <-> '500':*) & ('dead':*)")]
    [InlineData("it's", "('it' <-> 's')")]
    [InlineData("&|!<->", null)]
    public void TsQuery_WordsAsQuotedPhrases(string text, string? expected) => Assert.Equal(expected, SearchQuery.TsQuery(text));

    /// <summary>Drops what schema 3 added, leaving the file as schema 2 wrote it.</summary>
    private static void DowngradeToSchemaTwo(string path)
    {
        using var raw = new SqliteConnection($"Data Source={path};Pooling=False");
        raw.Open();
        using var cmd = raw.CreateCommand();
        cmd.CommandText = """
            DROP TRIGGER documents_fts_insert; DROP TRIGGER documents_fts_delete; DROP TRIGGER documents_fts_update;
            DROP TRIGGER claims_fts_insert; DROP TRIGGER claims_fts_delete;
            DROP TABLE documents_fts; DROP TABLE claims_fts; DROP TABLE claims;
            PRAGMA user_version = 2;
            """;
        cmd.ExecuteNonQuery();
    }

    private static List<string> ClaimRows(string path)
    {
        using var raw = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        raw.Open();
        using var cmd = raw.CreateCommand();
        cmd.CommandText = "SELECT story, ord, id, doc, measure, value, qualifier, span, span_start, span_end FROM claims ORDER BY story, ord;";
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "null" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }
        return rows;
    }
}

/// <summary>The same search cases on a real PostgreSQL server (skipped without the server binaries: tests/postgres/install.sh).</summary>
public sealed class SearchIndexPostgresTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Fact]
    public void Postgres_SearchFindsDocumentsAndClaims_QuerySyntaxTakenAsText()
    {
        server.SkipIfUnavailable();
        var db = server.CreateDatabase();
        using (var store = new PostgresDossierStore(db))
        {
            SearchCases.Fill(store);
        }
        using var catalog = new PostgresDossierCatalog(db);

        Assert.True(catalog.HasSearchIndex);
        SearchCases.Check(catalog);
    }

    [Fact]
    public void Postgres_SchemaTwoStore_Migrated_ClaimRowsBackfilled()
    {
        server.SkipIfUnavailable();
        var db = server.CreateDatabase();
        var small = SomeDossier.Small();
        using (var store = new PostgresDossierStore(db))
        {
            store.Add(SearchCases.Documents());
            store.SaveDossier("/coast", small);
        }
        Execute(db, """
            DROP TABLE claims; DROP INDEX documents_search; ALTER TABLE documents DROP COLUMN search;
            UPDATE triangulate_schema SET version = 2;
            """);
        using (var catalog = new PostgresDossierCatalog(db))
        {
            Assert.False(catalog.HasSearchIndex);
        }
        var fresh = server.CreateDatabase();
        using (var store = new PostgresDossierStore(fresh))
        {
            store.SaveDossier("/coast", small);
        }

        using (var store = new PostgresDossierStore(db))
        {
            Assert.Equal(3, store.Version);
        }

        using var migrated = new PostgresDossierCatalog(db);
        Assert.True(migrated.HasSearchIndex);
        Assert.Equal(["war/a.txt"], migrated.SearchDocuments("killed", 0, 10).Select(h => h.File));
        Assert.Contains(migrated.SearchClaims("745", 0, 10), h => h.Id == "c-a-1");
        Assert.Equal(ClaimRows(fresh), ClaimRows(db));
        Assert.Equal(small.Claims.Count, ClaimRows(db).Count);
    }

    private static string Name(string uri) => uri[(uri.LastIndexOf('/') + 1)..];

    private void Execute(string uri, string sql)
    {
        using var raw = new NpgsqlConnection(server.Keywords(Name(uri)));
        raw.Open();
        using var cmd = new NpgsqlCommand(sql, raw);
        cmd.ExecuteNonQuery();
    }

    private List<string> ClaimRows(string uri)
    {
        using var raw = new NpgsqlConnection(server.Keywords(Name(uri)));
        raw.Open();
        using var cmd = new NpgsqlCommand("SELECT story, ord, id, doc, measure, value, qualifier, span, span_start, span_end FROM claims ORDER BY story, ord;", raw);
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "null" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }
        return rows;
    }
}

/// <summary>Documents, a dossier, and what searching them must give, in either store.</summary>
internal static class SearchCases
{
    public static List<CleanDocument> Documents()
    {
        var cleaner = new BoilerplateCleaner();
        var ids = new DocumentIdAssigner();
        SourceDocument Source(string file, string title, string outlet, string text) => new(file, text, "txt") { Title = title, Outlet = outlet };
        return [.. new[]
        {
            Source("war/a.txt", "Shelling hits the border town", "Northern Wire",
                "Officials said 40 people were killed near the border on Tuesday. The shelling went on overnight, residents said."),
            Source("war/b.txt", "Rescuers reach the valley", "Valley Courier",
                "Rescuers found 12 wounded survivors in the valley. About 1,500 families have left their homes since the fighting began."),
            Source("war/c.txt", "Flood waters recede", "Évening Post",
                "The water receded slowly. Café owners in the old town began to clean their shops and counted the damage to the market."),
        }.Select(s => ids.Assign(cleaner.Clean(s))!)];
    }

    public static void Fill(IDossierStore store)
    {
        store.Add(Documents());
        var small = SomeDossier.Small();
        store.SaveDossier("/coast", small);
        store.SaveDossier("/one", small with { Claims = [small.Claims[0]] });
    }

    public static void Check(IStoryCatalog catalog)
    {
        List<string> Docs(string q) => [.. catalog.SearchDocuments(q, 0, 50).Select(h => h.File)];
        List<string> Claims(string q) => [.. catalog.SearchClaims(q, 0, 50).Select(h => h.Story + "#" + h.Id)];

        // Text, headline and outlet; words in any order; a word's start (three letters or more); case folded
        Assert.Equal(["war/a.txt"], Docs("killed"));
        Assert.Equal(["war/a.txt"], Docs("Killed TUESDAY"));
        Assert.Equal(["war/b.txt"], Docs("valley rescuers"));
        Assert.Equal(["war/b.txt"], Docs("courier"));
        Assert.Equal(["war/c.txt"], Docs("café post"));
        Assert.Equal(["war/a.txt", "war/c.txt"], Docs("town"));
        Assert.Equal(["war/a.txt"], Docs("shell"));
        Assert.Empty(Docs("ki"));
        // Every word needed; a chunk's words are a phrase (in that order); numbers as written
        Assert.Equal(["war/b.txt"], Docs("1,500 families"));
        Assert.Empty(Docs("1,500 families valley old"));
        Assert.Equal(["war/b.txt"], Docs("wounded-survivors"));
        Assert.Empty(Docs("survivors-wounded"));

        // Query syntax is text: no operator, column filter, negation or wildcard; no error on unbalanced quotes or brackets
        Assert.Equal(["war/a.txt"], Docs("-killed"));
        Assert.Equal(["war/a.txt"], Docs("\"killed"));
        Assert.Empty(Docs("killed OR rescuers"));
        Assert.Empty(Docs("NEAR(rescuers survivors)"));
        Assert.Empty(Docs("title:flood"));
        Assert.Equal(["war/c.txt"], Docs("(flood"));
        Assert.Empty(Docs("*"));
        Assert.Empty(Docs("\""));
        Assert.Empty(Docs("' OR 1=1 --"));
        Assert.Empty(Docs("50%_\\no such words"));
        Assert.Empty(Docs("killed & !rescuers"));
        Assert.Empty(Docs("rescuers:* | killed"));

        // Claims: their words, measure and value; by story then claim order
        Assert.Equal(["/coast#c-a-1", "/coast#c-b-1", "/one#c-a-1"], Claims("745"));
        Assert.Equal(["/coast#c-c-1"], Claims("1311"));
        Assert.Equal(["/coast#c-c-1"], Claims("1,311"));
        Assert.Equal(["/coast#c-c-3"], Claims("families"));
        Assert.Equal(["/coast#c-c-3"], Claims(Measures.Displaced));
        Assert.Equal(["/coast#c-a-2"], Claims("security forces"));
        Assert.Equal(["/coast#c-a-2"], Claims("security-forces"));
        Assert.Empty(Claims("forces-security"));
        Assert.Empty(Claims("745 OR 973"));
        Assert.Empty(Claims("NEAR(745 civilians)"));
        Assert.Equal(["/coast#c-a-1", "/coast#c-b-1", "/one#c-a-1"], Claims("\"least 745"));
        Assert.Empty(Claims("^"));
        Assert.Equal(["/coast#c-a-1"], catalog.SearchClaims("745", 0, 1).Select(h => h.Story + "#" + h.Id));
        Assert.Equal(["/coast#c-b-1", "/one#c-a-1"], catalog.SearchClaims("745", 1, 10).Select(h => h.Story + "#" + h.Id));
    }
}
