using System.Globalization;
using System.Text;
using System.Text.Json;
using Triangulate.Pipeline;
using Triangulate.Rendering;
using Triangulate.Rendering.Markdown;

namespace Triangulate.Storage.Output;

/// <summary>
/// The output folder of a partitioned run: one dossier folder per story cluster under <c>clusters/</c>, then the merged
/// CSVs, <c>index.json</c> and <c>index.md</c> at the top. Every file is replaced atomically.
/// </summary>
/// <threadsafety><see cref="WriteCluster"/> is safe for different clusters at once.</threadsafety>
public sealed class ClusterFolders : IPartitionedOutput
{
    private readonly string _output;
    private readonly IReadOnlyList<string> _formats;
    private readonly IDossierStore? _store;
    private readonly Lock _storeLock = new();

    /// <summary>Writes into <paramref name="outputDirectory"/> (created when missing), each cluster in <paramref name="formats"/>.</summary>
    /// <param name="outputDirectory">The output folder.</param>
    /// <param name="formats">Formats written for each cluster.</param>
    /// <param name="store">When given, each cluster's dossier is also saved in it under its folder's full path (as <c>analyze --db</c> saves
    /// one dossier), so <c>triangulate serve</c> lists the clusters; the caller keeps ownership.</param>
    public ClusterFolders(string outputDirectory, IReadOnlyList<string> formats, IDossierStore? store = null)
    {
        ArgumentNullException.ThrowIfNull(outputDirectory);
        ArgumentNullException.ThrowIfNull(formats);
        _output = outputDirectory;
        _formats = formats;
        _store = store;
        Directory.CreateDirectory(outputDirectory);
    }

    /// <inheritdoc/>
    public void WriteCluster(string clusterId, Dossier dossier)
    {
        var folder = Path.Combine(_output, FolderOf(clusterId));
        DossierWriter.Write(dossier, folder, _formats);
        if (_store is not null)
        {
            // One connection, one writer at a time: SQLite serialises writers anyway.
            lock (_storeLock)
            {
                _store.SaveDossier(Path.GetFullPath(folder), dossier);
            }
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Finish(IReadOnlyList<ClusterSummary> clusters, int documents, IReadOnlyList<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(problems);
        var written = new List<string>();
        if (_formats.Contains("csv", StringComparer.OrdinalIgnoreCase))
        {
            written.Add(MergeCsv(_output, clusters, "claims.csv"));
            written.Add(MergeCsv(_output, clusters, "events.csv"));
        }
        written.Add(WriteIndexJson(_output, clusters, documents, problems));
        written.Add(WriteIndexMarkdown(_output, clusters, documents, problems));
        return written;
    }

    private static string FolderOf(string clusterId) => Path.Combine("clusters", clusterId);

    private static string? Headline(FigureSeries? headline) => Reading.StorySummaries.Headline(headline);

    // Concatenates each cluster's CSV (one header, BOM as the renderer writes it) in cluster order.
    private static string MergeCsv(string output, IReadOnlyList<ClusterSummary> summaries, string name)
    {
        var target = Path.Combine(output, name);
        AtomicFile.Write(target, stream =>
        {
            var first = true;
            foreach (var s in summaries)
            {
                var part = Path.Combine(output, FolderOf(s.Id), name);
                if (!File.Exists(part))
                {
                    continue;
                }
                using var reader = new StreamReader(part, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                var header = reader.ReadLine();
                if (first && header is not null)
                {
                    stream.Write(Encoding.UTF8.GetPreamble());
                    stream.Write(Encoding.UTF8.GetBytes(header + "\r\n"));
                    first = false;
                }
                var rest = reader.ReadToEnd();
                stream.Write(Encoding.UTF8.GetBytes(rest));
            }
        });
        return target;
    }

    private static string WriteIndexJson(string output, IReadOnlyList<ClusterSummary> summaries, int documents, IReadOnlyList<Problem> problems)
    {
        var path = Path.Combine(output, "index.json");
        var index = new IndexFile(documents,
            [.. summaries.Select(s => new IndexCluster(s.Id, s.Label, s.Documents, s.Claims, s.Series, s.Flags, Headline(s.Headline), FolderOf(s.Id).Replace('\\', '/')))],
            [.. problems.Select(p => new ProblemRow(p.File, p.Stage.Name, p.Severity.Code(), p.Reason))]);
        AtomicFile.Write(path, stream => JsonSerializer.Serialize(stream, index, PartitionedJsonContext.Default.IndexFile));
        return path;
    }

    private static string WriteIndexMarkdown(string output, IReadOnlyList<ClusterSummary> summaries, int documents, IReadOnlyList<Problem> problems)
    {
        var md = new StringBuilder();
        md.AppendLine("# Story clusters").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{documents:N0} documents in {summaries.Count:N0} story clusters; {problems.Count:N0} problems (index.json lists them). Largest clusters first.").AppendLine();
        md.AppendLine("| cluster | documents | claims | flags | headline | label |");
        md.AppendLine("|---|--:|--:|--:|---|---|");
        foreach (var s in summaries.OrderByDescending(s => s.Documents).ThenBy(s => s.Id, StringComparer.Ordinal).Take(1000))
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| [{s.Id}]({FolderOf(s.Id).Replace('\\', '/')}/) | {s.Documents} | {s.Claims} | {s.Flags} | {MarkdownRenderer.Cell(Headline(s.Headline) ?? "")} | {MarkdownRenderer.Cell(s.Label)} |");
        }
        if (summaries.Count > 1000)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"_{summaries.Count - 1000:N0} smaller clusters are listed in index.json._");
        }
        var path = Path.Combine(output, "index.md");
        AtomicFile.WriteText(path, md.ToString());
        return path;
    }
}

internal sealed record IndexFile(int Documents, IReadOnlyList<IndexCluster> Clusters, IReadOnlyList<ProblemRow> Problems);

internal sealed record IndexCluster(string Id, string Label, int Documents, int Claims, int Series, int Flags, string? Headline, string Folder);

internal sealed record ProblemRow(string File, string Stage, string Severity, string Reason);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
[System.Text.Json.Serialization.JsonSerializable(typeof(IndexFile))]
internal sealed partial class PartitionedJsonContext : System.Text.Json.Serialization.JsonSerializerContext;

