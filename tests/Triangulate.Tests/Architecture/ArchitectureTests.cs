using Triangulate.Cleaning;
using Triangulate.Rendering;
using Triangulate.Storage;

namespace Triangulate.Tests.Architecture;

/// <summary>
/// The one-way layers (docs/architecture.md). Project references make most of them compile-time facts; the rules
/// inside the stages assembly (Extraction never uses Linking, no stage uses the pipeline, no stage touches files) are checked here.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly System.Reflection.Assembly s_model = typeof(Dossier).Assembly;
    private static readonly System.Reflection.Assembly s_stages = typeof(CleanDocument).Assembly;
    private static readonly System.Reflection.Assembly s_rendering = typeof(IDossierRenderer).Assembly;

    [Fact]
    public void Model_ReferencesNothingOfOurs()
    {
        // Given the model assembly
        // When its references and type dependencies are listed
        var references = LayerRules.OurReferences(s_model);
        var offenders = LayerRules.Offenders(s_model, "Triangulate.Model", LayerRules.OurLayers);

        // Then none is ours
        Assert.Empty(references);
        Assert.Empty(offenders);
    }

    [Fact]
    public void Rendering_UsesOnlyTheModel()
    {
        Assert.Equal(["Triangulate.Model"], LayerRules.OurReferences(s_rendering));
        Assert.Empty(LayerRules.Offenders(s_rendering, "Triangulate.Rendering", [.. LayerRules.OurLayers.Where(l => l != "Triangulate.Rendering")]));
        Assert.Empty(LayerRules.IoOutside(s_rendering, "Triangulate"));
    }

    [Fact]
    public void Serving_ReadsTheStoreAndReusesTheRenderer_NeverTheStagesOrTheCli()
    {
        // serve is an app on top of Storage (read side) and Rendering: it runs no stage and does not know the CLI.
        var serving = typeof(Triangulate.Serving.ServeApp).Assembly;

        Assert.Equal(["Triangulate.Model", "Triangulate.Rendering", "Triangulate.Storage"], LayerRules.OurReferences(serving));
        Assert.Empty(LayerRules.Offenders(serving, "Triangulate.Serving", "Triangulate.Cli", "Triangulate.Pipeline", "Triangulate.Extraction", "Triangulate.Linking", "Triangulate.Cleaning"));
    }

    [Fact]
    public void Stages_ReferenceOnlyTheModel()
    {
        Assert.Equal(["Triangulate.Model"], LayerRules.OurReferences(s_stages));
    }

    [Fact]
    public void Extraction_NeverUsesLinkingRenderingStorageOrThePipeline()
    {
        var offenders = LayerRules.Offenders(s_stages, "Triangulate.Extraction",
            "Triangulate.Linking", "Triangulate.Rendering", "Triangulate.Storage", "Triangulate.Pipeline");

        Assert.Empty(offenders);
    }

    [Fact]
    public void Linking_NeverUsesRenderingStorageOrThePipeline()
    {
        var offenders = LayerRules.Offenders(s_stages, "Triangulate.Linking", "Triangulate.Rendering", "Triangulate.Storage", "Triangulate.Pipeline");

        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("Triangulate.Ingest")]
    [InlineData("Triangulate.Cleaning")]
    [InlineData("Triangulate.Execution")]
    public void LowerStages_NeverUseThePipeline(string stage)
    {
        Assert.Empty(LayerRules.Offenders(s_stages, stage, "Triangulate.Pipeline"));
    }

    [Fact]
    public void StagesAndPipeline_NoFilesSocketsOrDatabasesOutsideIngest()
    {
        // Given the stages and pipeline assembly
        // When types outside Ingest are checked for file, socket, HTTP and database use
        var offenders = LayerRules.IoOutside(s_stages, "Triangulate", "Triangulate.Ingest");

        // Then there are none
        Assert.Empty(offenders);
    }

    [Fact]
    public void Storage_IsWhereTheDatabaseDriversLive()
    {
        // A check that the I/O rule sees real dependencies: the store does use SQLite.
        Assert.NotEmpty(LayerRules.Offenders(typeof(SqliteDossierStore).Assembly, "Triangulate.Storage", "Microsoft.Data.Sqlite"));
    }

    [Fact]
    public void Rules_SyntheticViolations_AreReported()
    {
        // Given types (in this test assembly) that break each rule on purpose: an extraction step that builds a timeline
        // through Linking, a stage that opens the pipeline, a renderer that writes a file, a model type that uses a stage
        var tests = typeof(ArchitectureTests).Assembly;
        const string Root = "Triangulate.Tests.Architecture.Violations";

        // When the same rules run over them
        var extraction = LayerRules.Offenders(tests, Root + ".Extraction", "Triangulate.Linking", "Triangulate.Rendering", "Triangulate.Storage", "Triangulate.Pipeline");
        var linking = LayerRules.Offenders(tests, Root + ".Linking", "Triangulate.Rendering", "Triangulate.Storage", "Triangulate.Pipeline");
        var io = LayerRules.IoOutside(tests, Root);
        var model = LayerRules.Offenders(tests, Root + ".Model", LayerRules.OurLayers);

        // Then each violation is named
        Assert.Equal([Root + ".Extraction.TimelineThroughLinking"], extraction);
        Assert.Equal([Root + ".Linking.PassThatRunsThePipeline"], linking);
        Assert.Equal([Root + ".Rendering.RendererThatWritesAFile"], io);
        Assert.Equal([Root + ".Model.RecordThatUsesAStage"], model);
    }
}
