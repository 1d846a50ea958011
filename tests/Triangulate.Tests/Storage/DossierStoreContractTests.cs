using Microsoft.Data.Sqlite;
using Npgsql;
using Triangulate.Pipeline;
using Triangulate.Cleaning;
using Triangulate.Ingest;
using Triangulate.Storage;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Storage;

/// <summary>The semantics every <see cref="IDossierStore"/> must have; run against SQLite and against a real PostgreSQL server.</summary>
public abstract class DossierStoreContractTests
{
    /// <summary>Opens a new instance on this test's database (several instances share it).</summary>
    protected abstract IDossierStore Open();

    /// <summary>Makes inserting the document with <paramref name="id"/> fail inside the database.</summary>
    protected abstract void FailInsertOf(string id);

    private static List<CleanDocument> Generated(int count, int seed)
    {
        var cleaner = new BoilerplateCleaner();
        var ids = new DocumentIdAssigner();
        var docs = new List<CleanDocument>();
        var i = 0;
        foreach (var a in new Triangulate.Benchmarking.SyntheticCorpus(seed).Generate(count))
        {
            var source = new SourceDocument($"gen/{seed}/{i++:D4}.txt", a.Title + "\n\n" + a.Text, "txt") { Url = a.Url, Published = a.Published };
            if (ids.Assign(cleaner.Clean(source)) is { } d)
            {
                docs.Add(d);
            }
        }
        return docs;
    }

    [Fact]
    public void Add_SameDocumentsTwice_AddsNothingTheSecondTime()
    {
        var (docs, _) = Analyzer.ReadAndClean([Paths.Sample]);
        using var store = Open();
        Assert.Equal(new StoreResult(docs.Count, 0), store.Add(docs));
        Assert.Equal(new StoreResult(0, docs.Count), store.Add(docs));
        Assert.Equal(docs.Count, store.Count);
    }

    [Fact]
    public void Documents_RoundTrip_TextOffsetsAndMetadataSurviveAndDossierIsTheSame()
    {
        var (docs, problems) = Analyzer.ReadAndClean([Paths.Sample]);
        using (var store = Open())
        {
            store.Add(docs, problems);
        }
        using var reopened = Open();
        var back = reopened.Documents();
        Assert.Equal(docs.Select(d => d.Id).Order(StringComparer.Ordinal), back.Select(d => d.Id).Order(StringComparer.Ordinal));
        // File order, ordinal (the same in both stores whatever the server's collation).
        Assert.Equal(back.Select(d => d.Source.File).Order(StringComparer.Ordinal), back.Select(d => d.Source.File));
        foreach (var d in back)
        {
            var original = docs.Single(x => x.Id == d.Id);
            Assert.Equal(original.Text, d.Text);
            Assert.Equal(original.Source.Text, d.Source.Text);
            Assert.Equal(original.Removed, d.Removed);
            Assert.Equal(original.Title, d.Title);
            Assert.Equal(original.StatedDate, d.StatedDate);
            Assert.Equal(original.Dateline, d.Dateline);
            Assert.Equal(original.Source.Published, d.Source.Published);
            for (var i = 0; i < d.Text.Length; i += 7)
            {
                Assert.Equal(original.Map.ToOriginal(i), d.Map.ToOriginal(i));
            }
        }
        var fromFiles = new PipelineBuilder().UseDefaults().Build().Run(docs);
        var fromStore = new PipelineBuilder().UseDefaults().Build().Run(back);
        Assert.Equal(DossierJson.Serialize(fromFiles), DossierJson.Serialize(fromStore));
    }

