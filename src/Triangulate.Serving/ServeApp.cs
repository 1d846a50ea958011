using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Triangulate.Rendering.Csv;
using Triangulate.Rendering.Html;
using Triangulate.Rendering.Json;
using Triangulate.Storage;
using Triangulate.Storage.Reading;
using static Triangulate.Serving.ServePages;

namespace Triangulate.Serving;

/// <summary>Options of <c>triangulate serve</c>.</summary>
/// <param name="Database">The store to browse: a SQLite file, or a PostgreSQL <c>postgres://</c> URI or keyword string.</param>
/// <param name="Port">TCP port; 0 lets the system choose.</param>
/// <param name="Address">Address to bind; 127.0.0.1 unless asked otherwise.</param>
public sealed record ServeOptions(string Database, int Port = 8077, string Address = "127.0.0.1");

/// <summary>The local web app of <c>triangulate serve</c>: ASP.NET Core minimal APIs, GET only (nothing can write), over a store opened
/// read-only per request. Pages: stories largest first, search over documents and claims, one story's report (the same
/// <see cref="HtmlRenderer"/> as dossier.html, so every number links to its sentence), and CSV/JSON of what each page shows.</summary>
/// <remarks>Every list is paged on the server (<c>?page=N</c>, <see cref="PageSize"/> rows), so a large archive costs one page per request.
/// Everything from the store is HTML-escaped (<see cref="HtmlText"/>); pages send a Content-Security-Policy without script, and
/// <c>nosniff</c>, <c>no-referrer</c> and no framing.</remarks>
public static class ServeApp
{
    /// <summary>Rows per page of every list.</summary>
    public const int PageSize = 50;

    /// <summary>Builds the app (not started): bound to <see cref="ServeOptions.Address"/>:<see cref="ServeOptions.Port"/>.</summary>
    /// <exception cref="FileNotFoundException">The SQLite database does not exist.</exception>
    /// <exception cref="StoreBusyException">The PostgreSQL database cannot be reached.</exception>
    public static WebApplication Create(ServeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var db = DossierStores.IsServer(options.Database) ? options.Database : Path.GetFullPath(options.Database);
        var stories = new StoryList(db);
        // Opens the store now (fails with the path rather than on the first request) and, for a store without summary rows, derives them once.
        stories.Warm();
        var app = Build(options);
        UseSecurityHeaders(app);
        MapStoryList(app, stories);
        MapSearch(app, stories.Open);
        MapStory(app, stories.Open);
        return app;
    }

    private static WebApplication Build(ServeOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://{options.Address}:{options.Port}"));
        return builder.Build();
    }

    /// <summary>Headers on every response: no sniffing, no referrer, no framing, no caching.</summary>
    private static void UseSecurityHeaders(WebApplication app) => app.Use(async (context, next) =>
    {
        var h = context.Response.Headers;
        h.XContentTypeOptions = "nosniff";
        h["Referrer-Policy"] = "no-referrer";
        h.XFrameOptions = "DENY";
        h.CacheControl = "no-store";
        await next(context).ConfigureAwait(false);
    });

    private static int PageOf(int? page) => Math.Max(1, page ?? 1);

    private static int Offset(int page) => (int)Math.Min(int.MaxValue, (long)(page - 1) * PageSize);

