using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using Triangulate.Pipeline;
using Triangulate.Evaluation;
using Triangulate.Ingest;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate eval --gold FILE [--json]</c>: run the pipeline on the gold's folder and score it (rules: GOLD-FORMAT.md).</summary>
internal static class EvalCommand
{
    public static Command Create(CliConsoles consoles)
    {
        var gold = new Option<string[]>("--gold", "-g")
        {
            Description = "gold.json file(s), or folders holding one; repeat for several events.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var json = new Option<bool>("--json") { Description = "Print a machine-readable report instead of tables." };
        var bare = new Option<bool>("--bare")
        {
            Description = "Ignore manifests beside the files (sources.jsonl/.csv): score the tool on bare files, without the URLs and dates a crawl knew.",
        };
        var check = new Option<bool>("--check") { Description = "Only check the gold files (every span, quote, alias, boilerplate string and date expression verbatim in its documents)." };
        var notes = new Option<bool>("--notes") { Description = "Also print each miss and false positive, one line each (dev events only for a test bed: sealed events are never itemised)." };
        var split = new Option<string>("--split") { Description = "For a test bed: dev, sealed or all (default all).", DefaultValueFactory = _ => "all" };
        split.AcceptOnlyFromAmong("dev", "sealed", "all");
        var command = new Command("eval", "Score the tool against hand annotations (claims, dates, entities, quotes, reuse, flags, estimates, boilerplate). "
            + "A folder of event folders (a test bed with split.json) is scored per split: dev and sealed means, and the worst event.")
        {
            gold, json, bare, check, split, notes,
        };
        command.SetAction((parse, ct) =>
        {
            var options = new IngestOptions { UseManifests = !parse.GetValue(bare) };
            Dossier Analyze(string folder) => Analyzer.Analyze([folder], options, cancellationToken: ct);
            var reports = new List<EvalReport>();
            var beds = new List<TestBedReport>();
            var checkProblems = 0;
            foreach (var g in parse.GetValue(gold)!)
            {
                if (TestBed.IsTestBed(g))
                {
                    var bed = TestBed.Load(g);
                    if (parse.GetValue(check))
                    {
                        checkProblems += bed.Events.Sum(e => PrintCheck(consoles, Path.Combine(e.Folder, "gold.json")));
                        continue;
                    }
                    var which = parse.GetValue(split) is "all" or null ? null : new[] { parse.GetValue(split)! };
                    beds.Add(TestBedRunner.Run(bed, Analyze, which, new SynchronousProgress(id => consoles.ErrorWriter.WriteLine($"scoring {id}…")), ct));
                    continue;
                }
                var path = Directory.Exists(g) ? Path.Combine(g, "gold.json") : g;
                if (!File.Exists(path))
                {
                    throw new UsageException($"{g}: no gold.json there, and no event folders holding one");
                }
                if (parse.GetValue(check))
                {
                    checkProblems += PrintCheck(consoles, path);
                    continue;
                }
                var goldFile = GoldFile.Load(path);
                reports.Add(new Evaluator().Evaluate(goldFile, Analyze(goldFile.Folder), path));
            }
            if (parse.GetValue(check))
            {
                consoles.OutWriter.WriteLine(checkProblems == 0 ? "gold files clean" : $"{checkProblems} problem(s)");
                return Task.FromResult((int)(checkProblems == 0 ? ExitCode.Ok : ExitCode.Partial));
            }
            if (parse.GetValue(json))
            {
                if (beds.Count > 0)
                {
                    foreach (var b in beds)
                    {
                        consoles.OutWriter.WriteLine(b.ToJson(includeSealedEvents: false));
                    }
                }
                if (reports.Count > 0)
                {
                    var root = reports.Count == 1 ? ToJson(reports[0]) : new JsonObject(reports.Select(r => KeyValuePair.Create(r.Gold, (JsonNode?)ToJson(r))));
                    consoles.OutWriter.WriteLine(root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                }
            }
            else
            {
                foreach (var r in reports)
                {
                    Print(consoles.Out, r);
                    if (parse.GetValue(notes))
                    {
                        PrintNotes(consoles.OutWriter, r.Gold, r);
                    }
                }
                foreach (var b in beds)
                {
                    PrintBed(consoles.Out, b);
                    if (parse.GetValue(notes))
                    {
                        foreach (var e in b.EventsOf(TestBed.Dev))
                        {
                            PrintNotes(consoles.OutWriter, e.Id, b.Reports[e.Id]);
                        }
                    }
                }
            }
            return Task.FromResult((int)ExitCode.Ok);
        });
        return command;
    }

    private static void PrintNotes(TextWriter output, string name, EvalReport report)
    {
        foreach (var section in report.Sections)
        {
            foreach (var note in section.Notes)
            {
                output.WriteLine($"{name}\t{section.Name}\t{note}");
            }
        }
    }

    private static int PrintCheck(CliConsoles consoles, string path)
    {
        var problems = GoldChecker.Check(GoldFile.Load(path));
        foreach (var p in problems)
        {
            consoles.ErrorWriter.WriteLine($"{path}: {p}");
        }
        return problems.Count;
    }

    /// <summary>A test bed's scores: one row per metric, dev and sealed means with their worst event; then each dev event's
    /// headline scores. Sealed events are never listed one by one: their texts and misses are not to be read while rules change.</summary>
    private static void PrintBed(IAnsiConsole console, TestBedReport report)
    {
        string Cell(double? v) => v is { } x ? x.ToString("0.000", CultureInfo.InvariantCulture) : "–";
        var splits = new[] { TestBed.Dev, TestBed.Sealed, TestBed.Unassigned }.Where(s => report.EventsOf(s).Any()).ToList();
        var table = new Table().Title(Markup.Escape($"{report.Bed.Root}: " + string.Join(", ", splits.Select(s =>
            $"{s} {report.EventsOf(s).Count()} events, {report.Total(s, "claims.gold"):0} gold claims"))));
        table.AddColumn("metric");
        foreach (var s in splits)
        {
            table.AddColumn($"{s} mean").AddColumn($"{s} worst");
        }
        foreach (var metric in TestBedReport.HeadlineMetrics)
        {
            var row = new List<string> { Markup.Escape(metric) };
            foreach (var s in splits)
            {
                var summary = report.Summary(s, metric);
                row.Add(Cell(summary.Mean));
                row.Add(summary.Worst is null ? "–" : Markup.Escape($"{Cell(summary.Worst)} {summary.WorstEvent}"));
            }
            table.AddRow([.. row]);
        }
        console.Write(table);
        var dev = report.EventsOf(TestBed.Dev).ToList();
        if (dev.Count > 0)
        {
            var events = new Table().Title("dev events").AddColumn("event");
            string[] shown = ["claims.f1", "claims.attributed_to_accuracy", "claims.who_accuracy", "dates.accuracy", "entities.f1", "quotes.speaker_accuracy", "reuse.f1", "boilerplate.recall"];
            foreach (var m in shown)
            {
                events.AddColumn(Markup.Escape(m));
            }
            foreach (var e in dev)
            {
                events.AddRow([Markup.Escape(e.Id), .. shown.Select(m => Cell(report.Metric(e.Id, m)))]);
            }
            console.Write(events);
        }
    }

    /// <summary>Reports on the calling thread at once (Progress&lt;T&gt; posts to the thread pool, which would reorder the lines).</summary>
    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }

    /// <summary>The report as JSON: <c>{"claims": {"precision": …}, "dates": {"status": "not yet extracted"}, …}</c>.</summary>
    internal static JsonObject ToJson(EvalReport report)
    {
        var root = new JsonObject();
        foreach (var s in report.Sections)
        {
            var section = new JsonObject();
            if (s.Status != "scored")
            {
                section["status"] = s.Status;
            }
            foreach (var (k, v) in s.Metrics)
            {
                section[k] = Math.Round(v, 4);
            }
            root[s.Name] = section;
        }
        return root;
    }

    private static void Print(IAnsiConsole console, EvalReport report)
    {
        var table = new Table().Title(Markup.Escape(report.Gold)).AddColumn("section").AddColumn("scores");
        foreach (var s in report.Sections)
        {
            var text = s.Status != "scored"
                ? $"[grey]{Markup.Escape(s.Status)}[/]"
                : Markup.Escape(string.Join("  ", s.Metrics.Select(kv => $"{kv.Key} {Format(kv.Key, kv.Value)}")));
            table.AddRow(Markup.Escape(s.Name), text);
        }
        console.Write(table);
    }

    private static string Format(string key, double value) =>
        key is "gold" or "predicted" or "matched" or "removed" or "content_wrongly_removed" or "content_lost" || value % 1 == 0 && value > 1
            ? value.ToString("0", CultureInfo.InvariantCulture)
            : value.ToString("0.000", CultureInfo.InvariantCulture);
}
