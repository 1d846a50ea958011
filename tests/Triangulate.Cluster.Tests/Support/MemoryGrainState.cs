using Orleans.Hosting;
using Orleans.TestingHost;

namespace Triangulate.Cluster.Tests.Support;

/// <summary>Registers the story-cluster grain storage in memory for the in-process TestingHost silos.</summary>
public sealed class MemoryGrainState : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder) => siloBuilder.AddMemoryGrainStorage(StoryClusterGrain.StorageName);
}
