using Triangulate.Extraction.Entities;
using Triangulate.Extraction.Figures;

namespace Triangulate.Tests.Extraction.Entities;

public sealed class EntitiesPassTests
{
    [Fact]
    public void Apply_ClaimWithAttributionAndPlace_LinkedToEntities()
    {
        const string text = "The Syrian Observatory for Human Rights (SOHR) said at least 745 civilians were killed in Latakia and Tartus provinces. "
            + "SOHR said the toll in Syria could rise.";
        var doc = new DossierDocument("d1", "a.txt", text);
        var span = "at least 745 civilians were killed";
        var start = text.IndexOf(span, StringComparison.Ordinal);
        var scopeText = "Latakia and Tartus provinces";
        var scopeStart = text.IndexOf(scopeText, StringComparison.Ordinal);
        var claim = new FigureClaim("c-1", "d1", start, start + span.Length, span, Measures.Killed, 745, Qualifier.AtLeast)
        {
            AttributedTo = "SOHR",
            PlaceScope = new PlaceScope(scopeText, scopeStart, scopeStart + scopeText.Length),
        };
        var dossier = new Dossier { Documents = [doc], Claims = [claim] };

        var result = new EntitiesPass().Apply(dossier, CancellationToken.None);

        var linked = Assert.Single(result.Claims);
        var org = result.Entities.Single(e => e.Id == linked.AttributedEntity);
        Assert.Equal("Syrian Observatory for Human Rights", org.Canonical);
        Assert.Contains("SOHR", org.Aliases);
        var place = result.Entities.Single(e => e.Id == linked.PlaceScope!.Entity);
        Assert.Equal("Latakia", place.Canonical);
        Assert.Equal("geonames:173576", place.Geo?.SourceId);
        foreach (var e in result.Entities)
        {
            foreach (var m in e.Mentions)
            {
                Assert.Equal(m.Text, text[m.Start..m.End]);
            }
        }
        Assert.Same(dossier.Claims[0], claim); // the input dossier is not mutated
    }

    [Fact]
    public void Apply_EmptyAndOddDocuments_NoThrow()
    {
        var docs = new[] { new DossierDocument("a", "a.txt", ""), new DossierDocument("b", "b.txt", "\"\"\" “ ” ' ’s (X) , . A"), new DossierDocument("c", "c.txt", new string('A', 5000)) };
        var result = new EntitiesPass().Apply(new Dossier { Documents = docs }, CancellationToken.None);
        Assert.NotNull(result.Entities);
        Assert.NotNull(result.Quotes);
    }
}
