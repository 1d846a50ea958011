using Triangulate.Pipeline;
using Triangulate.Evaluation;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Linking;

/// <summary>Our own mixed test set (Fixtures/Linking/mixed-stories): three invented stories, a paraphrase, a wire copy and a repeated caption.</summary>
public sealed class MixedStoriesTests(ITestOutputHelper output)
{
    private static string Folder => Path.Combine(Paths.Fixtures, "Linking", "mixed-stories");

    [Fact]
    public void Analyze_MixedStories_ReuseAndClustersMatchTheGold()
    {
        // Given the folder through the default pipeline
        var dossier = Analyzer.Analyze([Folder]);
        var gold = GoldFile.Load(Path.Combine(Folder, "gold.json"));

        // When scored
        var reuse = new Evaluator([new ReuseScorer()]).Evaluate(gold, dossier, Folder).Section("reuse")!;
        var storyOf = dossier.Documents.ToDictionary(d => d.Id, d => Path.GetFileName(d.File)[0]);
        var (tp, fp, fn) = (0, 0, 0);
        var docs = dossier.Documents;
        for (var i = 0; i < docs.Count; i++)
        {
            for (var j = i + 1; j < docs.Count; j++)
            {
                var same = storyOf[docs[i].Id] == storyOf[docs[j].Id];
                var together = docs[i].Cluster == docs[j].Cluster;
                (tp, fp, fn) = (tp + (same && together ? 1 : 0), fp + (!same && together ? 1 : 0), fn + (same && !together ? 1 : 0));
            }
        }
        var (p, r, _) = Prf.Of(tp, tp + fp, tp + fn);

        // Then
        output.WriteLine($"reuse P={reuse.Metrics["precision"]:0.00} R={reuse.Metrics["recall"]:0.00}; clusters P={p:0.00} R={r:0.00} ({dossier.Clusters.Count} clusters)");
        foreach (var note in reuse.Notes)
        {
            output.WriteLine("  " + note);
        }
        Assert.Equal(1.0, reuse.Metrics["precision"]);
        Assert.Equal(1.0, reuse.Metrics["recall"]);
        Assert.Equal(1.0, p);
        Assert.Equal(1.0, r);
        var copy = dossier.Reuse.Single(l => storyOf[l.A] == 'b' && l.A != l.B);
        Assert.Equal(ReuseKind.Copy, copy.Kind);
    }
}
