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

    /// <summary>The stage projects under the pipeline, lowest first (docs/architecture.md).</summary>
    public static readonly string[] Stages =
        ["Triangulate.Ingest", "Triangulate.Cleaning", "Triangulate.Execution", "Triangulate.Extraction", "Triangulate.Linking"];

    /// <summary>
    /// The table of docs/architecture.md: which of our assemblies each library may reference. "Triangulate" is the pipeline;
    /// a tool that references it sees the stages under it too.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> MayReference = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Triangulate.Model"] = [],
        ["Triangulate.Ingest"] = ["Triangulate.Model"],
        ["Triangulate.Cleaning"] = ["Triangulate.Model", "Triangulate.Ingest"],
        ["Triangulate.Execution"] = ["Triangulate.Model"],
        ["Triangulate.Extraction"] = ["Triangulate.Model", "Triangulate.Execution"],
        ["Triangulate.Linking"] = ["Triangulate.Model", "Triangulate.Execution", "Triangulate.Extraction"],
        ["Triangulate"] = ["Triangulate.Model", .. Stages],
        ["Triangulate.Rendering"] = ["Triangulate.Model"],
        ["Triangulate.Storage"] = ["Triangulate.Model", .. Stages, "Triangulate", "Triangulate.Rendering"],
        ["Triangulate.Evaluation"] = ["Triangulate.Model", .. Stages, "Triangulate"],
        ["Triangulate.Watching"] = ["Triangulate.Model", .. Stages, "Triangulate", "Triangulate.Rendering", "Triangulate.Storage"],
        ["Triangulate.Benchmarking"] = ["Triangulate.Model", .. Stages, "Triangulate", "Triangulate.Rendering", "Triangulate.Storage"],
        ["Triangulate.Serving"] = ["Triangulate.Model", "Triangulate.Rendering", "Triangulate.Storage"],
    };

    /// <summary>The types of <paramref name="assembly"/> in <paramref name="ns"/> (and below) that depend on any of <paramref name="forbidden"/>.</summary>
    public static IReadOnlyList<string> Offenders(Assembly assembly, string ns, params string[] forbidden) => Offenders([assembly], ns, forbidden);

    /// <summary>The types of <paramref name="assemblies"/> in <paramref name="ns"/> (and below) that depend on any of <paramref name="forbidden"/>.</summary>
    public static IReadOnlyList<string> Offenders(IReadOnlyList<Assembly> assemblies, string ns, params string[] forbidden)
    {
        var result = Types.InAssemblies(assemblies).That().ResideInNamespace(ns).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        return result.IsSuccessful ? [] : [.. (result.FailingTypeNames ?? []).Order(StringComparer.Ordinal)];
    }

    /// <summary>The types of <paramref name="assembly"/> in <paramref name="ns"/> but outside the <paramref name="allowed"/> namespaces that use files, sockets, HTTP or databases.</summary>
    public static IReadOnlyList<string> IoOutside(Assembly assembly, string ns, params string[] allowed) => IoOutside([assembly], ns, allowed);

    /// <summary>The types of <paramref name="assemblies"/> in <paramref name="ns"/> but outside the <paramref name="allowed"/> namespaces that use files, sockets, HTTP or databases.</summary>
    public static IReadOnlyList<string> IoOutside(IReadOnlyList<Assembly> assemblies, string ns, params string[] allowed)
    {
        var types = Types.InAssemblies(assemblies).That().ResideInNamespace(ns);
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

    /// <summary>The assemblies of ours that <paramref name="assembly"/> references although <paramref name="allowed"/> does not list them.</summary>
    public static IReadOnlyList<string> ForbiddenReferences(Assembly assembly, IEnumerable<string> allowed) =>
        [.. OurReferences(assembly).Except(allowed, StringComparer.Ordinal)];
}
