using System.Diagnostics;
using Triangulate.Pipeline;
using Triangulate.Benchmarking;
using Triangulate.Cleaning;
using Triangulate.Ingest;
using Triangulate.Linking.Reconciliation;

namespace Triangulate.Tests.Linking;

/// <summary>Times the reconciliation pass alone on the generated bench corpus (1k and 10k articles), to check it grows near-linearly.</summary>
/// <remarks>A harness, not part of the suite: it runs only when TRIANGULATE_RECON_TIMING is set (e.g. <c>1000,10000</c>); the
/// passes before reconciliation run untimed.</remarks>
public sealed class ReconciliationTimingTests(ITestOutputHelper output)
{
    [Fact]
    public void Reconcile_GeneratedCorpus_ReportsSeconds()
    {
        var sizes = Environment.GetEnvironmentVariable("TRIANGULATE_RECON_TIMING");
        if (string.IsNullOrEmpty(sizes))
        {
            Assert.Skip("Set TRIANGULATE_RECON_TIMING=1000,10000 to time the reconciliation pass on the generated corpus.");
        }
        foreach (var size in sizes.Split(',').Select(int.Parse))
        {
            var dossier = Prepared(size);
            var watch = Stopwatch.StartNew();
            var result = new ReconciliationPass().Apply(dossier, TestContext.Current.CancellationToken);
            var seconds = watch.Elapsed.TotalSeconds;
            Report($"{size} articles: {dossier.Documents.Count} documents, {dossier.Claims.Count} claims, {dossier.Documents.Select(d => d.Cluster).Distinct().Count()} clusters → reconciliation {seconds:0.000} s, {result.Series.Count} series, {result.Flags.Count} flags");
            var sizesByCluster = dossier.Documents.GroupBy(d => d.Cluster).Select(g => g.Count()).OrderDescending().ToList();
            Report($"  largest clusters: {string.Join(", ", sizesByCluster.Take(5))}; reuse links {dossier.Reuse.Count}");
            Assert.NotEmpty(result.Series);
        }
    }

    // Also appended to a file in the temp folder: the test platform shows the output of passing tests only on request.
    private void Report(string line)
    {
        output.WriteLine(line);
        File.AppendAllText(Path.Combine(Path.GetTempPath(), "triangulate-recon-timing.txt"), line + Environment.NewLine);
    }

    private static Dossier Prepared(int size)
    {
        var corpus = Path.Combine(Path.GetTempPath(), $"triangulate-recon-{size}.jsonl.gz");
        new SyntheticCorpus().WriteJsonLines(corpus, size);
        var sources = new Ingestor().Read([corpus]).Select(i => i.Document).OfType<SourceDocument>().ToList();
        var ids = new DocumentIdAssigner();
        var cleaned = sources.Select(s => new BoilerplateCleaner().Clean(s)).Select(ids.Assign).OfType<CleanDocument>().ToList();
        var dossier = new Dossier { Documents = DossierDocuments.FromCleaned(cleaned) };
        foreach (var pass in new PipelineBuilder().UseDefaults().Build().Passes)
        {
            if (pass is ReconciliationPass)
            {
                break;
            }
            dossier = new PipelineBuilder().Use(pass).Build().Run(dossier);
        }
        return dossier;
    }
}
