using Triangulate.Evaluation.PeerSuites;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Extraction.Numbers;

/// <summary>Microsoft Recognizers-Text English Number specs (../shared/peer-suites/recognizers-text) run against our number layer.</summary>
public sealed class RecognizersPeerSuiteTests(ITestOutputHelper output)
{
    // Ratchet floors per file (pass rate over cases the .NET reference passes). Deliberate differences: docs/figures.md.
    public static TheoryData<string, double> Files() => new()
    {
        { "NumberModel.json", 0.82 },
        { "NumberRangeModel.json", 0.75 },
        { "OrdinalModel.json", 0.40 },
        { "PercentModel.json", 0.80 },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Recognize_PeerSuiteFile_PassRateAboveFloor(string file, double floor)
    {
        var peers = Paths.PeerSuites;
        if (peers is null)
        {
            Assert.Skip("../shared/peer-suites is absent; the Recognizers-Text suite needs it.");
            return;
        }
        var cases = RecognizersSpec.LoadCases(Path.Combine(peers, "recognizers-text", "Specs", "Number", "English", file));
        int total = cases.Count, passed = 0;
        var failures = new List<string>();
        foreach (var c in cases)
        {
            if (RecognizersSpec.NumberCase(file, c, out var detail))
            {
                passed++;
            }
            else if (failures.Count < 40)
            {
                failures.Add("  " + detail);
            }
        }
        var rate = total == 0 ? 1 : (double)passed / total;
        output.WriteLine($"{file}: {passed}/{total} = {rate:P1}");
        failures.ForEach(output.WriteLine);
        var dir = Environment.GetEnvironmentVariable("TRIANGULATE_REPORT_DIR");
        if (!string.IsNullOrEmpty(dir))
        {
            File.WriteAllLines(Path.Combine(dir, "rt-" + file + ".txt"), [$"{file}: {passed}/{total} = {rate:P1}", .. failures]);
        }
        Assert.True(rate >= floor, $"{file}: pass rate {rate:P1} below floor {floor:P0}");
    }
}
