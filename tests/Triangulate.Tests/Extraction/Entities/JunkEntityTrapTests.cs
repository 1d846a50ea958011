using Triangulate.Extraction.Entities;

namespace Triangulate.Tests.Extraction.Entities;

/// <summary>Capitalized words that are not the entity they look like (issue 22, item 2): each trap names the text, a word of the
/// false name, and what it must not be found as.</summary>
public sealed class JunkEntityTrapTests
{
    public static TheoryData<string, string, string> NotThisType() => new()
    {
        // a faith after a community adjective is not a person
        { "Scholars of Shia Islam met in the old city on Tuesday.", "Islam", "person" },
        // a contraction opening a sentence is not an organisation
        { "They're still searching the hillside, a volunteer said.", "They're", "organization" },
        // a byline in capitals is not an organisation
        { "BY MARTA OLSEN AND PIET DROST\nWater covered the valley on Sunday.", "OLSEN", "organization" },
        // a word in capitals the text also writes in lower case is no acronym
        { "UPDATE: rescuers reached the village. The update came at noon.", "UPDATE", "organization" },
        // a weekday after a place is not part of a name
        { "Water rose along the Vela River on Wednesday, residents said.", "Wednesday", "person" },
        { "Water rose along the Vela River on Wednesday, residents said.", "Wednesday", "place" },
        // a mountain is not a person
        { "Climbers were stranded on Mount Tallo after the quake.", "Tallo", "person" },
        // a people's adjective does not open a personal name
        { "Hotels on the French Riviera were full for the festival.", "Riviera", "person" },
        { "South Asian nations sent aid within days.", "Asian", "place" },
        { "South Asian nations sent aid within days.", "Asian", "person" },
        // a title with no name is not a person
        { "The District Magistrate ordered an inquiry after the district lost power.", "Magistrate", "person" },
        // words shouted in capitals on a sign are not an organisation
        { "Parents held a sign reading SAVE OUR CHILDREN outside the school.", "CHILDREN", "organization" },
        { "The word CHILDREN was painted on the road where children had played.", "CHILDREN", "organization" },
        // a headline's capitalized words are not a person
        { "Flood Toll Rises As Rain Continues\nRescuers searched the valley on Sunday.", "Toll", "person" },
        { "Flood Toll Rises As Rain Continues\nRescuers searched the valley on Sunday.", "Rain", "person" },
        // a board and a named express train are not people (a pronoun must never point back to them)
        { "Members of the Kellam Water Board met on Friday.", "Board", "person" },
        { "The Tarvo-Lindell Night Express left the rails near the bridge, the operator said.", "Express", "person" },
    };

    [Theory]
    [MemberData(nameof(NotThisType))]
    public void Find_Trap_NotFoundAsThatType(string text, string word, string type)
    {
        var found = new MentionFinder().Find("d", text);
        Assert.DoesNotContain(found, m => m.Type == type && m.Text.Contains(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Climbers were stranded on Mount Tallo after the quake.", "Mount Tallo", "place")]
    [InlineData("Guitarist Rolf Anders escaped through a side door.", "Rolf Anders", "person")]
    [InlineData("Fighters of the Kerrin-aligned Veda Front withdrew.", "Veda Front", "organization")]
    [InlineData("Flooding hit South Kerrin and the coast.", "South Kerrin", "place")]
    [InlineData("Karadag Holding chairman Selim Orhan told reporters at the site.", "Karadag Holding", "organization")]
    [InlineData("Karadag Holding chairman Selim Orhan told reporters at the site.", "Selim Orhan", "person")]
    [InlineData("The Belgian State Secretary for Transport Luc Vandamme visited the site.", "Luc Vandamme", "person")]
    [InlineData("Green Party Leader Joan Whitcombe visited the town.", "Joan Whitcombe", "person")]
    [InlineData("Members of the Kellam Water Board met on Friday.", "Kellam Water Board", "organization")]
    public void Find_NameBesideTrapWords_KeptWithItsType(string text, string name, string type)
    {
        var found = new MentionFinder().Find("d", text);
        Assert.Contains(found, m => m.Text == name && m.Type == type);
    }

    [Fact]
    public void Resolve_MountAndMtSpellings_OnePlace()
    {
        const string text = "Avalanches hit Mount Tallo on Monday. Teams on Mt Tallo found two climbers. Tallo is 6,000 metres high.";
        var (entities, _) = new EntityResolver().Resolve(new MentionFinder().Find("d", text));
        var place = Assert.Single(entities, e => e.Aliases.Contains("Mount Tallo"));
        Assert.Contains("Mt Tallo", place.Aliases);
    }
}
