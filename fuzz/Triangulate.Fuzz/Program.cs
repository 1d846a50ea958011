using System.Diagnostics;
using System.Globalization;
using System.Text;
using SharpFuzz;
using Triangulate.Pipeline;
using Triangulate.Cleaning;
using Triangulate.Extraction.Entities;
using Triangulate.Extraction.Figures;
using Triangulate.Extraction.Numbers;
using Triangulate.Extraction.Quotes;
using Triangulate.Extraction.Time;
using Triangulate.Ingest;
using Triangulate.Ingest.Html;

namespace Triangulate.Fuzz;

/// <summary>
/// Fuzz harness. Two modes:
///   afl TARGET            — under AFL++ with SharpFuzz instrumentation (see docs/fuzzing.md): reads one input from stdin.
///   random TARGET [--seconds N] [--seed N] [--corpus DIR] [--crashes DIR]
///                         — a self-contained mutation fuzzer: mutates seed inputs, runs the target, saves any input that
///                           throws (an exception escaping a stage's public API is a bug) or runs over 2 s.
/// Targets: decode, clean, html, jsonl, feed, numbers, ranges, qualifiers, figures, time, mentions, quotes, pipeline, all.
/// Half the inputs of a random run are fresh texts of real-world tokens (<see cref="RealWorldTokens"/>); an input that
/// allocates more than 1 GB is saved as a failure (a blow-up in the making).
/// </summary>
public static class Program
{
    private static readonly Dictionary<string, Action<byte[]>> s_targets = new(StringComparer.Ordinal)
    {
        ["decode"] = bytes => TextDecoder.TryDecode(bytes, null, out _, out _),
        ["clean"] = bytes => new BoilerplateCleaner().Clean(new SourceDocument("f.txt", Encoding.UTF8.GetString(bytes), "txt")),
        ["html"] = bytes => _ = new HtmlReader().FromBytes("f.html", bytes, null),
        ["jsonl"] = bytes => Drain(new JsonLinesReader(), bytes),
        ["feed"] = bytes => Drain(new FeedReader(), bytes),
        // The extractors, one by one (the figures pass once exhausted memory on a DOI fragment, "X.2016.7455968").
        ["numbers"] = bytes => _ = NumberRecognizer.Recognize(Encoding.UTF8.GetString(bytes)),
        ["ranges"] = bytes => _ = NumberRangeReader.Read(Encoding.UTF8.GetString(bytes)),
        ["qualifiers"] = bytes =>
        {
            var text = Encoding.UTF8.GetString(bytes);
            foreach (var m in NumberRecognizer.Recognize(text))
            {
                _ = QualifierReader.Read(text, m);
            }
        },
        ["figures"] = bytes => _ = new FigureExtractor().Extract("d0000000", Encoding.UTF8.GetString(bytes)),
        ["time"] = bytes => _ = TemporalExtractor.Default.Find(Encoding.UTF8.GetString(bytes)),
        ["mentions"] = bytes => _ = new MentionFinder().Find("d", Encoding.UTF8.GetString(bytes)),
        ["quotes"] = bytes => _ = QuoteExtractor.Extract("d", Encoding.UTF8.GetString(bytes), [], new Dictionary<string, IReadOnlyList<string>>()),
        ["pipeline"] = bytes =>
        {
            var clean = new BoilerplateCleaner().Clean(new SourceDocument("f.txt", Encoding.UTF8.GetString(bytes), "txt"));
            _ = DossierJson.Serialize(new PipelineBuilder().UseDefaults().Build().Run([clean]));
        },
    };

