using System.Globalization;
using Triangulate.Dossier;
using Triangulate.Linking.Reuse;

namespace Triangulate.Linking.Clustering;

/// <summary>Thresholds of <see cref="StoryClusterer"/>.</summary>
/// <threadsafety>Immutable.</threadsafety>
public sealed record ClusterOptions
{
    /// <summary>Cosine similarity of TF-IDF vectors at or above which two documents report the same event.</summary>
    public double Threshold { get; init; } = 0.08;

    /// <summary>Terms per document used to find candidate neighbours (its highest TF-IDF weights).</summary>
    public int CandidateTerms { get; init; } = 20;

    /// <summary>Longest posting list followed when looking for candidates (very common terms are skipped).</summary>
    public int MaxPosting { get; init; } = 100;
}

/// <summary>Groups documents that report the same event.</summary>
/// <remarks>
/// Entities may not be linked yet, so each document is described by its TF-IDF vector over content words, with
/// capitalized words (names, places) and numbers (figures, dates) weighted up because they pin an event down.
/// Candidate neighbours come from an inverted index over each document's top terms (never all pairs); two documents
/// are linked when their cosine reaches <see cref="ClusterOptions.Threshold"/>, and clusters are the connected
/// components, where a link must also be confirmed by the candidate's mean similarity to the cluster so far
/// (average link) to stop chains. Deterministic for a given document order; bad input yields singleton clusters.
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class StoryClusterer
{
    // Names and places identify an event better than common nouns; numbers (tolls, dates) too, a little less.
    private const double CapitalizedBoost = 2.0;
    private const double NumberBoost = 1.5;

    // Size of the imaginary background collection of the IDF (see Cluster).
    private const int BackgroundDocuments = 20;

    private readonly ClusterOptions _options;

    /// <summary>Creates a clusterer.</summary>
    public StoryClusterer(ClusterOptions? options = null) => _options = options ?? new ClusterOptions();

    /// <summary>Clusters <paramref name="documents"/>; returns the clusters (ids <c>k-1</c>, <c>k-2</c>, … by first document) and each document's cluster id.</summary>
    public (IReadOnlyList<StoryCluster> Clusters, IReadOnlyDictionary<string, string> ClusterOf) Cluster(IReadOnlyList<DossierDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var n = documents.Count;
        var termCounts = new Dictionary<ulong, double>[n];
        Parallel.For(0, n, new ParallelOptions { CancellationToken = cancellationToken }, i => termCounts[i] = Terms(documents[i].Text ?? string.Empty));
        var df = new Dictionary<ulong, int>();
        foreach (var tc in termCounts)
        {
            foreach (var t in tc.Keys)
            {
                df[t] = df.GetValueOrDefault(t) + 1;
            }
        }
        var vectors = new Dictionary<ulong, double>[n];
        for (var i = 0; i < n; i++)
        {
            var v = new Dictionary<ulong, double>(termCounts[i].Count);
            var norm = 0.0;
            foreach (var (t, tf) in termCounts[i])
            {
                // IDF against the collection plus BackgroundDocuments imaginary documents that lack the term, so a folder
                // holding one story still weighs its shared words (a plain IDF would zero words every document uses).
                var w = (1 + Math.Log(tf)) * Math.Log((double)(n + BackgroundDocuments + 1) / (df[t] + 1));
                v[t] = w;
                norm += w * w;
            }
            norm = Math.Sqrt(norm);
            if (norm > 0)
            {
                foreach (var t in v.Keys.ToList())
                {
                    v[t] /= norm;
                }
            }
            vectors[i] = v;
        }
        var edges = CandidateEdges(vectors, df);
        edges.Sort((x, y) => y.Similarity != x.Similarity ? y.Similarity.CompareTo(x.Similarity) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        var parent = new int[n];
        var members = new List<int>[n];
        for (var i = 0; i < n; i++)
        {
            parent[i] = i;
            members[i] = [i];
        }
        var similarity = new Dictionary<(int, int), double>();
        foreach (var e in edges)
        {
            similarity[(e.A, e.B)] = e.Similarity;
        }
        foreach (var e in edges)
        {
            var ra = Find(parent, e.A);
            var rb = Find(parent, e.B);
            if (ra == rb)
            {
                continue;
            }
            // Average link between the two groups, counting unlinked pairs as 0: merging needs half the threshold on average.
            var sum = 0.0;
            foreach (var x in members[ra])
            {
                foreach (var y in members[rb])
                {
                    sum += similarity.GetValueOrDefault(x < y ? (x, y) : (y, x));
                }
            }
            var mean = sum / (members[ra].Count * members[rb].Count);
            if (mean < _options.Threshold / 2)
            {
                continue;
            }
            parent[rb] = ra;
            members[ra].AddRange(members[rb]);
            members[rb] = [];
        }
        var clusters = new List<StoryCluster>();
        var clusterOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new Dictionary<int, int>();
        for (var i = 0; i < n; i++)
        {
            var r = Find(parent, i);
            if (seen.ContainsKey(r))
            {
                continue;
            }
            seen[r] = clusters.Count;
            var ids = members[r].Order().Select(m => documents[m].Id).ToList();
            var id = "k-" + (clusters.Count + 1).ToString(CultureInfo.InvariantCulture);
            clusters.Add(new StoryCluster(id, ids, Label(members[r], vectors, documents)));
            foreach (var d in ids)
            {
                clusterOf[d] = id;
            }
        }
        return (clusters, clusterOf);
    }

    private List<(int A, int B, double Similarity)> CandidateEdges(Dictionary<ulong, double>[] vectors, Dictionary<ulong, int> df)
    {
        var postings = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < vectors.Length; i++)
        {
            // Only terms another document shares can link documents.
            foreach (var t in Top(vectors[i], _options.CandidateTerms, df))
            {
                if (!postings.TryGetValue(t, out var list))
                {
                    postings[t] = list = [];
                }
                list.Add(i);
            }
        }
        var pairs = new HashSet<(int, int)>();
        foreach (var list in postings.Values)
        {
            if (list.Count > _options.MaxPosting)
            {
                continue;
            }
            for (var a = 0; a < list.Count; a++)
            {
                for (var b = a + 1; b < list.Count; b++)
                {
                    pairs.Add((list[a], list[b]));
                }
            }
        }
        // Sorted (term, weight) arrays: a merge join is far cheaper than dictionary lookups for millions of pairs.
        var sorted = new (ulong[] Terms, double[] Weights)[vectors.Length];
        for (var i = 0; i < vectors.Length; i++)
        {
            var terms = vectors[i].Keys.ToArray();
            Array.Sort(terms);
            var weights = new double[terms.Length];
            for (var k = 0; k < terms.Length; k++)
            {
                weights[k] = vectors[i][terms[k]];
            }
            sorted[i] = (terms, weights);
        }
        var edges = new List<(int, int, double)>();
        foreach (var (a, b) in pairs)
        {
            var s = Cosine(sorted[a], sorted[b]);
            if (s >= _options.Threshold)
            {
                edges.Add((a, b, s));
            }
        }
        return edges;
    }

    /// <summary>Cosine of two unit vectors given as term-sorted arrays.</summary>
    internal static double Cosine((ulong[] Terms, double[] Weights) a, (ulong[] Terms, double[] Weights) b)
    {
        var dot = 0.0;
        int i = 0, j = 0;
        while (i < a.Terms.Length && j < b.Terms.Length)
        {
            var x = a.Terms[i];
            var y = b.Terms[j];
            if (x == y)
            {
                dot += a.Weights[i++] * b.Weights[j++];
            }
            else if (x < y)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return dot;
    }

    private static IEnumerable<ulong> Top(Dictionary<ulong, double> v, int k, Dictionary<ulong, int> df) =>
        v.Where(p => df[p.Key] >= 2).OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(k).Select(p => p.Key);

    /// <summary>Term frequencies with boosts; terms are content-word stems, capitalized words and numbers of two or more digits.</summary>
    internal static Dictionary<ulong, double> Terms(string text)
    {
        var counts = new Dictionary<ulong, double>();
        foreach (var w in TextFeatures.Words(text))
        {
            if (!w.IsContent || w.Key.Length < 2)
            {
                continue;
            }
            var boost = w.IsNumber ? NumberBoost : w.IsCapitalized ? CapitalizedBoost : 1.0;
            var h = TextFeatures.Hash(w.Key);
            counts[h] = counts.GetValueOrDefault(h) + boost;
        }
        return counts;
    }

    // The cluster's four heaviest terms, spelled as in its documents (a capitalized spelling when there is one).
    private static string Label(List<int> members, Dictionary<ulong, double>[] vectors, IReadOnlyList<DossierDocument> documents)
    {
        var sum = new Dictionary<ulong, double>();
        foreach (var m in members)
        {
            foreach (var (t, w) in vectors[m])
            {
                sum[t] = sum.GetValueOrDefault(t) + w;
            }
        }
        var top = sum.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(4).Select(p => p.Key).ToList();
        var surface = new Dictionary<ulong, string>();
        foreach (var m in members.Take(8))
        {
            var text = documents[m].Text ?? string.Empty;
            foreach (var w in TextFeatures.Words(text))
            {
                var h = TextFeatures.Hash(w.Key);
                if (top.Contains(h) && (!surface.TryGetValue(h, out var s) || (w.IsCapitalized && !char.IsUpper(s[0]))))
                {
                    surface[h] = text[w.Start..w.End];
                }
            }
        }
        return string.Join(", ", top.Select(t => surface.GetValueOrDefault(t, "?")));
    }

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
