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
    public void Write_Events_OneRowPerSeriesInCoderColumns()
    {
        // Given the small dossier (three series; a vague claim and an injured claim that no series holds)
        var d = SomeDossier.Small();
        using var dir = new TempDir();

        // When events.csv is written
        DossierWriter.Write(d, dir.Path, [new CsvRenderer()]);
        var rows = Read(dir.File("events.csv"), out var headers);

        // Then there is one row per series and none for the claims outside a series
        Assert.Equal(CsvRenderer.EventColumns, headers);
        Assert.Equal(["s-killed-all", "s-killed-civilians", "s-killed-security"], rows.Select(r => r["event_id"]));
        var civ = rows.Single(r => r["event_id"] == "s-killed-civilians");
        Assert.Equal(("2025-03-06", "2025", "Killings", "killed", "civilians"), (civ["event_date"], civ["year"], civ["event_type"], civ["measure"], civ["who"]));
        Assert.Equal(("2025-03-06", "2025-03-10"), (civ["date_start"], civ["date_end"]));
        Assert.Equal(("2", "2"), (civ["time_precision"], civ["date_prec"]));
        Assert.Equal(("745", "973", "973"), (civ["fatalities_low"], civ["fatalities"], civ["fatalities_high"]));
        Assert.Equal("Wire Agency; Daily Courier; Evening Post", civ["source"]);
        Assert.Equal("3", civ["number_of_sources"]);
        Assert.Equal("1", civ["origins"]);
        Assert.Equal("Monitoring Group for Human Rights", civ["source_original"]);
        Assert.Equal(("Port Harbor", "Coast Province", "35.52"), (civ["location"], civ["admin1"], civ["latitude"]));
        Assert.Contains("components_below_total", civ["notes"], StringComparison.Ordinal);
        var security = rows.Single(r => r["event_id"] == "s-killed-security");
        Assert.Equal(("125", "125", ""), (security["fatalities_low"], security["fatalities"], security["fatalities_high"]));
    }

    [Fact]
    public void Write_Events_SeriesWithoutPlace_TakesThePlaceMostArticlesName()
    {
        // Given the small dossier, whose total states no place (Hill Town is named by two articles, the other places by one)
        using var dir = new TempDir();

        // When events.csv is written
        DossierWriter.Write(SomeDossier.Small(), dir.Path, [new CsvRenderer()]);
        var total = Read(dir.File("events.csv"), out _).Single(r => r["event_id"] == "s-killed-all");

        // Then the row is placed there, and the note says why
        Assert.Equal(("Hill Town", "Hill Province"), (total["location"], total["admin1"]));
        Assert.Contains("the place most articles name", total["notes"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Twelve people were killed by the Border Guard on Friday, officials said.", "Border Guard")]
    [InlineData("Twelve people were shot dead by Border Guard soldiers on Friday.", "Border Guard")]
    [InlineData("The Border Guard said twelve people were killed on Friday.", "")]
    [InlineData("Twelve people were killed on Friday, according to a count by the Border Guard.", "")]
    public void Write_Events_Actor1_IsWhoTheFigureSentenceSaysDidIt(string sentence, string actor)
    {
        // Given a series whose one claim stands in the sentence, and an organisation named in it
        var doc = new DossierDocument("d1", "1.txt", sentence) { Outlet = "Paper" };
        var at = sentence.IndexOf("Border Guard", StringComparison.Ordinal);
        var claim = new FigureClaim("c1", "d1", 0, 13, "Twelve people", Measures.Killed, 12, Qualifier.Exact)
        {
            SentenceStart = 0, SentenceEnd = sentence.Length,
            AttributedTo = sentence.Contains("count by", StringComparison.Ordinal) || sentence.StartsWith("The Border", StringComparison.Ordinal) ? "the Border Guard" : null,
            AttributedEntity = sentence.Contains("count by", StringComparison.Ordinal) || sentence.StartsWith("The Border", StringComparison.Ordinal) ? "e-org-guard" : null,
        };
        var guard = new Entity("e-org-guard", EntityType.Organization, "Border Guard", ["Border Guard"], [new EntityMention("d1", at, at + 12, "Border Guard")]);
        var dossier = new Dossier
        {
            Documents = [doc], Claims = [claim], Entities = [guard],
            Series = [new FigureSeries("s-killed-all", Measures.Killed, "all", ["c1"], [], 1, new Estimate(12, 12, 12, "One claim."))],
        };

        // When events.csv is rendered
        var text = new CsvRenderer().RenderEvents(dossier);
        using var reader = new StringReader(text);
        var header = reader.ReadLine()!.Split(',');
        var row = reader.ReadLine()!.Split(',');

        // Then actor1 names the actor only when the sentence says it did it ("by …"), never the source of the count
        Assert.Equal(actor, row[Array.IndexOf(header, "actor1")]);
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
