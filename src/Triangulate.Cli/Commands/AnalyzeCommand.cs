using Spectre.Console;
using System.CommandLine;
using Triangulate.Ingest;
using Triangulate.Storage;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate analyze &lt;paths…&gt;</c>: ingest, analyse, write the dossier.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliConsoles consoles)
    {
        var paths = CommonOptions.Paths();
        var output = CommonOptions.Out();
        var db = CommonOptions.Db();
        var noDb = new Option<bool>("--no-db") { Description = "Do not keep documents in a database." };
        var format = CommonOptions.Format();
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var maxFile = CommonOptions.MaxFileMb();
        var maxDocs = CommonOptions.MaxDocuments();
        var followLinks = CommonOptions.FollowLinks();
        var byCluster = new Option<bool>("--by-cluster")
        {
            Description = "For archives: stream the inputs, group them into story clusters, and write one dossier per cluster (clusters/<id>/) "
                + "with index.md, index.json and merged claims.csv and events.csv; memory stays bounded whatever the number of articles.",
        };
        var command = new Command("analyze", "Read articles, build the dossier, and write dossier.json, dossier.md, dossier.html, claims.csv and events.csv.")
        {
            paths, output, db, noDb, format, quiet, verbose, maxFile, maxDocs, followLinks, byCluster,
        };
        command.SetAction((parse, ct) =>
        {
            var renderers = AnalysisRun.RenderersFor(parse.GetValue(format));
            var options = CommonOptions.IngestOptionsFrom(parse.GetValue(maxFile), parse.GetValue(maxDocs), parse.GetValue(followLinks));
            var outDir = parse.GetValue(output)!;
            var dbPath = parse.GetValue(noDb) ? null : parse.GetValue(db);
            AnalysisRun.CheckDb(dbPath);
            if (parse.GetValue(byCluster))
            {
                return Task.FromResult(AnalysisRun.AnalyzeByCluster(consoles, parse.GetValue(paths)!, options, dbPath, outDir,
                    [.. renderers.Select(r => r.Format)], parse.GetValue(quiet), parse.GetValue(verbose), ct));
            }
            var (dossier, note) = AnalysisRun.Analyze(consoles, parse.GetValue(paths)!, options, dbPath, parse.GetValue(quiet), ct);
            if (dossier.Documents.Count == 0)
            {
                AnalysisRun.Report(consoles, dossier, [], parse.GetValue(quiet), parse.GetValue(verbose), note);
                consoles.Error.MarkupLine("[red]error:[/] no document could be read; nothing written.");
                return Task.FromResult((int)ExitCode.Failure);
            }
            var renderProblems = new List<Problem>();
            var written = AnalysisRun.Render(dossier, outDir, renderers, renderProblems);
            if (dbPath is not null)
            {
                using var store = AnalysisRun.OpenStore(dbPath);
                store.SaveDossier(Path.GetFullPath(outDir), dossier);
            }
            return Task.FromResult(AnalysisRun.Report(consoles, dossier with { Problems = [.. dossier.Problems, .. renderProblems] }, written, parse.GetValue(quiet), parse.GetValue(verbose), note));
        });
        return command;
    }
}
