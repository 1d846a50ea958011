using FsCheck;
using FsCheck.Fluent;
using Triangulate.Cleaning;
using Triangulate.Linking.Reuse;

namespace Triangulate.Tests.Linking;

/// <summary>Reuse detection on texts of our own (a wildfire story, its wire copy, a paraphrase, an unrelated report).</summary>
public sealed class ReuseDetectorTests
{
    private const string Original =
        "Wildfires in the northern hills have killed at least 14 people and destroyed 230 homes, the regional fire service said on Tuesday. " +
        "More than 1,200 firefighters backed by nine water-bombing aircraft were battling 35 separate blazes. " +
        "Strong winds and temperatures above 40 degrees Celsius fanned the flames overnight, officials said. " +
        "Authorities ordered the evacuation of 18 villages near the town of Eastvale. " +
        "The governor declared a state of emergency and asked the national government for help. " +
        "Firefighters expected the winds to ease by Thursday.";

    // Same sentences in the same order, words swapped for synonyms, figures kept.
    private const string Paraphrase =
        "At least 14 people have died and 230 houses were destroyed by wildfires in the northern hills, according to the regional fire service on Tuesday. " +
        "Over 1,200 firefighters supported by nine water-bombing planes fought 35 separate fires. " +
        "Officials said strong winds and temperatures of more than 40 degrees Celsius fanned the blazes through the night. " +
        "The evacuation of 18 villages close to the town of Eastvale was ordered by authorities. " +
        "A state of emergency was declared by the governor, who requested help from the national government. " +
        "The winds were expected to ease by Thursday, firefighters said.";

    private const string Unrelated =
        "The central bank raised its main interest rate by half a point to 5.25 percent on Wednesday. " +
        "Inflation rose to 7.1 percent in March, the statistics office said. " +
        "Economists had expected a smaller increase after weak retail sales. " +
        "The currency gained against the dollar after the announcement. " +
        "The bank's governor said further rises could not be ruled out.";

    // Another report of the same fire, written independently: same facts, different sentences.
    private const string SameStory =
        "Fourteen people are dead after fires swept through hill villages in the north. " +
        "The regional fire service said 230 homes had burned and 35 blazes were still active on Tuesday. " +
        "Residents of Eastvale described the sky turning orange as the wind picked up. " +
        "Local schools were closed and a sports hall was opened for families who had to leave. " +
        "Insurance companies said it was too early to estimate the cost of the damage.";

    private static DossierDocument Doc(string id, string text, string? date = null) =>
        new(id, id + ".txt", text) { Published = date is null ? null : new PublishedDate(date, DatePrecision.Day, DateBasis.Metadata) };

    // A text of its own words only (no word shared with another number's text), stating the given origin.
    private static DossierDocument OwnWords(int n, string origin) =>
        new($"d{n}", $"d{n}.txt", string.Join(" ", Enumerable.Range(0, 40).Select(k => $"term{n}x{k}")) + ".") { Provenance = origin };

    [Fact]
    public void CandidatePairs_FewDocumentsStatingOneOrigin_EveryPair()
    {
        // Given ten documents with no word in common, all stating the same origin
        var detector = new ReuseDetector();
        var profiles = Enumerable.Range(0, 10).Select(n => detector.Profile(OwnWords(n, "Original Source: a regional wire"))).ToList();

        // When the candidate pairs are drawn
        var pairs = ReuseDetector.CandidatePairs(profiles);

        // Then every pair is a candidate (the origin is their only link)
        var expected = new HashSet<(int, int)>();
        for (var a = 0; a < 10; a++)
        {
            for (var b = a + 1; b < 10; b++)
            {
                expected.Add((a, b));
            }
        }
        Assert.Equal(expected, pairs);
    }

    [Fact]
    public void CandidatePairs_ManyDocumentsStatingOneOrigin_EachWithTheFirstAndAShortChain()
    {
        // Given 200 documents with no word in common, all stating the same origin, and one stating another
        var detector = new ReuseDetector();
        var profiles = Enumerable.Range(0, 200).Select(n => detector.Profile(OwnWords(n, "Original Source: a national agency")))
            .Append(detector.Profile(OwnWords(200, "Original Source: somebody else"))).ToList();

        // When the candidate pairs are drawn
        var pairs = ReuseDetector.CandidatePairs(profiles);

        // Then each later document is paired with the first and the few before it, so the count grows with the documents, not their square
        for (var b = 1; b < 200; b++)
        {
            Assert.Contains((0, b), pairs);
            for (var a = Math.Max(0, b - ReuseDetector.OriginChain); a < b; a++)
            {
                Assert.Contains((a, b), pairs);
            }
        }
        Assert.DoesNotContain(pairs, p => p.Item2 == 200);
        Assert.DoesNotContain(pairs, p => p.Item1 != 0 && p.Item2 - p.Item1 > ReuseDetector.OriginChain);
        Assert.True(pairs.Count <= 200 * (ReuseDetector.OriginChain + 1), $"{pairs.Count} pairs");
    }

