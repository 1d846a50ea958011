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

    [Fact]
    public void Extract_CurlySingleMarks_QuoteWithApostrophesInsideAndSpeakerAfter()
    {
        // Given: British-style single marks, an apostrophe inside a word and a plural possessive inside the quotation
        const string text = "The ferry operator defended its record on Thursday.\n\n\u2018We didn\u2019t cut corners and the crews\u2019 training was up to date,\u2019 said Marit Solberg, the company\u2019s safety director.";

        // When
        var (entities, quotes) = Analyze(text);

        // Then
        var q = Assert.Single(quotes, x => x.Text == "We didn\u2019t cut corners and the crews\u2019 training was up to date,");
        Assert.Equal("speech", q.Kind);
        Assert.NotNull(q.Speaker);
        Assert.Contains(entities.Single(e => e.Id == q.Speaker).Aliases, a => a.Contains("Marit Solberg", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_CurlySingleMarks_PartialQuoteAndPossessiveAreNotConfused()
    {
        // Given: a partial quote in single marks, then a quote holding a contraction and a plural possessive
        const string text = "Governor Ilse Brandt called the flooding \u2018the worst in a generation\u2019. \u2018We haven\u2019t seen the river this high since the farmers\u2019 levee was built,\u2019 she said.";

        // When
        var quotes = Extract(text);

        // Then
        Assert.Contains(quotes, q => q.Text == "the worst in a generation" && q.Kind == "partial");
        Assert.Contains(quotes, q => q.Text == "We haven\u2019t seen the river this high since the farmers\u2019 levee was built," && q.Kind == "speech");
    }

    [Fact]
    public void Extract_ApostrophesOnly_NoQuote()
    {
        // Given: contractions, possessives and a clipped year, no quotation
        const string text = "The engineers' report wasn't published until the '90s, and the town's mayor didn't comment.\nIt\u2019s the residents\u2019 view that the \u201890s repairs failed.";

        // When / Then
        Assert.Empty(Extract(text));
    }

    private static IReadOnlyList<Quote> Extract(string text) => Analyze(text).Quotes;

    private static (IReadOnlyList<Entity> Entities, IReadOnlyList<Quote> Quotes) Analyze(string text) => QuoteSpeakerTests.Analyze(text);
}
