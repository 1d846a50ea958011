using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Triangulate.Serving;
using Triangulate.Storage;
using Triangulate.Storage.Reading;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Serving;

/// <summary><c>triangulate serve --db postgres://…</c> on a real PostgreSQL server started for these tests (skipped without the server
/// binaries: tests/postgres/install.sh): the same pages as over SQLite, from read-only sessions.</summary>
public sealed class ServePostgresTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private string MakeStore(int extraStories)
    {
        var db = server.CreateDatabase();
        var (exit, _, err) = CliRun.Run("ingest", Paths.Sample, "--db", db);
        Assert.True(exit == 0, err);
        using var store = DossierStores.Open(db);
        var small = SomeDossier.Small();
        store.SaveDossier("/archive/coast", small);
        store.SaveDossier("/archive/one", small with { Documents = [small.Documents[0]], Claims = [small.Claims[0]] });
        for (var i = 0; i < extraStories; i++)
        {
            store.SaveDossier($"/archive/extra-{i:000}", small with { Documents = [small.Documents[0]], Claims = [], Clusters = [new StoryCluster("k", [small.Documents[0].Id], $"Extra {i}")] });
        }
        return db;
    }

    [Fact]
    public async Task Serve_PostgresStore_ListsPagesSearchesAndShowsStories()
    {
        server.SkipIfUnavailable();
        var db = MakeStore(55);
        await using var app = ServeApp.Create(new ServeOptions(db, Port: 0));
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };

        var first = new HtmlParser().ParseDocument(await http.GetStringAsync("/"));
        var second = new HtmlParser().ParseDocument(await http.GetStringAsync("/?page=2"));
        var search = new HtmlParser().ParseDocument(await http.GetStringAsync("/search?q=745"));
        var story = new HtmlParser().ParseDocument(await http.GetStringAsync("/story?name=" + Uri.EscapeDataString("/archive/coast")));

        // The largest story first, pages of the list on the server, claims found in the stored dossiers, a story's report
        var rows = first.QuerySelectorAll("tbody tr");
        Assert.Equal(ServeApp.PageSize, rows.Length);
        Assert.Equal("/story?name=%2Farchive%2Fcoast", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(57 - ServeApp.PageSize, second.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("/story?name=%2Farchive%2Fcoast#claim-c-a-1", search.QuerySelectorAll("a[href*='#claim-']").Select(a => a.GetAttribute("href")));
        Assert.NotEmpty(search.QuerySelectorAll("table")[^1].QuerySelectorAll("tbody tr"));
        Assert.NotNull(story.QuerySelector("#figures a.tile"));
        var none = new HtmlParser().ParseDocument(await http.GetStringAsync("/search?q=" + Uri.EscapeDataString("50%_\\no such words")));
        Assert.Empty(none.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public void Catalog_SessionIsReadOnly_AndSummaryRowsMatchTheDossiers()
    {
        server.SkipIfUnavailable();
        var db = MakeStore(0);
        using var catalog = new PostgresDossierCatalog(db);

        var rows = catalog.Stories(0, 10);

        Assert.True(catalog.HasStoryTable);
        Assert.Equal(["/archive/coast", "/archive/one"], rows.Select(r => r.Name));
        Assert.Equal(StorySummaries.Of("/archive/coast", SomeDossier.Small(), rows[0].WrittenAt), rows[0]);
        Assert.Equal(rows, catalog.DeriveStories());
        // The catalog's own session refuses writes.
        var field = typeof(PostgresDossierCatalog).GetField("_connection", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        var connection = (NpgsqlConnection)field.GetValue(catalog)!;
        using var write = new NpgsqlCommand("DELETE FROM dossiers;", connection);
        var ex = Assert.Throws<PostgresException>(() => write.ExecuteNonQuery());
        Assert.Equal("25006", ex.SqlState);
    }
}
