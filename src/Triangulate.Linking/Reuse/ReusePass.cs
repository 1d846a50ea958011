using Triangulate.Linking.Clustering;

namespace Triangulate.Linking.Reuse;

/// <summary>Fills <c>reuse[]</c> (text reuse and self-repeats, with the passages of large families bounded by <see cref="PassageBound"/>), <c>origin_groups[]</c> (documents that share one origin, see <see cref="OriginGrouping"/>)
/// and <c>clusters[]</c> (story clusters, also set on each document).</summary>
/// <remarks>Runs after the per-document extraction passes and before reconciliation, which counts reused texts as one origin.
/// When every document already carries a cluster id (assigned upstream), those clusters are kept.</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class ReusePass : IDossierPass, ISectionProvider
{
    private readonly ReuseDetector _detector;
    private readonly StoryClusterer _clusterer;

    /// <summary>Creates the pass with default (or given) detector and clusterer.</summary>
    public ReusePass(ReuseDetector? detector = null, StoryClusterer? clusterer = null)
    {
        _detector = detector ?? new ReuseDetector();
        _clusterer = clusterer ?? new StoryClusterer();
    }

    /// <inheritdoc/>
    public string Name => "reuse";

    /// <inheritdoc/>
    public IReadOnlyList<string> Sections { get; } = ["reuse", "origin_groups", "clusters"];

    /// <inheritdoc/>
    public Dossier Apply(Dossier dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var found = _detector.Detect(dossier.Documents, cancellationToken);
        var origins = OriginGrouping.Of(dossier.Documents, found);
        // Every link stays; a large family of copies writes its aligned passages once per document, not once per pair.
        var links = PassageBound.Apply(found, origins);
        if (dossier.Documents.Count > 0 && dossier.Documents.All(d => d.Cluster is not null))
        {
            // Clusters decided upstream (a partitioned run over an archive, or a cluster grain) are kept as they are.
            var given = dossier.Documents.GroupBy(d => d.Cluster!, StringComparer.Ordinal)
                .Select(g => new StoryCluster(g.Key, [.. g.Select(d => d.Id)], StoryClusterer.Label([.. g])))
                .ToList();
            return dossier with { Reuse = links, OriginGroups = origins, Clusters = given };
        }
        var (clusters, clusterOf) = _clusterer.Cluster(dossier.Documents, cancellationToken);
        var documents = dossier.Documents.Select(d => clusterOf.TryGetValue(d.Id, out var c) ? d with { Cluster = c } : d).ToList();
        return dossier with { Documents = documents, Reuse = links, OriginGroups = origins, Clusters = clusters };
    }
}
