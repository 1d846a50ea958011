using Triangulate.Extraction.Entities;

namespace Triangulate.Tests.Extraction.Entities;

/// <summary>Names of one thing written in several ways across a story (issue 22, names by description and spelling).</summary>
public sealed class EntityMergingTests
{
    private static IReadOnlyList<Entity> Resolve(string text) => new EntityResolver().Resolve(new MentionFinder().Find("a", text)).Entities;

    [Theory]
    [InlineData("Heavy rain flooded towns across Anhui Province. Rescue teams worked in Anhui through the night.", "Anhui Province", "Anhui")]
    [InlineData("Landslides buried two hamlets on Kessaro Island. Boats were sent to Kessaro from the mainland.", "Kessaro Island", "Kessaro")]
    [InlineData("The storm moved inland from Orvanni County. Schools near Orvanni stayed shut.", "Orvanni County", "Orvanni")]
    public void Resolve_PlaceWithAndWithoutItsKind_OnePlace(string text, string withKind, string bare)
    {
        var place = Assert.Single(Resolve(text), e => e.Aliases.Contains(withKind));
        Assert.Equal(EntityType.Place, place.Type);
        Assert.Contains(bare, place.Aliases);
    }

    [Fact]
    public void Resolve_RegionNamedAfterItsCity_StaysApartFromTheCity()
    {
        // Lyon is a city the gazetteer knows: a region named after it is another place.
        var entities = Resolve("Storms hit the Lyon Region overnight. Trains were stopped in Lyon on Tuesday.");
        var region = Assert.Single(entities, e => e.Aliases.Contains("Lyon Region"));
        Assert.DoesNotContain("Lyon", region.Aliases);
    }

    [Fact]
    public void Resolve_OrganisationWithOfOrFor_OneOrganisation()
    {
        var entities = Resolve("The National Council for Harbour Safety closed the port. A spokesman for the National Council of Harbour Safety said it would reopen.");
        var committee = Assert.Single(entities, e => e.Aliases.Contains("National Council for Harbour Safety"));
        Assert.Equal(EntityType.Organization, committee.Type);
        Assert.Contains("National Council of Harbour Safety", committee.Aliases);
    }

    [Fact]
    public void Resolve_OrganisationsDifferingInMoreThanLinkingWords_StayApart()
    {
        var entities = Resolve("The National Council of Harbour Safety closed the port. The National Council of River Safety agreed.");
        var harbour = Assert.Single(entities, e => e.Aliases.Contains("National Council of Harbour Safety"));
        Assert.DoesNotContain("National Council of River Safety", harbour.Aliases);
    }

    [Theory]
    [InlineData("The Ministry of Defence confirmed the strikes. Later the Ministry of Defense said two bases were hit.", "Ministry of Defence", "Ministry of Defense")]
    [InlineData("Families sheltered in the Odessa Drama Theatre. The Odessa Drama Theater was hit on Wednesday.", "Odessa Drama Theatre", "Odessa Drama Theater")]
    [InlineData("The World Health Organisation sent doctors. The World Health Organization said more would follow.", "World Health Organisation", "World Health Organization")]
    public void Resolve_BritishAndAmericanSpellings_OneName(string text, string british, string american)
    {
        var entity = Assert.Single(Resolve(text), e => e.Aliases.Contains(british));
        Assert.Contains(american, entity.Aliases);
    }

    [Theory]
    [InlineData("Deputy Sergei Lanko spoke in Kyiv. Sergiy Lanko said the shelter held 800 people. Lanko asked for help.", "Sergei Lanko", "Sergiy Lanko")]
    [InlineData("Mayor Giusi Moro visited the port. Giusy Moro said 30 people were missing.", "Giusi Moro", "Giusy Moro")]
    [InlineData("Owner Mauro Hofer was arrested. Police said Mauro Lodeiro Hofer had no permit.", "Mauro Hofer", "Mauro Lodeiro Hofer")]
    public void Resolve_GivenNameSpelledTwoWays_OnePerson(string text, string one, string other)
    {
        var person = Assert.Single(Resolve(text), e => e.Aliases.Contains(one));
        Assert.Contains(other, person.Aliases);
    }

    [Fact]
    public void Resolve_SiblingsSharingASurname_StayApart()
    {
        var entities = Resolve("Brothers Lazar Boran and Wilmer Boran were rescued. Lazar Boran said the water rose fast.");
        var lazar = Assert.Single(entities, e => e.Aliases.Contains("Lazar Boran"));
        Assert.DoesNotContain("Wilmer Boran", lazar.Aliases);
    }

    [Fact]
    public void Resolve_NameWithoutMiddleNameFittingTwoPeople_StaysApart()
    {
        var entities = Resolve("Ana Paula Lima and Ana Maria Lima were hurt. Ana Lima spoke to reporters.");
        var shortForm = Assert.Single(entities, e => e.Aliases.Contains("Ana Lima"));
        Assert.DoesNotContain("Ana Paula Lima", shortForm.Aliases);
        Assert.DoesNotContain("Ana Maria Lima", shortForm.Aliases);
    }

    [Fact]
    public void Resolve_GenerationalSuffix_SamePersonWithoutIt()
    {
        var entities = Resolve("President Tomas Vireo III toured the coast. Tomas Vireo promised aid. Vireo said roads would reopen.");
        var president = Assert.Single(entities, e => e.Aliases.Contains("Tomas Vireo III"));
        Assert.Contains("Tomas Vireo", president.Aliases);
        Assert.Contains("Vireo", president.Aliases);
    }

