using Triangulate.Extraction.Time;

namespace Triangulate.Tests.Extraction.Time;

/// <summary>Named days of the calendar and fortnights (docs/time.md, round 15). Phrasings are our own.</summary>
public sealed class HolidayTests
{
    private static string? ResolvedSpan(string sentence, string span, DateOnly published) =>
        TemporalExtractorTests.ResolvedSpan(sentence, span, published);

    [Theory]
    [InlineData("Three people were hurt on Easter Sunday when the chapel roof gave way.", "on Easter Sunday", "2024-04-02", "2024-03-31")]
    [InlineData("Shops in the lower town stayed shut on Good Friday.", "Good Friday", "2024-04-02", "2024-03-29")]
    [InlineData("The pilgrims set out on Easter Monday, the parish said.", "Easter Monday", "2024-04-09", "2024-04-01")]
    [InlineData("Bells rang in the valley on Orthodox Easter.", "Orthodox Easter", "2024-05-08", "2024-05-05")]
    [InlineData("Power was cut across the district on Christmas Eve, the utility said.", "Christmas Eve", "2025-01-03", "2024-12-24")]
    [InlineData("The ferry had been due to sail on New Year's Eve.", "New Year's Eve", "2025-01-05", "2024-12-31")]
    [InlineData("Queues formed at the clinic on Boxing Day.", "Boxing Day", "2025-01-05", "2024-12-26")]
    [InlineData("The depot stayed open until Thanksgiving Day.", "Thanksgiving Day", "2024-12-02", "2024-11-28")]
    [InlineData("Travel surged before the Lunar New Year holiday.", "Lunar New Year", "2024-02-15", "2024-02-10")]
    [InlineData("Crowds filled the square on the first day of Eid al-Fitr.", "the first day of Eid al-Fitr", "2024-04-12", "2024-04-10")]
    [InlineData("The clinic reopened on the second day of Eid, staff said.", "the second day of Eid", "2024-04-12", "2024-04-11")]
    [InlineData("Shops reopened on the third day of the Eid al-Adha holiday.", "the third day of the Eid al-Adha", "2024-06-20", "2024-06-18")]
    [InlineData("Fuel queues have grown since Ramzan.", "since Ramzan", "2024-04-01", "2024-03-11/..")]
    [InlineData("Prayers for Eid ul-Adha were held in the stadium.", "Eid ul-Adha", "2024-06-20", "2024-06-16")]
    [InlineData("Attacks on the convoys rose during Ramadan, the monitors reported.", "Ramadan", "2024-04-20", "2024-03-11/2024-04-09")]
    [InlineData("The fruit market was packed on Eid Eve when the fire started.", "Eid Eve", "2024-04-12", "2024-04-09")]
    [InlineData("Mourners marched through the old city on Ashura.", "Ashura", "2024-07-18", "2024-07-16")]
    [InlineData("Sirens sounded on Yom Kippur, residents said.", "Yom Kippur", "2023-09-28", "2023-09-25")]
    [InlineData("Families left the town before Passover.", "Passover", "2024-05-01", "2024-04-23")]
    [InlineData("The dam had been inspected at Easter 2019, the report said.", "Easter 2019", "2024-05-01", "2019-04-21")]
    [InlineData("The bridge had been closed since last Christmas.", "last Christmas", "2025-07-10", "2024-12-25")]
    public void Resolve_NamedHoliday_IsItsComputedDay(string sentence, string span, string published, string value)
    {
        // Given: an article of the date `published`; When / Then: the holiday resolves to its day in the nearest year
        Assert.Equal(value, ResolvedSpan(sentence, span, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("Volunteers ran a Christmas market in the square.")]
    [InlineData("The statues of Easter Island drew few visitors that year.")]
    [InlineData("Ramadan Haddou, a trader, said the shop was hit.")]
    [InlineData("A Thanksgiving dinner was planned for the crews.")]
    [InlineData("Veterans of the Yom Kippur War laid wreaths.")]
    [InlineData("Both sides signed the Good Friday Agreement text again.")]
    [InlineData("Reid and Seidel were among the engineers.")]
    public void Find_HolidayWordNamingAThing_IsNoHolidayDate(string sentence)
    {
        // Given / When: a holiday word used as a name or an attribute; Then: no holiday date is found
        Assert.DoesNotContain(TemporalExtractor.Default.Find(sentence), e => e.Kind == TemporalKind.Holiday);
    }

    [Fact]
    public void Find_EasterSunday_ReplacesTheBareWeekday()
    {
        // Given: a sentence with "Easter Sunday"; When
        var found = TemporalExtractor.Default.Find("Two boats capsized on Easter Sunday near the reef.");
        // Then: one expression, the holiday (not the Sunday before the reference)
        var e = Assert.Single(found);
        Assert.Equal(TemporalKind.Holiday, e.Kind);
        Assert.Equal("on Easter Sunday", e.Text);
    }

    [Theory]
    [InlineData("Aid has reached 40 villages in the past fortnight.", "the past fortnight", "2025-02-26/2025-03-11")]
    [InlineData("The road reopened a fortnight ago, drivers said.", "a fortnight ago", "2025-02-25")]
    public void Resolve_Fortnight_IsFourteenDays(string sentence, string span, string value)
    {
        // Given: an article of Tuesday 11 March 2025; When / Then
        Assert.Equal(value, ResolvedSpan(sentence, span, new DateOnly(2025, 3, 11)));
    }

    [Theory]
    [InlineData("Rescuers had searched the flooded tunnel the previous night.", "the previous night", "2025-03-10")]
    [InlineData("The pumps failed again the following night.", "the following night", "2025-03-12")]
    public void Resolve_PreviousOrFollowingNight_IsOneDayStep(string sentence, string span, string value)
    {
        // Given: an article of Tuesday 11 March 2025 with no day told before; When / Then: a one-day step from the reference
        Assert.Equal(value, ResolvedSpan(sentence, span, new DateOnly(2025, 3, 11)));
    }

    [Theory]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2038, 4, 25)]
    public void Easter_Computus_GivesTheKnownSunday(int year, int month, int day)
    {
        // Given / When / Then: the computus agrees with the published Easter dates
        Assert.Equal(new DateOnly(year, month, day), HolidayCalendar.Easter(year));
    }

