using System.Globalization;
using System.Text.Json;
using Triangulate.Extraction.Numbers;
using Triangulate.Extraction.Time;

namespace Triangulate.Evaluation.PeerSuites;

/// <summary>
/// The pass rules for Microsoft Recognizers-Text English spec files (Number and DateTime), shared by the data-driven
/// tests and the side-by-side peer bench so that both count the same cases the same way.
/// </summary>
/// <remarks>
/// Numbers: the same number of results, pairwise equal lower-cased text and canonical value (ranges as interval
/// notation, percentages with "%"). Dates (extractor files): every expected span found — ours may add a leading
/// preposition such as "on" or "since" — and nothing extra except times of day and durations, which belong to other
/// Recognizers models. Parser files: additionally the value equals the past or the future reading (start, and end
/// inclusive or exclusive). Deliberate differences are listed in docs/figures.md and docs/time.md.
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class RecognizersSpec
{
    private static readonly string[] s_prefixes = ["on ", "since ", "from ", "until ", "till ", "by ", "over ", "in ", "during ", "of ", "as of ", "late ", "early ", "the "];

    /// <summary>The cases of one spec file that the .NET reference implementation supports (cases marked not supported on dotnet are left out).</summary>
    public static IReadOnlyList<JsonElement> LoadCases(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var doc = JsonDocument.Parse(File.ReadAllText(path).TrimStart('\uFEFF'));
        var cases = new List<JsonElement>();
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            var flags = Str(c, "NotSupported") + "," + Str(c, "NotSupportedByDesign");
            if (!flags.Contains("dotnet", StringComparison.OrdinalIgnoreCase))
            {
                cases.Add(c.Clone());
            }
        }
        return cases;
    }

    /// <summary>Whether our number layer passes one case of a Number spec file (<c>NumberModel.json</c>, <c>NumberRangeModel.json</c>, <c>OrdinalModel.json</c>, <c>PercentModel.json</c>).</summary>
    /// <param name="file">The spec file's name, which says which model is tested.</param>
    /// <param name="specCase">The case.</param>
    /// <param name="detail">On failure, what was expected and what we found.</param>
    public static bool NumberCase(string file, JsonElement specCase, out string detail)
    {
        ArgumentNullException.ThrowIfNull(file);
        var input = specCase.GetProperty("Input").GetString()!;
        var expected = new List<(string Text, string Value)>();
        foreach (var r in specCase.GetProperty("Results").EnumerateArray())
        {
            expected.Add((r.GetProperty("Text").GetString()!.ToLowerInvariant(), ValueOf(r)));
        }
        var actual = NumberModel(file, input);
        var ok = expected.Count == actual.Count;
        for (var i = 0; ok && i < expected.Count; i++)
        {
            ok = expected[i] == actual[i];
        }
        detail = ok ? string.Empty : $"{input} → expected [{string.Join("; ", expected)}] got [{string.Join("; ", actual)}]";
        return ok;
    }

    /// <summary>Whether our time layer passes one case of a DateTime spec file.</summary>
    /// <param name="specCase">The case.</param>
    /// <param name="parser">True for a parser file (values compared too), false for an extractor file (spans only).</param>
    /// <param name="detail">On failure, why.</param>
    public static bool DateCase(JsonElement specCase, bool parser, out string detail)
    {
        var input = specCase.GetProperty("Input").GetString()!;
        DateOnly? reference = specCase.TryGetProperty("Context", out var ctx) && ctx.TryGetProperty("ReferenceDateTime", out var rdt)
            ? DateOnly.FromDateTime(DateTime.Parse(rdt.GetString()!, CultureInfo.InvariantCulture)) : null;
        var found = TemporalExtractor.Default.Find(input);
        var used = new bool[found.Count];
        foreach (var r in specCase.GetProperty("Results").EnumerateArray())
        {
            var text = r.GetProperty("Text").GetString()!;
            var start = r.GetProperty("Start").GetInt32();
            var end = start + r.GetProperty("Length").GetInt32();
            var hit = -1;
            for (var i = 0; i < found.Count; i++)
            {
                var f = found[i];
                if (!used[i] && f.Start <= start && f.End == end
                    && (f.Start == start || Core(f.Text).Equals(text, StringComparison.OrdinalIgnoreCase) || string.Equals(Core(f.Text), Core(text), StringComparison.OrdinalIgnoreCase)))
                {
                    hit = i;
                    break;
                }
            }
            if (hit < 0)
            {
                detail = $"{input} → missed \"{text}\"; found [{string.Join(", ", found.Select(f => f.Text))}]";
                return false;
            }
            used[hit] = true;
            if (parser && !ValueMatches(r, found[hit], reference, out var why))
            {
                detail = $"{input} → {why}";
                return false;
            }
        }
        for (var i = 0; i < found.Count; i++)
        {
            // Times of day and durations belong to the Time/Duration models, not the Date/DatePeriod files.
            if (!used[i] && found[i].Kind is not (TemporalKind.TimeOfDay or TemporalKind.Duration))
            {
                detail = $"{input} → extra \"{found[i].Text}\"";
                return false;
            }
        }
        detail = string.Empty;
        return true;
    }

    private static string Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? string.Empty : string.Empty;

    private static string ValueOf(JsonElement r) =>
        r.TryGetProperty("Resolution", out var res) && res.ValueKind == JsonValueKind.Object && res.TryGetProperty("value", out var v) && v.GetString() is { } s
            ? Canon(s) : string.Empty;

    private static string Canon(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? Math.Round(d, 6).ToString("R", CultureInfo.InvariantCulture) : s.Replace(" ", string.Empty, StringComparison.Ordinal);

    // Our mentions in the shape of the Recognizers model the file tests.
    private static List<(string Text, string Value)> NumberModel(string file, string input)
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
            }
        }
        return result;
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

    private static bool ValueMatches(JsonElement expected, TemporalExpression e, DateOnly? reference, out string why)
    {
        var res = TemporalResolver.Resolve(e, reference is { } d ? new TemporalReference(d, "spec reference") : null, null);
        var value = expected.GetProperty("Value");
        var hasReading = false;
        foreach (var key in (string[])["FutureResolution", "PastResolution"])
        {
            hasReading |= value.TryGetProperty(key, out var rv) && rv.EnumerateObject().Any();
        }
        why = string.Empty;
        if (!hasReading)
        {
            // The reference gives no calendar value (e.g. "summer"): the span is all there is to compare.
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
        why = $"\"{e.Text}\" = {res.Value ?? res.Reason} vs {value.GetProperty("Timex").GetString()}";
        return false;
    }
}