    [Fact]
    public void Resolve_SurnameFirstNameThenSurnameAlone_OnePerson()
    {
        var entities = Resolve("Company chairman Mr Gong Weiming was detained. Police said Gong had signed the permits.");
        var person = Assert.Single(entities, e => e.Aliases.Contains("Gong Weiming"));
        Assert.Contains("Gong", person.Aliases);
    }

    [Fact]
    public void Resolve_WordOpeningOneNameAndEndingAnother_NotLinkedByItsFirstWord()
    {
        var entities = Resolve("Wilson Tardo and Emma Wilson were rescued. Wilson said the roof fell in.");
        var tardo = Assert.Single(entities, e => e.Aliases.Contains("Wilson Tardo"));
        Assert.DoesNotContain("Wilson", tardo.Aliases);
    }

    [Fact]
    public void Resolve_LongPlaceNameOneLetterApart_OnePlace()
    {
        var entities = Resolve("Flood water reached homes in Kessarovo at dawn. Fishermen in Kessarevo said the sea was calm.");
        var place = Assert.Single(entities, e => e.Aliases.Contains("Kessarovo"));
        Assert.Contains("Kessarevo", place.Aliases);
    }

    [Fact]
    public void Resolve_TwoKnownPlacesOneLetterApart_StayApart()
    {
        var entities = Resolve("Aid reached Slovenia on Monday and Slovakia on Tuesday.");
        Assert.DoesNotContain(entities, e => e.Aliases.Contains("Slovenia") && e.Aliases.Contains("Slovakia"));
    }

    [Fact]
    public void Resolve_OrganisationNamedByTheTailOfOneLongerName_OneOrganisation()
    {
        var entities = Resolve("The International Federation of the Harbour Rescue Service sent boats. The Harbour Rescue Service said 40 people were rescued.");
        var guild = Assert.Single(entities, e => e.Aliases.Contains("International Federation of the Harbour Rescue Service"));
        Assert.Contains("Harbour Rescue Service", guild.Aliases);
    }

    [Fact]
    public void Resolve_TailOfTwoLongerNames_JoinsNeither()
    {
        var entities = Resolve("The International Federation of the Harbour Rescue Service and the Northern Council of the Harbour Rescue Service met. The Harbour Rescue Service said boats were ready.");
        Assert.DoesNotContain(entities, e => e.Aliases.Contains("International Federation of the Harbour Rescue Service")
            && e.Aliases.Contains("Northern Council of the Harbour Rescue Service"));
        Assert.DoesNotContain(entities, e => e.Aliases.Contains("Harbour Rescue Service")
            && (e.Aliases.Contains("International Federation of the Harbour Rescue Service") || e.Aliases.Contains("Northern Council of the Harbour Rescue Service")));
    }

    [Theory]
    [InlineData("Orvella Shipping Ltd owned the ferry. Orvella Shipping said the crew was trained.", "Orvella Shipping Ltd", "Orvella Shipping")]
    [InlineData("Brandt Chemie GmbH ran the depot. Inspectors visited Brandt Chemie twice last year.", "Brandt Chemie GmbH", "Brandt Chemie")]
    [InlineData("The mine belongs to Karadag Madencilik Inc. Karadag Madencilik denied any fault.", "Karadag Madencilik Inc", "Karadag Madencilik")]
    public void Resolve_FirmWithAndWithoutItsLegalForm_OneOrganisation(string text, string withForm, string bare)
    {
        var firm = Assert.Single(Resolve(text), e => e.Aliases.Contains(bare));
        Assert.Contains(firm.Aliases, a => a.StartsWith(withForm, StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_AcronymOfTheOnlyPlaceWithThoseInitials_OnePlace()
    {
        var entities = Resolve("Floods cut roads across Northern Kessaro on Monday. Police in NK said a dozen bridges were shut.");
        var place = Assert.Single(entities, e => e.Aliases.Contains("Northern Kessaro"));
        Assert.Contains("NK", place.Aliases);
    }

    [Fact]
    public void Resolve_AcronymMatchingTwoNames_JoinsNeither()
    {
        var entities = Resolve("Floods cut roads across North Carrow. The Nordvik Council sent boats. NC crews worked all night.");
        Assert.DoesNotContain(entities, e => e.Aliases.Contains("NC") && (e.Aliases.Contains("North Carrow") || e.Aliases.Contains("Nordvik Council")));
    }

    [Fact]
    public void Resolve_SameGivenNameSurnameOneLetterApart_OnePerson()
    {
        var entities = Resolve("Spokesman Tarek al-Hamdi said the strike was lawful. Tarek al-Hamadi later told reporters the bus was a target.");
        var person = Assert.Single(entities, e => e.Aliases.Any(a => a.Contains("al-Hamdi", StringComparison.Ordinal)));
        Assert.Contains(person.Aliases, a => a.Contains("al-Hamadi", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_SameGivenNameDifferentSurnames_TwoPeople()
    {
        var entities = Resolve("Marta Kovacs met the press on Monday. Marta Kovats, her neighbour, said the roof fell in. Marta Kovach was not at home.");
        Assert.DoesNotContain(entities, e => e.Aliases.Contains("Marta Kovacs") && e.Aliases.Contains("Marta Kovats"));
    }

    [Fact]
    public void Resolve_OrganisationWithOneWordClipped_OneOrganisation()
    {
        var entities = Resolve("The Kessaro Metropolitan Police opened an inquiry. A spokesman for the Kessaro Met Police said three people were held.");
        var police = Assert.Single(entities, e => e.Aliases.Contains("Kessaro Metropolitan Police"));
        Assert.Contains("Kessaro Met Police", police.Aliases);
    }
}
