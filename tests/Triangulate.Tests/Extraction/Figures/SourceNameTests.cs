using Triangulate.Extraction.Figures;

namespace Triangulate.Tests.Extraction.Figures;

/// <summary>Review of round s14: the source of an inverted wire report, and the company a generic company noun stands for — on
/// sentences of our own.</summary>
public sealed class SourceNameTests
{
    [Fact]
    public void InvertedReport_SourceStartsAtTheLastDeterminerBeforeItsNoun()
    {
        // Given a wire sentence with no comma whose figure is followed by a place phrase and then the source
        // When
        var claims = FigureExtractor.ExtractCore("0123456789abcdef", "Nine people died in the blaze the ministry said.", CancellationToken.None);

        // Then the source is the ministry, without the blaze before it
        var claim = Assert.Single(claims, c => c.Value == 9);
        Assert.NotNull(claim.AttributedTo);
        Assert.Contains("ministry", claim.AttributedTo, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("blaze", claim.AttributedTo, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("On Monday Halvek Mining sealed the lower shaft. The company said 14 miners were still missing.", "Halvek Mining")]
    [InlineData("The Orsk Tanker Company owns the vessel. The company said 23 sailors were rescued.", "Orsk Tanker Company")]
    public void CompanyNoun_StandsForTheCompanyName_WithoutTheWordsLeadingIntoIt(string text, string company)
    {
        // Given a company named after a sentence-opening phrase or an article, then "the company said" before a figure
        // When
        var claims = FigureExtractor.ExtractCore("0123456789abcdef", text, CancellationToken.None);

        // Then the figure is the company's, named without the weekday, the preposition or the article
        Assert.Contains(claims, c => c.AttributedTo == company);
    }
}
