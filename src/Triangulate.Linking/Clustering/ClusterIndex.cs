namespace Triangulate.Linking.Clustering;

/// <summary>Collects clustering features of an archive in input order with bounded memory: the first
/// <see cref="ClusterOptions.TrimAfter"/> documents are kept whole; after that every document keeps only its
/// <see cref="ClusterOptions.MaxTermsPerDocument"/> heaviest terms by TF-IDF over the documents seen so far.</summary>
/// <remarks>
/// Trimming by plain frequency would keep the words every article of every story uses ("killed", "officials") and
/// lose the names that tell stories apart, so it waits until the document frequencies mean something. Adding in input
/// order makes the result independent of timing. A collection no larger than the threshold is clustered exactly as
/// <see cref="StoryClusterer.Cluster"/> does.
/// </remarks>
/// <threadsafety>Not thread-safe: one writer, in input order.</threadsafety>
public sealed class ClusterIndex
{
    private readonly ClusterOptions _options;
    private readonly List<ClusterFeatures> _features = [];
    private readonly Dictionary<uint, int> _df = [];
    private bool _trimming;

    /// <summary>Creates an empty index.</summary>
    public ClusterIndex(ClusterOptions? options = null) => _options = options ?? new ClusterOptions();

    /// <summary>The features added so far, trimmed or whole.</summary>
    public IReadOnlyList<ClusterFeatures> Features => _features;

    /// <summary>Document frequency of every term over the whole texts added so far (pass it to
    /// <see cref="StoryClusterer.Group(IReadOnlyList{ClusterFeatures}, IReadOnlyDictionary{uint, int}?, CancellationToken)"/>).</summary>
    public IReadOnlyDictionary<uint, int> DocumentFrequencies => _df;

    /// <summary>Adds the next document's features (from <see cref="StoryClusterer.Features"/>).</summary>
    public void Add(ClusterFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        foreach (var t in features.Terms)
        {
            _df[t] = _df.GetValueOrDefault(t) + 1;
        }
        _features.Add(_trimming ? Trim(features) : features);
        if (!_trimming && _features.Count >= _options.TrimAfter)
        {
            _trimming = true;
            for (var i = 0; i < _features.Count; i++)
            {
                _features[i] = Trim(_features[i]);
            }
        }
    }

    /// <summary>Groups the documents added so far (see <see cref="StoryClusterer.Group(IReadOnlyList{ClusterFeatures}, IReadOnlyDictionary{uint, int}?, CancellationToken)"/>)
    /// and empties the index: the features are freed as soon as the links between documents are found, before the
    /// groups are merged, so the two never take memory at once.</summary>
    public IReadOnlyList<int[]> GroupAndClear(StoryClusterer clusterer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clusterer);
        var large = _features.Count >= LargeIndex;
        if (large)
        {
            // Whatever fed the index (an archive's cleaned documents, promoted to the old generation while they waited
            // to be stored) is garbage now; compacting before grouping lets the grouping reuse that memory instead of
            // growing the heap past it.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        return clusterer.Group(_features, _df, () =>
        {
            Clear();
            if (large)
            {
                // A phase boundary of a batch job: hundreds of megabytes of signatures and index just became garbage,
                // and the merge that follows allocates as much again; collecting now keeps the peak to one of them.
                GC.Collect();
            }
        }, cancellationToken);
    }

    // Documents from which freeing the signatures is worth a full collection.
    private const int LargeIndex = 100_000;

    /// <summary>Drops the features (after grouping) to free their memory.</summary>
    public void Clear()
    {
        _features.Clear();
        _features.TrimExcess();
        _df.Clear();
        _df.TrimExcess();
    }

    private ClusterFeatures Trim(ClusterFeatures f)
    {
        var k = _options.MaxTermsPerDocument;
        if (f.Terms.Length <= k)
        {
            return f;
        }
        var n = (double)_features.Count + 1;
        var scored = new (double Score, int Index)[f.Terms.Length];
        for (var i = 0; i < f.Terms.Length; i++)
        {
            scored[i] = (-(1 + Math.Log(f.Weights[i])) * Math.Log(n / _df[f.Terms[i]] + 1), i);
        }
        Array.Sort(scored);
        var keep = new int[k];
        for (var i = 0; i < k; i++)
        {
            keep[i] = scored[i].Index;
        }
        Array.Sort(keep);
        var terms = new uint[k];
        var weights = new float[k];
        for (var i = 0; i < k; i++)
        {
            terms[i] = f.Terms[keep[i]];
            weights[i] = f.Weights[keep[i]];
        }
        return f with { Terms = terms, Weights = weights };
    }
}
