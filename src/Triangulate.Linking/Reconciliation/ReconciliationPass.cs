using Triangulate.Extraction.Figures;
using Triangulate.Linking.Reuse;

namespace Triangulate.Linking.Reconciliation;

/// <summary>Fills <c>series[]</c> (figure series with update/conflict steps, low / best / high and their reading order, see <see cref="SeriesRanking"/>) and <c>flags[]</c> (consistency flags).</summary>
/// <remarks>Runs after figures, time, entities and reuse: it needs claims, their resolved time scopes and attributions, and the reuse links.
/// Series and flags are built per story cluster when documents carry one, so separate stories never mix. Claims, reuse links and
/// documents are bucketed by cluster in one pass, so the pass grows with the size of the largest cluster, not with
/// clusters × claims.</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class ReconciliationPass : IDossierPass, ISectionProvider
{
    /// <inheritdoc/>
    public string Name => "reconciliation";

    /// <inheritdoc/>
    public IReadOnlyList<string> Sections { get; } = ["series", "flags"];

    /// <inheritdoc/>
    public Dossier Apply(Dossier dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var clusterOf = new Dictionary<string, string>(dossier.Documents.Count, StringComparer.Ordinal);
        var docs = new Dictionary<string, List<DossierDocument>>(StringComparer.Ordinal);
        foreach (var d in dossier.Documents)
        {
            var key = d.Cluster ?? string.Empty;
            clusterOf.TryAdd(d.Id, key);
            if (!docs.TryGetValue(key, out var list))
            {
                docs[key] = list = [];
            }
            list.Add(d);
        }
        var entityNames = Reconciler.EntityNames(dossier);
        if (docs.Count <= 1)
        {
            var (series, flags) = Reconciler.Reconcile(dossier, entityNames);
            return dossier with { Series = SeriesRanking.Ranked(series), Flags = flags };
        }
        var claims = new Dictionary<string, List<FigureClaim>>(StringComparer.Ordinal);
        foreach (var c in dossier.Claims)
        {
            // A claim of an unknown document goes with the unclustered ones, as before.
            var key = clusterOf.GetValueOrDefault(c.Doc, string.Empty);
            if (!claims.TryGetValue(key, out var list))
            {
                claims[key] = list = [];
            }
            list.Add(c);
        }
        var reuse = new Dictionary<string, List<ReuseLink>>(StringComparer.Ordinal);
        foreach (var r in dossier.Reuse)
        {
            if (clusterOf.TryGetValue(r.A, out var ka) && clusterOf.TryGetValue(r.B, out var kb) && ka == kb)
            {
                if (!reuse.TryGetValue(ka, out var list))
                {
                    reuse[ka] = list = [];
                }
                list.Add(r);
            }
        }
        var allSeries = new List<FigureSeries>();
        var allFlags = new List<ConsistencyFlag>();
        foreach (var (key, members) in docs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var part = dossier with
            {
                Documents = members,
                Claims = claims.TryGetValue(key, out var cl) ? cl : [],
                Reuse = reuse.TryGetValue(key, out var rl) ? rl : [],
            };
            var (series, flags) = Reconciler.Reconcile(part, entityNames);
            var prefix = key.Length == 0 ? string.Empty : key + "-";
            allSeries.AddRange(series.Select(s => s with { Id = prefix + s.Id }));
            allFlags.AddRange(flags);
        }
        return dossier with { Series = SeriesRanking.Ranked(allSeries), Flags = allFlags };
    }
}
