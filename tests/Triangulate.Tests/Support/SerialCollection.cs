namespace Triangulate.Tests.Support;

/// <summary>Tests that measure process-wide figures (managed heap, working set) run alone, not beside other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "serial (process-wide measurements)";
}
