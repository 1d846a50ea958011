using Triangulate.Linking.Reuse;

namespace Triangulate.Tests.Linking;

/// <summary>Round s14 (issue 22 item 1), on texts of our own (a flood in an invented town): two reporters who retell one agency
/// report in their own words and their own order did not reuse each other's text; a rewrite keeps its source's order, an update keeps
/// some of its sentences word for word.</summary>
public sealed class ReuseRetellingTests
{
    // An agency-based report of a flood.
    private const string First =
        "Floods kill dozens in Marrowby\n\n" +
        "Most of the dead were in Marrowby, the main river town of the district, where the water rose four metres on Sunday.\n\n" +
        "\"Since Friday 71 people have drowned in the town and eleven more in villages upstream,\" the district disaster officer Lena Brandt told a news agency.\n\n" +
        "Brandt said the authorities had opened every school as a shelter, called in army boats and flown in tents and drinking water.\n\n" +
        "Dr. Tomas Reyes, who heads the trauma unit of the Riverside General Hospital, said more than 40 people had been brought in with injuries since Friday night.\n\n" +
        "Landslides on the hill roads around Marrowby, a town of 300,000 people, cut it off from the capital and stranded hundreds of lorries on the highway.\n\n" +
        "The regional power company said the flooding had also knocked out two substations that supply the northern quarters, leaving thousands of homes in the dark.\n\n" +
        "The met office expects the rain to stop by Thursday.\n";

    // Another outlet's report a day later, relaying the same officials' statements in its own words and its own order.
    private const string Retold =
        "Marrowby flood toll tops 120\n\n" +
        "MARROWBY — Floods that show no sign of receding have now killed more than 120 people in the district, officials said on Monday night.\n\n" +
        "Dr. Tomas Reyes, head of the trauma unit at the Riverside General Hospital, said more than 40 people, most of them children, had been treated there with injuries. \"Many had been in the water for hours,\" he said.\n\n" +
        "Landslides blocked the hill roads and cut Marrowby, a town of about 300,000 people, off from the capital, stranding hundreds of lorries. Citing the power company, a local broadcaster said the flooding had also knocked out substations that supply the northern quarters.\n\n" +
        "The district chief, meanwhile, promised families that the search for every missing person would go on. Disaster officer Lena Brandt said on Monday that every school had been opened as a shelter, with army boats called in and tents and drinking water flown in.\n\n" +
        "Forecasters said the rain should stop by midweek, but warned people to keep away from the river.\n";

    private static ReuseLink? Between(IReadOnlyList<ReuseLink> links, string a, string b) =>
        links.FirstOrDefault(l => (l.A == a && l.B == b) || (l.A == b && l.B == a));

    private static IReadOnlyList<ReuseLink> Detect(params (string Id, string Text)[] docs) =>
        new ReuseDetector().Detect([.. docs.Select(d => new DossierDocument(d.Id, d.Id + ".txt", d.Text))]);

    [Fact]
    public void Detect_SameStatementsRetoldInAnotherOrderAndOtherWords_NotLinked()
    {
        // Given two reports relaying the same officials' statements, reworded, with the disaster officer's statement moved to the end
        // When
        var links = Detect(("a", First), ("b", Retold));

        // Then they are not a paraphrase of each other
        Assert.Null(Between(links, "a", "b"));
    }

    [Fact]
    public void Detect_SameRetellingInTheSourceOrder_Paraphrase()
    {
        // Given the same reworded report with its paragraphs put back in the first report's order
        var paragraphs = Retold.Split("\n\n");
        var chief = paragraphs[4];
        var split = chief.IndexOf(" Disaster officer", StringComparison.Ordinal);
        var inOrder = string.Join("\n\n", paragraphs[0], paragraphs[1], chief[(split + 1)..], paragraphs[2], paragraphs[3], chief[..split], paragraphs[5]);

        // When
        var link = Between(Detect(("a", First), ("b", inOrder)), "a", "b");

        // Then a rewrite that follows its source's order is linked
        Assert.NotNull(link);
        Assert.Equal(ReuseKind.Paraphrase, link.Kind);
    }

    [Fact]
    public void Detect_ReorderedRetellingKeepingOneNarrativeSentenceWordForWord_Linked()
    {
        // Given the reordered report that also keeps one long sentence of the first report's own narration word for word
        var kept = "Landslides on the hill roads around Marrowby, a town of 300,000 people, cut it off from the capital and stranded hundreds of lorries on the highway.";
        var paragraphs = Retold.Split("\n\n");
        var roads = paragraphs[3];
        paragraphs[3] = kept + roads[roads.IndexOf(" Citing", StringComparison.Ordinal)..];
        var update = string.Join("\n\n", paragraphs);

        // When
        var link = Between(Detect(("a", First), ("b", update)), "a", "b");

        // Then an update that moves paragraphs around but keeps the source's words is still reuse
        Assert.NotNull(link);
    }
}
