using System.Globalization;
using Triangulate.Pipeline;
using Triangulate.Evaluation;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Extraction.Entities;

public sealed class EntityCorpusGoldTests(ITestOutputHelper output)
{
    // Ratchet floors per corpus event: pairwise F1, type accuracy, quotes matched, speaker accuracy.
    private static readonly Dictionary<string, (double F1, double Type, double Quotes, double Speaker)> s_floors = new()
    {
        ["syria-coast-2025-03"] = (0.95, 0.95, 0.90, 0.90),
        ["crocus-city-hall-2024-03"] = (0.80, 0.95, 0.95, 0.35),
        ["gaza-ahli-hospital-2023-10"] = (0.75, 0.95, 0.92, 0.60),
        ["turkey-syria-earthquake-2023-02"] = (0.93, 0.95, 0.95, 0.95),
    };

    [Fact]
    public void Evaluate_EveryCorpusEvent_EntityAndQuoteScoresAboveFloors()
    {
        var events = Paths.CorpusEvents.ToList();
        if (events.Count == 0)
        {
            Assert.Skip("../shared/corpus is absent; the corpus gold test needs it");
        }
        foreach (var folder in events)
        {
            var name = Path.GetFileName(folder);
            var report = Score(folder);
            var e = report.Section("entities")!;
            var q = report.Section("quotes")!;
            var log = new System.Text.StringBuilder();
            log.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: entity F1 {e.Metrics["f1"]:F3} (P {e.Metrics["precision"]:F3} R {e.Metrics["recall"]:F3}; over all spellings in text {e.Metrics["text_f1"]:F3}) type {e.Metrics["type_accuracy"]:F3} alias recall {e.Metrics["alias_recall"]:F3} geo {e.Metrics.GetValueOrDefault("geocoding_accuracy", double.NaN):F3} | quotes {q.Metrics["matched"]:F3} speaker {q.Metrics["speaker_accuracy"]:F3}"));
            foreach (var note in e.Notes.Concat(q.Notes))
            {
                log.AppendLine("   " + note);
            }
            output.WriteLine(log.ToString());
            if (Environment.GetEnvironmentVariable("TRIANGULATE_EVAL_LOG") is { Length: > 0 } logPath)
            {
                File.AppendAllText(logPath, log.ToString());
            }
            var floor = s_floors.TryGetValue(name, out var f) ? f : (F1: 0.5, Type: 0.5, Quotes: 0.5, Speaker: 0.5);
            Assert.True(e.Metrics["f1"] >= floor.F1, $"{name}: entity F1 {e.Metrics["f1"]:F3} < {floor.F1}");
            Assert.True(e.Metrics["type_accuracy"] >= floor.Type, $"{name}: type accuracy {e.Metrics["type_accuracy"]:F3} < {floor.Type}");
            Assert.True(q.Metrics["matched"] >= floor.Quotes, $"{name}: quotes matched {q.Metrics["matched"]:F3} < {floor.Quotes}");
            Assert.True(q.Metrics["speaker_accuracy"] >= floor.Speaker, $"{name}: speaker accuracy {q.Metrics["speaker_accuracy"]:F3} < {floor.Speaker}");
        }
    }

    [Fact]
    public void Find_CorpusDocuments_MentionsPerSecondReported()
    {
        var events = Paths.CorpusEvents.ToList();
        if (events.Count == 0)
        {
            Assert.Skip("../shared/corpus is absent; the throughput check reads it");
        }
        var docs = events.SelectMany(e => Analyzer.ReadAndClean([e]).Documents)
            .Select(d => new Triangulate.Model.DossierDocument(d.Source.File, d.Source.File, d.Text)).ToList();
        var finder = new Triangulate.Extraction.Entities.MentionFinder();
        _ = Triangulate.Extraction.Entities.Gazetteer.Default; // load outside the timing
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var mentions = 0;
        var chars = 0;
        for (var round = 0; round < 3; round++)
        {
            foreach (var d in docs)
            {
                mentions += finder.Find(d).Count;
                chars += d.Text.Length;
            }
        }
        watch.Stop();
        var line = string.Create(CultureInfo.InvariantCulture,
            $"mention finder: {mentions / watch.Elapsed.TotalSeconds:F0} mentions/s, {chars / watch.Elapsed.TotalSeconds / 1000:F0} k chars/s over {docs.Count} documents x3");
        output.WriteLine(line);
        if (Environment.GetEnvironmentVariable("TRIANGULATE_EVAL_LOG") is { Length: > 0 } logPath)
        {
            File.AppendAllText(logPath, line + "\n");
        }
        Assert.True(mentions > 0);
    }

    internal static EvalReport Score(string folder)
    {
        var goldPath = Path.Combine(folder, "gold.json");
        var gold = GoldFile.Load(goldPath);
        var dossier = Analyzer.Analyze([folder]);
        return new Evaluator().Evaluate(gold, dossier, goldPath);
    }
}
