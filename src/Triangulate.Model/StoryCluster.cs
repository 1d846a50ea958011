namespace Triangulate.Model;

/// <summary>Documents that report the same event.</summary>
/// <param name="Id">Cluster id, e.g. <c>s-1</c>.</param>
/// <param name="Docs">Document ids in the cluster.</param>
/// <param name="Label">A short human label (top shared places/entities/terms).</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record StoryCluster(string Id, IReadOnlyList<string> Docs, string Label);
