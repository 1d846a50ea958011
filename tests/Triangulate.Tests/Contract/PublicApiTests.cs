using PublicApiGenerator;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Contract;

/// <summary>
/// The public API of every library project, approved in <c>Expectations/PublicApi/*.verified.txt</c>: an API change shows
/// up as a diff in review. Accept an intended change with <c>scripts/accept-outputs.sh</c>.
/// </summary>
public sealed class PublicApiTests
{
    public static TheoryData<string> Assemblies => new(
        "Triangulate.Model", "Triangulate.Ingest", "Triangulate.Cleaning", "Triangulate.Execution", "Triangulate.Extraction",
        "Triangulate.Linking", "Triangulate", "Triangulate.Rendering", "Triangulate.Storage", "Triangulate.Evaluation",
        "Triangulate.Watching", "Triangulate.Benchmarking");

    private static readonly Dictionary<string, System.Reflection.Assembly> s_byName = new[]
    {
        typeof(Dossier).Assembly, typeof(Triangulate.Ingest.SourceDocument).Assembly, typeof(Triangulate.Cleaning.CleanDocument).Assembly,
        typeof(Triangulate.Execution.PerDocument).Assembly, typeof(Triangulate.Extraction.Figures.FiguresPass).Assembly,
        typeof(Triangulate.Linking.Reuse.ReusePass).Assembly, typeof(Triangulate.Pipeline.PipelineBuilder).Assembly,
        typeof(Triangulate.Rendering.IDossierRenderer).Assembly,
        typeof(Triangulate.Storage.SqliteDossierStore).Assembly, typeof(Triangulate.Evaluation.GoldFile).Assembly,
        typeof(Triangulate.Watching.Watcher).Assembly, typeof(Triangulate.Benchmarking.SyntheticCorpus).Assembly,
    }.ToDictionary(a => a.GetName().Name!, StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void PublicApi_Library_AsApproved(string assembly)
    {
        // Given a library assembly
        // When its public API is printed
        var api = s_byName[assembly].GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false });

        // Then it equals the approved file
        Assert.False(string.IsNullOrWhiteSpace(api));
        Approvals.Verify($"PublicApi/{assembly}.verified.txt", api);
    }
}
