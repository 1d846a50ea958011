using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Triangulate.Evaluation.ArticleExtraction;

/// <summary>One page's shingle counts, normalised so that tp + fp + fn = 1 (or all zero).</summary>
/// <param name="Tp">Shingles both in the truth and the prediction (multiset minimum).</param>
/// <param name="Fp">Shingles predicted beyond the truth.</param>
/// <param name="Fn">Truth shingles the prediction misses.</param>
/// <param name="Exact">Whether the token lists of truth and prediction are identical.</param>
/// <threadsafety>Immutable.</threadsafety>
public readonly record struct AebPageCounts(double Tp, double Fp, double Fn, bool Exact)
{
    /// <summary>Per-page precision by the benchmark's rule.</summary>
    public double Precision => Fp == 0 && Fn == 0 ? 1.0 : Tp == 0 && Fp == 0 ? 0.0 : Tp / (Tp + Fp);

    /// <summary>Per-page recall by the benchmark's rule.</summary>
    public double Recall => Fp == 0 && Fn == 0 ? 1.0 : Tp == 0 && Fn == 0 ? 0.0 : Tp / (Tp + Fn);
}

/// <summary>Corpus-level scores of one system on the article-extraction benchmark.</summary>
/// <param name="F1">Harmonic mean of corpus precision and recall.</param>
/// <param name="Precision">Mean per-page precision over pages with a non-empty prediction.</param>
/// <param name="Recall">Mean per-page recall.</param>
/// <param name="Accuracy">Share of pages whose token list equals the truth's.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record AebScore(double F1, double Precision, double Recall, double Accuracy)
{
    /// <summary>Bootstrap standard deviation of F1.</summary>
    public double F1Sd { get; init; }

    /// <summary>Bootstrap standard deviation of precision.</summary>
    public double PrecisionSd { get; init; }

    /// <summary>Bootstrap standard deviation of recall.</summary>
    public double RecallSd { get; init; }

    /// <summary>Bootstrap standard deviation of accuracy.</summary>
    public double AccuracySd { get; init; }

    /// <summary>Number of pages scored.</summary>
    public int Pages { get; init; }

    /// <summary>Per-page counts, by page id.</summary>
    public IReadOnlyDictionary<string, AebPageCounts> PerPage { get; init; } = new Dictionary<string, AebPageCounts>();

    /// <summary>Why the prediction could not be scored (key sets differ, unreadable JSON), or null.</summary>
    public string? Problem { get; init; }

    /// <summary>The benchmark's row format: <c>F1 ± sd  precision ± sd  recall ± sd  accuracy ± sd</c>, three decimals.</summary>
    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"{F1:0.000} ± {F1Sd:0.000}  {Precision:0.000} ± {PrecisionSd:0.000}  {Recall:0.000} ± {RecallSd:0.000}  {Accuracy:0.000} ± {AccuracySd:0.000}");
}

