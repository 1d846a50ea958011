using Triangulate.Linking.Timeline;

namespace Triangulate.Tests.Linking;

/// <summary>A season is written as its months ("2031-06/2031-08") while a claim's time scope holds its days; the timeline must
/// still join the claim to the season's entry, and order entries by their first day.</summary>
public sealed class TimelineSeasonTests
{
    private const string Text = "Over the summer the wells near Orvanne ran dry and 36 herders lost their flocks. On July 2 a relief convoy arrived.";

    [Fact]
    public void Build_SeasonScopedClaim_JoinsTheSeasonEntry()
    {
        var doc = new DossierDocument("d1", "d1.txt", Text);
        var season = new DateMention("d1", 0, 15, "Over the summer") { Value = "2031-06/2031-08", Precision = DatePrecision.Interval };
        var day = new DateMention("d1", Text.IndexOf("On July 2", StringComparison.Ordinal), Text.IndexOf("On July 2", StringComparison.Ordinal) + 9, "On July 2") { Value = "2031-07-02", Precision = DatePrecision.Day };
        // A claim elsewhere in the pile (another sentence) scoped to the summer by its days.
        var claim = new FigureClaim("c9", "d2", 0, 10, "36 herders", "affected", 36, Qualifier.Exact)
        {
            TimeScope = new TimeScope("over the summer", 0, 15) { From = "2031-06-01", To = "2031-08-31" },
        };

        var entries = TimelineBuilder.Build([doc], [day, season], [claim]);

        var summer = Assert.Single(entries, e => e.Date == "2031-06/2031-08");
        Assert.Contains("c9", summer.Claims);
        Assert.Equal(["2031-06/2031-08", "2031-07-02"], entries.Select(e => e.Date));
    }

    [Fact]
    public void Build_DecadeAndDays_RunByFirstDay()
    {
        const string text = "The levee dates from the 1960s. It was raised on March 3, 1960. It failed on May 4, 1971.";
        var doc = new DossierDocument("d1", "d1.txt", text);
        var decade = new DateMention("d1", text.IndexOf("the 1960s", StringComparison.Ordinal), text.IndexOf("the 1960s", StringComparison.Ordinal) + 9, "the 1960s") { Value = "1960/1969", Precision = DatePrecision.Interval };
        var early = new DateMention("d1", text.IndexOf("on March", StringComparison.Ordinal), text.IndexOf("on March", StringComparison.Ordinal) + 16, "on March 3, 1960") { Value = "1960-03-03", Precision = DatePrecision.Day };
        var day = new DateMention("d1", text.IndexOf("on May", StringComparison.Ordinal), text.IndexOf("on May", StringComparison.Ordinal) + 14, "on May 4, 1971") { Value = "1971-05-04", Precision = DatePrecision.Day };

        var entries = TimelineBuilder.Build([doc], [day, early, decade], []);

        Assert.Equal(["1960/1969", "1960-03-03", "1971-05-04"], entries.Select(e => e.Date));
    }
}
