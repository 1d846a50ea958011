using Triangulate.Cleaning;
using Triangulate.Ingest;

namespace Triangulate.Tests.Cleaning;

/// <summary>Residue kinds in the wording of pages not written in English (issue 20, items 1 and 4): related-article links,
/// comment controls and tag lists; prose that opens with the same words stays.</summary>
public sealed class ForeignResidueTests
{
    private const string Body = "Nach dem Hochwasser in Holt wurden am Montag 14 Tote gezählt, sagte der Landrat.";
    private const string After = "Die Rettungskräfte suchten am Dienstagabend noch in der Unterstadt nach Vermissten.";

    private static CleanDocument Clean(string text) => new BoilerplateCleaner().Clean(new SourceDocument("t.txt", text, "txt"));

    [Theory]
    [InlineData("Lesen Sie auch: Warum die Deiche in Holt nicht hielten", "related")]
    [InlineData("Mehr zum Thema", "related")]
    [InlineData("À lire aussi : La crue vue du ciel", "related")]
    [InlineData("Lee también: Qué hacer si el agua entra en casa", "related")]
    [InlineData("Leia também: As cheias em números", "related")]
    [InlineData("Czytaj także: Jak przygotować dom na powódź", "related")]
    [InlineData("Читайте также: Как спасали жителей", "related")]
    [InlineData("اقرأ أيضا: كيف تستعد للفيضانات", "related")]
    [InlineData("相关阅读：洪水过后如何清理房屋", "related")]
    [InlineData("Kommentare (12)", "comments")]
    [InlineData("Laisser un commentaire", "comments")]
    [InlineData("Deja un comentario", "comments")]
    [InlineData("Dodaj komentarz", "comments")]
    [InlineData("التعليقات", "comments")]
    [InlineData("网友评论", "comments")]
    [InlineData("Schlagwörter: Hochwasser, Holt, Unwetter", "tags")]
    [InlineData("Mots-clés : crue, Holt, intempéries", "tags")]
    [InlineData("Etiquetas: inundaciones, Holt", "tags")]
    [InlineData("Tagi: powódź, Holt", "tags")]
    [InlineData("标签：洪水 救援", "tags")]
    public void Clean_ForeignFurnitureLine_RemovedWithItsKind(string line, string kind)
    {
        var doc = Clean("Hochwasser in Holt\n\n" + Body + "\n\n" + line + "\n\n" + After);

        Assert.DoesNotContain(line, doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Kind == kind && r.Text.Contains(line, StringComparison.Ordinal));
        Assert.Contains(Body, doc.Text, StringComparison.Ordinal);
        Assert.Contains(After, doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Themen wie Wohnungsnot und Mieten bestimmten den Wahlkampf in der Stadt.")]
    [InlineData("Lea Müller, 34, überlebte die Flut auf dem Dach ihres Hauses.")]
    [InlineData("Comentarios del ministro provocaron indignación en el parlamento regional.")]
    [InlineData("Zobacz, jak woda zalała rynek: 40 domów stoi pod wodą, powiedział burmistrz.")]
    [InlineData("Temas: el alcalde dijo que «12 familias siguen sin casa»")]
    [InlineData("Stichwörter: „Wir haben alles verloren“, sagte eine Anwohnerin")]
    public void Clean_ForeignProseWithTheSameOpening_Kept(string line)
    {
        var doc = Clean("Hochwasser in Holt\n\n" + Body + "\n\n" + line + "\n\n" + After);

        Assert.Contains(line, doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("« older post | newer post »")]
    [InlineData("[gallery ids=\"20211,20212\"]")]
    public void Clean_GuillemetsOrQuotesAroundPageControls_NotTakenForAQuotation(string line)
    {
        // Quotation marks protect someone's words, not arrows around a bar of links or a shortcode's attribute.
        var doc = Clean("Hochwasser in Holt\n\n" + Body + "\n\n" + line + "\n\n" + After);

        Assert.DoesNotContain(line, doc.Text, StringComparison.Ordinal);
    }
}
