using System.Globalization;
using System.Text.Json;
using Triangulate.Extraction.Numbers;
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
        var path = Path.Combine(peers, "recognizers-text", "Specs", "Number", "English", file);
        var json = File.ReadAllText(path).TrimStart('\uFEFF');
        using var doc = JsonDocument.Parse(json);
        int total = 0, passed = 0;
        var failures = new List<string>();
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            var flags = (Str(c, "NotSupported") + "," + Str(c, "NotSupportedByDesign")).ToLowerInvariant();
            if (flags.Contains("dotnet", StringComparison.Ordinal))
            {
                continue;
            }
            total++;
            var input = c.GetProperty("Input").GetString()!;
            var expected = c.GetProperty("Results").EnumerateArray().Select(r => (Text: r.GetProperty("Text").GetString()!.ToLowerInvariant(), Value: ValueOf(r))).ToList();
            var actual = Model(file, input);
            var ok = expected.Count == actual.Count && expected.Zip(actual).All(p => p.First.Text == p.Second.Text && p.First.Value == p.Second.Value);
            if (ok)
            {
                passed++;
            }
            else if (failures.Count < 40)
            {
                failures.Add($"  {input} → expected [{string.Join("; ", expected)}] got [{string.Join("; ", actual)}]");
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

    private static string Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? string.Empty : string.Empty;

    private static string ValueOf(JsonElement r) =>
        r.TryGetProperty("Resolution", out var res) && res.ValueKind == JsonValueKind.Object && res.TryGetProperty("value", out var v) && v.GetString() is { } s
            ? Canon(s) : string.Empty;

    private static string Canon(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? Math.Round(d, 6).ToString("R", CultureInfo.InvariantCulture) : s.Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>Our mentions in the shape of the Recognizers model the file tests.</summary>
    private static List<(string Text, string Value)> Model(string file, string input)
    {
        var result = new List<(string, string)>();
        if (file == "NumberRangeModel.json")
        {
            foreach (var iv in NumberRangeReader.Read(input))
            {
                var lo = iv.Low?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
                var hi = iv.High?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
                result.Add((iv.Text.ToLowerInvariant(), $"{(iv.LowInclusive ? "[" : "(")}{lo},{hi}{(iv.HighInclusive ? "]" : ")")}"));
            }
            return result;
        }
        foreach (var m in NumberRecognizer.Recognize(input))
        {
            var text = m.Text.ToLowerInvariant();
            var sign = m.Negative ? -1 : 1;
            switch (file)
            {
                case "NumberModel.json":
                    if (m.Kind is NumberKind.Range)
                    {
                        result.AddRange(m.Parts.Select(p => (p.Text.ToLowerInvariant(), Canon((p.Value ?? 0).ToString("R", CultureInfo.InvariantCulture)))));
                    }
                    else if (m.Kind is not (NumberKind.Ordinal or NumberKind.Percent or NumberKind.Unit or NumberKind.Vague) && m.Reason != "pronoun 'one'" && m.Value is { } v)
                    {
                        result.Add((text, Canon((sign * v).ToString("R", CultureInfo.InvariantCulture))));
                    }
                    break;
                case "OrdinalModel.json":
                    if (m.Kind == NumberKind.Ordinal && m.Value is { } o)
                    {
                        result.Add((text, Canon(o.ToString("R", CultureInfo.InvariantCulture))));
                    }
                    break;
                case "PercentModel.json":
                    if (m.Kind == NumberKind.Percent && m.Value is { } pc)
                    {
                        result.Add((text, Canon((sign * pc).ToString("R", CultureInfo.InvariantCulture)) + "%"));
                    }
                    break;
                case "NumberRangeModel.json":
                    break;
            }
        }
        return result;
    }
}
