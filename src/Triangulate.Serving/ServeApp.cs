using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Triangulate.Rendering.Csv;
using Triangulate.Rendering.Html;
using Triangulate.Rendering.Json;
using Triangulate.Storage.Reading;

namespace Triangulate.Serving;

/// <summary>Options of <c>triangulate serve</c>.</summary>
/// <param name="Database">The SQLite store to browse.</param>
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

    private const string Css = """
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1c2430;background:#f6f7f9}
header{background:#14213d;color:#fff;padding:18px 20px}header h1{margin:0;font-size:22px}header a{color:#fff}
main{max-width:1100px;margin:0 auto;padding:12px 16px 40px}
a{color:#1f5fa8;text-decoration:none}a:hover{text-decoration:underline}
form{display:flex;gap:8px;flex-wrap:wrap;margin:12px 0}input{font:inherit;padding:6px 8px;border:1px solid #c9d0d8;border-radius:6px;flex:1 1 200px;min-width:0}
button{font:inherit;padding:6px 12px;border:1px solid #c9d0d8;border-radius:6px;background:#fff}
table{border-collapse:collapse;width:100%;background:#fff;border:1px solid #dfe3e8;border-radius:8px}
th,td{text-align:left;padding:7px 10px;border-top:1px solid #dfe3e8;vertical-align:top;overflow-wrap:anywhere}
th{font-size:12px;text-transform:uppercase;color:#5b6675;background:#fafbfc}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.pager,.dl{margin:10px 0;font-size:14px;color:#5b6675;display:flex;gap:12px;flex-wrap:wrap}
.muted{color:#5b6675}
@media (max-width:600px){table,tbody,tr,td{display:block;width:100%}thead{display:none}tr{border-top:1px solid #dfe3e8;padding:6px 0}td{border:0;padding:2px 10px}td.num{text-align:left}}
""";

    private static readonly string s_csp = "default-src 'none'; style-src 'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css)))
        + "'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>Builds the app (not started): bound to <see cref="ServeOptions.Address"/>:<see cref="ServeOptions.Port"/>.</summary>
    /// <exception cref="FileNotFoundException">The database does not exist.</exception>
    public static WebApplication Create(ServeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var db = Path.GetFullPath(options.Database);
        using (new SqliteDossierCatalog(db))
        {
            // Fails now, with the path, rather than on the first request.
        }
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://{options.Address}:{options.Port}"));
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            var h = context.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h["Referrer-Policy"] = "no-referrer";
            h.XFrameOptions = "DENY";
            h.CacheControl = "no-store";
            await next(context).ConfigureAwait(false);
        });
        SqliteDossierCatalog Open() => new(db);

        app.MapGet("/", (int? page) =>
        {
            using var c = Open();
            var p = Math.Max(1, page ?? 1);
            var stories = c.Stories((p - 1) * PageSize, PageSize);
            var total = c.StoryCount;
            var sb = Start("Stories", $"{total:#,0} stories · {c.DocumentCount:#,0} articles");
            SearchForm(sb, "");
            sb.Append("<h2>Stories, largest first</h2>");
            Downloads(sb, $"/stories.csv?page={p}", $"/stories.json?page={p}");
            sb.Append("<table><thead><tr><th>Story</th><th>Articles</th><th>Claims</th><th>Saved</th></tr></thead><tbody>");
            foreach (var s in stories)
            {
                sb.Append("<tr><td><a href=\"/story?name=").Append(Uri.EscapeDataString(s.Name)).Append("\">");
                Esc(sb, s.Label ?? s.Name).Append("</a><div class=\"muted\">");
                Esc(sb, s.Name).Append("</div></td><td class=\"num\">").Append(s.Documents.ToString("#,0", CultureInfo.InvariantCulture))
                    .Append("</td><td class=\"num\">").Append(s.Claims.ToString("#,0", CultureInfo.InvariantCulture)).Append("</td><td>");
                Esc(sb, s.WrittenAt).Append("</td></tr>");
            }
            sb.Append("</tbody></table>");
            Pager(sb, "/?", p, total);
            return Page(sb);
        });
        app.MapGet("/stories.json", (int? page) =>
        {
            using var c = Open();
            var p = Math.Max(1, page ?? 1);
            return Results.Json(c.Stories((p - 1) * PageSize, PageSize), ServeJsonContext.Default.IReadOnlyListStorySummary);
        });
        app.MapGet("/stories.csv", (int? page) =>
        {
            using var c = Open();
            var p = Math.Max(1, page ?? 1);
            return Csv("stories.csv", ["name", "label", "documents", "claims", "written_at"],
                c.Stories((p - 1) * PageSize, PageSize).Select(s => new[] { s.Name, s.Label ?? "", s.Documents.ToString(CultureInfo.InvariantCulture), s.Claims.ToString(CultureInfo.InvariantCulture), s.WrittenAt }));
        });
        app.MapGet("/search", (string? q, int? page) =>
        {
            var query = (q ?? "").Trim();
            var p = Math.Max(1, page ?? 1);
            var sb = Start("Search", query.Length == 0 ? "Search articles and figure claims" : "Results for “" + HtmlText.Escape(query) + "”");
            SearchForm(sb, query);
            if (query.Length > 0)
            {
                using var c = Open();
                var claims = c.SearchClaims(query, (p - 1) * PageSize, PageSize);
                var docs = c.SearchDocuments(query, (p - 1) * PageSize, PageSize);
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
                Pager(sb, "/search?q=" + Uri.EscapeDataString(query) + "&", p, claims.Count == PageSize || docs.Count == PageSize ? int.MaxValue : (p - 1) * PageSize + Math.Max(claims.Count, docs.Count));
            }
            return Page(sb);
        });
        app.MapGet("/search-claims.json", (string? q, int? page) =>
        {
            using var c = Open();
            return Results.Json(c.SearchClaims(q ?? "", (Math.Max(1, page ?? 1) - 1) * PageSize, PageSize), ServeJsonContext.Default.IReadOnlyListClaimHit);
        });
        app.MapGet("/search-claims.csv", (string? q, int? page) =>
        {
            using var c = Open();
            return Csv("claims.csv", ["story", "claim", "span", "measure", "value", "doc"],
                c.SearchClaims(q ?? "", (Math.Max(1, page ?? 1) - 1) * PageSize, PageSize).Select(h => new[] { h.Story, h.Id, h.Span, h.Measure ?? "", h.Value?.ToString(CultureInfo.InvariantCulture) ?? "", h.Doc }));
        });
        app.MapGet("/search-documents.json", (string? q, int? page) =>
        {
            using var c = Open();
            return Results.Json(c.SearchDocuments(q ?? "", (Math.Max(1, page ?? 1) - 1) * PageSize, PageSize), ServeJsonContext.Default.IReadOnlyListDocumentHit);
        });
        app.MapGet("/search-documents.csv", (string? q, int? page) =>
        {
            using var c = Open();
            return Csv("documents.csv", ["id", "file", "title", "outlet", "published"],
                c.SearchDocuments(q ?? "", (Math.Max(1, page ?? 1) - 1) * PageSize, PageSize).Select(d => new[] { d.Id, d.File, d.Title ?? "", d.Outlet ?? "", d.Published ?? "" }));
        });
        app.MapGet("/story", (string? name, HttpContext http) =>
        {
            using var c = Open();
            if (name is null || c.Story(name) is not { } dossier)
            {
                return Results.NotFound();
            }
            // The report carries its own CSP (hashes of its style and script); this header only adds what a meta tag cannot.
            http.Response.Headers.ContentSecurityPolicy = "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
            return Results.Text(HtmlRenderer.Render(dossier), "text/html; charset=utf-8", Encoding.UTF8);
        });
        app.MapGet("/story.json", (string? name) =>
        {
            using var c = Open();
            if (name is null || c.Story(name) is not { } dossier)
            {
                return Results.NotFound();
            }
            using var buffer = new MemoryStream();
            new JsonRenderer().Render(dossier, "dossier.json", buffer);
            return Results.Bytes(buffer.ToArray(), "application/json", "dossier.json");
        });
        app.MapGet("/story-claims.csv", (string? name) =>
        {
            using var c = Open();
            if (name is null || c.Story(name) is not { } dossier)
            {
                return Results.NotFound();
            }
            return Results.Bytes(Encoding.UTF8.GetBytes(new CsvRenderer().RenderClaims(dossier)), "text/csv; charset=utf-8", "claims.csv");
        });
        return app;
    }

    private static StringBuilder Esc(StringBuilder sb, string? text) => text is null ? sb : HtmlText.AppendEscaped(sb, text);

    private static StringBuilder Start(string title, string sub)
    {
        var sb = new StringBuilder(16 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(HtmlText.Escape(title)).Append(" · Triangulate</title><style>").Append(Css).Append("</style></head><body>")
            .Append("<header><h1><a href=\"/\">Triangulate</a> · ").Append(HtmlText.Escape(title)).Append("</h1><div>").Append(sub).Append("</div></header><main>");
        return sb;
    }

    private static void SearchForm(StringBuilder sb, string query)
    {
        sb.Append("<form action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" aria-label=\"Search articles and claims\" placeholder=\"words in a headline, an article or a figure\" value=\"");
        Esc(sb, query).Append("\"><button type=\"submit\">Search</button></form>");
    }

    private static void Downloads(StringBuilder sb, string csv, string json) =>
        sb.Append("<div class=\"dl\">Download this page: <a href=\"").Append(HtmlText.Escape(csv)).Append("\">CSV</a> <a href=\"").Append(HtmlText.Escape(json)).Append("\">JSON</a></div>");

    private static void Pager(StringBuilder sb, string prefix, int page, int total)
    {
        sb.Append("<nav class=\"pager\" aria-label=\"Pages\">");
        if (page > 1)
        {
            sb.Append("<a href=\"").Append(HtmlText.Escape(prefix)).Append("page=").Append(page - 1).Append("\">‹ Previous</a>");
        }
        sb.Append("<span>Page ").Append(page).Append("</span>");
        if ((long)page * PageSize < total)
        {
            sb.Append("<a href=\"").Append(HtmlText.Escape(prefix)).Append("page=").Append(page + 1).Append("\">Next ›</a>");
        }
        sb.Append("</nav>");
    }

    private static IResult Page(StringBuilder sb) =>
        new HtmlPage(sb.Append("</main></body></html>\n").ToString());

    private static IResult Csv(string file, string[] header, IEnumerable<string[]> rows)
    {
        // The report's CSV writer, with formula protection: a cell from an article never runs in a spreadsheet.
        var table = new CsvTable(header, protectFormulas: true);
        foreach (var row in rows)
        {
            foreach (var cell in row)
            {
                table.Text(cell);
            }
            table.EndRow();
        }
        return Results.Bytes(Encoding.UTF8.GetBytes(table.ToString()), "text/csv; charset=utf-8", file);
    }

    /// <summary>An HTML page with the list pages' script-free Content-Security-Policy.</summary>
    private sealed class HtmlPage(string html) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.ContentSecurityPolicy = s_csp;
            httpContext.Response.ContentType = "text/html; charset=utf-8";
            return httpContext.Response.WriteAsync(html, Encoding.UTF8);
        }
    }
}

/// <summary>JSON of the serve app's downloads (source-generated, snake_case like dossier.json).</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.SnakeCaseLower)]
[System.Text.Json.Serialization.JsonSerializable(typeof(IReadOnlyList<StorySummary>))]
[System.Text.Json.Serialization.JsonSerializable(typeof(IReadOnlyList<ClaimHit>))]
[System.Text.Json.Serialization.JsonSerializable(typeof(IReadOnlyList<DocumentHit>))]
internal sealed partial class ServeJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
