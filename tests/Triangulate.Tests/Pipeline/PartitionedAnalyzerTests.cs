using System.Text.Json;
using Triangulate.Pipeline;
using Triangulate.Storage.Output;
using Triangulate.Benchmarking;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Pipeline;

public sealed class PartitionedAnalyzerTests
{
    private static (string Doc, int Start, int End, long? Value, string Measure)[] ClaimKeys(Dossier d) =>
        [.. d.Claims.Select(c => (c.Doc, c.Start, c.End, c.Value, c.Measure)).Order()];

    [Fact]
    public void Run_TwoCorpusEventsMixed_EachClusterHasTheClaimsOfItsEventAnalysedAlone()
    {
        var events = Paths.CorpusEvents.ToList();
        if (events.Count < 2)
        {
            Assert.Skip("../shared/corpus is absent: the partitioned run is compared with whole runs on two real events.");
        }
        using var temp = new TempDir();

        // Given two real events in one input, analysed by cluster
        var result = PartitionedFolders.Run(events.Take(2), temp.Path, formats: ["json", "csv"]);

        // Then there are two clusters, and each cluster's dossier has exactly the claims of its event analysed on its own
        Assert.Equal(2, result.Clusters);
        var clusters = Directory.GetDirectories(Path.Combine(temp.Path, "clusters")).Order(StringComparer.Ordinal)
            .Select(dir => DossierJson.Deserialize(File.ReadAllText(Path.Combine(dir, "dossier.json")))!)
            .ToList();
        foreach (var ev in events.Take(2))
        {
            var alone = Analyzer.Analyze([ev]);
            var match = clusters.Single(c => c.Documents.Select(d => d.Id).Order().SequenceEqual(alone.Documents.Select(d => d.Id).Order()));
            Assert.Equal(ClaimKeys(alone), ClaimKeys(match));
            Assert.Equal(alone.Series.Select(s => s.Estimate.Best).Order(), match.Series.Select(s => s.Estimate.Best).Order());
            Assert.All(match.Documents, d => Assert.Equal(match.Clusters.Single().Id, d.Cluster));
        }
        Assert.Equal(result.Claims, clusters.Sum(c => c.Claims.Count));

        // And the merged claims.csv has one record per claim under one header
        using var csv = CsvHelper.CsvReader.FromFile(Path.Combine(temp.Path, "claims.csv"), CsvHelper.CsvReaderOptions.Default, FileOptions.None);
        csv.ReadHeader();
        var ids = new List<string>();
        while (csv.Read())
        {
            ids.Add(csv.GetString(csv.GetFieldIndex("claim_id"))!);
        }
        Assert.Equal(clusters.SelectMany(c => c.Claims).Select(c => c.Id).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Run_SameGeneratedCorpusTwice_SameClustersAndFiles()
    {
        using var temp = new TempDir();
        var corpus = temp.File("corpus.jsonl.gz");
        new SyntheticCorpus(7).WriteJsonLines(corpus, 240);

        // When the same corpus is analysed twice, with different worker counts
        var a = PartitionedFolders.Run([corpus], temp.File("a"), new PartitionedOptions { Workers = 1 }, formats: ["json", "csv"]);
        var b = PartitionedFolders.Run([corpus], temp.File("b"), new PartitionedOptions { Workers = 3, QueueCapacity = 4 }, formats: ["json", "csv"]);

        // Then the clusters, the index and the merged CSV are identical: order never depends on timing
        Assert.Equal(240, a.Documents);
        Assert.True(a.Clusters is > 1 and < 240, $"{a.Clusters} clusters for 240 articles about ~6 events");
        Assert.Equal(a.Clusters, b.Clusters);
        Assert.Equal(a.Claims, b.Claims);
        Assert.Equal(File.ReadAllText(temp.File("a/index.json")), File.ReadAllText(temp.File("b/index.json")));
        Assert.Equal(File.ReadAllText(temp.File("a/claims.csv")), File.ReadAllText(temp.File("b/claims.csv")));
        Assert.Contains(a.Stages, s => s.Stage == "clean" && s.Seconds > 0);
        Assert.Contains(a.Stages, s => s.Stage == "figures");
    }

    [Fact]
    public void Run_BrokenFileAmongGoodOnes_NamedInIndexOthersAnalysed()
    {
        using var temp = new TempDir();
        var input = Directory.CreateDirectory(temp.File("in")).FullName;
        File.WriteAllText(Path.Combine(input, "good.txt"),
            "Floods kill 12 in river town\n\nAt least 12 people were killed when the river burst its banks on Monday, the mayor said.\n");
        File.WriteAllBytes(Path.Combine(input, "broken.html.gz"), [0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]);

        var result = PartitionedFolders.Run([input], temp.File("out"));

        Assert.Equal(1, result.Documents);
        Assert.Contains(result.Problems, p => p.File.EndsWith("broken.html.gz", StringComparison.Ordinal) && p.Severity == ProblemSeverity.Error);
        using var index = JsonDocument.Parse(File.ReadAllText(temp.File("out/index.json")));
        Assert.Contains(index.RootElement.GetProperty("problems").EnumerateArray(), p => p.GetProperty("file").GetString()!.EndsWith("broken.html.gz", StringComparison.Ordinal));
        Assert.Equal(1, index.RootElement.GetProperty("clusters")[0].GetProperty("documents").GetInt32());
        Assert.True(index.RootElement.GetProperty("clusters")[0].GetProperty("claims").GetInt32() >= 1);
    }
}
