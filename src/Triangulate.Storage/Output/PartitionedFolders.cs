using Triangulate.Pipeline;

namespace Triangulate.Storage.Output;

/// <summary>Runs <see cref="PartitionedAnalyzer"/> with a SQLite file between its passes and the cluster folders as output.</summary>
public static class PartitionedFolders
{
    /// <summary>Analyses <paramref name="paths"/> by story cluster into <paramref name="outputDirectory"/>.</summary>
    /// <param name="paths">Files and folders to read.</param>
    /// <param name="outputDirectory">Folder for <c>index.json</c>, <c>index.md</c>, the merged CSVs and one folder per story cluster.</param>
    /// <param name="options">Limits and the pipeline (defaults when null).</param>
    /// <param name="database">SQLite file that holds the cleaned documents between the passes (default <c>triangulate.db</c> in the output folder).</param>
    /// <param name="formats">Formats written for each cluster (default json, md, csv); csv is also merged over all clusters.</param>
    /// <param name="progress">Reports per stage.</param>
    /// <param name="saveDossiers">Also save each cluster's dossier in <paramref name="database"/> (under its folder's full path), for
    /// <c>triangulate serve</c>; off for a scratch database that is deleted afterwards, which then also skips the search index.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static PartitionedResult Run(IEnumerable<string> paths, string outputDirectory, PartitionedOptions? options = null, string? database = null,
        IReadOnlyList<string>? formats = null, IProgress<StageProgress>? progress = null, bool saveDossiers = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outputDirectory);
        var file = database ?? Path.Combine(outputDirectory, "triangulate.db");
        using var store = saveDossiers ? new SqliteDossierStore(file) : null;
        var output = new ClusterFolders(outputDirectory, formats ?? ["json", "md", "csv"], store);
        return PartitionedAnalyzer.Run(paths, options ?? new PartitionedOptions(), () => new SqliteDossierStore(file, searchIndex: saveDossiers), output, progress, cancellationToken);
    }
}
