using Triangulate.Cleaning;
using Triangulate.Ingest;

namespace Triangulate.Tests.Cleaning;

/// <summary>Repetition across a pile (issue 20, item 2): a line on different stories of one site, or on many unrelated stories,
/// is furniture; a line shared by articles of one story is reuse and stays; a line with a figure, a date or a quote stays.</summary>
public sealed class PileRepetitionTests
{
    // Three unrelated stories, each long enough to be told apart by its own words.
    private const string Flood = """
        Floodwater swept through the lower districts of Holt overnight, forcing families onto rooftops.
        Volunteers rowed dinghies between flooded warehouses, carrying elderly residents toward the church hall.
        The river authority blamed blocked culverts upstream and promised dredging before winter arrives.
        """;

    private const string Election = """
        Campaigners for the mayoral race crisscrossed Westbury suburbs, knocking on doors before polling opens.
        Candidates argued about bus fares, housing waiting lists and the shuttered municipal swimming pool.
        Turnout organisers expect queues outside primary schools because several polling stations merged.
        """;

    private const string Harvest = """
        Orchard growers across the Brenn valley reported a bumper apple harvest despite late frosts.
        Pickers hired from neighbouring towns worked weekends, and cider presses ran continuously through autumn.
        Wholesalers warned that storage warehouses were nearly full, pushing orchard gate prices lower.
        """;

    // A second article of the flood story: its own wording of the same event.
    private const string FloodAgain = """
        Residents of Holt's lower districts spent the night on rooftops as floodwater rose through warehouses.
        Church volunteers used dinghies to reach elderly residents stranded in flooded homes near the river.
        Engineers from the river authority said blocked culverts upstream had worsened the flooding.
        """;

    private const string SiteLine = "The Courier is an independent paper owned by its readers and staff.";

    private static CleanDocument Clean(string file, string text, string? url = null) =>
        new BoilerplateCleaner().Clean(new SourceDocument(file, text, "txt") { Url = url });

    [Fact]
    public void Apply_LineOnThreeUnrelatedStories_RemovedFromEach()
    {
        var pile = new[]
        {
            Clean("a.txt", Flood + "\n" + SiteLine + "\n"),
            Clean("b.txt", Election + "\n" + SiteLine + "\n"),
            Clean("c.txt", Harvest + "\n" + SiteLine + "\n"),
        };

        var result = PileRepetition.Apply(pile);

        Assert.All(result, d => Assert.DoesNotContain(SiteLine, d.Text, StringComparison.Ordinal));
        Assert.All(result, d => Assert.Contains(d.Removed, r => r.Kind == PileRepetition.Kind && r.Text.Contains(SiteLine, StringComparison.Ordinal)));
        Assert.Contains("Floodwater swept", result[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_LineOnTwoStoriesOfOneSite_Removed()
    {
        var pile = new[]
        {
            Clean("a.txt", Flood + "\n" + SiteLine + "\n", "https://www.valley-courier.example/news/flood"),
            Clean("b.txt", Election + "\n" + SiteLine + "\n", "https://valley-courier.example/politics/race"),
        };

        var result = PileRepetition.Apply(pile);

        Assert.All(result, d => Assert.DoesNotContain(SiteLine, d.Text, StringComparison.Ordinal));
        Assert.Contains("valley-courier.example", result[0].Removed.Single(r => r.Kind == PileRepetition.Kind).Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_LineOnTwoStoriesOfDifferentSites_Kept()
    {
        // Two stories on two sites are not yet "many": the line could be a shared background sentence.
        var pile = new[]
        {
            Clean("a.txt", Flood + "\n" + SiteLine + "\n", "https://valley-courier.example/a"),
            Clean("b.txt", Election + "\n" + SiteLine + "\n", "https://westbury-post.example/b"),
        };

        var result = PileRepetition.Apply(pile);

        Assert.All(result, d => Assert.Contains(SiteLine, d.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_SentenceSharedByArticlesOfOneStory_KeptAsReuse()
    {
        const string Shared = "Officials urged people living near the embankment to move to higher ground immediately";
        var pile = new[]
        {
            Clean("a.txt", Flood + "\n" + Shared + "\n", "https://valley-courier.example/a"),
            Clean("b.txt", FloodAgain + "\n" + Shared + "\n", "https://valley-courier.example/b"),
            Clean("c.txt", Flood.Replace("overnight", "on Sunday night", StringComparison.Ordinal) + "\n" + Shared + "\n", "https://holt-daily.example/c"),
        };

        var result = PileRepetition.Apply(pile);

        Assert.All(result, d => Assert.Contains(Shared, d.Text, StringComparison.Ordinal));
        Assert.Same(pile[0], result[0]);
    }

    [Theory]
    [InlineData("Subscribers get 3 free issues of the weekend magazine")]
    [InlineData("The newsroom's hotline opened on 12 March and takes tips around the clock.")]
    [InlineData("\"We stand with every reader,\" the editors wrote in a letter to subscribers.")]
    public void Apply_LineWithFigureDateOrQuoteOnThreeStories_Kept(string line)
    {
        var pile = new[]
        {
            Clean("a.txt", Flood + "\n" + line + "\n"),
            Clean("b.txt", Election + "\n" + line + "\n"),
            Clean("c.txt", Harvest + "\n" + line + "\n"),
        };

        var result = PileRepetition.Apply(pile);

        Assert.All(result, d => Assert.Contains(line, d.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_RemovalOffsetsPointAtTheOriginalText()
    {
        // An earlier rule cut a line above: the pile removal still names the original offsets.
        var pile = new[]
        {
            Clean("a.txt", "ADVERTISEMENT\n" + Flood + "\n" + SiteLine + "\n"),
            Clean("b.txt", Election + "\n" + SiteLine + "\n"),
            Clean("c.txt", Harvest + "\n" + SiteLine + "\n"),
        };

        var result = PileRepetition.Apply(pile);

        var block = result[0].Removed.Single(r => r.Kind == PileRepetition.Kind);
        Assert.Equal(block.Text, result[0].Source.Text[block.Start..block.End]);
        Assert.StartsWith(SiteLine, block.Text, StringComparison.Ordinal);
        Assert.Equal(BoilerplateCleaner.IdOf(result[0].Text), result[0].Id);
        var at = result[0].Text.IndexOf("Volunteers", StringComparison.Ordinal);
        Assert.Equal(result[0].Source.Text.IndexOf("Volunteers", StringComparison.Ordinal), result[0].Map.ToOriginal(at));
    }

    [Fact]
    public void Apply_RunTwice_SameResult()
    {
        // The passes run in parallel over the documents; the result must not depend on the threads.
        var pile = new[] { Flood, Election, Harvest, FloodAgain }.Select((t, i) => Clean($"{i}.txt", t + "\n" + SiteLine + "\n")).ToArray();

        var first = PileRepetition.Apply(pile);
        var second = PileRepetition.Apply(pile);

        Assert.Equal(first.Select(d => d.Id), second.Select(d => d.Id));
        Assert.Equal(first.Select(d => d.Text), second.Select(d => d.Text));
        Assert.All(first, d => Assert.DoesNotContain(SiteLine, d.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_ExactCopiesOfOneStory_LineKept()
    {
        // Copies of one text have no words of their own: no evidence of different stories, so their shared lines stay.
        var pile = Enumerable.Range(0, 5).Select(i => Clean($"{i}.txt", Flood + "\n" + SiteLine + "\n")).ToArray();

        var result = PileRepetition.Apply(pile);

        Assert.All(result, d => Assert.Contains(SiteLine, d.Text, StringComparison.Ordinal));
    }
}
