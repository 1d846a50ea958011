using Triangulate.Linking.Reuse;

namespace Triangulate.Tests.Linking;

/// <summary>Reuse that survives rewriting (spun copies, partial copies), lines printed twice inside one page, and shared quotes
/// that stay out — on texts of our own (a flood story).</summary>
public sealed class ReuseRewritingTests
{
    // A wire story about a flood.
    private const string Wire =
        "Flash floods in the southern valley have killed at least 31 people and left 2,400 families without shelter, the civil protection agency said on Monday.\n" +
        "Heavy rain fell for three days on the hills above the river town of Marlow, sending a wall of water through its lower streets before dawn.\n" +
        "Rescue teams in boats pulled 160 people from the roofs of their houses and took them to a school on higher ground.\n" +
        "The agency said 12 people were still missing, most of them farm workers who had been sleeping in huts near the river.\n" +
        "The main road to the coast was cut in four places and the railway line was closed until engineers could inspect two bridges.\n" +
        "Forecasters warned that more rain was expected on Wednesday and asked residents of low-lying villages to be ready to leave.\n";

    // The same story machine-spun: content words swapped for synonyms one by one, function words and figures in place.
    private const string Spun =
        "Flash deluges in the southern vale have slain at least 31 individuals and left 2,400 households without shelter, the civil protection bureau stated on Monday.\n" +
        "Heavy showers dropped for three days on the slopes above the river settlement of Marlow, driving a wall of liquid through its lower avenues before daybreak.\n" +
        "Rescue crews in vessels hauled 160 individuals from the rooftops of their homes and carried them to a school on elevated ground.\n" +
        "The bureau stated 12 individuals were still absent, most of them farm labourers who had been resting in shacks near the river.\n" +
        "The principal highway to the coast was severed in four spots and the railway route was shut until engineers might examine two bridges.\n" +
        "Forecasters cautioned that additional rain was anticipated on Wednesday and requested inhabitants of low-lying hamlets to be prepared to depart.\n";

    // An unrelated report of the same flood, written independently.
    private const string OwnReport =
        "Residents of Marlow spent the night on rooftops as the river burst its banks.\n" +
        "A shopkeeper said the water in her street rose to the height of a door within minutes.\n" +
        "The government promised emergency funds and sent army trucks with drinking water and blankets.\n" +
        "Aid groups said the damage to crops would be felt for months in a region that lives from farming.\n" +
        "Schools across the district were closed for the week and several were turned into shelters.\n";

    private static DossierDocument Doc(string id, string text) => new(id, id + ".txt", text);

    private static bool Linked(IReadOnlyList<ReuseLink> links, string a, string b) =>
        links.Any(l => (l.A == a && l.B == b) || (l.A == b && l.B == a));

    [Fact]
    public void Detect_SpunCopy_LinkedByWordOrder()
    {
        // Given a wire story, its machine-spun version and an independent report of the same event
        var docs = new[] { Doc("wire", Wire), Doc("spun", Spun), Doc("own", OwnReport) };

        // When sentences are compared by word order as well as by content words
        var links = new ReuseDetector(new ReuseOptions { CompareWordOrder = true }).Detect(docs);
        var contentOnly = new ReuseDetector().Detect(docs);

        // Then the spun copy is linked to the wire story, and only with word order; the independent report is not linked
        Assert.True(Linked(links, "wire", "spun"));
        Assert.False(Linked(contentOnly, "wire", "spun"));
        Assert.False(Linked(links, "wire", "own"));
        Assert.False(Linked(links, "spun", "own"));
    }

    [Fact]
    public void Detect_TwoNarrativeSentencesVerbatimUnderOtherMaterial_PartialCopy()
    {
        // Given an article that takes two long sentences of the wire story word for word among much material of its own
        var lines = Wire.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var partial = OwnReport + lines[1] + "\n" + OwnReport.Replace("Marlow", "the valley", StringComparison.Ordinal) + lines[4] + "\n" + OwnReport;
        var docs = new[] { Doc("wire", Wire), Doc("partial", partial) };

        // When
        var links = new ReuseDetector().Detect(docs);

        // Then it is a copy of the wire story
        var link = Assert.Single(links, l => l.A != l.B);
        Assert.Equal(ReuseKind.Copy, link.Kind);
    }

    [Fact]
    public void Detect_SameSentencesInsideAQuotation_SameSourceQuotedNotACopy()
    {
        // Given two articles that both carry the same statement, quoted, inside different reporting
        const string statement = "“We have lost homes, fields and animals in a single night, and our teams are still searching the river banks. " +
            "We ask every family in the low-lying villages to move to the shelters before the next rain arrives on Wednesday.”";
        var first = OwnReport + "The mayor of the valley wrote on social media: " + statement + "\n";
        var second = "Officials counted the damage on Tuesday as the water went down.\nIn a post, the mayor said: " + statement +
            "\nThe national weather office issued a new warning for the coast.\nFarmers said the harvest of the lower fields was lost.\n";

        var docs = new[] { Doc("a", first), Doc("b", second) };

        // When
        var links = new ReuseDetector().Detect(docs);

        // Then the shared quotation alone does not make them copies: they are linked as quoting one source, and stay two origins
        var link = Assert.Single(links, l => l.A != l.B);
        Assert.Equal(ReuseKind.SameSourceQuoted, link.Kind);
        Assert.Equal("same-source-quoted", link.Kind.Code());
        Assert.Equal(2, OriginGrouping.Of(docs, links).Count);
    }

