using Triangulate.Cleaning;
using Triangulate.Ingest;

namespace Triangulate.Tests.Cleaning;

/// <summary>A page's or a story's identifier left on a line of its own (a section word and a long run of digits) is furniture;
/// a figure is never written as twelve digits without separators, and shorter numbers stay.</summary>
public sealed class IdentifierLineTests
{
    private const string Body = "Ferry services to the islands were suspended on the second day of the gale, stranding hundreds of visitors.";

    private static CleanDocument Clean(string line) =>
        new BoilerplateCleaner().Clean(new SourceDocument("a.txt", "Gale halts island ferries\n\n" + Body + "\n\n" + line + "\n\nHarbour staff expect sailings to resume once the swell drops.\n", "txt"));

    [Theory]
    [InlineData("STORY 482113906657201934")]
    [InlineData("Ref 771204889312")]
    [InlineData("#5500128876431")]
    public void Clean_IdentifierLine_Removed(string line)
    {
        var doc = Clean(line);
        Assert.DoesNotContain(line, doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Kind == "label" && r.Text.Trim() == line);
    }

    [Theory]
    [InlineData("Stranded 1200")]
    [InlineData("Cost 3000000000")]
    [InlineData("Vessel 98765432101")]
    public void Clean_ShortNumberLine_Kept(string line) => Assert.Contains(line, Clean(line).Text, StringComparison.Ordinal);
}
