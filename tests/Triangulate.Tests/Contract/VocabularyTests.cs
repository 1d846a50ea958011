using System.Text.Json.Nodes;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Contract;

/// <summary>The closed vocabularies are enums in code and strings in dossier.json: the two spellings must agree, and agree with the schema.</summary>
public sealed class VocabularyTests
{
    private static readonly DossierDocument s_doc = new("d1", "d1.txt", "At least 745 civilians were killed on Thursday.");

    private static JsonObject Written(Dossier dossier) => JsonNode.Parse(DossierJson.Serialize(dossier))!.AsObject();

    private static string? At(JsonObject root, string section, string field) => (string?)root[section]![0]![field];

    [Fact]
    public void Serialize_EveryReuseKind_WritesItsCode()
    {
        foreach (var kind in Enum.GetValues<ReuseKind>())
        {
            // Given a dossier with one link of that kind
            var dossier = new Dossier { Reuse = [new ReuseLink("d1", "d2", kind, 0.9, [])] };

            // When it is written and read back
            var root = Written(dossier);
            var back = DossierJson.Deserialize(DossierJson.Serialize(dossier));

            // Then the JSON holds the contract name, and reading it gives the same value
            Assert.Equal(kind.Code(), At(root, "reuse", "kind"));
            Assert.Equal(kind, back.Reuse[0].Kind);
        }
    }

    [Fact]
    public void Serialize_EveryFlagKind_WritesItsCode()
    {
        foreach (var kind in Enum.GetValues<FlagKind>())
        {
            var dossier = new Dossier { Flags = [new ConsistencyFlag(kind, ["c1"], ["d1"], "One sentence.")] };
            Assert.Equal(kind.Code(), At(Written(dossier), "flags", "kind"));
            Assert.Equal(kind, DossierJson.Deserialize(DossierJson.Serialize(dossier)).Flags[0].Kind);
        }
    }

    [Fact]
    public void Serialize_EverySeriesRelation_WritesItsCode()
    {
        foreach (var relation in Enum.GetValues<SeriesRelation>())
        {
            var series = new FigureSeries("s-killed-all", Measures.Killed, "all", ["c1", "c2"], [new SeriesStep("c1", "c2", relation, "Why.")], 1,
                new Estimate(745, 745, 745, "One origin."));
            var root = Written(new Dossier { Series = [series] });
            Assert.Equal(relation.Code(), (string?)root["series"]![0]!["steps"]![0]!["relation"]);
        }
    }

    [Fact]
    public void Serialize_EveryEntityType_WritesItsCodeAndParsesBack()
    {
        foreach (var type in Enum.GetValues<EntityType>())
        {
            var dossier = new Dossier { Entities = [new Entity("e-1", type, "Name", ["Name"], [])] };
            Assert.Equal(type.Code(), At(Written(dossier), "entities", "type"));
            Assert.Equal(type, Vocabulary.ParseEntityType(type.Code()));
        }
        Assert.False(Vocabulary.TryParseEntityType("Person", out _));
    }

    [Fact]
    public void Serialize_EveryDatePrecisionAndBasis_WritesItsCode()
    {
        foreach (var precision in Enum.GetValues<DatePrecision>())
        {
            var dossier = new Dossier
            {
                Dates = [new DateMention("d1", 36, 47, "on Thursday") { Precision = precision }],
                Timeline = [new TimelineEntry("2025-03-06", "Killings.", ["d1"], []) { Precision = precision }],
            };
            var root = Written(dossier);
            Assert.Equal(precision.Code(), At(root, "dates", "precision"));
            Assert.Equal(precision.Code(), At(root, "timeline", "precision"));
        }
        foreach (var how in Enum.GetValues<DateBasis>())
        {
            var dossier = new Dossier { Documents = [s_doc with { Published = new PublishedDate("2025-03-07", DatePrecision.Day, how) }] };
            Assert.Equal(how.Code(), (string?)Written(dossier)["documents"]![0]!["published"]!["how"]);
        }
    }

    [Fact]
    public void Serialize_ProblemStageAndSeverity_WriteTheirNames()
    {
        foreach (var severity in Enum.GetValues<ProblemSeverity>())
        {
            // Given a problem from a pass outside the fixed stages
            var dossier = new Dossier { Problems = [new Problem("a.txt", "unreadable", new ProblemStage("figures"), severity)] };

            // When written and read back
            var root = Written(dossier);
            var back = DossierJson.Deserialize(DossierJson.Serialize(dossier)).Problems[0];

            // Then the stage is its bare name and the severity its code
            Assert.Equal("figures", At(root, "problems", "stage"));
            Assert.Equal(severity.Code(), At(root, "problems", "severity"));
            Assert.Equal((new ProblemStage("figures"), severity), (back.Stage, back.Severity));
        }
    }

    [Theory]
    [InlineData("entity", "type")]
    [InlineData("reuse", "kind")]
    [InlineData("problem", "severity")]
    public void Codes_SchemaEnumeration_SameSetAsTheEnum(string definition, string property)
    {
        // Given the schema's list of allowed strings
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Paths.Repo, "docs", "dossier.schema.json")))!;
        var allowed = schema["definitions"]![definition]!["properties"]![property]!["enum"]!.AsArray().Select(n => (string)n!).Order(StringComparer.Ordinal);

        // When the enum's codes are listed
        IEnumerable<string> codes = (definition, property) switch
        {
            ("entity", _) => Enum.GetValues<EntityType>().Select(t => t.Code()),
            ("reuse", _) => Enum.GetValues<ReuseKind>().Select(k => k.Code()),
            _ => Enum.GetValues<ProblemSeverity>().Select(s => s.Code()),
        };

        // Then they are the same set
        Assert.Equal(allowed, codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Codes_SchemaEnumeration_CoversRelationsAndDateBasis()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Paths.Repo, "docs", "dossier.schema.json")))!;
        var relations = schema["definitions"]!["series"]!["properties"]!["steps"]!["items"]!["properties"]!["relation"]!["enum"]!.AsArray().Select(n => (string)n!);
        var how = schema["definitions"]!["document"]!["properties"]!["published"]!["properties"]!["how"]!["enum"]!.AsArray().Select(n => (string)n!);
        Assert.Equal(relations.Order(StringComparer.Ordinal), Enum.GetValues<SeriesRelation>().Select(r => r.Code()).Order(StringComparer.Ordinal));
        Assert.Equal(how.Order(StringComparer.Ordinal), Enum.GetValues<DateBasis>().Select(h => h.Code()).Order(StringComparer.Ordinal));
    }
}
