using System.Globalization;
using Triangulate.Extraction.Time;

namespace Triangulate.Tests.Extraction.Time;

/// <summary>Seasons and decades as spans of whole months and years, and "fall" that is no season (docs/time.md, round 16).
/// Phrasings are our own.</summary>
public sealed class SeasonSpanTests
{
    [Theory]
    [InlineData("Three wells in the upper valley ran dry over the summer, herders said.", "the summer", "2019-09-10", "2019-06/2019-08")]
    [InlineData("Snow closed the mountain pass for weeks last winter.", "last winter", "2021-05-03", "2020-12/2021-02")]
    [InlineData("The ministry hopes to reopen the ferry line next spring.", "next spring", "2022-10-20", "2023-03/2023-05")]
    [InlineData("A second round of vaccinations is planned for the fall.", "the fall", "2018-07-02", "2018-09/2018-11")]
    public void Resolve_Season_IsItsThreeWholeMonths(string sentence, string span, string published, string value)
    {
        // Given: an article of the date `published`; When / Then: the season is written as a span of months
        Assert.Equal(value, TemporalExtractorTests.ResolvedSpan(sentence, span, DateOnly.Parse(published, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Resolve_NamedDecade_IsItsTenYears()
    {
        // Given / When: a decade named by its years
        var value = TemporalExtractorTests.ResolvedSpan("Floods of this height were last seen on the delta in the 1970s.", "the 1970s", new DateOnly(2020, 8, 1));
        // Then: a span of whole years
        Assert.Equal("1970/1979", value);
    }

    [Theory]
    [InlineData("The barn roof gave way after the fall of wet snow on Monday.")]
    [InlineData("The shepherd died after the fall into the gorge above Tresk.")]
    [InlineData("Three hikers were hurt in the fall, rangers said.")]
    [InlineData("The boy survived the fall off the pier with a broken wrist.")]
    [InlineData("Engineers recorded a fall in river levels overnight.")]
    [InlineData("Officials warned that grain stocks could fall further.")]
    [InlineData("The sharp fall from the ridge injured two guides.")]
    public void Find_FallAsADropOrAnEvent_IsNoSeason(string sentence)
    {
        // Given / When: "fall" used as a drop, a verb or the fall of something; Then: no season is found
        Assert.DoesNotContain(TemporalExtractor.Default.Find(sentence), e => e.Kind == TemporalKind.Season);
    }

    [Theory]
    [InlineData("The ferry will resume its winter timetable in the fall.")]
    [InlineData("Repairs to the levee should be finished by the fall.")]
    [InlineData("The council will vote on the bridge next fall.")]
    public void Find_FallAsATime_IsASeason(string sentence)
    {
        // Given / When: "fall" after a time preposition or a this/next/last; Then: a season
        Assert.Contains(TemporalExtractor.Default.Find(sentence), e => e.Kind == TemporalKind.Season);
    }
}
