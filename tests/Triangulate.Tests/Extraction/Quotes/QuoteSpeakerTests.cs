using Triangulate.Extraction.Entities;
using Triangulate.Extraction.Quotes;

namespace Triangulate.Tests.Extraction.Quotes;

public sealed class QuoteSpeakerTests
{
    [Fact]
    public void Extract_QuoteAsNextSentenceAfterAttributedQuote_SameSpeaker()
    {
        const string text = "Fire chief Tomas Berger spoke to reporters on Monday. \"The blaze spread through three floors,\" he said. \"We expect to finish the search by tonight.\"";
        Assert.Contains(SpeakerOf(text, "We expect to finish the search by tonight."), a => a.Contains("Tomas Berger", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_QuoteAfterNarrationSentence_NotInherited()
    {
        const string text = "Fire chief Tomas Berger spoke on Monday. \"The blaze spread quickly,\" he said. Crews later left the site. \"Nobody was hurt.\"";
        Assert.Empty(SpeakerOf(text, "Nobody was hurt."));
    }

    [Fact]
    public void Extract_QuoteOnOwnLineAfterColonLeadIn_SpeakerFromLeadIn()
    {
        const string text = "Mayor Ana Kovacs said on Tuesday:\n\"The water has reached the old town and is still rising.\"";
        Assert.Contains(SpeakerOf(text, "The water has reached the old town and is still rising."), a => a.Contains("Ana Kovacs", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_RelativeClauseBetweenNameAndVerb_SpeakerIsTheName()
    {
        const string text = "Jonas Ekberg, who leads the relief mission in the region, said: \"Several roads are cut off by mud.\"";
        Assert.Contains(SpeakerOf(text, "Several roads are cut off by mud."), a => a.Contains("Jonas Ekberg", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ParticipleClauseNamingAnOutlet_SpeakerIsThePersonNotTheOutlet()
    {
        const string text = "Lena Hartmann, quoted by local radio, said: \"The dam held through the night.\"";
        Assert.Contains(SpeakerOf(text, "The dam held through the night."), a => a.Contains("Lena Hartmann", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PronounAfterTitleWithoutName_ResolvesToNamedPerson()
    {
        const string text = "Harbour official Pia Lund met the Deputy Minister on Friday. \"Ferries will sail again next week,\" she said.";
        Assert.Contains(SpeakerOf(text, "Ferries will sail again next week,"), a => a.Contains("Pia Lund", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_QuoteEndingInFullStopThenNameAndAppositive_SpeakerIsTheName()
    {
        const string text = "The levee gave way overnight. \"The river has never been this high.\" Mirela Voss, the county's flood officer, told reporters.";
        Assert.Contains(SpeakerOf(text, "The river has never been this high."), a => a.Contains("Mirela Voss", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_QuoteFollowedByNewSentenceWithNews_NotAnAttribution()
    {
        const string text = "\"The river has never been this high.\" Mirela Voss said that 40 homes were lost.";
        Assert.Empty(SpeakerOf(text, "The river has never been this high."));
    }

    [Fact]
    public void Extract_LongAppositiveBetweenNameAndVerb_SpeakerIsTheName()
    {
        const string text = "\"We did not expect the second wave,\" Karel Nemec, the regional minister for roads, bridges and public works, said on Monday.";
        Assert.Contains(SpeakerOf(text, "We did not expect the second wave,"), a => a.Contains("Karel Nemec", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_QuoteAloneAfterReportedSpeechOfNamedPerson_SpeakerIsThatPerson()
    {
        const string text = "Harbour master Anton Weil said the port would reopen on Sunday.\n\n\"We have cleared the main channel and the cranes are working.\"";
        Assert.Contains(SpeakerOf(text, "We have cleared the main channel and the cranes are working."), a => a.Contains("Anton Weil", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PronounAfterAppositiveNamingAnother_ResolvesToTheClauseSubject()
    {
        const string text = "Ines Varga, an aide to Governor Tomas Rek, posted the update on Friday. \"Everyone in the shelter is safe,\" she wrote.";
        Assert.Contains(SpeakerOf(text, "Everyone in the shelter is safe,"), a => a.Contains("Ines Varga", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SheAfterAManMarkedMr_SkipsHimForTheWomanNamedBefore()
    {
        const string text = "Anna Hale toured the flooded school with Mr Olav Brandt. \"The children lost everything,\" she said.";
        Assert.Contains(SpeakerOf(text, "The children lost everything,"), a => a.Contains("Anna Hale", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SaidByMrWithFullStop_SpeakerIsThePerson()
    {
        const string text = "Harbour prosecutor Emil Darros spoke on Friday. \"The driver was unknown to the police,\" Mr. Darros said. \"He had no record.\"";
        Assert.Contains(SpeakerOf(text, "The driver was unknown to the police,"), a => a.Contains("Emil Darros", StringComparison.Ordinal));
        Assert.Contains(SpeakerOf(text, "He had no record."), a => a.Contains("Emil Darros", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SaidByAbbreviatedRankAndName_SpeakerIsThePersonNotTheService()
    {
        const string text = "\"They pulled out a wall of people,\" said Navy Capt. Marco Bellini of the rescue divers.";
        Assert.Contains(SpeakerOf(text, "They pulled out a wall of people,"), a => a.Contains("Marco Bellini", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SaidTheTitleCommaName_SpeakerIsTheNamedPerson()
    {
        const string text = "\"It is a terrible loss,\" said the island's mayor, Rosa Ferrante.";
        Assert.Contains(SpeakerOf(text, "It is a terrible loss,"), a => a.Contains("Rosa Ferrante", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_EmployerThenTitleThenName_SpeakerIsThePerson()
    {
        const string text = "\"It was a terrible day for all of us,\" Karadag Holding chairman Selim Orhan told reporters at the site.";
        Assert.Contains(SpeakerOf(text, "It was a terrible day for all of us,"), a => a.Contains("Selim Orhan", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ColonAfterSentenceWithNamedSubject_SpeakerIsTheSubject()
    {
        const string text = "Finnish climber Aku Virtanen issued an urgent plea for a helicopter: \"Many dead. More to die if no help.\"";
        Assert.Contains(SpeakerOf(text, "Many dead. More to die if no help."), a => a.Contains("Aku Virtanen", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ColonAfterSentenceWithoutNamedSubject_NoSpeaker()
    {
        const string text = "Anna Berg stood near the door. The banner on the wall read: \"Never again in our town.\"";
        Assert.Empty(SpeakerOf(text, "Never again in our town."));
    }

    [Fact]
    public void Extract_HeAfterSubjectOpenedByBut_ResolvesToThatSubject()
    {
        const string text = "\"We hope to find them,\" police spokesman Luc Ferrand said on Sunday.\n\nThe shafts are being cleared, but Omer Kaya pointed out that the gas can kill within minutes. \"We should not expect anyone alive,\" he said.";
        Assert.Contains(SpeakerOf(text, "We should not expect anyone alive,"), a => a.Contains("Omer Kaya", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_HeAfterSubjectWithIrregularVerb_ResolvesToThatSubject()
    {
        const string text = "\"We hope to find them,\" police spokesman Luc Ferrand said on Sunday.\n\nJean-Luc Martel went to the school in the hope of finding his brother. \"I haven't heard from him since the fire,\" he said.";
        Assert.Contains(SpeakerOf(text, "I haven't heard from him since the fire,"), a => a.Contains("Jean-Luc Martel", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TheTitleNotNamedInThisArticle_OnlyPersonWithThatTitleInThePile()
    {
        const string first = "Regional prosecutor Bruno Castell opened an inquiry on Monday.";
        const string second = "\"It is a legitimate question to ask,\" the prosecutor said.";
        var m1 = new MentionFinder().Find("a", first);
        var m2 = new MentionFinder().Find("b", second);
        var (entities, ids) = new EntityResolver().Resolve([.. m1, .. m2]);
        var roles = entities.ToDictionary(e => e.Id, e => (IReadOnlyList<string>)[e.Canonical, .. e.Roles ?? []]);
        var q = Assert.Single(QuoteExtractor.Extract("b", second, [], roles));
        var speaker = Assert.Single(entities, e => e.Id == q.Speaker);
        Assert.Contains("Bruno Castell", speaker.Aliases);
    }

    [Fact]
    public void Extract_TheTitleHeldByTwoPeopleInThePile_NoGuess()
    {
        const string first = "Regional prosecutor Bruno Castell and federal prosecutor Ada Moretti opened an inquiry.";
        const string second = "\"It is a legitimate question to ask,\" the prosecutor said.";
        var m1 = new MentionFinder().Find("a", first);
        var m2 = new MentionFinder().Find("b", second);
        var (entities, _) = new EntityResolver().Resolve([.. m1, .. m2]);
        var roles = entities.ToDictionary(e => e.Id, e => (IReadOnlyList<string>)[e.Canonical, .. e.Roles ?? []]);
        var q = Assert.Single(QuoteExtractor.Extract("b", second, [], roles));
        Assert.Null(q.Speaker);
    }

    [Fact]
    public void Extract_AdverbBetweenDescriptiveSubjectAndVerb_SpeakerIsTheBody()
    {
        const string text = "The Harbour Military Council took power in April. The military had recently warned of \"grave danger\" to the camps.";
        Assert.Contains(SpeakerOf(text, "grave danger"), a => a.Contains("Harbour Military Council", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TheCompanySaidAfterANamedFirm_SpeakerIsTheFirm()
    {
        const string text = "Karadag Mining Corporation, the mine's owner, confirmed deaths on Tuesday. \"Our priority is to reach the workers,\" the company said in a statement.";
        Assert.Contains(SpeakerOf(text, "Our priority is to reach the workers,"), a => a.Contains("Karadag Mining Corporation", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SaidTheMinistryInAStatement_SpeakerIsTheMinistry()
    {
        const string text = "The Ministry of Harbours closed the port on Monday. \"Ships will wait offshore until the storm passes,\" said the ministry in a statement.";
        Assert.Contains(SpeakerOf(text, "Ships will wait offshore until the storm passes,"), a => a.Contains("Ministry of Harbours", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SheAfterNameInAppositionToTheSubject_ResolvesToThatName()
    {
        const string text = "Pope Clement, who visited the island in July, sent condolences. The island's mayor, Giulia Renzi, said the dead were laid out on the quay. \"It is like a cemetery,\" she said.";
        Assert.Contains(SpeakerOf(text, "It is like a cemetery,"), a => a.Contains("Giulia Renzi", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SecondOfTwoJoinedVerbs_SpeakerIsTheFirstVerbsSubject()
    {
        const string text = "Giulia Renzi spoke at the port on Friday. She said two children were among the dead and called it \"an immense tragedy\".";
        Assert.Contains(SpeakerOf(text, "an immense tragedy"), a => a.Contains("Giulia Renzi", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_QuotedPersonAsSaying_SpeakerIsThePersonQuoted()
    {
        const string text = "Kessaro Radio quoted survivor Mara Olsen as saying \"everyone is still under the rubble\" on Friday.";
        Assert.Contains(SpeakerOf(text, "everyone is still under the rubble"), a => a.Contains("Mara Olsen", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_HeAfterTitleWithEmployerInLowerCase_ResolvesToThatPerson()
    {
        const string text = "\"Our priority is the families,\" Anders Holm told reporters. Foreign ministry spokesman Erik Lund said the work was hard. \"We still lack certainty about ten people,\" he told reporters.";
        Assert.Contains(SpeakerOf(text, "We still lack certainty about ten people,"), a => a.Contains("Erik Lund", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_VerbAfterAClauseFragment_NoFragmentAsSpeaker()
    {
        const string text = "The smuggler, along with two drivers, is alleged to have run the camp, which prosecutor Ivo Marchetti compared to \"a prison yard\".";
        var q = Assert.Single(Extract(text), x => x.Text == "a prison yard");
        Assert.True(q.SpeakerText is null || char.IsUpper(q.SpeakerText[0]) || q.SpeakerText.StartsWith("the ", StringComparison.Ordinal), q.SpeakerText);
    }

    [Fact]
    public void Extract_AcronymInBracketsBetweenAppositiveAndVerb_SpeakerIsTheName()
    {
        const string text = "Ilse Brandt, director of the Harbour Relief Fund (HRF), said the \"cruel\" raid marked \"a dark day for the coast\".";
        Assert.Contains(SpeakerOf(text, "a dark day for the coast"), a => a.Contains("Ilse Brandt", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SubjectNameWithAndInside_SpeakerIsTheWholeName()
    {
        const string text = "The Union of Farmers and Fishers called for \"a full strike\" on Monday.";
        var q = Assert.Single(Extract(text), x => x.Text == "a full strike");
        Assert.Equal("The Union of Farmers and Fishers", q.SpeakerText);
    }

    [Fact]
    public void Extract_QuoteWovenIntoTheNextSentence_ContinuesThePreviousSpeaker()
    {
        const string text = "\"We lifted them one by one,\" said diver Paola Ferri. The bodies \"were tangled together, it is hard to describe.\"";
        Assert.Contains(SpeakerOf(text, "were tangled together, it is hard to describe."), a => a.Contains("Paola Ferri", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_QuoteWovenIntoASentenceNamingSomeoneElse_NotContinued()
    {
        const string text = "\"We lifted them one by one,\" said diver Paola Ferri. Mayor Jonas Ekberg later called it \"a dark day\".";
        Assert.DoesNotContain(SpeakerOf(text, "a dark day"), a => a.Contains("Paola Ferri", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ItAfterSentenceOpenedByTheBody_SpeakerIsThatBody()
    {
        const string text = "The Ministry of Harbours closed the port. Karadag Mining Corporation confirmed the deaths. The ministry says it has opened an inquiry. \"We are focused on the rescue,\" it said.";
        Assert.Contains(SpeakerOf(text, "We are focused on the rescue,"), a => a.Contains("Ministry of Harbours", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ItAfterAnotherBodyAsObject_SpeakerIsTheSubjectBody()
    {
        const string text = "Karadag Mining Corporation confirmed the deaths. A union leader told Kessaro Radio the pit was unsafe. \"We followed every rule,\" it said.";
        Assert.Contains(SpeakerOf(text, "We followed every rule,"), a => a.Contains("Karadag Mining Corporation", StringComparison.Ordinal));
    }

    [Theory]
    // "…," an agency quoted X as saying: X speaks, not the agency
    [InlineData("The cellar was never cleared. \"Everyone is still down there, nobody came to dig,\" Kessaro Radio quoted survivor Mara Olsen as saying.",
        "Everyone is still down there, nobody came to dig,", "Mara Olsen")]
    // hard-wrapped text: a line break inside the sentence does not cut the subject off
    [InlineData("Relief work went on.\n\nHealth ministry official Tarek Mansour told the state news agency\nthat the toll \"did not exceed 46\".\n\nShops reopened.",
        "did not exceed 46", "Tarek Mansour")]
    // a quotation that opens with a reporting verb: the subject before it speaks ("the president" → the person with that title)
    [InlineData("President Halvard Brenne visited the port on Saturday. The president also \"urged the authorities to learn from these bitter lessons\" in a speech.",
        "urged the authorities to learn from these bitter lessons", "Halvard Brenne")]
    // two joined verbs after an appositive, the first not a reporting verb: the person opening the sentence
    [InlineData("Omar Haddad, head of the farmers' council, attended the funeral and condemned the raid as a \"crime against the children of the valley\".",
        "crime against the children of the valley", "Omar Haddad")]
    public void Extract_SpeakerPhrasingsOfRoundS11_SpeakerIsTheNamedPerson(string text, string quote, string speaker)
    {
        Assert.Contains(SpeakerOf(text, quote), a => a.Contains(speaker, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_NameThenRelativeClauseAfterTheQuote_SpeakerIsTheName()
    {
        const string text = "Premier Lotte Vangsgaard declared an emergency in the capital. " +
            "\"I was asleep and ran out in my pyjamas,\" Kanya, who lives in the old northern town of the province, told a news agency.";
        var q = Assert.Single(Extract(text), x => x.Text.StartsWith("I was asleep", StringComparison.Ordinal));
        Assert.Equal("Kanya", q.SpeakerText);
        Assert.DoesNotContain(SpeakerOf(text, "I was asleep and ran out in my pyjamas,"), a => a.Contains("Vangsgaard", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_LongDescriptionWithoutNameAfterTheQuote_NoNameInvented()
    {
        const string text = "\"The roof came down in seconds,\" The official account of the regional assembly, which posts several times a day, said.";
        var q = Assert.Single(Extract(text), x => x.Text.StartsWith("The roof", StringComparison.Ordinal));
        Assert.NotEqual("The official account of the regional assembly", q.SpeakerText);
    }

    [Fact]
    public void Extract_HeAfterAQuotationNamingAnotherMan_ResolvesToTheSpeakerNotThePersonQuotedAbout()
    {
        const string text = "Chief Secretary Paul Okafor spoke to reporters on Sunday. " +
            "\"Inspector Daniel Reyes checked every body twice and found that some were counted two times,\" he said. " +
            "\"Twelve remain in hospital,\" he added.";
        Assert.Contains(SpeakerOf(text, "Twelve remain in hospital,"), a => a.Contains("Paul Okafor", StringComparison.Ordinal));
        Assert.Contains(SpeakerOf(text, "Inspector Daniel Reyes checked every body twice and found that some were counted two times,"),
            a => a.Contains("Paul Okafor", StringComparison.Ordinal));
    }

    // What the pipeline hands the extractor for an entity: its roles, its canonical name and its longer spellings.
    // Two people of one surname, the second named just before a quote closed by the bare surname: Western (surname last) and
    // Chinese (surname first) order.
    private const string OkaforText = "Mara Okafor, a nurse at the district hospital, said the wards were full by noon.\n\n" +
        "Daniel Okafor, an official with the county health office, said the clinics had run out of saline.\n\n" +
        "\u201cWe are asking the capital for two more trucks of supplies before the weekend,\u201d Okafor said.";

    private const string ZhaoText = "Zhao Meilin, whose brother worked at the depot, waited outside the hospital.\n\n" +
        "Zhao Guoqiang, a spokesman for the district government, said rescuers had reached the last warehouse.\n\n" +
        "\u201cThe search will go on until every worker is found,\u201d Zhao said.";

    [Theory]
    [InlineData(OkaforText, "We are asking", "Daniel")]
    [InlineData(ZhaoText, "The search", "Guoqiang")]
    public void Extract_BareSurnameAfterTwoPeopleOfThatSurname_TheOneNamedLastBeforeTheQuote(string text, string quote, string given)
    {
        // Given a story naming two people who share a surname
        // When
        var (entities, quotes) = Analyze(text);

        // Then the speaker is the person named last with that surname, not the first one
        var q = Assert.Single(quotes, x => x.Text.StartsWith(quote, StringComparison.Ordinal));
        Assert.NotNull(q.Speaker);
        Assert.Contains(entities.Single(e => e.Id == q.Speaker).Aliases, a => a.Contains(given, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_DefiniteDescriptionAfterIndefiniteOne_SpeakerTextIsTheFullDescription()
    {
        // Given an unnamed witness introduced as "a 15-year-old Somali boy" and quoted later as "the boy"
        const string text = "\u201cThe smugglers took our phones and our money,\u201d a 15-year-old Somali boy told aid workers at the port.\n\n" +
            "Volunteers handed out blankets and water to the survivors on the quay.\n\n" +
            "\u201cThey beat anyone who asked for food,\u201d the boy said.";

        // When
        var quotes = Extract(text);

        // Then the later quote's speaker text is the description that introduced him
        var q = Assert.Single(quotes, x => x.Text.StartsWith("They beat", StringComparison.Ordinal));
        Assert.Equal("15-year-old Somali boy", q.SpeakerText);
    }

    [Fact]
    public void Extract_DefiniteDescriptionWithoutIntroduction_KeptAsWritten()
    {
        // Given "the girl" with no earlier indefinite description of a girl
        const string text = "Relatives waited outside the morgue all night.\n\n\u201cNobody told us anything,\u201d the girl said.";

        // When
        var quotes = Extract(text);

        // Then the speaker text stays as written
        var q = Assert.Single(quotes, x => x.Text.StartsWith("Nobody told", StringComparison.Ordinal));
        Assert.Equal("the girl", q.SpeakerText);
    }

    [Fact]
    public void Extract_QuoteAfterUnnamedSpeakersQuote_ContinuesTheDescription()
    {
        // Given a quote standing as the next sentence after one attributed to an unnamed deckhand
        const string text = "\u201cThe deck tipped all at once,\u201d one deckhand told a radio station. \u201cWe could not reach the boats.\u201d";

        // When
        var quotes = Extract(text);

        // Then the second quote keeps the same description as its speaker
        var q = Assert.Single(quotes, x => x.Text.StartsWith("We could not", StringComparison.Ordinal));
        Assert.Equal("one deckhand", q.SpeakerText);
        Assert.Null(q.Speaker);
    }

    [Fact]
    public void Extract_LongIndefiniteDescriptionAfterQuote_IsTheSpeakerNotThePreviousOne()
    {
        // Given a named speaker, then a quote closed by a long description of an unnamed man
        const string text = "\u201cThe roof held,\u201d Mayor Ilse Brandt said.\n\n" +
            "\u201cI pulled out four people,\u201d a man in his 30s who runs a bakery near the old bridge told reporters.";

        // When
        var quotes = Extract(text);

        // Then the second quote is the man's, described, not the mayor's
        var q = Assert.Single(quotes, x => x.Text.StartsWith("I pulled out", StringComparison.Ordinal));
        Assert.Null(q.Speaker);
        Assert.StartsWith("a man in his 30s", q.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_LongIndefiniteSubjectBeforeQuote_KeptAsDescriptionWithoutEntity()
    {
        // Given a lead-in whose subject is a long description naming a kitchen and a street
        const string text = "A volunteer from the Red Lantern kitchen on Harbour Street in Velmar described the night: \u201cPeople were sleeping in their cars.\u201d";

        // When
        var quotes = Extract(text);

        // Then the description is the speaker text and no place or organisation inside it is the speaker
        var q = Assert.Single(quotes);
        Assert.Null(q.Speaker);
        Assert.StartsWith("A volunteer from the Red Lantern kitchen", q.SpeakerText, StringComparison.Ordinal);
    }

    // Round s13 and s14 phrasings whose speaker is a named person (or the organisation named before): (text, quote, name).
    public static TheoryData<string, string, string> NamedSpeakerPhrasings() => new()
    {
        // an unattributed woven quote, then a paragraph quoting the same woman with "she told": both quotes are hers
        { "Petra Lindqvist, 41, was cooking dinner when \"the whole kitchen wall came down.\"\n\n\"I grabbed my son and ran,\" she told reporters.",
            "the whole kitchen wall came down.", "Petra Lindqvist" },
        { "Petra Lindqvist, 41, was cooking dinner when \"the whole kitchen wall came down.\"\n\n\"I grabbed my son and ran,\" she told reporters.",
            "I grabbed my son and ran,", "Petra Lindqvist" },
        // an age between commas before the verb stands for the person named before it
        { "Tomasz Wrona, 52, told a local paper that the water was \"higher than anyone here remembers\".", "higher than anyone here remembers", "Tomasz Wrona" },
        // a quote without its closing comma, and an attribution that gives the hour (no figure of news)
        { "The pumps failed overnight. \u201cThe pumps are running again\u201d Deputy Mayor Ilka Varga said at 9:15 p.m.", "The pumps are running again", "Ilka Varga" },
        // "the statement said" speaks for the body that issued it
        { "The Foreign Office issued new advice on Monday urging citizens to leave the country.\n\n\"Embassy staff will be reduced to a minimum,\" the statement said.",
            "Embassy staff will be reduced to a minimum,", "Foreign Office" },
        // a sentence that opens with a quote, carries on, and ends in ", Name told X"
        { "Questions remain about the barrier. \u201cWe will leave that to the inquiry\u201d and to nobody else, Olle Strand told a local radio station.",
            "We will leave that to the inquiry", "Olle Strand" },
        // round s14: the speaker of an inverted attribution ("…," said X) is the antecedent of the next "she", not an earlier subject
        { "Harbour official Ines Kalla confirmed the closure. \"The water came in minutes,\" said Rosa Tamm, a teacher. \"We lost everything,\" she added.",
            "We lost everything,", "Rosa Tamm" },
        // a role given next to the name, taken up later by the description alone
        { "The ferry line's chief executive, Omar Vell, flew to the island. \"Our thoughts are with the families,\" the chief executive told reporters.",
            "Our thoughts are with the families,", "Omar Vell" },
        // "the airline" is the airline named before, not the last place or body named
        { "Norrvik Airways cancelled every flight from Tessby on Sunday after a fire near the runway. The Civil Aviation Office opened an inquiry. \"Safety comes first,\" the airline said.",
            "Safety comes first,", "Norrvik Airways" },
    };

    [Theory]
    [MemberData(nameof(NamedSpeakerPhrasings))]
    public void Extract_RoundS13Phrasing_SpeakerIsTheNamedOne(string text, string quote, string name)
    {
        Assert.Contains(SpeakerOf(text, quote), a => a.Contains(name, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_UnattributedQuoteAfterNarration_NotGivenTheNextSpeaker()
    {
        // Given narration between an unattributed quote and the next attributed one
        const string text = "\"Nobody came for hours.\" Crews reached the village on Tuesday.\n\n\"We are doing what we can,\" Colonel Ivo Marek said.";

        // Then the first quote stays unattributed
        Assert.Empty(SpeakerOf(text, "Nobody came for hours."));
    }

    [Fact]
    public void Extract_PronounAfterUnnamedSpeaker_NotResolvedToAPlaceAfterAt()
    {
        // Given a place after "at" that the entities pass may keep as a person, and no person named
        const string text = "Speaking at Harlow Mead, a port official put the number of injured at 40. \"The ramp was shut,\" he said.";

        // Then "he" is not the place
        Assert.DoesNotContain(SpeakerOf(text, "The ramp was shut,"), a => a.Contains("Harlow Mead", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PronounAfterUnnamedDescription_SpeakerIsTheDescription()
    {
        // Given: a named person, then a sentence whose subject is an unnamed person described, then "he said"
        const string text = "A district health official said the clinic had run out of beds. Later, Mayor Tomas Reuel visited the ward. "
            + "A senior nurse at the clinic said staff were exhausted. \u201cWe have not slept in three days,\u201d he said.";

        // When
        var q = Assert.Single(Extract(text), x => x.Text == "We have not slept in three days,");

        // Then
        Assert.Null(q.Speaker);
        Assert.Equal("A senior nurse", q.SpeakerText);
    }

    [Fact]
    public void Extract_PronounAfterDescriptionWithLongAside_SpeakerIsTheDescription()
    {
        // Given: a named person, then an unnamed person described with a long relative clause before the speech verb, then "she said"
        const string text = "Governor Hale Marden toured the shelter on Monday. "
            + "A nurse who had spent eleven years on the maternity ward of the Orvel district hospital and had not gone home since the storm told reporters the wards were full. "
            + "\u201cWe are sleeping in shifts,\u201d she said.";

        // When
        var q = Assert.Single(Extract(text), x => x.Text == "We are sleeping in shifts,");

        // Then the speaker is the described nurse, found though her verb comes long after the description's head
        Assert.Null(q.Speaker);
        Assert.Equal("A nurse", q.SpeakerText);
    }

    [Theory]
    [InlineData("A man was detained near the depot.")]
    [InlineData("A young woman was hurt by falling glass.")]
    // a victim described, then another subject (plural noun, name) right before the verb of speech
    [InlineData("A fisherman was lifted from the flooded cellar of a bakery in Vessholm late on Sunday, divers told local radio.")]
    [InlineData("A girl was found under a fallen wall, Captain Irma Sollen said.")]
    public void Extract_PronounAfterDescribedVictimOrSuspect_StaysWithNamedSpeaker(string middle)
    {
        // Given: a named speaker, then a sentence describing a person who does not speak (a suspect, a victim), then "he said"
        var text = "Harbour police spokesman Oren Talby said the quay was sealed. " + middle
            + " \u201cWe are still gathering statements,\u201d he said.";

        // When
        var q = Assert.Single(Extract(text), x => x.Text == "We are still gathering statements,");

        // Then the pronoun is not the described person
        Assert.False(q.SpeakerText is { } t && t.StartsWith("A ", StringComparison.Ordinal), q.SpeakerText);
    }

    [Fact]
    public void Extract_InvertedAttributionWithTold_ListenerIsNoSpeaker()
    {
        // Given: the sentence ends in ", <name>, <description>, told <outlet>."
        const string text = "\u201cWe lost the whole harvest\u201d in two days, Ilse Marrow, a farmer, told Radio Vella.";

        // When
        var q = Assert.Single(Extract(text), x => x.Text == "We lost the whole harvest");

        // Then the outlet told is not the speaker
        Assert.DoesNotContain("Radio Vella", q.SpeakerText ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(SpeakerOf(text, "We lost the whole harvest"), a => a.Contains("Radio Vella", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PronounAfterDescriptionOfOtherGender_StaysWithNamedPerson()
    {
        // Given: the description is of a woman, the pronoun is "he"
        const string text = "Fire chief Tomas Berger reached the site at dawn. A woman who lives nearby said the smoke was thick. "
            + "\u201cThe roof came down in minutes,\u201d he said.";

        // When
        var speaker = SpeakerOf(text, "The roof came down in minutes,");

        // Then
        Assert.Contains(speaker, a => a.Contains("Tomas Berger", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_InvertedAttributionAfterLastComma_SpeakerAfterTheVerb()
    {
        // Given: the quote sits inside the sentence, which ends in ", said <title> <name>"
        const string text = "Through the night, \u201cwe kept digging with our hands\u201d until the army came, said Minister Ilse Marrow.";

        // When
        var speaker = SpeakerOf(text, "we kept digging with our hands");

        // Then
        Assert.Contains(speaker, a => a.Contains("Ilse Marrow", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ItAfterCompanyWithLegalFormSuffix_SpeakerIsTheCompany()
    {
        // Given: the operator's name ends in a legal form ("S.A."), a regulator is named after it
        const string text = "The ferry is run by Marvela Transportes S.A., a private firm. The regulator, Norland Maritime Board, said it would inspect the vessel. "
            + "The company says it has begun an inquiry. \u201cOur first duty is to the families,\u201d it said.";

        // When
        var speaker = SpeakerOf(text, "Our first duty is to the families,");

        // Then
        Assert.Contains(speaker, a => a.Contains("Marvela Transportes", StringComparison.Ordinal));
    }

    private static IReadOnlyList<string> Names(Entity e)
        => [.. e.Roles ?? [], e.Canonical, .. e.Aliases.Where(a => a.Length > e.Canonical.Length)];

    [Fact]
    public void Extract_PronounAfterNameDescribedByLowerCaseNoun_ResolvesToThatPerson()
    {
        // Given: an earlier subject, then a person introduced by lower-case words describing them ("veteran boatman")
        const string text = "Deputy Governor Lucia Ferrante opened the new clinic on Monday. Veteran boatman Piet Hendriks, 61, watched the storm from the pier. "
            + "He said: \"The waves were higher than the lighthouse.\"";

        // When / Then
        Assert.Contains(SpeakerOf(text, "The waves were higher than the lighthouse."), a => a.Contains("Piet Hendriks", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PronounAfterNameAsObjectOfVerb_NotThatPerson()
    {
        // Given: the second person is the object of a verb, the first one the subject
        const string text = "Harbour chief Jens Aaberg inspected the pier on Monday and thanked local boatman Piet Hendriks for his help. "
            + "He said: \"The waves were higher than the lighthouse.\"";

        // When / Then
        Assert.DoesNotContain(SpeakerOf(text, "The waves were higher than the lighthouse."), a => a.Contains("Piet Hendriks", StringComparison.Ordinal));
    }

    private static IReadOnlyList<Quote> Extract(string text) => Analyze(text).Quotes;

    // The entities and quotes of one text, built the way the entities pass builds them (also used by QuoteSpanTests).
    internal static (IReadOnlyList<Entity> Entities, IReadOnlyList<Quote> Quotes) Analyze(string text)
    {
        var mentions = new MentionFinder().Find("d", text);
        var (entities, ids) = new EntityResolver().Resolve(mentions);
        var speakers = mentions.Select((m, i) => (m, i)).Where(x => ids[x.i] is not null)
            .Select(x => new QuoteExtractor.SpeakerMention(x.m.Start, x.m.End, ids[x.i]!, entities.Single(e => e.Id == ids[x.i]).Type.Code()))
            .OrderBy(s => s.Start).ToList();
        var roles = entities.ToDictionary(e => e.Id, e => Names(e));
        return (entities, QuoteExtractor.Extract("d", text, speakers, roles));
    }

    // The spellings of the entity found as the quote's speaker (empty when none).
    private static IReadOnlyList<string> SpeakerOf(string text, string quote)
    {
        var (entities, quotes) = Analyze(text);
        var q = Assert.Single(quotes, x => x.Text == quote);
        return q.Speaker is { } id ? [.. entities.Single(e => e.Id == id).Aliases] : [];
    }
}
