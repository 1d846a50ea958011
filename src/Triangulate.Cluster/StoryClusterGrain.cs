using Triangulate.Analysis;
using Triangulate.Dossier;
using Triangulate.Storage;

namespace Triangulate.Cluster;

/// <summary>One story cluster: knows its members and runs the cross-document pipeline over them when its dossier is asked for after a change.</summary>
/// <remarks>Members are read back from the shared store by the cluster's file prefix (<c>cluster/</c>), in the store's order, so the dossier is the
/// one <c>triangulate export --prefix cluster/</c> builds on one machine. The member list is grain state in the <see cref="StorageName"/> provider
/// (ADO.NET on PostgreSQL when the silos run on a database, in memory otherwise), so a re-activated grain still knows its members; the dossier
/// itself is saved in the store as <c>cluster:&lt;id&gt;</c> and cached in memory until the next member arrives.</remarks>
public sealed class StoryClusterGrain(
    [PersistentState("members", StoryClusterGrain.StorageName)] IPersistentState<ClusterState> state) : Grain, IStoryClusterGrain
{
    /// <summary>The grain-storage provider name silos must register.</summary>
    public const string StorageName = "triangulate";

    private string? _dossier;

    /// <inheritdoc/>
    public async Task MemberAddedAsync(string file)
    {
        var members = state.State.Members;
        var at = members.BinarySearch(file, StringComparer.Ordinal);
        if (at >= 0)
        {
            return;
        }
        members.Insert(~at, file);
        _dossier = null;
        await state.WriteStateAsync();
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
    public Task<int> MemberCountAsync() => Task.FromResult(state.State.Members.Count);
}
