using Triangulate.Cleaning;
using Triangulate.Ingest;

namespace Triangulate.Pipeline;

/// <summary>A frozen, reusable sequence of passes that turns cleaned documents into a dossier.</summary>
/// <remarks>Build with <see cref="PipelineBuilder"/>. A pass that throws is re-run without the document that makes it fail
/// (found by bisection, named in a problem; see <see cref="DocumentIsolation"/>), so every other document keeps that pass's results;
/// a pass that fails with no documents at all is recorded as a problem and the run goes on with the dossier as it was before that pass.</remarks>
/// <threadsafety>Immutable; <c>Run</c> may be called concurrently.</threadsafety>
public sealed class AnalysisPipeline
{
    internal AnalysisPipeline(IReadOnlyList<IDossierPass> passes) => Passes = passes;

    /// <summary>The passes, in run order.</summary>
    public IReadOnlyList<IDossierPass> Passes { get; }

    /// <summary>Builds the dossier for <paramref name="documents"/>.</summary>
    /// <param name="documents">Cleaned documents; duplicates by id are kept once.</param>
    /// <param name="problems">Problems met before analysis (ingest, cleaning), carried into the dossier.</param>
    /// <param name="progress">Receives one report per pass.</param>
    /// <param name="cancellationToken">Stops between passes.</param>
    public Dossier Run(IEnumerable<CleanDocument> documents, IEnumerable<Problem>? problems = null,
        IProgress<StageProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var docs = DossierDocuments.FromCleaned(documents);
        var dossier = new Dossier { Documents = docs, Problems = [.. problems ?? []] };
        return Run(dossier, progress, cancellationToken);
    }

    /// <summary>Runs every pass over an existing dossier (e.g. one loaded from dossier.json or the store).</summary>
    public Dossier Run(Dossier dossier, IProgress<StageProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Run(dossier, null, progress, cancellationToken);

    /// <summary>Runs every pass over an existing dossier, telling <paramref name="timed"/> each pass's name and wall time as it ends.</summary>
    /// <param name="dossier">The dossier to complete.</param>
    /// <param name="timed">Receives each pass's name and wall time (for benchmarks and logs).</param>
    /// <param name="progress">Receives one report per pass.</param>
    /// <param name="cancellationToken">Stops between passes.</param>
    public Dossier Run(Dossier dossier, Action<string, TimeSpan>? timed, IProgress<StageProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        dossier = dossier with { NotExtracted = DossierSections.Missing(Passes) };
        for (var i = 0; i < Passes.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var pass = Passes[i];
            progress?.Report(new StageProgress(pass.Name, i, Passes.Count));
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                dossier = pass.Apply(dossier, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                // One document's failure stays that document's: find it, run the pass without it, name it in a problem.
                dossier = DocumentIsolation.Recover(pass, dossier, ex, cancellationToken);
            }
            timed?.Invoke(pass.Name, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
        progress?.Report(new StageProgress("done", Passes.Count, Passes.Count));
        return dossier;
    }
}
