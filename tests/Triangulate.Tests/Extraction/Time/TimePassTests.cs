using Triangulate.Pipeline;
using Triangulate.Extraction.Figures;
using Triangulate.Extraction.Time;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Extraction.Time;

public sealed class TimePassTests
{
    private static readonly Lazy<Dossier> s_sample = new(() => Analyzer.Analyze([Paths.Sample]));

    private static DossierDocument Doc(string prefix) => s_sample.Value.Documents.Single(d => Path.GetFileName(d.File).StartsWith(prefix, StringComparison.Ordinal));

    private static DateMention Mention(DossierDocument doc, string text) =>
        s_sample.Value.Dates.First(m => m.Doc == doc.Id && m.Text.Contains(text, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Apply_Sample_UndatedArticlesInferredThroughThursdayAnchor()
    {
        // Given
        var d000 = Doc("000_");
        var d001 = Doc("001_");
        // When
        var p000 = d000.Published;
        var p001 = d001.Published;
        // Then
        Assert.NotNull(p000);
        Assert.Equal(DateBasis.Inferred, p000.How);
        Assert.Contains("Thursday = 2025-03-06", p000.Anchor, StringComparison.Ordinal);
        Assert.NotNull(p001);
        Assert.Equal(DateBasis.Inferred, p001.How);
        Assert.True(p001.Confidence < 1.0);
        Assert.Equal("2025-03-08", Mention(d000, "On Saturday").Value);
        Assert.Equal("2025-03-06", Mention(d000, "since Thursday").Value?.Split('/')[0]);
        Assert.Equal("2025-03-09", Mention(d001, "Sunday").Value);
        Assert.Equal("2025-03-07/2025-03-08", Mention(d001, "Friday and Saturday").Value);
        Assert.Equal("2024-12", Mention(d001, "last December").Value);
        Assert.Equal("2024-12-08", Mention(d000, "December 8").Value);
    }

    [Fact]
    public void Apply_Sample_StatedDateKeptAndAnchorFound()
    {
        // Given
        var d002 = Doc("002_");
        // When
        var anchor = Mention(d002, "Thursday (March 6)");
        // Then
        Assert.Equal(DateBasis.Stated, d002.Published?.How);
        Assert.Equal("2025-03-06", anchor.Value);
        Assert.Equal(anchor.Text, d002.Text[anchor.Start..anchor.End]);
    }

    [Fact]
    public void Apply_Sample_CaptionDateIsBackgroundAndOutOfTimeline()
    {
        // Given
        var d002 = Doc("002_");
        // When
        var caption = Mention(d002, "Friday, January 3, 2025");
        var timeline = s_sample.Value.Timeline;
        // Then
        Assert.Equal("2025-01-03", caption.Value);
        Assert.True(caption.Background);
        Assert.DoesNotContain(timeline, t => t.Date == "2025-01-03");
        var fall = Assert.Single(timeline, t => t.Date == "2024-12-08");
        Assert.True(fall.Background);
        var start = Assert.Single(timeline, t => t.Date == "2025-03-06");
        Assert.True(start.Docs.Count >= 2);
        Assert.False(start.Background);
    }

    [Fact]
    public void Apply_EveryMention_SpanMatchesText()
    {
        // Given
        var dossier = s_sample.Value;
        // When
        var bad = dossier.Dates.Where(m => dossier.Document(m.Doc)!.Text[m.Start..m.End] != m.Text).ToList();
        // Then
        Assert.Empty(bad);
    }

    [Fact]
    public void Apply_UndatedArticleWithoutAnchor_GetsIntervalAndLowConfidence()
    {
        // Given
        var dated = new DossierDocument("a", "a.txt", "Clashes erupted on Thursday (March 6). Talks followed on Sunday.")
        {
            Published = new PublishedDate("2025-03-11", DatePrecision.Day, DateBasis.Metadata),
        };
        var undated = new DossierDocument("b", "b.txt", "Families fled to the mountains, residents said.");
        var dossier = new Dossier { Documents = [dated, undated] };
        // When
        var result = new TimePass().Apply(dossier, CancellationToken.None);
        // Then
        var p = result.Documents.Single(d => d.Id == "b").Published;
        Assert.NotNull(p);
        Assert.Equal(DateBasis.Inferred, p.How);
        Assert.Equal(DatePrecision.Interval, p.Precision);
        Assert.True(p.Confidence < 0.3);
        Assert.Equal("2025-03-06/2025-03-11", p.Date);
    }

    [Fact]
    public void Apply_RemovedStampWithoutYear_GetsTheDayItNamesAndStaysRemoved()
    {
        // Given: a live page whose entries the cleaner set aside as stamps; they give month and day but no year
        const string text = "Crews reopened the bridge to light traffic.\nEngineers will inspect it again next month.";
        RemovedBlock[] removed =
        [
            new("timestamp", "Tuesday, April 9, 6:20 p.m.\n", 0, 28, "timestamp line"),
            new("timestamp", "11:45 a.m. April 8\n", 28, 47, "timestamp line"),
            new("timestamp", "Updated Tuesday\n", 47, 63, "timestamp line"),
            new("share", "Share on 3 networks\n", 63, 83, "share prompt"),
        ];
        var doc = new DossierDocument("a", "a.txt", text)
        {
            Published = new PublishedDate("2024-04-10", DatePrecision.Day, DateBasis.Metadata),
            Removed = removed,
        };
        // When
        var result = new TimePass().Apply(new Dossier { Documents = [doc] }, CancellationToken.None);
        // Then: each stamp's day in its removed block; a weekday alone and a line without a date stay undated; the text is unchanged
        var after = result.Documents[0];
        Assert.Equal(text, after.Text);
        Assert.Equal(["2024-04-09", "2024-04-08", null, null], after.Removed.Select(r => r.Date).ToArray());
        Assert.DoesNotContain(result.Dates, m => m.Text.Contains("April", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_DatelineDayBeforePublication_RelativeWordsCountFromTheDatelineDay()
    {
        // Given: a paper that prints the next morning; the dateline says when the story was filed
        var filed = new DossierDocument("a", "a.txt",
            "Storm toll rises\n\nRIVERTON, May 14: The toll climbed today to 30, officials said. The storm reached the coast at about 11.30pm yesterday.")
        {
            Published = new PublishedDate("2024-05-15", DatePrecision.Day, DateBasis.Metadata),
        };
        // and a page whose dateline is its own publication day
        var sameDay = new DossierDocument("b", "b.txt",
            "Storm toll rises\n\nRIVERTON, May 15: The toll climbed today to 31, officials said.")
        {
            Published = new PublishedDate("2024-05-15", DatePrecision.Day, DateBasis.Metadata),
        };
        // When
        var result = new TimePass().Apply(new Dossier { Documents = [filed, sameDay] }, CancellationToken.None);
        // Then: "today" is the dateline's day and "yesterday" the day before it; the publication date itself is unchanged
        var today = result.Dates.Single(m => m.Doc == "a" && m.Text.Contains("today", StringComparison.Ordinal));
        Assert.Equal("2024-05-14", today.Value);
        Assert.Contains("dateline", today.Anchor, StringComparison.Ordinal);
        Assert.Equal("2024-05-13", result.Dates.Single(m => m.Doc == "a" && m.Text.Contains("yesterday", StringComparison.Ordinal)).Value);
        Assert.Equal("2024-05-15", result.Documents[0].Published?.Date);
        Assert.Equal("2024-05-15", result.Dates.Single(m => m.Doc == "b" && m.Text.Contains("today", StringComparison.Ordinal)).Value);
    }

    [Fact]
    public void Apply_OneDayStepAfterANarratedDay_CountsFromThatDay()
    {
        // Given: a Friday-dated report narrating earlier days and stepping from them
        var report = Dated("a", "Ferry toll climbs\n\n"
            + "The first victim was identified on Monday, and a second passenger was identified a day later.\n\n"
            + "The vessel left port on Thursday evening and was due to dock the following day.\n\n"
            + "Officials gave a toll of 40 on March 5. A day after that, they lowered it to 38.\n\n"
            + "Divers resumed work on Wednesday, after bad weather had halted them the previous day.", "2024-03-08");
        // and a report whose step has no narrated day before it
        var plain = Dated("b", "Ferry toll climbs\n\nThe coastguard said a fresh search would begin the following day.", "2024-03-08");
        // When
        var result = new TimePass().Apply(new Dossier { Documents = [report, plain] }, CancellationToken.None);
        // Then: each step counts from the day told before it, and says so
        string ValueOf(string doc, string text) => result.Dates.Single(m => m.Doc == doc && m.Text.EndsWith(text, StringComparison.Ordinal)).Value!;
        Assert.Equal("2024-03-05", ValueOf("a", "a day later"));
        Assert.Equal("2024-03-08", ValueOf("a", "the following day"));
        Assert.Equal("2024-03-06", ValueOf("a", "A day after that"));
        Assert.Equal("2024-03-05", ValueOf("a", "the previous day"));
        Assert.Contains("told before it", result.Dates.Single(m => m.Doc == "a" && m.Text.EndsWith("a day later", StringComparison.Ordinal)).Anchor, StringComparison.Ordinal);
        // a step whose paragraph and the one before name no day counts from the report's own day, as before
        Assert.Equal("2024-03-09", ValueOf("b", "the following day"));
    }

    [Fact]
    public void Apply_EventDayWithoutYearMonthsLater_IsTheEventNotTheComingAnniversary()
    {
        // Given: a dam burst on Saturday 6 July 2024; a piece nine months on names the day without its year, and a notice
        // a fortnight before the anniversary announces a memorial on that day
        var report = new DossierDocument("a", "a.txt",
            "The dam burst on July 6, flooding the valley. By the evening of July 6 rescuers had reached the village, and on Sunday they found survivors.")
        {
            Published = new PublishedDate("2024-07-07", DatePrecision.Day, DateBasis.Metadata),
        };
        var later = new DossierDocument("b", "b.txt", "Survivors still recall the night of July 6, when the water came down the valley.")
        {
            Published = new PublishedDate("2025-04-02", DatePrecision.Day, DateBasis.Metadata),
        };
        var notice = new DossierDocument("c", "c.txt", "A memorial for the valley will be held on July 6, the council said.")
        {
            Published = new PublishedDate("2025-06-20", DatePrecision.Day, DateBasis.Metadata),
        };
        // When
        var result = new TimePass().Apply(new Dossier { Documents = [report, later, notice] }, CancellationToken.None);
        // Then
        Assert.Equal("2024-07-06", result.Dates.Single(m => m.Doc == "b" && m.Text.Contains("July 6", StringComparison.Ordinal)).Value);
        Assert.Equal("2025-07-06", result.Dates.Single(m => m.Doc == "c" && m.Text.Contains("July 6", StringComparison.Ordinal)).Value);
    }

    [Fact]
    public void Apply_AftermathReportedMoreThanTheEvent_MainEventIsTheEarlierDay()
    {
        // Given: the dam gave way on Monday 8 April; the searches of the next days are reported more often than the collapse
        var first = new DossierDocument("a", "a.txt",
            "The dam collapsed on Monday, flooding two villages. Rescuers searched on Tuesday, and officials said on Tuesday that 40 people were missing.")
        {
            Published = new PublishedDate("2024-04-09", DatePrecision.Day, DateBasis.Metadata),
        };
        var second = new DossierDocument("b", "b.txt",
            "Divers resumed the search two days after the collapse. The dam gave way on Monday. Crews had worked through the night on Tuesday.")
        {
            Published = new PublishedDate("2024-04-10", DatePrecision.Day, DateBasis.Metadata),
        };
        // When
        var result = new TimePass().Apply(new Dossier { Documents = [first, second] }, CancellationToken.None);
        // Then: counted from Monday, not from the more reported Tuesday
        var m = result.Dates.Single(d => d.Text.Contains("two days after", StringComparison.Ordinal));
        Assert.Equal("2024-04-10", m.Value);
        Assert.Contains("2024-04-08", m.Anchor, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_UndatedPieceCountedLongAfterTheEvent_IsDatedFromThatCount()
    {
        // Given: the dam gave way on Monday 8 April 2024, reported on the next days
        var first = Dated("a", "The dam collapsed on Monday, flooding two villages. Rescuers searched on Tuesday, and officials said on Tuesday that 40 people were missing.", "2024-04-09");
        var second = Dated("b", "Divers resumed the search two days after the collapse. The dam gave way on Monday.", "2024-04-10");
        // and two undated pieces written long after: one on the anniversary, one weeks on
        var anniversary = new DossierDocument("c", "c.txt", "Valley remembers\n\nHundreds of families gathered by the river to mark the second anniversary of the collapse.");
        var weeksOn = new DossierDocument("d", "d.txt", "Debris cleared\n\nCrews removed the last of the debris 11 weeks after the collapse.");
        // When
        var result = new TimePass().Apply(new Dossier { Documents = [first, second, anniversary, weeksOn] }, CancellationToken.None);
        // Then: the anniversary is the event's day two years on, and each piece is dated no earlier than the day it counts to
        var mark = result.Dates.Single(d => d.Doc == "c" && d.Text.Contains("anniversary", StringComparison.Ordinal));
        Assert.Equal("2026-04-08", mark.Value);
        Assert.Equal("the second anniversary of the collapse", mark.Text);
        Assert.Equal("2026-04-08", result.Documents[2].Published?.Date);
        Assert.Equal("2024-06-24", result.Documents[3].Published?.Date);
        Assert.Equal(DateBasis.Inferred, result.Documents[3].Published?.How);
    }

    [Fact]
    public void Apply_UndatedArticleInAPileWithAPieceYearsOn_ReadsYearlessDatesNearTheMainEvent()
    {
        // Given: the dam gave way on Monday 8 April 2024, reported on the next days
        var first = Dated("a", "The dam collapsed on Monday, flooding two villages. Rescuers searched on Tuesday, and officials said on Tuesday that 40 people were missing.", "2024-04-09");
        var second = Dated("b", "Divers resumed the search two days after the collapse. The dam gave way on Monday.", "2024-04-10");
        // and a dated remembrance piece two years on, which names the day without a year
        var later = Dated("c", "Families gathered by the river, where the dam broke on 8 April, to remember the dead.", "2026-04-08");
        // and an undated explainer whose dates carry no year
        var undated = new DossierDocument("d", "d.txt",
            "What we know\n\nThe operator inspected the spillway on 2 April. A farmer hurt in the flood died on 29 April, the hospital said.");
        // When
        var result = new TimePass().Apply(new Dossier { Documents = [first, second, later, undated] }, CancellationToken.None);
        // Then: the explainer's days are read near the main event, not near the piece two years on
        var inspected = result.Dates.Single(d => d.Doc == "d" && d.Text.Contains("2 April", StringComparison.Ordinal));
        Assert.Equal("2024-04-02", inspected.Value);
        Assert.Contains("story's main event date 2024-04-08", inspected.Anchor, StringComparison.Ordinal);
        Assert.Equal("2024-04-29", result.Dates.Single(d => d.Doc == "d" && d.Text.Contains("29 April", StringComparison.Ordinal)).Value);
        // and a dated article keeps reading its year-less dates against its own date
        Assert.Equal("2026-04-08", result.Dates.Single(d => d.Doc == "c" && d.Text.Contains("8 April", StringComparison.Ordinal)).Value);
    }

    [Fact]
    public void Apply_UndatedArticleInAPileWithAPieceYearsOn_ClockTimeTakesTheDayItsDateWasReadAs()
    {
        // Given: a flood on Monday 8 April 2024 reported on the next days, a dated remembrance piece two years on
        var first = Dated("a", "The dam collapsed on Monday, flooding two villages. Rescuers searched on Tuesday, and officials said on Tuesday that 40 people were missing.", "2024-04-09");
        var second = Dated("b", "Divers resumed the search two days after the collapse. The dam gave way on Monday.", "2024-04-10");
        var later = Dated("c", "Families gathered by the river, where the dam broke on 8 April, to remember the dead.", "2026-04-08");
        // and an undated explainer giving a year-less day and a clock time on it
        var undated = new DossierDocument("d", "d.txt",
            "What we know\n\nThe operator inspected the spillway on 2 April. A farmer hurt in the flood died on 29 April. He was pronounced dead at 6.30pm, the hospital said.");
        // When
        var result = new TimePass().Apply(new Dossier { Documents = [first, second, later, undated] }, CancellationToken.None);
        // Then: the time falls on the day its date was read as, near the main event
        var day = result.Dates.Single(d => d.Doc == "d" && d.Text.Contains("29 April", StringComparison.Ordinal));
        Assert.Equal("2024-04-29", day.Value);
        var time = result.Dates.Single(d => d.Doc == "d" && d.Text.Contains("6.30pm", StringComparison.Ordinal));
        Assert.Equal(day.Value, time.Value);
    }

    [Fact]
    public void Apply_PossessiveWeekdayNamingTheEvent_WeighsAsTheEventsDay()
    {
        // Given: a chemical plant burned on Thursday 10 October 2024; the next day's work is reported far more often than the fire,
        // but both articles name the fire by its day
        var first = Dated("a",
            "Thursday's fire trapped 45 workers. Crews brought out nine men on Friday, and officials said on Friday that 17 were unaccounted for. "
            + "Neighbours waited at the fence on Friday.", "2024-10-11");
        var second = Dated("b",
            "Families buried the first victims of Thursday's fire. Engineers had shut the gas main on Friday and cooled the tanks on Friday. "
            + "Three days after the fire, the search ended.", "2024-10-13");
        // When
        var result = new TimePass().Apply(new Dossier { Documents = [first, second] }, CancellationToken.None);
        // Then: the main event is Thursday, so "three days after the fire" is Sunday 13 October
        var m = result.Dates.Single(d => d.Text.Contains("Three days after", StringComparison.Ordinal));
        Assert.Equal("2024-10-13", m.Value);
        Assert.Contains("2024-10-10", m.Anchor, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_UndatedPieceCountingTheSearchsDays_IsDatedFromThatCount()
    {
        // Given: a hotel wing fell on Tuesday 7 May 2024, reported on the next days
        var first = Dated("a", "The hotel wing collapsed on Tuesday. Rescuers worked through Tuesday and officials said on Wednesday that 31 guests were missing.", "2024-05-08");
        var second = Dated("b", "Teams pulled two survivors out on Wednesday, a day after the collapse on Tuesday.", "2024-05-09");
        // and an undated piece told on the search's twelfth day
        var late = new DossierDocument("c", "c.txt", "Search winds down\n\nThe search reached its 12th day on Saturday, and crews said on Saturday they no longer expect survivors.");
        // When
        var result = new TimePass().Apply(new Dossier { Documents = [first, second, late] }, CancellationToken.None);
        // Then: day twelve is Saturday 18 May; the piece cannot predate it, so its Saturday is that day, not the week before
        Assert.Equal("2024-05-18", result.Dates.Single(d => d.Doc == "c" && d.Text.Contains("12th", StringComparison.Ordinal)).Value);
        Assert.Equal("2024-05-18", result.Documents[2].Published?.Date);
        Assert.All(result.Dates.Where(d => d.Doc == "c" && d.Text.Contains("Saturday", StringComparison.Ordinal)), d => Assert.Equal("2024-05-18", d.Value));
    }

    [Fact]
    public void Apply_DayWellBeforeTheMostReported_IsNotTheMainEvent()
    {
        // Given: an earlier storm five days before is mentioned, but the story's day is Saturday 13 April
        var first = new DossierDocument("a", "a.txt",
            "A smaller storm hit the coast on April 8. The cyclone struck on Saturday. Roads were cut on Saturday, officials said on Saturday.")
        {
            Published = new PublishedDate("2024-04-13", DatePrecision.Day, DateBasis.Metadata),
        };
        var second = new DossierDocument("b", "b.txt", "Two days after the cyclone, power returned to parts of the city. The storm of April 8 had weakened the dykes.")
        {
            Published = new PublishedDate("2024-04-15", DatePrecision.Day, DateBasis.Metadata),
        };
        // When
        var result = new TimePass().Apply(new Dossier { Documents = [first, second] }, CancellationToken.None);
        // Then
        var m = result.Dates.Single(d => d.Text.Contains("Two days after", StringComparison.Ordinal));
        Assert.Equal("2024-04-15", m.Value);
    }

    [Fact]
    public void Apply_StoryWithoutAnyDate_LeavesPublicationUnknown()
    {
        // Given
        var undated = new DossierDocument("b", "b.txt", "The violence began on Sunday, residents said.");
        // When
        var result = new TimePass().Apply(new Dossier { Documents = [undated] }, CancellationToken.None);
        // Then
        Assert.Null(result.Documents[0].Published);
        var m = Assert.Single(result.Dates);
        Assert.Null(m.Value);
        Assert.NotNull(m.Reason);
    }

    [Fact]
    public void Apply_ClaimTimeScopes_ResolvedFromMentionsOrText()
    {
        // Given
        const string text = "At least 530 civilians have been killed since Thursday, sources said. The toll over the past two days exceeded 1,000.";
        var doc = new DossierDocument("d", "d.txt", text) { Published = new PublishedDate("2025-03-09", DatePrecision.Day, DateBasis.Metadata) };
        var s1 = text.IndexOf("since Thursday", StringComparison.Ordinal);
        var s2 = text.IndexOf("over the past two days", StringComparison.Ordinal);
        FigureClaim[] claims =
        [
            new("c-1", "d", 0, 21, "At least 530 civilians", Measures.Killed, 530, Qualifier.AtLeast) { TimeScope = new TimeScope("since Thursday", s1, s1 + 14) },
            new("c-2", "d", 0, 0, "1,000", Measures.Killed, 1000, Qualifier.MoreThan) { TimeScope = new TimeScope("the past two days", -1, -1) },
        ];
        // When
        var result = new TimePass().Apply(new Dossier { Documents = [doc], Claims = claims }, CancellationToken.None);
        // Then
        var c1 = result.Claims.Single(c => c.Id == "c-1").TimeScope!;
        Assert.Equal("2025-03-06", c1.From);
        Assert.Null(c1.To);
        var c2 = result.Claims.Single(c => c.Id == "c-2").TimeScope!;
        Assert.Equal("2025-03-08", c2.From);
        Assert.Equal("2025-03-09", c2.To);
        Assert.Equal(s2, text.IndexOf("over the past two days", StringComparison.Ordinal));
    }

    // A document whose metadata dates it (day precision).
    [Theory]
    [InlineData("The toll from the earthquake that struck almost a week ago rose to 300.", "2025-03-14", "2025-03-08")] // 6 days: almost 7
    [InlineData("Crews are still clearing rubble from the quake that hit over a month ago.", "2025-04-12", "2025-03-08")] // 35 days: over 31
    [InlineData("Families who lost homes in the earthquake about two weeks ago got tents.", "2025-03-21", "2025-03-08")] // 13 days: about 14
    [InlineData("A local councillor resigned almost a week ago.", "2025-03-14", "2025-03-07")] // no event named: the count stands
    [InlineData("The earthquake struck a week ago, officials recalled.", "2025-03-14", "2025-03-07")] // an exact count stands
    [InlineData("Aftershocks from the earthquake that struck almost a week ago went on.", "2025-03-30", "2025-03-23")] // event 22 days back: not almost 7
    public void Apply_ApproximateCountBackNamingTheEvent_IsTheEventDay(string sentence, string published, string value)
    {
        // Given: the story's main event on Saturday 8 March 2025, and a later report counting back from its own day
        var first = Dated("a", "The earthquake struck on Saturday (March 8). By Saturday evening 40 were dead, and on Saturday night rescuers dug on.", "2025-03-08");
        var later = Dated("b", sentence, published);
        // When
        var result = new TimePass().Apply(new Dossier { Documents = [first, later] }, CancellationToken.None);
        // Then
        var ago = result.Dates.Single(m => m.Doc == "b" && m.Text.EndsWith("ago", StringComparison.Ordinal));
        Assert.Equal(value, ago.Value);
        Assert.Equal(value == "2025-03-08", ago.Anchor!.Contains("rounds the time since it", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_UndatedPieceCountingMonthsFromTheEvent_IsNotDatedToThatMonth()
    {
        // Given: a crash on Monday 24 March 2025, and an undated piece that counts months from it ("two months after" names a
        // month, not the day the piece was written) next to a piece that counts weeks (a day, which does date it)
        var first = Dated("a", "The plane crashed on Monday (March 24), killing 60. Investigators arrived on Tuesday.", "2025-03-25");
        var months = new DossierDocument("b", "b.txt", "Two months after the crash, the families of the 60 victims are still waiting.");
        var weeks = new DossierDocument("c", "c.txt", "Three weeks after the crash, the families of the 60 victims are still waiting.");
        // When
        var result = new TimePass().Apply(new Dossier { Documents = [first, months, weeks] }, CancellationToken.None);
        // Then
        Assert.Equal("2025-05", result.Dates.Single(m => m.Doc == "b" && m.Text.Contains("months", StringComparison.Ordinal)).Value);
        Assert.StartsWith("2025-03", result.Documents.Single(d => d.Id == "b").Published!.Date, StringComparison.Ordinal);
        Assert.Equal("2025-04-14", result.Documents.Single(d => d.Id == "c").Published!.Date);
    }

    [Theory]
    [InlineData("At least 30 people died in Thursday's bombing, officials said. Funerals were held on Saturday.", false)]
    [InlineData("Families gathered on Saturday to remember the 30 people who died in the bombing.", true)]
    public void Apply_StampMonthsAfterAnArticleNamingTheEventByItsWeekday_IsDoubted(string text, bool stampKept)
    {
        // Given: a bombing on Thursday 6 March 2025, and a page whose stamp is eight months later (a scrape or crawl header).
        // "Thursday's bombing" is written in the days after a bombing, never months on; a piece without it may be a late one.
        var a = Dated("a", "The bombing on Thursday (March 6) killed 30 people.", "2025-03-08");
        var b = Dated("b", "Police said on Thursday (March 6) the bombing was planned for weeks.", "2025-03-08");
        var c = new DossierDocument("c", "c.txt", text)
        {
            Published = new PublishedDate("2025-11-16", DatePrecision.Day, DateBasis.Stated) { Source = "page stamp" },
        };
        // When
        var result = new TimePass().Apply(new Dossier { Documents = [a, b, c] }, CancellationToken.None);
        // Then
        var published = result.Documents.Single(d => d.Id == "c").Published;
        Assert.Equal(stampKept, published?.Date == "2025-11-16");
        if (!stampKept)
        {
            Assert.Contains("2025-11-16 was doubted", published!.Source, StringComparison.Ordinal);
            Assert.Equal("2025-03-06", result.Dates.Single(m => m.Doc == "c" && m.Text.StartsWith("Thursday", StringComparison.Ordinal)).Value);
        }
    }

    [Theory]
    [InlineData("The death toll rose to 212 on Wednesday, officials said.", "2025-03-12")]
    [InlineData("The official tally jumped on Wednesday as more bodies were found.", "2025-03-12")]
    [InlineData("Forecasters warned of the storm on Wednesday.", "2025-03-05")]
    public void Apply_CountRisingOnAWeekdayBeforeTheEvent_IsTheWeekdayAfterAnUpdatedPage(string sentence, string value)
    {
        // Given: a storm on Friday 7 March 2025, and a page dated Monday 10 March that was updated after that date:
        // its Wednesday is 5 March (two days before the storm) or 12 March (two days after the page's date).
        var a = Dated("a", "The storm made landfall on Friday (March 7).", "2025-03-09");
        var b = Dated("b", "Roofs were torn off on Friday (March 7) across the coast.", "2025-03-09");
        var c = Dated("c", "Rescuers worked through Friday (March 7) and into the night.", "2025-03-09");
        var later = Dated("d", sentence, "2025-03-10");
        // When
        var result = new TimePass().Apply(new Dossier { Documents = [a, b, c, later] }, CancellationToken.None);
        // Then: a toll only rises after its event, a warning may come before it
        var wednesday = result.Dates.Single(m => m.Doc == "d" && m.Text.Contains("Wednesday", StringComparison.Ordinal));
        Assert.Equal(value, wednesday.Value);
        Assert.Equal(value == "2025-03-12", wednesday.Anchor!.Contains("count rising", StringComparison.Ordinal));
    }

    private static DossierDocument Dated(string id, string text, string published) =>
        new(id, id + ".txt", text) { Published = new PublishedDate(published, DatePrecision.Day, DateBasis.Metadata) };
}
