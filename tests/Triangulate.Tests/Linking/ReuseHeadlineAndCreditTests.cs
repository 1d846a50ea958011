using Triangulate.Linking.Reuse;

namespace Triangulate.Tests.Linking;

/// <summary>Round s16: a caption printed twice with its credit set before it, and a headline printed again with an outlet name or a
/// label added — on a story of our own (a ferry that ran aground in a harbour town).</summary>
public sealed class ReuseHeadlineAndCreditTests
{
    private const string Story =
        "A passenger ferry ran aground on a sandbank outside the harbour of Tessby late on Thursday, the coastguard said.\n" +
        "All 214 passengers and 19 crew were taken off by lifeboats and fishing boats during the night, a spokeswoman for the port said.\n" +
        "Nine people were treated in hospital for cold and minor injuries and were allowed home on Friday morning.\n" +
        "The operator said the vessel had lost steering in a strong crosswind and that divers would inspect the hull at low tide.\n";

    private static DossierDocument Doc(string id, string text) => new(id, id + ".txt", text);

    [Fact]
    public void Detect_CaptionRemovedWithItsCreditSetBeforeIt_SelfRepeat()
    {
        // Given a caption removed once alone and once with the photographer's credit in front of it
        var doc = Doc("d", Story) with
        {
            Removed =
            [
                new RemovedBlock("caption", "Lifeboats tow the listing ferry towards the quay.\n", 10, 60, "photo caption"),
                new RemovedBlock("caption", "Photo: Mira Halvorsen Lifeboats tow the listing ferry towards the quay.\n", 400, 472, "photo caption"),
            ],
        };

        // When
        var links = new ReuseDetector().Detect([doc]);

        // Then
        Assert.Equal(ReuseKind.SelfRepeat, Assert.Single(links).Kind);
    }

    [Fact]
    public void Detect_CreditOrDateLinePrintedAgainAfterALabel_NoSelfRepeat()
    {
        // Given a page that shows its photographer's credit bare and after a label, and its publication time after the section name
        var doc = Doc("d", Story) with
        {
            Removed =
            [
                new RemovedBlock("credit", "(Mira Halvorsen/Harbour Press Images)\n", 10, 48, "credit"),
                new RemovedBlock("credit", "Photo: Mira Halvorsen/Harbour Press Images\n", 60, 104, "credit"),
                new RemovedBlock("section_label", "Coast Courier | Shipping | Posted at : 2031-02-14 08:15\n", 120, 176, "section label"),
                new RemovedBlock("timestamp", "Posted at : 2031-02-14 08:15\n", 900, 929, "timestamp"),
            ],
        };

        // When / Then: a label before a credit or a time is the page's layout, not a caption printed twice
        Assert.Empty(new ReuseDetector().Detect([doc]));
    }

    [Fact]
    public void Detect_RemovedCaptionPrintedInTheTextAfterItsCredit_SelfRepeat()
    {
        // Given a caption the cleaner removed with its credit before it, and the bare caption left as a line of the text
        var text = Story + "Lifeboats tow the listing ferry towards the quay\n";
        var doc = Doc("d", text) with
        {
            Removed = [new RemovedBlock("caption", "Harbour Press / Lifeboats tow the listing ferry towards the quay\n", 5, 70, "photo caption")],
        };

        // When / Then
        Assert.Equal(ReuseKind.SelfRepeat, Assert.Single(new ReuseDetector().Detect([doc])).Kind);
    }

    [Theory]
    // the headline on top carries the outlet's name; the page prints it again bare over the body
    [InlineData("Ferry runs aground off Tessby harbour | Coast Courier", "Ferry runs aground off Tessby harbour", true)]
    // the reverse: a bare headline on top and a label before the copy printed further down
    [InlineData("Ferry runs aground off Tessby harbour", "Latest: Ferry runs aground off Tessby harbour", true)]
    // a subhead that shares only the headline's opening words says something else
    [InlineData("Ferry runs aground off Tessby harbour", "Ferry runs aground again as storms return to the coast", false)]
    // the body restates the headline in a sentence with a clause after a comma: news, not the headline printed again
    [InlineData("Ferry runs aground off Tessby harbour", "Ferry runs aground off Tessby harbour, coastguard says", false)]
    [InlineData("Ferry runs aground off Tessby harbour, coastguard says", "Ferry runs aground off Tessby harbour", false)]
    public void Detect_HeadlinePrintedAgainWithWordsAdded_SelfRepeat(string headline, string again, bool repeated)
    {
        // Given a headline, two paragraphs, a line that may repeat the headline, and the rest of the story
        var lines = Story.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var text = headline + "\n\n" + lines[0] + "\n" + lines[1] + "\n\n" + again + "\n\n" + lines[2] + "\n" + lines[3] + "\n";

        // When
        var links = new ReuseDetector().Detect([Doc("d", text)]);

        // Then
        Assert.Equal(repeated, links.Any(l => l.Kind == ReuseKind.SelfRepeat));
    }

    [Fact]
    public void Detect_HeadlineWhoseWordsOpenALongParagraph_NoSelfRepeat()
    {
        // Given a lead paragraph that opens with the headline's words and goes on for a whole sentence
        const string headline = "Ferry runs aground off Tessby harbour";
        var text = headline + "\n\n" + headline + " after losing its steering in a crosswind late on Thursday, leaving 233 people to be taken off by lifeboats.\n" + Story;

        // When / Then: a lead that restates the headline is not the headline printed twice
        Assert.DoesNotContain(new ReuseDetector().Detect([Doc("d", text)]), l => l.Kind == ReuseKind.SelfRepeat);
    }
}
