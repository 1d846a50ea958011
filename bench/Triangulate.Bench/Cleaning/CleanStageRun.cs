using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Triangulate.Benchmarking;
using Triangulate.Cleaning;
using Triangulate.Ingest;

namespace Triangulate.Bench.Cleaning;

/// <summary>The clean stage alone, outside BenchmarkDotNet: CPU seconds and allocations of <see cref="BoilerplateCleaner.Clean"/>
/// over the bench's synthetic corpus on one thread, and a digest of every cleaned output (to check a speed change leaves
/// the outputs byte-identical).</summary>
/// <remarks>
/// <c>Triangulate.Bench clean-stage [--size N] [--rounds R] [--dump FILE]</c>. The synthetic articles are read back through the
/// ingestor exactly as <c>triangulate bench</c> reads them. <c>--dump</c> writes one line per document (the synthetic corpus,
/// the samples, the shared events and the test bed's dev events; never a sealed event) with every field the cleaner sets.
/// </remarks>
internal static class CleanStageRun
{
    public static int Run(string[] args)
    {
        if (StageRunOptions.Parse(args, "--size", "--rounds", "--dump", "--profile") is not { } options)
        {
            return 2;
        }
        var size = StageRunOptions.Int(options, "--size", 10_000);
        var rounds = StageRunOptions.Int(options, "--rounds", 1);
        var dump = options.GetValueOrDefault("--dump");
        var profile = options.GetValueOrDefault("--profile") == "1";
        var documents = StageRunOptions.Synthetic(size);
        var bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        var cleaner = new BoilerplateCleaner();
        // Warm-up: the JIT and the regex constructors are not the stage's cost.
        foreach (var d in documents.Take(200))
        {
            _ = cleaner.Clean(d);
        }
        for (var r = 0; r < rounds; r++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            long chars = 0;
            foreach (var d in documents)
            {
                chars += cleaner.Clean(d).Text.Length;
            }
            wall.Stop();
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var mb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"clean {documents.Count:N0} docs, {bytes / 1e6:0.0} MB: {wall.Elapsed.TotalSeconds:0.00} s wall, {cpuSeconds:0.00} s CPU, {bytes / 1e6 / wall.Elapsed.TotalSeconds:0.0} MB/s, {mb:N0} MB allocated ({chars:N0} chars kept)"));
        }
        {
            // The pile pass (lines repeated across stories) over the whole cleaned pile, as Analyzer.ReadAndClean runs it.
            var cleaned = documents.Select(cleaner.Clean).ToList();
            var allocated = GC.GetTotalAllocatedBytes();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var piled = PileRepetition.Apply(cleaned);
            wall.Stop();
            var removed = piled.Sum(d => d.Removed.Count(r => r.Kind == PileRepetition.Kind));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pile pass over {cleaned.Count:N0} cleaned docs: {wall.Elapsed.TotalSeconds:0.00} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.00} s CPU, {(GC.GetTotalAllocatedBytes() - allocated) / 1e6:N0} MB allocated ({removed:N0} repeated lines removed)"));
        }
        if (profile)
        {
            Profile(documents);
        }
        if (dump is not null)
        {
            Dump(cleaner, documents, dump);
        }
        return 0;
    }

    // Where the time goes: each regex of the cleaner over the whole texts (multiline ones) or over every trimmed line, and the
    // line-level steps callable from here. Reflection reaches the private generated regexes; indicative only.
    private static void Profile(List<SourceDocument> documents)
    {
        var texts = documents.Select(d => d.Text).ToList();
        var lines = texts.SelectMany(t => t.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Console.WriteLine($"{lines.Count:N0} non-empty lines");
        void Time(string name, Func<long> body)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var n = body();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-40} {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds,9:0} ms CPU {(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6,8:0} MB  ({n})"));
        }
        const System.Reflection.BindingFlags flags = System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static;
        foreach (var m in typeof(BoilerplateCleaner).GetMethods(flags).Where(m => m.ReturnType == typeof(System.Text.RegularExpressions.Regex) && m.GetParameters().Length == 0))
        {
            var regex = (System.Text.RegularExpressions.Regex)m.Invoke(null, null)!;
            Time("text regex " + m.Name, () => texts.Sum(t => (long)regex.Count(t)));
        }
        var residue = typeof(BoilerplateCleaner).Assembly.GetType("Triangulate.Cleaning.ResidueLines")!;
        foreach (var m in residue.GetMethods(flags).Where(m => m.ReturnType == typeof(System.Text.RegularExpressions.Regex) && m.GetParameters().Length == 0))
        {
            var regex = (System.Text.RegularExpressions.Regex)m.Invoke(null, null)!;
            Time("line regex " + m.Name, () => lines.Count(l => regex.IsMatch(l)));
        }
        foreach (var m in residue.GetMethods(flags).Where(m => m.ReturnType == typeof(bool) && m.GetParameters() is [{ ParameterType: var pt }] && pt == typeof(string)))
        {
            var f = m.CreateDelegate<Func<string, bool>>();
            Time("pred " + m.Name, () => lines.Count(f));
        }
        Time("ResidueLines.Find", () => texts.Sum(t => (long)ResidueLines.Find(t).Count));
        Time("ResidueLines.Classify", () => lines.Count(l => ResidueLines.Classify(l, false) is not null));
        Time("ResidueLines.IsReaderAddress", () => lines.Count(ResidueLines.IsReaderAddress));
        Time("LineScore.Read", () => lines.Sum(l => (long)LineScore.Read(l).Words));
        Time("ResidueLines.DateIn", () => lines.Count(l => ResidueLines.DateIn(l) is not null));
        Time("BoilerplateCleaner.Sentences", () => texts.Sum(t => (long)BoilerplateCleaner.Sentences(t).Count));
        Time("BoilerplateCleaner.IdOf", () => texts.Sum(t => (long)BoilerplateCleaner.IdOf(t).Length));
        var cleaner = new BoilerplateCleaner();
        Time("BoilerplateCleaner.Clean", () => documents.Sum(d => (long)cleaner.Clean(d).Removed.Count));

    }

    /// <summary>The articles of the test bed's dev events (corpus/split.json; never a sealed event's), as the ingestor reads them.</summary>
    internal static List<SourceDocument> DevArticles() => Read(DevInputs(IngestCleanBenchmarks.FindRepo()));

    private static List<string> DevInputs(string repo)
    {
        var split = Path.Combine(repo, "corpus", "split.json");
        if (!File.Exists(split))
        {
            return [];
        }
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(split));
        return [.. json.RootElement.GetProperty("dev").EnumerateArray().Select(e => Path.Combine(repo, "corpus", e.GetString()!, "articles.jsonl"))];
    }

    private static List<SourceDocument> Read(IEnumerable<string> inputs) =>
        [.. new Ingestor().Read(inputs.Where(p => Directory.Exists(p) || File.Exists(p))).Select(i => i.Document).OfType<SourceDocument>()];

    private static void Dump(BoilerplateCleaner cleaner, List<SourceDocument> synthetic, string path)
    {
        var repo = IngestCleanBenchmarks.FindRepo();
        var real = Read([Path.Combine(repo, "samples"), Path.Combine(repo, "..", "shared", "corpus"), .. DevInputs(repo)]);
        using var writer = new StreamWriter(path);
        var n = 0;
        foreach (var d in synthetic.Concat(real))
        {
            var c = cleaner.Clean(d);
            var sb = new StringBuilder();
            sb.Append(c.Id).Append('\u0001').Append(c.Text).Append('\u0001').Append(c.Title).Append('\u0001').Append(c.Outlet).Append('\u0001')
                .Append(c.StatedDate).Append('\u0001').Append(c.StatedDateSource).Append('\u0001').Append(c.Provenance).Append('\u0001')
                .Append(c.Dateline?.ToString()).Append('\u0001');
            foreach (var r in c.Removed)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{r.Kind}|{r.Start}|{r.End}|{r.Date}|{r.Rule}|{r.Text}\u0002");
            }
            foreach (var s in c.Map.Segments)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{s[0]},{s[1]},{s[2]};");
            }
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..16];
            writer.WriteLine($"{d.File}\t{hash}\t{c.Removed.Count}");
            n++;
        }
        Console.WriteLine($"dumped {n:N0} documents to {path}");
    }
}
