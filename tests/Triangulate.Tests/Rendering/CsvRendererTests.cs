using CsvHelper;
using Triangulate.Rendering;
using Triangulate.Rendering.Csv;
using Triangulate.Storage.Output;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Rendering;

public sealed class CsvRendererTests
{
    private static List<Dictionary<string, string>> Read(string path, out IReadOnlyList<string> headers)
    {
        using var csv = CsvReader.FromFile(path, CsvReaderOptions.Default, FileOptions.None);
        csv.ReadHeader();
        headers = [.. csv.Headers];
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            Assert.Equal(headers.Count, csv.FieldCount);
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < csv.FieldCount; i++)
            {
                row[headers[i]] = csv.GetString(i);
            }
            rows.Add(row);
        }
        return rows;
    }

    [Fact]
    public void Write_Claims_RoundTripsThroughCsvHelper()
    {
        // Given
        var d = SomeDossier.Small();
        using var dir = new TempDir();

        // When
        DossierWriter.Write(d, dir.Path, [new CsvRenderer()]);
        var rows = Read(dir.File("claims.csv"), out var headers);

        // Then
        Assert.Equal(CsvRenderer.ClaimColumns, headers);
        Assert.Equal(d.Claims.Count, rows.Count);
        foreach (var (c, row) in d.Claims.Zip(rows))
        {
            Assert.Equal(c.Id, row["claim_id"]);
            Assert.Equal(c.Span, row["figure_text"]);
            Assert.Equal(c.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", row["value"]);
            Assert.Equal(d.Document(c.Doc)!.Text[c.SentenceStart..c.SentenceEnd].Trim(), row["sentence"]);
        }
        var hostile = rows.Single(r => r["claim_id"] == "c-d-1");
        Assert.Equal("<script>alert('who')</script>", hostile["who"]);
        Assert.Equal("'=HYPERLINK(\"http://evil\")", hostile["attributed_to"]);
        Assert.Equal("<i>Evil</i> | Times & Co", hostile["outlet"]);
        Assert.Equal("35.52", rows.Single(r => r["claim_id"] == "c-a-1")["latitude"]);
    }

    [Fact]
    public void Write_Events_OneRowPerSeriesThenLooseClaims()
    {
        var d = SomeDossier.Small();
        using var dir = new TempDir();

        DossierWriter.Write(d, dir.Path, [new CsvRenderer()]);
        var rows = Read(dir.File("events.csv"), out var headers);

        Assert.Equal(CsvRenderer.EventColumns, headers);
        Assert.Equal(["s-killed-all", "s-killed-civilians", "s-killed-security", "c-c-3", "c-d-1"], rows.Select(r => r["event_id"]));
        var civ = rows.Single(r => r["event_id"] == "s-killed-civilians");
        Assert.Equal("2025-03-06", civ["date_start"]);
        Assert.Equal("2025-03-10", civ["date_end"]);
        Assert.Equal("2", civ["time_precision"]);
        Assert.Equal("2", civ["date_prec"]);
        Assert.Equal(("745", "973", "973"), (civ["low"], civ["best"], civ["high"]));
        Assert.Equal("Wire Agency; Daily Courier; Evening Post", civ["sources"]);
        Assert.Equal("3", civ["number_of_sources"]);
        Assert.Equal("1", civ["origins"]);
        Assert.Equal("Monitoring Group for Human Rights", civ["source_original"]);
        Assert.Equal("Port Harbor", civ["location"]);
        Assert.Contains("components_below_total", civ["notes"], StringComparison.Ordinal);
        var vague = rows.Single(r => r["event_id"] == "c-c-3");
        Assert.Equal(("100", "", "900", "vague"), (vague["low"], vague["best"], vague["high"], vague["qualifier"]));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Write_BomOption_ControlsByteOrderMark(bool bom)
    {
        using var dir = new TempDir();

        DossierWriter.Write(SomeDossier.Small(), dir.Path, [new CsvRenderer { Bom = bom }]);
        var bytes = File.ReadAllBytes(dir.File("events.csv"));

        Assert.Equal(bom, bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }));
    }

    [Fact]
    public void Renderers_Csv_Registered() => Assert.IsType<CsvRenderer>(Renderers.Find("csv"));

    [Fact]
    public void RenderClaims_Rfc4180_QuotesAndCrlf()
    {
        var text = new CsvRenderer { ProtectFormulas = false }.RenderClaims(SomeDossier.Small());

        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\"=HYPERLINK(\"\"http://evil\"\")\"", text, StringComparison.Ordinal);
    }
}
