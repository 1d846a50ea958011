using Triangulate.Pipeline;
using Triangulate.Evaluation;
using Triangulate.Linking.Clustering;
using Triangulate.Linking.Reconciliation;
using Triangulate.Linking.Reuse;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Linking;

/// <summary>Every gold event in ../shared/corpus: reuse pairs and flags (with the gold's claims as an oracle extractor), and clustering of all events mixed.</summary>
public sealed class LinkingCorpusTests(ITestOutputHelper output)
{
    // Floors we ratchet up: (reuse precision, reuse recall, flag recall) per event, measured with the gold's own claims.
    private static readonly Dictionary<string, (double P, double R, double Flags)> s_floors = new(StringComparer.Ordinal)
    {
        ["syria-coast-2025-03"] = (1.0, 1.0, 1.0),
        ["gaza-ahli-hospital-2023-10"] = (1.0, 1.0, 0.5),
        // Flag recall 1.0 -> 0.75: the gold's "002 dates the attack a day late" was found only through a rise told in one
        // sentence ("93 ... 115"), an increment that no longer raises a conflict (issue 22).
        ["crocus-city-hall-2024-03"] = (1.0, 1.0, 0.75),
        ["turkey-syria-earthquake-2023-02"] = (1.0, 1.0, 1.0),
    };

    [Fact]
    public void ReuseAndFlags_EveryCorpusEvent_MeetFloors()
    {
        if (Paths.Corpus is null)
        {
            Assert.Skip("../shared/corpus is absent: no gold to score against");
        }
        foreach (var folder in Paths.CorpusEvents)
        {
            // Given the event's documents with the gold's claims
            var (dossier, gold) = GoldClaims.Load(folder);

            // When linked and reconciled
            dossier = new ReconciliationPass().Apply(new ReusePass().Apply(dossier, default), default);
            var report = new Evaluator([new ReuseScorer(), new FlagScorer()]).Evaluate(gold, dossier, folder);

            // Then
            var name = Path.GetFileName(folder);
            var reuse = report.Section("reuse")!;
            var flags = report.Section("flags")!;
            output.WriteLine($"{name}: reuse P={reuse.Metrics["precision"]:0.00} R={reuse.Metrics["recall"]:0.00}  flags R={flags.Metrics["recall"]:0.00} ({flags.Metrics["predicted"]} predicted)");
            foreach (var n in reuse.Notes.Concat(flags.Notes))
            {
                output.WriteLine("   " + n);
            }
            var floor = s_floors.TryGetValue(name, out var f) ? f : (P: 1.0, R: 0.5, Flags: 0.25);
            Assert.True(reuse.Metrics["precision"] >= floor.P, $"{name}: reuse precision {reuse.Metrics["precision"]:0.00} < {floor.P}");
            Assert.True(reuse.Metrics["recall"] >= floor.R, $"{name}: reuse recall {reuse.Metrics["recall"]:0.00} < {floor.R}");
            Assert.True(flags.Metrics["recall"] >= floor.Flags, $"{name}: flag recall {flags.Metrics["recall"]:0.00} < {floor.Flags}");
        }
    }

    [Fact]
    public void StoryClusterer_AllCorpusEventsMixed_PairwisePrecisionAndRecall()
    {
        if (Paths.Corpus is null)
        {
            Assert.Skip("../shared/corpus is absent: no events to mix");
        }
        // Given every event's documents in one folder's worth
        var documents = new List<DossierDocument>();
        var eventOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in Paths.CorpusEvents)
        {
            var (cleaned, _) = Analyzer.ReadAndClean([folder]);
            foreach (var d in Triangulate.Cleaning.DossierDocuments.FromCleaned(cleaned))
            {
                documents.Add(d);
                eventOf[d.Id] = Path.GetFileName(folder);
            }
        }
        // shuffled deterministically so order cannot help
        documents = [.. documents.OrderBy(d => d.Id, StringComparer.Ordinal)];

        // When clustered
        var (clusters, clusterOf) = new StoryClusterer().Cluster(documents);

        // Then pairwise precision/recall against the events
        var (tp, fp, fn) = (0, 0, 0);
        for (var i = 0; i < documents.Count; i++)
        {
            for (var j = i + 1; j < documents.Count; j++)
            {
                var same = eventOf[documents[i].Id] == eventOf[documents[j].Id];
                var together = clusterOf[documents[i].Id] == clusterOf[documents[j].Id];
                (tp, fp, fn) = (tp + (same && together ? 1 : 0), fp + (!same && together ? 1 : 0), fn + (same && !together ? 1 : 0));
            }
        }
        var (p, r, _) = Prf.Of(tp, tp + fp, tp + fn);
        output.WriteLine($"{documents.Count} documents, {clusters.Count} clusters: pairwise P={p:0.00} R={r:0.00}");
        foreach (var c in clusters)
        {
            output.WriteLine($"  {c.Id} [{c.Label}] {string.Join(" ", c.Docs.Select(d => eventOf[d][..5]))}");
        }
        Assert.True(p >= 0.95, $"precision {p:0.00}");
        Assert.True(r >= 0.9, $"recall {r:0.00}");
    }

    [Fact]
    public void StoryClusterer_EachCorpusEventAlone_OneCluster()
    {
        if (Paths.Corpus is null)
        {
            Assert.Skip("../shared/corpus is absent");
        }
        foreach (var folder in Paths.CorpusEvents)
        {
            var (cleaned, _) = Analyzer.ReadAndClean([folder]);
            var (clusters, _) = new StoryClusterer().Cluster(Triangulate.Cleaning.DossierDocuments.FromCleaned(cleaned));
            Assert.True(clusters.Count == 1, $"{Path.GetFileName(folder)}: {clusters.Count} clusters");
            // In the pipeline, documents carry the publication dates the time pass resolved (a follow-up weeks later
            // among them), and clustering fades similarity with the days between documents: still one story.
            var dossier = Analyzer.Analyze([folder]);
            Assert.True(dossier.Clusters.Count == 1, $"{Path.GetFileName(folder)} analysed: {dossier.Clusters.Count} clusters");
        }
    }
}
