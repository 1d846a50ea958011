using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Triangulate.Evaluation;
using Triangulate.Extraction.Figures;

namespace Triangulate.Tests.Evaluation;

public sealed class ClaimScorerTests
{
    [Theory]
    [InlineData("Syrian Observatory for Human Rights", "SOHR", true)]
    [InlineData("Syrian Observatory for Human Rights", "The UK-based Syrian Observatory for Human Rights (SOHR)", true)]
    [InlineData("Syrian Observatory for Human Rights", "the Syrian Observatory", true)]
    [InlineData("Human Rights Watch", "HRW", true)]
    [InlineData("Gaza Health Ministry", "the health ministry in Gaza", true)]
    [InlineData("Telegram channel 112", "The Telegram channel \"112\"", true)]
    [InlineData(null, null, true)]
    [InlineData("AFAD", null, false)]
    [InlineData("Investigative Committee", "the latest data", false)]
    public void SameSource_Pairs_AsExpected(string? gold, string? predicted, bool expected) =>
        Assert.Equal(expected, ClaimScorer.SameSource(gold, predicted));

    [Theory]
    [InlineData("civilians", "Alawite civilians", true)]
    [InlineData("security forces", "government's security forces", true)]
    [InlineData("pro-Assad fighters", "pro-Assad fighter", true)]
    [InlineData("all", "all", true)]
    [InlineData("security forces", "fighters", false)]
    public void SameWho_Pairs_AsExpected(string gold, string predicted, bool expected) =>
        Assert.Equal(expected, ClaimScorer.SameWho(gold, predicted));

    [Theory]
    [InlineData("the past four days", "in the past four days", true)]
    [InlineData("since Thursday", "Since Thursday", true)]
    [InlineData(null, null, true)]
    [InlineData("on Sunday", null, false)]
    [InlineData("since March 6", "on Friday", false)]
    public void SameTime_Pairs_AsExpected(string? gold, string? predicted, bool expected) =>
        Assert.Equal(expected, ClaimScorer.SameTime(gold, predicted));

    [Theory]
    [InlineData("trapped", "missing")]
    [InlineData("evacuated", "displaced")]
    [InlineData("sheltering", "displaced")]
    [InlineData("survivors", "rescued")]
    [InlineData("on_board", "aboard")]
    [InlineData("identified", "identified")]
    public void FoldMeasure_Synonyms_OneName(string measure, string folded) =>
        Assert.Equal(folded, ClaimScorer.FoldMeasure(measure));

    [Fact]
    public void Parse_GoldRangeValue_LowAndHighAndNullValue()
    {
        using var doc = JsonDocument.Parse("""{"documents": {"000": "a.txt"}, "claims": [{"doc": "000", "span": "100-300", "measure": "killed", "qualifier": "range", "value": [100, 300]}]}""");
        var gold = GoldFile.Parse(doc.RootElement, ".");
        var claim = Assert.Single(gold.Claims);
        Assert.Null(claim.Value);
        Assert.Equal(100, claim.Low);
        Assert.Equal(300, claim.High);
        Assert.True(ClaimScorer.SameValue(claim, new FigureClaim("c", "d", 0, 1, "x", "killed", null, Qualifier.Range) { Low = 100, High = 300 }));
        Assert.False(ClaimScorer.SameValue(claim, new FigureClaim("c", "d", 0, 1, "x", "killed", null, Qualifier.Vague)));
    }

    private static readonly string[] s_words = ["at", "least", "more", "than", "people", "were", "killed", "injured", "civilians", "said", "the", "ministry",
        "according", "to", "dozens", "of", "since", "Thursday", "including", ",", ".", "\n", "hundreds", "fled", "1,311", "745", "two", "thousand", "-", "and"];

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Extract_RandomText_SpansLieInsideTheirText()
    {
        var gen = Gen.ArrayOf(Gen.Elements(s_words)).Select(ws => string.Join(' ', ws));
        return Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var claims = new FigureExtractor().Extract("0123456789", text);
            return claims.All(c => c.Start >= 0 && c.End <= text.Length && c.Start < c.End && text[c.Start..c.End] == c.Span
                && (c.TimeScope is null || text[c.TimeScope.Start..c.TimeScope.End] == c.TimeScope.Text));
        });
    }
}
