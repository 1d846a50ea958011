using Triangulate.Cleaning;
using Triangulate.Ingest;

namespace Triangulate.Tests.Cleaning;

/// <summary>A Markdown pipe table keeps its header row and its rows (the figures stage reads the columns' measures from the header);
/// only the separator row may go.</summary>
public sealed class PipeTableTests
{
    private static CleanDocument Clean(string text) => new BoilerplateCleaner().Clean(new SourceDocument("t.md", text, "txt"));

    [Theory]
    [InlineData("| County | Deaths | Evacuated |\n|---|---|---|\n| Harlow | 6 | 1,200 |\n| Penmoor | 2 | 430 |\n")]
    [InlineData("| Shelter | Status |\n|:---|:---:|\n| Town hall | open |\n| Sports centre | full |\n")]
    [InlineData("Region | Injured | Missing\n--- | --- | ---\n| Lowfield | 12 | 4 |\n")]
    public void Clean_PipeTable_HeaderAndRowsKept(string table)
    {
        // Given an article with a pipe table between two paragraphs
        var text = "Storm damage across the county\n\nThe emergency office released its tally on Sunday afternoon, listed by area.\n\n"
            + table + "\nCrews are still clearing fallen trees from the main roads into the villages.\n";

        // When it is cleaned
        var clean = Clean(text);

        // Then every row but the separator is still in the text
        foreach (var row in table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(r => r.Any(char.IsLetterOrDigit)))
        {
            Assert.Contains(row, clean.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Clean_BarOfSectionLinksWithoutSeparator_StillFurniture()
    {
        // Given a line of section links between bars, with no separator row under it (not a table)
        var text = "Harbour fire contained after six hours\n\nHome | News | Local | Weather\n\n"
            + "Firefighters from three stations fought the blaze in a fish warehouse on the quay overnight.\n";

        // When it is cleaned
        var clean = Clean(text);

        // Then the bar of links goes as before
        Assert.DoesNotContain("Home | News", clean.Text, StringComparison.Ordinal);
    }
}
