using Triangulate.Evaluation;
using Triangulate.Extraction.Figures;
using Triangulate.Linking.Reconciliation;
using Triangulate.Linking.Reuse;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Linking;

/// <summary>The acceptance on the sample: reuse pairs, the civilians series and the four consistency flags.</summary>
public sealed class SampleLinkingTests
{
    // What the time pass is expected to provide for the sample: inferred publication dates and resolved time scopes.
    private static readonly Dictionary<string, string> s_published = new(StringComparer.Ordinal)
    {
        ["000"] = "2025-03-08", ["001"] = "2025-03-09", ["002"] = "2025-03-11", ["003"] = "2025-03-09", ["004"] = "2025-03-09",
    };

    private static FigureClaim Resolve(string goldDoc, GoldClaim gold, FigureClaim claim) => gold.TimeScope switch
    {
        "over Friday and Saturday" or "on Friday and Saturday" => claim with { TimeScope = claim.TimeScope! with { From = "2025-03-07", To = "2025-03-08" } },
        "since March 6" or "since Thursday" or "since an attack commenced on Thursday" => claim with { TimeScope = claim.TimeScope! with { From = "2025-03-06" } },
        _ => claim,
    };

    private static (Triangulate.Model.Dossier Dossier, GoldFile Gold) Analyzed()
    {
        var (dossier, gold) = GoldClaims.Load(Paths.Sample, s_published, Resolve);
        dossier = new ReusePass().Apply(dossier, default);
        return (new ReconciliationPass().Apply(dossier, default), gold);
    }

    [Fact]
    public void Analyze_SampleWithDefaultPipeline_ReuseAndClustersSurviveJsonRoundTrip()
    {
        // Given the sample through the default pipeline
        var dossier = Triangulate.Pipeline.Analyzer.Analyze([Paths.Sample]);

        // When written and read back
        var back = Triangulate.Model.DossierJson.Deserialize(Triangulate.Model.DossierJson.Serialize(dossier));

        // Then
        Assert.Equal(2, back.Reuse.Count);
        Assert.Single(back.Clusters);
        Assert.All(back.Documents, d => Assert.Equal(back.Clusters[0].Id, d.Cluster));
        Assert.DoesNotContain("reuse", back.NotExtracted);
        Assert.DoesNotContain("flags", back.NotExtracted);
        Assert.Equal(dossier.Reuse.Select(r => (r.A, r.B, r.Kind)), back.Reuse.Select(r => (r.A, r.B, r.Kind)));
    }

    [Fact]
    public void ReusePass_Sample_FindsSelfRepeatAndParaphraseOnly()
    {
        // Given the sample
        var (dossier, gold) = Analyzed();
        string G(string id) => dossier.Documents.Single(d => d.Id == id).File[..3];

        // When reuse is detected
        var pairs = dossier.Reuse.Select(r => (A: G(r.A), B: G(r.B), r.Kind)).OrderBy(p => p.A).ThenBy(p => p.B).ToList();

        // Then exactly 001's self-repeat and 001↔004
        Assert.Equal([("001", "001", ReuseKind.SelfRepeat), ("001", "004", ReuseKind.Paraphrase)], pairs);
        foreach (var link in dossier.Reuse)
        {
            var a = dossier.Document(link.A)!.Text;
            var b = dossier.Document(link.B)!.Text;
            Assert.NotEmpty(link.Passages);
            Assert.All(link.Passages, p =>
            {
                Assert.InRange(p.AStart, 0, p.AEnd);
                Assert.InRange(p.AEnd, p.AStart, a.Length);
                Assert.InRange(p.BEnd, p.BStart, b.Length);
            });
            Assert.False(string.IsNullOrEmpty(link.Evidence));
        }
        var paraphrase = dossier.Reuse.Single(r => r.Kind == ReuseKind.Paraphrase);
        Assert.True(paraphrase.Passages.Count >= 5, "most of 004's sentences align with 001's");
        var d004 = dossier.Document(paraphrase.B)!.Text;
        var d001 = dossier.Document(paraphrase.A)!.Text;
        Assert.Contains(paraphrase.Passages, p => d004[p.BStart..p.BEnd].Contains("745 civilians", StringComparison.Ordinal)
            && d001[p.AStart..p.AEnd].Contains("745 civilians", StringComparison.Ordinal));
        _ = gold;
    }

    [Fact]
    public void ReconciliationPass_Sample_CiviliansSeriesRisesWithOneObservatoryOrigin()
    {
        // Given the sample with resolved dates
        var (dossier, _) = Analyzed();
        var claims = dossier.Claims.ToDictionary(c => c.Id);

        // When reconciled
        var civilians = Assert.Single(dossier.Series, s => s.Measure == "killed" && s.Who == "civilians");

        // Then the values read 500/530 → 745 → 973
        var values = civilians.Points.Select(p => claims[p].Value).ToList();
        Assert.Equal([500L, 530, 745, 745, 745, 973], values);
        Assert.Equal(civilians.Points.Count - 1, civilians.Steps.Count);
        Assert.Equal(SeriesRelation.Update, civilians.Steps[^1].Relation);
        Assert.Equal(SeriesRelation.Repeat, civilians.Steps[^2].Relation);
        // the four observatory claims (three spellings across outlets) are one origin
        var observatory = civilians.Points.Where(p => claims[p].AttributedTo?.Contains("Observatory", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(4, observatory.Count);
        Assert.Equal(3, civilians.Origins);
        Assert.Single(civilians.OriginNames!, n => n.Contains("Observatory", StringComparison.Ordinal));
        // estimate: the latest observatory figure, flagged as thin
        Assert.Equal(973, civilians.Estimate.Best);
        Assert.Equal(973, civilians.Estimate.Low);
        Assert.Contains("thin", civilians.Estimate.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void ReconciliationPass_Sample_RaisesTheFourGoldFlags()
    {
        // Given the sample
        var (dossier, gold) = Analyzed();

        // When scored
        var flags = new FlagScorer().Score(new EvalContext(gold, dossier, new Dictionary<string, string>()));

        // Then all four gold flags are found, each with claims, docs and a sentence
        Assert.Equal(1.0, flags.Metrics["recall"]);
        Assert.All(dossier.Flags, f =>
        {
            Assert.NotEmpty(f.Claims);
            Assert.NotEmpty(f.Docs);
            Assert.EndsWith(".", f.Detail, StringComparison.Ordinal);
        });
        var exceed = Assert.Single(dossier.Flags, f => f.Kind == FlagKind.ComponentsExceedTotal);
        Assert.Contains("1,454", exceed.Detail, StringComparison.Ordinal);
        Assert.Contains("1,311", exceed.Detail, StringComparison.Ordinal);
    }
}
