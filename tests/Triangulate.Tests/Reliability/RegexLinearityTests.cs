using System.Reflection;
using System.Text.RegularExpressions;
using Triangulate.Extraction.Numbers;

namespace Triangulate.Tests.Reliability;

/// <summary>Every regular expression in the library is linear (<see cref="RegexOptions.NonBacktracking"/>) or on a
/// reviewed list with the reason it is not, and every one has a generous safety time-out rather than a budget that a
/// busy machine could hit: a new backtracking pattern fails this suite until someone reviews it.</summary>
public sealed class RegexLinearityTests
{
    /// <summary>Backtracking patterns, reviewed: name → why it cannot (yet) be NonBacktracking.</summary>
    private static readonly Dictionary<string, string> s_reviewed = new(StringComparer.Ordinal)
    {
        ["BoilerplateCleaner.Residue"] = "lookahead (?=\\s*$) after 'Advertisement'; alternatives are literals or bounded [^()\\n]{1,80}",
        ["BoilerplateCleaner.SignatureAtParagraphEnd"] = "one-character lookbehind (?<=[.!?”\"']); the rest is bounded ({1,14}, {2,8})",
        ["BoilerplateCleaner.BylinePrefix"] = "lookahead (?=[A-Z][a-z]); groups repeat {0,3} and {2,3} over disjoint character classes",
        // Called per element or per short string, where NonBacktracking's per-call cost was 1.5-600x the generated code's:
        // these cannot backtrack more than a constant per position, so the generated code is already linear.
        ["HtmlArticleExtractor.NegativeHint"] = "literal alternation (optional single characters only): linear, hot per element",
        ["HtmlArticleExtractor.StrongNegativeHint"] = "literal alternation (optional single characters only): linear, hot per element",
        ["HtmlArticleExtractor.PositiveHint"] = "literal alternation: linear, hot per element",
        ["HtmlArticleExtractor.DateOrTime"] = "fixed-width alternatives (\\d\\d, \\d{1,2}): linear",
        ["BoilerplateCleaner.MediaWord"] = "literal alternation between word boundaries: linear",
        ["DateScorer.GoldId"] = "fixed width \\b\\d{3}\\b: linear (evaluation only)",
        ["DateScorer.Note"] = "one trailing parenthesis on a short gold string (evaluation only)",
    };

    private static readonly TimeSpan s_minimumTimeout = TimeSpan.FromSeconds(10);

    private static IEnumerable<(string Name, Regex Regex)> AllRegexes()
    {
        // Every library of ours: the stages (one assembly each) and the pipeline, the model, rendering, storage, evaluation, watching and benchmarking.
        Assembly[] assemblies =
        [
            typeof(Triangulate.Ingest.SourceDocument).Assembly, typeof(Triangulate.Cleaning.CleanDocument).Assembly,
            typeof(Triangulate.Execution.PerDocument).Assembly, typeof(NumberRecognizer).Assembly,
            typeof(Triangulate.Linking.Reuse.ReusePass).Assembly, typeof(Triangulate.Pipeline.PipelineBuilder).Assembly,
            typeof(Dossier).Assembly, typeof(Triangulate.Rendering.Renderers).Assembly,
            typeof(Triangulate.Storage.IDossierStore).Assembly, typeof(Triangulate.Evaluation.Evaluator).Assembly,
            typeof(Triangulate.Watching.Watcher).Assembly, typeof(Triangulate.Benchmarking.BenchRunner).Assembly,
        ];
        const BindingFlags all = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()))
        {
            foreach (var method in type.GetMethods(all))
            {
                if (method.GetCustomAttribute<GeneratedRegexAttribute>() is not null && method.GetParameters().Length == 0)
                {
                    yield return ($"{type.Name}.{method.Name}", (Regex)method.Invoke(null, null)!);
                }
            }
            foreach (var field in type.GetFields(all))
            {
                if (field.FieldType == typeof(Regex) && field.GetValue(null) is Regex r)
                {
                    yield return ($"{type.Name}.{field.Name}", r);
                }
            }
        }
    }

    private static string? ReviewedReason(string name)
    {
        if (s_reviewed.TryGetValue(name, out var reason))
        {
            return reason;
        }
        var star = s_reviewed.Keys.FirstOrDefault(k => k.EndsWith('*') && name.StartsWith(k[..^1], StringComparison.Ordinal));
        return star is null ? null : s_reviewed[star];
    }

    [Fact]
    public void EveryRegex_IsNonBacktrackingOrReviewed()
    {
        var regexes = AllRegexes().ToList();
        Assert.NotEmpty(regexes);
        var unreviewed = regexes
            .Where(r => (r.Regex.Options & RegexOptions.NonBacktracking) == 0 && ReviewedReason(r.Name) is null)
            .Select(r => r.Name)
            .ToList();
        Assert.True(unreviewed.Count == 0, "backtracking regexes not on the reviewed list: " + string.Join(", ", unreviewed));
    }

    [Fact]
    public void ReviewedList_NamesOnlyPatternsThatExistAndCannotBeNonBacktracking()
    {
        var regexes = AllRegexes().ToList();
        foreach (var key in s_reviewed.Keys)
        {
            Assert.Contains(regexes, r => key.EndsWith('*') ? r.Name.StartsWith(key[..^1], StringComparison.Ordinal) : r.Name == key);
        }
        // An entry exempted for a missing feature must still need it: if the pattern now compiles as NonBacktracking, switch it.
        foreach (var (name, regex) in regexes.Where(r => s_reviewed.TryGetValue(r.Name, out var why) && why.Contains("look", StringComparison.Ordinal)))
        {
            Assert.Throws<NotSupportedException>(() => new Regex(regex.ToString(), regex.Options | RegexOptions.NonBacktracking));
        }
    }

    [Fact]
    public void EveryRegex_HasAGenerousSafetyTimeout()
    {
        // A time-out only guards against a bug; a short one would let machine load decide the output.
        var tight = AllRegexes()
            .Where(r => r.Regex.MatchTimeout != Regex.InfiniteMatchTimeout && r.Regex.MatchTimeout < s_minimumTimeout)
            .Select(r => $"{r.Name} ({r.Regex.MatchTimeout.TotalMilliseconds} ms)")
            .ToList();
        Assert.True(tight.Count == 0, "time-outs under 10 s: " + string.Join(", ", tight));
    }
}
