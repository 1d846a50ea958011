using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Triangulate.Cli;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Contract;

/// <summary>
/// Pins what <c>triangulate analyze</c> writes for the sample: dossier.json, dossier.md, both CSVs, and the HTML's text and
/// embedded data. Any change to any of them fails here until accepted with <c>scripts/accept-outputs.sh</c>.
/// </summary>
public sealed class SampleOutputTests
{
    private static readonly Lazy<string> s_out = new(Analyze);

    private static string Analyze()
    {
        var dir = Path.Combine(Path.GetTempPath(), "triangulate-pinned-" + Guid.NewGuid().ToString("N")[..12]);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Program.Run(["analyze", Paths.Sample, "--out", dir, "--no-db"], CliConsoles.Plain(output, error));
        Assert.True(exit == 0, error.ToString());
        return dir;
    }

    private static string Read(string name) => Approvals.Normalise(File.ReadAllText(Path.Combine(s_out.Value, name)));

    [Theory]
    [InlineData("dossier.json")]
    [InlineData("dossier.md")]
    [InlineData("claims.csv")]
    [InlineData("events.csv")]
    public void Analyze_Sample_FileAsExpected(string file)
    {
        // Given the sample analysed by the CLI
        // When one of its files is read
        var text = Read(file);

        // Then it equals the checked-in expectation
        Approvals.Verify($"Sample/{Path.GetFileNameWithoutExtension(file)}.verified{Path.GetExtension(file)}", text);
    }

    [Fact]
    public void Analyze_Sample_HtmlTextAsExpected()
    {
        // Given the report's page
        var page = new HtmlParser().ParseDocument(Read("dossier.html"));

        // When its visible text is taken one text node a line (scripts and styles left out)
        var lines = new StringBuilder();
        foreach (var node in page.Body!.Descendants().OfType<IText>())
        {
            if (node.ParentElement?.LocalName is "script" or "style")
            {
                continue;
            }
            var line = node.Text.Trim();
            if (line.Length > 0)
            {
                lines.Append(line).Append('\n');
            }
        }

        // Then it equals the checked-in expectation
        Assert.True(lines.Length > 0);
        Approvals.Verify("Sample/dossier-html-text.verified.txt", lines.ToString());
    }

    [Fact]
    public void Analyze_Sample_HtmlDataAsExpected()
    {
        // Given the report's page
        var page = new HtmlParser().ParseDocument(Read("dossier.html"));

        // When its embedded data island is parsed and indented
        var island = page.GetElementById("triangulate-data")!.TextContent;
        var node = JsonNode.Parse(island)!;
        var text = node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        // Then it equals the checked-in expectation
        Approvals.Verify("Sample/dossier-html-data.verified.json", text + "\n");
    }
}
