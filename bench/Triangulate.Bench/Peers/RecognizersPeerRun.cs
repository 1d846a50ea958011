using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
#if TRIANGULATE_NUMBERS
using Triangulate.Extraction.Numbers;
#endif
#if TRIANGULATE_TIME
using Triangulate.Extraction.Time;
#endif

namespace Triangulate.Bench.Peers;

/// <summary>
/// <c>Triangulate.Bench peers-recognizers --specs DIR</c>: our number and date layers over the Recognizers-Text English
/// spec files, with exactly the pass rules of our data-driven tests (RecognizersPeerSuiteTests, RecognizersDateTimeTests),
/// timing cases/s (one warm-up pass, then one timed pass). Prints one JSON object shaped like the npm script's
/// <c>test_rule</c> section. The number and date layers are compiled in only when their folders exist
/// (TRIANGULATE_NUMBERS / TRIANGULATE_TIME, set in the project file), so the bench builds on any branch.
/// </summary>
internal static class RecognizersPeerRun
{
    private static readonly string[] s_prefixes = ["on ", "since ", "from ", "until ", "till ", "by ", "over ", "in ", "during ", "of ", "as of ", "late ", "early ", "the "];

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
            var cases = Load(Path.Combine(root, "Number", "English", file));
            w.WriteStartObject(file);
#if TRIANGULATE_NUMBERS
            WriteTimed(w, cases, c => NumberPasses(file, c));
#else
            w.WriteString("note", "number layer not on this branch");
#endif
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteStartObject("dates");
        foreach (var file in (string[])["DateExtractor.json", "DateParser.json", "DatePeriodExtractor.json", "DatePeriodParser.json"])
        {
            var cases = Load(Path.Combine(root, "DateTime", "English", file));
            w.WriteStartObject(file);
#if TRIANGULATE_TIME
            var parser = file.Contains("Parser", StringComparison.Ordinal);
            WriteTimed(w, cases, c => DatePasses(c, parser));
#else
            w.WriteString("note", "date layer not on this branch");
#endif
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndObject();
        w.Flush();
        Console.WriteLine();
        return 0;
    }

    private static List<JsonElement> Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path).TrimStart('\uFEFF'));
        var cases = new List<JsonElement>();
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            var flags = (Str(c, "NotSupported") + "," + Str(c, "NotSupportedByDesign")).ToLowerInvariant();
            if (!flags.Contains("dotnet", StringComparison.Ordinal))
            {
                cases.Add(c.Clone());
            }
        }
        return cases;
    }

    private static void WriteTimed(Utf8JsonWriter w, List<JsonElement> cases, Func<JsonElement, bool> passes)
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

    private static string Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? string.Empty : string.Empty;

#if TRIANGULATE_NUMBERS
    // Same rule as RecognizersPeerSuiteTests: same count; pairwise equal lower-cased text and canonical value.
    private static bool NumberPasses(string file, JsonElement c)
    {
        var input = c.GetProperty("Input").GetString()!;
        var expected = new List<(string Text, string Value)>();
        foreach (var r in c.GetProperty("Results").EnumerateArray())
        {
            expected.Add((r.GetProperty("Text").GetString()!.ToLowerInvariant(), ValueOf(r)));
        }
        var actual = Model(file, input);
        if (expected.Count != actual.Count)
        {
            return false;
        }
        for (var i = 0; i < expected.Count; i++)
        {
            if (expected[i] != actual[i])
            {
                return false;
            }
        }
        return true;
    }

    private static string ValueOf(JsonElement r) =>
        r.TryGetProperty("Resolution", out var res) && res.ValueKind == JsonValueKind.Object && res.TryGetProperty("value", out var v) && v.GetString() is { } s
            ? Canon(s) : string.Empty;

    private static string Canon(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? Math.Round(d, 6).ToString("R", CultureInfo.InvariantCulture) : s.Replace(" ", string.Empty, StringComparison.Ordinal);

    private static List<(string, string)> Model(string file, string input)
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
                        foreach (var p in m.Parts)
                        {
                            result.Add((p.Text.ToLowerInvariant(), Canon((p.Value ?? 0).ToString("R", CultureInfo.InvariantCulture))));
                        }
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
            }
        }
        return result;
    }
#endif

#if TRIANGULATE_TIME
    private static string Core(string text)
    {
        var t = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        bool again;
        do
        {
            again = false;
            foreach (var p in s_prefixes)
            {
                if (t.StartsWith(p, StringComparison.OrdinalIgnoreCase) && t.Length > p.Length)
                {
                    t = t[p.Length..];
                    again = true;
                }
            }
        }
        while (again);
        return t;
    }

    // Same rule as RecognizersDateTimeTests.
    private static bool DatePasses(JsonElement c, bool parser)
    {
        var input = c.GetProperty("Input").GetString()!;
        DateOnly? reference = c.TryGetProperty("Context", out var ctx) && ctx.TryGetProperty("ReferenceDateTime", out var rdt)
            ? DateOnly.FromDateTime(DateTime.Parse(rdt.GetString()!, CultureInfo.InvariantCulture)) : null;
        var found = TemporalExtractor.Default.Find(input);
        var used = new bool[found.Count];
        foreach (var r in c.GetProperty("Results").EnumerateArray())
        {
            var text = r.GetProperty("Text").GetString()!;
            var start = r.GetProperty("Start").GetInt32();
            var end = start + r.GetProperty("Length").GetInt32();
            var hit = -1;
            for (var i = 0; i < found.Count; i++)
            {
                var f = found[i];
                if (!used[i] && f.Start <= start && f.End == end && (f.Start == start || Core(f.Text).Equals(text, StringComparison.OrdinalIgnoreCase) || string.Equals(Core(f.Text), Core(text), StringComparison.OrdinalIgnoreCase)))
                {
                    hit = i;
                    break;
                }
            }
            if (hit < 0)
            {
                return false;
            }
            used[hit] = true;
            if (parser && !ValueMatches(r, found[hit], reference))
            {
                return false;
            }
        }
        for (var i = 0; i < found.Count; i++)
        {
            if (!used[i] && found[i].Kind is not (TemporalKind.TimeOfDay or TemporalKind.Duration))
            {
                return false;
            }
        }
        return true;
    }

    private static bool ValueMatches(JsonElement expected, TemporalExpression e, DateOnly? reference)
    {
        var res = TemporalResolver.Resolve(e, reference is { } d ? new TemporalReference(d, "spec reference") : null, null);
        var value = expected.GetProperty("Value");
        var hasReading = false;
        foreach (var key in (string[])["FutureResolution", "PastResolution"])
        {
            hasReading |= value.TryGetProperty(key, out var rv) && rv.EnumerateObject().Any();
        }
        if (!hasReading)
        {
            return true;
        }
        foreach (var key in (string[])["FutureResolution", "PastResolution"])
        {
            if (!value.TryGetProperty(key, out var v))
            {
                continue;
            }
            if (v.TryGetProperty("date", out var date) && res.From is { } f && res.To == f && date.GetString() == TemporalResolver.Iso(f))
            {
                return true;
            }
            if (v.TryGetProperty("startDate", out var sd) && v.TryGetProperty("endDate", out var ed) && res.From is { } from && res.To is { } to
                && sd.GetString() == TemporalResolver.Iso(from) && (ed.GetString() == TemporalResolver.Iso(to) || ed.GetString() == TemporalResolver.Iso(to.AddDays(1))))
            {
                return true;
            }
        }
        return false;
    }
#endif
}
