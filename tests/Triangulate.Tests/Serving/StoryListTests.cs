using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Triangulate.Serving;
using Triangulate.Storage;
using Triangulate.Storage.Reading;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Serving;

/// <summary>The story list of <c>triangulate serve</c> comes from one summary row per saved dossier, never from parsing the dossiers; a
/// store written before those rows existed gets them on its next write, and serve derives them once for it meanwhile.</summary>
public sealed class StoryListTests
{
    [Fact]
    public void SaveDossier_WritesItsSummaryRow_TitleDatesSizeAndHeadline()
    {
        using var dir = new TempDir();
        var db = dir.File("s.db");
        var small = SomeDossier.Small();
        using (var store = new SqliteDossierStore(db))
        {
            store.SaveDossier("/a", small);
            store.SaveDossier("/b", small with { Documents = [small.Documents[0]], Claims = [] });
            store.SaveDossier("/b", small with { Documents = [small.Documents[0]], Claims = [small.Claims[0]] });
        }

        using var catalog = new SqliteDossierCatalog(db);
        var rows = catalog.Stories(0, 10);

        Assert.True(catalog.HasStoryTable);
        Assert.Equal(["/a", "/b"], rows.Select(r => r.Name));
        Assert.Equal(2, catalog.StoryCount);
        var a = rows[0];
        var expected = StorySummaries.Of("/a", small, a.WrittenAt);
        Assert.Equal(expected, a);
        Assert.Equal(small.Documents.Count, a.Documents);
        Assert.NotNull(a.Title);
        Assert.NotNull(a.Headline);
        Assert.NotNull(a.FirstDate);
        Assert.True(string.CompareOrdinal(a.FirstDate, a.LastDate) <= 0);
        Assert.Equal((1, 1), (rows[1].Documents, rows[1].Claims));
    }

    [Fact]
    public async Task StoryList_ReadsOnlySummaryRows_AStoredDossierIsNotParsed()
    {
        // Given a store whose largest dossier's JSON is no longer readable (listing must not touch it)
        using var dir = new TempDir();
        var db = ServeAppTests.MakeStore(dir, 3);
        using (var raw = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            raw.Open();
            using var cmd = raw.CreateCommand();
            cmd.CommandText = "UPDATE dossiers SET json = 'not json' WHERE name = '/archive/coast';";
            Assert.Equal(1, cmd.ExecuteNonQuery());
        }
        await using var app = ServeApp.Create(new ServeOptions(db, Port: 0));
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };

        // When the list is asked for
        var response = await http.GetAsync("/");

        // Then it lists every story, the unreadable one first (it is the largest), with its summary
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var rows = doc.QuerySelectorAll("tbody tr");
        Assert.Equal(5, rows.Length);
        Assert.Equal("/story?name=%2Farchive%2Fcoast", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(SomeDossier.Small().Documents.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), rows[0].QuerySelectorAll("td.num")[0].TextContent);
    }

    [Fact]
    public void OldStore_OpenedForWriting_GetsSummaryRowsFromItsDossiers()
    {
        using var dir = new TempDir();
        var db = dir.File("old.db");
        var small = SomeDossier.Small();
        WriteSchemaOneStore(db, ("/old", small));

        using (var store = new SqliteDossierStore(db))
        {
            Assert.Equal(SqliteDossierStore.SchemaVersion, store.Version);
        }
        using var catalog = new SqliteDossierCatalog(db);

        var row = Assert.Single(catalog.Stories(0, 10));
        Assert.Equal(StorySummaries.Of("/old", small, "2025-01-01T00:00:00.000Z"), row);
    }

    [Fact]
    public async Task OldStore_Served_ListDerivedOnce_RefreshedWhenTheFileChanges()
    {
        // Given a store of schema 1 (no summary rows), served read-only
        using var dir = new TempDir();
        var db = dir.File("old.db");
        var small = SomeDossier.Small();
        WriteSchemaOneStore(db, ("/big", small), ("/one", small with { Documents = [small.Documents[0]] }));
        await using var app = ServeApp.Create(new ServeOptions(db, Port: 0));
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };

        // When it is listed, then another dossier is added behind serve's back (as an older tool would) and it is listed again
        var before = new HtmlParser().ParseDocument(await http.GetStringAsync("/")).QuerySelectorAll("tbody tr a").Select(a => a.GetAttribute("href")).ToList();
        using (var raw = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            raw.Open();
            Insert(raw, "/mid", small with { Documents = [.. small.Documents.Take(2)] });
        }
        File.SetLastWriteTimeUtc(db, DateTime.UtcNow.AddMinutes(1));
        var after = new HtmlParser().ParseDocument(await http.GetStringAsync("/")).QuerySelectorAll("tbody tr a").Select(a => a.GetAttribute("href")).ToList();

        // Then the list is largest first both times, and the new story shows
        Assert.Equal(["/story?name=%2Fbig", "/story?name=%2Fone"], before);
        Assert.Equal(["/story?name=%2Fbig", "/story?name=%2Fmid", "/story?name=%2Fone"], after);
        using var catalog = new SqliteDossierCatalog(db);
        Assert.False(catalog.HasStoryTable);
    }

    /// <summary>A store as version 1 wrote it: documents and dossiers, no summary rows.</summary>
    private static void WriteSchemaOneStore(string path, params (string Name, Dossier Dossier)[] dossiers)
    {
        using var raw = new SqliteConnection($"Data Source={path};Pooling=False");
        raw.Open();
        using (var cmd = raw.CreateCommand())
        {
            cmd.CommandText = """
                CREATE TABLE documents (id TEXT PRIMARY KEY, file TEXT NOT NULL, format TEXT NOT NULL, title TEXT, outlet TEXT, url TEXT,
                    published TEXT, published_source TEXT, modified TEXT, stated_date TEXT, encoding TEXT, byte_length INTEGER NOT NULL DEFAULT 0,
                    original_text TEXT NOT NULL, clean_text TEXT NOT NULL, removed_json TEXT NOT NULL, segments_json TEXT NOT NULL,
                    dateline_json TEXT, provenance TEXT, ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')));
                CREATE INDEX documents_file ON documents(file);
                CREATE TABLE problems (seq INTEGER PRIMARY KEY AUTOINCREMENT, file TEXT NOT NULL, reason TEXT NOT NULL, stage TEXT NOT NULL,
                    severity TEXT NOT NULL, seen_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')));
                CREATE TABLE dossiers (name TEXT PRIMARY KEY, json TEXT NOT NULL, written_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')));
                PRAGMA user_version = 1;
                """;
            cmd.ExecuteNonQuery();
        }
        foreach (var (name, dossier) in dossiers)
        {
            Insert(raw, name, dossier);
        }
    }

    private static void Insert(SqliteConnection raw, string name, Dossier dossier)
    {
        using var cmd = raw.CreateCommand();
        cmd.CommandText = "INSERT INTO dossiers (name, json, written_at) VALUES ($n, $j, '2025-01-01T00:00:00.000Z');";
        cmd.Parameters.AddWithValue("$n", name);
        cmd.Parameters.AddWithValue("$j", DossierJson.Serialize(dossier));
        cmd.ExecuteNonQuery();
    }
}
