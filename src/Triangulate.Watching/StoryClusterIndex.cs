using System.Globalization;
using Triangulate.Cleaning;
using Triangulate.Linking.Reuse;

namespace Triangulate.Watching;

/// <summary>
/// Assigns arriving documents to story clusters one at a time, so <see cref="Watcher"/> re-analyses only the clusters that changed.
/// </summary>
/// <remarks>
/// <para>Each document becomes a TF-IDF vector over its content words (names and places capitalised inside a sentence weighted up, numbers a little,
/// common words down, as names pin an event down; linear term frequency; IDF over the documents seen so far plus a background of imaginary
/// documents, so the first few still weigh their words).
/// A cluster is the sum of its members' vectors. A new document joins the cluster whose vector is most similar (cosine) when that reaches
/// <see cref="Threshold"/>, else it starts a new cluster. Candidates come from an inverted index over clusters' terms, never from every cluster.</para>
/// <para>Assignments are never revisited, so clusters (and their ids, <c>c-0001</c>, <c>c-0002</c>, … in order of creation) are stable as documents
/// arrive; the result depends only on the order documents are added, and adding a set of documents one cycle at a time gives the same clusters as
/// adding them all at once in the same order.</para>
/// </remarks>
/// <threadsafety>Not thread-safe (the watcher runs one cycle at a time).</threadsafety>
internal sealed class StoryClusterIndex(double threshold = StoryClusterIndex.DefaultThreshold)
{
    /// <summary>Default cosine a document needs with a cluster to join it.</summary>
    public const double DefaultThreshold = 0.3;

    // Weights of one occurrence: names and places (capitalised inside a sentence) identify an event far better than common words, which in
    // news copy are largely the same from story to story ("killed", "injured", "officials said"); numbers (tolls, dates) in between.
    private const double NameWeight = 3.0;
    private const double NumberWeight = 1.5;
    private const double WordWeight = 0.5;
    private const int BackgroundDocuments = 20;
    private const int CandidateTerms = 24;

    // Calendar words are capitalised but shared by every story of the week (function words are TextFeatures' stopwords).
    private static readonly HashSet<string> s_calendarWords = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july",
        "august", "september", "october", "november", "december",
    };

    private readonly Dictionary<string, int> _df = new(StringComparer.Ordinal);
    private readonly List<Entry> _clusters = [];
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _clusterOfDocument = new(StringComparer.Ordinal);
    private int _documents;

    /// <summary>Cosine a document needs with a cluster to join it.</summary>
    public double Threshold { get; } = threshold;

    /// <summary>The best cosine the last added document had with an existing cluster (0 when there was none): why it joined or started one.</summary>
    public double LastSimilarity { get; private set; }

    /// <summary>The clusters, in order of creation.</summary>
    public IReadOnlyList<Entry> Clusters => _clusters;

    /// <summary>Adds a document; returns the id of the cluster it joined or started. A document id already added returns its cluster unchanged.</summary>
    public string Add(CleanDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (_clusterOfDocument.TryGetValue(document.Id, out var known))
        {
            return _clusters[known].Id;
        }
        var counts = Terms(document.Text);
        _documents++;
        foreach (var t in counts.Keys)
        {
            _df[t] = _df.GetValueOrDefault(t) + 1;
        }
        var vector = new Dictionary<string, double>(counts.Count, StringComparer.Ordinal);
        var norm = 0.0;
        foreach (var (t, tf) in counts)
        {
            // Linear term frequency: the names a story keeps repeating (its place, its toll-keeper, its official) are what it is about; a
            // sublinear weight let the many names mentioned once (witnesses, villages) outweigh them.
            var w = tf * Math.Log((double)(_documents + BackgroundDocuments + 1) / (_df[t] + 1));
            vector[t] = w;
            norm += w * w;
        }
        norm = Math.Sqrt(norm);
        if (norm > 0)
        {
            foreach (var t in vector.Keys.ToList())
            {
                vector[t] /= norm;
            }
        }

        // Candidates: clusters sharing one of the document's strongest terms.
        var candidates = new HashSet<int>();
        foreach (var (t, _) in vector.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(CandidateTerms))
        {
            if (_postings.TryGetValue(t, out var list))
            {
                candidates.UnionWith(list);
            }
        }
        var best = -1;
        var bestSimilarity = 0.0;
        foreach (var c in candidates.Order())
        {
            var similarity = _clusters[c].Cosine(vector);
            if (similarity > bestSimilarity)
            {
                (best, bestSimilarity) = (c, similarity);
            }
        }
        LastSimilarity = bestSimilarity;
        if (best < 0 || bestSimilarity < Threshold)
        {
            best = _clusters.Count;
            _clusters.Add(new Entry("c-" + (best + 1).ToString("D4", CultureInfo.InvariantCulture)));
        }
        var entry = _clusters[best];
        foreach (var t in entry.Absorb(document, vector))
        {
            if (!_postings.TryGetValue(t, out var list))
            {
                _postings[t] = list = [];
            }
            list.Add(best);
        }
        _clusterOfDocument[document.Id] = best;
        return entry.Id;
    }

    // Terms over the segmentation reuse detection and batch clustering use (stems, stopwords, capitals not opening a sentence).
    private static Dictionary<string, double> Terms(string text)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var w in TextFeatures.Words(text))
        {
            if (!w.IsContent || (!w.IsNumber && w.End - w.Start < 3) || s_calendarWords.Contains(w.Key))
            {
                continue;
            }
            // Capitalised words (names, places) and numbers (tolls, dates) identify an event: each occurrence counts more.
            var weight = w.IsNumber ? NumberWeight : w.IsCapitalized ? NameWeight : WordWeight;
            counts[w.Key] = counts.GetValueOrDefault(w.Key) + weight;
        }
        return counts;
    }

    /// <summary>One story cluster: its id, its members in arrival order, and the sum of their vectors.</summary>
    internal sealed class Entry(string id)
    {
        private readonly Dictionary<string, double> _sum = new(StringComparer.Ordinal);
        private readonly List<CleanDocument> _members = [];
        private double _squares;

        /// <summary>Stable id (<c>c-0001</c>, …).</summary>
        public string Id { get; } = id;

        /// <summary>Members in arrival order.</summary>
        public IReadOnlyList<CleanDocument> Members => _members;

        /// <summary>Cosine between <paramref name="vector"/> (unit length) and this cluster's summed vector.</summary>
        public double Cosine(Dictionary<string, double> vector)
        {
            if (_squares <= 0)
            {
                return 0;
            }
            var dot = 0.0;
            foreach (var (t, w) in vector)
            {
                if (_sum.TryGetValue(t, out var s))
                {
                    dot += w * s;
                }
            }
            return dot / Math.Sqrt(_squares);
        }

        /// <summary>Adds a member; returns the terms new to this cluster (for the inverted index).</summary>
        public List<string> Absorb(CleanDocument document, Dictionary<string, double> vector)
        {
            _members.Add(document);
            var fresh = new List<string>();
            foreach (var (t, w) in vector)
            {
                if (!_sum.TryGetValue(t, out var s))
                {
                    fresh.Add(t);
                }
                _sum[t] = s + w;
                _squares += ((s + w) * (s + w)) - (s * s);
            }
            return fresh;
        }
    }
}
