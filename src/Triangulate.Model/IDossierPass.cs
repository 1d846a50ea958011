namespace Triangulate.Model;

/// <summary>One step of the analysis: reads the dossier so far and returns it with its own sections filled.</summary>
/// <remarks>
/// Passes run in the order the pipeline builder (<c>Triangulate.Pipeline.PipelineBuilder</c>) gives them. A pass must not change what an
/// earlier pass produced except to enrich it (e.g. resolve a claim's <c>time_scope</c>), and must return a new
/// dossier rather than mutate the one it was given. Implementations are stateless and thread-safe.
/// </remarks>
public interface IDossierPass
{
    /// <summary>Short stage name used in progress and problem reports, e.g. <c>figures</c>.</summary>
    string Name { get; }

    /// <summary>Returns <paramref name="dossier"/> with this pass's results added.</summary>
    /// <param name="dossier">The dossier so far; its documents carry the cleaned texts.</param>
    /// <param name="cancellationToken">Stops the pass between documents.</param>
    Dossier Apply(Dossier dossier, CancellationToken cancellationToken);
}

/// <summary>Progress of one stage, reported through <see cref="IProgress{T}"/>.</summary>
/// <param name="Stage">Stage name.</param>
/// <param name="Done">Items done.</param>
/// <param name="Total">Items in all, or 0 when unknown.</param>
public readonly record struct StageProgress(string Stage, int Done, int Total);