    /// <summary>The home page (stories, largest first) and its CSV/JSON.</summary>
    private static void MapStoryList(WebApplication app, StoryList stories)
    {
        app.MapGet("/", (int? page) =>
        {
            using var c = stories.Open();
            var p = PageOf(page);
            var (rows, total) = stories.Page(c, Offset(p), PageSize);
            var sb = Start("Stories", $"{total:#,0} stories · {c.DocumentCount:#,0} articles");
            SearchForm(sb, "");
            sb.Append("<h2>Stories, largest first</h2>");
            Downloads(sb, $"/stories.csv?page={p}", $"/stories.json?page={p}");
            sb.Append("<table><thead><tr><th>Story</th><th>Dates</th><th>Articles</th><th>Claims</th><th>Headline figure</th></tr></thead><tbody>");
            foreach (var s in rows)
            {
                StoryRow(sb, s);
            }
            sb.Append("</tbody></table>");
            Pager(sb, "/?", p, total);
            return Page(sb);
        });
        app.MapGet("/stories.json", (int? page) =>
        {
            using var c = stories.Open();
            return Results.Json(stories.Page(c, Offset(PageOf(page)), PageSize).Rows, ServeJsonContext.Default.IReadOnlyListStorySummary);
        });
        app.MapGet("/stories.csv", (int? page) =>
        {
            using var c = stories.Open();
            return Csv("stories.csv", ["name", "label", "documents", "claims", "written_at", "title", "first_date", "last_date", "headline"],
                stories.Page(c, Offset(PageOf(page)), PageSize).Rows.Select(s => new[]
                {
                    s.Name, s.Label ?? "", s.Documents.ToString(CultureInfo.InvariantCulture), s.Claims.ToString(CultureInfo.InvariantCulture), s.WrittenAt,
                    s.Title ?? "", s.FirstDate ?? "", s.LastDate ?? "", s.Headline ?? "",
                }));
        });
    }

    private static void StoryRow(StringBuilder sb, StorySummary s)
    {
        sb.Append("<tr><td><a href=\"/story?name=").Append(Uri.EscapeDataString(s.Name)).Append("\">");
        Esc(sb, s.Title ?? s.Label ?? s.Name).Append("</a><div class=\"muted\">");
        if (s.Title is not null && s.Label is not null)
        {
            Esc(sb, s.Label).Append(" · ");
        }
        Esc(sb, s.Name).Append("</div></td><td>");
        Esc(sb, s.FirstDate is null ? "" : s.FirstDate == s.LastDate ? s.FirstDate : s.FirstDate + " – " + s.LastDate)
            .Append("</td><td class=\"num\">").Append(s.Documents.ToString("#,0", CultureInfo.InvariantCulture))
            .Append("</td><td class=\"num\">").Append(s.Claims.ToString("#,0", CultureInfo.InvariantCulture)).Append("</td><td>");
        Esc(sb, s.Headline).Append("</td></tr>");
    }

    /// <summary>Search over documents and claims, and its CSV/JSON.</summary>
    private static void MapSearch(WebApplication app, Func<IStoryCatalog> open)
    {
        app.MapGet("/search", (string? q, int? page) =>
        {
            var query = (q ?? "").Trim();
            var p = PageOf(page);
            var sb = Start("Search", query.Length == 0 ? "Search articles and figure claims" : "Results for “" + HtmlText.Escape(query) + "”");
            SearchForm(sb, query);
            if (query.Length > 0)
            {
                using var c = open();
                SearchResults(sb, c, query, p);
            }
            return Page(sb);
        });
        app.MapGet("/search-claims.json", (string? q, int? page) =>
        {
            using var c = open();
            return Results.Json(c.SearchClaims(q ?? "", Offset(PageOf(page)), PageSize), ServeJsonContext.Default.IReadOnlyListClaimHit);
        });
        app.MapGet("/search-claims.csv", (string? q, int? page) =>
        {
            using var c = open();
            return Csv("claims.csv", ["story", "claim", "span", "measure", "value", "doc"],
                c.SearchClaims(q ?? "", Offset(PageOf(page)), PageSize).Select(h => new[] { h.Story, h.Id, h.Span, h.Measure ?? "", h.Value?.ToString(CultureInfo.InvariantCulture) ?? "", h.Doc }));
        });
        app.MapGet("/search-documents.json", (string? q, int? page) =>
        {
            using var c = open();
            return Results.Json(c.SearchDocuments(q ?? "", Offset(PageOf(page)), PageSize), ServeJsonContext.Default.IReadOnlyListDocumentHit);
        });
        app.MapGet("/search-documents.csv", (string? q, int? page) =>
        {
            using var c = open();
            return Csv("documents.csv", ["id", "file", "title", "outlet", "published"],
                c.SearchDocuments(q ?? "", Offset(PageOf(page)), PageSize).Select(d => new[] { d.Id, d.File, d.Title ?? "", d.Outlet ?? "", d.Published ?? "" }));
        });
    }

