using Triangulate.Extraction.Figures;
using Triangulate.Extraction.Numbers;

namespace Triangulate.Tests.Extraction.Figures;

/// <summary>Numbers that look like tolls but are not, or not the value the digits alone suggest (issue 16).</summary>
public sealed class NumberEdgeDefectTests
{
    private static IReadOnlyList<FigureClaim> Claims(string text) => new FigureExtractor().Extract("d0000000", text);

    [Theory]
    [InlineData("In 1999 people died in the floods.", 1999)]
    [InlineData("Since 2011 people have fled the region.", 2011)]
    [InlineData("During 2020 people were killed on the roads every day.", 2020)]
    public void YearAfterATimePreposition_IsAYearNotAToll(string text, int year)
    {
        var mention = Assert.Single(NumberRecognizer.Recognize(text));
        Assert.Equal(NumberKind.Year, mention.Kind);
        Assert.DoesNotContain(Claims(text), c => c.Value == year || c.Low == year);
    }

    [Fact]
    public void ResultedIn_FourDigitCount_StaysACount()
    {
        var claim = Assert.Single(Claims("The blast resulted in 2000 deaths."));
        Assert.Equal(2000, claim.Value);
    }

    [Theory]
    [InlineData("10 quadrillion people were killed.")]
    [InlineData("Officials said 5 zillion people died.")]
    [InlineData("Some 3 gazillion were injured.")]
    public void ScaleWordTooLargeOrUnread_NeverGivesTheBareDigits(string text)
    {
        // Either the scale is read (and the value is too large to be a count) or the value stays unknown: never 10, 5 or 3.
        Assert.Empty(Claims(text));
        var mention = Assert.Single(NumberRecognizer.Recognize(text));
        Assert.Null(mention.Count);
    }

    [Fact]
    public void Quadrillion_IsReadAsAScale()
    {
        Assert.True(NumberRecognizer.TryParse("10 quadrillion", out var value));
        Assert.Equal(1e16, value);
    }

    [Fact]
    public void RangeWrittenHighToLow_IsOrderedAndFlagged()
    {
        var mention = Assert.Single(NumberRecognizer.Recognize("between 100 and 50 people"));
        Assert.Equal(NumberKind.Range, mention.Kind);
        Assert.Equal(50, mention.Low);
        Assert.Equal(100, mention.High);
        var claim = Assert.Single(Claims("Between 100 and 50 people were killed."));
        Assert.Equal(50, claim.Low);
        Assert.Equal(100, claim.High);
        Assert.True(claim.Confidence < 0.9);
        Assert.Contains("high to low", claim.ConfidenceReason, StringComparison.Ordinal);
    }

    [Fact]
    public void RangeWrittenLowToHigh_IsUnflagged()
    {
        var claim = Assert.Single(Claims("Between 50 and 100 people were killed."));
        Assert.Equal(50, claim.Low);
        Assert.Equal(100, claim.High);
        Assert.Equal(0.9, claim.Confidence);
    }

    [Theory]
    [InlineData("-5 killed in the attack.")]
    [InlineData("The toll rose to -5 killed.")]
    [InlineData("Minus five people were killed.")]
    public void NegativeNumber_IsNoToll(string text)
    {
        Assert.Empty(Claims(text));
        var mention = Assert.Single(NumberRecognizer.Recognize(text));
        Assert.True(mention.Negative);
        Assert.Null(mention.Count);
    }

    [Fact]
    public void ListBullet_BeforeANumber_IsNoMinusSign()
    {
        var claim = Assert.Single(Claims("- 12 deaths confirmed by the authorities."));
        Assert.Equal(12, claim.Value);
    }

    [Fact]
    public void DashBetweenWords_IsNoMinusSign()
    {
        // "Syria - 5 killed": a spaced dash separates; the 5 is a count.
        var claim = Assert.Single(Claims("Syria - 5 killed in an air strike."));
        Assert.Equal(5, claim.Value);
    }
}
