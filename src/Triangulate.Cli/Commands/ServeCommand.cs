using Spectre.Console;
using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Triangulate.Serving;
using Triangulate.Storage;
using Triangulate.Storage.Reading;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate serve</c>: browse a store in a local web app (read-only, bound to 127.0.0.1).</summary>
internal static class ServeCommand
{
    public static Command Create(CliConsoles consoles)
    {
        var db = CommonOptions.Db();
        var port = new Option<int>("--port", "-p") { Description = "TCP port on 127.0.0.1 (0: any free port).", DefaultValueFactory = _ => 8077 };
        var command = new Command("serve", "Browse the stored stories in a local, read-only web app: stories largest first, search, each story's report, CSV/JSON downloads.")
        {
            db, port,
        };
        command.SetAction(async (parse, ct) =>
        {
            var dbPath = parse.GetValue(db)!;
            AnalysisRun.CheckDb(dbPath);
            if (!DossierStores.IsServer(dbPath) && !File.Exists(dbPath))
            {
                throw new UsageException($"{dbPath}: no such database (run 'triangulate ingest' or 'analyze' first, or pass --db)");
            }
            var p = parse.GetValue(port);
            if (p is < 0 or > 65535)
            {
                throw new UsageException($"--port {p}: must be 0–65535");
            }
            await using var app = ServeApp.Create(new ServeOptions(dbPath, p));
            await app.StartAsync(ct).ConfigureAwait(false);
            var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? $"http://127.0.0.1:{p}";
            consoles.Out.MarkupLineInterpolated($"serving {Program.Safe(DossierStores.Describe(dbPath))} read-only at [link]{url}[/] (Ctrl+C stops)");
            using (var catalog = StoryCatalogs.Open(dbPath))
            {
                if (!catalog.HasSearchIndex)
                {
                    consoles.Out.MarkupLine("note: this store has no search index (written by an older version), so search reads every document; "
                        + "opening it once for writing builds the index, e.g. 'triangulate ingest EMPTY_FOLDER --db …'");
                }
            }
            try
            {
                await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return (int)ExitCode.Ok;
        });
        return command;
    }
}
