using Triangulate.Analysis;
using Triangulate.Dossier;
using Triangulate.Storage;

namespace Triangulate.Cluster;

/// <summary>One story cluster: knows its members and runs the cross-document pipeline over them when its dossier is asked for after a change.</summary>
/// <remarks>Members are read back from the shared store by the cluster's file prefix (<c>cluster/</c>), in the store's order, so the dossier is the
/// one <c>triangulate export --prefix cluster/</c> builds on one machine. State is in memory (the store is the source of truth; a re-activated grain
/// rebuilds on the next request).</remarks>
public sealed class StoryClusterGrain : Grain, IStoryClusterGrain
{
    private readonly HashSet<string> _members = new(StringComparer.Ordinal);
    private string? _dossier;

    /// <inheritdoc/>
    public Task MemberAddedAsync(string file)
    {
        if (_members.Add(file))
        {
            _dossier = null;
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<string> DossierJsonAsync(string db)
    {
        if (_dossier is null)
        {
            var prefix = this.GetPrimaryKeyString() + "/";
            using var store = DossierStores.Open(db);
            var documents = CopyIds.Rederive(store.Documents(prefix));
            var dossier = new PipelineBuilder().UseDefaults().Build().Run(documents);
            _dossier = DossierJson.Serialize(dossier);
            store.SaveDossier("cluster:" + this.GetPrimaryKeyString(), dossier);
        }
        return Task.FromResult(_dossier);
    }

    /// <inheritdoc/>
    public Task<int> MemberCountAsync() => Task.FromResult(_members.Count);
}
