using System.Diagnostics;
using Triangulate.Pipeline;
using Triangulate.Evaluation;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Reliability;

/// <summary>Results never depend on machine load: the gold suite gives byte-identical dossiers with six busy loops running beside it.</summary>
/// <remarks>Runs in the serial collection (alone), and is bounded: the busy loops stop after the loaded run, or after a few minutes whatever happens.</remarks>
[Collection(SerialCollection.Name)]
public sealed class LoadIndependenceTests(ITestOutputHelper output)
{
    private const int BusyLoops = 6;

    [Fact]
    public void GoldSuite_SixBusyLoopsBeside_ByteIdenticalDossiers()
    {
        // Given the gold suite: the shared events (when present) and the sample
        var folders = Paths.CorpusEvents.Append(Paths.Sample)
            .Where(f => File.Exists(Path.Combine(f, "gold.json")))
            .Select(f => GoldFile.Load(Path.Combine(f, "gold.json")).Folder)
            .ToList();
        Assert.NotEmpty(folders);
        string[] Run() => [.. folders.Select(f => DossierJson.Serialize(Analyzer.Analyze([f])))];

        // When it runs on a quiet machine, then again with six busy loops competing for every core
        var clock = Stopwatch.StartNew();
        var quiet = Run();
        var quietTime = clock.Elapsed;
        string[] loaded;
        using (var stop = new CancellationTokenSource(TimeSpan.FromMinutes(5)))
        {
            var spins = new long[BusyLoops];
            var threads = Enumerable.Range(0, BusyLoops).Select(i => new Thread(() =>
            {
                var x = 1L;
                while (!stop.IsCancellationRequested)
                {
                    for (var k = 0; k < 100_000; k++)
                    {
                        x = (x * 6364136223846793005L) + 1442695040888963407L;
                    }
                    spins[i] += x & 1;
                }
            }) { IsBackground = true, Name = "busy-" + i }).ToList();
            threads.ForEach(t => t.Start());
            clock.Restart();
            try
            {
                loaded = Run();
            }
            finally
            {
                stop.Cancel();
                threads.ForEach(t => t.Join());
            }
        }
        output.WriteLine($"{folders.Count} folders: quiet {quietTime.TotalSeconds:0.0} s, with {BusyLoops} busy loops {clock.Elapsed.TotalSeconds:0.0} s");

        // Then every dossier is byte for byte the same
        for (var i = 0; i < folders.Count; i++)
        {
            if (quiet[i] == loaded[i])
            {
                continue;
            }
            var a = quiet[i].Split('\n');
            var b = loaded[i].Split('\n');
            var at = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(k => a[k] != b[k], Math.Min(a.Length, b.Length));
            var problems = DossierJson.Deserialize(loaded[i]).Problems.Where(p => p.Reason.Contains("timed out", StringComparison.Ordinal) || p.Reason.Contains("budget", StringComparison.Ordinal));
            Assert.Fail($"{Path.GetFileName(Path.GetDirectoryName(folders[i]) ?? folders[i])} ({folders[i]}): dossier.json differs under load at line {at + 1}:\n" +
                $"  quiet:  {(at < a.Length ? a[at] : "(end)")}\n  loaded: {(at < b.Length ? b[at] : "(end)")}\n" +
                $"  load-dependent problems: {string.Join("; ", problems)}");
        }
    }
}