/// <summary>
/// The scoring of the Zyte article-extraction benchmark (AEB), reimplemented: <c>\w+</c> tokens as Python defines
/// them, multisets of 4-token shingles, per-page normalised tp/fp/fn, corpus precision/recall/F1, exact-token accuracy
/// and bootstrap standard deviations.
/// </summary>
/// <remarks>
/// The original bootstrap uses an unseeded generator, so its ± values wobble by about 0.001; this one is seeded and
/// therefore repeatable. Point estimates are deterministic in both.
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class AebScorer
{
    /// <summary>Shingle size used by the benchmark.</summary>
    public const int ShingleSize = 4;

    /// <summary>Tokens of <paramref name="text"/>: maximal runs of code points that Python's <c>\w</c> matches.</summary>
    /// <remarks>Python's <c>\w</c> on str is the general categories Lu Ll Lt Lm Lo Nd Nl No plus '_' (not .NET's <c>\w</c>, which adds Mn and Pc and lacks Nl/No).</remarks>
    public static List<string> Tokens(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }
        var start = -1;
        var i = 0;
        while (i < text.Length)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            var word = status == System.Buffers.OperationStatus.Done && IsWordRune(rune);
            if (word)
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                tokens.Add(text[start..i]);
                start = -1;
            }
            i += Math.Max(1, consumed);
        }
        if (start >= 0)
        {
            tokens.Add(text[start..]);
        }
        return tokens;
    }

    /// <summary>Whether Python's <c>\w</c> matches <paramref name="rune"/>.</summary>
    public static bool IsWordRune(Rune rune)
    {
        if (rune.Value == '_')
        {
            return true;
        }
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }

    /// <summary>Scores one page: shingle multisets of truth and prediction compared, then normalised.</summary>
    public static AebPageCounts ScorePage(string? truth, string? prediction)
    {
        var truthTokens = Tokens(truth);
        var predTokens = Tokens(prediction);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var t = Shingles(truthTokens, ids);
        var p = Shingles(predTokens, ids);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, tc) in t)
        {
            var pc = p.GetValueOrDefault(key);
            tp += Math.Min(tc, pc);
            fn += Math.Max(0, tc - pc);
        }
        foreach (var (key, pc) in p)
        {
            var tc = t.GetValueOrDefault(key);
            fp += Math.Max(0, pc - tc);
        }
        var sum = tp + fp + fn;
        if (sum > 0)
        {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }
        return new AebPageCounts(tp, fp, fn, truthTokens.SequenceEqual(predTokens, StringComparer.Ordinal));
    }

    private static Dictionary<(int, int, int, int), int> Shingles(List<string> tokens, Dictionary<string, int> ids)
    {
        var counts = new Dictionary<(int, int, int, int), int>();
        if (tokens.Count == 0)
        {
            return counts; // Python's empty tuple is dropped
        }
        var idOf = new int[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!ids.TryGetValue(tokens[i], out var id))
            {
                id = ids.Count;
                ids[tokens[i]] = id;
            }
            idOf[i] = id;
        }
        var n = Math.Max(1, tokens.Count - (ShingleSize - 1));
        for (var i = 0; i < n; i++)
        {
            // Short texts (1–3 tokens) give one shorter shingle; -1 pads it so that it never equals a full one.
            var key = (idOf[i], At(idOf, i + 1), At(idOf, i + 2), At(idOf, i + 3));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    private static int At(int[] a, int i) => i < a.Length ? a[i] : -1;

    /// <summary>Scores a whole prediction against the truth (both page id → article body).</summary>
    /// <param name="truth">Ground-truth bodies.</param>
    /// <param name="prediction">Predicted bodies; must have exactly the truth's keys.</param>
    /// <param name="bootstrapSamples">Resamples for the ± values (0 skips them).</param>
    /// <param name="seed">Seed of the bootstrap generator.</param>
    public static AebScore Score(IReadOnlyDictionary<string, string> truth, IReadOnlyDictionary<string, string> prediction, int bootstrapSamples = 1000, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(prediction);
        if (truth.Count != prediction.Count || truth.Keys.Any(k => !prediction.ContainsKey(k)))
        {
            var missing = truth.Keys.Count(k => !prediction.ContainsKey(k));
            var extra = prediction.Keys.Count(k => !truth.ContainsKey(k));
            return new AebScore(double.NaN, double.NaN, double.NaN, double.NaN)
            {
                Problem = $"prediction keys differ from the ground truth's ({missing} missing, {extra} extra)",
            };
        }
        var keys = truth.Keys.Order(StringComparer.Ordinal).ToArray();
        var pages = new AebPageCounts[keys.Length];
        var perPage = new Dictionary<string, AebPageCounts>(keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            pages[i] = ScorePage(truth[keys[i]], prediction[keys[i]]);
            perPage[keys[i]] = pages[i];
        }
        var point = Corpus(pages);
        if (bootstrapSamples < 2 || pages.Length == 0)
        {
            return point with { Pages = pages.Length, PerPage = perPage };
        }
        var rng = new Random(seed);
        var f1 = new double[bootstrapSamples];
        var pr = new double[bootstrapSamples];
        var re = new double[bootstrapSamples];
        var ac = new double[bootstrapSamples];
        var sample = new AebPageCounts[pages.Length];
        for (var b = 0; b < bootstrapSamples; b++)
        {
            for (var i = 0; i < sample.Length; i++)
            {
                sample[i] = pages[rng.Next(pages.Length)];
            }
            var s = Corpus(sample);
            (f1[b], pr[b], re[b], ac[b]) = (s.F1, s.Precision, s.Recall, s.Accuracy);
        }
        return point with
        {
            F1Sd = StDev(f1),
            PrecisionSd = StDev(pr),
            RecallSd = StDev(re),
            AccuracySd = StDev(ac),
            Pages = pages.Length,
            PerPage = perPage,
        };
    }

    /// <summary>Corpus precision, recall, F1 and accuracy of a set of page counts (steps 5–7 of the benchmark).</summary>
    public static AebScore Corpus(IReadOnlyList<AebPageCounts> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        double pSum = 0, rSum = 0, aSum = 0;
        int pN = 0, rN = 0;
        foreach (var page in pages)
        {
            if (page.Tp + page.Fp > 0)
            {
                pSum += page.Precision;
                pN++;
            }
            if (page.Tp + page.Fn > 0)
            {
                rSum += page.Recall;
                rN++;
            }
            aSum += page.Exact ? 1 : 0;
        }
        var precision = pN == 0 ? 0 : pSum / pN;
        var recall = rN == 0 ? 0 : rSum / rN;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new AebScore(f1, precision, recall, pages.Count == 0 ? 0 : aSum / pages.Count);
    }

    private static double StDev(double[] xs)
    {
        if (xs.Length < 2)
        {
            return 0;
        }
        double mean = 0;
        foreach (var x in xs)
        {
            mean += x;
        }
        mean /= xs.Length;
        double ss = 0;
        foreach (var x in xs)
        {
            ss += (x - mean) * (x - mean);
        }
        return Math.Sqrt(ss / (xs.Length - 1));
    }

    /// <summary>Reads a ground-truth or prediction file (page id → {"articleBody": …}), unwrapping <c>{"version", "output"}</c>; a missing body reads as "".</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="bodies">The bodies by page id.</param>
    /// <param name="problem">Why the file could not be read, or null.</param>
    public static bool TryReadBodies(string json, out Dictionary<string, string> bodies, out string? problem)
    {
        bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        problem = null;
        try
        {
            using var doc = JsonDocument.Parse(json.TrimStart('\uFEFF'), new JsonDocumentOptions { MaxDepth = 16 });
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = "top level is not a JSON object";
                return false;
            }
            var names = root.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            if (names.Count == 2 && names.Contains("version") && names.Contains("output") && root.GetProperty("output").ValueKind == JsonValueKind.Object)
            {
                root = root.GetProperty("output");
            }
            foreach (var page in root.EnumerateObject())
            {
                var body = page.Value.ValueKind == JsonValueKind.Object && page.Value.TryGetProperty("articleBody", out var b) && b.ValueKind == JsonValueKind.String
                    ? b.GetString() ?? string.Empty
                    : string.Empty;
                bodies[page.Name] = body;
            }
            return true;
        }
        catch (JsonException ex)
        {
            problem = $"not valid JSON: {ex.Message}";
            return false;
        }
    }

    /// <summary>Writes a prediction file (page id → {"articleBody": …}) in the benchmark's format.</summary>
    public static string WritePrediction(IReadOnlyDictionary<string, string> bodies)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            foreach (var key in bodies.Keys.Order(StringComparer.Ordinal))
            {
                w.WriteStartObject(key);
                w.WriteString("articleBody", bodies[key]);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }
}
