using System.Text.Json;
using System.Text.Json.Nodes;
using Triangulate.Pipeline;
using Triangulate.Evaluation;
using Triangulate.Ingest;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Evaluation;

/// <summary>The test bed in <c>corpus/</c>: clean gold, a sealed third, and a ratchet on the dev and sealed means.</summary>
public sealed class TestBedTests
{
    /// <summary>How far a split's mean may fall below the committed baseline before the suite fails.</summary>
    private const double RatchetSlack = 0.02;

    private static string Bed => Path.Combine(Paths.Repo, "corpus");

    private static string BaselinePath => Path.Combine(Bed, "baseline.json");

    public static TheoryData<string> Events()
    {
        var data = new TheoryData<string>();
        if (Directory.Exists(Bed))
        {
            foreach (var e in TestBed.Load(Bed).Events)
            {
                data.Add(e.Id);
            }
        }
        if (data.Count == 0)
        {
            data.Add("(none)");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void Gold_EveryEvent_IsVerbatimAndWellFormed(string eventId)
    {
        if (eventId == "(none)")
        {
            Assert.Skip("corpus/ holds no events");
            return;
        }
        var problems = GoldChecker.Check(GoldFile.Load(Path.Combine(Bed, eventId, "gold.json")));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Split_NamesEveryEventOnce_AndSealsAThird()
    {
        if (!TestBed.IsTestBed(Bed))
        {
            Assert.Skip("corpus/ holds no events");
            return;
        }
        var bed = TestBed.Load(Bed);
        Assert.DoesNotContain(bed.Events, e => e.Split == TestBed.Unassigned);
        var split = JsonNode.Parse(File.ReadAllText(Path.Combine(Bed, "split.json")))!;
        var named = split["dev"]!.AsArray().Concat(split["sealed"]!.AsArray()).Select(n => n!.GetValue<string>()).ToList();
        Assert.Equal(named.Count, named.Distinct(StringComparer.Ordinal).Count());
        var sealedCount = bed.Events.Count(e => e.Split == TestBed.Sealed);
        Assert.InRange(sealedCount, (int)Math.Floor(bed.Events.Count / 3.0), (int)Math.Ceiling(bed.Events.Count / 3.0));
    }

    /// <summary>The ratchet: neither split's mean of any headline metric may drop by more than 0.02 below <c>corpus/baseline.json</c>.
    /// After an intended change, <c>TRIANGULATE_ACCEPT_BASELINE=1</c> rewrites the baseline (say why in the commit).</summary>
    [Fact]
    public void Eval_WholeBed_NoMeanDropsBelowTheBaseline()
    {
        if (!TestBed.IsTestBed(Bed))
        {
            Assert.Skip("corpus/ holds no events");
            return;
        }
        var report = TestBedRunner.Run(TestBed.Load(Bed), folder => Analyzer.Analyze([folder]), cancellationToken: TestContext.Current.CancellationToken);
        var current = Means(report);
        TestContext.Current.TestOutputHelper?.WriteLine(current.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        if (Environment.GetEnvironmentVariable("TRIANGULATE_ACCEPT_BASELINE") == "1" || !File.Exists(BaselinePath))
        {
            File.WriteAllText(BaselinePath, current.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
            Assert.Skip($"baseline written to {BaselinePath}");
            return;
        }
        var baseline = JsonNode.Parse(File.ReadAllText(BaselinePath))!.AsObject();
        var drops = new List<string>();
        foreach (var (split, metrics) in baseline)
        {
            foreach (var (metric, value) in metrics!.AsObject())
            {
                var was = value!.GetValue<double>();
                var now = current[split]?[metric]?.GetValue<double>();
                if (now is null || now < was - RatchetSlack)
                {
                    drops.Add($"{split} {metric}: baseline {was:0.000}, now {(now is null ? "not scored" : now.Value.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture))}");
                }
            }
        }
        Assert.True(drops.Count == 0, "means fell below the baseline:\n" + string.Join("\n", drops));
    }

    private static JsonObject Means(TestBedReport report)
    {
        var root = new JsonObject();
        foreach (var split in new[] { TestBed.Dev, TestBed.Sealed })
        {
            var metrics = new JsonObject();
            foreach (var metric in TestBedReport.HeadlineMetrics)
            {
                if (report.Summary(split, metric).Mean is { } mean)
                {
                    metrics[metric] = Math.Round(mean, 4);
                }
            }
            root[split] = metrics;
        }
        return root;
    }

    [Fact]
    public void Summary_TwoEventsPerSplit_MeanAndWorstPerSplit()
    {
        using var dir = new TempDir();
        foreach (var id in new[] { "a", "b", "c", "d" })
        {
            dir.Write($"{id}/gold.json", """{"documents": {}}""");
        }
        dir.Write("split.json", """{"seed": 1, "dev": ["a", "b"], "sealed": ["c", "d"]}""");
        var bed = TestBed.Load(dir.Path);
        EvalReport Report(string id, double f1) => new(id, [new EvalSection("claims", "scored", new Dictionary<string, double> { ["f1"] = f1 }, [])]);
        var report = new TestBedReport(bed, new Dictionary<string, EvalReport>
        {
            ["a"] = Report("a", 0.9), ["b"] = Report("b", 0.5), ["c"] = Report("c", 0.8), ["d"] = Report("d", 1.0),
        });
        var dev = report.Summary(TestBed.Dev, "claims.f1");
        Assert.Equal(0.7, dev.Mean!.Value, 6);
        Assert.Equal("b", dev.WorstEvent);
        var sealedSummary = report.Summary(TestBed.Sealed, "claims.f1");
        Assert.Equal(0.9, sealedSummary.Mean!.Value, 6);
        Assert.Equal("c", sealedSummary.WorstEvent);
        Assert.Null(report.Summary(TestBed.Dev, "dates.accuracy").Mean);
        var json = JsonNode.Parse(report.ToJson(includeSealedEvents: false))!;
        Assert.NotNull(json["dev"]!["per_event"]!["a"]);
        Assert.Null(json["sealed"]!["per_event"]);
        Assert.Equal(0.9, json["sealed"]!["means"]!["claims.f1"]!["mean"]!.GetValue<double>(), 6);
    }

    [Fact]
    public void Load_EventMissingFromSplit_IsUnassigned()
    {
        using var dir = new TempDir();
        dir.Write("x/gold.json", """{"documents": {}}""");
        dir.Write("y/gold.json", """{"documents": {}}""");
        dir.Write("split.json", """{"dev": ["x"], "sealed": []}""");
        var bed = TestBed.Load(dir.Path);
        Assert.Equal([TestBed.Dev, TestBed.Unassigned], bed.Events.Select(e => e.Split));
        Assert.True(TestBed.IsTestBed(dir.Path));
        Assert.False(TestBed.IsTestBed(Path.Combine(dir.Path, "x")));
    }
}

public sealed class GoldCheckerTests
{
    [Fact]
    public void Check_SpanNotInItsDocument_IsReportedWithTheSpan()
    {
        using var dir = new TempDir();
        dir.Write("000_a.txt", "Flood kills 12\n\nAt least 12 people died when the river rose on Tuesday.");
        dir.Write("001_b.txt", "Officials said 40 homes were destroyed.");
        dir.Write("gold.json", """
            {"documents": {"000": "000_a.txt", "001": "001_b.txt"},
             "claims": [{"doc": "000", "span": "At least 12 people died", "measure": "killed", "value": 12, "qualifier": "at_least"},
                        {"doc": "001", "span": "At least 12 people died", "measure": "killed", "value": 12, "qualifier": "at_least"},
                        {"doc": "000", "span": "Flood kills 12", "measure": "killed", "value": 12, "qualifier": "roughly"}],
             "dates": {"resolved": [["on Tuesday", "2024-05-07"], ["on Wednesday", "2024-05-08"], ["Tuesday", "May 7"]]},
             "entities": [{"type": "place", "canonical": "River", "aliases": ["the river", "the River Town"]}],
             "quotes": [{"doc": "001", "speaker": "Officials", "text": "40 homes were destroyed"}]}
            """);
        var problems = GoldChecker.Check(GoldFile.Load(dir.File("gold.json")));
        Assert.Contains(problems, p => p.Contains("not verbatim in 001", StringComparison.Ordinal) && p.Contains("At least 12 people died", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("unknown qualifier roughly", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("\"on Wednesday\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("not an ISO date", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("the River Town", StringComparison.Ordinal));
        Assert.Equal(5, problems.Count);
    }

    [Fact]
    public void Check_JsonLinesDocuments_SpansReadFromTheLineText()
    {
        using var dir = new TempDir();
        dir.Write("articles.jsonl",
            """{"url": "https://example.org/1", "title": "Ferry sinks", "text": "Rescuers pulled 58 survivors from the water on Sunday."}""" + "\n" +
            """{"url": "https://example.org/2", "title": "Toll rises", "text": "The coast guard said 31 bodies had been recovered."}""" + "\n");
        dir.Write("gold.json", """
            {"documents": {"000": "articles.jsonl:1", "001": "articles.jsonl:2"},
             "claims": [{"doc": "000", "span": "58 survivors", "measure": "rescued", "value": 58, "qualifier": "exact"},
                        {"doc": "001", "span": "31 bodies had been recovered", "measure": "killed", "value": 31, "qualifier": "exact"},
                        {"doc": "001", "span": "58 survivors", "measure": "rescued", "value": 58, "qualifier": "exact"}]}
            """);
        var problems = GoldChecker.Check(GoldFile.Load(dir.File("gold.json")));
        Assert.Equal("claim span is not verbatim in 001: \"58 survivors\"", Assert.Single(problems));
    }
}

public sealed class EstimateScorerTests
{
    [Theory]
    [InlineData(100L, 104L, true)]
    [InlineData(100L, 95L, true)]
    [InlineData(100L, 106L, false)]
    [InlineData(null, 7L, true)]
    [InlineData(100L, null, false)]
    public void Near_FivePercent(long? expected, long? predicted, bool near) => Assert.Equal(near, EstimateScorer.Near(expected, predicted));

    [Theory]
    [InlineData("survivors", "rescued")]
    [InlineData("hospitalized", "injured")]
    [InlineData("critical", "injured")]
    [InlineData("death_toll", "killed")]
    [InlineData("passengers", "aboard")]
    [InlineData("detained", "detained")]
    [InlineData("buried", "buried")]
    public void FoldMeasure_Synonyms_FoldToOneName(string measure, string folded) => Assert.Equal(folded, ClaimScorer.FoldMeasure(measure));

    [Fact]
    public void Score_SampleWithGoldEstimate_WithinOnlyWhenAllThreeEndsAgree()
    {
        var dossier = Analyzer.Analyze([Paths.Sample]);
        var series = dossier.Series.First(s => s.Estimate.Best is not null);
        var e = series.Estimate;
        GoldFile Gold(long? low, long? best, long? high) => new(Paths.Sample, new Dictionary<string, string>())
        {
            Series = [new GoldSeries(series.Measure, series.Who, []) { Estimate = new GoldEstimate(low, best, high) }],
        };
        var ctx = new EvalContext(Gold(e.Low, e.Best, e.High), dossier, new Dictionary<string, string>());
        Assert.Equal(1.0, new EstimateScorer().Score(ctx).Metrics["within_5pct"]);
        var off = new EvalContext(Gold(e.Low, (e.Best ?? 0) * 2 + 10, e.High), dossier, new Dictionary<string, string>());
        Assert.Equal(0.0, new EstimateScorer().Score(off).Metrics["within_5pct"]);
    }
}

public sealed class SourceManifestTests
{
    [Fact]
    public void Ingest_ManifestBesideTextFiles_FillsUrlOutletAndPublished()
    {
        using var dir = new TempDir();
        dir.Write("000_wire.txt", "Storm kills 9\n\nAt least nine people were killed when the storm made landfall.");
        dir.Write("001_blog.txt", "Storm toll\n\nThe toll rose to 14, officials said.");
        dir.Write("sources.jsonl",
            """{"file": "000_wire.txt", "url": "https://news.example/2021/05/04/storm", "outlet": "Example Wire", "published": "2021-05-04", "language": "en"}""" + "\n" +
            "not json\n");
        var items = new Ingestor().Read([dir.Path]).ToList();
        var docs = items.Where(i => i.Document is not null).Select(i => i.Document!).OrderBy(d => d.File, StringComparer.Ordinal).ToList();
        Assert.Equal(2, docs.Count);
        Assert.Equal("2021-05-04", docs[0].Published);
        Assert.Equal("manifest", docs[0].PublishedSource);
        Assert.Equal("Example Wire", docs[0].Outlet);
        Assert.Equal("https://news.example/2021/05/04/storm", docs[0].Url);
        Assert.Null(docs[1].Published);
        var warning = Assert.Single(items, i => i.Problem is not null).Problem!;
        Assert.Contains("sources.jsonl:2", warning.File, StringComparison.Ordinal);

        var bare = new Ingestor(new IngestOptions { UseManifests = false }).Read([dir.Path]).Where(i => i.Document is not null).ToList();
        Assert.All(bare, i => Assert.Null(i.Document!.Published));
    }

    [Fact]
    public void Ingest_ManifestCsv_DoesNotOverrideTheFilesOwnMetadata_AndIsNotADocument()
    {
        using var dir = new TempDir();
        dir.Write("page.html", "<html><head><title>Quake</title><meta property=\"article:published_time\" content=\"2020-01-02T08:00:00Z\"></head>" +
            "<body><article><p>An earthquake killed at least 30 people in the hill towns, the civil defence agency said on Thursday.</p>" +
            "<p>Rescue teams were still searching collapsed homes in three villages, officials added.</p></article></body></html>");
        dir.Write("sources.csv", "file,url,outlet,published,language\n\"page.html\",https://example.org/quake,\"Example, Daily\",2020-01-05,en\n");
        var docs = new Ingestor().Read([dir.Path]).Where(i => i.Document is not null).Select(i => i.Document!).ToList();
        var doc = Assert.Single(docs);
        Assert.StartsWith("2020-01-02", doc.Published, StringComparison.Ordinal);
        Assert.Equal("Example, Daily", doc.Outlet);
        Assert.Equal("https://example.org/quake", doc.Url);
    }

    [Fact]
    public void Manifest_JsonLinesLineKeys_FindTheirDocuments()
    {
        using var dir = new TempDir();
        dir.Write("crawl.jsonl", """{"text": "Two people died in the fire, firefighters said."}""" + "\n" + """{"text": "A third victim died in hospital, police said."}""" + "\n");
        dir.Write("sources.jsonl", """{"file": "crawl.jsonl:2", "published": "2019-07-01", "outlet": "Metro"}""" + "\n");
        var docs = new Ingestor().Read([dir.Path]).Where(i => i.Document is not null).Select(i => i.Document!).OrderBy(d => d.File, StringComparer.Ordinal).ToList();
        Assert.Equal(2, docs.Count);
        Assert.Null(docs[0].Published);
        Assert.Equal("2019-07-01", docs[1].Published);
        Assert.Equal("Metro", docs[1].Outlet);
    }
}
