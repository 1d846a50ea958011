using Spectre.Console;
using System.CommandLine;
using Triangulate.Watching;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate watch &lt;feeds.opml|urls.txt|folder&gt;</c>: poll feeds or a drop folder, ingest new articles, re-render the dossier when they arrive.</summary>
internal static class WatchCommand
{
    public static Command Create(CliConsoles consoles)
    {
        var source = new Argument<string>("source")
        {
            Description = "An OPML file of feeds, a text file of feed URLs (one a line), a single feed URL, or a drop folder.",
        };
        var db = CommonOptions.Db();
        var output = CommonOptions.Out();
        var format = CommonOptions.Format();
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var interval = new Option<double>("--interval") { Description = "Seconds between polls.", DefaultValueFactory = _ => 300 };
        var once = new Option<bool>("--once") { Description = "Poll once, update the dossier if anything is new, and exit." };
        var cycles = new Option<int>("--cycles") { Description = "Stop after this many polls (0 = until Ctrl+C).", DefaultValueFactory = _ => 0 };
        var timeout = new Option<double>("--timeout") { Description = "Seconds one HTTP attempt may take.", DefaultValueFactory = _ => 20 };
        var politeness = new Option<double>("--politeness") { Description = "Least seconds between two requests to the same host.", DefaultValueFactory = _ => 2 };
        var retries = new Option<int>("--retries") { Description = "Retries (exponential backoff) after a failed request.", DefaultValueFactory = _ => 3 };
        var allowPrivate = new Option<bool>("--allow-private")
        {
            Description = "Fetch from private, loopback and link-local addresses (an intranet feed). By default a feed or redirect pointing there is refused.",
        };
        var perCluster = new Option<bool>("--per-cluster")
        {
            Description = "One dossier per story cluster (OUT/clusters/<id>/, listed in OUT/clusters.json): new articles re-analyse only the clusters they join.",
        };
        var command = new Command("watch", "Follow RSS/Atom feeds or a drop folder: ingest new articles into the database and re-render the dossier when they arrive.")
        {
            source, db, output, format, interval, once, cycles, timeout, politeness, retries, allowPrivate, perCluster, quiet, verbose,
        };
        command.SetAction(async (parse, ct) =>
        {
            var renderers = AnalysisRun.RenderersFor(parse.GetValue(format));
            WatchTargets targets;
            try
            {
                targets = WatchTargets.Parse(parse.GetValue(source)!);
            }
            catch (ArgumentException ex)
            {
                throw new UsageException(ex.Message, ex);
            }
            var seconds = parse.GetValue(interval);
            if (seconds <= 0 || parse.GetValue(timeout) <= 0 || parse.GetValue(politeness) < 0 || parse.GetValue(retries) < 0)
            {
                throw new UsageException("--interval and --timeout must be positive, --politeness and --retries not negative");
            }
            var options = new WatchOptions
            {
                Interval = TimeSpan.FromSeconds(seconds),
                RequestTimeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                PolitenessDelay = TimeSpan.FromSeconds(parse.GetValue(politeness)),
                MaxRetries = parse.GetValue(retries),
                PerCluster = parse.GetValue(perCluster),
                AllowPrivateAddresses = parse.GetValue(allowPrivate),
            };
            var dbPath = parse.GetValue(db)!;
            AnalysisRun.CheckDb(dbPath);
            var outDir = parse.GetValue(output)!;
            var isQuiet = parse.GetValue(quiet);
            var isVerbose = parse.GetValue(verbose);
            using var store = AnalysisRun.OpenStore(dbPath);
            using var watcher = new Watcher(targets, store, outDir, renderers, options);
            var failed = false;
            void Print(WatchCycle c)
            {
                foreach (var p in c.Problems.Where(p => p.Severity == ProblemSeverity.Error || isVerbose))
                {
                    consoles.Error.MarkupLineInterpolated($"[red]{p.Severity.Code()}:[/] {Program.Safe(p.File)}: {Program.Safe(p.Reason)}");
                }
                failed |= c.Problems.Any(p => p.Severity == ProblemSeverity.Error);
                if (!isQuiet)
                {
                    consoles.Out.MarkupLineInterpolated(
                        $"[grey]{DateTimeOffset.UtcNow:HH:mm:ss}[/] poll {c.Cycle}: {c.FeedsPolled} feed(s) ({c.FeedsNotModified} unchanged), {c.FilesRead} file(s), [green]{c.NewDocuments}[/] new article(s){(c.ClustersAnalysed.Count > 0 ? $", {c.ClustersAnalysed.Count} story cluster(s) re-analysed" : "")}{(c.Written.Count > 0 ? $", dossier updated in {Program.Safe(outDir)}" : "")} ({c.Elapsed.TotalSeconds:0.00} s)");
                }
            }
            try
            {
                await watcher.RunAsync(Print, parse.GetValue(once) ? 1 : parse.GetValue(cycles), ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Ctrl+C: the last completed cycle's reports stand.
            }
            return parse.GetValue(once) && failed ? (int)ExitCode.Partial : (int)ExitCode.Ok;
        });
        return command;
    }
}
