using System.Runtime.Intrinsics;

namespace Triangulate.Linking.Reuse;

/// <summary>MinHash signatures over sets of 64-bit element hashes, and banded LSH candidate generation.</summary>
/// <remarks>
/// Each of the <c>k</c> hash functions is <c>Mix(x ^ seed_i)</c> (splitmix64 finalizer), so a signature costs
/// k mixes per element and no random-number tables. Signatures keep the low 32 bits of each minimum: the
/// collision rate of two unequal minima (2^-32) is far below the estimator's own error.
/// Hashing relies on wrap-around arithmetic (unchecked, the project default).
/// </remarks>
internal static class MinHash
{
    private static readonly ulong[] s_seeds = MakeSeeds(128);

    /// <summary>Computes a signature of <paramref name="length"/> minima; an empty set gives all-ones (never collides with a real minimum by chance alone more than 2^-32).</summary>
    public static uint[] Signature(IEnumerable<ulong> elements, int length, int seedOffset = 0) =>
        Signature(elements is ulong[] array ? array : [.. elements], length, seedOffset);

    /// <summary>As above, over a span of element hashes (duplicates are harmless: a minimum is a minimum).</summary>
    public static uint[] Signature(ReadOnlySpan<ulong> elements, int length, int seedOffset = 0)
    {
        var mins = new ulong[length];
        Array.Fill(mins, ulong.MaxValue);
        if (Vector512.IsHardwareAccelerated && length % Vector512<ulong>.Count == 0 && seedOffset >= 0 && seedOffset + length <= s_seeds.Length)
        {
            MinimaVector512(elements, mins, seedOffset);
        }
        else if (Vector256.IsHardwareAccelerated && length % Vector256<ulong>.Count == 0 && seedOffset >= 0 && seedOffset + length <= s_seeds.Length)
        {
            MinimaVector256(elements, mins, seedOffset);
        }
        else
        {
            MinimaScalar(elements, mins, seedOffset);
        }
        var sig = new uint[length];
        for (var i = 0; i < length; i++)
        {
            sig[i] = (uint)mins[i];
        }
        return sig;
    }

    /// <summary>The minima of <c>Mix(x ^ seed)</c> over the elements, one hash function after another (the reference the vector paths must equal).</summary>
    internal static void MinimaScalar(ReadOnlySpan<ulong> elements, ulong[] mins, int seedOffset)
    {
        foreach (var x in elements)
        {
            for (var i = 0; i < mins.Length; i++)
            {
                var h = TextFeatures.Mix(x ^ s_seeds[(i + seedOffset) & 127]);
                if (h < mins[i])
                {
                    mins[i] = h;
                }
            }
        }
    }

    // The same minima as the scalar loop, eight (four) hash functions at a time: a signature costs 64 mixes per element,
    // the larger part of profiling a document, and the mix is only shifts, xors and 64-bit multiplies.
    private static void MinimaVector512(ReadOnlySpan<ulong> elements, ulong[] mins, int seedOffset)
    {
        ref var seeds = ref s_seeds[seedOffset];
        ref var min = ref mins[0];
        foreach (var x in elements)
        {
            var v = Vector512.Create(x);
            for (var i = 0; i < mins.Length; i += Vector512<ulong>.Count)
            {
                var h = Mix(v ^ Vector512.LoadUnsafe(ref seeds, (nuint)i));
                Vector512.Min(Vector512.LoadUnsafe(ref min, (nuint)i), h).StoreUnsafe(ref min, (nuint)i);
            }
        }
    }

    private static void MinimaVector256(ReadOnlySpan<ulong> elements, ulong[] mins, int seedOffset)
    {
        ref var seeds = ref s_seeds[seedOffset];
        ref var min = ref mins[0];
        foreach (var x in elements)
        {
            var v = Vector256.Create(x);
            for (var i = 0; i < mins.Length; i += Vector256<ulong>.Count)
            {
                var h = Mix(v ^ Vector256.LoadUnsafe(ref seeds, (nuint)i));
                Vector256.Min(Vector256.LoadUnsafe(ref min, (nuint)i), h).StoreUnsafe(ref min, (nuint)i);
            }
        }
    }

    // TextFeatures.Mix (splitmix64's finalizer), lane by lane.
    private static Vector512<ulong> Mix(Vector512<ulong> z)
    {
        z = (z ^ Vector512.ShiftRightLogical(z, 30)) * Vector512.Create(0xbf58476d1ce4e5b9UL);
        z = (z ^ Vector512.ShiftRightLogical(z, 27)) * Vector512.Create(0x94d049bb133111ebUL);
        return z ^ Vector512.ShiftRightLogical(z, 31);
    }

