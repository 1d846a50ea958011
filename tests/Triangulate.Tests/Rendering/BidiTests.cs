using Triangulate.Pipeline;
using Triangulate.Rendering.Html;
using Triangulate.Rendering.Markdown;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Rendering;

/// <summary>Direction overrides and zero-width characters in names and titles neither reorder the report nor split names.</summary>
public sealed class BidiTests
{
    private const string Rlo = "\u202E";
    private const string Pdf = "\u202C";
    private const string Zwsp = "\u200B";
    private static readonly char[] s_directionControls = [.. Enumerable.Range(0x202A, 5).Concat(Enumerable.Range(0x2066, 4)).Select(c => (char)c)];

    private static Dossier Hostile()
    {
        var d = SomeDossier.Small();
        return d with
        {
            Documents = [.. d.Documents.Select((x, i) => i == 0 ? x with { Title = Rlo + "Clashes kill hundreds", Outlet = "Wire" + Rlo + " Agency" } : x)],
            Entities = [.. d.Entities.Select((e, i) => i == 0 ? e with { Canonical = Rlo + e.Canonical, Aliases = [.. e.Aliases, Rlo + "evil" + Pdf] } : e)],
        };
    }

    [Fact]
    public void Markdown_DirectionControlsInNamesAndTitles_Stripped()
    {
        var md = MarkdownRenderer.Render(Hostile());

        Assert.True(md.IndexOfAny(s_directionControls) < 0, "a direction control reached the Markdown");
        Assert.Contains("Clashes kill hundreds", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_DirectionControlsDroppedAndNamesIsolated()
    {
        var dossier = Hostile();
        var html = HtmlRenderer.Render(dossier);

        Assert.True(html.IndexOfAny(s_directionControls) < 0, "a direction control reached the HTML");
        Assert.Contains("<bdi>Clashes kill hundreds</bdi>", html, StringComparison.Ordinal);
        var name = dossier.Entities[0].Canonical[1..];
        Assert.Contains("<bdi>" + HtmlText.Escape(name) + "</bdi>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Entities_ZeroWidthAndOverrideInsideNames_OneEntityWithOffsetsIntoTheText()
    {
        // Given a name written plainly, with a zero-width space inside it, and wrapped in an override
        var text = "Rescue chief Maria Lindqvist said the river rose overnight. " +
                   "Later Maria Lind" + Zwsp + "qvist said 40 homes were flooded. " +
                   "On Friday " + Rlo + "Maria Lindqvist" + Pdf + " said the water was falling.";
        var doc = new DossierDocument("d1", "flood.txt", text);

        // When the entities pass runs
        var dossier = new PipelineBuilder().UseDefaults().Build().Run(new Dossier { Documents = [doc] });

        // Then the three are one entity with a clean name, and each mention's offsets cover the name in the document's text
        var person = Assert.Single(dossier.Entities, e => e.Canonical.Contains("Lindqvist", StringComparison.Ordinal));
        Assert.Equal("Maria Lindqvist", person.Canonical);
        Assert.All(person.Aliases, a => Assert.DoesNotContain(a, c => c is '\u200B' or '\u202E' or '\u202C'));
        Assert.Equal(3, person.Mentions.Count);
        foreach (var m in person.Mentions)
        {
            var covered = text[m.Start..m.End].Replace(Zwsp, "", StringComparison.Ordinal);
            Assert.Equal("Maria Lindqvist", covered);
        }
    }
}
