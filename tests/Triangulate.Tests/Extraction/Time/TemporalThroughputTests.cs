using System.Diagnostics;
using Triangulate.Extraction.Time;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Extraction.Time;

public sealed class TemporalThroughputTests(ITestOutputHelper output)
{
    [Fact]
    public void FindAndResolve_SampleCorpus_QuickThroughputCheck()
    {
        // Given
        var texts = Directory.GetFiles(Paths.Sample, "*.txt").Select(File.ReadAllText).ToArray();
        var reference = new TemporalReference(new DateOnly(2025, 3, 11), "check");
        TemporalExtractor.Default.Find(texts[0]);
        // When
        var sw = Stopwatch.StartNew();
        var count = 0;
        long chars = 0;
        for (var round = 0; round < 20; round++)
        {
            foreach (var t in texts)
            {
                chars += t.Length;
                foreach (var e in TemporalExtractor.Default.Find(t))
                {
                    TemporalResolver.Resolve(e, reference, null);
                    count++;
                }
            }
        }
        sw.Stop();
        var perSecond = count / sw.Elapsed.TotalSeconds;
        var line = $"{count} expressions in {sw.Elapsed.TotalMilliseconds:F0} ms = {perSecond:F0} expressions/s, {chars / sw.Elapsed.TotalSeconds / 1e6:F1} M chars/s";
        output.WriteLine(line);
        if (Environment.GetEnvironmentVariable("TRIANGULATE_REPORT") is { Length: > 0 } path)
        {
            File.AppendAllText(path, line + Environment.NewLine);
        }
        // Then: a loose bar that only catches pathological regressions (catastrophic backtracking); the machine is shared.
        Assert.True(perSecond > 20, line);
    }
}
