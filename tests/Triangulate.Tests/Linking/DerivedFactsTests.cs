using Triangulate.Linking.Reconciliation;
using Triangulate.Linking.Reuse;
using Triangulate.Rendering.Csv;
using Triangulate.Rendering.Markdown;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Linking;

/// <summary>Origin groups and the series' reading order are computed once in Linking and stored in the dossier; the renderers read them.</summary>
public sealed class DerivedFactsTests
{
    private static DossierDocument Doc(string id, string? published) =>
        new(id, id + ".txt", "At least 745 civilians were killed.") { Published = published is null ? null : new PublishedDate(published, DatePrecision.Day, DateBasis.Metadata) };

    [Fact]
    public void Of_CopyAndParaphraseChain_OneGroupPlusSingletons()
    {
        // Given a copy a → b, a paraphrase b ~ c, a self-repeat in d and e on its own
        var docs = new[] { Doc("a", "2025-03-07"), Doc("b", "2025-03-08"), Doc("c", "2025-03-09"), Doc("d", "2025-03-07"), Doc("e", null) };
        ReuseLink[] links =
        [
            new("a", "b", ReuseKind.Copy, 0.9, []) { Directed = true },
            new("b", "c", ReuseKind.Paraphrase, 0.6, []),
            new("d", "d", ReuseKind.SelfRepeat, 1.0, []),
        ];

        // When the documents are grouped
        var groups = OriginGrouping.Of(docs, links);

        // Then a, b, c are one origin (largest first), a self-repeat joins nothing, and ids follow the order
        Assert.Equal(["o-1", "o-2", "o-3"], groups.Select(g => g.Id));
        Assert.Equal(["a", "b", "c"], groups[0].Docs);
        Assert.Equal("a", groups[0].Source);
        Assert.Equal([["d"], ["e"]], groups.Skip(1).Select(g => g.Docs.ToArray()));
    }

    [Fact]
    public void Of_EarlierDocumentCopied_SourceIsTheUncopiedOne()
    {
        // Given b dated earlier than a, but a directed link says b copies a
        var docs = new[] { Doc("a", "2025-03-09"), Doc("b", "2025-03-07") };
        ReuseLink[] links = [new("a", "b", ReuseKind.Copy, 0.9, []) { Directed = true }];

        // When grouped
        var group = Assert.Single(OriginGrouping.Of(docs, links));

        // Then the copied-from document is the source, whatever the dates say
        Assert.Equal("a", group.Source);
    }

    [Fact]
    public void Ranked_MeasuresTotalsAndPoints_ReadingOrder()
    {
        // Given series listed in no particular order
        var estimate = new Estimate(1, 1, 1, "One claim.");
        FigureSeries[] series =
        [
            new("s-injured-all", Measures.Injured, "all", ["c1", "c2", "c3"], [], 1, estimate),
            new("s-killed-civilians", Measures.Killed, "civilians", ["c4", "c5"], [], 1, estimate),
            new("s-killed-children", Measures.Killed, "children", ["c6"], [], 1, estimate),
            new("s-killed-all", Measures.Killed, "all", ["c7"], [], 1, estimate),
        ];

        // When ranked
        var ranked = SeriesRanking.Ranked(series);

        // Then the list keeps its order and the ranks put deaths first, totals before groups, more points first
        Assert.Equal(series.Select(s => s.Id), ranked.Select(s => s.Id));
        Assert.Equal([4, 2, 3, 1], ranked.Select(s => s.Rank));
    }

    [Fact]
    public void Render_StoredOriginGroups_AreWhatTheReportCounts()
    {
        // Given a dossier whose stored groups keep two documents apart although a copy link joins them
        var small = SomeDossier.Small();
        var apart = small with { OriginGroups = [.. small.Documents.Select((d, i) => new OriginGroup($"o-{i + 1}", [d.Id], d.Id))] };

        // When the Markdown report is written
        var md = MarkdownRenderer.Render(apart);

        // Then it counts the stored groups, not groups of its own from the reuse links
        Assert.Contains($"{small.Documents.Count} documents trace back to {small.Documents.Count} independent origins.", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_StoredRanks_OrderTheEventsTable()
    {
        // Given the stored ranks reversed
        var small = SomeDossier.Small();
        var count = small.Series.Count;
        var reversed = small with { Series = [.. small.Series.Select(s => s with { Rank = count + 1 - s.Rank })] };

        // When events.csv is written
        var csv = new CsvRenderer().RenderEvents(reversed);

        // Then its rows follow the stored ranks
        var expected = reversed.Series.OrderBy(s => s.Rank).Select(s => s.Id).ToList();
        var positions = expected.Select(id => csv.IndexOf(id, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
    }
}
