using Triangulate.Evaluation.PeerSuites;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Extraction.Time;

/// <summary>Runs the Recognizers-Text English DateTime spec files (../shared/peer-suites) and asserts a pass-rate floor per file.</summary>
/// <remarks>Pass rules: <see cref="RecognizersSpec.DateCase"/>. Deliberate differences are listed in docs/time.md.</remarks>
public sealed class RecognizersDateTimeTests(ITestOutputHelper output)
{
    // Ratchet floors (measured rate minus a small margin); raise them as the extractor improves.
    public static TheoryData<string, double> Files => new()
    {
        { "DateExtractor.json", 0.79 },
        { "DateParser.json", 0.73 },
        { "DatePeriodExtractor.json", 0.84 },
        { "DatePeriodParser.json", 0.55 },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void RecognizersSpec_File_PassRateAboveFloor(string file, double floor)
    {
        // Given
        if (Paths.PeerSuites is not { } suites)
        {
            Assert.Skip("../shared/peer-suites is absent");
            return;
        }
        var cases = RecognizersSpec.LoadCases(Path.Combine(suites, "recognizers-text", "Specs", "DateTime", "English", file));
        var parser = file.Contains("Parser", StringComparison.Ordinal);
        int total = cases.Count, passed = 0;
        var failures = new List<string>();
        // When
        foreach (var c in cases)
        {
            if (RecognizersSpec.DateCase(c, parser, out var why))
            {
                passed++;
            }
            else if (failures.Count < 400)
            {
                failures.Add(why);
            }
        }
        var rate = total == 0 ? 1.0 : (double)passed / total;
        output.WriteLine($"{file}: {passed}/{total} = {rate:P1}");
        Log($"{file}: {passed}/{total} = {rate:P1}", failures);
        // Then
        Assert.True(rate >= floor, $"{file}: pass rate {rate:P1} below floor {floor:P0}");
    }

    private static void Log(string head, List<string> failures)
    {
        if (Environment.GetEnvironmentVariable("TRIANGULATE_REPORT") is { Length: > 0 } path)
        {
            File.AppendAllLines(path, [head, .. failures.Select(f => "  " + f)]);
        }
    }
}
