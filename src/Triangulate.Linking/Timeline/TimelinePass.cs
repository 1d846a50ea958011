namespace Triangulate.Linking.Timeline;

/// <summary>The timeline pass: one entry per date the articles report, from the resolved date mentions and the claims' time scopes.</summary>
/// <remarks>Runs after the time pass, which resolves the mentions and the claims' time scopes this pass reads.</remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public sealed class TimelinePass : IDossierPass, ISectionProvider
{
    /// <inheritdoc/>
    public string Name => "timeline";

    /// <inheritdoc/>
    public IReadOnlyList<string> Sections { get; } = ["timeline"];

    /// <inheritdoc/>
    public Dossier Apply(Dossier dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        cancellationToken.ThrowIfCancellationRequested();
        return dossier with { Timeline = TimelineBuilder.Build(dossier.Documents, dossier.Dates, dossier.Claims) };
    }
}
