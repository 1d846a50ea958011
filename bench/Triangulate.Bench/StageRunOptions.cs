using System.Globalization;
using Triangulate.Benchmarking;
using Triangulate.Ingest;

namespace Triangulate.Bench;

/// <summary>What the single-stage runs (<c>clean-stage</c>, <c>entities-stage</c>) share: their <c>--name value</c> options and the bench's
/// synthetic articles read back through the ingestor exactly as <c>triangulate bench</c> reads them.</summary>
internal static class StageRunOptions
{
    /// <summary>The <c>--name value</c> pairs of <paramref name="args"/>; null (after saying which on stderr) when one is not in <paramref name="known"/>.</summary>
    public static Dictionary<string, string>? Parse(string[] args, params string[] known)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!known.Contains(args[i], StringComparer.Ordinal))
            {
                Console.Error.WriteLine($"unknown option {args[i]}");
                return null;
            }
            options[args[i]] = args[i + 1];
        }
        return options;
    }

    /// <summary>An integer option, or <paramref name="fallback"/> when absent.</summary>
    public static int Int(Dictionary<string, string> options, string name, int fallback) =>
        options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    /// <summary><paramref name="size"/> synthetic articles, written as JSON Lines to a scratch folder (deleted after) and ingested.</summary>
    public static List<SourceDocument> Synthetic(int size)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"triangulate-stage-run-{Environment.ProcessId}-{size}");
        try
        {
            var (files, _) = new SyntheticCorpus().WriteJsonLinesShards(dir, "part", size);
            return [.. new Ingestor().Read(files).Select(i => i.Document).OfType<SourceDocument>()];
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
