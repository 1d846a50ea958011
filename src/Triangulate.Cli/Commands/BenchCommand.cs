using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using Triangulate.Benchmarking;
using Triangulate.Storage.Output;
using Triangulate.Cli.Progress;
using Triangulate.Rendering;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate bench</c>: time every stage on generated corpora and write the table under bench/results.</summary>
internal static class BenchCommand
{
    public static Command Create(CliConsoles consoles)
    {
        var sizes = new Option<string[]>("--size", "-s")
        {
            Description = "Corpus sizes: 1k, 10k, 100k, 1M (comma-separated or repeated).",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => ["1k", "10k"],
            CustomParser = r => [.. r.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
        };
        var results = new Option<string>("--results") { Description = "Folder for the Markdown and JSON results.", DefaultValueFactory = _ => Path.Combine("bench", "results") };
        var work = new Option<string?>("--work") { Description = "Scratch folder for the corpus, database and outputs (default: a temp folder, deleted after)." };
        var linking = new Option<bool>("--linking") { Description = "Time only text-reuse detection and story clustering (documents/s and memory per size); writes bench/results/linking.md." };
        var clustering = new Option<bool>("--clustering") { Description = "Time only story clustering as analyze --by-cluster runs it, scored against the generated events; writes bench/results/clustering.md." };
        var format = CommonOptions.Format();
        var quiet = CommonOptions.Quiet();
        var whole = new Option<bool>("--whole")
        {
            Description = "Time the in-memory analysis of one dossier, stage after stage, instead of the streaming analysis by story cluster (analyze --by-cluster).",
        };
        var command = new Command("bench", "Time ingest, clean, store, clustering, each analysis stage and render on generated corpora; write bench/results/*.md and *.json.")
        {
            sizes, results, work, format, quiet, whole, linking, clustering,
        };
        command.SetAction((parse, ct) =>
        {
            var parsedSizes = new List<int>();
            foreach (var s in parse.GetValue(sizes)!)
            {
                if (!BenchRunner.TryParseSize(s, out var n))
                {
                    throw new UsageException($"'{s}' is not a size (examples: 1k, 10k, 100k, 1M)");
                }
                parsedSizes.Add(n);
            }
            // A single-stage bench: run it, write its page under --results, print it unless --quiet.
            int Page(string file, Func<Action<string>?, string> run)
            {
                var quietRun = parse.GetValue(quiet);
                var page = run(quietRun ? null : line => consoles.Error.WriteLine(line));
                AtomicFile.WriteText(Path.Combine(parse.GetValue(results)!, file), page);
                if (!quietRun)
                {
                    consoles.OutWriter.WriteLine(page);
                }
                return (int)ExitCode.Ok;
            }
            if (parse.GetValue(clustering))
            {
                return Task.FromResult(Page("clustering.md", p => ClusteringBench.Markdown(ClusteringBench.Run(parsedSizes, p))));
            }
            if (parse.GetValue(linking))
            {
                return Task.FromResult(Page("linking.md", p => LinkingBench.Markdown(LinkingBench.Run(parsedSizes, p))));
            }
            var formats = parse.GetValue(format) is { Length: > 0 } f ? f : ["json", "md"];
            foreach (var name in formats)
            {
                _ = Renderers.Find(name) ?? throw new UsageException($"unknown format '{name}'");
            }
            var workDir = parse.GetValue(work) ?? Path.Combine(Path.GetTempPath(), "triangulate-bench-" + Environment.ProcessId);
            var runs = new List<BenchResult>();
            try
            {
                foreach (var n in parsedSizes)
                {
                    ct.ThrowIfCancellationRequested();
                    var r = StageReporter.Run(consoles.Error, parse.GetValue(quiet), p => parse.GetValue(whole)
                        ? BenchRunner.RunWhole(n, workDir, formats, progress: p)
                        : BenchRunner.Run(n, workDir, formats, progress: p));
                    runs.Add(r);
                    if (!parse.GetValue(quiet))
                    {
                        consoles.Out.MarkupLineInterpolated($"{n:N0} articles: {r.Seconds:0.00} s, {r.ArticlesPerSecond:N0} articles/s, {r.MegabytesPerSecond:0.0} MB/s, peak RSS {r.PeakRssBytes / 1e6:N0} MB");
                    }
                }
            }
            finally
            {
                if (parse.GetValue(work) is null && Directory.Exists(workDir))
                {
                    Directory.Delete(workDir, recursive: true);
                }
            }
            var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
            var resultsDir = parse.GetValue(results)!;
            var md = Markdown(runs);
            AtomicFile.WriteText(Path.Combine(resultsDir, $"bench-{stamp}.md"), md);
            AtomicFile.WriteText(Path.Combine(resultsDir, "latest.md"), md);
            var json = Json(runs).ToJsonString(new JsonSerializerOptions { WriteIndented = true });
            AtomicFile.WriteText(Path.Combine(resultsDir, $"bench-{stamp}.json"), json);
            AtomicFile.WriteText(Path.Combine(resultsDir, "latest.json"), json);
            if (!parse.GetValue(quiet))
            {
                consoles.OutWriter.WriteLine(md);
            }
            return Task.FromResult((int)ExitCode.Ok);
        });
        return command;
    }

    internal static string Markdown(IReadOnlyList<BenchResult> runs)
    {
        var sb = new StringBuilder();
        sb.AppendLine(BenchMachine.Line()).AppendLine();
        if (runs.Any(r => r.Mode == "partitioned"))
        {
            sb.AppendLine("Streaming analysis by story cluster (`analyze --by-cluster`): stages overlap, so each stage figure is busy time summed over the workers (2 per core at most), not wall time.").AppendLine();
        }
        var stageNames = runs.SelectMany(r => r.Stages.Select(s => s.Stage)).Distinct().ToList();
        sb.Append("| articles | documents | problems | MB text | wall s | articles/s | MB/s | peak RSS MB | clusters | claims |");
        foreach (var s in stageNames)
        {
            sb.Append(CultureInfo.InvariantCulture, $" {s} s |");
        }
        sb.AppendLine();
        sb.Append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var _ in stageNames)
        {
            sb.Append("---:|");
        }
        sb.AppendLine();
        foreach (var r in runs)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {r.Articles:N0} | {r.Documents:N0} | {r.Problems:N0} | {r.TextBytes / 1e6:0.0} | {r.Seconds:0.00} | {r.ArticlesPerSecond:N0} | {r.MegabytesPerSecond:0.0} | {r.PeakRssBytes / 1e6:N0} | {r.Clusters:N0} | {r.Claims:N0} |");
            foreach (var s in stageNames)
            {
                var t = r.Stages.FirstOrDefault(x => x.Stage == s);
                sb.Append(CultureInfo.InvariantCulture, $" {(t is null ? "" : t.Seconds.ToString("0.00", CultureInfo.InvariantCulture))} |");
            }
            sb.AppendLine();
        }
        for (var i = 1; i < runs.Count; i++)
        {
            var a = runs[i - 1];
            var b = runs[i];
            sb.AppendLine().Append(CultureInfo.InvariantCulture,
                $"Scaling {a.Articles:N0} → {b.Articles:N0}: {b.Articles / (double)a.Articles:0.#}× articles took {b.Seconds / Math.Max(a.Seconds, 1e-9):0.0}× time.");
        }
        sb.AppendLine();
        return sb.ToString();
    }

    private static JsonObject Json(IReadOnlyList<BenchResult> runs) => new()
    {
        ["machine"] = BenchMachine.Describe(),
        ["runs"] = new JsonArray([.. runs.Select(r => (JsonNode)new JsonObject
        {
            ["articles"] = r.Articles,
            ["documents"] = r.Documents,
            ["problems"] = r.Problems,
            ["text_bytes"] = r.TextBytes,
            ["seconds"] = Math.Round(r.Seconds, 3),
            ["articles_per_second"] = Math.Round(r.ArticlesPerSecond, 1),
            ["mb_per_second"] = Math.Round(r.MegabytesPerSecond, 2),
            ["peak_rss_bytes"] = r.PeakRssBytes,
            ["claims"] = r.Claims,
            ["clusters"] = r.Clusters,
            ["mode"] = r.Mode,
            ["stages"] = new JsonObject([.. r.Stages.Select(s => KeyValuePair.Create(s.Stage, (JsonNode?)Math.Round(s.Seconds, 3)))]),
        })]),
    };
}
