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
/// even in the same words) — unless, between two documents, every other word is the same in the same order (a copy with its figures
/// updated, <see cref="UpdatedFiguresSimilarity"/>); when they share every number it gains a little. Verbatim sentences score 1.
/// Stateless; thread-safe.
/// </remarks>
internal static class PassageAligner
{
    /// <summary>Sentences with fewer content words than this are not aligned (too little evidence).</summary>
    public const int MinContentWords = 4;

    /// <summary>Aligns <paramref name="b"/> against <paramref name="a"/> (they may be the same list for self-repeats; then a sentence never aligns with itself or a neighbour overlap).</summary>
    public static Alignment Align(IReadOnlyList<Sentence> a, IReadOnlyList<Sentence> b, double threshold, bool same = false, Dictionary<ulong, double>? weights = null) =>
        new SentenceIndex(a, weights).Align(b, null, threshold, same);

    /// <summary>Weight of each sentence: its content words' weights summed (their count without weights).</summary>
    public static double[] SentenceWeights(IReadOnlyList<Sentence> sentences, Dictionary<ulong, double>? weights)
    {
        var result = new double[sentences.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Weight(sentences[i].Content, weights);
        }
        return result;
    }

    /// <summary>Weight of one sentence's content words (see <see cref="SentenceWeights"/>).</summary>
    public static double Weight(ulong[] content, Dictionary<ulong, double>? weights)
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

    /// <summary>Least content-word similarity at which two sentences of different documents are also compared by word order
    /// (<see cref="WordOrderRatio"/>): a spun copy swaps content words for synonyms but keeps the rest of the sentence in place.</summary>
    public const double WordOrderFloor = 0.25;

    /// <summary>Sentences longer than this (in words) are not compared by word order (the comparison is quadratic in length).</summary>
    public const int WordOrderMaxWords = 96;

    /// <summary>The longest common subsequence of two sentences' words (every word, function words included), over the
    /// longer sentence's length: 1 for the same words in the same order, about 0.3 for two unrelated sentences of one story.</summary>
    /// <remarks>A machine-spun or lightly rewritten sentence keeps most words and their order ("the count of people declared dead
    /// went up from 242 to 417" → "the tally of individuals declared lifeless went up from 242 to 417"), which the content-word
    /// overlap misses once the synonyms are swapped. O(|a|·|b|) time, one row of scratch on the stack; 0 beyond <see cref="WordOrderMaxWords"/>.</remarks>
    public static double WordOrderRatio(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.Length == 0 || b.Length == 0 || a.Length > WordOrderMaxWords || b.Length > WordOrderMaxWords)
        {
            return 0;
        }
        Span<int> row = stackalloc int[b.Length + 1];
        row.Clear();
        foreach (var x in a)
        {
            var diagonal = 0; // row[j] of the previous word of a
            for (var j = 0; j < b.Length; j++)
            {
                var above = row[j + 1];
                row[j + 1] = x == b[j] ? diagonal + 1 : Math.Max(above, row[j]);
                diagonal = above;
            }
        }
        return (double)row[b.Length] / Math.Max(a.Length, b.Length);
    }

    /// <summary>Similarity of the same words with other figures (<see cref="Sentence.TemplateHash"/> equal): a copy of a sentence
    /// with its figures updated, as a wire story re-run with a newer toll, counts as a near copy (≥ the copy mean of 0.85).</summary>
    public const double UpdatedFiguresSimilarity = 0.9;

    /// <summary>The fewest words a sentence needs before the same words with other figures count as an updated copy: short
    /// formulaic sentences ("At least 12 people were killed, police said.") are written alike by independent outlets.</summary>
    public const int UpdatedFiguresMinWords = 12;

    /// <summary>Whether <paramref name="b"/> is <paramref name="a"/> with only its figures changed, long enough to be a copy.</summary>
    internal static bool UpdatedCopy(Sentence a, Sentence b, bool updatedFigures) =>
        updatedFigures && a.TemplateHash == b.TemplateHash && a.WordCount == b.WordCount && a.Numbers.Length > 0
        && a.WordCount >= UpdatedFiguresMinWords;

    /// <summary>Similarity of two sentences in [0, 1] (see the type remarks).</summary>
    /// <param name="a">A sentence of one document.</param>
    /// <param name="b">A sentence of the other document.</param>
    /// <param name="dice">Their weighted content-word overlap (or word-order ratio).</param>
    /// <param name="updatedFigures">Whether the same words with other figures count as a near copy (between two documents);
    /// inside one document they are two statements (a toll and its later update), not a block printed twice.</param>
    public static double Similarity(Sentence a, Sentence b, double dice, bool updatedFigures = true)
    {
        if (a.NormalizedHash == b.NormalizedHash && a.WordCount == b.WordCount)
        {
            return 1.0;
        }
        if (UpdatedCopy(a, b, updatedFigures))
        {
            return UpdatedFiguresSimilarity;
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
}
