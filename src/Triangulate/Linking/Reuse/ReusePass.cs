using Triangulate.Analysis;
using Triangulate.Linking.Clustering;

namespace Triangulate.Linking.Reuse;

/// <summary>Fills <c>reuse[]</c> (text reuse and self-repeats) and <c>clusters[]</c> (story clusters, also set on each document).</summary>
/// <remarks>Runs after the per-document extraction passes and before reconciliation, which counts reused texts as one origin.</remarks>
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
    public IReadOnlyList<string> Sections { get; } = ["reuse", "clusters"];

    /// <inheritdoc/>
    public Dossier.Dossier Apply(Dossier.Dossier dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var links = _detector.Detect(dossier.Documents, cancellationToken);
        var (clusters, clusterOf) = _clusterer.Cluster(dossier.Documents, cancellationToken);
        var documents = dossier.Documents.Select(d => clusterOf.TryGetValue(d.Id, out var c) ? d with { Cluster = c } : d).ToList();
        return dossier with { Documents = documents, Reuse = links, Clusters = clusters };
    }
}
