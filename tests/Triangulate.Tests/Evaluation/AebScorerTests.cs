using System.IO.Compression;
using Triangulate.Evaluation.ArticleExtraction;
using Triangulate.Ingest;
using Triangulate.Ingest.Html;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Evaluation;

public sealed class AebScorerTests
{
    /// <summary>Ratchet: the F1 our extractor reaches on the 181 AEB pages; raise it when the extractor improves.</summary>
    private const double OurF1Floor = 0.965;

    private static string? Aeb => Paths.PeerSuites is { } p && File.Exists(Path.Combine(p, "article-extraction-benchmark", "ground-truth.json"))
        ? Path.Combine(p, "article-extraction-benchmark")
        : null;

    private static Dictionary<string, string> Read(string path)
    {
        Assert.True(AebScorer.TryReadBodies(File.ReadAllText(path), out var bodies, out var problem), problem);
        return bodies;
    }

    [Theory]
    [InlineData("readability_js", 0.947, 0.914, 0.982, 0.166)]
    [InlineData("trafilatura", 0.958, 0.938, 0.978, 0.293)]
    public void Score_StoredReferenceOutput_ReproducesPublishedRow(string system, double f1, double precision, double recall, double accuracy)
    {
        if (Aeb is not { } aeb)
        {
            Assert.Skip("../shared/peer-suites/article-extraction-benchmark is absent; the published-row check needs it");
            return;
        }
        var truth = Read(Path.Combine(aeb, "ground-truth.json"));
        var prediction = Read(Path.Combine(aeb, "reference-output", system + ".json"));
        var score = AebScorer.Score(truth, prediction, bootstrapSamples: 200);
        Assert.Null(score.Problem);
        Assert.Equal(181, score.Pages);
        Assert.Equal(f1, Math.Round(score.F1, 3));
        Assert.Equal(precision, Math.Round(score.Precision, 3));
        Assert.Equal(recall, Math.Round(score.Recall, 3));
        Assert.Equal(accuracy, Math.Round(score.Accuracy, 3));
        Assert.InRange(score.F1Sd, 0.002, 0.015);
    }

    [Fact]
    public void Extract_AebPages_ReachesF1Floor()
    {
        if (Aeb is not { } aeb)
        {
            Assert.Skip("../shared/peer-suites/article-extraction-benchmark is absent; the extractor's F1 floor needs it");
            return;
        }
        var truth = Read(Path.Combine(aeb, "ground-truth.json"));
        var prediction = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in truth.Keys)
        {
            using var gz = new GZipStream(File.OpenRead(Path.Combine(aeb, "html", id + ".html.gz")), CompressionMode.Decompress);
            using var ms = new MemoryStream();
            gz.CopyTo(ms);
            var html = HtmlReader.DecodePage(ms.ToArray(), null, out _) ?? string.Empty;
            prediction[id] = HtmlArticleExtractor.Extract(html).Text;
        }
        var score = AebScorer.Score(truth, prediction, bootstrapSamples: 0);
        TestContext.Current.TestOutputHelper?.WriteLine($"AEB F1 {score.F1:0.0000} (P {score.Precision:0.0000}, R {score.Recall:0.0000}), {prediction.Count} pages");
        Assert.True(score.F1 >= OurF1Floor, $"AEB F1 {score.F1:0.000} (P {score.Precision:0.000}, R {score.Recall:0.000}) fell below the floor {OurF1Floor}");
    }

    [Theory]
    [InlineData("Hello, world_x 42", new[] { "Hello", "world_x", "42" })]
    [InlineData("a½b ¾", new[] { "a½b", "¾" })] // No (other number) is a word character in Python
    [InlineData("كَتَبَ", new[] { "ك", "ت", "ب" })] // Mn harakat split words in Python (not in .NET's \w)
    [InlineData("x\uFE0Fy", new[] { "x", "y" })] // U+FE0F variation selector is Mn
    [InlineData("𝐀𝐁 c", new[] { "𝐀𝐁", "c" })] // astral letters count as one token run, not surrogate halves
    [InlineData("", new string[0])]
    public void Tokens_UnicodeCategories_MatchPythonWordRule(string text, string[] expected)
    {
        Assert.Equal(expected, AebScorer.Tokens(text));
    }

    [Fact]
    public void ScorePage_ShortAndEmptyTexts_FollowShingleRules()
    {
        // 2 tokens → one short shingle, equal on both sides.
        var same = AebScorer.ScorePage("one two", "one, two!");
        Assert.Equal(1.0, same.Precision);
        Assert.Equal(1.0, same.Recall);
        Assert.True(same.Exact);
        // Empty prediction: no shingles, recall 0, left out of precision.
        var empty = AebScorer.ScorePage("a b c d e", "");
        Assert.Equal(0.0, empty.Recall);
        Assert.Equal(0.0, empty.Tp + empty.Fp);
        // Duplicated prediction: tp = 2 of 4 shingles (each once), fp = 2 extra copies + 3 cross shingles.
        var doubled = AebScorer.ScorePage("a b c d e", "a b c d e a b c d e");
        Assert.Equal(1.0, doubled.Recall);
        Assert.Equal(2.0 / 7.0, doubled.Precision, 10);
    }

    [Fact]
    public void Score_KeySetsDiffer_RecordsProblem()
    {
        var score = AebScorer.Score(new Dictionary<string, string> { ["a"] = "x" }, new Dictionary<string, string> { ["b"] = "x" });
        Assert.NotNull(score.Problem);
        Assert.True(double.IsNaN(score.F1));
    }

    [Fact]
    public void TryReadBodies_WrappedOutput_Unwraps()
    {
        Assert.True(AebScorer.TryReadBodies("{\"version\":\"1\",\"output\":{\"p\":{\"articleBody\":\"t\"},\"q\":{}}}", out var bodies, out _));
        Assert.Equal("t", bodies["p"]);
        Assert.Equal("", bodies["q"]);
    }
}
