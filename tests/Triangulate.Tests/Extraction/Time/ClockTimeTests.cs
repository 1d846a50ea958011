using Triangulate.Extraction.Time;

namespace Triangulate.Tests.Extraction.Time;

/// <summary>Clock times, zones, parts of the day, spans counted from the event (issue 21; docs/time.md "Clock times and zones").
/// Every phrasing is written for these tests.</summary>
public sealed class ClockTimeTests
{
    private static readonly PublishedDate s_saturday = new("2019-05-04", DatePrecision.Day, DateBasis.Metadata);

    private static Dossier Run(string text, PublishedDate? published = null)
    {
        var doc = new DossierDocument("a", "a.txt", text) { Published = published ?? s_saturday };
        return new TimePass().Apply(new Dossier { Documents = [doc] }, CancellationToken.None);
    }

    private static DateMention Mention(Dossier d, string text) =>
        d.Dates.First(m => m.Text.Contains(text, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("The ferry left port at 8 AM JST on May 2, the company said.", "8 AM JST on May 2", "2019-05-02", "2019-05-02T08:00+09:00", "hour", "Asia/Tokyo")]
    [InlineData("The decree was signed on 2 June 2018, 16:05 GMT+3 in the capital.", "16:05 GMT+3", "2018-06-02", "2018-06-02T16:05+03:00", "minute", "UTC+03:00")]
    [InlineData("Power failed at 7.15 pm IST on Thursday across the district.", "7.15 pm IST", "2019-05-02", "2019-05-02T19:15+05:30", "minute", "Asia/Kolkata")]
    [InlineData("Sirens sounded at 4:17am (01:17 GMT) on Friday near the port.", "4:17am", "2019-05-03", "2019-05-03T04:17+03:00", "minute", "UTC+03:00")]
    [InlineData("The last bus left on Friday at 18:22:09 according to the log.", "18:22:09", "2019-05-03", "2019-05-03T18:22:09", "second", null)]
    [InlineData("Voting closed at 9 p.m. EDT on Friday in the eastern states.", "9 p.m. EDT", "2019-05-03", "2019-05-03T21:00-04:00", "hour", "America/New_York")]
    public void Apply_ClockTimeWithZone_KeepsDayValueAndAddsTimeWithOffset(string text, string expression, string day, string time, string precision, string? zone)
    {
        // When
        var m = Mention(Run(text), expression);
        // Then
        Assert.Equal(day, m.Value);
        Assert.Equal(DatePrecision.Day, m.Precision);
        Assert.Equal(time, m.Time);
        Assert.Equal(precision, m.TimePrecision);
        Assert.Equal(zone, m.Zone);
    }

    [Fact]
    public void Apply_ZoneAbbreviationInLowerCaseOrInsideAWord_IsNoZone()
    {
        // When
        var d = Run("The meeting ran until 7 pm et cetera on Friday. Another began at 6 pm ESTablishing rules on Friday.");
        // Then
        Assert.All(d.Dates, m => Assert.Null(m.Zone));
    }

    [Fact]
    public void Apply_LocalTime_IsMarkedLocalUntilThePlaceIsKnown_ThenTakesThePlaceZone()
    {
        // Given
        var d = Run("The ground shook around 9:40 p.m. local time on Friday, officials said.");
        var m = Mention(d, "local time");
        Assert.Equal("local", m.Zone);
        Assert.Equal("2019-05-03T21:40", m.Time);
        var osaka = new Entity("e1", EntityType.Place, "Osaka", [], [new EntityMention("a", 0, 5, "Osaka"), new EntityMention("a", 6, 11, "Osaka")])
        {
            Geo = new GeoPoint(34.69, 135.50, "geonames:1853909") { Country = "JP", Kind = "city" },
        };
        // When
        var zoned = new LocalTimePass().Apply(d with { Entities = [osaka] }, CancellationToken.None);
        // Then
        var z = Mention(zoned, "local time");
        Assert.Equal("2019-05-03T21:40+09:00", z.Time);
        Assert.Equal("Asia/Tokyo", z.Zone);
        Assert.Contains("Osaka", z.ZoneBasis, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US", 40.71, -74.0, "America/New_York")]
    [InlineData("US", 34.05, -118.24, "America/Los_Angeles")]
    [InlineData("NP", double.NaN, double.NaN, "Asia/Kathmandu")]
    public void ForPlace_NearestZoneOfTheCountry(string country, double lat, double lon, string zone) =>
        Assert.Equal(zone, ClockZones.ForPlace(country, lat, lon)?.Id);

    [Theory]
    [InlineData("Rescuers reached the village in the early hours of Friday, the army said.", "early hours", "2019-05-03", "early_hours")]
    [InlineData("The convoy set off at dawn on Thursday from the border.", "dawn", "2019-05-02", "dawn")]
    [InlineData("Fighting resumed on Friday evening near the bridge.", "Friday evening", "2019-05-03", "evening")]
    public void Apply_PartOfDay_FoldsIntoItsDay(string text, string expression, string day, string part)
    {
        // When
        var m = Mention(Run(text), expression);
        // Then
        Assert.Equal(day, m.Value);
        Assert.Equal("part_of_day", m.TimePrecision);
        Assert.Equal(part, m.PartOfDay);
        Assert.Null(m.Time);
    }

    [Fact]
    public void Apply_OvernightAlone_IsTheNightBeforeTheReference()
    {
        // When
        var m = Mention(Run("Dozens of detainees were freed overnight, lawyers said."), "overnight");
        // Then
        Assert.Equal("2019-05-03/2019-05-04", m.Value);
        Assert.Equal("overnight", m.PartOfDay);
    }

    [Theory]
    [InlineData("The paper Dawn reported the figures on Friday.")]
    [InlineData("The city imposed an overnight curfew after the riots.")]
    public void Apply_NamesAndAdjectives_AreNoPartOfDay(string text) =>
        Assert.DoesNotContain(Run(text).Dates, m => m.PartOfDay is "dawn" or "overnight");

    [Fact]
    public void Apply_BareClockTime_TakesTheDayOfItsSentenceOrParagraph()
    {
        // When
        var d = Run("Heavy rain fell on Thursday across the valley. The river broke its banks at 11:40 pm, residents said.\n"
            + "A second wave arrived at 3 a.m. in the next paragraph with no day.");
        // Then
        var sameParagraph = Mention(d, "11:40 pm");
        Assert.Equal("2019-05-02", sameParagraph.Value);
        Assert.Equal("2019-05-02T23:40", sameParagraph.Time);
        Assert.Contains("Thursday", sameParagraph.Anchor, StringComparison.Ordinal);
        var alone = Mention(d, "3 a.m.");
        Assert.Equal(DatePrecision.Time, alone.Precision);
        Assert.Equal("03:00", alone.Value);
    }

    [Fact]
    public void Apply_BareClockTimeAfterAHoliday_TakesTheHolidaysDay()
    {
        // When: a bare time in the paragraph of a one-day holiday, in a piece of 27 December 2019
        var d = Run("The lights went out on Christmas Eve. The roof gave way at 11:40 pm, neighbours said.",
            new PublishedDate("2019-12-27", DatePrecision.Day, DateBasis.Metadata));
        // Then: the time is on the holiday's day
        var m = Mention(d, "11:40 pm");
        Assert.Equal("2019-12-24", m.Value);
        Assert.Equal("2019-12-24T23:40", m.Time);
    }

    [Fact]
    public void Apply_SmallHoursAfterANight_AreTheNextDay()
    {
        // When
        var m = Mention(Run("Crews fought the blaze on Thursday night and finally contained it at 2:15 a.m., the fire service said."), "2:15 a.m.");
        // Then
        Assert.Equal("2019-05-03", m.Value);
    }

    [Theory]
    [InlineData("The explosion happened at about 6.50pm near the grain silos.", "6.50pm", "2019-05-02")]
    [InlineData("At about 11.40pm a fire broke out behind the stage.", "11.40pm", "2019-05-02")]
    [InlineData("The blasts shook the harbour at around 6:15 p.m. local time.", "6:15 p.m.", "2019-05-02")]
    [InlineData("Ferries were due at 9 a.m. in the outer islands.", "9 a.m.", "09:00")]
    public void Apply_BareTimeInASentenceAboutTheEvent_IsTheEventDay(string sentence, string time, string value)
    {
        // Given: the story's main event is Thursday 2 May (reported three times), and a new paragraph with a bare time
        var d = Run("The explosion on Thursday (May 2) shook the port. Thursday's blast killed 12. Since Thursday, rescuers have searched.\n" + sentence);
        // When
        var m = Mention(d, time);
        // Then: a sentence naming the event (before the time, after it, or in the plural) dates it to the event and says so;
        // a sentence without keeps the bare time
        Assert.Equal(value, m.Value);
        Assert.Equal(value.Contains(':', StringComparison.Ordinal), !(m.Anchor ?? "").Contains("main event", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_AsOfTime_IsOnThePublicationDay()
    {
        // When
        var m = Mention(Run("As of 7:00 a.m., 312 people were in shelters."), "7:00");
        // Then
        Assert.Equal("2019-05-04", m.Value);
    }

    [Theory]
    [InlineData("Some 40 hours after the quake, a girl was pulled out alive.", "40 hours after the quake", "2019-05-04")]
    [InlineData("Two days after landfall, aid began to arrive.", "Two days after landfall", "2019-05-04")]
    [InlineData("Eight days after the ferry went down, divers found the cabin.", "Eight days after the ferry went down", "2019-05-10")]
    [InlineData("Nearly six weeks after the earthquake, the road reopened.", "six weeks after the earthquake", "2019-06-13")]
    [InlineData("Nearly 48 hours on, the first tents went up.", "48 hours on", "2019-05-04")]
    [InlineData("Two weeks on, the school reopened in a tent.", "Two weeks on", "2019-05-16")]
    public void Apply_OffsetsFromTheEvent_CountFromItsDayAndSaySo(string sentence, string expression, string value)
    {
        // Given: the main event is Thursday 2 May.
        var d = Run("The earthquake on Thursday (May 2) flattened the town. Thursday's quake killed 40. Since Thursday, aid has flowed.\n" + sentence);
        // When
        var m = Mention(d, expression);
        // Then
        Assert.Equal(value, m.Value);
        Assert.Contains("main event", m.Anchor, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The day after the earthquake, schools stayed shut.", "day after the earthquake", "2019-05-03")]
    [InlineData("By the night after the quake, the roads were blocked.", "night after the quake", "2019-05-03")]
    [InlineData("On the night before the earthquake, dogs barked for hours.", "night before the earthquake", "2019-05-01")]
    [InlineData("A week after the quake, the school reopened.", "week after the quake", "2019-05-09")]
    [InlineData("Two days after the armed men stormed the village hall, the army arrived.", "Two days after the armed men stormed", "2019-05-04")]
    [InlineData("A day after a lone gunman opened fire in the square, the mayor resigned.", "A day after a lone gunman opened fire", "2019-05-03")]
    public void Apply_DayAfterOrBeforeTheEvent_CountsFromItsDayAndSaysSo(string sentence, string expression, string value)
    {
        // Given: the main event is Thursday 2 May.
        var d = Run("The earthquake on Thursday (May 2) flattened the town. Thursday's quake killed 40. Since Thursday, aid has flowed.\n" + sentence);
        // When
        var m = Mention(d, expression);
        // Then
        Assert.Equal(value, m.Value);
        Assert.Contains("main event", m.Anchor, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_BareDaysAfterWithComma_CountsFromTheEvent()
    {
        // When
        var d = Run("The earthquake on Thursday (May 2) flattened the town. Thursday's quake killed 40.\nThree days after, the first aid arrived.");
        // Then
        Assert.Equal("2019-05-05", Mention(d, "Three days after").Value);
    }

    [Fact]
    public void Apply_NightFromOneDayToTheNext_IsAnInterval()
    {
        // When
        var m = Mention(Run("Shelling went on in the night from Friday May 3 to Saturday May 4, residents said."), "Friday May 3");
        // Then
        Assert.Equal("2019-05-03/2019-05-04", m.Value);
        Assert.Equal(DatePrecision.Interval, m.Precision);
    }

    [Fact]
    public void Apply_InTheLastHours_CoversTheDaysThoseHoursTouch()
    {
        // When
        var m = Mention(Run("In the last 24 hours 51 new cases were reported."), "last 24 hours");
        // Then
        Assert.Equal("2019-05-03/2019-05-04", m.Value);
    }

    [Fact]
    public void Apply_PageStampYearsAway_IsDoubtedWithANote()
    {
        // Given: two dated articles about Thursday 2 May and one whose page stamp is decades later.
        var a = new DossierDocument("a", "a.txt", "The earthquake on Thursday (May 2) flattened the town. Thursday's quake killed 40.") { Published = s_saturday };
        var b = new DossierDocument("b", "b.txt", "Rescuers said on Thursday (May 2) the quake was the worst in decades.") { Published = s_saturday };
        var c = new DossierDocument("c", "c.txt", "Survivors gathered on Friday, a day after the quake.")
        {
            Published = new PublishedDate("2049-05-03", DatePrecision.Day, DateBasis.Stated) { Source = "page stamp" },
        };
        // When
        var result = new TimePass().Apply(new Dossier { Documents = [a, b, c] }, CancellationToken.None);
        // Then
        var p = result.Documents.Single(d => d.Id == "c").Published;
        Assert.NotEqual("2049-05-03", p?.Date);
        var noted = p?.Source?.Contains("2049-05-03 was doubted", StringComparison.Ordinal) == true
            || result.Problems.Any(x => x.Reason.Contains("2049-05-03 doubted", StringComparison.Ordinal));
        Assert.True(noted);
    }

    [Fact]
    public void Apply_FarStampTheArticleCountsTo_IsKept()
    {
        // Given: two dated articles about Thursday 2 May 2019, and a remembrance piece stamped a year and a day later whose own
        // words count to that time ("the first anniversary of the earthquake")
        var a = new DossierDocument("a", "a.txt", "The earthquake on Thursday (May 2) flattened the town. Thursday's quake killed 40.") { Published = s_saturday };
        var b = new DossierDocument("b", "b.txt", "Rescuers said on Thursday (May 2) the quake was the worst in decades.") { Published = s_saturday };
        var c = new DossierDocument("c", "c.txt", "Hundreds marked the first anniversary of the earthquake yesterday with a silent walk.")
        {
            Published = new PublishedDate("2020-05-03", DatePrecision.Day, DateBasis.Stated) { Source = "page stamp" },
        };
        // When
        var result = new TimePass().Apply(new Dossier { Documents = [a, b, c] }, CancellationToken.None);
        // Then: the stamp stands, and "yesterday" counts from it
        Assert.Equal("2020-05-03", result.Documents.Single(d => d.Id == "c").Published?.Date);
        Assert.Contains(result.Dates, m => m.Doc == "c" && m.Text == "yesterday" && m.Value == "2020-05-02");
    }
}