    public static int Main(string[] args)
    {
        if (args.Length < 2 || (args[1] != "all" && !s_targets.ContainsKey(args[1])))
        {
            Console.Error.WriteLine($"usage: Triangulate.Fuzz afl|random <{string.Join('|', s_targets.Keys)}|all> [--seconds N] [--seed N] [--corpus DIR] [--crashes DIR]");
            return 2;
        }
        if (args[0] == "afl")
        {
            var target = s_targets[args[1]];
            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var ms = new MemoryStream();
                stream.CopyTo(ms);
                target(ms.ToArray());
            });
            return 0;
        }
        var seconds = Option(args, "--seconds", 60);
        var seed = Option(args, "--seed", 1);
        var corpus = OptionText(args, "--corpus") ?? Path.Combine(FindRepo(), "samples");
        var crashes = OptionText(args, "--crashes") ?? Path.Combine(FindRepo(), "fuzz", "crashes");
        var names = args[1] == "all" ? s_targets.Keys.ToArray() : [args[1]];
        var failures = 0;
        foreach (var name in names)
        {
            failures += RunRandom(name, s_targets[name], TimeSpan.FromSeconds(seconds / (double)names.Length), seed, corpus, crashes);
        }
        return failures == 0 ? 0 : 1;
    }

    private static int RunRandom(string name, Action<byte[]> target, TimeSpan duration, int seed, string corpusDir, string crashDir)
    {
        var seeds = LoadSeeds(corpusDir);
        var random = new Random(seed);
        var sw = Stopwatch.StartNew();
        long iterations = 0;
        var failures = 0;
        while (sw.Elapsed < duration)
        {
            var input = random.Next(2) == 0
                ? Encoding.UTF8.GetBytes(RealWorldTokens.Text(random, random.Next(1, 200)))
                : Mutator.Mutate(seeds[random.Next(seeds.Count)], random, seeds);
            iterations++;
            var start = Stopwatch.GetTimestamp();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                target(input);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failures++;
                Save(crashDir, name, input, ex.ToString());
            }
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            if (allocated > 1L << 30)
            {
                failures++;
                Save(crashDir, name, input, $"allocated {allocated:N0} bytes for {input.Length:N0} input bytes");
            }
            var elapsed = Stopwatch.GetElapsedTime(start);
            if (elapsed > TimeSpan.FromSeconds(2))
            {
                failures++;
                Save(crashDir, name, input, $"slow input: {elapsed.TotalSeconds:0.0} s");
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {iterations:N0} inputs in {sw.Elapsed.TotalSeconds:0} s, {failures} failure(s)"));
        return failures;
    }

    private static List<byte[]> LoadSeeds(string dir)
    {
        var seeds = new List<byte[]>
        {
            "<html><body><article><p>At least 745 civilians were killed, SOHR said.</p></article></body></html>"u8.ToArray(),
            """{"title":"t","text":"More than 1,000 people died since Thursday (March 6)."}"""u8.ToArray(),
            """<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>a</title><description>&lt;p&gt;12 dead&lt;/p&gt;</description></item></channel></rss>"""u8.ToArray(),
        };
        var tokens = new Random(7);
        for (var i = 0; i < 50; i++)
        {
            seeds.Add(Encoding.UTF8.GetBytes(RealWorldTokens.Text(tokens, 40)));
        }
        if (Directory.Exists(dir))
        {
            seeds.AddRange(Directory.EnumerateFiles(dir, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes));
        }
        return seeds;
    }

    private static void Save(string dir, string target, byte[] input, string why)
    {
        Directory.CreateDirectory(dir);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(input))[..12];
        File.WriteAllBytes(Path.Combine(dir, $"{target}-{hash}.bin"), input);
        File.WriteAllText(Path.Combine(dir, $"{target}-{hash}.txt"), why);
        Console.Error.WriteLine($"{target}: failure saved as {target}-{hash}.bin: {why.Split('\n')[0]}");
    }

    private static void Drain(IDocumentReader reader, byte[] bytes)
    {
        using var ms = new MemoryStream(bytes);
        foreach (var _ in reader.Read("f", ms, IngestOptions.Default))
        {
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }

    private static string? OptionText(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string FindRepo()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}

/// <summary>Byte- and token-level mutations in the style of libFuzzer's default mutators.</summary>
internal static class Mutator
{
    private static readonly byte[][] s_dictionary =
    [
        "<"u8.ToArray(), ">"u8.ToArray(), "</p>"u8.ToArray(), "<div>"u8.ToArray(), "<script>"u8.ToArray(), "&amp;"u8.ToArray(), "\""u8.ToArray(),
        "{"u8.ToArray(), "}"u8.ToArray(), "\n"u8.ToArray(), "at least "u8.ToArray(), "more than "u8.ToArray(), "1,311"u8.ToArray(),
        "seven hundred and forty-five"u8.ToArray(), "Thursday (March 6)"u8.ToArray(), "since "u8.ToArray(), "“"u8.ToArray(), "”"u8.ToArray(),
        [0xFF], [0xC3], [0x00], "\u202E"u8.ToArray(), "SCROLL TO CONTINUE WITH CONTENT"u8.ToArray(), "Original Source: "u8.ToArray(),
        "X.2016.7455968"u8.ToArray(), "192.168.1.254"u8.ToArray(), "v1.2.3.4"u8.ToArray(), "ISBN 978-3-16-148410-0"u8.ToArray(), "arXiv:2101.01234v2"u8.ToArray(),
        "+1 (555) 123-4567"u8.ToArray(), "35°31′N 35°47′E"u8.ToArray(), "23:59:59"u8.ToArray(), "between 100 and 50"u8.ToArray(), "-5 killed"u8.ToArray(),
    ];

    public static byte[] Mutate(byte[] input, Random random, List<byte[]> seeds)
    {
        var data = new List<byte>(input);
        var rounds = random.Next(1, 8);
        for (var r = 0; r < rounds; r++)
        {
            var at = data.Count == 0 ? 0 : random.Next(data.Count);
            switch (random.Next(7))
            {
                case 0 when data.Count > 0: data[at] = (byte)random.Next(256); break;
                case 1 when data.Count > 0: data.RemoveRange(at, Math.Min(random.Next(1, 64), data.Count - at)); break;
                case 2: data.InsertRange(at, s_dictionary[random.Next(s_dictionary.Length)]); break;
                case 3 when data.Count > 1:
                    var len = Math.Min(random.Next(1, 256), data.Count - at);
                    data.InsertRange(random.Next(data.Count), data.GetRange(at, len));
                    break;
                case 4:
                    var other = seeds[random.Next(seeds.Count)];
                    if (other.Length > 0)
                    {
                        var from = random.Next(other.Length);
                        data.InsertRange(at, other.AsSpan(from, Math.Min(random.Next(1, 512), other.Length - from)).ToArray());
                    }
                    break;
                case 5 when data.Count > 0: data[at] ^= (byte)(1 << random.Next(8)); break;
                default: data.InsertRange(at, Enumerable.Repeat((byte)random.Next(32, 127), random.Next(1, 2000))); break;
            }
        }
        return [.. data];
    }
}
