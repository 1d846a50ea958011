using Spectre.Console;
using System.CommandLine;
using Triangulate.Pipeline;
using Triangulate.Cli.Progress;
using Triangulate.Ingest;
using Triangulate.Storage;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate export</c>: analyse the documents kept in the database and write the dossier.</summary>
internal static class ExportCommand
{
    public static Command Create(CliConsoles consoles)
    {
        var db = CommonOptions.Db();
        var output = CommonOptions.Out();
        var format = CommonOptions.Format();
        var prefix = new Option<string?>("--prefix") { Description = "Only documents whose file path starts with this prefix." };
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var command = new Command("export", "Build the dossier from the documents stored in the database and write it.")
        {
            db, output, format, prefix, quiet, verbose,
        };
        command.SetAction((parse, ct) =>
        {
            var renderers = AnalysisRun.RenderersFor(parse.GetValue(format));
            var dbPath = parse.GetValue(db)!;
            AnalysisRun.CheckDb(dbPath);
            if (!DossierStores.IsServer(dbPath) && !File.Exists(dbPath))
            {
                throw new UsageException($"{dbPath}: no such database (run 'triangulate ingest' or 'analyze' first, or pass --db)");
            }
            using var store = AnalysisRun.OpenStore(dbPath);
            var docs = store.Documents(parse.GetValue(prefix));
            if (docs.Count == 0)
            {
                consoles.Error.MarkupLineInterpolated($"[red]error:[/] {Program.Safe(DossierStores.Describe(dbPath))} holds no matching document; nothing written.");
                return Task.FromResult((int)ExitCode.Failure);
            }
            var dossier = StageReporter.Run(consoles.Error, parse.GetValue(quiet),
                progress => new PipelineBuilder().UseDefaults().Build().Run(docs, null, progress, ct));
            var outDir = parse.GetValue(output)!;
            var renderProblems = new List<Problem>();
            var written = AnalysisRun.Render(dossier, outDir, renderers, renderProblems);
            store.SaveDossier(Path.GetFullPath(outDir), dossier);
            return Task.FromResult(AnalysisRun.Report(consoles, dossier with { Problems = [.. dossier.Problems, .. renderProblems] }, written, parse.GetValue(quiet), parse.GetValue(verbose), $"from {DossierStores.Describe(dbPath)}: {docs.Count} stored document(s)"));
        });
        return command;
    }
}
