using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Triangulate.Evaluation.PeerSuites;

namespace Triangulate.Bench.Peers;

/// <summary>
/// <c>Triangulate.Bench peers-recognizers --specs DIR</c>: our number and date layers over the Recognizers-Text English
/// spec files, with the pass rules our data-driven tests use (<see cref="RecognizersSpec"/>), timing cases/s (one
/// warm-up pass, then one timed pass). Prints one JSON object shaped like the npm script's <c>test_rule</c> section.
/// </summary>
internal static class RecognizersPeerRun
{
    public static int Run(string[] args)
    {
        var specs = args.Length >= 2 && args[0] == "--specs" ? args[1] : Path.Combine(IngestCleanBenchmarks.FindRepo(), "..", "shared", "peer-suites", "recognizers-text");
        var root = Path.Combine(specs, "Specs");
        if (!Directory.Exists(root))
        {
            Console.Error.WriteLine($"no Recognizers-Text specs at {specs}");
            return 3;
        }
        using var stdout = Console.OpenStandardOutput();
        using var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteStartObject("numbers");
        foreach (var file in (string[])["NumberModel.json", "NumberRangeModel.json", "OrdinalModel.json", "PercentModel.json"])
        {
            var cases = RecognizersSpec.LoadCases(Path.Combine(root, "Number", "English", file));
            w.WriteStartObject(file);
            WriteTimed(w, cases, c => RecognizersSpec.NumberCase(file, c, out _));
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteStartObject("dates");
        foreach (var file in (string[])["DateExtractor.json", "DateParser.json", "DatePeriodExtractor.json", "DatePeriodParser.json"])
        {
            var cases = RecognizersSpec.LoadCases(Path.Combine(root, "DateTime", "English", file));
            w.WriteStartObject(file);
            var parser = file.Contains("Parser", StringComparison.Ordinal);
            WriteTimed(w, cases, c => RecognizersSpec.DateCase(c, parser, out _));
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndObject();
        w.Flush();
        Console.WriteLine();
        return 0;
    }

    private static void WriteTimed(Utf8JsonWriter w, IReadOnlyList<JsonElement> cases, Func<JsonElement, bool> passes)
    {
        foreach (var c in cases)
        {
            _ = passes(c); // warm-up
        }
        var passed = 0;
        var sw = Stopwatch.StartNew();
        foreach (var c in cases)
        {
            passed += passes(c) ? 1 : 0;
        }
        var seconds = sw.Elapsed.TotalSeconds;
        w.WriteNumber("cases", cases.Count);
        w.WriteNumber("passed", passed);
        w.WriteNumber("pass_rate", cases.Count == 0 ? 0 : Math.Round((double)passed / cases.Count, 4));
        w.WriteNumber("seconds", Math.Round(seconds, 4));
        w.WriteNumber("cases_per_s", Math.Round(cases.Count / Math.Max(seconds, 1e-9), 1));
    }
}