    [Fact]
    public void Documents_FilePrefix_OnlyMatchingFiles()
    {
        var docs = Generated(6, 3);
        var other = Generated(4, 4);
        using var store = Open();
        store.Add([.. docs, .. other]);
        Assert.Equal(other.Select(d => d.Id).Order(StringComparer.Ordinal), store.Documents("gen/4/").Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.Empty(store.Documents("nothing/"));
    }

    [Fact]
    public void Add_BatchFailingMidway_NothingHalfWritten()
    {
        var docs = Generated(8, 5);
        using (var store = Open())
        {
            store.Add(docs.Take(2).ToList());
        }
        FailInsertOf(docs[5].Id);
        using (var store = Open())
        {
            Assert.ThrowsAny<System.Data.Common.DbException>(() => store.Add(docs));
            Assert.Equal(2, store.Count);
        }
    }

    [Fact]
    public void SaveDossier_LoadsBackAndReplaces()
    {
        var dossier = Analyzer.Analyze([Paths.Sample]);
        using var store = Open();
        store.SaveDossier("run", dossier);
        var back = store.LoadDossier("run");
        Assert.NotNull(back);
        Assert.Equal(DossierJson.Serialize(dossier), DossierJson.Serialize(back));
        var smaller = dossier with { Documents = [.. dossier.Documents.Take(1)] };
        store.SaveDossier("run", smaller);
        Assert.Single(store.LoadDossier("run")!.Documents);
        Assert.Null(store.LoadDossier("other"));
    }

    [Fact]
    public async Task Add_TwoConcurrentWritersOverlapping_BothFinishEveryDocumentOnce()
    {
        var docs = Generated(60, 7);
        using (var init = Open())
        {
            Assert.Equal(0, init.Count);
        }
        // Writer A takes documents 0..39, writer B 20..59, both in batches of 5, at the same time.
        var a = docs.Take(40).ToList();
        var b = docs.Skip(20).ToList();
        using var start = new Barrier(2);
        StoreResult Write(List<CleanDocument> mine)
        {
            using var store = Open();
            start.SignalAndWait(TimeSpan.FromSeconds(30));
            var total = new StoreResult(0, 0);
            foreach (var batch in mine.Chunk(5))
            {
                var r = store.Add(batch);
                total = new StoreResult(total.Added + r.Added, total.Skipped + r.Skipped);
            }
            return total;
        }
        var ta = Task.Run(() => Write(a), TestContext.Current.CancellationToken);
        var tb = Task.Run(() => Write(b), TestContext.Current.CancellationToken);
        var results = await Task.WhenAll(ta, tb);
        Assert.Equal(60, results.Sum(r => r.Added));
        Assert.Equal(20, results.Sum(r => r.Skipped));
        using var check = Open();
        Assert.Equal(60, check.Count);
        Assert.Equal(docs.Select(d => d.Id).Order(StringComparer.Ordinal), check.Documents().Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Add_TextWithNulCharacter_StoredWithOffsetsKept()
    {
        var cleaner = new BoilerplateCleaner();
        var source = new SourceDocument("nul.txt", "Headline here\n\nAt least 12 people died\0 in the storm, the mayor said on Monday.", "txt");
        var doc = new DocumentIdAssigner().Assign(cleaner.Clean(source))!;
        using var store = Open();
        store.Add([doc]);
        var back = Assert.Single(store.Documents());
        Assert.Equal(doc.Text.Length, back.Text.Length);
        Assert.Equal(doc.Source.Text.Length, back.Source.Text.Length);
    }
}

/// <summary>The store contract on SQLite.</summary>
public sealed class SqliteStoreContractTests : DossierStoreContractTests, IDisposable
{
    private readonly TempDir _dir = new();

    private string DbPath => _dir.File("contract.db");

    protected override IDossierStore Open() => DossierStores.Open(DbPath);

    protected override void FailInsertOf(string id)
    {
        using var conn = new SqliteConnection($"Data Source={DbPath}");
        conn.Open();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = $"CREATE TRIGGER boom BEFORE INSERT ON documents WHEN NEW.id = '{id}' BEGIN SELECT RAISE(ABORT, 'boom'); END;";
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}

/// <summary>The store contract on a real PostgreSQL server started for these tests (skipped when the server binaries are absent).</summary>
public sealed class PostgresStoreContractTests(PostgresServer server) : DossierStoreContractTests, IClassFixture<PostgresServer>
{
    private string? _db;

    private string Db => _db ??= server.CreateDatabase();

    protected override IDossierStore Open()
    {
        server.SkipIfUnavailable();
        var store = DossierStores.Open(Db);
        Assert.IsType<PostgresDossierStore>(store);
        return store;
    }

    protected override void FailInsertOf(string id)
    {
        using var conn = new NpgsqlConnection(server.Keywords(new Uri(Db).AbsolutePath.Trim('/')));
        conn.Open();
        using var cmd = new NpgsqlCommand($"""
            CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.id = '{id}' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER boom BEFORE INSERT ON documents FOR EACH ROW EXECUTE FUNCTION boom();
            """, conn);
        cmd.ExecuteNonQuery();
    }

    [Fact]
    public void Open_TwoProcessesMigratingAFreshDatabaseAtOnce_SchemaCreatedOnce()
    {
        server.SkipIfUnavailable();
        var db = server.CreateDatabase();
        var stores = Enumerable.Range(0, 4).AsParallel().Select(_ => new PostgresDossierStore(db)).ToList();
        Assert.All(stores, s => Assert.Equal(PostgresDossierStore.SchemaVersion, s.Version));
        stores.ForEach(s => s.Dispose());
    }

    [Fact]
    public void Open_UnreachableServer_StoreBusyExceptionWithoutPassword()
    {
        var ex = Assert.Throws<StoreBusyException>(() => DossierStores.Open("postgres://someone:secret@127.0.0.1:1/nothing?connect_timeout=2"));
        Assert.DoesNotContain("secret", ex.Message, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://u:p%40ss@db.example:6543/news?sslmode=require", "db.example", 6543, "news", "u")]
    [InlineData("postgresql://analyst@localhost/triangulate", "localhost", 5432, "triangulate", "analyst")]
    [InlineData("Host=h1;Port=5433;Database=d;Username=x", "h1", 5433, "d", "x")]
    public void ConnectionString_UriOrKeywords_Parsed(string db, string host, int port, string database, string user)
    {
        Assert.True(DossierStores.IsServer(db));
        var b = new NpgsqlConnectionStringBuilder(PostgresConnectionString.ToKeywords(db));
        Assert.Equal(host, b.Host);
        Assert.Equal(port, b.Port);
        Assert.Equal(database, b.Database);
        Assert.Equal(user, b.Username);
        Assert.DoesNotContain("p@ss", DossierStores.Describe(db), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("triangulate.db")]
    [InlineData("/var/data/news.sqlite")]
    [InlineData("C:\\data\\host=1.db")]
    public void IsServer_FilePaths_False(string db) => Assert.False(DossierStores.IsServer(db));
}
