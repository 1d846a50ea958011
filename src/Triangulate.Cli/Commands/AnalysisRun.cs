using System.Data.Common;
using Spectre.Console;
using Triangulate.Pipeline;
using Triangulate.Cleaning;
using Triangulate.Cli.Progress;
using Triangulate.Ingest;
using Triangulate.Rendering;
using Triangulate.Storage;
using Triangulate.Storage.Output;

namespace Triangulate.Cli.Commands;

/// <summary>The steps analyze, ingest and export share: read into the store, run the pipeline, render, report.</summary>
internal static class AnalysisRun
{
    private const int BatchSize = 256;

    /// <summary>Reads <paramref name="paths"/>, cleans, stores in batches (when a store is given); returns the documents and problems.</summary>
    public static (List<CleanDocument> Documents, List<Problem> Problems, int Added, int Skipped) Ingest(
        IEnumerable<string> paths, IngestOptions options, IDossierStore? store, IProgress<StageProgress> progress, CancellationToken ct)
    {
        var documents = new List<CleanDocument>();
        var problems = new List<Problem>();
        var batch = new List<CleanDocument>();
        var batchProblems = new List<Problem>();
        int added = 0, skipped = 0;
        foreach (var (document, problem) in Analyzer.ReadAndCleanStream(paths, options, ct))
        {
            if (problem is not null)
            {
                problems.Add(problem);
                batchProblems.Add(problem);
            }
            if (document is not null)
            {
                documents.Add(document);
                batch.Add(document);
                progress.Report(new StageProgress("ingest", documents.Count, 0));
            }
            if (batch.Count >= BatchSize)
            {
                Flush();
            }
        }
        Flush();
        return (documents, problems, added, skipped);

        void Flush()
        {
            if (store is not null && (batch.Count > 0 || batchProblems.Count > 0))
            {
                var r = store.Add(batch, batchProblems);
                added += r.Added;
                skipped += r.Skipped;
                if (r.Renamed is { Count: > 0 } renamed)
                {
                    // Stored as a copy of the same text from another file (an earlier run): the dossier uses the stored id.
                    var first = documents.Count - batch.Count;
                    for (var j = 0; j < batch.Count; j++)
                    {
                        if (renamed.TryGetValue(batch[j].Id, out var id))
                        {
                            documents[first + j] = batch[j] with { Id = id };
                        }
                    }
                }
            }
            batch.Clear();
            batchProblems.Clear();
        }
    }

    /// <summary>Opens the store named by <c>--db</c> (SQLite file or postgres:// URI); an unparsable URI is a usage error.</summary>
    public static IDossierStore OpenStore(string db)
    {
        CheckDb(db);
        try
        {
            return DossierStores.Open(db);
        }
        catch (ArgumentException ex)
        {
            throw new UsageException($"--db: {ex.Message}", ex);
        }
        catch (DbException ex)
        {
            // A folder, a file that is not writable, a full disk: exit code 3 with one line naming the database.
            throw new IOException($"cannot open the database {DossierStores.Describe(db)}: {ex.Message}", ex);
        }
    }

    /// <summary>Checks a <c>--db</c> argument before anything runs (a mistyped PostgreSQL URL is a usage error, never a SQLite file).</summary>
    public static void CheckDb(string? db)
    {
        if (db is null)
        {
            return;
        }
        try
        {
            DossierStores.Validate(db);
        }
        catch (ArgumentException ex)
        {
            throw new UsageException($"--db: {ex.Message}", ex);
        }
    }

    /// <summary>Resolves the requested formats to renderers.</summary>
    public static IReadOnlyList<IDossierRenderer> RenderersFor(string[]? formats)
    {
        if (formats is null || formats.Length == 0)
        {
            return [.. Renderers.DefaultFormats.Select(Renderers.Find).OfType<IDossierRenderer>()];
        }
        var list = new List<IDossierRenderer>();
        foreach (var f in formats)
        {
            var r = Renderers.Find(f) ?? throw new UsageException(
                $"unknown format '{f}' (available: {string.Join(", ", Renderers.All.Select(x => x.Format))})");
            list.Add(r);
        }
        return list;
    }

    /// <summary>Writes the dossier in every format; returns the files written.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="outDir">The output folder.</param>
    /// <param name="renderers">The formats.</param>
    /// <param name="problems">Receives each section or row a renderer could not render (a note stands in its place); may be null.</param>
    /// <remarks>All or nothing (see <see cref="DossierWriter"/>).</remarks>
    public static List<string> Render(Dossier dossier, string outDir, IReadOnlyList<IDossierRenderer> renderers, ICollection<Problem>? problems = null)
    {
        return [.. DossierWriter.Write(dossier, outDir, renderers, problems)];
    }

