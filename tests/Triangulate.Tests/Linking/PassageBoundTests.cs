using Triangulate.Linking.Reuse;

namespace Triangulate.Tests.Linking;

/// <summary>The passages a dossier writes for a family of copies (<see cref="PassageBound"/>): every link stays with its score, the
/// passages are written once per document.</summary>
public sealed class PassageBoundTests
{
    // A wire story of our own, in separate paragraphs, that every outlet of a family runs.
    private static readonly string[] s_story =
    [
        "A storm surge flooded the low-lying harbour district of Port Verrin overnight, killing at least 23 people, the coastguard said on Sunday.",
        "Rescue boats pulled more than 400 residents from rooftops and upper floors as the water rose above two metres in some streets.",
        "The mayor of Port Verrin said about 1,100 homes had been damaged and that the old fish market had collapsed into the sea.",
        "Forecasters had warned of the surge two days earlier, but many families stayed behind to protect their boats and shops.",
        "Power lines were down across the district and the main road to the airport remained under water late on Sunday afternoon.",
        "The regional health office opened three shelters in schools on higher ground and appealed for blankets and drinking water.",
        "Fishermen said dozens of vessels had been smashed against the harbour wall or carried inland by the waves.",
        "The national weather agency expects calmer seas by Tuesday, though heavy rain is forecast to continue until midweek.",
    ];

    // The original (published first) and n − 1 copies of it, each under its own short outlet line, published the day after.
    private static List<DossierDocument> Family(int n) =>
    [
        .. Enumerable.Range(0, n).Select(i => new DossierDocument($"f{i:000}", $"f{i:000}.txt",
            $"Desk note {i}: filed by correspondent number {i} of the network.\n" + string.Join("\n", s_story))
        {
            Published = new PublishedDate(i == 0 ? "2031-03-09" : "2031-03-10", DatePrecision.Day, DateBasis.Metadata),
        }),
    ];

    private static Dossier Analysed(IReadOnlyList<DossierDocument> docs) => new ReusePass().Apply(new Dossier { Documents = docs }, default);

    private static List<ReuseLink> Between(Dossier d) => [.. d.Reuse.Where(l => l.A != l.B)];

    [Theory]
    [InlineData(12)]
    [InlineData(30)]
    public void FamilyOfCopies_EveryLinkKept_PassagesWrittenOncePerDocument(int n)
    {
        // Given n copies of one story, the first published a day before the others
        var docs = Family(n);
        var found = new ReuseDetector().Detect(docs).Where(l => l.A != l.B).ToList();

        // When the reuse pass fills the dossier
        var links = Between(Analysed(docs));

        // Then every pair is still linked, with the detector's kind and score
        Assert.Equal(n * (n - 1) / 2, found.Count);
        Assert.Equal(found.Select(l => (l.A, l.B, l.Kind, l.Score)), links.Select(l => (l.A, l.B, l.Kind, l.Score)));
        // and passages are written on n − 1 links only, each the original's link to one copy, at most one per sentence of the copy
        var written = links.Where(l => l.Passages.Count > 0).ToList();
        Assert.Equal(n - 1, written.Count);
        Assert.All(written, l => Assert.Equal("f000", l.A));
        Assert.Equal(docs.Skip(1).Select(d => d.Id), written.Select(l => l.B).Order(StringComparer.Ordinal));
        Assert.True(written.Sum(l => l.Passages.Count) <= (n - 1) * (s_story.Length + 1), "passages grow linearly with the family");
        // and every other link says how many passages it leaves out: all of them, none lost from the count
        Assert.All(links.Where(l => l.Passages.Count == 0), l => Assert.True(l.PassagesOmitted > 0, $"{l.A}~{l.B} omits no passage"));
        Assert.Equal(found.Sum(l => l.Passages.Count), links.Sum(l => l.Passages.Count + l.PassagesOmitted));
        Assert.All(written, l => Assert.Equal(0, l.PassagesOmitted));
    }

