using Triangulate.Pipeline;
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

    // Members recorded since the state was last written: the state is written every SaveEvery members, when the dossier is built and when the
    // grain deactivates (one write per member made the cluster grain the bottleneck of a large cluster). A crash loses at most the last few
    // names of the count, never data: the dossier is built from the store.
    private const int SaveEvery = 32;

    private string? _dossier;
    private int _unsaved;

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
        if (++_unsaved >= SaveEvery)
        {
            await SaveAsync();
        }
    }

    /// <inheritdoc/>
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await SaveAsync();
        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    private async Task SaveAsync()
    {
        if (_unsaved > 0)
        {
            await state.WriteStateAsync();
            _unsaved = 0;
        }
    }

    /// <inheritdoc/>
    public async Task<string> DossierJsonAsync(string db)
    {
        await SaveAsync();
        if (_dossier is null)
        {
            var key = this.GetPrimaryKeyString();
            // Reading the store and the analysis block: on the thread pool, so the silo's scheduler keeps routing messages meanwhile.
            _dossier = await Task.Run(() =>
            {
                using var store = DossierStores.Open(db);
                var documents = CopyIds.Rederive(store.Documents(key + "/"));
                var dossier = new PipelineBuilder().UseDefaults().Build().Run(documents);
                store.SaveDossier("cluster:" + key, dossier);
                return DossierJson.Serialize(dossier);
            });
        }
        return _dossier;
    }

    /// <inheritdoc/>
    public Task<int> MemberCountAsync() => Task.FromResult(state.State.Members.Count);
}
