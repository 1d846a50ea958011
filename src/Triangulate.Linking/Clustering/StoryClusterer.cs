using System.Globalization;
using System.Runtime.InteropServices;
using Triangulate.Execution;
using Triangulate.Linking.Reconciliation;
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

    /// <summary>Longest posting list followed in full when looking for candidates. A longer list (a name or word many
    /// stories use) is followed only among the <see cref="CommonTermWindow"/> documents nearest in publication date.</summary>
    public int MaxPosting { get; init; } = 100;

    /// <summary>Documents followed on a posting list longer than <see cref="MaxPosting"/>: the nearest in publication date, half on each side.</summary>
    public int CommonTermWindow { get; init; } = 50;

    /// <summary>Common terms (those followed through a date window) a candidate must share with a document before their
    /// similarity is computed; a candidate met through a rarer term is always compared. 2 made grouping 100k generated
    /// articles 3× faster but lost pairwise recall (0.87 → 0.81), so every candidate is compared by default.</summary>
    public int MinCommonTermHits { get; init; } = 1;

    /// <summary>Links kept per document towards later documents (its strongest): with every link above the threshold kept,
    /// stock phrases shared by thousands of articles made the link list the largest thing in memory at a million documents.</summary>
    public int MaxLinksPerDocument { get; init; } = 24;

    /// <summary>Days apart within which two dated documents' similarity is taken as it is.</summary>
    public int SameStoryDays { get; init; } = 30;

    /// <summary>Beyond <see cref="SameStoryDays"/>, the similarity of two dated documents halves every this many days, so
    /// two stories from one place many months apart (a flood, then an explosion) stay apart while a follow-up weeks
    /// later with much in common still joins.</summary>
    public double DecayHalfLifeDays { get; init; } = 60;

    /// <summary>Terms kept per document when a <see cref="ClusterIndex"/> trims an archive (its heaviest by TF-IDF so far).</summary>
    public int MaxTermsPerDocument { get; init; } = 64;

    /// <summary>Documents a <see cref="ClusterIndex"/> keeps whole before it starts trimming (small collections are never trimmed).</summary>
    public int TrimAfter { get; init; } = 2000;
}

/// <summary>One document's terms (hashes, ascending) and their weights: all that clustering keeps of a document.</summary>
/// <param name="Terms">Term keys (32-bit word hashes), ascending.</param>
/// <param name="Weights">Boosted frequencies; <see cref="StoryClusterer.Group(IReadOnlyList{ClusterFeatures}, IReadOnlyDictionary{uint, int}?, CancellationToken)"/> turns them into unit TF-IDF weights in place.</param>
public sealed record ClusterFeatures(uint[] Terms, float[] Weights)
{
    /// <summary><see cref="Day"/> of a document whose publication day is not known.</summary>
    public const int UnknownDay = int.MinValue;

    /// <summary>Publication day (days since 0001-01-01), or <see cref="UnknownDay"/>. Orders the candidates of common terms.</summary>
    public int Day { get; init; } = UnknownDay;

    /// <summary>The day number of an ISO date (<c>yyyy-MM-dd</c>, longer strings use their first ten characters);
    /// <see cref="UnknownDay"/> for a missing date or one less precise than a day.</summary>
    public static int DayOf(string? isoDate)
    {
        // A range ("2023-10-19/2023-10-23") counts from its start; a month alone is too coarse to order by.
        var start = isoDate is null ? null : isoDate.Split('/')[0];
        return start is { Length: >= 10 } && ClaimDates.ParseDay(start) is { } d ? d.DayNumber : UnknownDay;
    }
}

