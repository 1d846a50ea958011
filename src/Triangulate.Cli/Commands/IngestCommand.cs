using Spectre.Console;
using System.CommandLine;
using Triangulate.Cli.Progress;
using Triangulate.Storage;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate ingest &lt;paths…&gt;</c>: read and clean articles into the database without analysing.</summary>
internal static class IngestCommand
{
    public static Command Create(CliConsoles consoles)
    {
        var paths = CommonOptions.Paths();
        var db = CommonOptions.Db();
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var maxFile = CommonOptions.MaxFileMb();
        var maxDocs = CommonOptions.MaxDocuments();
        var followLinks = CommonOptions.FollowLinks();
        var command = new Command("ingest", "Read and clean articles into the database (re-ingesting the same articles adds nothing).")
        {
            paths, db, quiet, verbose, maxFile, maxDocs, followLinks,
        };
        command.SetAction((parse, ct) =>
        {
            var options = CommonOptions.IngestOptionsFrom(parse.GetValue(maxFile), parse.GetValue(maxDocs), parse.GetValue(followLinks));
            var dbPath = parse.GetValue(db)!;
            AnalysisRun.CheckDb(dbPath);
            using var store = AnalysisRun.OpenStore(dbPath);
            var (docs, problems, added, skipped) = StageReporter.Run(consoles.Error, parse.GetValue(quiet),
                progress => AnalysisRun.Ingest(parse.GetValue(paths)!, options, store, progress, ct));
            foreach (var p in problems.Where(p => p.Severity == ProblemSeverity.Error || parse.GetValue(verbose)))
            {
                consoles.Error.MarkupLineInterpolated($"[red]{p.Severity.Code()}:[/] {Program.Safe(p.File)}: {Program.Safe(p.Reason)}");
            }
            if (!parse.GetValue(quiet))
            {
                consoles.Out.MarkupLineInterpolated($"{docs.Count} document(s) read: [green]{added}[/] new, {skipped} already in {Program.Safe(DossierStores.Describe(dbPath))} ({store.Count} stored in all); {problems.Count(p => p.Severity == ProblemSeverity.Error)} input(s) failed.");
            }
            return Task.FromResult(problems.Any(p => p.Severity == ProblemSeverity.Error) ? (int)ExitCode.Partial : (int)ExitCode.Ok);
        });
        return command;
    }
}
