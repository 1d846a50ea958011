using System.Reflection;
using NetArchTest.Rules;

namespace Triangulate.Tests.Architecture;

/// <summary>The layering rules of docs/architecture.md, as functions over any set of types, so the same rule runs over the product and over a synthetic violation.</summary>
public static class LayerRules
{
    /// <summary>Our own root namespaces other than the model (what the model must never use).</summary>
    public static readonly string[] OurLayers =
    [
        "Triangulate.Ingest", "Triangulate.Cleaning", "Triangulate.Extraction", "Triangulate.Linking", "Triangulate.Execution",
        "Triangulate.Pipeline", "Triangulate.Rendering", "Triangulate.Storage", "Triangulate.Evaluation", "Triangulate.Watching",
        "Triangulate.Benchmarking", "Triangulate.Cli", "Triangulate.Cluster", "Triangulate.Serving",
    ];

    /// <summary>Files, sockets, HTTP and databases: only Ingest, Storage and the apps may use them.</summary>
    public static readonly string[] Io =
    [
        "System.IO.File", "System.IO.FileInfo", "System.IO.FileStream", "System.IO.Directory", "System.IO.DirectoryInfo",
        "System.IO.FileSystemWatcher",
        "System.Net.Sockets", "System.Net.Http", "System.Data", "Microsoft.Data.Sqlite", "Npgsql",
    ];

    /// <summary>The types of <paramref name="assembly"/> in <paramref name="ns"/> (and below) that depend on any of <paramref name="forbidden"/>.</summary>
    public static IReadOnlyList<string> Offenders(Assembly assembly, string ns, params string[] forbidden)
    {
        var result = Types.InAssembly(assembly).That().ResideInNamespace(ns).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        return result.IsSuccessful ? [] : [.. (result.FailingTypeNames ?? []).Order(StringComparer.Ordinal)];
    }

    /// <summary>The types of <paramref name="assembly"/> in <paramref name="ns"/> but outside the <paramref name="allowed"/> namespaces that use files, sockets, HTTP or databases.</summary>
    public static IReadOnlyList<string> IoOutside(Assembly assembly, string ns, params string[] allowed)
    {
        var types = Types.InAssembly(assembly).That().ResideInNamespace(ns);
        foreach (var skip in allowed)
        {
            types = types.And().DoNotResideInNamespace(skip);
        }
        var result = types.ShouldNot().HaveDependencyOnAny(Io).GetResult();
        return result.IsSuccessful ? [] : [.. (result.FailingTypeNames ?? []).Order(StringComparer.Ordinal)];
    }

    /// <summary>Assemblies of ours (name starting with <c>Triangulate</c>) that <paramref name="assembly"/> references.</summary>
    public static IReadOnlyList<string> OurReferences(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Triangulate", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
}