/// <summary>Groups documents that report the same event.</summary>
/// <remarks>
/// Entities may not be linked yet, so each document is described by its TF-IDF vector over content words, with
/// capitalized words (names, places) and numbers (figures, dates) weighted up because they pin an event down.
/// Candidate neighbours come from an inverted index over each document's top terms (never all pairs; a term many
/// documents share is followed only among those nearest in publication date); two documents are linked when their
/// cosine, faded for documents weeks apart (<see cref="ClusterOptions.DecayHalfLifeDays"/>), reaches
/// <see cref="ClusterOptions.Threshold"/>, and clusters are the connected
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
        var features = new ClusterFeatures[documents.Count];
        Parallel.For(0, documents.Count, Parallelism.Options(cancellationToken),
            i => features[i] = Features(documents[i].Text) with { Day = ClusterFeatures.DayOf(documents[i].Published?.Date) });
        var groups = Group(features, cancellationToken);
        var clusters = new List<StoryCluster>(groups.Count);
        var clusterOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var members in groups)
        {
            var ids = members.Select(m => documents[m].Id).ToList();
            var id = "k-" + (clusters.Count + 1).ToString(CultureInfo.InvariantCulture);
            clusters.Add(new StoryCluster(id, ids, Label(members.Select(m => documents[m]).ToList())));
            foreach (var d in ids)
            {
                clusterOf[d] = id;
            }
        }
        return (clusters, clusterOf);
    }

    /// <summary>The terms of one document and their boosted frequencies: what clustering needs of it. Stateless and
    /// thread-safe: call per document while streaming, then drop the text (and trim with a <see cref="ClusterIndex"/>).</summary>
    public static ClusterFeatures Features(string? text)
    {
        var counts = Terms(text ?? string.Empty);
        var terms = new uint[counts.Count];
        var weights = new float[counts.Count];
        var i = 0;
        foreach (var t in counts.Keys)
        {
            terms[i++] = t;
        }
        Array.Sort(terms);
        for (i = 0; i < terms.Length; i++)
        {
            weights[i] = (float)counts[terms[i]];
        }
        return new ClusterFeatures(terms, weights);
    }

    /// <summary>Groups documents by their features; each group lists document indices in ascending order, groups ordered by their first member.</summary>
    /// <remarks>
    /// Memory is the features, an inverted index over each document's candidate terms and at most
    /// <see cref="ClusterOptions.MaxLinksPerDocument"/> links per document; the average-link merging runs one connected
    /// component at a time. The weights of
    /// <paramref name="features"/> are turned into unit TF-IDF vectors in place.
    /// </remarks>
    public IReadOnlyList<int[]> Group(IReadOnlyList<ClusterFeatures> features, CancellationToken cancellationToken = default) =>
        Group(features, null, cancellationToken);

    /// <summary>Groups documents by their features, weighing terms by <paramref name="documentFrequencies"/>: the
    /// frequencies over the whole texts when <paramref name="features"/> were trimmed (<see cref="ClusterIndex"/>), since
    /// frequencies counted over trimmed features would make a word every article uses look rare.</summary>
    public IReadOnlyList<int[]> Group(IReadOnlyList<ClusterFeatures> features, IReadOnlyDictionary<uint, int>? documentFrequencies, CancellationToken cancellationToken = default) =>
        Group(features, documentFrequencies, afterLinks: null, cancellationToken);

    /// <summary>As <see cref="Group(IReadOnlyList{ClusterFeatures}, IReadOnlyDictionary{uint, int}?, CancellationToken)"/>;
    /// <paramref name="afterLinks"/> runs once the links are found, when the features and frequencies are no longer read
    /// (a <see cref="ClusterIndex"/> frees them there).</summary>
    internal IReadOnlyList<int[]> Group(IReadOnlyList<ClusterFeatures> features, IReadOnlyDictionary<uint, int>? documentFrequencies, Action? afterLinks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(features);
        var n = features.Count;
        var df = documentFrequencies;
        if (df is null)
        {
            var counted = new Dictionary<uint, int>();
            foreach (var f in features)
            {
                foreach (var t in f.Terms)
                {
                    counted[t] = counted.GetValueOrDefault(t) + 1;
                }
            }
            df = counted;
        }
        Parallel.For(0, n, Parallelism.Options(cancellationToken), i => Weigh(features[i], df, n));
        var edges = CandidateEdges(features, df, cancellationToken);
        features = [];
        df = null;
        afterLinks?.Invoke();

        // Connected components of the link graph; merging never crosses them, so each is merged on its own.
        var component = new int[n];
        for (var i = 0; i < n; i++)
        {
            component[i] = i;
        }
        foreach (var e in edges)
        {
            var ra = Find(component, e.A);
            var rb = Find(component, e.B);
            if (ra != rb)
            {
                component[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }
        for (var i = 0; i < n; i++)
        {
            component[i] = Find(component, i);
        }
        Array.Sort(edges, (x, y) =>
        {
            var c = component[x.A].CompareTo(component[y.A]);
            return c != 0 ? c : y.Similarity != x.Similarity ? y.Similarity.CompareTo(x.Similarity) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B);
        });
        var parent = new int[n];
        var size = new int[n];
        for (var i = 0; i < n; i++)
        {
            parent[i] = i;
            size[i] = 1;
        }
        // Sum of link similarities between groups, kept per pair of group roots and merged with the groups, so the
        // average-link test costs one lookup instead of a pass over every member pair.
        var between = new GroupLinks();
        for (var start = 0; start < edges.Length;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = start;
            while (end < edges.Length && component[edges[end].A] == component[edges[start].A])
            {
                end++;
            }
            between.Clear(end - start);
            for (var k = start; k < end; k++)
            {
                between.Add(edges[k].A, edges[k].B, edges[k].Similarity);
            }
            for (var k = start; k < end; k++)
            {
                MergeIfClose(edges[k], parent, size, between);
            }
            start = end;
        }
        var groups = new List<List<int>>();
        var groupOf = new Dictionary<int, int>();
        for (var i = 0; i < n; i++)
        {
            var r = Find(parent, i);
            if (!groupOf.TryGetValue(r, out var g))
            {
                groupOf[r] = g = groups.Count;
                groups.Add([]);
            }
            groups[g].Add(i);
        }
        return [.. groups.Select(g => g.ToArray())];
    }

    /// <summary>A short human label for a group of documents: its four heaviest terms, spelled as in the documents
    /// (a capitalized spelling when there is one).</summary>
    public static string Label(IReadOnlyList<DossierDocument> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var sum = new Dictionary<uint, double>();
        foreach (var m in members)
        {
            var counts = Terms(m.Text ?? string.Empty);
            var norm = Math.Sqrt(counts.Values.Sum(v => v * v));
            foreach (var (t, w) in counts)
            {
                sum[t] = sum.GetValueOrDefault(t) + (norm > 0 ? w / norm : 0);
            }
        }
        var top = sum.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(4).Select(p => p.Key).ToList();
        var surface = new Dictionary<uint, string>();
        foreach (var m in members.Take(8))
        {
            var text = m.Text ?? string.Empty;
            foreach (var w in TextFeatures.Tokens(text))
            {
                var h = TermKey(w.Hash);
                if (top.Contains(h) && (!surface.TryGetValue(h, out var s) || (w.IsCapitalized && !char.IsUpper(s[0]))))
                {
                    surface[h] = text[w.Start..w.End];
                }
            }
        }
        return string.Join(", ", top.Select(t => surface.GetValueOrDefault(t, "?")));
    }

    private void MergeIfClose(Edge e, int[] parent, int[] size, GroupLinks between)
    {
        var ra = Find(parent, e.A);
        var rb = Find(parent, e.B);
        if (ra == rb)
        {
            return;
        }
        // Average link between the two groups, counting unlinked pairs as 0: merging needs half the threshold on average.
        if (between.Sum(ra, rb) / ((double)size[ra] * size[rb]) < _options.Threshold / 2)
        {
            return;
        }
        // The group with fewer neighbours joins the other; its sums move over.
        var (keep, drop) = between.Degree(ra) >= between.Degree(rb) ? (ra, rb) : (rb, ra);
        between.Merge(keep, drop);
        parent[drop] = keep;
        size[keep] += size[drop];
    }

    // IDF against the collection plus BackgroundDocuments imaginary documents that lack the term, so a folder
    // holding one story still weighs its shared words (a plain IDF would zero words every document uses).
    private static void Weigh(ClusterFeatures f, IReadOnlyDictionary<uint, int> df, int n)
    {
        var norm = 0.0;
        for (var k = 0; k < f.Terms.Length; k++)
        {
            var w = (1 + Math.Log(f.Weights[k])) * Math.Log((double)(n + BackgroundDocuments + 1) / (df[f.Terms[k]] + 1));
            f.Weights[k] = (float)w;
            norm += w * w;
        }
        norm = Math.Sqrt(norm);
        if (norm > 0)
        {
            for (var k = 0; k < f.Terms.Length; k++)
            {
                f.Weights[k] = (float)(f.Weights[k] / norm);
            }
        }
    }

    private Edge[] CandidateEdges(IReadOnlyList<ClusterFeatures> vectors, IReadOnlyDictionary<uint, int> df, CancellationToken cancellationToken)
    {
        var n = vectors.Count;
        // Each document's candidate terms, flat (document i owns candidates[start[i]..start[i + 1]]), and the inverted
        // index as one sorted array of (term, day, document): no list or dictionary entry per term, which at a million
        // documents cost more than the links.
        var start = new int[n + 1];
        var candidates = new uint[(long)n * _options.CandidateTerms];
        for (var i = 0; i < n; i++)
        {
            // Only terms another document shares can link documents.
            start[i + 1] = start[i] + Top(vectors[i], df, candidates.AsSpan(start[i], _options.CandidateTerms));
        }
        var postings = new Posting[start[n]];
        for (var i = 0; i < n; i++)
        {
            for (var k = start[i]; k < start[i + 1]; k++)
            {
                postings[k] = new Posting(candidates[k], vectors[i].Day, i);
            }
        }
        // Within a term, by (day, document): a long list is followed only near each document's publication date, since
        // articles about one event appear within days of each other, so a name many stories share still links the
        // articles of each. Documents without a date sort first and meet each other in input order.
        Array.Sort(postings);
        var half = Math.Max(1, _options.CommonTermWindow / 2);
        // Candidates are gathered per document (each pair once, never all pairs at once), so memory holds only the links kept.
        var found = new Edge[]?[n];
        Parallel.For(0, n, Parallelism.Options(cancellationToken), () => new CandidateScratch(), (i, _, scratch) =>
        {
            var seen = scratch.Seen;
            var windowHits = scratch.WindowHits;
            seen.Clear();
            windowHits.Clear();
            List<Edge>? kept = null;
            void Compare(int j)
            {
                var s = Cosine(vectors[i], vectors[j]) * TimeFactor(vectors[i].Day, vectors[j].Day);
                if (s >= _options.Threshold)
                {
                    (kept ??= []).Add(new Edge(i, j, (float)s));
                }
            }
            for (var c = start[i]; c < start[i + 1]; c++)
            {
                var (lo, hi) = Posting.Range(postings, candidates[c]);
                if (hi - lo <= _options.MaxPosting)
                {
                    for (var k = lo; k < hi; k++)
                    {
                        var j = postings[k].Document;
                        if (j > i && seen.Add(j))
                        {
                            Compare(j);
                        }
                    }
                    continue;
                }
                // The window of positions is symmetric, so a pair inside it is seen from both ends and kept once (j > i).
                var at = Array.BinarySearch(postings, lo, hi - lo, new Posting(candidates[c], vectors[i].Day, i));
                for (int k = Math.Max(lo, at - half), to = Math.Min(hi, at + half + 1); k < to; k++)
                {
                    var j = postings[k].Document;
                    if (j <= i)
                    {
                        continue;
                    }
                    if (_options.MinCommonTermHits <= 1)
                    {
                        if (seen.Add(j))
                        {
                            Compare(j);
                        }
                    }
                    else
                    {
                        windowHits[j] = windowHits.GetValueOrDefault(j) + 1;
                    }
                }
            }
            // With MinCommonTermHits > 1, a neighbour met only through common terms must share that many.
            foreach (var (j, hits) in windowHits)
            {
                if (hits >= _options.MinCommonTermHits && seen.Add(j))
                {
                    Compare(j);
                }
            }
            if (kept is { Count: > 0 } && kept.Count > _options.MaxLinksPerDocument)
            {
                // The strongest links decide the groups; keeping only those bounds memory at any archive size.
                kept.Sort((x, y) => y.Similarity != x.Similarity ? y.Similarity.CompareTo(x.Similarity) : x.B.CompareTo(y.B));
                kept.RemoveRange(_options.MaxLinksPerDocument, kept.Count - _options.MaxLinksPerDocument);
            }
            found[i] = kept?.ToArray();
            return scratch;
        }, _ => { });
        // One exact-size array (the per-document pieces are dropped as they are copied): at a million documents the
        // links are the largest thing clustering holds besides the signatures.
        var total = 0L;
        foreach (var piece in found)
        {
            total += piece?.Length ?? 0;
        }
        var edges = new Edge[total];
        var at = 0;
        for (var i = 0; i < n; i++)
        {
            if (found[i] is { } piece)
            {
                piece.CopyTo(edges, at);
                at += piece.Length;
                found[i] = null;
            }
        }
        return edges;
    }

    /// <summary>How much of their similarity two documents keep for the days between them: 1 within
    /// <see cref="ClusterOptions.SameStoryDays"/> or when either day is unknown, then halving every
    /// <see cref="ClusterOptions.DecayHalfLifeDays"/>.</summary>
    internal double TimeFactor(int dayA, int dayB)
    {
        if (dayA == ClusterFeatures.UnknownDay || dayB == ClusterFeatures.UnknownDay)
        {
            return 1;
        }
        var beyond = Math.Abs((long)dayA - dayB) - _options.SameStoryDays;
        return beyond <= 0 ? 1 : Math.Pow(2, -beyond / _options.DecayHalfLifeDays);
    }

    /// <summary>Cosine of two unit vectors given as term-sorted arrays.</summary>
    /// <remarks>A merge of the two term lists; the products are summed in term order, as they always were. The step is
    /// branch-free (both sides advance on their own comparison), since which side advances is a coin toss the processor
    /// cannot predict.</remarks>
    internal static double Cosine(ClusterFeatures a, ClusterFeatures b)
    {
        ReadOnlySpan<uint> termsA = a.Terms;
        ReadOnlySpan<uint> termsB = b.Terms;
        ReadOnlySpan<float> weightsA = a.Weights;
        ReadOnlySpan<float> weightsB = b.Weights;
        var dot = 0.0;
        int i = 0, j = 0;
        while (i < termsA.Length && j < termsB.Length)
        {
            var x = termsA[i];
            var y = termsB[j];
            if (x == y)
            {
                dot += (double)weightsA[i] * weightsB[j];
            }
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
        }
        return dot;
    }

    /// <summary>Writes the document's heaviest terms that another document shares into <paramref name="into"/> (as many as
    /// it holds); returns how many were written.</summary>
    private static int Top(ClusterFeatures v, IReadOnlyDictionary<uint, int> df, Span<uint> into)
    {
        var shared = new List<(uint Term, float Weight)>(v.Terms.Length);
        for (var i = 0; i < v.Terms.Length; i++)
        {
            if (df[v.Terms[i]] >= 2)
            {
                shared.Add((v.Terms[i], v.Weights[i]));
            }
        }
        shared.Sort((x, y) => y.Weight != x.Weight ? y.Weight.CompareTo(x.Weight) : x.Term.CompareTo(y.Term));
        var count = Math.Min(into.Length, shared.Count);
        for (var i = 0; i < count; i++)
        {
            into[i] = shared[i].Term;
        }
        return count;
    }

    /// <summary>A term's 32-bit key: the 64-bit word hash folded in half. At a million documents the signatures are most
    /// of what clustering holds, and a rare collision only merges two terms' weights.</summary>
    internal static uint TermKey(ulong hash) => (uint)(hash ^ (hash >> 32));

    /// <summary>Term frequencies with boosts; terms are content-word stems, capitalized words and numbers of two or more digits.</summary>
    internal static Dictionary<uint, double> Terms(string text)
    {
        // Tokens, not Words: the same cuts, keys and hashes without a string per word.
        var words = TextFeatures.Tokens(text);
        var counts = new Dictionary<uint, double>(words.Count / 2);
        foreach (var w in words)
        {
            if (!w.IsContent || w.KeyLength < 2)
            {
                continue;
            }
            var boost = w.IsNumber ? NumberBoost : w.IsCapitalized ? CapitalizedBoost : 1.0;
            var h = TermKey(w.Hash);
            counts[h] = counts.GetValueOrDefault(h) + boost;
        }
        return counts;
    }

    /// <summary>Sums of link similarities between group roots of one connected component. One entry per linked pair and a
    /// neighbour list per root (stale entries are skipped lazily): a dictionary per root cost about 1 KB per document.</summary>
    private sealed class GroupLinks
    {
        private readonly Dictionary<long, double> _sums = [];
        private readonly Dictionary<int, List<int>> _neighbours = [];
        private readonly Dictionary<int, int> _degree = [];

        private static long Key(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

        /// <summary>Empties the sums and makes room for a component of <paramref name="links"/> links, so a large one
        /// fills its tables once instead of doubling them (each doubling leaves the old arrays as garbage).</summary>
        public void Clear(int links)
        {
            _sums.Clear();
            _neighbours.Clear();
            _degree.Clear();
            _sums.EnsureCapacity(links);
        }

        public void Add(int a, int b, double similarity)
        {
            ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(_sums, Key(a, b), out var existed);
            sum += similarity;
            if (!existed)
            {
                Link(a, b);
                Link(b, a);
            }
        }

        public double Sum(int a, int b) => _sums.GetValueOrDefault(Key(a, b));

        public int Degree(int root) => _degree.GetValueOrDefault(root);

        /// <summary>Moves the sums of <paramref name="drop"/> to <paramref name="keep"/>.</summary>
        public void Merge(int keep, int drop)
        {
            _sums.Remove(Key(keep, drop));
            _degree[keep]--;
            foreach (var other in _neighbours[drop])
            {
                // Entries of roots merged away earlier, or repeated, no longer have a sum with drop.
                if (other == keep || !_sums.Remove(Key(drop, other), out var moved))
                {
                    continue;
                }
                ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(_sums, Key(keep, other), out var existed);
                sum += moved;
                if (existed)
                {
                    _degree[other]--;
                }
                else
                {
                    Link(keep, other);
                    _neighbours[other].Add(keep);
                }
            }
            _neighbours.Remove(drop);
            _degree.Remove(drop);
        }

        private void Link(int from, int to)
        {
            if (!_neighbours.TryGetValue(from, out var list))
            {
                _neighbours[from] = list = [];
            }
            list.Add(to);
            _degree[from] = _degree.GetValueOrDefault(from) + 1;
        }
    }

    /// <summary>One entry of the inverted index: a document that has <see cref="Term"/> among its candidate terms.</summary>
    private readonly record struct Posting(uint Term, int Day, int Document) : IComparable<Posting>
    {
        public int CompareTo(Posting other) =>
            Term != other.Term ? Term.CompareTo(other.Term) : Day != other.Day ? Day.CompareTo(other.Day) : Document.CompareTo(other.Document);

        /// <summary>The entries of <paramref name="term"/> in the sorted index: [lo, hi).</summary>
        public static (int Lo, int Hi) Range(Posting[] sorted, uint term) => (Bound(sorted, term), Bound(sorted, term + 1UL));

        // First entry whose term is at least term (as a 64-bit value, so term + 1 past uint.MaxValue means "the end").
        private static int Bound(Posting[] sorted, ulong term)
        {
            int lo = 0, hi = sorted.Length;
            while (lo < hi)
            {
                var mid = (int)((uint)(lo + hi) >> 1);
                if (sorted[mid].Term < term)
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
    }

    private sealed class CandidateScratch
    {
        public HashSet<int> Seen { get; } = [];

        public Dictionary<int, int> WindowHits { get; } = [];
    }

    /// <summary>A link between documents <see cref="A"/> &lt; <see cref="B"/> at or above the threshold.</summary>
    private readonly record struct Edge(int A, int B, float Similarity);

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
