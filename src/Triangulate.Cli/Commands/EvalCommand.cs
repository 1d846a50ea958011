using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using Triangulate.Pipeline;
using Triangulate.Evaluation;

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
        var command = new Command("eval", "Score the tool against hand annotations (claims, dates, entities, quotes, reuse, flags, boilerplate).") { gold, json };
        command.SetAction((parse, ct) =>
        {
            var reports = new List<EvalReport>();
            foreach (var g in parse.GetValue(gold)!)
            {
                var path = Directory.Exists(g) ? Path.Combine(g, "gold.json") : g;
                if (!File.Exists(path))
                {
                    throw new UsageException($"{g}: no gold.json there");
                }
                var goldFile = GoldFile.Load(path);
                var dossier = Analyzer.Analyze([goldFile.Folder], cancellationToken: ct);
                reports.Add(new Evaluator().Evaluate(goldFile, dossier, path));
            }
            if (parse.GetValue(json))
            {
                var root = reports.Count == 1 ? ToJson(reports[0]) : new JsonObject(reports.Select(r => KeyValuePair.Create(r.Gold, (JsonNode?)ToJson(r))));
                consoles.OutWriter.WriteLine(root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                foreach (var r in reports)
                {
                    Print(consoles.Out, r);
                }
            }
            return Task.FromResult((int)ExitCode.Ok);
        });
        return command;
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
        key is "gold" or "predicted" or "matched" or "removed" or "content_wrongly_removed" || value % 1 == 0 && value > 1
            ? value.ToString("0", CultureInfo.InvariantCulture)
            : value.ToString("0.000", CultureInfo.InvariantCulture);
}
