using AngleSharp.Html.Parser;
using CsvHelper;
using FsCheck;
using FsCheck.Fluent;
using Triangulate.Extraction.Figures;
using Triangulate.Rendering.Csv;
using Triangulate.Rendering.Html;
using Triangulate.Rendering.Markdown;
using Triangulate.Storage.Output;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Rendering;

/// <summary>Any article text survives every renderer as text: never markup, never a broken row.</summary>
public sealed class RenderPropertyTests
{
    /// <summary>Strings rich in the characters that break HTML, Markdown and CSV.</summary>
    private static Arbitrary<string> Nasty() =>
        Gen.Elements("<", ">", "&", "\"", "'", ",", "|", "\\", "\r\n", "\n", "\r", "`", "[", "]", "(", "javascript:", "</script>", "</style>", "<!--", "=", "-", "@", " ", "a", "é", "ن", "😀", "\t")
            .ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();

    private static Dossier WithText(string text)
    {
        var full = "Officials said 12 people were injured. " + text;
        var doc = new DossierDocument("d1", "x.txt", full) { Title = text, Outlet = text };
        var claim = new FigureClaim("c1", "d1", 15, 24, "12 people", Measures.Injured, 12, Qualifier.Exact)
        {
            Who = text, AttributedTo = text, SentenceStart = 0, SentenceEnd = full.Length,
        };
        return new Dossier { Documents = [doc], Claims = [claim] };
    }

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public Property Html_AnyArticleText_RoundTripsAsText() => Prop.ForAll(Nasty(), text =>
    {
        var html = HtmlRenderer.Render(WithText(text));
        var doc = new HtmlParser().ParseDocument(html);
        var body = doc.QuerySelector("#doc-d1 .body")!.TextContent;
        // HTML normalizes CR and CRLF to LF when parsing; nothing else may change.
        var expected = ("Officials said 12 people were injured. " + text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return body == expected && doc.QuerySelectorAll("script").Length == 2 && doc.QuerySelectorAll("style").Length == 1
            && doc.QuerySelector("#doc-d1 h3")!.TextContent == (string.IsNullOrWhiteSpace(text) ? "x.txt" : text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
    });

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public Property Csv_AnyText_RoundTripsThroughCsvHelper() => Prop.ForAll(Nasty(), text =>
    {
        using var dir = new TempDir();
        DossierWriter.Write(WithText(text), dir.Path, [new CsvRenderer { ProtectFormulas = false }]);
        using var csv = CsvReader.FromFile(dir.File("claims.csv"), CsvReaderOptions.Default, FileOptions.None);
        csv.ReadHeader();
        var ok = csv.Read() && csv.FieldCount == CsvRenderer.ClaimColumns.Count
            && csv.GetString(csv.GetFieldIndex("who")) == text
            && csv.GetString(csv.GetFieldIndex("outlet")) == text
            && csv.GetString(csv.GetFieldIndex("figure_text")) == "12 people";
        return ok && !csv.Read();
    });

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Markdown_Cell_NoRawMarkupOrUnescapedPipe() => Prop.ForAll(Nasty(), text =>
    {
        var cell = MarkdownRenderer.Cell(text);
        var unescapedPipe = false;
        for (var i = 0; i < cell.Length; i++)
        {
            if (cell[i] == '\\')
            {
                i++;
            }
            else if (cell[i] is '|' or '[' or ']' or '`')
            {
                unescapedPipe = true;
            }
        }
        return !unescapedPipe && !cell.Contains('<') && !cell.Contains('>') && !cell.Contains('\n') && !cell.Contains('\r');
    });
}