    private static void SearchResults(StringBuilder sb, IStoryCatalog c, string query, int p)
    {
        var claims = c.SearchClaims(query, Offset(p), PageSize);
        var docs = c.SearchDocuments(query, Offset(p), PageSize);
        var qs = "q=" + Uri.EscapeDataString(query) + "&page=" + p.ToString(CultureInfo.InvariantCulture);
        sb.Append("<h2>Claims</h2>");
        Downloads(sb, "/search-claims.csv?" + qs, "/search-claims.json?" + qs);
        sb.Append("<table><thead><tr><th>Figure</th><th>Measure</th><th>Story</th></tr></thead><tbody>");
        foreach (var h in claims)
        {
            sb.Append("<tr><td><a href=\"/story?name=").Append(Uri.EscapeDataString(h.Story)).Append("#claim-").Append(HtmlText.Slug(h.Id)).Append("\">");
            Esc(sb, h.Span).Append("</a></td><td>");
            Esc(sb, h.Measure).Append("</td><td>");
            Esc(sb, h.Story).Append("</td></tr>");
        }
        sb.Append("</tbody></table><h2>Articles</h2>");
        Downloads(sb, "/search-documents.csv?" + qs, "/search-documents.json?" + qs);
        sb.Append("<table><thead><tr><th>Headline</th><th>Outlet</th><th>Published</th></tr></thead><tbody>");
        foreach (var d in docs)
        {
            sb.Append("<tr><td>");
            Esc(sb, d.Title ?? d.File).Append("<div class=\"muted\">");
            Esc(sb, d.File).Append("</div></td><td>");
            Esc(sb, d.Outlet).Append("</td><td>");
            Esc(sb, d.Published).Append("</td></tr>");
        }
        sb.Append("</tbody></table>");
        Pager(sb, "/search?q=" + Uri.EscapeDataString(query) + "&", p, claims.Count == PageSize || docs.Count == PageSize ? int.MaxValue : Offset(p) + Math.Max(claims.Count, docs.Count));
    }

    /// <summary>One story: its report (the same renderer as dossier.html), its JSON and its claims as CSV.</summary>
    private static void MapStory(WebApplication app, Func<IStoryCatalog> open)
    {
        Dossier? Load(string? name)
        {
            using var c = open();
            return name is null ? null : c.Story(name);
        }
        app.MapGet("/story", (string? name, HttpContext http) =>
        {
            if (Load(name) is not { } dossier)
            {
                return Results.NotFound();
            }
            // The report carries its own CSP (hashes of its style and script); this header only adds what a meta tag cannot.
            http.Response.Headers.ContentSecurityPolicy = "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
            return Results.Text(HtmlRenderer.Render(dossier), "text/html; charset=utf-8", Encoding.UTF8);
        });
        app.MapGet("/story.json", (string? name) =>
        {
            if (Load(name) is not { } dossier)
            {
                return Results.NotFound();
            }
            using var buffer = new MemoryStream();
            new JsonRenderer().Render(dossier, "dossier.json", buffer);
            return Results.Bytes(buffer.ToArray(), "application/json", "dossier.json");
        });
        app.MapGet("/story-claims.csv", (string? name) => Load(name) is not { } dossier
            ? Results.NotFound()
            : Results.Bytes(Encoding.UTF8.GetBytes(new CsvRenderer().RenderClaims(dossier)), "text/csv; charset=utf-8", "claims.csv"));
    }
}

/// <summary>JSON of the serve app's downloads (source-generated, snake_case like dossier.json).</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.SnakeCaseLower)]
[System.Text.Json.Serialization.JsonSerializable(typeof(IReadOnlyList<StorySummary>))]
[System.Text.Json.Serialization.JsonSerializable(typeof(IReadOnlyList<ClaimHit>))]
[System.Text.Json.Serialization.JsonSerializable(typeof(IReadOnlyList<DocumentHit>))]
internal sealed partial class ServeJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
