namespace Triangulate.Cluster;

/// <summary>What a story cluster grain keeps in grain storage: its members, so a re-activated grain (after a silo restart or on another silo)
/// still knows them.</summary>
[GenerateSerializer]
public sealed class ClusterState
{
    /// <summary>Member file names (<c>cluster/file</c>), in ordinal order.</summary>
    [Id(0)] public List<string> Members { get; set; } = [];
}
