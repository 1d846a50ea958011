using BenchmarkDotNet.Attributes;
using Triangulate.Cleaning;
using Triangulate.Ingest;

namespace Triangulate.Bench;

/// <summary>Ingest + clean on the sample corpus's texts, in memory (the disk is not measured).</summary>
[MemoryDiagnoser]
public class IngestCleanBenchmarks
{
    private readonly PlainTextReader _reader = new();
    private readonly BoilerplateCleaner _cleaner = new();
    private byte[][] _files = [];

    [GlobalSetup]
    public void Setup()
    {
        var dir = Path.Combine(FindRepo(), "samples", "syria-coast-2025-03");
        _files = [.. Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
    }

    [Benchmark]
    public int ReadAndClean()
    {
        var n = 0;
        foreach (var bytes in _files)
        {
            using var stream = new MemoryStream(bytes);
            foreach (var item in _reader.Read("doc.txt", stream, IngestOptions.Default))
            {
                if (item.Document is { } d)
                {
                    n += _cleaner.Clean(d).Text.Length;
                }
            }
        }
        return n;
    }

    internal static string FindRepo()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