    [Fact]
    public void Detect_OneOfficialQuotedInTwoReports_SameSourceQuoted()
    {
        // Given two reports of a mine accident, each in its own words, both quoting the same sentence of the labour minister
        const string quote = "“Nineteen miners are still underground and every team we have is working through the night to reach them,” the labour minister told reporters.";
        var first = "A gas explosion tore through a coal mine in the northern hills on Friday evening.\n" +
            "Relatives gathered at the pit head through the night, waiting for news of the shift that had gone down at six.\n" + quote + "\n" +
            "The company that runs the mine has been fined twice in three years for ventilation faults.\n";
        var second = "Rescuers used drills and ventilation pumps on Saturday to reach a gallery sealed by the blast.\n" + quote + "\n" +
            "Union leaders called for an inquiry into safety checks, saying inspectors had not visited the pit since spring.\n" +
            "Hospitals in the district treated eleven workers for burns and smoke.\n";
        var docs = new[] { Doc("first", first), Doc("second", second) };

        // When
        var links = new ReuseDetector().Detect(docs);

        // Then one link of its own kind, which does not make the two reports one origin
        var link = Assert.Single(links, l => l.A != l.B);
        Assert.Equal(ReuseKind.SameSourceQuoted, link.Kind);
        Assert.False(link.Kind.SharesOrigin());
        Assert.Equal(2, OriginGrouping.Of(docs, links).Count);
    }

    [Fact]
    public void Detect_SharedQuoteBesideCopiedNarrative_StaysACopy()
    {
        // Given a partial copy of the wire story (two long narrative sentences word for word) that also carries a quotation the wire has
        const string quote = "“We ask every family in the low-lying villages to move to the shelters before the next rain arrives on Wednesday,” the agency's director said.";
        var lines = Wire.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var wire = Wire + quote + "\n";
        var partial = OwnReport + lines[1] + "\n" + quote + "\n" + OwnReport.Replace("Marlow", "the valley", StringComparison.Ordinal) + lines[4] + "\n";

        // When
        var links = new ReuseDetector().Detect([Doc("wire", wire), Doc("partial", partial)]);

        // Then the narrative it shares makes it a copy, whatever the quotation
        var link = Assert.Single(links, l => l.A != l.B);
        Assert.Equal(ReuseKind.Copy, link.Kind);
    }