    /// <summary>Prints problems to stderr and a summary to stdout; returns the exit code.</summary>
    public static int Report(CliConsoles consoles, Dossier dossier, IReadOnlyList<string> written, bool quiet, bool verbose, string? storeNote)
    {
        var errors = dossier.Problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();
        var warnings = dossier.Problems.Where(p => p.Severity != ProblemSeverity.Error).ToList();
        foreach (var p in errors)
        {
            consoles.Error.MarkupLineInterpolated($"[red]error:[/] {Program.Safe(p.File)}: {Program.Safe(p.Reason)}");
        }
        if (verbose)
        {
            foreach (var p in warnings)
            {
                consoles.Error.MarkupLineInterpolated($"[yellow]warning:[/] {Program.Safe(p.File)}: {Program.Safe(p.Reason)}");
            }
        }
        else if (warnings.Count > 0 && !quiet)
        {
            consoles.Error.MarkupLineInterpolated($"[yellow]{warnings.Count} warning(s)[/] (run with --verbose to list them)");
        }
        if (!quiet)
        {
            var d = dossier;
            consoles.Out.MarkupLineInterpolated(
                $"[green]{d.Documents.Count}[/] documents, [green]{d.Claims.Count}[/] claims, {d.Series.Count} series, {d.Flags.Count} flags, {d.Entities.Count} entities, {d.Quotes.Count} quotes, {d.Dates.Count} dates, {d.Reuse.Count} reuse links; {errors.Count} input(s) failed.");
            if (storeNote is not null)
            {
                consoles.Out.WriteLine(Program.Safe(storeNote));
            }
            foreach (var f in written)
            {
                consoles.Out.WriteLine("wrote " + Program.Safe(f));
            }
        }
        return errors.Count > 0 ? (int)ExitCode.Partial : (int)ExitCode.Ok;
    }

    /// <summary>Runs the streaming analysis by story cluster (<c>analyze --by-cluster</c>) and reports it.</summary>
    public static int AnalyzeByCluster(CliConsoles consoles, IEnumerable<string> paths, IngestOptions options, string? dbPath, string outDir,
        IReadOnlyList<string> formats, bool quiet, bool verbose, CancellationToken ct)
    {
        // Documents wait in SQLite between the passes: the given SQLite file, else a scratch file removed afterwards.
        var spill = dbPath is not null && !DossierStores.IsServer(dbPath) ? dbPath : null;
        var scratch = spill is null ? Path.Combine(outDir, $".triangulate-{Environment.ProcessId}.db") : null;
        try
        {
            var result = StageReporter.Run(consoles.Error, quiet, progress => PartitionedFolders.Run(paths, outDir,
                new PartitionedOptions { Ingest = options }, spill ?? scratch, formats, progress, saveDossiers: spill is not null, cancellationToken: ct));
            var dossier = new Dossier { Problems = result.Problems };
            var errors = result.Problems.Count(p => p.Severity == ProblemSeverity.Error);
            var code = Report(consoles, dossier, [], quiet: true, verbose, null);
            if (result.Documents == 0)
            {
                consoles.Error.MarkupLine("[red]error:[/] no document could be read; nothing written.");
                return (int)ExitCode.Failure;
            }
            if (!quiet)
            {
                consoles.Out.MarkupLineInterpolated(
                    $"[green]{result.Documents:N0}[/] documents in [green]{result.Clusters:N0}[/] story clusters, [green]{result.Claims:N0}[/] claims; {errors} input(s) failed; {result.Seconds:0.0} s.");
                foreach (var f in result.Written)
                {
                    consoles.Out.WriteLine("wrote " + Program.Safe(f));
                }
                consoles.Out.WriteLine($"wrote one dossier per cluster under {Program.Safe(Path.Combine(outDir, "clusters"))}");
            }
            return code;
        }
        finally
        {
            if (scratch is not null)
            {
                foreach (var f in new[] { scratch, scratch + "-wal", scratch + "-shm" })
                {
                    File.Delete(f);
                }
            }
        }
    }

    /// <summary>Runs ingest + analysis with progress; shared by analyze.</summary>
    public static (Dossier Dossier, string? StoreNote) Analyze(CliConsoles consoles, IEnumerable<string> paths, IngestOptions options,
        string? dbPath, bool quiet, CancellationToken ct)
    {
        using var store = dbPath is null ? null : OpenStore(dbPath);
        return StageReporter.Run(consoles.Error, quiet, progress =>
        {
            var (docs, problems, added, skipped) = Ingest(paths, options, store, progress, ct);
            var pipeline = new PipelineBuilder().UseDefaults().Build();
            // The dossier keeps each document's cleaned text; the cleaned documents also hold the text as read (and its offset
            // map), which no pass reads. Emptying the list lets those go before the passes run, instead of living to the end
            // (a method run once stays unoptimised, and there a local is live until the method returns).
            var documents = DossierDocuments.FromCleaned(docs);
            docs.Clear();
            var dossier = pipeline.Run(new Dossier { Documents = documents, Problems = [.. problems] }, progress, ct);
            string? note = null;
            if (store is not null)
            {
                note = $"store {DossierStores.Describe(dbPath!)}: {added} new document(s), {skipped} already stored";
            }
            return (dossier, note);
        });
    }
}
