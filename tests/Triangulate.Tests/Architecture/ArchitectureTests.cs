using System.Reflection;
using Triangulate.Cleaning;
using Triangulate.Rendering;
using Triangulate.Storage;

namespace Triangulate.Tests.Architecture;

/// <summary>
/// The one-way layers (docs/architecture.md). Each stage is its own project, so the project references make the layer
/// rules compile-time facts; the tests check the compiled assemblies' references against the table, and the namespace
/// rules (Extraction never uses Linking, no stage uses the pipeline, no stage touches files) over the types themselves.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly s_model = typeof(Dossier).Assembly;
    private static readonly Assembly s_ingest = typeof(Triangulate.Ingest.SourceDocument).Assembly;
    private static readonly Assembly s_cleaning = typeof(CleanDocument).Assembly;
    private static readonly Assembly s_execution = typeof(Triangulate.Execution.PerDocument).Assembly;
    private static readonly Assembly s_extraction = typeof(Triangulate.Extraction.Figures.FiguresPass).Assembly;
    private static readonly Assembly s_linking = typeof(Triangulate.Linking.Reuse.ReusePass).Assembly;
    private static readonly Assembly s_pipeline = typeof(Triangulate.Pipeline.PipelineBuilder).Assembly;
    private static readonly Assembly s_rendering = typeof(IDossierRenderer).Assembly;

    /// <summary>The stages and the pipeline: the assemblies the namespace rules below run over.</summary>
    private static readonly Assembly[] s_stages = [s_ingest, s_cleaning, s_execution, s_extraction, s_linking, s_pipeline];

    private static readonly Dictionary<string, Assembly> s_libraries = new[]
    {
        s_model, s_ingest, s_cleaning, s_execution, s_extraction, s_linking, s_pipeline, s_rendering,
        typeof(SqliteDossierStore).Assembly, typeof(Triangulate.Evaluation.GoldFile).Assembly,
        typeof(Triangulate.Watching.Watcher).Assembly, typeof(Triangulate.Benchmarking.SyntheticCorpus).Assembly,
        typeof(Triangulate.Serving.ServeApp).Assembly,
    }.ToDictionary(a => a.GetName().Name!, StringComparer.Ordinal);

    public static TheoryData<string> Libraries => new(LayerRules.MayReference.Keys);

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Library_ReferencesOnlyWhatTheTableAllows(string library)
    {
        // Given a compiled library and its row of the table in docs/architecture.md
        var assembly = s_libraries[library];

        // When its references to our assemblies are listed
        var forbidden = LayerRules.ForbiddenReferences(assembly, LayerRules.MayReference[library]);

        // Then each is allowed by the table
        Assert.Empty(forbidden);
    }

    [Fact]
    public void Stages_AreSeparateAssemblies_InTheTablesOrder()
    {
        // The stages are projects of their own (so the compiler, not only this test, keeps the layers apart) and each
        // references only stages below it.
        Assert.Equal(LayerRules.Stages, s_stages.Take(5).Select(a => a.GetName().Name!));
        Assert.Equal(["Triangulate.Model"], LayerRules.OurReferences(s_ingest));
        Assert.Equal(["Triangulate.Ingest", "Triangulate.Model"], LayerRules.OurReferences(s_cleaning));
        Assert.Equal(["Triangulate.Model"], LayerRules.OurReferences(s_execution));
        Assert.Equal(["Triangulate.Execution", "Triangulate.Model"], LayerRules.OurReferences(s_extraction));
        Assert.Equal(["Triangulate.Execution", "Triangulate.Extraction", "Triangulate.Model"], LayerRules.OurReferences(s_linking));
    }

    [Fact]
    public void ExtractionAndLinkingAssemblies_NeverReferenceTheLayersAboveThem()
    {
        // The rules, as assembly references: Extraction never uses Linking, Rendering, Storage or the pipeline;
        // Linking never uses Rendering, Storage or the pipeline.
        var extraction = LayerRules.OurReferences(s_extraction);
        var linking = LayerRules.OurReferences(s_linking);

        Assert.DoesNotContain("Triangulate.Linking", extraction);
        Assert.DoesNotContain("Triangulate.Rendering", extraction);
        Assert.DoesNotContain("Triangulate.Storage", extraction);
        Assert.DoesNotContain("Triangulate", extraction);
        Assert.DoesNotContain("Triangulate.Rendering", linking);
        Assert.DoesNotContain("Triangulate.Storage", linking);
        Assert.DoesNotContain("Triangulate", linking);
    }

    [Fact]
    public void ReferenceRule_ReportsAnAssemblyThatReferencesALayerAboveIt()
    {
        // Given a real assembly that references every layer (this test assembly), judged by the Extraction and Linking rows
        var tests = typeof(ArchitectureTests).Assembly;

        // When the reference rule runs over it
        var asExtraction = LayerRules.ForbiddenReferences(tests, LayerRules.MayReference["Triangulate.Extraction"]);
        var asLinking = LayerRules.ForbiddenReferences(tests, LayerRules.MayReference["Triangulate.Linking"]);
        var asModel = LayerRules.ForbiddenReferences(tests, LayerRules.MayReference["Triangulate.Model"]);

        // Then the forbidden references are named, and the allowed ones are not
        Assert.Contains("Triangulate.Linking", asExtraction);
        Assert.Contains("Triangulate.Rendering", asExtraction);
        Assert.Contains("Triangulate.Storage", asExtraction);
        Assert.Contains("Triangulate", asExtraction);
        Assert.DoesNotContain("Triangulate.Execution", asExtraction);
        Assert.DoesNotContain("Triangulate.Model", asExtraction);
        Assert.Contains("Triangulate.Rendering", asLinking);
        Assert.Contains("Triangulate", asLinking);
        Assert.DoesNotContain("Triangulate.Extraction", asLinking);
        Assert.Contains("Triangulate.Model", asModel);
    }

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
    public void Pipeline_ReferencesTheModelAndTheStagesOnly()
    {
        Assert.Equal(["Triangulate.Cleaning", "Triangulate.Execution", "Triangulate.Extraction", "Triangulate.Ingest", "Triangulate.Linking", "Triangulate.Model"],
            LayerRules.OurReferences(s_pipeline));
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