    private static Vector256<ulong> Mix(Vector256<ulong> z)
    {
        z = (z ^ Vector256.ShiftRightLogical(z, 30)) * Vector256.Create(0xbf58476d1ce4e5b9UL);
        z = (z ^ Vector256.ShiftRightLogical(z, 27)) * Vector256.Create(0x94d049bb133111ebUL);
        return z ^ Vector256.ShiftRightLogical(z, 31);
    }

    /// <summary>Estimated Jaccard similarity: the share of equal positions.</summary>
    public static double Estimate(uint[] a, uint[] b)
    {
        if (a.Length == 0 || a.Length != b.Length)
        {
            return 0;
        }
        var same = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i] && a[i] != uint.MaxValue)
            {
                same++;
            }
        }
        return (double)same / a.Length;
    }

    /// <summary>Hash of one band (rows <c>[band*rows, band*rows+rows)</c>), mixed with the band number so bands never share buckets.</summary>
    public static ulong BandKey(uint[] signature, int band, int rows)
    {
        var h = TextFeatures.Mix((ulong)band + 0x9E3779B97F4A7C15UL);
        for (var r = 0; r < rows; r++)
        {
            h = TextFeatures.Mix(h ^ signature[band * rows + r]);
        }
        return h;
    }

    private static ulong[] MakeSeeds(int n)
    {
        var seeds = new ulong[n];
        ulong x = 0x2545F4914F6CDD1DUL;
        for (var i = 0; i < n; i++)
        {
            x += 0x9E3779B97F4A7C15UL;
            seeds[i] = TextFeatures.Mix(x);
        }
        return seeds;
    }
}

/// <summary>Banded LSH over signatures, with compact buckets: one sorted array of (band key, document) pairs.</summary>
/// <remarks>
/// A bucket is a run of equal keys in the sorted array, so memory is 12 bytes per document per band and no
/// dictionary of lists is built. A run larger than <see cref="MaxBucket"/> (text that thousands of documents share,
/// such as a standard disclaimer) links each member to the run's first member only, so candidates stay linear.
/// </remarks>
internal sealed class LshIndex
{
    /// <summary>Largest bucket whose members are paired all-to-all.</summary>
    public const int MaxBucket = 64;

    private readonly int _bands;
    private readonly int _rows;
    private readonly List<(ulong Key, int Doc)> _entries = [];

    public LshIndex(int bands, int rows)
    {
        _bands = bands;
        _rows = rows;
    }

    /// <summary>Adds a document's signature (its length must be at least bands × rows). Empty-set signatures are skipped.</summary>
    public void Add(int doc, uint[] signature)
    {
        if (signature.Length < _bands * _rows || signature[0] == uint.MaxValue)
        {
            return;
        }
        for (var b = 0; b < _bands; b++)
        {
            _entries.Add((MinHash.BandKey(signature, b, _rows), doc));
        }
    }

    /// <summary>Every candidate pair (i &lt; j) that shares at least one bucket, once.</summary>
    public HashSet<(int, int)> Candidates()
    {
        _entries.Sort((x, y) => x.Key != y.Key ? x.Key.CompareTo(y.Key) : x.Doc.CompareTo(y.Doc));
        var pairs = new HashSet<(int, int)>();
        var i = 0;
        while (i < _entries.Count)
        {
            var j = i + 1;
            while (j < _entries.Count && _entries[j].Key == _entries[i].Key)
            {
                j++;
            }
            var size = j - i;
            if (size > 1)
            {
                if (size <= MaxBucket)
                {
                    for (var a = i; a < j; a++)
                    {
                        for (var b = a + 1; b < j; b++)
                        {
                            AddPair(pairs, _entries[a].Doc, _entries[b].Doc);
                        }
                    }
                }
                else
                {
                    for (var b = i + 1; b < j; b++)
                    {
                        AddPair(pairs, _entries[i].Doc, _entries[b].Doc);
                    }
                }
            }
            i = j;
        }
        return pairs;
    }

    private static void AddPair(HashSet<(int, int)> pairs, int a, int b)
    {
        if (a != b)
        {
            pairs.Add(a < b ? (a, b) : (b, a));
        }
    }
}
