using Triangulate.Extraction.Figures;
using Triangulate.Extraction.Languages;

namespace Triangulate.Tests.Extraction.Languages;

public sealed class LanguageIdentifierTests
{
    [Theory]
    [InlineData("Rescue teams worked through the night after the bridge gave way, and officials said at least 40 people had been taken to hospital.", "en")]
    [InlineData("Die Rettungskräfte arbeiteten die ganze Nacht, nachdem die Brücke eingestürzt war; nach Angaben der Behörden wurden mindestens 40 Menschen verletzt.", "de")]
    [InlineData("Les secours ont travaillé toute la nuit après l'effondrement du pont, et selon les autorités au moins 40 personnes ont été blessées.", "fr")]
    [InlineData("Los equipos de rescate trabajaron toda la noche después de que el puente se derrumbara y, según las autoridades, al menos 40 personas resultaron heridas.", "es")]
    [InlineData("Спасатели работали всю ночь после обрушения моста, по данным властей, не менее 40 человек получили ранения.", "ru")]
    public void Identify_NewsSentence_NamesItsLanguage(string text, string expected)
    {
        // When
        var language = LanguageIdentifier.Identify(text);

        // Then
        Assert.Equal(expected, language);
    }

    [Fact]
    public void Identify_TooShortToTell_CountsAsEnglish()
    {
        // When
        var language = LanguageIdentifier.Identify("Brücke: 40 Tote");

        // Then
        Assert.Equal(LanguageIdentifier.English, language);
    }

    [Fact]
    public void Apply_GermanDocument_MarkedListedAndNotRead()
    {
        // Given
        var english = new DossierDocument("aaaaaaaaaaaaaaaa", "en.txt", "The storm killed 12 people on the coast, and the police said 30 more were injured in the town.");
        var german = new DossierDocument("bbbbbbbbbbbbbbbb", "de.txt", "Die gesetzlichen Krankenkassen zahlen für 90 Versicherte die Kosten, und die Behörden haben mitgeteilt, dass die Regeln ab dem nächsten Jahr gelten.");
        var dossier = new Dossier { Documents = [english, german] };

        // When
        var result = new FiguresPass().Apply(dossier, TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(["en", "de"], result.Documents.Select(d => d.Language));
        Assert.DoesNotContain(result.Claims, c => c.Doc == german.Id);
        Assert.Contains(result.Claims, c => c.Doc == english.Id && c.Measure == Measures.Killed && c.Value == 12);
        Assert.Contains(result.Problems, p => p.File == "de.txt" && p.Reason.Contains("German", StringComparison.Ordinal) && p.Severity == ProblemSeverity.Warning);
    }
}
