using Triangulate.Analysis;

namespace Triangulate.Linking.Reconciliation;

/// <summary>Fills <c>series[]</c> (figure series with update/conflict steps and low / best / high) and <c>flags[]</c> (consistency flags).</summary>
/// <remarks>Runs after figures, time, entities and reuse: it needs claims, their resolved time scopes and attributions, and the reuse links.
/// Series and flags are built per story cluster when documents carry one, so separate stories never mix.</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class ReconciliationPass : IDossierPass, ISectionProvider
{
    /// <inheritdoc/>
    public string Name => "reconciliation";

    /// <inheritdoc/>
    public IReadOnlyList<string> Sections { get; } = ["series", "flags"];

    /// <inheritdoc/>
    public Dossier.Dossier Apply(Dossier.Dossier dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var groups = dossier.Documents.GroupBy(d => d.Cluster ?? string.Empty, StringComparer.Ordinal).ToList();
        if (groups.Count <= 1)
        {
            var (series, flags) = Reconciler.Reconcile(dossier);
            return dossier with { Series = series, Flags = flags };
        }
        var allSeries = new List<FigureSeries>();
        var allFlags = new List<ConsistencyFlag>();
        foreach (var g in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ids = g.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            var part = dossier with
            {
                Documents = [.. g],
                Claims = [.. dossier.Claims.Where(c => ids.Contains(c.Doc))],
                Reuse = [.. dossier.Reuse.Where(r => ids.Contains(r.A) && ids.Contains(r.B))],
            };
            var (series, flags) = Reconciler.Reconcile(part);
            var prefix = g.Key.Length == 0 ? string.Empty : g.Key + "-";
            allSeries.AddRange(series.Select(s => s with { Id = prefix + s.Id }));
            allFlags.AddRange(flags);
        }
        return dossier with { Series = allSeries, Flags = allFlags };
    }
}
