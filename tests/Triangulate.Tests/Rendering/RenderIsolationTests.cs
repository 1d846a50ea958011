using Triangulate.Storage.Output;
using Triangulate.Ingest;
using Triangulate.Rendering.Csv;
using Triangulate.Rendering.Html;
using Triangulate.Rendering.Json;
using Triangulate.Rendering.Markdown;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Rendering;

/// <summary>One bad section does not lose the file: it is replaced by a visible note, a problem names it, and every other section is complete.</summary>
public sealed class RenderIsolationTests
{
    /// <summary>A dossier (as read back from a hand-edited dossier.json) whose first series has no steps: only the figures sections read them.</summary>
    private static Dossier SeriesWithoutSteps()
    {
        var d = SomeDossier.Small();
        Assert.NotEmpty(d.Series);
        return d with { Series = [d.Series[0] with { Steps = null! }, .. d.Series.Skip(1)] };
    }

    /// <summary>The text from <paramref name="heading"/> to the next heading of the same level.</summary>
    private static string SectionOf(string md, string heading)
    {
        var at = md.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(at >= 0, $"no '{heading}' section");
        var next = md.IndexOf("\n## ", at + heading.Length, StringComparison.Ordinal);
        return next < 0 ? md[at..] : md[at..(next + 1)];
    }

    [Fact]
    public void Markdown_OneSectionThrows_NoteInItsPlaceAndOtherSectionsComplete()
    {
        // Given a dossier whose headline-figures section cannot be rendered
        var good = MarkdownRenderer.Render(SomeDossier.Small()).ReplaceLineEndings("\n");
        var problems = new List<Problem>();

        // When it is rendered
        var md = MarkdownRenderer.Render(SeriesWithoutSteps(), problems).ReplaceLineEndings("\n");

        // Then that section is a note, the problem names the file and section, and the other sections are those of a clean render
        Assert.Contains("This section could not be rendered", SectionOf(md, "## Headline figures"), StringComparison.Ordinal);
        var problem = Assert.Single(problems);
        Assert.Equal(("dossier.md", "render"), (problem.File, problem.Stage.Name));
        Assert.Contains("Headline figures", problem.Reason, StringComparison.Ordinal);
        foreach (var heading in new[] { "## Claims", "## Timeline", "## Entities and places", "## Quotes", "## Copy graph", "## Documents" })
        {
            Assert.Equal(SectionOf(good, heading), SectionOf(md, heading));
        }
        Assert.Contains("Headline figures", SectionOf(md, "## Problems"), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_OneSectionThrows_NoteInItsPlaceAndOtherSectionsPresent()
    {
        // Given a dossier whose headline-figures section cannot be rendered
        var problems = new List<Problem>();

        // When it is rendered
        var html = HtmlRenderer.Render(SeriesWithoutSteps(), null, problems);

        // Then the page is whole: the note stands in the section's place and the others follow
        Assert.Contains("This section could not be rendered", html, StringComparison.Ordinal);
        foreach (var id in new[] { "claims", "timeline", "entities", "quotes", "articles" })
        {
            Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal);
        }
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
        var problem = Assert.Single(problems);
        Assert.Equal(("dossier.html", "render"), (problem.File, problem.Stage.Name));
    }

    [Fact]
    public void Csv_OneRowThrows_NoteRowInItsPlaceOtherRowsComplete()
    {
        // Given a dossier whose first series cannot be rendered as an event row
        var dossier = SeriesWithoutSteps();
        var problems = new List<Problem>();
        var renderer = new CsvRenderer();
        var good = renderer.RenderEvents(SomeDossier.Small()).Split("\r\n");

        // When events.csv is rendered
        var rows = renderer.RenderEvents(dossier, problems).Split("\r\n");

        // Then the bad row is a note with the series id, every other row is that of a clean render
        Assert.Equal(good.Length, rows.Length);
        var bad = Enumerable.Range(0, rows.Length).Where(i => rows[i] != good[i]).ToList();
        var at = Assert.Single(bad);
        Assert.StartsWith(dossier.Series[0].Id + ",", rows[at], StringComparison.Ordinal);
        Assert.Contains("could not be rendered", rows[at], StringComparison.Ordinal);
        Assert.Equal(CsvRenderer.EventColumns.Count, rows[at].Split(',').Length);
        var problem = Assert.Single(problems);
        Assert.Equal(("events.csv", "render"), (problem.File, problem.Stage.Name));
        Assert.Contains(dossier.Series[0].Id, problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_OneClaimUnwritable_LeftOutWithAProblemRestWritten()
    {
        // Given a dossier with one claim holding a number JSON cannot carry
        var d = SomeDossier.Small();
        var badId = d.Claims[1].Id;
        var dossier = d with { Claims = [.. d.Claims.Select(c => c.Id == badId ? c with { Confidence = double.NaN } : c)] };
        using var dir = new TempDir();
        var problems = new List<Problem>();

        // When dossier.json is written
        DossierWriter.Write(dossier, dir.Path, [new JsonRenderer()], problems);

        // Then the file reads back with every other claim and section, and the problem is in it too
        var back = DossierJson.Deserialize(File.ReadAllText(dir.File("dossier.json")));
        Assert.Equal(d.Claims.Where(c => c.Id != badId).Select(c => c.Id), back.Claims.Select(c => c.Id));
        Assert.Equal(d.Documents.Count, back.Documents.Count);
        Assert.Equal(d.Series.Count, back.Series.Count);
        var problem = Assert.Single(problems);
        Assert.Contains(badId, problem.Reason, StringComparison.Ordinal);
        Assert.Contains(back.Problems, p => p.Reason == problem.Reason);
    }
}