    [Fact]
    public void Detect_CopyParaphraseUnrelatedAndSameStory_OnlyTheReuses()
    {
        // Given the original, a verbatim wire copy with a new first line, a paraphrase, an unrelated text and an independent report
        var docs = new[]
        {
            Doc("orig", Original, "2024-08-06"),
            Doc("copy", "Fire update from our correspondents.\n" + Original, "2024-08-07"),
            Doc("para", Paraphrase, "2024-08-07"),
            Doc("other", Unrelated),
            Doc("same", SameStory),
        };

        // When
        var links = new ReuseDetector().Detect(docs);

        // Then: orig↔copy, orig↔para, copy↔para only
        var pairs = links.Select(l => string.Join("-", new[] { l.A, l.B }.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["copy-orig", "copy-para", "orig-para"], pairs);
        var copy = links.Single(l => l.B == "copy");
        Assert.Contains(copy.Kind, new[] { ReuseKind.Copy, ReuseKind.Duplicate });
        Assert.True(copy.Directed);
        Assert.Equal("orig", copy.A);
        var para = links.Single(l => l.A == "orig" && l.B == "para");
        Assert.Equal(ReuseKind.Paraphrase, para.Kind);
        Assert.True(para.Passages.Count >= 5);
        Assert.All(para.Passages, p => Assert.Equal(docs[0].Text[p.AStart..p.AEnd].Contains("Eastvale", StringComparison.Ordinal),
            docs[2].Text[p.BStart..p.BEnd].Contains("Eastvale", StringComparison.Ordinal)));
    }

    [Fact]
    public void Detect_RepeatedCaptionInsideOneDocument_SelfRepeat()
    {
        var caption = "Firefighters battle a blaze near the town of Eastvale on Tuesday evening.";
        var doc = Doc("d", caption + "\n" + caption + "\n" + SameStory);
        var link = Assert.Single(new ReuseDetector().Detect([doc]));
        Assert.Equal(ReuseKind.SelfRepeat, link.Kind);
        Assert.Equal(link.A, link.B);
        var p = Assert.Single(link.Passages);
        Assert.Equal(caption, doc.Text[p.AStart..p.AEnd]);
        Assert.Equal(caption, doc.Text[p.BStart..p.BEnd]);
    }

    [Fact]
    public void Detect_RemovedRepeatedBlock_SelfRepeatFromCleanerRecord()
    {
        var doc = Doc("d", Original) with { Removed = [new RemovedBlock("repeated_block", Original, Original.Length + 1, 2 * Original.Length + 1, "whole body repeated")] };
        var link = Assert.Single(new ReuseDetector().Detect([doc]));
        Assert.Equal(ReuseKind.SelfRepeat, link.Kind);
        Assert.Contains("removed", link.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_EmptyAndTinyDocuments_NoLinksNoThrow()
    {
        var links = new ReuseDetector().Detect([Doc("a", string.Empty), Doc("b", "Hi."), Doc("c", "Hi.")]);
        Assert.Empty(links);
    }

    [Fact]
    public void MinHash_Estimate_TracksTrueJaccard()
    {
        // Given two sets with Jaccard 0.5 (100 shared of 200 distinct)
        var a = Enumerable.Range(0, 150).Select(i => (ulong)i * 7919UL);
        var b = Enumerable.Range(50, 150).Select(i => (ulong)i * 7919UL);

        // When
        var estimate = MinHash.Estimate(MinHash.Signature(a, 128), MinHash.Signature(b, 128));

        // Then within the estimator's error (sd ≈ 0.044 at k = 128)
        Assert.InRange(estimate, 0.37, 0.63);
    }

    [Fact]
    public void Detect_AnyTextsShuffled_SameLinks()
    {
        Prop.ForAll(Gen.Shuffle(new[] { 0, 1, 2, 3, 4 }).ToArbitrary(), order =>
        {
            var all = new[] { Doc("orig", Original), Doc("copy", Original + " Updated."), Doc("para", Paraphrase), Doc("other", Unrelated), Doc("same", SameStory) };
            var docs = order.Select(i => all[i]).ToList();
            var links = new ReuseDetector().Detect(docs);
            return links.Select(l => string.Join("-", new[] { l.A, l.B }.Order(StringComparer.Ordinal)) + l.Kind).Order(StringComparer.Ordinal)
                .SequenceEqual(new ReuseDetector().Detect(all).Select(l => string.Join("-", new[] { l.A, l.B }.Order(StringComparer.Ordinal)) + l.Kind).Order(StringComparer.Ordinal));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void SentenceIndex_ReusedAcrossPartners_AlignsAsAFreshIndexDoes()
    {
        // Given one indexed document and partners aligned one after the other (the index keeps scratch arrays between calls)
        static List<Sentence> Sentences(string text) => TextFeatures.Sentences(text, TextFeatures.Tokens(text));
        var original = Sentences(Original);
        var partners = new[] { Paraphrase, Unrelated, Original, SameStory, Paraphrase }.Select(Sentences).ToList();
        var weights = new Dictionary<ulong, double>();
        foreach (var h in original.Concat(partners.SelectMany(p => p)).SelectMany(s => s.Content).Distinct())
        {
            weights[h] = 1.0 + (h % 7) / 3.0;
        }
        var shared = new SentenceIndex(original, weights);

        // When each partner is aligned with the shared index and with a fresh one
        foreach (var partner in partners)
        {
            var reused = shared.Align(partner, PassageAligner.SentenceWeights(partner, weights), 0.5, same: false);
            var fresh = PassageAligner.Align(original, partner, 0.5, weights: weights);

            // Then the alignments are identical, pair for pair
            Assert.Equal(fresh.Pairs, reused.Pairs);
            Assert.Equal(fresh.CoverageA, reused.CoverageA);
            Assert.Equal(fresh.CoverageB, reused.CoverageB);
            Assert.Equal(fresh.InOrder, reused.InOrder);
        }
        Assert.NotEmpty(shared.Align(partners[0], null, 0.5, same: false).Pairs);
        Assert.Empty(shared.Align(partners[1], null, 0.5, same: false).Pairs);
    }
}
