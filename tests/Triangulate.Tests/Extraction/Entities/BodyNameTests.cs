using Triangulate.Extraction.Entities;

namespace Triangulate.Tests.Extraction.Entities;

/// <summary>Round s14 (issue 22 item 2): names of areas that open with their head word ("Bay of …"), and the heads "Project",
/// "Area", "Zone" — on sentences of our own.</summary>
public sealed class BodyNameTests
{
    [Theory]
    [InlineData("Fishing boats were lost in the Bay of Orvan overnight.", "Bay of Orvan", "place")]
    [InlineData("Most of the strikes hit farms, according to the Kerrin Data Project.", "Kerrin Data Project", "organization")]
    [InlineData("Residents of Ostrava New Area were told to stay indoors.", "Ostrava New Area", "place")]
    [InlineData("Loans were frozen by the Bank of Tessaly after the floods.", "Bank of Tessaly", "organization")]
    public void Find_BodyOrAreaName_TypedByItsHead(string text, string name, string type)
    {
        // Given a sentence naming a body or an area
        // When
        var found = new MentionFinder().Find("d", text);

        // Then the name is found whole, with the type its head word gives it, and never as a person
        Assert.Contains(found, m => m.Text == name && m.Type == type);
        Assert.DoesNotContain(found, m => m.Type == "person");
    }
}
