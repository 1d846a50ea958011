using Triangulate.Extraction.Entities;
using Triangulate.Extraction.Quotes;

namespace Triangulate.Tests.Extraction.Quotes;

// Which quotations are found and where they end (round s16): quotations over several paragraphs, typographic marks, a closing
// mark typed as the opening one.
public sealed class QuoteSpanTests
{
    [Fact]
    public void Extract_QuotationOverTwoParagraphs_EachParagraphIsAQuote()
    {
        // Given: an opening mark at each paragraph's start, the closing mark only after the last
        const string text = "The harbour master, Edda Rasmussen, spoke at the quay.\n\n“The wind turned after midnight and the moorings snapped one by one.\n\n"
            + "“By dawn four trawlers were on the rocks,” she said.";

        // When
        var quotes = Extract(text);

        // Then
        Assert.Contains(quotes, q => q.Text == "The wind turned after midnight and the moorings snapped one by one." && q.Kind == "speech");
        Assert.Contains(quotes, q => q.Text == "By dawn four trawlers were on the rocks,");
    }

    [Fact]
    public void Extract_QuotationOverParagraphsInStraightMarks_FirstParagraphTakesTheVoiceNamedAfter()
    {
        // Given
        const string text = "Rescue teams reached the valley on Sunday.\n\n\"We found the bridge gone and the road under a metre of mud.\n\n"
            + "\"Nobody could get through before noon,\" said Bruno Castellani, the district's civil protection chief.";

        // When
        var (entities, quotes) = Analyze(text);

        // Then
        var first = Assert.Single(quotes, q => q.Text == "We found the bridge gone and the road under a metre of mud.");
        Assert.NotNull(first.Speaker);
        Assert.Contains(entities.Single(e => e.Id == first.Speaker).Aliases, a => a.Contains("Bruno Castellani", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_StraightMarksOverParagraphsOnSingleLineBreaks_BothParagraphsFound()
    {
        // Given: cleaned text with one line break between paragraphs
        const string text = "Divers resumed the search at first light.\n\"The current is strong and visibility is under a metre.\n"
            + "\"We will keep going as long as there is a chance,\" said Kofi Mensah, who leads the team.\nThe search ends on Friday.";

        // When
        var quotes = Extract(text);

        // Then
        Assert.Contains(quotes, q => q.Text == "The current is strong and visibility is under a metre.");
        Assert.Contains(quotes, q => q.Text == "We will keep going as long as there is a chance,");
    }

    [Fact]
    public void Extract_UnclosedMarkFollowedByNarration_NoQuote()
    {
        // Given: a stray opening mark whose paragraph is followed by narration, not by another quoted paragraph
        const string text = "“The levee held for a day.\n\nWorkers added sandbags on Tuesday.";

        // When / Then
        Assert.Empty(Extract(text));
    }

    [Fact]
    public void Extract_GuillemetsAndLowHighMarks_AreQuotes()
    {
        // Given
        const string text = "«The shelters are full», said the mayor. A volunteer added: „We need blankets and water tonight“.";

        // When
        var quotes = Extract(text);

        // Then
        Assert.Contains(quotes, q => q.Text == "The shelters are full");
        Assert.Contains(quotes, q => q.Text == "We need blankets and water tonight");
    }

    [Fact]
    public void Extract_ClosingMarkTypedAsOpening_IsAQuote()
    {
        // Given: ”…” where the first mark should have been “
        const string text = "Ferry crossings resumed at noon. ”Every sailing this afternoon is already full,” said Ines Moreau, the operator's spokeswoman.";

        // When
        var quotes = Extract(text);

        // Then
        Assert.Contains(quotes, q => q.Text == "Every sailing this afternoon is already full,");
    }

    [Theory]
    // a mark inside narration, left open, before a quoted paragraph: no quotation over paragraphs
    [InlineData("Officials called the repairs \u201ctemporary and said work would resume in May.\n\n\u201cWe are doing what we can,\u201d the mayor said.", "We are doing what we can,")]
    // a straight mark after a digit is an inch mark
    [InlineData("The storm dumped 3\" of rain on the coast overnight, forecasters said.\n\n\"We have never seen this,\" she said.", "We have never seen this,")]
    public void Extract_MarkInsideNarrationBeforeAQuotedParagraph_NoQuoteOverParagraphs(string text, string only)
    {
        // When
        var quotes = Extract(text);

        // Then: only the closed quote of the second paragraph
        Assert.Equal([only], quotes.Select(q => q.Text));
    }

    [Fact]
    public void Extract_MisusedClosingMarkLeftOpen_StopsAtTheLineBreak()
    {
        // Given: a closing mark typed as an opening one, never closed on its line, and a word in marks on the next line
        const string text = "\u201dWe ran.\nThe mayor called it a \u201dmiracle\u201d.";

        // When / Then: no quote runs over the line break
        Assert.DoesNotContain(Extract(text), q => q.Text.Contains('\n', StringComparison.Ordinal) || q.Text.Contains("The mayor", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_LowOpeningClosedByHighClosingMark_ShortQuote()
    {
        // Given: „…” (the low mark closed by ”), then a word in curly marks later in the paragraph
        const string text = "\u201eWe will rebuild\u201d, the mayor said. Later, officials described the \u201cunprecedented\u201d damage.";

        // When
        var quotes = Extract(text);

        // Then
        Assert.Contains(quotes, q => q.Text == "We will rebuild");
        Assert.DoesNotContain(quotes, q => q.Text.Contains("the mayor said", StringComparison.Ordinal));
    }

    private static IReadOnlyList<Quote> Extract(string text) => Analyze(text).Quotes;

    private static (IReadOnlyList<Entity> Entities, IReadOnlyList<Quote> Quotes) Analyze(string text) => QuoteSpeakerTests.Analyze(text);
}
