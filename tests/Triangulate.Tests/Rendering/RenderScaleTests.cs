using System.Diagnostics;
using System.Text;
using Triangulate.Rendering.Csv;
using Triangulate.Rendering.Html;
using Triangulate.Rendering.Markdown;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Rendering;

/// <summary>A quick check of report size and render time on a 1,000-article synthetic dossier (figures go in the README).</summary>
public sealed class RenderScaleTests(ITestOutputHelper output)
{
    [Fact]
    public void Render_ThousandArticles_StaysSmallAndFast()
    {
        // Given
        var dossier = SomeDossier.Large(1000);
        var textChars = dossier.Documents.Sum(d => d.Text.Length);
        HtmlRenderer.Render(SomeDossier.Large(20)); // warm up the JIT so the timing is the renderer's

        // When
        var sw = Stopwatch.StartNew();
        var html = HtmlRenderer.Render(dossier);
        var htmlMs = sw.ElapsedMilliseconds;
        sw.Restart();
        var md = MarkdownRenderer.Render(dossier);
        var mdMs = sw.ElapsedMilliseconds;
        sw.Restart();
        var csv = new CsvRenderer();
        var claims = csv.RenderClaims(dossier);
        var events = csv.RenderEvents(dossier);
        var csvMs = sw.ElapsedMilliseconds;

        // Then
        var htmlBytes = Encoding.UTF8.GetByteCount(html);
        output.WriteLine($"1,000 articles, {dossier.Claims.Count} claims, {textChars:#,0} chars of article text");
        output.WriteLine($"dossier.html {htmlBytes / 1024.0 / 1024:0.00} MiB in {htmlMs} ms");
        output.WriteLine($"dossier.md {Encoding.UTF8.GetByteCount(md) / 1024.0 / 1024:0.00} MiB in {mdMs} ms");
        output.WriteLine($"claims.csv {Encoding.UTF8.GetByteCount(claims) / 1024.0 / 1024:0.00} MiB + events.csv {Encoding.UTF8.GetByteCount(events) / 1024.0:0} KiB in {csvMs} ms");
        if (Environment.GetEnvironmentVariable("TRIANGULATE_SCALE_REPORT") is { Length: > 0 } file)
        {
            File.WriteAllText(file, $"1,000 articles, {dossier.Claims.Count} claims, {textChars:#,0} chars of text; html {htmlBytes:#,0} B in {htmlMs} ms; md {Encoding.UTF8.GetByteCount(md):#,0} B in {mdMs} ms; csv {Encoding.UTF8.GetByteCount(claims):#,0}+{Encoding.UTF8.GetByteCount(events):#,0} B in {csvMs} ms\n");
        }
        Assert.True(htmlBytes < textChars * 3, $"report is {htmlBytes} bytes for {textChars} chars of text");
        Assert.True(htmlMs < 20_000, $"HTML took {htmlMs} ms");
        // Every claim row, article, entity and quote is in the report: on the first page or in a compressed page.
        var all = ReportPages.Expanded(html);
        Assert.Equal(dossier.Claims.Count, all.Split("<tr id=\"claim-").Length - 1);
        Assert.Equal(dossier.Documents.Count, all.Split("<article class=\"doc\" id=\"doc-").Length - 1);
        Assert.Equal(dossier.Entities.Count, all.Split("<div class=\"ent\" id=\"ent-").Length - 1);
        Assert.Equal(dossier.Quotes.Count, all.Split("<blockquote class=\"quote").Length - 1);
        Assert.True(html.Split("<tr id=\"claim-").Length - 1 <= HtmlRenderer.ClaimsPage, "only the first page of claims is markup");
    }
}