    [Theory]
    [InlineData("Survivors of the 1987 Boxing Day storm met again in Velmar.")]
    [InlineData("Relatives marked the Easter Sunday bombings with a vigil.")]
    [InlineData("Traders in Osterby feared the Lunar New Year travel rush.")]
    [InlineData("Both parties kept to the Good Friday accord for years.")]
    [InlineData("Veterans of the 1968 Yom Kippur war met in the hall.")]
    [InlineData("Ramadan said the bakery had closed early.")]
    public void Find_HolidayAsAttributeOrSurname_IsNoHolidayDate(string sentence)
    {
        // Given / When: a holiday word before a lower-case event noun or a reporting verb; Then: no holiday date
        Assert.DoesNotContain(TemporalExtractor.Default.Find(sentence), e => e.Kind == TemporalKind.Holiday);
    }

    [Theory]
    [InlineData("On Easter Sunday, 1950 families queued for bread in Marrow Bay.")]
    [InlineData("Crews on Christmas Day 1960 homes had no heating.")]
    public void Find_CountAfterHoliday_IsNoYear(string sentence)
    {
        // Given / When: a count from 1900 to 2099 right after a holiday; Then: it is no year of the holiday
        Assert.DoesNotContain(TemporalExtractor.Default.Find(sentence), e => e.Kind == TemporalKind.Holiday && e.Year is >= 1900);
    }

    [Fact]
    public void Find_YearAfterHolidayAtClauseEnd_IsItsYear()
    {
        // Given / When: the year closes the clause
        var e = Assert.Single(TemporalExtractor.Default.Find("The ferry sank on Christmas Day, 1961."), x => x.Kind == TemporalKind.Holiday);
        // Then
        Assert.Equal(1961, e.Year);
    }

    [Theory]
    [InlineData("Christmas 1987 was the quietest the harbour had seen.", 1987)]
    [InlineData("Easter 1994 saw the longest queues at the border post.", 1994)]
    public void Find_YearAfterHolidayBeforeAVerb_IsItsYear(string sentence, int year)
    {
        // Given / When: the year is followed by a verb, not by what a number counts
        var e = Assert.Single(TemporalExtractor.Default.Find(sentence), x => x.Kind == TemporalKind.Holiday);
        // Then
        Assert.Equal(year, e.Year);
    }

    [Theory]
    [InlineData("Worshippers who were at the chapel on Easter Sunday said the roof shook.")]
    [InlineData("Families who left the coast on Christmas Eve told the council they had no warning.")]
    public void Find_HolidayBeforeAReportingVerb_IsStillADate(string sentence)
    {
        // Given / When: a holiday ending a clause whose subject then speaks (only "Ramadan said" is a surname)
        // Then
        Assert.Contains(TemporalExtractor.Default.Find(sentence), x => x.Kind == TemporalKind.Holiday);
    }

    [Fact]
    public void Find_YearBeforeHoliday_IsItsYear()
    {
        // Given / When: "the <year> <holiday>" names that year's day, not the nearest one
        var found = TemporalExtractor.Default.Find("Villagers still recall the 1979 Christmas Day, when the dam gave way.");
        // Then
        Assert.All(found.Where(x => x.Kind == TemporalKind.Holiday), x => Assert.Equal(1979, x.Year));
    }

    [Theory]
    [InlineData("1899-01-01")]
    [InlineData("1900-07-01")]
    [InlineData("1901-07-01")]
    [InlineData("2076-07-01")]
    [InlineData("2077-12-31")]
    [InlineData("2099-12-31")]
    [InlineData("2300-06-01")]
    public void Occurrences_AtRangeEdges_NeverThrows(string around)
    {
        // Given: a date at or past the calendars' edges
        var at = DateOnly.Parse(around, System.Globalization.CultureInfo.InvariantCulture);
        string[] keys = ["christmas", "orthodox-christmas", "new-year", "halloween", "valentine", "easter", "orthodox-easter", "thanksgiving",
            "lunar-new-year", "ramadan", "eid", "eid-al-fitr", "eid-al-adha", "ashura", "rosh-hashanah", "yom-kippur", "passover", "hanukkah"];
        // When / Then: every key returns its list without an exception, and the Gregorian days exist beyond 2076
        foreach (var key in keys)
        {
            _ = HolidayCalendar.Occurrences(key, at).ToList();
        }
        Assert.Contains(HolidayCalendar.Occurrences("christmas", at), o => o.From.Year == at.Year);
    }
}
