using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Triangulate.Serving;
using Triangulate.Storage;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Serving;

/// <summary><c>triangulate serve</c> hosted in-process on a free port of 127.0.0.1, over a SQLite store with three stories (one hostile).</summary>
public sealed class ServeAppTests : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private WebApplication? _app;
    private HttpClient? _http;

    internal static string MakeStore(TempDir dir, int extraStories = 0)
    {
        var db = dir.File("store.db");
        // The sample's five articles as stored documents (what `ingest` keeps), then three stories saved beside them.
        var (exit, _, err) = CliRun.Run("ingest", Paths.Sample, "--db", db);
        Assert.True(exit == 0, err);
        using var store = DossierStores.Open(db);
        var small = SomeDossier.Small();
        store.SaveDossier("/archive/coast", small);
        store.SaveDossier("/archive/one", small with { Documents = [small.Documents[0]], Claims = [small.Claims[0]], Clusters = [new StoryCluster("k", [small.Documents[0].Id], "One article <b>story</b>")] });
        for (var i = 0; i < extraStories; i++)
        {
            store.SaveDossier($"/archive/extra-{i:000}", small with { Documents = [small.Documents[0]], Claims = [], Clusters = [new StoryCluster("k", [small.Documents[0].Id], $"Extra {i}")] });
        }
        return db;
    }

    public async ValueTask InitializeAsync()
    {
        _app = ServeApp.Create(new ServeOptions(MakeStore(_dir, 60), Port: 0));
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _http = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async ValueTask DisposeAsync()
    {
        _http?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        _dir.Dispose();
    }

    [Fact]
    public void Bound_ToLoopbackOnly()
    {
        var address = new Uri(_app!.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        Assert.Equal("127.0.0.1", address.Host);
    }

    [Fact]
    public async Task Stories_LargestFirst_PagedOnTheServer()
    {
        // Given 62 stories, the four-article one among them
        var first = new HtmlParser().ParseDocument(await _http!.GetStringAsync("/"));
        var second = new HtmlParser().ParseDocument(await _http.GetStringAsync("/?page=2"));

        // Then page 1 opens with the largest story and holds one page of rows; page 2 holds the rest
        var rows = first.QuerySelectorAll("tbody tr");
        Assert.Equal(ServeApp.PageSize, rows.Length);
        Assert.Equal("/story?name=%2Farchive%2Fcoast", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(62 - ServeApp.PageSize, second.QuerySelectorAll("tbody tr").Length);
        Assert.NotNull(first.QuerySelector("nav.pager a[href='/?page=2']"));
    }

    [Fact]
    public async Task Story_IsTheReport_WithNumbersLinkedToSentences()
    {
        var html = await _http!.GetStringAsync("/story?name=" + Uri.EscapeDataString("/archive/coast"));
        var doc = new HtmlParser().ParseDocument(html);

        var tile = doc.QuerySelector("#figures a.tile")!;

        Assert.NotNull(doc.QuerySelector(tile.GetAttribute("href")!));
        Assert.NotNull(doc.QuerySelector("#claims-table td.sent mark.fig"));
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/story?name=nope")).StatusCode);
    }

    [Fact]
    public async Task Search_FindsClaimsAndArticles_LinksClaimToItsRow()
    {
        var doc = new HtmlParser().ParseDocument(await _http!.GetStringAsync("/search?q=745"));

        var claimLinks = doc.QuerySelectorAll("a[href*='#claim-']").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("/story?name=%2Farchive%2Fcoast#claim-c-a-1", claimLinks);
        var tables = new HtmlParser().ParseDocument(await _http.GetStringAsync("/search?q=killed")).QuerySelectorAll("table");
        var articles = tables[tables.Length - 1].QuerySelectorAll("tbody tr");
        Assert.InRange(articles.Length, 1, 5);
        var none = new HtmlParser().ParseDocument(await _http.GetStringAsync("/search?q=" + Uri.EscapeDataString("50%_\\no such words")));
        Assert.Empty(none.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task Downloads_CsvAndJsonOfWhatIsShown()
    {
        var csv = await _http!.GetStringAsync("/stories.csv?page=1");
        var json = await _http.GetStringAsync("/search-claims.json?q=745");

        Assert.StartsWith("name,label,documents,claims,written_at,title,first_date,last_date,headline\r\n/archive/coast,", csv, StringComparison.Ordinal);
        Assert.Equal(ServeApp.PageSize + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("\"id\":\"c-a-1\"", json, StringComparison.Ordinal);
        var claimsCsv = await _http.GetAsync("/story-claims.csv?name=" + Uri.EscapeDataString("/archive/coast"));
        Assert.Equal("text/csv", claimsCsv.Content.Headers.ContentType!.MediaType);
        Assert.Contains("'=HYPERLINK", await claimsCsv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_Encoded_AndNoScriptAllowedOnListPages()
    {
        var response = await _http!.GetAsync("/search?q=" + Uri.EscapeDataString("<script>alert(1)</script>"));
        var body = await response.Content.ReadAsStringAsync();
        var home = await _http.GetStringAsync("/?page=2");

        Assert.DoesNotContain("<script>alert(1)", body, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", body, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("One article &lt;b&gt;story&lt;/b&gt;", home, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task WriteMethods_NotAccepted(string method)
    {
        var response = await _http!.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/story?name=%2Farchive%2Fcoast"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
