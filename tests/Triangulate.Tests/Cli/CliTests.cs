using static Triangulate.Tests.Support.CliRun;
using Triangulate.Cli;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Cli;

public sealed class CliTests
{
    [Fact]
    public void Analyze_Sample_WritesDossierAndExitsZero()
    {
        using var dir = new TempDir();
        var (exit, output, error) = Run("analyze", Paths.Sample, "--out", dir.File("out"), "--db", dir.File("t.db"));
        Assert.True(exit == 0, error);
        Assert.True(File.Exists(dir.File("out/dossier.json")));
        Assert.True(File.Exists(dir.File("out/dossier.md")));
        Assert.Contains("5 documents", output, StringComparison.Ordinal);
        Assert.Contains("5 new document(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_OneBadInput_ExitOneAndTheRestWritten()
    {
        using var dir = new TempDir();
        dir.Write("in/good.txt", "Flood\nAt least 42 people were killed in the flood, officials said.");
        dir.Write("in/bad.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 1, 2, 3]);
        var (exit, _, error) = Run("analyze", dir.File("in"), "--out", dir.File("out"), "--no-db", "--format", "json");
        Assert.Equal(1, exit);
        Assert.Contains("bad.txt", error, StringComparison.Ordinal);
        Assert.Contains("binary", error, StringComparison.Ordinal);
        Assert.True(File.Exists(dir.File("out/dossier.json")));
    }

    [Fact]
    public void Analyze_NothingReadable_ExitThree()
    {
        using var dir = new TempDir();
        dir.Write("in/empty.txt", "");
        var (exit, _, error) = Run("analyze", dir.File("in"), "--out", dir.File("out"), "--no-db");
        Assert.Equal(3, exit);
        Assert.Contains("empty.txt", error, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("out/dossier.json")));
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("analyze")]
    [InlineData("analyze", "x", "--format", "pdf")]
    public void Run_UsageErrors_ExitTwo(params string[] args)
    {
        var (exit, _, error) = Run(args);
        Assert.Equal(2, exit);
        Assert.Contains("error", error, StringComparison.Ordinal);
    }

    [Fact]
    public void IngestThenExport_SameDocumentsAsAnalyze()
    {
        using var dir = new TempDir();
        var db = dir.File("t.db");
        var (exit1, out1, _) = Run("ingest", Paths.Sample, "--db", db);
        Assert.Equal(0, exit1);
        Assert.Contains("5 new", out1, StringComparison.Ordinal);
        var (exit2, out2, _) = Run("ingest", Paths.Sample, "--db", db);
        Assert.Equal(0, exit2);
        Assert.Contains("0 new", out2, StringComparison.Ordinal);
        var (exit3, _, err3) = Run("export", "--db", db, "--out", dir.File("out"), "--format", "json");
        Assert.True(exit3 == 0, err3);
        var exported = Triangulate.Model.DossierJson.Deserialize(File.ReadAllText(dir.File("out/dossier.json")));
        Assert.Equal(5, exported.Documents.Count);
    }

    [Fact]
    public void Eval_SampleJson_ReportsEverySection()
    {
        var (exit, output, _) = Run("eval", "--gold", Path.Combine(Paths.Sample, "gold.json"), "--json");
        Assert.Equal(0, exit);
        var root = System.Text.Json.Nodes.JsonNode.Parse(output)!.AsObject();
        foreach (var section in new[] { "claims", "dates", "entities", "quotes", "reuse", "flags", "boilerplate" })
        {
            Assert.True(root.ContainsKey(section), section);
        }
        Assert.Equal(1.0, (double)root["boilerplate"]!["recall"]!);
    }
}