    [Fact]
    public void SmallFamily_EveryLinkKeepsItsPassages()
    {
        // Given a family no larger than the bound's threshold
        var docs = Family(PassageBound.AllPassagesUpTo);
        var found = new ReuseDetector().Detect(docs);

        // When the reuse pass fills the dossier
        var links = Analysed(docs).Reuse;

        // Then the links are the detector's, passages and all
        Assert.Equal(PassageBound.AllPassagesUpTo * (PassageBound.AllPassagesUpTo - 1) / 2, Between(Analysed(docs)).Count);
        Assert.Equal(found.Select(l => l.Passages.Count), links.Select(l => l.Passages.Count));
        Assert.All(links, l => Assert.Equal(0, l.PassagesOmitted));
    }

    private static ReuseLink Link(string a, string b, double score, ReuseKind kind = ReuseKind.Copy, int passages = 3) =>
        new(a, b, kind, score, [.. Enumerable.Range(0, passages).Select(i => new ReusePassage(i * 10, i * 10 + 9, i * 10, i * 10 + 9, score))]);

    [Fact]
    public void Apply_PrefersTheLinkToTheSource_ThenTheHigherScore()
    {
        // Given a family of four with the source s; the copies c1 and c2 are closer to each other than to s; c3 only reaches c2
        ReuseLink[] links =
        [
            Link("s", "c1", 0.70), Link("s", "c2", 0.60), Link("c1", "c2", 0.99), Link("c2", "c3", 0.50), Link("c1", "c3", 0.80, ReuseKind.SameSourceQuoted),
        ];
        OriginGroup[] groups = [new("o-1", ["s", "c1", "c2", "c3"], "s")];

        // When the passages are bounded with a threshold below the family's size
        var bounded = PassageBound.Apply(links, groups, allUpTo: 2);

        // Then the tree is the two links to the source, then the best link joining c3 that shares an origin
        Assert.Equal([3, 3, 0, 3, 0], bounded.Select(l => l.Passages.Count));
        Assert.Equal([0, 0, 3, 0, 3], bounded.Select(l => l.PassagesOmitted));
        Assert.Equal(links.Select(l => (l.A, l.B, l.Kind, l.Score)), bounded.Select(l => (l.A, l.B, l.Kind, l.Score)));
    }

    [Fact]
    public void Apply_SelfRepeatsAndSmallFamiliesUntouched_EachFamilyBoundOnItsOwn()
    {
        // Given a self-repeat, a family of two and a family of four (all pairs)
        ReuseLink[] links =
        [
            Link("a", "a", 1.0, ReuseKind.SelfRepeat, 2), Link("a", "b", 0.9),
            Link("p", "q", 0.9), Link("p", "r", 0.9), Link("p", "s", 0.9), Link("q", "r", 0.9), Link("q", "s", 0.9), Link("r", "s", 0.9),
        ];
        OriginGroup[] groups = [new("o-1", ["p", "q", "r", "s"], "p"), new("o-2", ["a", "b"], "a")];

        // When bounded above families of three
        var bounded = PassageBound.Apply(links, groups, allUpTo: 3);

        // Then only the family of four loses passages: three links keep theirs (a spanning tree), three say what they leave out
        Assert.Equal([2, 3, 3, 3, 3, 0, 0, 0], bounded.Select(l => l.Passages.Count));
        Assert.Equal(9, bounded.Sum(l => l.PassagesOmitted));
    }

    [Fact]
    public void Json_OmittedCountWrittenOnlyWhenSet_AndReadBack()
    {
        // Given a dossier with one link whose passages were left out and one that keeps them
        var dossier = new Dossier
        {
            Reuse = [Link("x", "y", 0.9) with { Passages = [], PassagesOmitted = 4 }, Link("x", "z", 0.9)],
        };

        // When it is written and read back
        var json = DossierJson.Serialize(dossier);
        var back = DossierJson.Deserialize(json);

        // Then the count is written once, for the link that has it, and survives the round trip
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(json, "\"passages_omitted\""));
        Assert.Contains("\"passages_omitted\": 4", json, StringComparison.Ordinal);
        Assert.Equal([4, 0], back.Reuse.Select(l => l.PassagesOmitted));
        Assert.Equal([0, 3], back.Reuse.Select(l => l.Passages.Count));
    }
}
