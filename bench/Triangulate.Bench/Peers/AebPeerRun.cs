using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Triangulate.Evaluation.ArticleExtraction;
using Triangulate.Ingest;
using Triangulate.Ingest.Html;

namespace Triangulate.Bench.Peers;

/// <summary>
/// <c>Triangulate.Bench peers [--aeb DIR] [--out FILE.json] [--score PRED.json …]</c>: runs our HTML extractor over the
/// article-extraction benchmark's pages (one process, one thread, like the Readability.js peer), writes its prediction,
/// scores it and any other prediction files given, and prints one JSON object with the figures.
/// </summary>
internal static class AebPeerRun
{
    public static int Run(string[] args)
    {
        string? aeb = null, output = null;
        var others = new List<string>();
        var passes = 3;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--aeb": aeb = args[++i]; break;
                case "--out": output = args[++i]; break;
                case "--score": others.Add(args[++i]); break;
                case "--page":
                    // Debug: print our body text of one page (id prefix) and stop.
                    var prefix = args[++i];
                    var file = Directory.GetFiles(Path.Combine(aeb ?? DefaultAeb(), "html"), prefix + "*.html.gz").First();
                    using (var gz = new GZipStream(File.OpenRead(file), CompressionMode.Decompress))
                    using (var ms = new MemoryStream())
                    {
                        gz.CopyTo(ms);
                        Console.WriteLine(Body(ms.ToArray()));
                    }
                    return 0;
                case "--parse-only":
                    // Profiling aid: time decoding + AngleSharp parsing alone, to see what share the extractor's own work takes.
                    s_parseOnly = true;
                    break;
                case "--with-title":
                    s_withTitle = true;
                    break;
                case "--passes": passes = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}");
                    return 2;
            }
        }
        aeb ??= DefaultAeb();
        if (!File.Exists(Path.Combine(aeb, "ground-truth.json")))
        {
            Console.Error.WriteLine($"no article-extraction benchmark at {aeb}");
            return 3;
        }
        if (!AebScorer.TryReadBodies(File.ReadAllText(Path.Combine(aeb, "ground-truth.json")), out var truth, out var problem))
        {
            Console.Error.WriteLine($"ground truth: {problem}");
            return 3;
        }
        var pages = LoadPages(aeb, truth.Keys);
        var (prediction, seconds) = Extract(pages, passes);
        if (output is not null)
        {
            File.WriteAllText(output, AebScorer.WritePrediction(prediction));
        }
        var score = AebScorer.Score(truth, prediction);
        using var stdout = Console.OpenStandardOutput();
        using var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteStartObject("ours");
        WriteScore(w, score);
        w.WriteNumber("pages", pages.Count);
        w.WriteNumber("seconds", Math.Round(seconds, 3));
        w.WriteNumber("pages_per_s", Math.Round(pages.Count / seconds, 1));
        w.WriteEndObject();
        foreach (var file in others)
        {
            w.WriteStartObject(Path.GetFileNameWithoutExtension(file));
            if (AebScorer.TryReadBodies(File.ReadAllText(file), out var pred, out var p2))
            {
                WriteScore(w, AebScorer.Score(truth, pred));
            }
            else
            {
                w.WriteString("problem", p2);
            }
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.Flush();
        Console.WriteLine();
        return 0;
    }

    private static string DefaultAeb() => Path.Combine(IngestCleanBenchmarks.FindRepo(), "..", "shared", "peer-suites", "article-extraction-benchmark");

    internal static List<(string Id, byte[] Bytes)> LoadPages(string aeb, IEnumerable<string> ids)
    {
        var pages = new List<(string, byte[])>();
        foreach (var id in ids.Order(StringComparer.Ordinal))
        {
            using var gz = new GZipStream(File.OpenRead(Path.Combine(aeb, "html", id + ".html.gz")), CompressionMode.Decompress);
            using var ms = new MemoryStream();
            gz.CopyTo(ms);
            pages.Add((id, ms.ToArray()));
        }
        return pages;
    }

    /// <summary>Our prediction for every page, and the best wall time of <paramref name="passes"/> timed passes (after one warm-up).</summary>
    internal static (Dictionary<string, string> Prediction, double Seconds) Extract(List<(string Id, byte[] Bytes)> pages, int passes)
    {
        var prediction = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, bytes) in pages)
        {
            prediction[id] = Body(bytes);
        }
        var best = double.MaxValue;
        for (var pass = 0; pass < Math.Max(1, passes); pass++)
        {
            var sw = Stopwatch.StartNew();
            foreach (var (_, bytes) in pages)
            {
                _ = Body(bytes);
            }
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }
        return (prediction, best);
    }

    /// <summary>The extractor's body text (without the title line HtmlReader prepends), decoded as HtmlReader does.</summary>
    internal static string Body(byte[] bytes)
    {
        var html = HtmlReader.DecodePage(bytes, null, out _) ?? string.Empty;
        if (s_parseOnly)
        {
            using var doc = new AngleSharp.Html.Parser.HtmlParser(new AngleSharp.Html.Parser.HtmlParserOptions { IsScripting = false }).ParseDocument(html);
            return string.Empty;
        }
        var article = HtmlArticleExtractor.Extract(html);
        // --with-title scores what HtmlReader hands the pipeline: the title line, then the body.
        return s_withTitle && article.Title is { Length: > 0 } t ? t + "\n\n" + article.Text : article.Text;
    }

    private static bool s_withTitle;
    private static bool s_parseOnly;

    private static void WriteScore(Utf8JsonWriter w, AebScore s)
    {
        if (s.Problem is not null)
        {
            w.WriteString("problem", s.Problem);
            return;
        }
        w.WriteNumber("f1", Math.Round(s.F1, 4));
        w.WriteNumber("precision", Math.Round(s.Precision, 4));
        w.WriteNumber("recall", Math.Round(s.Recall, 4));
        w.WriteNumber("accuracy", Math.Round(s.Accuracy, 4));
        w.WriteString("row", s.Row());
    }
}
