using System.Text.Json.Nodes;
using NJsonSchema;
using Triangulate.Pipeline;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Contract;

public sealed class DossierJsonTests
{
    private static JsonSchema Schema() =>
        JsonSchema.FromFileAsync(Path.Combine(Paths.Repo, "docs", "dossier.schema.json")).GetAwaiter().GetResult();

    [Fact]
    public void Serialize_Sample_ValidAgainstTheSchema()
    {
        var dossier = Analyzer.Analyze([Paths.Sample]);
        var json = DossierJson.Serialize(dossier);
        var errors = Schema().Validate(json);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        Assert.Equal(5, dossier.Documents.Count);
    }

    [Fact]
    public void Serialize_Sample_RoundTripsUnchanged()
    {
        var dossier = Analyzer.Analyze([Paths.Sample]);
        var json = DossierJson.Serialize(dossier);
        var back = DossierJson.Deserialize(json);
        Assert.Equal(json, DossierJson.Serialize(back));
    }

    [Fact]
    public void Serialize_UsesSnakeCaseContractNames()
    {
        var dossier = Analyzer.Analyze([Paths.Sample]);
        var root = JsonNode.Parse(DossierJson.Serialize(dossier))!.AsObject();
        Assert.Equal("triangulate/1", (string?)root["schema"]);
        foreach (var section in new[] { "documents", "claims", "entities", "quotes", "dates", "reuse", "series", "flags", "timeline" })
        {
            Assert.True(root.ContainsKey(section), section);
        }
        var doc = root["documents"]![0]!.AsObject();
        Assert.True(doc.ContainsKey("original_length"));
        Assert.True(doc.ContainsKey("removed"));
    }

    [Fact]
    public void Schema_RejectsADossierMissingASection()
    {
        var json = JsonNode.Parse(DossierJson.Serialize(Analyzer.Analyze([Paths.Sample])))!.AsObject();
        json.Remove("claims");
        Assert.NotEmpty(Schema().Validate(json.ToJsonString()));
    }

    [Fact]
    public void Analyze_ShuffledInputOrder_SameDossier()
    {
        var files = Directory.GetFiles(Paths.Sample, "*.txt");
        var forward = DossierJson.Serialize(Analyzer.Analyze(files));
        var backward = DossierJson.Serialize(Analyzer.Analyze(files.Reverse()));
        // File names are relative to the input root; for single files that is the file name, so both orders agree.
        Assert.Equal(forward, backward);
    }
}
