namespace Triangulate.Linking.Reuse;

/// <summary>The sentences of B aligned with sentences of A, and summary statistics of the alignment.</summary>
/// <param name="Pairs">(sentence of A, sentence of B, similarity), one-to-one, in B's order.</param>
/// <param name="CoverageA">Share of A's characters (in sentences long enough to compare) covered by aligned sentences.</param>
/// <param name="CoverageB">Same for B.</param>
/// <param name="MeanSimilarity">Mean similarity of the aligned pairs.</param>
/// <param name="InOrder">Length of the longest run of aligned pairs whose A order follows B's order (a longest increasing subsequence).</param>
/// <param name="Verbatim">Aligned pairs whose words are identical.</param>
internal sealed record Alignment(IReadOnlyList<(int A, int B, double Similarity)> Pairs, double CoverageA, double CoverageB, double MeanSimilarity, int InOrder, int Verbatim);

/// <summary>Aligns the sentences of two documents by a soft similarity: content-word overlap, adjusted by shared numbers.</summary>
/// <remarks>
/// A copy keeps the words; a close paraphrase keeps the figures and names and most content words while
/// swapping function words and synonyms. Sentence similarity is the Dice coefficient of the two content-word
/// sets, each word weighted by its inverse document frequency when weights are given (so the words every article
/// of a story uses count little); when both sentences state numbers and share none, it is halved (a different figure is different news
/// even in the same words); when they share every number it gains a little. Verbatim sentences score 1.
/// Stateless; thread-safe.
/// </remarks>
internal static class PassageAligner
{
    /// <summary>Sentences with fewer content words than this are not aligned (too little evidence).</summary>
    public const int MinContentWords = 4;

    /// <summary>Aligns <paramref name="b"/> against <paramref name="a"/> (they may be the same list for self-repeats; then a sentence never aligns with itself or a neighbour overlap).</summary>
    public static Alignment Align(IReadOnlyList<Sentence> a, IReadOnlyList<Sentence> b, double threshold, bool same = false, Dictionary<ulong, double>? weights = null)
    {
        // A's content words with their sentence, sorted by word, so only sentences sharing a word are scored
        // (an array and binary search: this runs for every candidate pair, so it must not allocate per word).
        var entries = 0;
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i].Content.Length >= MinContentWords)
            {
                entries += a[i].Content.Length;
            }
        }
        var index = new (ulong Word, int Sentence)[entries];
        var e = 0;
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i].Content.Length < MinContentWords)
            {
                continue;
            }
            foreach (var h in a[i].Content)
            {
                index[e++] = (h, i);
            }
        }
        Array.Sort(index);
        var scored = new List<(int A, int B, double Similarity)>();
        var shared = new double[a.Count];
        var touched = new List<int>();
        var weightA = new double[a.Count];
        for (var i = 0; i < a.Count; i++)
        {
            weightA[i] = Weight(a[i].Content, weights);
        }
        for (var j = 0; j < b.Count; j++)
        {
            var sb = b[j];
            if (sb.Content.Length < MinContentWords)
            {
                continue;
            }
            foreach (var i in touched)
            {
                shared[i] = 0;
            }
            touched.Clear();
            var weightB = Weight(sb.Content, weights);
            foreach (var h in sb.Content)
            {
                var at = LowerBound(index, h);
                if (at >= index.Length || index[at].Word != h)
                {
                    continue;
                }
                var w = weights is null ? 1.0 : weights.GetValueOrDefault(h, 1.0);
                for (; at < index.Length && index[at].Word == h; at++)
                {
                    var i = index[at].Sentence;
                    if (shared[i] == 0)
                    {
                        touched.Add(i);
                    }
                    shared[i] += w;
                }
            }
            foreach (var i in touched)
            {
                if (same && i >= j)
                {
                    continue; // inside one document: each unordered sentence pair once, never a sentence with itself
                }
                var sim = Similarity(a[i], sb, 2.0 * shared[i] / (weightA[i] + weightB));
                if (sim >= threshold)
                {
                    scored.Add((i, j, sim));
                }
            }
        }
        // Greedy one-to-one assignment, best pairs first (ties by position, so results are deterministic).
        scored.Sort((x, y) => y.Similarity != x.Similarity ? y.Similarity.CompareTo(x.Similarity) : x.B != y.B ? x.B.CompareTo(y.B) : x.A.CompareTo(y.A));
        var usedA = new HashSet<int>();
        var usedB = new HashSet<int>();
        var pairs = new List<(int A, int B, double Similarity)>();
        foreach (var p in scored)
        {
            if (usedA.Contains(p.A) || usedB.Contains(p.B) || (same && (usedB.Contains(p.A) || usedA.Contains(p.B))))
            {
                continue;
            }
            usedA.Add(p.A);
            usedB.Add(p.B);
            pairs.Add(p);
        }
        pairs.Sort((x, y) => x.B.CompareTo(y.B));
        var mean = 0.0;
        var verbatim = 0;
        foreach (var p in pairs)
        {
            mean += p.Similarity;
            if (a[p.A].NormalizedHash == b[p.B].NormalizedHash)
            {
                verbatim++;
            }
        }
        mean = pairs.Count == 0 ? 0 : mean / pairs.Count;
        return new Alignment(pairs, Coverage(a, usedA), Coverage(b, usedB), mean, LongestIncreasing(pairs), verbatim);
    }

    /// <summary>Similarity of two sentences in [0, 1] (see the type remarks).</summary>
    public static double Similarity(Sentence a, Sentence b, double dice)
    {
        if (a.NormalizedHash == b.NormalizedHash && a.WordCount == b.WordCount)
        {
            return 1.0;
        }
        if (a.Numbers.Length > 0 && b.Numbers.Length > 0)
        {
            var common = 0;
            foreach (var n in a.Numbers)
            {
                if (Array.IndexOf(b.Numbers, n) >= 0)
                {
                    common++;
                }
            }
            if (common == 0)
            {
                dice *= 0.5;
            }
            else if (common == Math.Min(a.Numbers.Length, b.Numbers.Length))
            {
                dice = Math.Min(1.0, dice + 0.1);
            }
        }
        return dice;
    }

    // First position of word in the sorted index (or its length).
    private static int LowerBound((ulong Word, int Sentence)[] index, ulong word)
    {
        int lo = 0, hi = index.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (index[mid].Word < word)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private static double Weight(ulong[] content, Dictionary<ulong, double>? weights)
    {
        if (weights is null)
        {
            return content.Length;
        }
        var sum = 0.0;
        foreach (var h in content)
        {
            sum += weights.GetValueOrDefault(h, 1.0);
        }
        return sum;
    }

    private static double Coverage(IReadOnlyList<Sentence> sentences, HashSet<int> used)
    {
        long total = 0;
        long covered = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            if (sentences[i].Content.Length < MinContentWords)
            {
                continue;
            }
            var len = sentences[i].End - sentences[i].Start;
            total += len;
            if (used.Contains(i))
            {
                covered += len;
            }
        }
        return total == 0 ? 0 : (double)covered / total;
    }

    private static int LongestIncreasing(List<(int A, int B, double Similarity)> pairs)
    {
        // Patience sorting over A positions of pairs taken in B order: O(n log n).
        var tails = new List<int>();
        foreach (var p in pairs)
        {
            var k = tails.BinarySearch(p.A);
            if (k < 0)
            {
                k = ~k;
            }
            if (k == tails.Count)
            {
                tails.Add(p.A);
            }
            else
            {
                tails[k] = p.A;
            }
        }
        return tails.Count;
    }
}
