using Triangulate.Extraction.Figures;

namespace Triangulate.Tests.Extraction.Figures;

public sealed class BackgroundFigureTests
{
    [Theory]
    [InlineData("In 1998 a ferry fire killed 310 people.", 2014, true)]
    [InlineData("The country's worst flood, in 2005, left 1,400 people dead.", 2019, true)]
    [InlineData("In 2014 the ferry fire killed 310 people.", 2014, false)]
    [InlineData("The ferry fire killed 310 people, the deadliest since 1998.", 2014, false)]
    [InlineData("The ferry fire killed 310 people.", 2014, false)]
    public void MarkEarlierYears_ClauseYearBeforeThePile_Background(string text, int referenceYear, bool background)
    {
        // Given
        var claims = FigureExtractor.ExtractCore("0123456789abcdef", text, CancellationToken.None);

        // When
        FiguresPass.MarkEarlierYears(claims, referenceYear);

        // Then
        var claim = Assert.Single(claims);
        Assert.Equal(background ? FigureClaim.Background : null, claim.EventScope);
    }

    [Fact]
    public void MarkEarlierYears_NoReferenceYear_NothingMarked()
    {
        // Given
        var claims = FigureExtractor.ExtractCore("0123456789abcdef", "In 1998 a ferry fire killed 310 people.", CancellationToken.None);

        // When
        FiguresPass.MarkEarlierYears(claims, null);

        // Then
        Assert.Null(Assert.Single(claims).EventScope);
    }

    [Fact]
    public void ReferenceYear_DatedDocuments_EarliestPublicationYear()
    {
        // Given
        DossierDocument Doc(string id, string? date) => new(id, id + ".txt", "text") { Published = date is null ? null : new PublishedDate(date, DatePrecision.Day, DateBasis.Metadata) };

        // When
        var year = FiguresPass.ReferenceYear([Doc("a", "2021-05-02"), Doc("b", "2014-04-17"), Doc("c", null)]);

        // Then
        Assert.Equal(2014, year);
    }
}
