using System.Globalization;
using System.Text.Json;
using Triangulate.Extraction.Time;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Extraction.Time;

/// <summary>Runs the Recognizers-Text English DateTime spec files (../shared/peer-suites) and asserts a pass-rate floor per file.</summary>
/// <remarks>
/// Extractor files: every expected span found (our span may add a leading preposition such as "on"/"since"), nothing extra.
/// Parser files: additionally the value equals the past or the future reading (start, and end inclusive or exclusive).
/// Deliberate differences are listed in docs/time.md.
/// </remarks>
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

    private static readonly string[] s_prefixes = ["on ", "since ", "from ", "until ", "till ", "by ", "over ", "in ", "during ", "of ", "as of ", "late ", "early ", "the "];

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
        var path = Path.Combine(suites, "recognizers-text", "Specs", "DateTime", "English", file);
        using var json = JsonDocument.Parse(File.ReadAllText(path).TrimStart('\uFEFF'));
        var parser = file.Contains("Parser", StringComparison.Ordinal);
        int total = 0, passed = 0;
        var failures = new List<string>();
        // When
        foreach (var c in json.RootElement.EnumerateArray())
        {
            if (NotSupportedOnDotnet(c))
            {
                continue;
            }
            total++;
            var input = c.GetProperty("Input").GetString()!;
            DateOnly? reference = c.TryGetProperty("Context", out var ctx) && ctx.TryGetProperty("ReferenceDateTime", out var rdt)
                ? DateOnly.FromDateTime(DateTime.Parse(rdt.GetString()!, CultureInfo.InvariantCulture)) : null;
            var found = TemporalExtractor.Default.Find(input);
            if (Passes(c, input, found, reference, parser, out var why))
            {
                passed++;
            }
            else if (failures.Count < 400)
            {
                failures.Add($"{input} → {why}");
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

    private static bool NotSupportedOnDotnet(JsonElement c)
    {
        foreach (var key in new[] { "NotSupported", "NotSupportedByDesign" })
        {
            if (c.TryGetProperty(key, out var v) && v.GetString() is { } s && s.Contains("dotnet", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

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

    private static bool Passes(JsonElement c, string input, IReadOnlyList<TemporalExpression> found, DateOnly? reference, bool parser, out string why)
    {
        var expected = c.GetProperty("Results").EnumerateArray().ToList();
        var used = new bool[found.Count];
        foreach (var r in expected)
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
                why = $"missed \"{text}\"; found [{string.Join(", ", found.Select(f => f.Text))}]";
                return false;
            }
            used[hit] = true;
            if (parser && !ValueMatches(r, found[hit], reference, out why))
            {
                return false;
            }
        }
        for (var i = 0; i < found.Count; i++)
        {
            // Times of day and durations belong to RT's Time/Duration extractors, not the Date/DatePeriod files.
            if (!used[i] && found[i].Kind is not (TemporalKind.TimeOfDay or TemporalKind.Duration))
            {
                why = $"extra \"{found[i].Text}\"";
                return false;
            }
        }
        why = string.Empty;
        return true;
    }

    private static bool ValueMatches(JsonElement expected, TemporalExpression e, DateOnly? reference, out string why)
    {
        var res = TemporalResolver.Resolve(e, reference is { } d ? new TemporalReference(d, "spec reference") : null, null);
        var value = expected.GetProperty("Value");
        var hasReading = false;
        foreach (var key in new[] { "FutureResolution", "PastResolution" })
        {
            hasReading |= value.TryGetProperty(key, out var rv) && rv.EnumerateObject().Any();
        }
        if (!hasReading)
        {
            // RT gives no calendar value (e.g. "summer"): the span is all there is to compare.
            why = string.Empty;
            return true;
        }
        foreach (var key in new[] { "FutureResolution", "PastResolution" })
        {
            if (!value.TryGetProperty(key, out var v))
            {
                continue;
            }
            if (v.TryGetProperty("date", out var date) && res.From is { } f && res.To == f && date.GetString() == TemporalResolver.Iso(f))
            {
                why = string.Empty;
                return true;
            }
            if (v.TryGetProperty("startDate", out var sd) && v.TryGetProperty("endDate", out var ed) && res.From is { } from && res.To is { } to
                && sd.GetString() == TemporalResolver.Iso(from) && (ed.GetString() == TemporalResolver.Iso(to) || ed.GetString() == TemporalResolver.Iso(to.AddDays(1))))
            {
                why = string.Empty;
                return true;
            }
        }
        why = $"\"{e.Text}\" = {res.Value ?? res.Reason} vs {value.GetProperty("Timex").GetString()}";
        return false;
    }
}
