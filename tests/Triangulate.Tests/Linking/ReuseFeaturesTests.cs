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

    // Sentences of one generated story: each mixes words every article uses (low weight) with rarer ones, and some sentences are
    // printed again word for word or with a word swapped, as copies and paraphrases do.
    private static List<List<Sentence>> GeneratedStory(int seed, int documents)
    {
        var random = new Random(seed);
        string[] common = ["rescue", "crews", "flooded", "district", "officials", "toll", "bridge", "province", "shelter"];
        var pool = new List<string>();
        for (var n = 0; n < 40; n++)
        {
            pool.Add(string.Concat(Enumerable.Range(0, 4).Select(_ => (char)('a' + random.Next(26)))) + "ton");
        }
        var stock = new List<string>();
        for (var n = 0; n < 30; n++)
        {
            var words = Enumerable.Range(0, 4 + random.Next(8)).Select(_ => random.Next(3) == 0 ? pool[random.Next(pool.Count)] : common[random.Next(common.Length)]);
            stock.Add(string.Join(' ', words) + (random.Next(4) == 0 ? $" {random.Next(1, 400)}" : string.Empty) + ".");
        }
        var result = new List<List<Sentence>>();
        for (var d = 0; d < documents; d++)
        {
            var text = new System.Text.StringBuilder();
            for (var n = 0; n < 6 + random.Next(10); n++)
            {
                var sentence = stock[random.Next(stock.Count)];
                if (random.Next(3) == 0)
                {
                    sentence = sentence.Replace(common[random.Next(common.Length)], pool[random.Next(pool.Count)], StringComparison.Ordinal);
                }
                text.Append(char.ToUpperInvariant(sentence[0])).Append(sentence[1..]).Append(' ');
            }
            var t = text.ToString();
            result.Add(TextFeatures.Sentences(t, TextFeatures.Tokens(t)));
        }
        return result;
    }

    [Theory]
    [InlineData(1, 0.5, true)]
    [InlineData(2, 0.5, false)]
    [InlineData(3, 0.85, false)]
    [InlineData(4, 0.3, true)]
    [InlineData(5, 0.15, true)]
    public void SentenceIndex_Screened_AlignsAsTheUnscreenedPathDoes_AndSumsFewerPairs(int seed, double threshold, bool weighted)
    {
        // Given documents of one story (shared words of little weight, rarer words, repeated and altered sentences)
        var documents = GeneratedStory(seed, 8);
        var df = new Dictionary<ulong, int>();
        foreach (var h in documents.SelectMany(d => d.SelectMany(s => s.Content).Distinct()))
        {
            df[h] = df.GetValueOrDefault(h) + 1;
        }
        var weights = weighted ? df.ToDictionary(p => p.Key, p => Math.Log(1 + documents.Count / (double)p.Value)) : null;
        long screenedPairs = 0, allPairs = 0;
        foreach (var a in documents)
        {
            var screened = new SentenceIndex(a, weights);
            var unscreened = new SentenceIndex(a, weights) { Screen = false };
            foreach (var b in documents)
            {
                var same = ReferenceEquals(a, b);

                // When B is aligned with A through the screen and without it
                var x = screened.Align(b, null, threshold, same);
                var y = unscreened.Align(b, null, threshold, same);

                // Then the alignments are the same, pair for pair and bit for bit
                Assert.Equal(y.Pairs, x.Pairs);
                Assert.Equal((y.CoverageA, y.CoverageB, y.MeanSimilarity, y.InOrder, y.Verbatim), (x.CoverageA, x.CoverageB, x.MeanSimilarity, x.InOrder, x.Verbatim));
            }
            screenedPairs += screened.PairsSummed;
            allPairs += unscreened.PairsSummed;
        }

        // And the screen summed fewer sentence pairs (the same number at most when the threshold leaves it nothing to skip)
        Assert.True(screenedPairs <= allPairs, $"{screenedPairs} > {allPairs}");
        if (threshold >= 0.5)
        {
            Assert.True(screenedPairs < allPairs, $"{screenedPairs} >= {allPairs}");
        }
    }
}
