using System.Runtime.InteropServices;
using System.Numerics;

namespace Triangulate.Linking.Reuse;

/// <summary>One document's sentences indexed by content word, built once and aligned against many others.</summary>
/// <remarks>
/// Reuse detection compares a document with every candidate partner, so the sorted word index, each word's weight
/// and each sentence's weight are computed here once per document instead of once per pair (see
/// <see cref="PassageAligner"/> for the similarity itself). Only sentences sharing a word with a sentence of B are scored.
/// </remarks>
/// <threadsafety>Not thread-safe: it keeps scratch arrays between calls. Use one per thread.</threadsafety>
internal sealed class SentenceIndex
{
    private readonly Sentence[] _a;
    private readonly ulong[] _words;
    private readonly int[] _sentences;
    private readonly double[] _wordWeights;
    private readonly int[] _runEnds; // at a word's first position in _words: the position after its last
    private readonly int[] _slots; // open addressing: 1 + the first position of a word in _words, 0 for an empty slot
    private readonly int _shift;
    private readonly double[] _sentenceWeights;
    private readonly Dictionary<ulong, double>? _weights;
    private readonly double[] _shared;
    private readonly int[] _touched; // sentences of A with a shared word for the current sentence of B (_shared[i] > 0)
    private int _touchedCount;
    private readonly List<(int A, int B, double Similarity)> _scored = [];
    private readonly bool[] _usedA;
    private bool[] _usedB = [];
    private readonly ulong[]? _aWords;
    private UInt128[] _keys = [];

