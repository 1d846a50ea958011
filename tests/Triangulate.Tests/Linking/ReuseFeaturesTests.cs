using Triangulate.Linking.Reuse;

namespace Triangulate.Tests.Linking;

/// <summary>The allocation-free paths of reuse detection give exactly what the plain ones give: hash-only tokens, vectorised
/// MinHash minima, and a sentence index whose scratch is reused between self and cross alignments.</summary>
public sealed class ReuseFeaturesTests
{
    private const string Story =
        "Rescue agencies said 1,311 families were running short of water after the storm's second day. " +
        "The al-Hassan clinic reported 8.8 percent more patients, its director's office said on Friday. " +
        "Engineers' crews were carrying generators across the flooded bridges near Westport. " +
        "Rescue agencies said 1,311 families were running short of water after the storm's second day. " +
        "A supercalifragilisticexpialidociousandevenlongerwordthatgoespastsixtyfourcharactersforsure appeared once. " +
        "It is what it is. Mr. Okafor's studies of the dikes' weakness continued; the analyses were published.";

    [Fact]
    public void Tokens_SameOffsetsHashesAndFlagsAsWords()
    {
        // Given a text with possessives, plural and tense endings, numbers with separators, hyphens, stopwords and a very long word
        var words = TextFeatures.Words(Story);

        // When it is cut into hash-only tokens
        var tokens = TextFeatures.Tokens(Story);

        // Then each token is the word, with the hash of the word's key
        Assert.Equal(words.Count, tokens.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var (w, t) = (words[i], tokens[i]);
            Assert.Equal((w.Start, w.End, w.Hash, w.IsContent, w.IsNumber, w.IsCapitalized, w.Key.Length),
                (t.Start, t.End, t.Hash, t.IsContent, t.IsNumber, t.IsCapitalized, (int)t.KeyLength));
            Assert.Equal(TextFeatures.Hash(w.Key), t.Hash);
        }
        Assert.Contains(words, w => w.Key == "agency");
        Assert.Contains(words, w => w.Key == "1311");
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(7, 64)]
    [InlineData(300, 0)]
    [InlineData(300, 64)]
    public void Signature_EqualsTheScalarMinima(int elements, int seedOffset)
    {
        // Given a set of element hashes (with a repeat) and the minima computed one hash function at a time
        var random = new Random(elements * 31 + seedOffset);
        var set = Enumerable.Range(0, elements).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40)).ToList();
        if (set.Count > 0)
        {
            set.Add(set[0]);
        }
        var mins = new ulong[64];
        Array.Fill(mins, ulong.MaxValue);
        MinHash.MinimaScalar(set.ToArray(), mins, seedOffset);

        // When the signature is computed (vectorised where the machine allows)
        var signature = MinHash.Signature(set, 64, seedOffset);

        // Then it keeps the low 32 bits of the same minima
        Assert.Equal(mins.Select(m => (uint)m), signature);
    }

    [Fact]
    public void SentenceIndex_SelfAlignmentAfterCrossAlignments_AsAFreshIndex()
    {
        // Given an index that has aligned other documents (its used flags and sums are scratch kept between calls)
        static List<Sentence> Sentences(string text) => TextFeatures.Sentences(text, TextFeatures.Tokens(text));
        var story = Sentences(Story);
        var other = Sentences("Rescue agencies said 1,311 families were running short of water after the storm's second day. " +
            "Engineers' crews were carrying generators across the flooded bridges near Westport on Saturday.");
        var index = new SentenceIndex(story, null);
        var cross = index.Align(other, null, 0.5, same: false);

        // When it aligns its own document (self-repeats), then the other again
        var self = index.Align(story, null, 0.85, same: true);
        var again = index.Align(other, null, 0.5, same: false);

        // Then both equal what fresh indexes give
        var freshSelf = PassageAligner.Align(story, story, 0.85, same: true);
        Assert.Equal(freshSelf.Pairs, self.Pairs);
        Assert.Equal((freshSelf.CoverageA, freshSelf.CoverageB), (self.CoverageA, self.CoverageB));
        Assert.Equal(cross.Pairs, again.Pairs);
        Assert.Equal((cross.CoverageA, cross.CoverageB, cross.MeanSimilarity), (again.CoverageA, again.CoverageB, again.MeanSimilarity));
        Assert.Single(self.Pairs); // the repeated first sentence
        Assert.Equal(2, cross.Pairs.Count);
    }
}
