using Triangulate.Cleaning;
using Triangulate.Ingest;

namespace Triangulate.Tests.Cleaning;

/// <summary>Each general cleaning rule on text of our own (not the corpus's): what goes, what stays.</summary>
public sealed class CleaningRuleTests
{
    private static CleanDocument Clean(string text) => new BoilerplateCleaner().Clean(new SourceDocument("t.txt", text, "txt"));

    [Theory]
    [InlineData("Flood in the valley\nRescuers search a collapsed house in Holt, Monday. Photo: J. Doe/Valley Press\nAt least 12 people died.", "Photo: J. Doe/Valley Press", "credit")]
    [InlineData("Flood\nA man wades through water. (Photo: VNA)\nAt least 12 people died.", "(Photo: VNA)", "residue")]
    [InlineData("Flood\nImage credit: Social media\nAt least 12 people died.", "Image credit: Social media", "credit")]
    [InlineData("Flood\nSkip to main content\nAt least 12 people died.", "Skip to main content", "residue")]
    [InlineData("Flood\nAt least 12 people died, the governor said.-Xinhua\nMore rain is expected.", "-Xinhua", "signature")]
    [InlineData("Flood\nAt least 12 people died, the governor said. (PTI)\nMore rain is expected.", "(PTI)", "signature")]
    [InlineData("Flood\nResidents wait for aid in Holt, Monday. — AFP\nAt least 12 people died.", "Residents wait for aid in Holt, Monday. — AFP", "caption")]
    [InlineData("Flood\nReuters | Posted Mon 6 May 2024, 09:00 AM | Updated Mon 6 May 2024, 10:00 AM\nAt least 12 people died.", "Reuters | Posted Mon 6 May 2024", "byline")]
    [InlineData("Flood\nDesk | Wires\nAt least 12 people died.", "Desk | Wires", "byline")]
    [InlineData("Flood\nReporting by Ana Lima; Editing by Tom Hart\nAt least 12 people died.", "Reporting by Ana Lima", "byline")]
    [InlineData("Valley Courier — Latest News\nFlood\nAt least 12 people died.", "Valley Courier — Latest News", "byline")]
    [InlineData("Flood\nAt least 12 people died.\nLeave a Reply\nYour email address will not be published. Required fields are marked *", "Leave a Reply", "residue")]
    [InlineData("Flood\n[Valley Wire] – At least 12 people died in the flood.", "[Valley Wire] –", "provenance")]
    [InlineData("Flood\nAt least 12 people died.\nThis article originally appeared on www.example.org", "This article originally appeared on www.example.org", "provenance")]
    public void Clean_Residue_RemovedWithItsKind(string text, string gone, string kind)
    {
        var doc = Clean(text);
        Assert.DoesNotContain(gone, doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Kind == kind && r.Text.Contains(gone, StringComparison.Ordinal));
        Assert.Contains("12 people died", doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Share prices fell sharply after the flood hit the region's factories on Monday.")]
    [InlineData("Source material was scarce, and the investigators said 40 people had been questioned so far.")]
    [InlineData("At least 12 people died, according to the Valley Observatory for Human Rights (VOHR).")]
    [InlineData("A 2024 report by the ministry — released on Monday — counted 300 homes destroyed.")]
    [InlineData("Officials said 14 people, including 3 children, were treated in hospital, Reuters reported.")]
    [InlineData("Rescuers pulled survivors from the rubble in Holt on Monday, 6 May, officials said. — AP, with 12 dead so far")]
    public void Clean_ContentSentences_Kept(string sentence)
    {
        var doc = Clean("Flood\n" + sentence + "\nMore rain is expected on Tuesday.");
        Assert.Contains(sentence.Split(" — ")[0], doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_LongCaptionWithFigures_KeptButSignatureRemoved()
    {
        var doc = Clean("Flood\nAt least 12 people died and 40 were injured when the river burst its banks in Holt, officials said. — AP\nMore rain is expected.");
        Assert.Contains("At least 12 people died and 40 were injured", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("— AP", doc.Text, StringComparison.Ordinal);
    }
}