    /// <summary>Indexes <paramref name="a"/>; <paramref name="weights"/> weigh content words (null: each word counts 1).</summary>
    /// <param name="a">The sentences.</param>
    /// <param name="weights">Content-word weights, or null.</param>
    /// <param name="words">The hashes of every word of A's document (see <see cref="Sentence.FirstWord"/>), to compare sentences by
    /// word order as well (<see cref="PassageAligner.WordOrderRatio"/>); null compares content words only.</param>
    public SentenceIndex(IReadOnlyList<Sentence> a, Dictionary<ulong, double>? weights, ulong[]? words = null)
    {
        _a = [.. a];
        _aWords = words;
        _weights = weights;
        var entries = 0;
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i].Content.Length >= PassageAligner.MinContentWords)
            {
                entries += a[i].Content.Length;
            }
        }
        _words = new ulong[entries];
        _sentences = new int[entries];
        var e = 0;
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i].Content.Length < PassageAligner.MinContentWords)
            {
                continue;
            }
            foreach (var h in a[i].Content)
            {
                _words[e] = h;
                _sentences[e++] = i;
            }
        }
        // Sorted by word, then sentence (a primitive key sort; stable order inside a word keeps results deterministic).
        Array.Sort(_words, _sentences);
        for (var start = 0; start < entries;)
        {
            var end = start + 1;
            while (end < entries && _words[end] == _words[start])
            {
                end++;
            }
            Array.Sort(_sentences, start, end - start);
            start = end;
        }
        _wordWeights = new double[entries];
        _runEnds = new int[entries];
        for (var k = entries - 1; k >= 0; k--)
        {
            _runEnds[k] = k + 1 < entries && _words[k + 1] == _words[k] ? _runEnds[k + 1] : k + 1;
        }
        for (var k = 0; k < entries; k++)
        {
            _wordWeights[k] = k > 0 && _words[k] == _words[k - 1] ? _wordWeights[k - 1] : weights is null ? 1.0 : weights.GetValueOrDefault(_words[k], 1.0);
        }
        _sentenceWeights = PassageAligner.SentenceWeights(a, weights);
        _shared = new double[a.Count];
        _touched = new int[a.Count];
        _usedA = new bool[a.Count];

        // A hash table from each distinct word to its first position: most words of a partner's sentence are not in
        // this document at all, and a probe answers that in one or two steps where a binary search takes ten.
        var distinct = 0;
        for (var k = 0; k < entries; k++)
        {
            distinct += k == 0 || _words[k] != _words[k - 1] ? 1 : 0;
        }
        var bits = Math.Max(2, BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, distinct))) + 1);
        _shift = 64 - bits;
        _slots = new int[1 << bits];
        var mask = _slots.Length - 1;
        for (var k = 0; k < entries; k++)
        {
            if (k > 0 && _words[k] == _words[k - 1])
            {
                continue;
            }
            var slot = Slot(_words[k]);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }
            _slots[slot] = k + 1;
        }
    }

    // Fibonacci hashing spreads the top bits of any 64-bit key over the table.
    private int Slot(ulong word) => (int)((word * 0x9E3779B97F4A7C15UL) >> _shift);

    // First position of word in the sorted words, or -1 when this document does not have it.
    private int Find(ulong word)
    {
        var mask = _slots.Length - 1;
        for (var slot = Slot(word); ; slot = (slot + 1) & mask)
        {
            var at = _slots[slot] - 1;
            if (at < 0 || _words[at] == word)
            {
                return at;
            }
        }
    }

    /// <summary>Aligns <paramref name="b"/> against the indexed sentences.</summary>
    /// <param name="b">The other document's sentences (the indexed list itself for self-repeats, with <paramref name="same"/>).</param>
    /// <param name="bWeights">B's sentence weights under the same word weights (<see cref="PassageAligner.SentenceWeights"/>), or null to compute them.</param>
    /// <param name="threshold">Least sentence similarity to align.</param>
    /// <param name="same">B is A: a sentence never aligns with itself, and each unordered pair is scored once.</param>
    /// <param name="bWords">The hashes of every word of B's document: with the indexed document's words, sentences whose content
    /// words overlap at least <see cref="PassageAligner.WordOrderFloor"/> are also compared by word order (spun copies).</param>
    public Alignment Align(IReadOnlyList<Sentence> b, double[]? bWeights, double threshold, bool same, ulong[]? bWords = null)
    {
        var aWords = same ? null : _aWords;
        var byOrder = aWords is not null && bWords is not null;
        var a = _a;
        var scored = _scored;
        scored.Clear();
        for (var j = 0; j < b.Count; j++)
        {
            var sb = b[j];
            if (sb.Content.Length < PassageAligner.MinContentWords)
            {
                continue;
            }
            var weightB = bWeights?[j] ?? PassageAligner.Weight(sb.Content, _weights);
            Accumulate(sb.Content);
            for (var t = 0; t < _touchedCount; t++)
            {
                var i = _touched[t];
                if (same && i >= j)
                {
                    continue; // inside one document: each unordered sentence pair once, never a sentence with itself
                }
                var dice = 2.0 * _shared[i] / (_sentenceWeights[i] + weightB);
                // Shared numbers add at most 0.1; only verbatim sentences (1) and long ones with only their figures changed (0.9)
                // jump higher: below that, the pair cannot align.
                if (dice + 0.1 < threshold && a[i].NormalizedHash != sb.NormalizedHash && !PassageAligner.UpdatedCopy(a[i], sb, !same)
                    && !(byOrder && dice >= PassageAligner.WordOrderFloor))
                {
                    continue;
                }
                var sim = PassageAligner.Similarity(a[i], sb, dice, !same);
                if (sim < threshold && aWords is not null && bWords is not null && dice >= PassageAligner.WordOrderFloor)
                {
                    var order = PassageAligner.WordOrderRatio(aWords.AsSpan(a[i].FirstWord, a[i].WordCount), bWords.AsSpan(sb.FirstWord, sb.WordCount));
                    sim = Math.Max(sim, PassageAligner.Similarity(a[i], sb, order, !same));
                }
                if (sim >= threshold)
                {
                    scored.Add((i, j, sim));
                }
            }
            ClearTouched();
        }
        return Assign(b, same);
    }

    // Sums, for every sentence of A, the weights of the words it shares with one sentence of B (in B's word order, so the
    // sums are the same to the last bit whatever else changes); the sentences touched are listed in _touched.
    private void Accumulate(ulong[] content)
    {
        var sentences = _sentences;
        var shared = _shared;
        var touched = _touched;
        foreach (var h in content)
        {
            var at = Find(h);
            if (at < 0)
            {
                continue;
            }
            // A word's postings are one run of the sorted index, all of the word's weight.
            var end = _runEnds[at];
            var weight = _wordWeights[at];
            for (; at < end; at++)
            {
                var i = sentences[at];
                if (shared[i] == 0)
                {
                    touched[_touchedCount++] = i;
                }
                shared[i] += weight;
            }
        }
    }

    private void ClearTouched()
    {
        for (var t = 0; t < _touchedCount; t++)
        {
            _shared[_touched[t]] = 0;
        }
        _touchedCount = 0;
    }

    // Greedy one-to-one assignment of the scored pairs, best first (ties by position, so results are deterministic),
    // and the alignment's statistics.
    private Alignment Assign(IReadOnlyList<Sentence> b, bool same)
    {
        var a = _a;
        var scored = _scored;
        // Best first, as keys: the similarity's bits, complemented (a non-negative double's bits order as its value does), over
        // B then A. Sorting 128-bit integers compares them inline, where a comparer is called through a delegate per comparison.
        if (_keys.Length < scored.Count)
        {
            _keys = new UInt128[Math.Max(scored.Count, _keys.Length * 2)];
        }
        var keys = _keys.AsSpan(0, scored.Count);
        for (var n = 0; n < keys.Length; n++)
        {
            var (i, j, sim) = scored[n];
            keys[n] = new UInt128(ulong.MaxValue - BitConverter.DoubleToUInt64Bits(sim), ((ulong)(uint)j << 32) | (uint)i);
        }
        keys.Sort();
        for (var n = 0; n < keys.Length; n++)
        {
            var lower = (ulong)keys[n];
            scored[n] = ((int)(uint)lower, (int)(lower >> 32), BitConverter.UInt64BitsToDouble(ulong.MaxValue - (ulong)(keys[n] >> 64)));
        }
        // The used flags are scratch kept between calls: A's are cleared after use, B's grown when a longer B comes.
        var usedA = _usedA;
        if (_usedB.Length < b.Count)
        {
            _usedB = new bool[Math.Max(b.Count, _usedB.Length * 2)];
        }
        var usedB = _usedB;
        var pairs = new List<(int A, int B, double Similarity)>();
        foreach (var p in scored)
        {
            if (usedA[p.A] || usedB[p.B] || (same && (usedB[p.A] || usedA[p.B])))
            {
                continue;
            }
            usedA[p.A] = true;
            usedB[p.B] = true;
            pairs.Add(p);
        }
        CollectionsMarshal.AsSpan(pairs).Sort(new ByB());
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
        var alignment = new Alignment(pairs, Coverage(a, usedA), Coverage(b, usedB), mean, LongestIncreasing(pairs), verbatim);
        foreach (var p in pairs)
        {
            usedA[p.A] = false;
            usedB[p.B] = false;
        }
        return alignment;
    }

    // Aligned pairs are one-to-one, so B positions never tie.
    private readonly struct ByB : IComparer<(int A, int B, double Similarity)>
    {
        public int Compare((int A, int B, double Similarity) x, (int A, int B, double Similarity) y) => x.B.CompareTo(y.B);
    }

    private static double Coverage(IReadOnlyList<Sentence> sentences, bool[] used)
    {
        long total = 0;
        long covered = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            if (sentences[i].Content.Length < PassageAligner.MinContentWords)
            {
                continue;
            }
            var len = sentences[i].End - sentences[i].Start;
            total += len;
            if (used[i])
            {
                covered += len;
            }
        }
        return total == 0 ? 0 : (double)covered / total;
    }

    private static int LongestIncreasing(List<(int A, int B, double Similarity)> pairs)
    {
        // Patience sorting over A positions of pairs taken in B order: O(n log n).
        var tails = new List<int>(pairs.Count);
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

