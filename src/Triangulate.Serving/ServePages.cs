using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Triangulate.Rendering.Csv;
using Triangulate.Rendering.Html;

namespace Triangulate.Serving;

/// <summary>The list pages' markup (one stylesheet, no script), pager, download links, CSV writer and the page result with their
/// Content-Security-Policy.</summary>
internal static class ServePages
{
    internal const string Css = """
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

    internal static StringBuilder Esc(StringBuilder sb, string? text) => text is null ? sb : HtmlText.AppendEscaped(sb, text);

    internal static StringBuilder Start(string title, string sub)
    {
        var sb = new StringBuilder(16 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(HtmlText.Escape(title)).Append(" · Triangulate</title><style>").Append(Css).Append("</style></head><body>")
            .Append("<header><h1><a href=\"/\">Triangulate</a> · ").Append(HtmlText.Escape(title)).Append("</h1><div>").Append(sub).Append("</div></header><main>");
        return sb;
    }

    internal static void SearchForm(StringBuilder sb, string query)
    {
        sb.Append("<form action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" aria-label=\"Search articles and claims\" placeholder=\"words in a headline, an article or a figure\" value=\"");
        Esc(sb, query).Append("\"><button type=\"submit\">Search</button></form>");
    }

    internal static void Downloads(StringBuilder sb, string csv, string json) =>
        sb.Append("<div class=\"dl\">Download this page: <a href=\"").Append(HtmlText.Escape(csv)).Append("\">CSV</a> <a href=\"").Append(HtmlText.Escape(json)).Append("\">JSON</a></div>");

    internal static void Pager(StringBuilder sb, string prefix, int page, int total)
    {
        sb.Append("<nav class=\"pager\" aria-label=\"Pages\">");
        if (page > 1)
        {
            sb.Append("<a href=\"").Append(HtmlText.Escape(prefix)).Append("page=").Append(page - 1).Append("\">‹ Previous</a>");
        }
        sb.Append("<span>Page ").Append(page).Append("</span>");
        if ((long)page * ServeApp.PageSize < total)
        {
            sb.Append("<a href=\"").Append(HtmlText.Escape(prefix)).Append("page=").Append(page + 1).Append("\">Next ›</a>");
        }
        sb.Append("</nav>");
    }

    internal static IResult Page(StringBuilder sb) =>
        new HtmlPage(sb.Append("</main></body></html>\n").ToString());

    internal static IResult Csv(string file, string[] header, IEnumerable<string[]> rows)
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
