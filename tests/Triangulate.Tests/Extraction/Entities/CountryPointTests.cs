using Triangulate.Extraction.Entities;

namespace Triangulate.Tests.Extraction.Entities;

/// <summary>A country's point on the map is the middle of where its places are, not its capital city.</summary>
public sealed class CountryPointTests
{
    [Theory]
    [InlineData("US")]
    [InlineData("BR")]
    [InlineData("RU")]
    [InlineData("CN")]
    public void Country_LargeCountry_PointIsNotItsCapital(string code)
    {
        // Given a large country and its capital city in the gazetteer
        var country = Gazetteer.Default.Country(code);
        Assert.NotNull(country);
        var capital = Gazetteer.Default.Find(country!.Name).Concat(AllCapitals(code)).FirstOrDefault(e => e.FeatureCode == "PPLC" && e.Country == code);

        // Then the country sits at least a degree away from the capital, among its own places
        Assert.True(country.HasCoordinates);
        Assert.NotNull(capital);
        var distance = Math.Sqrt(Math.Pow(country.Lat - capital!.Lat, 2) + Math.Pow(country.Lon - capital.Lon, 2));
        Assert.True(distance > 1, $"{code} is placed {distance:0.00}° from its capital {capital.Name}");
    }

    private static IEnumerable<GazetteerEntry> AllCapitals(string code) => code switch
    {
        "US" => Gazetteer.Default.Find("Washington"),
        "BR" => Gazetteer.Default.Find("Brasília"),
        "RU" => Gazetteer.Default.Find("Moscow"),
        "CN" => Gazetteer.Default.Find("Beijing"),
        _ => [],
    };
}
