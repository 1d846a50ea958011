using Triangulate.Extraction.Entities;
using Triangulate.Extraction.Figures;
using Triangulate.Extraction.Languages;
using Triangulate.Extraction.Time;
using Triangulate.Rendering.Html;
using Triangulate.Rendering.Markdown;

namespace Triangulate.Tests.Extraction.Languages;

/// <summary>The English-rule stages (figures, dates, names, quotes) read only English documents; a document in another language is
/// kept, marked with its language and noted once.</summary>
public sealed class EnglishRulesOnlyTests
{
    // News paragraphs of our own, each with a named person, a quotation, a month date, a weekday and an ISO date.
    private const string German = "Am Dienstag sagte die Bürgermeisterin Johanna Brenner vor der Presse: \"Wir werden alles tun, um den Familien zu helfen.\" "
        + "Nach Angaben der Stadtverwaltung Neuberg wurde die Straße am 4. April gesperrt, und die Mitteilung vom 2021-05-04 gilt weiterhin für alle Anwohner.";

    private const string French = "Mardi, le maire Olivier Martel a déclaré devant les journalistes : \"Nous ferons tout pour aider les familles.\" "
        + "Selon la préfecture de Vauclair, la route a été fermée le 4 avril, et le communiqué du 2021-05-04 reste valable pour tous les habitants.";

    private const string Spanish = "El martes, la alcaldesa Lucía Romero dijo ante la prensa: \"Haremos todo lo posible para ayudar a las familias.\" "
        + "Según el ayuntamiento de Valdemora, la carretera fue cerrada el 4 de abril, y el comunicado del 2021-05-04 sigue vigente para todos los vecinos.";

    private const string English = "On Tuesday the mayor, Johanna Brenner, told reporters: \"We will do everything we can to help the families.\" "
        + "The town council of Neuberg said the road was closed on April 4, and its notice of 2021-05-04 still applies to all residents.";

    public static TheoryData<string, string> Foreign => new() { { German, "de" }, { French, "fr" }, { Spanish, "es" } };

    [Theory]
    [MemberData(nameof(Foreign))]
    public void Entities_ForeignParagraph_NoMentionsNoQuotes(string text, string language)
    {
        // Given
        var dossier = new Dossier { Documents = [new DossierDocument("aaaaaaaaaaaaaaaa", "x.txt", text)] };

        // When
        var result = new EntitiesPass().Apply(dossier, TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(language, Assert.Single(result.Documents).Language);
        Assert.Empty(result.Entities);
        Assert.Empty(result.Quotes);
    }

    [Fact]
    public void Entities_EnglishParagraph_StillFindsNamesAndQuotes()
    {
        // Given
        var dossier = new Dossier { Documents = [new DossierDocument("aaaaaaaaaaaaaaaa", "x.txt", English)] };

        // When
        var result = new EntitiesPass().Apply(dossier, TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(LanguageIdentifier.English, Assert.Single(result.Documents).Language);
        Assert.Contains(result.Entities, e => e.Canonical.Contains("Brenner", StringComparison.Ordinal));
        Assert.NotEmpty(result.Quotes);
    }

    [Theory]
    [MemberData(nameof(Foreign))]
    public void Time_ForeignParagraph_KeepsOnlyIsoDates(string text, string language)
    {
        // Given
        var doc = new DossierDocument("aaaaaaaaaaaaaaaa", "x.txt", text) { Published = new PublishedDate("2021-05-06", DatePrecision.Day, DateBasis.Metadata) };

        // When
        var result = new TimePass().Apply(new Dossier { Documents = [doc] }, TestContext.Current.CancellationToken);

        // Then
        var only = Assert.Single(result.Dates);
        Assert.Equal("2021-05-04", only.Text);
        var marked = Assert.Single(result.Documents);
        Assert.Equal(language, marked.Language);
        Assert.Equal("2021-05-06", marked.Published?.Date);
    }

    [Fact]
    public void Time_EnglishParagraph_StillReadsPhraseDates()
    {
        // Given
        var doc = new DossierDocument("aaaaaaaaaaaaaaaa", "x.txt", English) { Published = new PublishedDate("2021-05-06", DatePrecision.Day, DateBasis.Metadata) };

        // When
        var result = new TimePass().Apply(new Dossier { Documents = [doc] }, TestContext.Current.CancellationToken);

        // Then
        Assert.Contains(result.Dates, d => d.Text.Contains("Tuesday", StringComparison.Ordinal));
        Assert.Contains(result.Dates, d => d.Text == "2021-05-04");
    }

    [Fact]
    public void AllStages_ForeignDocument_NotedOnceAcrossStages()
    {
        // Given
        var dossier = new Dossier
        {
            Documents = [new DossierDocument("aaaaaaaaaaaaaaaa", "en.txt", English), new DossierDocument("bbbbbbbbbbbbbbbb", "de.txt", German)],
        };
        var ct = TestContext.Current.CancellationToken;

        // When
        var result = new EntitiesPass().Apply(new TimePass().Apply(new FiguresPass().Apply(dossier, ct), ct), ct);

        // Then
        var note = Assert.Single(result.Problems, p => p.File == "de.txt");
        Assert.Equal(DocumentLanguages.Stage, note.Stage);
        Assert.Contains("German", note.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Problems, p => p.File == "en.txt");
        Assert.Equal(["en", "de"], result.Documents.Select(d => d.Language));
    }

    [Fact]
    public void Reports_ForeignDocument_ListedAsNotRead()
    {
        // Given
        var dossier = new Dossier
        {
            Documents = [new DossierDocument("aaaaaaaaaaaaaaaa", "en.txt", English) { Language = "en" }, new DossierDocument("bbbbbbbbbbbbbbbb", "de.txt", German) { Language = "de" }],
        };

        // When
        var md = MarkdownRenderer.Render(dossier);
        var html = HtmlRenderer.Render(dossier);

        // Then
        var line = Assert.Single(md.Split('\n'), l => l.StartsWith("Not read (language):", StringComparison.Ordinal));
        Assert.Contains("de.txt", line, StringComparison.Ordinal);
        Assert.DoesNotContain("en.txt", line, StringComparison.Ordinal);
        Assert.Contains("Not read (language):", html, StringComparison.Ordinal);
        Assert.Contains("not read (de)", html, StringComparison.Ordinal);
    }
}