    [Fact]
    public void Detect_CreditLineRemovedTwice_SelfRepeat()
    {
        // Given a page whose cleaner removed the same two-word credit line twice
        var doc = Doc("d", Wire) with
        {
            Removed =
            [
                new RemovedBlock("byline", "Wire Staff\n", 10, 21, "byline or desk credit"),
                new RemovedBlock("byline", "Wire Staff\n", 400, 411, "byline or desk credit"),
            ],
        };

        // When
        var links = new ReuseDetector().Detect([doc]);

        // Then the page repeats a block inside itself
        var link = Assert.Single(links);
        Assert.Equal(ReuseKind.SelfRepeat, link.Kind);
        Assert.Contains("twice", link.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_CaptionRemovedWithAndWithoutCredit_SelfRepeat()
    {
        // Given a caption removed once alone and once with its photo credit appended
        var doc = Doc("d", Wire) with
        {
            Removed =
            [
                new RemovedBlock("caption", "Boats wait by the flooded market square.\n", 10, 50, "photo caption"),
                new RemovedBlock("caption", "Boats wait by the flooded market square. Photo: Jan Novak\n", 300, 358, "photo caption"),
            ],
        };

        // When
        var links = new ReuseDetector().Detect([doc]);

        // Then
        Assert.Equal(ReuseKind.SelfRepeat, Assert.Single(links).Kind);
    }

    [Fact]
    public void Detect_OneWordLabelRemovedTwiceOrDifferentLines_NoSelfRepeat()
    {
        // Given a page whose removed lines are a one-word label twice and two different short lines
        var doc = Doc("d", Wire) with
        {
            Removed =
            [
                new RemovedBlock("label", "Advertisement\n", 10, 24, "label"),
                new RemovedBlock("label", "Advertisement\n", 300, 314, "label"),
                new RemovedBlock("credit", "Photo: Jan Novak\n", 500, 517, "credit"),
                new RemovedBlock("credit", "Photo: Eva Berg\n", 600, 616, "credit"),
            ],
        };

        // When / Then
        Assert.Empty(new ReuseDetector().Detect([doc]));
    }

    [Theory]
    // every caption opens with the same credit block, closed by a comma: a block repeated inside the page
    [InlineData("Picture source, Harbour Wire Caption, Boats wait by the flooded market square.", "Picture source, Harbour Wire Caption, Volunteers fill sandbags near the bridge.", true)]
    // two different captions that merely open with the same three words, no credit closed by a separator
    [InlineData("Rescue teams in boats reach the school.", "Rescue teams in helicopters search the hills.", false)]
    public void Detect_CaptionsOpeningWithTheSameWords_SelfRepeatOnlyForACredit(string first, string second, bool repeated)
    {
        // Given a page whose cleaner removed two photo captions
        var doc = Doc("d", Wire) with
        {
            Removed = [new RemovedBlock("caption", first + "\n", 10, 11 + first.Length, "photo caption"), new RemovedBlock("caption", second + "\n", 300, 301 + second.Length, "photo caption")],
        };

        // When
        var links = new ReuseDetector().Detect([doc]);

        // Then
        Assert.Equal(repeated, links.Any(l => l.Kind == ReuseKind.SelfRepeat && (l.Evidence ?? string.Empty).Contains("credit", StringComparison.Ordinal)));
        Assert.Equal(repeated ? 1 : 0, links.Count);
    }

    [Fact]
    public void Detect_SentenceAndAShorterSummaryOfItsFacts_NoSelfRepeat()
    {
        // Given a story whose fact box restates one sentence in a few words, and whose quotation retells a fact of the narration
        var text = "At least 60 others were said to have been hurt in the crush, about 15 seriously.\n" +
            "The governor also said 41 of the 230 bodies have been identified.\n" +
            "What we know:\n- At least 60 hurt in the crush, about 15 seriously\n" +
            "“Out of 230, 41 bodies have been identified.” The count goes on.\n";

        // When / Then: two statements of the same facts are not one block printed twice
        Assert.Empty(new ReuseDetector().Detect([Doc("d", text)]));
    }

    [Fact]
    public void Detect_CaptionRepeatedWithItsCreditInTheText_StillSelfRepeat()
    {
        // Given a caption printed twice in the text, once with a credit of many short words run into it
        var text = "Boats carry families away from the flooded streets at dawn.\n" +
            Wire +
            "Boats carry families away from the flooded streets at dawn, in a photo by one of our own staff.\n";

        // When / Then
        Assert.Equal(ReuseKind.SelfRepeat, Assert.Single(new ReuseDetector().Detect([Doc("d", text)])).Kind);
    }

    [Fact]
    public void Detect_HeadlineRepeatedAsALineInsideTheBody_SelfRepeat()
    {
        // Given a six-word headline printed again as a line of the body
        const string headline = "Floods cut road to southern coast";
        var lines = Wire.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var text = headline + "\n\n" + lines[0] + "\n" + lines[1] + "\n\n" + headline + "\n\n" + lines[2] + "\n";

        // When
        var links = new ReuseDetector().Detect([Doc("d", text)]);

        // Then
        Assert.Equal(ReuseKind.SelfRepeat, Assert.Single(links).Kind);
    }

    [Fact]
    public void Detect_ShortSentenceRepeatedInsideProse_NoSelfRepeat()
    {
        // Given a short sentence (under the sentence minimum) said twice inside paragraphs, not as lines of their own
        var text = "The river rose again. Floods cut road to southern coast. Crews worked overnight.\n" +
            "By noon the water had fallen. Floods cut road to southern coast. Traffic was diverted.\n";

        // When / Then
        Assert.Empty(new ReuseDetector().Detect([Doc("d", text)]));
    }

    [Fact]
    public void WordOrderRatio_SameWordsSameOrder_One_SwappedSynonymsHigh_OtherSentenceLow()
    {
        static ulong[] Hashes(string s) => [.. TextFeatures.Tokens(s).Select(t => t.Hash)];
        var sentence = Hashes("the count of people declared dead went up from 242 to 417 on Sunday");
        var spun = Hashes("the tally of individuals declared lifeless went up from 242 to 417 on Sunday");
        var other = Hashes("rescuers reached three villages cut off by landslides in the north after a week");

        Assert.Equal(1.0, PassageAligner.WordOrderRatio(sentence, sentence));
        Assert.InRange(PassageAligner.WordOrderRatio(sentence, spun), 0.7, 0.9);
        Assert.InRange(PassageAligner.WordOrderRatio(sentence, other), 0.0, 0.3);
    }

    [Fact]
    public void QuotedShare_SentenceInTheMiddleOfALongQuotation_Quoted()
    {
        // Given a paragraph with a quotation of three sentences after a narrative sentence
        const string text = "The mayor spoke on Tuesday. “The water came at night. Nobody was ready for it. We will rebuild,” she said.\n";
        var sentences = TextFeatures.Sentences(text, TextFeatures.Tokens(text));

        // Then the narrative sentence is not quoted and the middle sentence of the quotation is
        Assert.True(ReuseDetector.QuotedShare(text, sentences[0]) < 0.5);
        Assert.True(ReuseDetector.QuotedShare(text, sentences[2]) >= 0.5);
    }
}
