using System.Globalization;
using Triangulate.Pipeline;
using Triangulate.Evaluation;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Extraction.Figures;

public sealed class CorpusClaimsTests(ITestOutputHelper output)
{
    // Ratchet: raise these as the rules improve; never lower them to make a change pass.
    private static readonly Dictionary<string, double> s_f1Floor = new(StringComparer.Ordinal)
    {
        ["syria-coast-2025-03"] = 0.95,
        ["gaza-ahli-hospital-2023-10"] = 0.95,
        ["crocus-city-hall-2024-03"] = 0.95,
        ["turkey-syria-earthquake-2023-02"] = 0.95,
    };

    public static TheoryData<string> Events()
    {
        var data = new TheoryData<string>();
        foreach (var name in new[] { "syria-coast-2025-03", "gaza-ahli-hospital-2023-10", "crocus-city-hall-2024-03", "turkey-syria-earthquake-2023-02" })
        {
            data.Add(name);
        }
        return data;
    }

    public static TheoryData<string> OwnFixtures()
    {
        var data = new TheoryData<string>();
        var root = Path.Combine(Paths.Fixtures, "Gold");
        if (Directory.Exists(root))
        {
            foreach (var dir in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
            {
                // Gold sets made for other stages (entities, quotes) may annotate no claims.
                if (GoldFile.Load(Path.Combine(dir, "gold.json")).Claims.Count > 0)
                {
                    data.Add(Path.GetFileName(dir));
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void Evaluate_CorpusEvent_ClaimsF1AboveFloor(string name)
    {
        // Given
        var folder = Paths.CorpusEvents.FirstOrDefault(d => Path.GetFileName(d) == name);
        if (folder is null)
        {
            Assert.Skip($"../shared/corpus/{name} is absent; the corpus gold test needs the shared corpus.");
        }

        // When
        var claims = Score(folder);

        // Then
        Assert.True(claims.Metrics["f1"] >= s_f1Floor[name], $"{name}: claims F1 {claims.Metrics["f1"]:0.000} below floor {s_f1Floor[name]:0.00}");
        if (name == "syria-coast-2025-03")
        {
            Assert.True(claims.Metrics["qualifier_accuracy"] >= 0.9, $"qualifier accuracy {claims.Metrics["qualifier_accuracy"]:0.000}");
        }
    }

    [Theory]
    [MemberData(nameof(OwnFixtures))]
    public void Evaluate_OwnGoldFixture_ClaimsF1AboveFloor(string name)
    {
        var folder = Path.Combine(Paths.Fixtures, "Gold", name);
        var claims = Score(folder);
        Assert.True(claims.Metrics["f1"] >= 0.85, $"{name}: claims F1 {claims.Metrics["f1"]:0.000} below 0.85");
        Assert.True(claims.Metrics["qualifier_accuracy"] >= 0.8, $"{name}: qualifier accuracy {claims.Metrics["qualifier_accuracy"]:0.000}");
    }

    private EvalSection Score(string folder)
    {
        var goldPath = Path.Combine(folder, "gold.json");
        var dossier = Analyzer.Analyze([folder]);
        var report = new Evaluator().Evaluate(GoldFile.Load(goldPath), dossier, goldPath);
        var claims = report.Section("claims");
        Assert.NotNull(claims);
        Assert.Equal("scored", claims.Status);
        var line = string.Join("  ", claims.Metrics.Select(kv => $"{kv.Key}={kv.Value.ToString("0.###", CultureInfo.InvariantCulture)}"));
        output.WriteLine($"{Path.GetFileName(folder)}: {line}");
        foreach (var note in claims.Notes)
        {
            output.WriteLine("  " + note);
        }
        var report_ = Environment.GetEnvironmentVariable("TRIANGULATE_REPORT_DIR");
        if (!string.IsNullOrEmpty(report_))
        {
            File.WriteAllLines(Path.Combine(report_, Path.GetFileName(folder) + ".txt"), [line, .. claims.Notes]);
        }
        return claims;
    }
}
