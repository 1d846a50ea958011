using Triangulate.Linking.Reconciliation;
using Doc = Triangulate.Tests.Support.PlacedDoc;

namespace Triangulate.Tests.Linking;

/// <summary>low / best / high rules of issue 22, item 4 (round 12). Phrasings written for these tests.</summary>
public sealed class EstimateRuleTests
{
    [Theory]
    [InlineData(DatePrecision.Interval, "2024-06-12/2024-06-18", 1318)]
    [InlineData(DatePrecision.Day, "2024-06-12", 900)]
    public void FigureOfADocumentDatedOnlyByAnInterval_DoesNotWidenTheRange(DatePrecision precision, string published, long expectedLow)
    {
        // Given a toll from an article dated to the day and a lower, round toll from another article whose date is known only as
        // a week that starts on that day (or, as control, is dated to that same day)
        var dated = new Doc("a", "Flood toll climbs", "Hospital officials say 1,318 people have died in the floods.", "2024-06-12");
        var loose = new Doc("b", "Floods kill 900", "The floods have killed 900 people in the delta, volunteers said.");
        var pile = Doc.Pile([dated, loose], [dated.Claim("1,318 people", 1318), loose.Claim("900 people", 900)]);
        pile = pile with
        {
            Documents = [pile.Documents[0], pile.Documents[1] with { Published = new PublishedDate(published, precision, DateBasis.Inferred) }],
        };

        // When
        var (series, _) = Reconciler.Reconcile(pile);

        // Then the dated figure is best; the loosely dated one widens the range only when it is known to be of the same day
        var s = Assert.Single(series);
        Assert.Equal(1318, s.Estimate.Best);
        Assert.Equal(expectedLow, s.Estimate.Low);
        Assert.Equal(1318, s.Estimate.High);
    }
}
