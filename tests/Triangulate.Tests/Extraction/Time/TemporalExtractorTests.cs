using System.Globalization;
using System.Text.Json;
using FsCheck.Xunit;
using Triangulate.Extraction.Time;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Extraction.Time;

public sealed class TemporalExtractorTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.Fixtures, "Extraction", "Time", "phrasings.json")));
        foreach (var c in json.RootElement.EnumerateArray())
        {
            data.Add(c.GetProperty("name").GetString()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Find_FixtureCase_ResolvesExpectedSpansAndValues(string name)
    {
        // Given
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.Fixtures, "Extraction", "Time", "phrasings.json")));
        var c = json.RootElement.EnumerateArray().Single(x => x.GetProperty("name").GetString() == name);
        var text = c.GetProperty("text").GetString()!;
        var reference = c.GetProperty("reference").ValueKind == JsonValueKind.String
            ? new TemporalReference(DateOnly.ParseExact(c.GetProperty("reference").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture), "fixture")
            : null;
        var expected = c.GetProperty("expect").EnumerateArray().ToList();
        // When
        var found = TemporalExtractor.Default.Find(text);
        // Then
        Assert.Equal(expected.Select(e => e.GetProperty("span").GetString()), found.Select(f => f.Text));
        foreach (var (e, f) in expected.Zip(found))
        {
            Assert.Equal(f.Text, text[f.Start..f.End]);
            var r = TemporalResolver.Resolve(f, reference, null);
            Assert.Equal(e.GetProperty("value").GetString(), r.Value);
            Assert.Equal(e.GetProperty("precision").GetString(), r.Precision.Code());
        }
    }

    [Fact]
    public void Resolve_PossessiveWeekNamingAnEvent_IsTheStoryEventDayWhenItFallsInThatWeek()
    {
        // Given
        const string text = "Survivors of last week's warehouse fire returned to the site on Monday.";
        var week = TemporalExtractor.Default.Find(text).First(x => x.Text.Contains("week", StringComparison.Ordinal));
        var reference = new TemporalReference(new DateOnly(2025, 3, 11), "fixture");
        // When
        var inWeek = TemporalResolver.Resolve(week, reference, new DateOnly(2025, 3, 6));
        var outside = TemporalResolver.Resolve(week, reference, new DateOnly(2025, 2, 20));
        // Then
        Assert.Equal("2025-03-06", inWeek.Value);
        Assert.Equal("2025-03-03/2025-03-09", outside.Value);
    }

    [Theory]
    [InlineData("Divers recovered five bodies on Sunday afternoon.", "2025-03-09")] // the day after a Saturday page, not 2025-03-02
    [InlineData("Rescuers said on Monday that the search would go on.", "2025-03-10")] // two days after
    [InlineData("A flood warning was issued on Thursday.", "2025-03-06")] // two days before the event: a plausible lead-up day
    [InlineData("Crews had inspected the dam on Tuesday.", "2025-03-04")] // the next Tuesday is three days on: too far for an update
    public void Resolve_BareWeekdayAWeekBeforeTheEvent_IsTheDayAfterAnUpdatedPage(string sentence, string value)
    {
        // Given: a page first published on Saturday 8 March, the day of the story's main event
        var e = TemporalExtractor.Default.Find(sentence).Single(x => x.Kind == TemporalKind.Weekday);
        var reference = new TemporalReference(new DateOnly(2025, 3, 8), "fixture");
        // When
        var withEvent = TemporalResolver.Resolve(e, reference, new DateOnly(2025, 3, 8));
        var withoutEvent = TemporalResolver.Resolve(e, reference, null);
        // Then: with the event unknown, a bare weekday stays the most recent one
        Assert.Equal(value, withEvent.Value);
        Assert.True(withoutEvent.From <= reference.Date);
    }

    [Theory]
    [InlineData("The November 13 attacks in the capital last year left deep scars.", "November 13", "2024-11-13")]
    [InlineData("The same court had ruled on June 14 last year.", "on June 14", "2024-06-14")]
    [InlineData("The tanker first ran aground on June 9 two years ago.", "on June 9", "2023-06-09")]
    [InlineData("Protests broke out on 2 March in the northern towns a year ago.", "on 2 March", "2024-03-02")] // words between
    [InlineData("The November 13 attacks were condemned. Last year the city rebuilt the square.", "November 13", "2024-11-13")] // another sentence: nearest year
    [InlineData("The court sat on May 26, and on June 2 it adjourned.", "on May 26", "2025-05-26")] // no year word: nearest year
    public void Resolve_YearlessDateWithAYearWordAfterIt_TakesThatYear(string sentence, string span, string value)
    {
        // Given: an article of Tuesday 11 March 2025
        var reference = new TemporalReference(new DateOnly(2025, 3, 11), "fixture");
        // When
        var e = TemporalExtractor.Default.Find(sentence).First(x => x.Text == span);
        // Then
        Assert.Equal(value, TemporalResolver.Resolve(e, reference, null).Value);
    }

    [Theory]
    [InlineData("It was the deadliest flood in the region since 1952, when the river burst its banks.", "since 1952", "1952")]
    [InlineData("The storm was the worst to hit the coast since March 2010.", "since March 2010", "2010-03")]
    [InlineData("Police said it was the first such raid on the market since January 4.", "since January 4", "2025-01-04")]
    [InlineData("Aid convoys have crossed into the valley since 2012.", "since 2012", "2012/..")] // no comparison: an interval
    [InlineData("The worst was over by noon; since January 4 the roads have stayed open.", "since January 4", "2025-01-04/..")] // another clause
    [InlineData("Most schools have stayed shut since 2019.", "since 2019", "2019/..")] // "most" is a quantifier here
    public void Find_SinceAfterASuperlative_IsThePointItComparesWith(string sentence, string span, string value)
    {
        // Given: an article of Tuesday 11 March 2025; When / Then
        Assert.Equal(value, ResolvedSpan(sentence, span, new DateOnly(2025, 3, 11)));
    }

    /// <summary>The value of the one expression of <paramref name="sentence"/> whose text holds <paramref name="span"/>, resolved
    /// against an article of <paramref name="published"/>.</summary>
    internal static string? ResolvedSpan(string sentence, string span, DateOnly published)
    {
        var e = TemporalExtractor.Default.Find(sentence).Single(x => x.Text.Contains(span, StringComparison.OrdinalIgnoreCase));
        return TemporalResolver.Resolve(e, new TemporalReference(published, "fixture"), null).Value;
    }

    [Theory]
    [InlineData("In the week to March 9, the clinics logged 412 new cases.", "the week to March 9", "2025-03-03/2025-03-09")]
    [InlineData("Deaths fell by a third in the week ending Saturday.", "the week ending Saturday", "2025-03-02/2025-03-08")]
    [InlineData("Prices rose 4% in the week through 28 February.", "the week through 28 February", "2025-02-22/2025-02-28")]
    [InlineData("The ward was busy all through the week, nurses said.", "the week", "2025-03-10/2025-03-16")] // no day after it: the week itself
    public void Resolve_WeekEndingOnADay_IsThatDayAndTheSixBefore(string sentence, string span, string value)
    {
        // Given: an article of Tuesday 11 March 2025; When / Then
        Assert.Equal(value, ResolvedSpan(sentence, span, new DateOnly(2025, 3, 11)));
    }

    [Theory]
    [InlineData("The survey covers the months from January to October 2024.", "from January to October 2024", "2024-01-01/2024-10-31")]
    [InlineData("Rains failed between October and March 2024 across the plateau.", "between October and March 2024", "2023-10-01/2024-03-31")]
    [InlineData("Grain prices doubled in January-April 2024.", "January-April 2024", "2024-01-01/2024-04-30")]
    [InlineData("The camp was open from 20 December to 5 January 2024.", "from 20 December to 5 January 2024", "2023-12-20/2024-01-05")]
    [InlineData("The camp was open from 5 January to 20 February 2024.", "from 5 January to 20 February 2024", "2024-01-05/2024-02-20")]
    public void Resolve_RangeWithTheYearWrittenOnceAtItsEnd_StartTakesThatYear(string sentence, string span, string value)
    {
        // Given: an article of Tuesday 11 March 2025 (a bare "January" alone would be January 2025); When / Then
        Assert.Equal(value, ResolvedSpan(sentence, span, new DateOnly(2025, 3, 11)));
    }

    [Theory]
    [InlineData("It was the first open-air carnival in three years, and the lanes were packed.", "in three years", "P3Y")]
    [InlineData("The lake fell to its lowest level in 12 years last week.", "in 12 years", "P12Y")]
    [InlineData("The worst flooding in 30 years cut the valley road.", "in 30 years", "P30Y")]
    [InlineData("The first ferries will sail again in two weeks, the port said.", "in two weeks", "2025-03-25")]
    [InlineData("Repairs should be finished in three months.", "in three months", "2025-06-11")]
    public void Find_InCountAfterASuperlative_IsASpanLookedBackOverNotADayAhead(string sentence, string span, string value)
    {
        // Given: an article of Tuesday 11 March 2025; When / Then: "the first … in three years" is a duration; without a
        // superlative, or with the plan announced ahead, a day to come
        Assert.Equal(value, ResolvedSpan(sentence, span, new DateOnly(2025, 3, 11)));
    }

    [Theory]
    [InlineData("Crowds filled the old quarter on Saturday night into early Sunday.", "Saturday night into early Sunday", "2025-03-08/2025-03-09")]
    [InlineData("Shelling went on from Friday evening into the early hours of Saturday.", "Friday evening into the early hours of Saturday", "2025-03-07/2025-03-08")]
    [InlineData("Volunteers searched through Tuesday night to clear the road.", "through Tuesday night", "2025-03-11/2025-03-12")]
    [InlineData("The band played on Saturday night.", "Saturday night", "2025-03-08")]
    public void Resolve_NightRunningIntoTheNextDay_IsBothDays(string sentence, string span, string value)
    {
        // Given: an article of Thursday 13 March 2025; When / Then: a night told as running into the next day (or worked
        // through) spans both days; a night alone is its day
        Assert.Equal(value, ResolvedSpan(sentence, span, new DateOnly(2025, 3, 13)));
    }

    [Theory]
    [InlineData("The search, now in its ninth day, was halted by rain.", "2025-04-02")]
    [InlineData("The recovery operation entered its 15th day on Monday.", "2025-04-08")]
    [InlineData("Volunteers joined on the fourth day of the search.", "2025-03-28")]
    [InlineData("Crews kept digging for a sixth straight day.", "2025-03-30")]
    [InlineData("One week after a five-storey apartment block suddenly collapsed, cranes arrived.", "2025-04-01")]
    public void Resolve_DayCountOfTheStorysSearch_CountsFromTheEventDay(string sentence, string value)
    {
        // Given: the story's main event on Tuesday 25 March 2025 (day one of the search)
        var e = TemporalExtractor.Default.Find(sentence).Single(x => x.Kind == TemporalKind.EventOffset);
        // When / Then: day N is the event's day plus N - 1; with the event unknown, nothing
        Assert.Equal([value, null], new[] { new DateOnly(2025, 3, 25), (DateOnly?)null }.Select(ev => TemporalResolver.Resolve(e, null, ev).Value));
    }

    [Theory]
    [InlineData("Two months after the crash, families gathered at the site.", "2025-05")]
    [InlineData("Six months after the earthquake, many still live in tents.", "2025-09")]
    [InlineData("A year after the fire, 60 households are still in hotels.", "2026-03-24")]
    [InlineData("Three years after the flood, the town has been rebuilt.", "2028-03-24")]
    public void Resolve_MonthsOrYearsAfterTheEvent_CountFromItsDay(string sentence, string value)
    {
        // Given: the story's main event on Monday 24 March 2025
        var e = TemporalExtractor.Default.Find(sentence).Single(x => x.Kind == TemporalKind.EventOffset);
        // When
        var withEvent = TemporalResolver.Resolve(e, null, new DateOnly(2025, 3, 24));
        var withoutEvent = TemporalResolver.Resolve(e, null, null);
        // Then: a count in months names the month it lands in, a count in years the day; with the event unknown, nothing
        Assert.Equal(value, withEvent.Value);
        Assert.Equal(value.Length == 7 ? DatePrecision.Month : DatePrecision.Day, withEvent.Precision);
        Assert.Null(withoutEvent.Value);
    }

    [Fact]
    public void Find_AmbiguousNumericDate_FollowsLocaleRule()
    {
        // Given
        const string text = "The order is dated 03/04/2025.";
        // When
        var us = TemporalResolver.Resolve(TemporalExtractor.Default.Find(text).Single(), null, null);
        var dayFirst = TemporalResolver.Resolve(new TemporalExtractor(dayFirst: true).Find(text).Single(), null, null);
        // Then
        Assert.Equal("2025-03-04", us.Value);
        Assert.Equal("2025-04-03", dayFirst.Value);
    }

    [Fact]
    public void Resolve_RelativeWithoutReference_StaysUnresolvedWithReason()
    {
        // Given
        var e = TemporalExtractor.Default.Find("It began on Sunday.").Single();
        // When
        var r = TemporalResolver.Resolve(e, null, null);
        // Then
        Assert.Null(r.Value);
        Assert.Equal(DatePrecision.Unresolved, r.Precision);
        Assert.False(string.IsNullOrEmpty(r.Reason));
    }

    [Fact]
    public void Resolve_EventOffsets_CountFromTheStoryFocus()
    {
        // Given
        var focus = new DateOnly(2024, 3, 22);
        var found = TemporalExtractor.Default.Find("Five days after the atrocity, names were published. Rescuers worked for a fourth day. Fear has spread since the clashes began.");
        // When
        var values = found.Select(f => TemporalResolver.Resolve(f, null, focus).Value).ToList();
        // Then
        Assert.Equal(["2024-03-27", "2024-03-25", "2024-03-22/.."], values);
    }

    [Fact]
    public void Find_CaptionLine_MarksExpressionsAsCaption()
    {
        // Given
        const string text = "Flowers at the scene on Friday. Photo: Vlad Karkov/dpa\nThe toll rose on Sunday.";
        // When
        var found = TemporalExtractor.Default.Find(text);
        // Then
        Assert.Equal([true, false], found.Select(f => f.Caption));
    }

    [Property(MaxTest = 200)]
    public bool Find_AnyText_SpansLieInsideTheText(string? text)
    {
        var found = TemporalExtractor.Default.Find(text);
        return found.All(f => f.Start >= 0 && f.End <= text!.Length && f.Start < f.End && text[f.Start..f.End] == f.Text);
    }
}
