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
    public void SerializeCompact_Sample_SameValuesWithoutIndentation_AndParsesBackToTheSameDossier()
    {
        // Given the sample's dossier
        var dossier = Analyzer.Analyze([Paths.Sample]);

        // When it is written compact (as the stores keep it) and indented (as dossier.json)
        var compact = DossierJson.SerializeCompact(dossier);
        var indented = DossierJson.Serialize(dossier);
        using var stream = new MemoryStream();
        DossierJson.SerializeCompact(stream, dossier);

        // Then the compact text has no line breaks, is smaller, equals the indented text as JSON, and reads back to the same dossier
        Assert.DoesNotContain('\n', compact);
        Assert.True(compact.Length < indented.Length * 0.8, $"compact {compact.Length} vs indented {indented.Length}");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(indented), JsonNode.Parse(compact)));
        Assert.Equal(indented, DossierJson.Serialize(DossierJson.Deserialize(compact)));
        Assert.Equal(compact, System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        Assert.True(Schema().Validate(compact).Count == 0);
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
