using Triangulate.Extraction.Numbers;

namespace Triangulate.Extraction.Figures;

/// <summary>Finds the figures stated in one document: each count with its measure, qualifier, counted group,
/// source, time and place scope (rules: docs/figures.md).</summary>
/// <remarks>Stateless and thread-safe: build once, call for every document. Offsets index <see cref="DossierDocument.Text"/>.
/// Bad input never throws: a document the rules cannot read yields no claims.</remarks>
#pragma warning disable CA1822 // an instance role (one extractor per run), even though today's rules need no state
public sealed partial class FigureExtractor
{
    private const int ForwardWindow = 16;
    private const int BackwardWindow = 30;

    /// <summary>Extracts the claims of <paramref name="document"/>, numbered <c>c-{doc[..8]}-001</c>, … in text order.</summary>
    public IReadOnlyList<FigureClaim> Extract(DossierDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Extract(document.Id, document.Text, cancellationToken);
    }

    /// <summary>Extracts the claims of a text with the given document id.</summary>
    public IReadOnlyList<FigureClaim> Extract(string documentId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return ExtractCore(documentId, text, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or InvalidOperationException or NullReferenceException)
        {
            return [];
        }
    }

    internal static List<FigureClaim> ExtractCore(string docId, string text, CancellationToken ct)
    {
        var claims = new List<FigureClaim>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var prefix = docId.Length >= 8 ? docId[..8] : docId;
        var previous = new List<int>(); // indexes into claims of the previous sentence
        string? lastSource = null;
        string? leadIn = null; // "The UN's latest report says:": the source of the figures listed under it, to the paragraph's end
        var lastEnd = 0;
        var wholes = new List<(int Part, int WholeTok)>();
        string?[]? header = null; // the measures of a table's columns, from its header row, while the table lasts
        string? tableSource = null; // the source of the totals a headerless table's columns were read from
        var quoteOpen = false; // inside a quotation that a later sentence of the paragraph closes
        var pendingQuote = new List<int>(); // unattributed claims inside that quotation
        var named = new List<string>(); // the sources named so far, for "the governor" → the one named with that title
        string? announcer = null; // the source of a sentence that announced figures without stating one, for the next sentence's figures
        var previousIsLast = false; // whether the previous sentence stated figures
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            ct.ThrowIfCancellationRequested();
            var paragraph = ParagraphBreak(text, lastEnd, sentence.Start);
            leadIn = paragraph ? null : leadIn;
            if (paragraph)
            {
                quoteOpen = false;
                pendingQuote.Clear();
            }
            lastEnd = sentence.End;
            var sentenceText = text[sentence.Start..sentence.End];
            var openAtStart = quoteOpen;
            var (openAtEnd, closeAt) = QuoteState(text, sentence.Start, sentence.End, quoteOpen);
            quoteOpen = openAtEnd;
            if (!seen.Add(Normalize(sentenceText)))
            {
                continue; // a repeated line (caption, duplicated block) states its figures once
            }
            var tokens = Tokenizer.Tokenize(text, sentence.Start, sentence.End);
            var mentions = NumberRecognizer.Recognize(text, tokens);
            KeepAcronyms(tokens, text);
            var current = new List<int>();
            var counts = CountsOf(tokens, mentions);
            var singles = AddSingles(text, tokens, counts);
            header = TableHeader(text, sentence.Start, sentence.End, tokens, header);
            if (header is null && counts.Count > 0 && TableRow(text, sentence.Start, sentence.End))
            {
                (header, tableSource) = HeaderFromTotalRow(text, sentence.Start, claims);
            }
            tableSource = header is null ? null : tableSource;
            var columns = header is not null && TableRow(text, sentence.Start, sentence.End) && counts.Count > 0 ? header : null;
            var backgroundCue = RecurringPeriodCue(tokens);
            var years = StatedYears(tokens, mentions);
            // Inside a quotation a reporting verb is the speaker's, not the article's: the source is the clause that closes it.
            var sentenceSource = openAtStart ? (closeAt >= 0 ? SourceAfterQuote(tokens, text, closeAt) : null) : FirstSource(tokens, text);
            var headline = HeadlineSource(text, sentence.Start, sentence.End) ?? HeadlineLeadSource(text, sentence.Start, sentence.End);
            AttributeToNextSentence(tokens, text, claims, previous);
            var announced = AnnouncedFigures(tokens, text);
            if (announced is not null && !IsPronoun(announced) && previousIsLast)
            {
                AttributeAnnounced(claims, previous, NamedSource(announced, named, text, sentence.Start)); // "… 40 miners. Officials released the figures on Monday evening."
            }
            var claimOfCount = new int[counts.Count];
            Array.Fill(claimOfCount, -1);
            for (var k = 0; k < counts.Count; k++)
            {
                var (m, t0, t1) = counts[k];
                var reading = singles is not null && singles.TryGetValue(t0, out var one) && tokens[t0].Lower is "a" or "an" or "one" or "another"
                    ? SingleReading(text, tokens, t0, one)
                    : columns is not null ? TableCell(tokens, counts[k], columns) : Read(text, tokens, counts, k, claimOfCount, claims, current, previous);
                if (reading is null)
                {
                    continue;
                }
                var r = reading.Value;
                var (source, sourceReason) = SourceOfReading(tokens, text, r, t0, t1, lastSource, claims, sentenceSource);
                if (source is null && r.SourceFrom >= 0 && claims[r.SourceFrom].AttributedTo is { } shared)
                {
                    (source, sourceReason) = (shared, "attribution of the figure it breaks down");
                }
                if (source is null && columns is not null && tableSource is not null)
                {
                    (source, sourceReason) = (tableSource, "attribution of the totals the table's columns were read from");
                }
                if (source is null && leadIn is not null)
                {
                    (source, sourceReason) = (leadIn, "attribution from the paragraph's lead-in");
                }
                if (source is null && headline is not null)
                {
                    source = headline; // "40 dead in warehouse fire: police": the headline's own source
                }
                if (source is null && columns is not null && lastSource is not null)
                {
                    (source, sourceReason) = (lastSource, "attribution of the last source named before the table");
                }
                source = source is null || NamesNoSource(source) || DescribesEvent(tokens, t0) ? null : NamedSource(source, named, text, sentence.Start);
                var time = TimeScopeOf(tokens, text, r.SpanStartTok, t1);
                var dayOnly = time is not null && NamesOneDay(time.Text);
                var place = r.PlaceStartTok >= 0
                    ? new PlaceScope(text[tokens[r.PlaceStartTok].Start..tokens[r.PlaceEndTok - 1].End], tokens[r.PlaceStartTok].Start, tokens[r.PlaceEndTok - 1].End)
                    : PlaceScopeOf(tokens, text, r.NpEnd);
                var spanStart = tokens[r.SpanStartTok].Start;
                var spanEnd = tokens[Math.Max(r.SpanStartTok, r.SpanEndTok - 1)].End;
                var (confidence, reason) = ConfidenceOf(m, r, sourceReason);
                foreach (var measure in r.Measures)
                {
                    var id = $"c-{prefix}-{claims.Count + 1:000}";
                    var claim = new FigureClaim(id, docId, spanStart, spanEnd, text[spanStart..spanEnd], measure, m.Kind == NumberKind.Cardinal ? m.Count : null, r.Qualifier)
                    {
                        Low = m.Kind == NumberKind.Cardinal ? m.Count : m.LowCount,
                        High = m.Kind == NumberKind.Cardinal ? (r.Qualifier is Qualifier.Exact ? m.Count : r.Qualifier is Qualifier.AtMost or Qualifier.UpTo or Qualifier.LessThan ? m.Count : null) : m.HighCount,
                        Who = measure == Measures.Incidents ? null : r.Who,
                        AttributedTo = source,
                        TimeScope = dayOnly ? null : time,
                        DayStated = dayOnly ? time : null,
                        PlaceScope = place,
                        Cumulative = r.Cumulative && !r.Increment,
                        Increment = r.Increment,
                        PartOf = r.PartOfClaim is { } pc ? claims[pc].Id : null,
                        SentenceStart = sentence.Start,
                        SentenceEnd = sentence.End,
                        Confidence = confidence,
                        ConfidenceReason = reason,
                        EventScope = backgroundCue ? FigureClaim.Background : null,
                        StatedYear = YearOf(tokens, years, r.SpanStartTok, Math.Max(t1, r.NpEnd)),
                    };
                    if (r.Anaphoric is false && r.SpanStartTok > 0 && tokens[r.SpanStartTok - 1].Lower == "the" && MeasureLexicon.StatusMeasures.Contains(measure)
                        && claims.Exists(c => c.Value == claim.Value && c.Value is not null))
                    {
                        continue; // "the four were charged": a new status of a group already counted, not a new figure
                    }
                    if (measure == MeasureLexicon.Malnourished)
                    {
                        claims.Add(claim); // a count of a condition is no total: no later part, list item or nationality takes it as theirs
                        continue;
                    }
                    claimOfCount[k] = claims.Count;
                    current.Add(claims.Count);
                    if (r.WholeTok >= 0)
                    {
                        wholes.Add((claims.Count, r.WholeTok));
                    }
                    claims.Add(claim);
                }
            }
            LinkWholes(claims, counts, claimOfCount, wholes);
            if (announcer is not null)
            {
                AttributeAnnounced(claims, current, announcer); // "The ministry gave new figures on Monday. At least 120 people were killed …"
            }
            announcer = announced is not null && !IsPronoun(announced) ? NamedSource(announced, named, text, sentence.Start) : null;
            previousIsLast = current.Count > 0;
            QuoteSources(tokens, text, claims, current, pendingQuote, (openAtStart, openAtEnd, closeAt), lastSource, named);
            if (sentenceSource is not null && !IsPronoun(sentenceSource) && !IsAnaphoricSource(sentenceSource) && !PossessiveDocument(sentenceSource))
            {
                sentenceSource = NamedSource(sentenceSource, named, text, sentence.Start);
                named.Add(sentenceSource);
                lastSource = sentenceSource;
                leadIn = current.Count == 0 && sentenceText.TrimEnd().EndsWith(':') ? sentenceSource : leadIn;
            }
            if (current.Count > 0)
            {
                previous = current;
            }
        }
        return claims;
    }

    /// <summary>The counts among a sentence's numbers, with their token bounds.</summary>
    private static List<(NumberMention M, int T0, int T1)> CountsOf(List<Token> tokens, List<NumberMention> mentions)
    {
        var counts = new List<(NumberMention M, int T0, int T1)>();
        foreach (var m in mentions)
        {
            if (m.IsCount && ChangeRange(tokens, m) is { } ends)
            {
                counts.AddRange(CountsOf(tokens, ends));
            }
            else if (m.IsCount)
            {
                var t0 = Tokenizer.FirstAtOrAfter(tokens, m.Start);
                var t1 = Tokenizer.FirstAtOrAfter(tokens, m.End);
                counts.Add((m, t0, t1 < 0 ? tokens.Count : t1));
            }
        }
        return counts;
    }

    /// <summary>A range read as "from 242 to 417" after a change verb ("the toll went up from 242 to 417", "rose from 93 to 115") is an
    /// update, not a range: its two ends, the earlier figure and the new one, are counts of their own.</summary>
    private static List<NumberMention>? ChangeRange(List<Token> tokens, NumberMention m)
    {
        if (m.Kind != NumberKind.Range || m.Parts.Count != 2 || m.Reason is not ("from-to" or NumberRecognizer.ReversedRange))
        {
            return null;
        }
        var t0 = Tokenizer.FirstAtOrAfter(tokens, m.Start);
        if (t0 < 0 || tokens[t0].Lower != "from")
        {
            return null; // a falling count ("dropped from 410 to 265") is read as a reversed range; only "from … to …" is an update
        }
        var before = t0 > 0 ? tokens[t0 - 1].Lower : string.Empty;
        var before2 = t0 > 1 ? tokens[t0 - 2].Lower : string.Empty;
        if (!ChangeVerb(before))
        {
            var j = t0 - 1;
            while (j > 0 && t0 - j <= 3 && (FigureLexicon.Days.Contains(tokens[j].Lower) || tokens[j].Lower is "again" or "overnight" or "today" or "yesterday" or "on" or "sharply" or "further"
                || (tokens[j].Lower.EndsWith("ly", StringComparison.Ordinal) && tokens[j].Lower.Length > 4)))
            {
                j--;
            }
            if (j < t0 - 1 && j >= 0)
            {
                before = tokens[j].Lower;
                before2 = j > 0 ? tokens[j - 1].Lower : string.Empty;
            }
        }
        return ChangeVerb(before) || (before is "up" or "down" && ChangeVerb(before2)) ? [.. m.Parts] : null;
    }

    private static bool ChangeVerb(string w) =>
        w is "rose" or "risen" or "rising" or "rises" or "climbed" or "climbing" or "increased" or "increasing" or "jumped" or "went" or "gone" or "grew"
            or "soared" or "revised" or "raised" or "lowered" or "cut" or "dropped" or "fell" or "fallen" or "decreased" or "changed" or "updated" or "up" or "down";

    /// <summary>"This was reported by X": X is the source of the previous sentence's unattributed figures.</summary>
    private static void AttributeToNextSentence(List<Token> tokens, string text, List<FigureClaim> claims, List<int> previous)
    {
        var figures = tokens.Count > 5 && tokens[0].Lower is "the" or "these" or "those" && tokens[1].Lower is "figures" or "numbers" or "data" or "statistics" or "toll" or "tolls" or "casualties"
            && tokens[2].Lower is "were" or "was" or "are" or "is" && tokens[3].Lower is "released" or "provided" or "given" or "compiled" or "issued" or "published" or "announced" or "confirmed" or "reported" or "supplied" or "collected"
            && tokens[4].Lower == "by";
        if (figures || (tokens.Count > 4 && tokens[0].Lower == "this" && tokens[1].Lower is "was" or "is" && FigureLexicon.AttributionVerbs.Contains(tokens[2].Lower) && tokens[3].Lower == "by"))
        {
            var by = ByAgent(tokens, text, figures ? 4 : 3);
            if (by is not null)
            {
                foreach (var p in previous)
                {
                    if (claims[p].AttributedTo is null)
                    {
                        claims[p] = claims[p] with { AttributedTo = by, ConfidenceReason = "attribution from the next sentence", Confidence = Math.Min(claims[p].Confidence, 0.8) };
                    }
                }
            }
        }
    }

    /// <summary>Who gave a reading's figure: the cue in its sentence; a pronoun resolved to the last named source; a part's total's source.</summary>
    private static (string? Source, string? Reason) SourceOfReading(List<Token> tokens, string text, Reading r, int t0, int t1, string? lastSource, List<FigureClaim> claims,
        string? sentenceSource)
    {
        var (source, sourceReason) = Source(tokens, text, r.SpanStartTok, Math.Max(t1, r.NpEnd));
        if (source is not null && IsPronoun(source))
        {
            source = lastSource;
            sourceReason = source is null ? null : "attribution resolved from a pronoun";
        }
        else if (source is not null && PossessiveDocument(source))
        {
            // "The agency counted 700 deaths, while the toll, according to its latest figures, reached 820": the sentence's own source,
            // else the one named before.
            source = sentenceSource is not null && !IsPronoun(sentenceSource) && !IsAnaphoricSource(sentenceSource) && !PossessiveDocument(sentenceSource)
                && LooksLikeSource(sentenceSource) ? sentenceSource : lastSource;
            sourceReason = source is null ? null : "attribution resolved from a possessive";
        }
        else if (source is not null && IsAnaphoricSource(source))
        {
            source = lastSource; // "According to the same report, …": the source named before
            sourceReason = source is null ? null : "attribution resolved from an earlier sentence";
        }
        if (source is null && r.PartOfClaim is { } po && claims[po].AttributedTo is { } inherited && r.Anaphoric)
        {
            source = inherited;
            sourceReason = "attribution of the total it belongs to";
        }
        if (source is null && RevisingAgent(tokens, text, t0) is { } agent)
        {
            source = agent; // "Forensic experts raised the death toll to 238": who revised the count gave it
        }
        if (source is null && CustodyAgent(tokens, text, t0) is { } holder)
        {
            source = holder; // "Police detained eight people", "The coroner's office has identified seven victims": who holds them counted
        }
        if (source is null && RegisterAgent(tokens, text, t0) is { } keeper)
        {
            source = keeper; // "The directorate registered 37 new deaths": who keeps the register counted
        }
        if (source is null && InvertedSourceAfter(tokens, text, t1) is { } inverted)
        {
            source = inverted; // "… stands at 2,980 the agency said": a wire's inverted report with no comma
        }
        if (source is null && CountOwner(tokens, text, t0) is { } owner)
        {
            source = owner; // "The agency's death toll stood at 40": whose count it is gave it
        }
        return (source, sourceReason);
    }

    /// <summary>A claim's confidence and why it is lowered: an inferred or unknown measure, a vague amount, a reversed range, an indirect source.</summary>
    private static (double Confidence, string? Reason) ConfidenceOf(NumberMention m, Reading r, string? sourceReason)
    {
        var confidence = 0.9;
        string? reason = null;
        if (r.Inferred)
        {
            confidence = 0.7;
            reason = "measure inferred from context";
        }
        if (r.Weak)
        {
            confidence = Math.Min(confidence, 0.6);
            reason = "vague amount";
        }
        if (m.Kind == NumberKind.Range && m.Reason == NumberRecognizer.ReversedRange)
        {
            confidence = Math.Min(confidence, 0.6);
            reason = reason is null ? m.Reason : reason + "; " + m.Reason;
        }
        if (r.Unknown)
        {
            confidence = Math.Min(confidence, 0.4);
            reason = "measure named by a predicate outside the lexicon";
        }
        if (sourceReason is not null)
        {
            confidence = Math.Min(confidence, 0.75);
            reason = reason is null ? sourceReason : reason + "; " + sourceReason;
        }
        return (confidence, reason);
    }

    /// <summary>"58 of the 96 survivors": the part is a component of the whole stated with it.</summary>
    private static void LinkWholes(List<FigureClaim> claims, List<(NumberMention M, int T0, int T1)> counts, int[] claimOfCount, List<(int Part, int WholeTok)> wholes)
    {
        foreach (var (part, wholeTok) in wholes)
        {
            for (var j = 0; j < counts.Count; j++)
            {
                if (counts[j].T0 == wholeTok && claimOfCount[j] >= 0 && claimOfCount[j] != part && claims[part].PartOf is null)
                {
                    claims[part] = claims[part] with { PartOf = claims[claimOfCount[j]].Id };
                }
            }
        }
        wholes.Clear();
    }

    /// <summary>A recurring or past period in the sentence ("every summer", "each year", "last year", "years ago", "annually"): its
    /// figures are background, not the event's.</summary>
    private static bool RecurringPeriodCue(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var a = tokens[i].Lower;
            var b = i + 1 < tokens.Count ? tokens[i + 1].Lower : string.Empty;
            if ((a is "every" or "each" && b is "year" or "summer" or "winter" or "spring" or "autumn" or "season" or "monsoon")
                || (a == "last" && b == "year") || (a == "years" && b == "ago") || a == "annually")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Bare years the sentence is about, with their token index: not horizons ("by 2030") or comparisons ("the worst since 1999").</summary>
    private static List<(int Token, int Year)> StatedYears(List<Token> tokens, List<NumberMention> mentions)
    {
        var years = new List<(int, int)>();
        foreach (var m in mentions)
        {
            if (m.Kind != NumberKind.Year || m.Value is not { } v || v < 1800 || v > 2100)
            {
                continue;
            }
            var t0 = tokens.FindIndex(t => t.Start >= m.Start);
            var before = t0 > 0 ? tokens[t0 - 1].Lower : string.Empty;
            if (t0 >= 0 && before is not ("by" or "until" or "till" or "through" or "since" or "than" or "before"))
            {
                years.Add((t0, (int)v));
            }
        }
        return years;
    }

    /// <summary>The year stated in a figure's clause: within 15 tokens before it or 8 after, with no clause break between.</summary>
    private static int? YearOf(List<Token> tokens, List<(int Token, int Year)> years, int from, int to)
    {
        int? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (at, year) in years)
        {
            var distance = at < from ? from - at : at >= to ? at - to : 0;
            if ((at < from && distance > 15) || (at >= to && distance > 8) || distance >= bestDistance)
            {
                continue;
            }
            if (Crosses(tokens, Math.Min(at, from), Math.Max(at, to)))
            {
                continue;
            }
            best = year;
            bestDistance = distance;
        }
        return best;
    }

    private readonly record struct Reading(List<string> Measures, Qualifier Qualifier, string? Who, int SpanStartTok, int SpanEndTok, int NpEnd,
        bool Cumulative, int? PartOfClaim, bool Inferred, bool Weak, bool Anaphoric, bool Unknown = false)
    {
        /// <summary>A place named by the breakdown itself ("Punjab (167)"), as token bounds; -1 when none.</summary>
        public int PlaceStartTok { get; init; } = -1;

        /// <summary>End of <see cref="PlaceStartTok"/>'s words.</summary>
        public int PlaceEndTok { get; init; } = -1;

        /// <summary>The token of the whole in "58 of the 96 survivors"; -1 when none.</summary>
        public int WholeTok { get; init; } = -1;

        /// <summary>"Three more bodies", "a further 20": an addition to an earlier count.</summary>
        public bool Increment { get; init; }

        /// <summary>The claim whose measure a nationality's count took ("… 29 Nigerians"), whose source it shares when it names none; -1 when none.</summary>
        public int SourceFrom { get; init; } = -1;
    }

    /// <summary>One count being read: its sentence, the number and its qualifier, the noun phrase after it, and what the rules
    /// have found so far (measures, span, links). The rules below fill it in, in order; the first that names a measure mostly wins.</summary>
    private sealed class CountReading
    {
        /// <summary>See <see cref="Reading.SourceFrom"/>.</summary>
        public int SourceFrom { get; set; } = -1;

        public required string Text { get; init; }

        public required List<Token> Tokens { get; init; }

        public required List<(NumberMention M, int T0, int T1)> Counts { get; init; }

        public required int K { get; init; }

        public required int[] ClaimOfCount { get; init; }

        public required List<FigureClaim> Claims { get; init; }

        public required List<int> Current { get; init; }

        public required List<int> Previous { get; init; }

        public NumberMention M => Counts[K].M;

        public int T1 => Counts[K].T1;

        public int N => Tokens.Count;

        public bool Weak { get; init; }

        public Qualifier Qualifier { get; init; }

        /// <summary>The first token of the qualified number ("at least 20").</summary>
        public int QStart { get; init; }

        /// <summary>The token after the qualified number.</summary>
        public int Qe { get; init; }

        /// <summary>Where the noun phrase is read from ("dozens of people": at "people").</summary>
        public int NpAt { get; init; }

        public NounPhrase Np { get; init; }

        public List<string> Measures { get; } = [];

        public int SpanStart { get; set; }

        public int SpanEnd { get; set; }

        public bool Inferred { get; set; }

        public int? PartOf { get; set; }

        public bool Anaphoric { get; set; }

        public bool TollComplement { get; set; }

        /// <summary>The count's noun is "cases" after coordinated modifiers ("suspected and confirmed cases").</summary>
        public bool CasesHead { get; set; }

        /// <summary>The word of the predicate found after the noun phrase ("homeless"), if any.</summary>
        public string? PredicateWord { get; set; }

        /// <summary>A predicate outside the lexicon after a person noun ("… were deployed"), kept as the last resort.</summary>
        public (string Measure, int End)? UnknownPredicate { get; set; }

        /// <summary>The count follows "the bodies of": its people are dead, whatever the phrase calls them.</summary>
        public bool BodiesOf { get; set; }
    }

    private static Reading? Read(string text, List<Token> tokens, List<(NumberMention M, int T0, int T1)> counts, int k, int[] claimOfCount,
        List<FigureClaim> claims, List<int> current, List<int> previous)
    {
        var r = StartReading(text, tokens, counts, k, claimOfCount, claims, current, previous);
        if (r is null)
        {
            return null;
        }
        if (r.M.Kind == NumberKind.Cardinal && ParenthesisedBreakdown(text, tokens, r.QStart, r.T1, claims, current, previous, claimOfCount, k) is { } breakdown)
        {
            return breakdown with { Qualifier = r.Qualifier };
        }
        MeasureOfNounPhrase(r);
        if (r.Measures.Count == 0 && r.M.Kind == NumberKind.Cardinal && r.M.Count == 1 && r.Np.Head >= 0 && tokens[r.Np.Head].Lower == "body"
            && BodyFound(tokens, r.Np.End) is not null)
        {
            r.Measures.Add(Measures.Killed); // "one body had been recovered from the vessel"
        }
        if (r.Measures.Count == 0 && OutbreakHead(tokens, r.Np.Head))
        {
            return null; // "12 cases" that no outbreak word names: a court's or a file's, never a toll taken from the clause
        }
        MeasureOfBodies(r);
        MeasureOfInjuredDischarged(r);
        MeasureOfGoverningVerb(r);
        MeasureOfToll(r);
        MeasureOfLabel(r);
        if (r.Measures.Count == 0 && !r.Weak && r.Np.Head < 0 && ConfirmedPartOfCases(tokens, r.QStart, r.Np.End))
        {
            r.Measures.Add(Cases); // "Of the 52 suspected cases, 19 were confirmed": the confirmed part of an outbreak's cases
            r.CasesHead = true;
        }
        if (!MeasureOfPredicate(r))
        {
            return null;
        }
        if (CopulaPart(r) is { } part)
        {
            return part;
        }
        LinkComponent(r);
        if (!MeasureOfClause(r))
        {
            return null;
        }
        if (r.Measures.Count == 0 && !r.Weak && r.M.Kind == NumberKind.Cardinal && NationalityHead(text, tokens, r.Np) && InheritMeasure(r.Claims, r.Current, r.Previous) is { } nationalMeasure)
        {
            r.Measures.Add(nationalMeasure); // "… were killed. The dead came from 30 countries, including 29 Nigerians and 17 Germans"
            r.Inferred = true;
            r.SourceFrom = r.Current.Count > 0 ? r.Current[^1] : r.Previous[0];
        }
        var unknown = false;
        if (r.Measures.Count == 0 && !r.Weak && r.Np.Head >= 0 && MeasureLexicon.FallbackHeads.TryGetValue(tokens[r.Np.Head].Lower, out var fallback))
        {
            r.Measures.Add(fallback); // "there were 500 passengers"
            r.Inferred = true;
        }
        if (r.Measures.Count == 0 && r.UnknownPredicate is { } up)
        {
            r.Measures.Add(up.Measure);
            unknown = true;
            if (up.End - r.Np.End <= 10)
            {
                r.SpanEnd = up.End;
            }
        }
        return r.Measures.Count == 0 ? null : FinishReading(r, unknown);
    }

    /// <summary>The number, its qualifier and the noun phrase after it; null when the number is no count (a fraction of people,
    /// an update's "from 93 to 115", a count of a non-count noun, a bare "many", a name's or a score's number).</summary>
    private static CountReading? StartReading(string text, List<Token> tokens, List<(NumberMention M, int T0, int T1)> counts, int k, int[] claimOfCount,
        List<FigureClaim> claims, List<int> current, List<int> previous)
    {
        var (m, t0, t1) = counts[k];
        var n = tokens.Count;
        if ((m.Kind == NumberKind.Cardinal && m.Count is null) || (m.Kind == NumberKind.Range && (m.LowCount is null || m.HighCount is null)))
        {
            return null; // fractions of people, negative or overflowing numbers are not counts
        }
        var weak = m.Kind == NumberKind.Vague && m.Reason == "weak";
        var (qualifier, qs, qe) = QualifierReader.Read(tokens, t0, t1, m.Kind);
        if (m.Kind == NumberKind.Vague && weak)
        {
            qualifier = Qualifier.Vague;
        }
        var qStart = qs >= 0 ? qs : t0;
        // A range read as "from 93 to 115" after a change verb is an update, not a range: leave it to the parts.
        if (m.Kind == NumberKind.Range && m.Reason == "from-to" && qStart > 0 && tokens[qStart - 1].Lower is "rose" or "risen" or "rising" or "climbed" or "increased" or "jumped" or "up" or "went")
        {
            return null;
        }
        var npAt = m.Kind == NumberKind.Vague && qe + 1 < n && tokens[qe].Lower == "of" && tokens[qe + 1].Lower is not "the" and not "those" and not "them" and not "whom" ? qe + 1 : qe;
        var np = ReadNounPhrase(tokens, text, npAt);
        for (var i = npAt; i < np.End; i++)
        {
            if (FigureLexicon.NonCountNouns.Contains(tokens[i].Lower))
            {
                return null;
            }
        }
        if (qStart >= 2 && tokens[qStart - 1].Lower == "of" && tokens[qStart - 2].Lower is "city" or "town" or "village" or "country" or "nation" or "population"
            or "island" or "province" or "district" or "region" or "community" or "municipality" or "capital" or "metropolis" or "state" or "county"
            && (np.Head < 0 || MeasureLexicon.PersonNouns.Contains(tokens[np.Head].Lower) || tokens[np.Head].Lower is "inhabitants" or "residents"))
        {
            return null; // "the city of 350,000", "a town of 8,000 people": a population, not a count of the struck
        }
        if (AgeBound(tokens, qStart, np) || (qStart >= 2 && tokens[qStart - 1].Lower == "of" && tokens[qStart - 2].Lower is "age" or "ages"))
        {
            return null; // "children under five", "people over 60": an age bound, not a count
        }
        if (m.Count is >= 1 and <= 12 && ClockHour(tokens, t0, t1))
        {
            return null; // "a tally up to seven in the morning", "until 10 at night": an hour of the day, not a count
        }
        if (weak && np.Head < 0 && np.Partitive is null && !PredicateFollows(tokens, np.End))
        {
            return null; // "many" on its own counts nothing; "many had died" counts the dead
        }
        if ((NameNumber(text, tokens, qStart, t0) && !Gapped(text, tokens, counts, claimOfCount, k, qStart)) || ChainedNumber(text, m))
        {
            return null; // "Red Dead Redemption 2 doesn't run", "iPhone 11 Pro", "a 9-2-1 start": a name's or a score's number, not a count
        }
        return new CountReading
        {
            Text = text,
            Tokens = tokens,
            Counts = counts,
            K = k,
            ClaimOfCount = claimOfCount,
            Claims = claims,
            Current = current,
            Previous = previous,
            Weak = weak,
            Qualifier = qualifier,
            QStart = qStart,
            Qe = qe,
            NpAt = npAt,
            Np = np,
            SpanStart = qStart,
            SpanEnd = Math.Max(np.End, qe),
        };
    }

    /// <summary>A. The noun phrase names the measure: "500 dead", "3,550 deaths", "30 massacres", "of the injured", "28 critical cases".</summary>
    private static void MeasureOfNounPhrase(CountReading r)
    {
        var tokens = r.Tokens;
        var np = r.Np;
        var b = r.QStart - 1;
        while (b >= 0 && r.QStart - b <= 3 && tokens[b].Lower is "the" or "last" or "remaining" or "other" or "final")
        {
            b--;
        }
        if (!r.Weak && b >= 1 && tokens[b].Lower == "of" && tokens[b - 1].Lower is "bodies" or "corpses")
        {
            // "recovered the bodies of the last two trapped miners": the bodies' people are dead, whatever they were called before.
            r.Measures.Add(Measures.Killed);
            r.SpanStart = b - 1;
            r.BodiesOf = true;
            return;
        }
        if (!r.Weak)
        {
            if (np.Partitive is { } pm)
            {
                r.Measures.Add(pm);
            }
            for (var i = r.Qe; i < np.End && r.Measures.Count == 0; i++)
            {
                if (FigureLexicon.MeasureWords.TryGetValue(tokens[i].Lower, out var mw) && (!FigureLexicon.HeadOnly.Contains(tokens[i].Lower) || i == np.Head))
                {
                    r.Measures.Add(mw);
                }
            }
        }
        else if (np.Partitive is { } wp)
        {
            r.Measures.Add(wp);
        }
        else if (np.Head == r.Qe && tokens[np.Head].Lower is "dead" or "killed" or "injured" or "wounded" or "hurt" or "missing" or "displaced" or "homeless" or "arrested" or "detained"
            && !(np.Head + 1 < r.N && tokens[np.Head + 1].IsWord && !FigureLexicon.NpStop.Contains(tokens[np.Head + 1].Lower)))
        {
            r.Measures.Add(FigureLexicon.MeasureWords[tokens[np.Head].Lower]); // "many dead", "several injured"; not "many displaced families"
        }
        // "26 dead or missing": one count of both, as "50 people dead or missing" (a toll at most, and the joint count).
        if (r.Measures.Count == 1 && r.Measures[0] == Measures.Killed && np.Head >= 0 && tokens[np.Head].Lower == "dead" && np.End + 1 < r.N
            && tokens[np.End].Lower == "or" && tokens[np.End + 1].Lower is "missing" or "unaccounted")
        {
            r.Measures.Add(DeadOrMissingMeasure);
            r.SpanEnd = np.End + 2;
        }
        // "dozens of dead and wounded", "Hundreds dead or trapped": one number counts both groups the coordinated words name.
        else if (r.Measures.Count == 1 && r.Measures[0] == Measures.Killed && np.Head >= 0 && tokens[np.Head].Lower is "dead" or "killed" && np.End + 1 < r.N
            && tokens[np.End].Lower is "and" or "or" && tokens[np.End + 1].Lower is "wounded" or "injured" or "hurt" or "trapped")
        {
            r.Measures.Add(FigureLexicon.MeasureWords[tokens[np.End + 1].Lower]);
            r.SpanEnd = np.End + 2;
        }
        // "15 deadly victims", "the fatal victims": a translation's word for the dead.
        if (r.Measures.Count == 0 && !r.Weak && np.Head >= 0 && tokens[np.Head].Lower is "victims" && np.Head > r.Qe && tokens[np.Head - 1].Lower is "deadly" or "fatal" or "mortal")
        {
            r.Measures.Add(Measures.Killed);
        }
        // "28 critical cases", "12 seriously wounded": severity words name the injured.
        if (r.Measures.Count == 0 && !r.Weak && np.Head >= 0 && tokens[np.Head].Lower is "cases" or "patients")
        {
            for (var i = r.Qe; i < np.Head; i++)
            {
                if (tokens[i].Lower is "critical" or "serious" or "severe")
                {
                    r.Measures.Add(Measures.Injured);
                    break;
                }
            }
        }
        if (r.Measures.Count == 0 && !r.Weak && np.Head >= 0)
        {
            MeasureOfOutbreak(r);
        }
        if (r.Measures.Count == 0 && !r.Weak && CoordinatedCases(tokens, r.Qe) is { } casesAt)
        {
            r.Measures.Add(Cases); // "2,310 suspected and confirmed cases", "900 confirmed, probable and suspected cases"
            r.SpanEnd = casesAt + 1;
            r.CasesHead = true;
        }
    }

    /// <summary>A'. Bodies already counted: what the clause says happened to them is the measure ("88 bodies have been identified").</summary>
    private static void MeasureOfBodies(CountReading r)
    {
        var tokens = r.Tokens;
        var np = r.Np;
        var qStart = r.QStart;
        var wholeOfPart = (qStart >= 3 && tokens[qStart - 1].Lower == "the" && tokens[qStart - 2].Lower == "of" && PartNumber(tokens[qStart - 3])) || OutOfWhole(tokens, qStart);
        var bodyHead = np.Head >= 0 && tokens[np.Head].Lower is "bodies" or "corpses" or "remains";
        // "19 of the victims have been identified", "Four of the dead have been named": a part of the dead is bodies too.
        var partOfDead = np.Head < 0 && np.Partitive == Measures.Killed && np.End > 0 && tokens[np.End - 1].Lower is "dead" or "victims" or "deceased" or "fatalities";
        if (!(r.Measures.Count == 1 && r.Measures[0] == Measures.Killed && (bodyHead || partOfDead || r.BodiesOf) && !wholeOfPart))
        {
            return;
        }
        var end = Math.Min(r.N, np.End + 8);
        for (var i = np.End; i < end; i++)
        {
            if (tokens[i].Lower is "." or ";" or "," || FigureLexicon.ClauseBreaks.Contains(tokens[i].Lower) || IsCountStart(r.Counts, r.K, i, out _))
            {
                break;
            }
            if (r.BodiesOf && i + 1 < r.N && MeasureLexicon.PersonNouns.Contains(tokens[i + 1].Lower))
            {
                continue; // "the bodies of the last three missing workers": "missing" describes who they were, not what befell the bodies
            }
            var named = tokens[i].Lower == "named" && i > 0 && tokens[i - 1].Lower is "been" or "were" or "was" or "are" or "is" && !Negated(tokens, i)
                ? (MeasureLexicon.Identified, i + 1) : ((string Measure, int End)?)null;
            if ((named ?? PredicateAt(tokens, i)) is { } bp)
            {
                var bm = bp.Measure == MeasureLexicon.Identified && (Negated(tokens, i) || Pending(tokens, i)) ? MeasureLexicon.Unidentified : bp.Measure;
                if (MeasureLexicon.BodyPredicates.Contains(bm))
                {
                    r.Measures[0] = bm;
                    r.SpanEnd = Math.Max(r.SpanEnd, bp.End);
                }
                break;
            }
        }
    }

    /// <summary>A, for the injured: those already counted who have left hospital. "793 injured passengers had been discharged" counts
    /// discharges, not injuries (the injured are counted where the text gives their number).</summary>
    private static void MeasureOfInjuredDischarged(CountReading r)
    {
        if (r.Weak || r.Measures is not [Measures.Injured])
        {
            return;
        }
        var tokens = r.Tokens;
        var end = Math.Min(r.N, r.Np.End + 6);
        for (var i = r.Np.End; i < end; i++)
        {
            var w = tokens[i].Lower;
            if (w is "." or ";" or "," || FigureLexicon.ClauseBreaks.Contains(w) || IsCountStart(r.Counts, r.K, i, out _))
            {
                return;
            }
            if (w == "discharged" && !Negated(tokens, i))
            {
                r.Measures[0] = "discharged";
                r.SpanEnd = Math.Max(r.SpanEnd, i + 1);
                return;
            }
            if (w is "died" or "succumbed" && !Negated(tokens, i))
            {
                r.Measures[0] = Measures.Killed; // "nine of the injured had since died": the part is now among the dead
                r.SpanEnd = Math.Max(r.SpanEnd, i + 1);
                return;
            }
            if (w is not ("had" or "have" or "has" or "been" or "were" or "was" or "are" or "is" or "now" or "already" or "since" or "later" or "all")
                && !(i == r.Np.End && MeasureLexicon.PersonNouns.Contains(w)))
            {
                return; // only auxiliaries, or the counted noun right after "injured", stand before "discharged"
            }
        }
    }

    /// <summary>"… remains/was (still) unknown/unclear" within the clause after <paramref name="from"/>.</summary>
    private static bool FateUnknown(List<Token> tokens, int from)
    {
        for (var i = from; i < tokens.Count && i - from < 10; i++)
        {
            var w = tokens[i].Lower;
            if (w is "." or ";" or "," || FigureLexicon.ClauseBreaks.Contains(w))
            {
                return false;
            }
            if (w is "unknown" or "unclear" || (w == "known" && Negated(tokens, i)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>B. A verb governs the number: "killed about 500", "the deaths of 231", "claimed the lives of 144", "pulled nine people
    /// out alive", "carrying 300 people", "a boat crammed with 500 people".</summary>
    private static void MeasureOfGoverningVerb(CountReading r)
    {
        if (r.Measures.Count > 0)
        {
            return;
        }
        var tokens = r.Tokens;
        var np = r.Np;
        var n = r.N;
        var measures = r.Measures;
        var v = r.QStart - 1;
        var skipped = 0;
        while (v >= 0 && skipped < 3 && tokens[v].Lower is "a" or "an" or "the" or "another" or "further" or "total" or "of" or "only" or "just" or "all" && !(tokens[v].Lower == "of" && v > 0 && FigureLexicon.MeasureWords.ContainsKey(tokens[v - 1].Lower)))
        {
            v--;
            skipped++;
        }
        if (v >= 2 && tokens[v].Lower == "among" && tokens[v - 1].Lower is "survivors" or "survivor" && tokens[v - 2].Lower == "no")
        {
            measures.Add(Measures.Killed); // "there were no survivors among the 64 people on the plane": all of them died
            r.SpanStart = v - 2;
        }
        else if (v >= 1 && tokens[v].Lower is "included" or "include" or "includes" && VictimNoun(tokens[v - 1].Lower) is { } listed)
        {
            // "The victims included 12 children and 30 women": parts of a total already given; with no total, no claim.
            if (TotalOf(r, listed) is { } total)
            {
                measures.Add(listed);
                r.PartOf = total;
                r.Inferred = true;
                r.SpanStart = v - 1;
            }
        }
        else if (v >= 1 && tokens[v].Lower == "to" && tokens[v - 1].Lower == "injuries" && (np.Head < 0 || MeasureLexicon.PersonNouns.Contains(tokens[np.Head].Lower)))
        {
            measures.Add(Measures.Injured); // "injuries to 1,205 people"
            r.SpanStart = v - 1;
        }
        else if (v >= 1 && tokens[v].Lower == "out" && tokens[v - 1].Lower is "pulled" or "pulling" or "dug" or "digging" or "brought" or "got" or "getting" or "carried"
            && (AliveAfter(tokens, np.End) || OutOfDanger(tokens, np.End)) && !Negated(tokens, v - 1))
        {
            measures.Add(Measures.Rescued); // "pulled out 12 people alive"
            r.SpanStart = v - 1;
            r.SpanEnd = Math.Max(r.SpanEnd, Math.Min(n, np.End + 1));
        }
        else if (v >= 2 && tokens[v].Lower == "of" && tokens[v - 1].Lower is "lives" or "life" && AffectingVerb(tokens, v - 2))
        {
            // "affected the lives of 33 million people": lives touched, not lost; "saved the lives of 40" are the rescued.
            measures.Add(tokens[v - 2].Lower is "saved" or "saving" || tokens[v - 3 < 0 ? 0 : v - 3].Lower is "saved" or "saving" ? Measures.Rescued : Measures.Affected);
            r.SpanStart = v - 1;
        }
        else if (v >= 0 && tokens[v].Lower == "of" && v > 0 && FigureLexicon.MeasureWords.TryGetValue(tokens[v - 1].Lower, out var ofMeasure))
        {
            measures.Add(ofMeasure);
            r.SpanStart = v - 1;
        }
        else if (v >= 0 && v + 1 < r.QStart && tokens[v + 1].Lower == "of" && tokens[v].Lower is "funerals" or "funeral" or "remains" && (np.Head < 0 || MeasureLexicon.PersonNouns.Contains(tokens[np.Head].Lower)))
        {
            measures.Add(Measures.Killed); // "the funerals of 51 people", "the remains of 20 people"
            r.SpanStart = v;
        }
        else if (v >= 1 && tokens[v].Lower == "with" && MeasureLexicon.Vehicles.Contains(tokens[v - 1].Lower)
            && (np.Head < 0 || MeasureLexicon.PersonNouns.Contains(tokens[np.Head].Lower) || MeasureLexicon.Nationalities.Contains(tokens[np.Head].Lower)))
        {
            measures.Add(MeasureLexicon.Aboard); // "an aircraft with 72 people, including five foreigners, crashed": the people it carried
            r.SpanStart = v;
        }
        else if (v >= 2 && tokens[v].Lower == "with" && tokens[v - 1].Lower == "contact" && tokens[v - 2].Lower is "lost" or "losing" && np.Head >= 0 && MeasureLexicon.PersonNouns.Contains(tokens[np.Head].Lower))
        {
            measures.Add(Measures.Missing); // "lost contact with 36 firefighters": not yet found, dead or alive
            r.SpanStart = v - 2;
        }
        else if (v >= 1 && tokens[v].Lower == "for" && tokens[v - 1].Lower is "searching" or "search" or "looking" or "hunting" or "scouring" or "combing"
            && (np.Head < 0 || (MeasureLexicon.PersonNouns.Contains(tokens[np.Head].Lower) && tokens[np.Head].Lower is not ("suspects" or "prisoners" or "inmates")))
            && !Negated(tokens, v - 1))
        {
            measures.Add(Measures.Missing); // "rescuers were still searching for 40 people", "looking for around 200 more": not yet found
            r.SpanStart = v - 1;
        }
        else if (v >= 0 && tokens[v].Lower is "took" or "taking" or "take" or "takes" or "holding" or "held" && np.End < n && tokens[np.End].Lower is "hostage" or "hostages" or "captive")
        {
            measures.Add("kidnapped"); // "the gunmen took 20 workers hostage"
            r.SpanStart = v;
            r.SpanEnd = np.End + 1;
        }
        else if (v >= 0 && tokens[v].Lower is "driving" or "drove" or "driven" or "forcing" or "forced" or "chasing" or "chased" or "pushing" or "pushed"
            && np.End + 1 < n && tokens[np.End].Lower is "from" or "out" && AnyOf(tokens, np.End + 1, Math.Min(n, np.End + 4), "homes", "home", "houses", "villages"))
        {
            measures.Add(Measures.Displaced); // "the storm drove more than 2 million people from their homes"
            r.SpanStart = v;
        }
        else if (v >= 0 && tokens[v].Lower == "fate" && FateUnknown(tokens, np.End))
        {
            measures.Add(Measures.Missing); // "the fate of up to 150 more miners was still unknown"
            r.SpanStart = v;
        }
        else if (v >= 1 && tokens[v].Lower == "down" && tokens[v - 1].Lower is "mowed" or "mowing" or "mown" or "gunned" or "gunning" or "cut" or "cutting" or "shot" or "struck" && !Negated(tokens, v - 1))
        {
            measures.Add(Measures.Killed); // "mowed down 84 people", "gunned down 12 protesters"
            r.SpanStart = v - 1;
        }
        else if (v >= 0 && tokens[v].Lower is "lost" or "losing" or "loses" && np.Head >= 0 && MeasureLexicon.PersonNouns.Contains(tokens[np.Head].Lower) && !Negated(tokens, v))
        {
            measures.Add(Measures.Killed); // "the province had lost 339 people", "families who lost three children"
            r.SpanStart = v;
        }
        else if (v >= 0 && tokens[v].Lower is "pulled" or "dug" or "brought" or "got" or "freed" or "pulling" or "freeing"
            && (tokens[v].Lower is "freed" or "freeing" || AliveAfter(tokens, np.End) || OutOfDanger(tokens, np.End)))
        {
            measures.Add(Measures.Rescued); // "pulled nine people out alive", "freed 12 people"
            r.SpanStart = v;
            r.SpanEnd = Math.Max(r.SpanEnd, Math.Min(n, np.End + (np.End < n && tokens[np.End].Lower == "out" ? 2 : 1)));
        }
        else if (v >= 0 && FigureLexicon.GoverningVerbs.Contains(tokens[v].Lower) && !Negated(tokens, v))
        {
            var verb = tokens[v].Lower == "recovered" ? (np.Head >= 0 && tokens[np.Head].Lower is "bodies" ? Measures.Killed : null) : FigureLexicon.MeasureWords.GetValueOrDefault(tokens[v].Lower);
            if (verb is not null)
            {
                measures.Add(verb);
                r.SpanStart = v;
                // "killed and injured many civilians"
                if (v >= 2 && tokens[v - 1].Lower is "and" or "or" && FigureLexicon.GoverningVerbs.Contains(tokens[v - 2].Lower)
                    && FigureLexicon.MeasureWords.TryGetValue(tokens[v - 2].Lower, out var first) && first != verb)
                {
                    measures.Insert(0, first);
                    r.SpanStart = v - 2;
                }
            }
        }
        else if (v >= 0 && np.Head >= 0 && tokens[np.Head].Lower is "contacts" && tokens[v].Lower is "traced" or "tracing" or "identified" or "identifying"
            or "listed" or "registered" or "tracked" or "tracking" or "followed" or "following" or "monitoring" or "monitored" or "found" && !Negated(tokens, v))
        {
            measures.Add(MeasureLexicon.Contacts); // "health workers have traced 240 contacts": people who met the sick, found and followed
            r.SpanStart = v;
        }
        else if (v >= 0 && tokens[v].Lower is "released" or "releasing" && np.Head >= 0
            && (MeasureLexicon.PersonNouns.Contains(tokens[np.Head].Lower) || tokens[np.Head].Lower is "hostages" or "captives") && !Negated(tokens, v))
        {
            measures.Add(MeasureLexicon.Released); // "the rebels released 14 hostages": people set free by those who held them
            r.SpanStart = v;
        }
        else if (v >= 0 && MeasureLexicon.Governing.TryGetValue(tokens[v].Lower, out var governed) && !Negated(tokens, v))
        {
            measures.Add(governed); // "carrying 300 people", "saved 47 people", "identified only five people"
            r.SpanStart = v;
        }
        else if (v >= 1 && tokens[v].Lower == "with" && tokens[v - 1].Lower is "crammed" or "packed" or "overloaded" or "overcrowded" or "laden")
        {
            measures.Add(MeasureLexicon.Aboard); // "a boat crammed with 500 people"
            r.SpanStart = v - 1;
        }
        else if (np.Head >= 0 && (MeasureLexicon.PersonNouns.Contains(tokens[np.Head].Lower) || char.IsUpper(r.Text[tokens[np.Head].Start])) && LeadingFrame(tokens, r.QStart, comma: false) is { } framed)
        {
            measures.Add(framed); // "Among the victims were 16 students and two teachers"
        }
    }

    /// <summary>A''. The complement of a toll ("the death toll from the blasts rose to 112", "Death toll now 28"): the toll names the
    /// measure, whatever follows the number.</summary>
    private static void MeasureOfToll(CountReading r)
    {
        if (r.Measures.Count == 0 && !r.Weak && r.Np.Head < 0 && r.Np.Partitive is null && MeasureWordAt(r.Tokens, r.QStart) is { } framed)
        {
            r.Measures.Add(framed.Measure); // "confirmed dead at 78", "put the injured at more than 300": the word before "at" names the count
            r.SpanStart = framed.At;
            r.TollComplement = framed.Measure == Measures.Killed;
            return;
        }
        if (r.Measures.Count == 0 && !r.Weak && r.Np.Head < 0 && r.Np.Partitive is null && NumberOfFrame(r.Tokens, r.QStart) is { } frame)
        {
            r.Measures.Add(frame.Measure); // "put the number of dead at 48 and the number of injured at more than 300"
            r.SpanStart = frame.At;
            if (frame.Measure == Measures.Killed)
            {
                r.TollComplement = true;
            }
        }
        else if (r.Measures.Count == 0 && !r.Weak && r.Np.Head < 0 && r.Np.Partitive is null && TollBefore(r.Tokens, r.QStart) is { } tollAt)
        {
            r.Measures.Add(Measures.Killed);
            r.TollComplement = true;
            r.Inferred = tollAt < 0;
        }
        else if (r.Measures.Count == 0 && !r.Weak && r.Np.Head < 0 && r.Np.Partitive is null && CasesRoseTo(r.Tokens, r.QStart) is { } casesAt)
        {
            r.Measures.Add(Cases); // "Cases have risen to 8,700": the complement of a rising count of cases
            r.SpanStart = casesAt;
            r.Inferred = true;
        }
    }

    /// <summary>C. A predicate after the noun phrase: "… civilians were killed", "… had sought refuge", "… were found alive"; false
    /// when the predicate is negated ("no one was killed").</summary>
    private static bool MeasureOfPredicate(CountReading r)
    {
        var tokens = r.Tokens;
        var np = r.Np;
        var n = r.N;
        var personHead = np.Head >= 0 ? MeasureLexicon.PersonNouns.Contains(tokens[np.Head].Lower) : np.Partitive is null && r.Qe < n && tokens[r.Qe].Lower is "of";
        if (r.Measures.Count > 0)
        {
            return true;
        }
        // "300 of the village's 1,200 residents were evacuated": the clause's predicate is the part's; the whole keeps only what
        // describes it ("60 of the 210 people killed", "20 of the 85 people aboard", "of the 40 who were hurt").
        var whole = WholeOfPartitive(tokens, r.QStart);
        var end = r.TollComplement ? np.End : Math.Min(n, np.End + ForwardWindow);
        var reported = false;
        for (var i = np.End; i < end; i++)
        {
            var w = tokens[i].Lower;
            if (w is "." or ";" || FigureLexicon.ClauseBreaks.Contains(w) || (w == "," && i + 1 < n && tokens[i + 1].Lower is "while" or "but"))
            {
                break;
            }
            if (w == "-" && i == np.End && DashAsideEnd(tokens, i) is { } dashEnd)
            {
                i = dashEnd; // "At least 90 people -- 70 adults and 20 children -- were killed": the dashes break the total down; the predicate follows
                end = Math.Min(n, dashEnd + ForwardWindow);
                continue;
            }
            if (w == "," && i + 1 < n && tokens[i + 1].Lower is "and" or "but" or "while" or "as" or "which" or "who"
                && (ComponentMarker(tokens, r.QStart, np.End) == ComponentKind.SameSentence || IncludedBefore(tokens, r.QStart)))
            {
                break; // "… stood at 30, including 12 pupils, and some of the wounded are critical": a part's fate is its total's, not the next clause's
            }
            if (w == "including" && i == np.End && (np.Head < 0 || FigureLexicon.AllWords.Contains(tokens[np.Head].Lower)) && np.Partitive is null
                && IncludedListEnd(tokens, i) is { } listEnd)
            {
                i = listEnd; // "61 including 40 children killed": the total shares the predicate after its included part
                end = Math.Min(n, listEnd + ForwardWindow);
                continue;
            }
            if (w == "," && i == np.End && AsideEnd(tokens, i) is { } asideEnd)
            {
                i = asideEnd; // "Four people, three of them children, were killed": the aside breaks the total down; the predicate follows it
                end = Math.Min(n, asideEnd + ForwardWindow);
                continue;
            }
            if (whole && i > np.End && !OnlyRelative(tokens, np.End, i))
            {
                break;
            }
            reported |= FigureLexicon.AttributionVerbs.Contains(w) && IsReportingUse(tokens, i);
            if (IsCountStart(r.Counts, r.K, i, out var other) && i > np.End && tokens[i - 1].Lower == "from" && FamiliesAfter(tokens, i) is { } families)
            {
                i = families; // "6,700 people from 1,900 families were moved to camps": the families say where the people come from
                continue;
            }
            if (IsCountStart(r.Counts, r.K, i, out other))
            {
                // Only "A and B were killed" lets the search pass another number: not a comma ("87, 64 people missing") and
                // not a reporting clause ("13, a coroner said, and dozens more remain missing").
                if (other < 0 || (!(i > 0 && tokens[i - 1].Lower is "and" or "or" or "them" or "whom") && !ListOfGroups(tokens, np, r.Counts[other].T1, i)) || reported)
                {
                    break;
                }
                if (i > 1 && tokens[i - 1].Lower == "and" && tokens[i - 2].Lower == "," && ComponentMarker(tokens, r.QStart, np.End) == ComponentKind.SameSentence)
                {
                    break; // "… died, among them at least 18 women, and 44 were hurt": the part's fate is its total's, not the next clause's
                }
            }
            if (w == "accounted" && i + 1 < n && tokens[i + 1].Lower == "for")
            {
                break; // "120 people accounted for and 159 unaccounted for": the count is of those found, not of the missing after it
            }
            var found = PredicateAt(tokens, i);
            if (found is { Measure: MeasureLexicon.Aboard } && i > np.End && tokens[i].Lower != "among" && tokens[i - 1].Lower is not ("were" or "was" or "are" or "is" or "been" or "be"))
            {
                found = null; // "aboard" names the measure of the count right before it ("150 people aboard", "150 were aboard"), not of one further back
            }
            else if (found is { Measure: MeasureLexicon.Aboard } aboard && i == np.End && PredicateAfterAboard(tokens, aboard.End) is { } fate)
            {
                found = fate; // "All 157 people on board were killed": where they were describes them; what happened to them is the count
            }
            r.PredicateWord = found is null ? null : tokens[i].Lower;
            if (found is not null && GovernsOwnCount(tokens, r.Counts, r.K, found.Value.End))
            {
                break; // "… earthquakes that hit the region injured more than 75,000": the verb has its own figure
            }
            if (found is null && r.UnknownPredicate is null && personHead && !r.Weak && i > np.End && i - np.End <= 4 && !AnyOf(tokens, np.End, i, ",", "where", "which", "who", "that", "when", "(") && tokens[i - 1].Lower is "were" or "was" or "are" or "is" or "been" or "be"
                && MeasureLexicon.UnknownPredicate(tokens[i].Lower) is { } unknownWord && !Negated(tokens, i))
            {
                r.UnknownPredicate = (unknownWord, i + 1); // "… were deployed": a measure the lexicon does not know
            }
            if (found is { } inRelative && found.Value.Measure != Measures.Killed && i > np.End && tokens[np.End].Lower is "who" or "that"
                && MainDeathAfterRelative(tokens, r.Counts, r.K, inRelative.End, end) is { } mainDeath)
            {
                found = (mainDeath.Measure, mainDeath.End); // "Three women counted among the missing are now known to have died": the main verb, not the description, is the count
                i = mainDeath.At;
            }
            if (found is not null && found.Value.Measure == MeasureLexicon.Identified && Pending(tokens, i))
            {
                found = (MeasureLexicon.Unidentified, found.Value.End); // "still to be identified"
            }
            if (found is not null)
            {
                if (Negated(tokens, i))
                {
                    if (found.Value.Measure != MeasureLexicon.Identified)
                    {
                        return false;
                    }
                    found = (MeasureLexicon.Unidentified, found.Value.End); // "yet to be identified"
                }
                if (found.Value.Measure == Measures.Missing && FoundSinceAfter(tokens, found.Value.End))
                {
                    return false; // "40 people once listed as missing were now accounted for": no longer missing
                }
                if (NoneOfBefore(tokens, r.QStart))
                {
                    if (found.Value.Measure != Measures.Rescued)
                    {
                        return false; // "none of the 30 crew members were hurt": nobody was
                    }
                    found = (Measures.Killed, found.Value.End); // "none of the 144 passengers survived"
                }
                else if (found.Value.Measure is MeasureLexicon.Present or MeasureLexicon.Aboard or MeasureLexicon.Sheltering && NoneSurvivedAfter(tokens, found.Value.End))
                {
                    found = (Measures.Killed, found.Value.End); // "100 people were in the kitchen, and nobody survived"
                }
                r.Measures.Add(found.Value.Measure);
                if (found.Value.End - np.End <= 10)
                {
                    r.SpanEnd = found.Value.End;
                }
                // "killed or injured"
                if (found.Value.End + 1 < n && tokens[found.Value.End].Lower is "or" or "and" && PredicateAt(tokens, found.Value.End + 1) is { } second && second.Measure != found.Value.Measure)
                {
                    if (tokens[found.Value.End].Lower == "or" && DeadOrMissing(found.Value.Measure, second.Measure))
                    {
                        r.Measures[^1] = Measures.Killed; // "50 people dead or missing": a toll at most, and one count of both, not a count of the missing
                        r.Measures.Add(DeadOrMissingMeasure);
                        r.SpanEnd = found.Value.End - np.End <= 10 ? second.End : r.SpanEnd;
                    }
                    else
                    {
                        r.Measures.Add(second.Measure);
                    }
                }
                break;
            }
        }
        return true;
    }

    /// <summary>People once missing whom the same clause says are found: <c>… listed as missing were now accounted for</c>, <c>… reported
    /// missing have all been found safe</c>. Within eight words after the missing, before a number or a clause break.</summary>
    private static bool FoundSinceAfter(List<Token> tokens, int from)
    {
        for (var i = from; i + 1 < tokens.Count && i - from < 8; i++)
        {
            var w = tokens[i].Lower;
            if (w is "," or "." or ";" or ":" or "but" or "while" || tokens[i].IsNumber || Negated(tokens, i))
            {
                return false;
            }
            if (i > from && w == "accounted" && tokens[i + 1].Lower == "for" && tokens[i - 1].Lower is "now" or "been" or "all" or "were" or "are" or "was" or "is" or "since" or "later" or "finally")
            {
                return true;
            }
            if (w == "found" && tokens[i + 1].Lower is "safe" or "alive" or "unharmed")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"including 19 pupils and six teachers": a count coordinated with a part named after "including", in the same list.</summary>
    private static bool IncludedBefore(List<Token> tokens, int qStart)
    {
        for (var i = qStart - 1; i >= 0 && qStart - i <= 10; i--)
        {
            var w = tokens[i].Lower;
            if (w is "," or ";" or "." or ":" || FigureLexicon.ClauseBreaks.Contains(w))
            {
                return false;
            }
            if (w is "including" or "includes")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>For a spaced dash right after a count ("90 people -- 70 adults and 20 children -- were killed", "90 people – 70 adults … – died"):
    /// the last token of the closing dash when the words between hold a number and no clause break; null otherwise.</summary>
    private static int? DashAsideEnd(List<Token> tokens, int dash)
    {
        bool Spaced(int at) => tokens[at].Lower == "-" && ((at + 1 < tokens.Count && tokens[at + 1].Lower == "-") || (at > 0 && tokens[at - 1].Lower == "-")
            || ((at == 0 || tokens[at - 1].End < tokens[at].Start) && (at + 1 >= tokens.Count || tokens[at + 1].Start > tokens[at].End)));
        if (!Spaced(dash))
        {
            return null;
        }
        var j = dash;
        while (j + 1 < tokens.Count && tokens[j + 1].Lower == "-")
        {
            j++;
        }
        var number = false;
        for (var k = j + 1; k < tokens.Count && k - j <= 25; k++)
        {
            var w = tokens[k].Lower;
            if (w is "." or ";" or ":" or "(" or ")")
            {
                return null;
            }
            number |= tokens[k].IsNumber || NumberWordLike(w);
            if (w == "-" && Spaced(k))
            {
                while (k + 1 < tokens.Count && tokens[k + 1].Lower == "-")
                {
                    k++;
                }
                return number && k + 1 < tokens.Count ? k : null;
            }
        }
        return null;
    }

    private static bool NumberWordLike(string w) =>
        NumberLexicon.Units.ContainsKey(w) || NumberLexicon.Teens.ContainsKey(w) || NumberLexicon.Tens.ContainsKey(w) || NumberLexicon.Vague.ContainsKey(w) || w == "dozen";

    /// <summary>The last token of a list of parts right after <c>including</c> that a predicate follows with no comma (<c>61 including 40
    /// children killed</c>): up to ten tokens holding a number, words and <c>and</c>; null at a clause break, a comma or no predicate.</summary>
    private static int? IncludedListEnd(List<Token> tokens, int including)
    {
        var number = false;
        for (var j = including + 1; j < tokens.Count && j - including <= 10; j++)
        {
            var w = tokens[j].Lower;
            if (w is "." or ";" or ":" or "," or "(" or "-" || FigureLexicon.ClauseBreaks.Contains(w))
            {
                return null;
            }
            if (tokens[j].IsNumber)
            {
                number = true;
                continue;
            }
            if (number && j > including + 2 && PredicateAt(tokens, j) is not null)
            {
                return j - 1;
            }
        }
        return null;
    }

    /// <summary>For a comma right after a count's noun phrase, the closing comma of an aside that breaks the count down ("…, three of
    /// them children, …", "…, including 11 children, …", "…, two students among them, …", "…, most of them women, …"), or null.</summary>
    private static int? AsideEnd(List<Token> tokens, int comma)
    {
        var breakdown = false;
        for (var j = comma + 1; j < tokens.Count && j - comma <= 12; j++)
        {
            var w = tokens[j].Lower;
            if (w is "." or ";" or ":" || FigureLexicon.ClauseBreaks.Contains(w))
            {
                return null;
            }
            breakdown |= w is "including" || (w is "of" or "among" && j + 1 < tokens.Count && tokens[j + 1].Lower is "them" or "whom")
                || (j == comma + 1 && w is "mostly" or "mainly" or "largely" or "predominantly" or "chiefly" or "many" or "most" or "all" or "both");
            if (w == ",")
            {
                return breakdown && j > comma + 2 ? j : null;
            }
        }
        return null;
    }

    /// <summary>A measure predicate other than being aboard right after "on board"/"aboard" in the same clause ("… on board were killed",
    /// "… aboard died"), not negated; null when none.</summary>
    private static (string Measure, int End)? PredicateAfterAboard(List<Token> tokens, int from)
    {
        for (var j = from; j < tokens.Count && j - from < 5; j++)
        {
            var w = tokens[j].Lower;
            if (w is "," or "." or ";" or ":" || FigureLexicon.ClauseBreaks.Contains(w) || tokens[j].IsNumber)
            {
                return null;
            }
            if (PredicateAt(tokens, j) is { } p && p.Measure != MeasureLexicon.Aboard)
            {
                return Negated(tokens, j) ? null : p;
            }
        }
        return null;
    }

    /// <summary>E'. A part named by a copula: "Some 70 people were killed. At least eight were children." → children, a component of the total.</summary>
    private static Reading? CopulaPart(CountReading r)
    {
        if (!(r.Measures.Count == 0 && !r.Weak && r.Np.Head < 0 && r.Np.Partitive is null && CopulaGroup(r.Tokens, r.Text, r.Np.End) is { } group))
        {
            return null;
        }
        if (LeadingFrame(r.Tokens, r.QStart, comma: true) is { } framed)
        {
            return new Reading([framed], r.Qualifier, group.Who, r.QStart, group.End, r.Np.End, false, null, false, false, false); // "Of the dead, 39 were firefighters"
        }
        var claims = r.Claims;
        var total = LastTotal(claims, r.Current, r.ClaimOfCount, r.K);
        var fromPrevious = false;
        if (total is null)
        {
            foreach (var p in r.Previous)
            {
                if (claims[p].PartOf is null)
                {
                    total = p;
                    fromPrevious = true;
                    break;
                }
            }
        }
        if (total is { } gt && claims[gt].Value is { } tv && (r.M.Count is null || r.M.Count <= tv))
        {
            return new Reading([claims[gt].Measure], r.Qualifier, group.Who, r.QStart, group.End, r.Np.End, false, gt, true, false, fromPrevious);
        }
        return null;
    }

    /// <summary>"Of the dead, …" (<paramref name="comma"/>) or "Among the victims were …" opening the sentence before the count (through other
    /// counts joined by "and" or commas): the frame's noun names the measure of the counts it introduces. Null when there is no frame.</summary>
    private static string? LeadingFrame(List<Token> tokens, int qStart, bool comma)
    {
        if (qStart < 4)
        {
            return null;
        }
        var lead = tokens[0].Lower;
        var at = 1;
        if (at < qStart && tokens[at].Lower is "the" or "those")
        {
            at++;
        }
        if (at >= qStart || !(lead is "of" or "among") || !(tokens[at].Lower is "dead" or "killed" or "victims" or "deceased" or "fatalities" or "injured" or "wounded" or "hurt" or "missing" or "survivors" or "rescued"))
        {
            return null;
        }
        var measure = tokens[at].Lower is "victims" or "deceased" or "fatalities" ? Measures.Killed : FigureLexicon.MeasureWords[tokens[at].Lower];
        var next = at + 1 < qStart ? tokens[at + 1].Lower : string.Empty;
        if (comma ? !(lead == "of" && next == ",") : !(lead == "among" && next is "were" or "was" or "are" or "is"))
        {
            return null;
        }
        for (var i = at + 2; i < qStart; i++)
        {
            if (tokens[i].Lower is "." or ";" or "said" or "says" or "told" or "according")
            {
                return null;
            }
        }
        return measure;
    }

    /// <summary>The measure a noun of the affected names before "included" ("the victims included …", "the injured include …"), or null.</summary>
    private static string? VictimNoun(string w) => w switch
    {
        "victims" or "dead" or "deceased" or "fatalities" or "killed" => Measures.Killed,
        "injured" or "wounded" => Measures.Injured,
        _ => null,
    };

    /// <summary>The total a listed part belongs to: this sentence's last claim of <paramref name="measure"/> that is no part itself, else the
    /// previous sentence's first such claim; null when the text gave none.</summary>
    private static int? TotalOf(CountReading r, string measure)
    {
        for (var i = r.Current.Count - 1; i >= 0; i--)
        {
            var c = r.Claims[r.Current[i]];
            if (c.Measure == measure && c.PartOf is null && c.Value is not null)
            {
                return r.Current[i];
            }
        }
        foreach (var p in r.Previous)
        {
            if (r.Claims[p].Measure == measure && r.Claims[p].PartOf is null && r.Claims[p].Value is not null)
            {
                return p;
            }
        }
        return null;
    }

    /// <summary>"none of the 144 passengers", "no one of the 20 …" before the count, in its clause (through other counts joined to it).</summary>
    private static bool NoneOfBefore(List<Token> tokens, int qStart)
    {
        for (var i = qStart - 1; i >= 0 && qStart - i <= 10; i--)
        {
            var w = tokens[i].Lower;
            if (w is "." or ";" or ":" || FigureLexicon.ClauseBreaks.Contains(w))
            {
                return false;
            }
            if (w is "none" or "nobody" && i + 1 < qStart && tokens[i + 1].Lower == "of")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"…, and nobody survived", "… and none survived" right after a predicate: the count it describes all died.</summary>
    private static bool NoneSurvivedAfter(List<Token> tokens, int from)
    {
        for (var i = from; i < tokens.Count && i - from <= 12; i++)
        {
            var w = tokens[i].Lower;
            if (w is "." or ";" || tokens[i].IsNumber)
            {
                return false;
            }
            if (w is "nobody" or "none" && i + 1 < tokens.Count && tokens[i + 1].Lower is "survived")
            {
                return true;
            }
            if (w is "no" && i + 2 < tokens.Count && tokens[i + 1].Lower == "one" && tokens[i + 2].Lower == "survived")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A count of a nationality: a capitalised plural noun of nationality ("29 Nigerians", "17 Germans", "11 Swiss") or a capitalised word before
    /// nationals/citizens ("six French nationals"). Such a count with no predicate of its own breaks down the figure the text just gave.</summary>
    private static bool NationalityHead(string text, List<Token> tokens, NounPhrase np)
    {
        if (np.Head < 0 || np.WhoEnd - np.WhoStart > 2)
        {
            return false;
        }
        var head = tokens[np.Head];
        if (head.Lower is "nationals" or "citizens")
        {
            return np.Head > np.WhoStart && char.IsUpper(text[tokens[np.Head - 1].Start]);
        }
        return np.WhoEnd - np.WhoStart == 1 && char.IsUpper(text[head.Start]) && MeasureLexicon.Nationalities.Contains(head.Lower);
    }

    /// <summary>E. Components of a total ("including 93 of …", "among them four perpetrators", "This includes around 125 fighters"),
    /// or else a count coordinated with the one before it ("4,210 deaths and the neighbouring country another 1,052").</summary>
    private static void LinkComponent(CountReading r)
    {
        var claims = r.Claims;
        var componentMarker = ComponentMarker(r.Tokens, r.QStart, r.Np.End);
        if (componentMarker == ComponentKind.None && r.QStart > 0 && r.Tokens[r.QStart - 1].Lower == "," && r.Qe + 1 < r.N && r.Tokens[r.Qe].Lower == "of" && r.Tokens[r.Qe + 1].Lower is "them" or "whom")
        {
            componentMarker = ComponentKind.SameSentence; // "Nine people, four of them children, …": a part of the count before the comma
        }
        if (componentMarker != ComponentKind.None)
        {
            int? total = null;
            if (componentMarker == ComponentKind.PreviousSentence)
            {
                r.Anaphoric = true;
                foreach (var p in r.Previous)
                {
                    if (claims[p].Cumulative || claims[p].Who == "all")
                    {
                        total = p;
                        break;
                    }
                }
                total ??= r.Previous.Count > 0 ? r.Previous[0] : null;
            }
            else
            {
                total = LastTotal(claims, r.Current, r.ClaimOfCount, r.K);
            }
            if (total is { } t)
            {
                r.PartOf = t;
                if (r.Measures.Count == 0)
                {
                    r.Measures.Add(claims[t].Measure);
                    r.Inferred = true;
                }
            }
        }
        else if (r.Measures.Count == 0 && ListTotal(r) is { } listTotal)
        {
            r.PartOf = listTotal; // "30 deaths: 14 at one hospital, nine at another": an item of a list that breaks the total down
            r.Measures.Add(claims[listTotal].Measure);
            r.Inferred = true;
        }
        else if (r.Measures.Count == 0 && r.Current.Count > 0 && r.K > 0 && r.ClaimOfCount[r.K - 1] >= 0)
        {
            // Coordination: "4,210 deaths and the neighbouring country another 1,052", "120 police officers and 85 rebel fighters".
            var tokens = r.Tokens;
            var qStart = r.QStart;
            var prevEnd = r.Counts[r.K - 1].T1;
            var between = qStart - prevEnd;
            var hasAnd = false;
            for (var i = prevEnd; i < qStart; i++)
            {
                hasAnd |= tokens[i].Lower is "and" or "while";
            }
            if ((hasAnd && (between <= 8 || (qStart > 0 && tokens[qStart - 1].Lower == "and" && between <= 15))) || ListItemAfterPart(r, prevEnd)
                || (between <= 8 && Gapped(r.Text, tokens, r.Counts, r.ClaimOfCount, r.K, qStart)))
            {
                var prevClaim = claims[r.ClaimOfCount[r.K - 1]];
                r.Measures.Add(prevClaim.Measure);
                var partOf = prevClaim.PartOf is null ? (int?)null : claims.FindIndex(c => c.Id == prevClaim.PartOf);
                r.PartOf = partOf < 0 ? null : partOf;
                r.Inferred = true;
                r.Anaphoric = prevClaim.PartOf is not null;
            }
        }
    }

    /// <summary>D. Further back in the clause: a toll or a measure word ("The death toll … has risen to 745", "the number of injured
    /// is more than 100"); false when that measure word is negated.</summary>
    private static bool MeasureOfClause(CountReading r)
    {
        if (r.Measures.Count > 0 || r.Weak)
        {
            return true;
        }
        var tokens = r.Tokens;
        var np = r.Np;
        var n = r.N;
        var qStart = r.QStart;
        var stop = Math.Max(0, qStart - BackwardWindow);
        for (var i = qStart - 1; i >= stop; i--)
        {
            var w = tokens[i].Lower;
            if (w is ";" || FigureLexicon.ClauseBreaks.Contains(w))
            {
                break;
            }
            if (FigureLexicon.MeasureWords.TryGetValue(w, out var mw) && w is not "lives" and not "custody")
            {
                if (Negated(tokens, i))
                {
                    return false;
                }
                r.Measures.Add(mw);
                r.Inferred = !(i + 1 < n && tokens[i + 1].Lower == "toll") && w is not "dead" and not "deaths" and not "killed";
                break;
            }
            var figuresStand = w == "figures" && i + 1 < n && (tokens[i + 1].Lower is "stand" or "stood" or "stands" || (tokens[i + 1].Lower == "now" && i + 2 < n && tokens[i + 2].Lower is "stand" or "stood"));
            if ((FigureLexicon.TollWords.Contains(w) && w is not "number" and not "count" || figuresStand || (w is "number" && i + 1 < n && tokens[i + 1].Lower == "of")) && !(i > 0 && tokens[i - 1].Lower == "in"))
            {
                var of = i + 2 < n && tokens[i + 1].Lower == "of" ? (tokens[i + 2].Lower == "the" && i + 3 < n ? tokens[i + 3].Lower : tokens[i + 2].Lower) : string.Empty;
                if (np.Head < 0 && MeasureLexicon.FallbackHeads.TryGetValue(of, out var counted))
                {
                    r.Measures.Add(counted); // "put the number of passengers at about 350"
                    r.Inferred = true;
                    break;
                }
                if (w != "toll" && of is not ("victims" or "fatalities" or "casualties") && np.Head >= 0 && !FigureLexicon.MeasureWords.ContainsKey(tokens[np.Head].Lower))
                {
                    break; // "A total of 28 people who were in contact were quarantined": a total of people, not of the earlier measure
                }
                var inherit = InheritMeasure(r.Claims, r.Current, r.Previous);
                if (np.Head < 0 && w == "number" && CasesCounted(tokens, i + 2) is { } caseMeasure)
                {
                    r.Measures.Add(caseMeasure); // "the number of suspected cases has climbed to 3,400"
                    r.Inferred = true;
                }
                else if (w == "toll" || of is "victims" or "fatalities" or "casualties")
                {
                    r.Measures.Add(Measures.Killed); // "the number of victims rose to 205": a toll
                }
                else if (w == "toll")
                {
                    r.Measures.Add(Measures.Killed);
                }
                else if (inherit is not null)
                {
                    r.Measures.Add(inherit);
                    r.Inferred = true;
                }
                break;
            }
        }
        return true;
    }

    /// <summary>The reading of a count whose measure is known: cumulative or not, the counted group, the whole of a partitive, an increment.</summary>
    private static Reading FinishReading(CountReading r, bool unknown)
    {
        var tokens = r.Tokens;
        var np = r.Np;
        var n = r.N;
        var qStart = r.QStart;
        var measures = r.Measures;
        // Cumulative: a toll, a total, or a rise to a figure.
        var cumulative = false;
        for (var i = Math.Max(0, qStart - 12); i < qStart; i++)
        {
            if (tokens[i].Lower is "toll" or "total" or "tally" or "risen" or "rose" or "climbed" or "reached" or "bringing" or "stands" or "stand" or "stood" or "combined")
            {
                cumulative = true;
            }
        }
        cumulative &= r.PartOf is null; // "the toll rose to 745, including 213 women": the part is no total
        var who = WhoOf(tokens, r.Text, np, measures[0]);
        if (measures[0] is Cases or Infected && (OutbreakHead(tokens, np.Head) || r.CasesHead))
        {
            who = "all"; // "2,127 confirmed cases": the cases are everyone counted
        }
        if (who == "all" && !cumulative)
        {
            // The group some measures define: rescued → survivors, held → suspects. The evacuated stay "all": "2,000 people were
            // evacuated" counts everyone moved, as "2,000 people were killed" counts everyone killed (docs/figures.md, 3l).
            who = measures[0] switch
            {
                Measures.Rescued => "survivors",
                Measures.Arrested or Measures.Detained => "suspects",
                Measures.Displaced when r.PredicateWord is "homeless" or "lost" => "homeless",
                _ => who,
            };
        }
        if (who is not null && !cumulative && MeasureLexicon.PopulationNouns.Contains(who.ToLowerInvariant()))
        {
            who = "all"; // "killed 263 miners", "351 survivors were rescued": the noun names everyone the event struck, no subset of them
        }
        else if (who is not null && MeasureLexicon.GroupSynonyms.TryGetValue(who.ToLowerInvariant(), out var folded))
        {
            who = folded; // "kids", "youngsters" → children; "firemen" → firefighters; "travellers" → passengers
        }
        if (cumulative && np.Head < 0)
        {
            who = "all";
        }
        if (who == "all" && (np.Head < 0 || FigureLexicon.AllWords.Contains(tokens[np.Head].Lower)) && SeverityGroup(tokens, r.Text, np.End) is { } severity)
        {
            who = severity; // "of whom 17 are in serious condition", "two are critical": the severity names the group
        }
        if (measures[0] == MeasureLexicon.Present && (who == "all" || (np.Head >= 0 && MeasureLexicon.PersonNouns.Contains(tokens[np.Head].Lower))) && PresentGroup(tokens, r.Text, np.End) is { } present)
        {
            who = present; // "787 workers were in the mine": everyone at the place, by the place
        }
        if (who == "all" && PartitiveCopulaGroup(tokens, r.NpAt, np.End) is { } part)
        {
            who = part; // "Forty of those killed in the strike were children"
        }
        var npAt = r.NpAt;
        // "58 of the 96 survivors": the whole, linked once its own claim exists.
        var wholeTok = npAt + 2 < n && tokens[npAt].Lower == "of" && tokens[npAt + 1].Lower is "the" or "those" or "these" && tokens[npAt + 2].IsNumber ? npAt + 2 : -1;
        // "three more bodies", "a further 20", "an additional 12": an addition to an earlier count, not a competing total.
        var increment = (npAt < n && tokens[npAt].Lower is "more" or "additional" && !(npAt + 1 < n && tokens[npAt + 1].Lower == "than"))
            || (qStart > 0 && tokens[qStart - 1].Lower is "further" or "additional")
            // "the ministry added 36 deaths to the tally": a verb of adding before a count of deaths or cases (not "he added 36 people died")
            || (qStart > 0 && tokens[qStart - 1].Lower is "added" or "adding" or "adds" or "add" && np.Head >= 0
                && tokens[np.Head].Lower is "deaths" or "fatalities" or "cases" or "infections" or "victims" or "bodies" or "names"
                // "the spokesman added 36 deaths had been confirmed": a verb after the count makes "added" a verb of saying
                && !(np.Head + 1 < n && tokens[np.Head + 1].Lower is "had" or "have" or "has" or "were" or "was" or "are" or "is" or "been" or "would" or "will"))
            || (npAt + 1 < n && tokens[npAt].Lower == "new" && tokens[npAt + 1].Lower is "deaths" or "fatalities" or "victims" or "bodies" or "casualties" or "injuries" or "cases" or "infections")
            // "confirmed another 18 deaths": another before a count of deaths or cases adds to it
            || (qStart > 0 && tokens[qStart - 1].Lower == "another" && np.Head >= 0 && tokens[np.Head].Lower is "deaths" or "fatalities" or "cases" or "infections" or "bodies");
        if (increment && who is "new" or "additional" or "more")
        {
            who = "all"; // "15 new deaths": the adjective marks the increment, it names no group
        }
        return new Reading(measures, r.Qualifier, who, Math.Max(0, Math.Min(r.SpanStart, qStart)), Math.Max(r.SpanEnd, r.T1), np.End, cumulative, r.PartOf, r.Inferred, r.Weak, r.Anaphoric, unknown)
        {
            WholeTok = wholeTok,
            // "1,541 deaths in one country and 810 more in the other": a second part beside a count of the same sentence, not an addition.
            Increment = increment && !r.Weak && r.Current.Count == 0,
            SourceFrom = r.SourceFrom,
        };
    }

    /// <summary>A number that ends a name ("Red Dead Redemption 2", "Destiny 2", "iPhone 11 Pro"): right after a capitalised word that is
    /// not the sentence's first, a function word, a date word or a measure word, in a sentence that is not a title-case headline.</summary>
    private static bool NameNumber(string text, List<Token> tokens, int qStart, int t0)
    {
        if (qStart != t0 || qStart < 2 || !tokens[qStart - 1].IsWord)
        {
            return false;
        }
        var before = tokens[qStart - 1];
        var word = text.AsSpan(before.Start, before.End - before.Start);
        // "In Malawi 56 people died", "across Sindh 339 people": a place after a preposition, then a count of people.
        if (tokens[qStart - 2].Lower is "in" or "across" or "at" or "from" && t0 + 1 < tokens.Count && MeasureLexicon.PersonNouns.Contains(tokens[t0 + 1].Lower))
        {
            return false;
        }
        if (!word.ContainsAnyInRange('A', 'Z') || before.Lower.Length < 2 || FigureLexicon.MeasureWords.ContainsKey(before.Lower) || FigureLexicon.TollWords.Contains(before.Lower)
            || FigureLexicon.Days.Contains(before.Lower) || Numbers.NumberLexicon.Months.Contains(before.Lower) || FigureLexicon.NpStop.Contains(before.Lower)
            || (before.Lower is "altogether" && t0 + 1 < tokens.Count && tokens[t0 + 1].IsWord && char.IsLower(text[tokens[t0 + 1].Start]))
            || before.Lower is "to" or "at" or "of" or "by" or "over" or "nearly" or "about" or "around" or "some" or "than" or "least" or "top" or "tops" or "hits" or "now" or "past" or "kills" or "leaves" or "claims" or "rises" or "climbs" or "reaches" or "no" or "number" or "phase" or "level" or "category" or "grade" or "stage")
        {
            return false;
        }
        // A title-case headline ("Fire Leaves 12 Dead In Town") capitalises every word: there a capital says nothing. A sentence with
        // at least two lowercase words of four letters or more is not one, however many names it holds.
        var lowercase = 0;
        foreach (var t in tokens)
        {
            if (t.IsWord && t.Lower.Length > 3 && char.IsLower(text[t.Start]))
            {
                lowercase++;
            }
        }
        return lowercase >= 2;
    }

    /// <summary>A number chained to others by hyphens without spaces ("a 9-2-1 start", "1-6-2"): a score, record or code.</summary>
    private static bool ChainedNumber(string text, NumberMention m) => ChainLength(text, m.Start) >= 3;

    /// <summary>How many hyphen-joined digit groups the chain holding <paramref name="at"/> has.</summary>
    private static int ChainLength(string text, int at)
    {
        var s = at;
        while (s > 0 && (char.IsDigit(text[s - 1]) || (text[s - 1] == '-' && s > 1 && char.IsDigit(text[s - 2]))))
        {
            s--;
        }
        var e = at;
        while (e < text.Length && (char.IsDigit(text[e]) || (text[e] == '-' && e + 1 < text.Length && char.IsDigit(text[e + 1]))))
        {
            e++;
        }
        var groups = 1;
        for (var i = s; i < e; i++)
        {
            groups += text[i] == '-' ? 1 : 0;
        }
        return groups;
    }

    /// <summary>The last claim of this sentence, before count <paramref name="k"/>, that is not itself a component: the total a part belongs to.</summary>
    private static int? LastTotal(List<FigureClaim> claims, List<int> current, int[] claimOfCount, int k)
    {
        for (var j = k - 1; j >= 0; j--)
        {
            if (claimOfCount[j] >= 0 && claims[claimOfCount[j]].PartOf is null)
            {
                return claimOfCount[j];
            }
        }
        return null;
    }

    /// <summary>"were children", "are women", "were Germans": a copula and a group of people after a bare number; the group's words and end.</summary>
    private static (string Who, int End)? CopulaGroup(List<Token> tokens, string text, int at)
    {
        var n = tokens.Count;
        if (at >= n || tokens[at].Lower is not ("were" or "are" or "was" or "is"))
        {
            return null;
        }
        var i = at + 1;
        while (i < n && tokens[i].Lower is "all" or "also" or "mostly" or "mainly" or "reportedly" or "believed" or "thought" or "to" or "be" or "said")
        {
            i++;
        }
        var s = i;
        while (i < n && i - s < 4 && tokens[i].IsWord && !FigureLexicon.NpStop.Contains(tokens[i].Lower) && !FigureLexicon.MeasureWords.ContainsKey(tokens[i].Lower))
        {
            i++;
        }
        if (i == s)
        {
            return null;
        }
        var head = tokens[i - 1].Lower;
        var capitalPlural = char.IsUpper(text[tokens[i - 1].Start]) && head.EndsWith('s') && head.Length > 3;
        if (!MeasureLexicon.PersonNouns.Contains(head) && !capitalPlural)
        {
            return null;
        }
        return (text[tokens[s].Start..tokens[i - 1].End], i);
    }

    /// <summary>A severity that names the group of a count of the injured: "(are) in serious/critical condition", "in critical care",
    /// "(are) critical", "critically"; the words, or null.</summary>
    private static string? SeverityGroup(List<Token> tokens, string text, int at)
    {
        var n = tokens.Count;
        var i = at;
        while (i < n && i - at < 4 && tokens[i].Lower is "of" or "whom" or "them" or "are" or "were" or "is" or "was" or "remain" or "remained" or "still" or "now" or "being" or "listed" or "said" or "to" or "be")
        {
            i++;
        }
        if (i >= n)
        {
            return null;
        }
        var w = tokens[i].Lower;
        if (w == "in" && i + 2 < n && tokens[i + 1].Lower is "critical" or "serious" or "stable" or "grave" or "intensive" && tokens[i + 2].Lower is "condition" or "care")
        {
            return text[tokens[i].Start..tokens[i + 2].End];
        }
        if (w is "critical" or "critically" or "seriously" or "severely" or "gravely")
        {
            return w is "critical" ? "in critical condition" : w + " injured";
        }
        return null;
    }

    /// <summary>A figure in parentheses after a name in a list ("Afghans (31), Iranians (9)", "Punjab (167)"): a component of the
    /// sentence's (or the previous sentence's) total, with the total's measure; a people's name is the group, a place's name the place.</summary>
    private static Reading? ParenthesisedBreakdown(string text, List<Token> tokens, int qStart, int t1, List<FigureClaim> claims, List<int> current,
        List<int> previous, int[] claimOfCount, int k)
    {
        var n = tokens.Count;
        if (qStart < 2 || tokens[qStart - 1].Lower != "(" || t1 >= n || tokens[t1].Lower != ")" || !tokens[qStart - 2].IsWord
            || FigureLexicon.Days.Contains(tokens[qStart - 2].Lower) || Numbers.NumberLexicon.Months.Contains(tokens[qStart - 2].Lower))
        {
            return null; // "on Sunday (27)": a date, not a breakdown
        }
        var end = qStart - 1;
        var s = qStart - 2;
        while (s - 1 >= 0 && end - s < 5 && (tokens[s - 1].Lower == "-" || (tokens[s - 1].IsWord && char.IsUpper(text[tokens[s - 1].Start])) || (tokens[s - 1].Lower is "and" or "of" && s - 2 >= 0 && char.IsUpper(text[tokens[s - 2].Start]))))
        {
            s--;
        }
        while (s < end && !char.IsUpper(text[tokens[s].Start]))
        {
            s++;
        }
        if (s >= end)
        {
            return null;
        }
        var total = LastTotal(claims, current, claimOfCount, k);
        var anaphoric = false;
        if (total is null)
        {
            foreach (var p in previous)
            {
                if (claims[p].PartOf is null)
                {
                    total = p;
                    anaphoric = true;
                    break;
                }
            }
        }
        if (total is not { } t)
        {
            return null;
        }
        var name = tokens[end - 1].Lower;
        var people = end - s == 1 && (name.EndsWith("ans", StringComparison.Ordinal) || name.EndsWith("ese", StringComparison.Ordinal) || name.EndsWith("is", StringComparison.Ordinal)
            || name.EndsWith("ish", StringComparison.Ordinal) || name.EndsWith("ers", StringComparison.Ordinal) || MeasureLexicon.PersonNouns.Contains(name));
        var reading = new Reading([claims[t].Measure], Qualifier.Exact, people ? text[tokens[s].Start..tokens[end - 1].End] : claims[t].Who, s, t1 + 1, t1 + 1, false, t, true, false, anaphoric);
        return people ? reading : reading with { PlaceStartTok = s, PlaceEndTok = end };
    }

    /// <summary>The measure of a count of people dead or missing, stated together ("50 people dead or missing").</summary>
    internal const string DeadOrMissingMeasure = "dead_or_missing";

    private static bool DeadOrMissing(string a, string b) =>
        (a == Measures.Killed && b == Measures.Missing) || (a == Measures.Missing && b == Measures.Killed);

    /// <summary>A verb that touches lives without ending them, at <paramref name="at"/> or before "the" there ("affected the lives of",
    /// "disrupted the lives of", "upended lives of").</summary>
    private static bool AffectingVerb(List<Token> tokens, int at)
    {
        var i = at >= 1 && tokens[at].Lower is "the" or "their" ? at - 1 : at;
        return tokens[i].Lower is "affected" or "affecting" or "affects" or "affect" or "disrupted" or "disrupting" or "upended" or "upending" or "touched"
            or "touching" or "changed" or "changing" or "impacted" or "impacting" or "transformed" or "saved" or "saving";
    }

    /// <summary>A measure predicate right after a bare amount, through auxiliaries and adverbs ("many had already died", "several were
    /// hurt"), and not negated.</summary>
    private static bool PredicateFollows(List<Token> tokens, int at)
    {
        var i = at;
        while (i < tokens.Count && i - at < 4 && tokens[i].Lower is "had" or "have" or "has" or "were" or "was" or "are" or "is" or "been" or "already" or "also" or "reportedly" or "later" or "since" or "all")
        {
            i++;
        }
        if (i > at && i < tokens.Count && PredicateAt(tokens, i) is { Measure: Measures.Killed or Measures.Injured } && !Negated(tokens, i))
        {
            return true; // "many had died", "several were hurt"; not "many were rescued"
        }
        // "many still missing", "several remain unaccounted for": still or remain, then missing (not "many remain in critical condition")
        i = at;
        while (i < tokens.Count && i - at < 4 && tokens[i].Lower is "are" or "were" or "is" or "was" or "still" or "remain" or "remained" or "remains" or "as" or "yet")
        {
            i++;
        }
        return i > at && i < tokens.Count && tokens[i].Lower is "missing" or "unaccounted" && !Negated(tokens, i);
    }

    /// <summary>"still to be", "remain to be", "awaiting": the act has not happened yet.</summary>
    private static bool Pending(List<Token> tokens, int at) =>
        (at >= 3 && tokens[at - 1].Lower == "be" && tokens[at - 2].Lower == "to" && tokens[at - 3].Lower is "still" or "remain" or "remains" or "yet" or "waiting")
        || (at >= 1 && tokens[at - 1].Lower is "awaiting" or "unidentified");

    private static bool AnyOf(List<Token> tokens, int from, int to, params ReadOnlySpan<string> words)
    {
        for (var i = from; i < to; i++)
        {
            foreach (var w in words)
            {
                if (tokens[i].Lower == w)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>"out of the water", "out of the burning building": where the living are pulled from (bodies are pulled "from" a wreck).</summary>
    private static bool OutOfDanger(List<Token> tokens, int at)
    {
        var n = tokens.Count;
        var i = at;
        if (i + 1 < n && tokens[i].Lower == "out" && tokens[i + 1].Lower == "of")
        {
            i += 2;
        }
        else
        {
            return false;
        }
        for (var j = i; j < n && j - i < 4; j++)
        {
            if (tokens[j].Lower is "water" or "sea" or "river" or "rubble" or "debris" or "wreckage" or "wreck" or "building" or "flames" or "fire" or "mud" or "sinking" or "hull" or "ruins")
            {
                return true;
            }
        }
        return false;
    }

    private static bool AliveAfter(List<Token> tokens, int at) =>
        (at < tokens.Count && tokens[at].Lower == "alive") || (at + 1 < tokens.Count && tokens[at].Lower == "out" && tokens[at + 1].Lower == "alive");

    private static string? InheritMeasure(List<FigureClaim> claims, List<int> current, List<int> previous)
    {
        if (current.Count > 0)
        {
            return claims[current[^1]].Measure;
        }
        return previous.Count > 0 ? claims[previous[0]].Measure : null;
    }

    /// <summary>"Three Britons, two Americans and a Canadian were killed": a comma between two counts of named groups of people (the item
    /// before it ends in a group noun), in a list closed by "and" before its predicate, lets the count share the predicate. A bare number
    /// before the comma ("87, 64 people missing") never does.</summary>
    private static bool ListOfGroups(List<Token> tokens, NounPhrase np, int otherEnd, int otherStart)
    {
        if (otherStart < 2 || tokens[otherStart - 1].Lower != "," || np.Head < 0 || !GroupNoun(tokens[np.Head].Lower) || !GroupNoun(tokens[otherStart - 2].Lower))
        {
            return false;
        }
        var j = otherEnd;
        while (j < tokens.Count && j - otherEnd < 2 && tokens[j].IsWord && !GroupNoun(tokens[j].Lower) && !FigureLexicon.NpStop.Contains(tokens[j].Lower))
        {
            j++; // one modifier: "two cabin crew", "four young children"
        }
        if (j >= tokens.Count || !GroupNoun(tokens[j].Lower))
        {
            return false;
        }
        for (var k = j + 1; k < tokens.Count && k - j <= 12; k++)
        {
            var w = tokens[k].Lower;
            if (w is "and")
            {
                return true;
            }
            if (w is not ",")
            {
                if (!tokens[k].IsWord && !tokens[k].IsNumber)
                {
                    return false;
                }
                if (FigureLexicon.NpStop.Contains(w) || FigureLexicon.MeasureWords.ContainsKey(w))
                {
                    return false;
                }
            }
        }
        return false;
    }

    private static bool GroupNoun(string w) => MeasureLexicon.PersonNouns.Contains(w) || MeasureLexicon.Nationalities.Contains(w)
        || w is "pilots" or "crew" or "child" or "infants" or "babies" or "infant" or "baby" or "man" or "woman" or "boy" or "girl";

    /// <summary>For a count at <paramref name="at"/> after "from", the last token of "N (displaced/affected) families/households", or null.</summary>
    private static int? FamiliesAfter(List<Token> tokens, int at)
    {
        for (var j = at + 1; j < tokens.Count && j - at <= 3; j++)
        {
            if (tokens[j].Lower is "families" or "households")
            {
                return j;
            }
            if (!tokens[j].IsWord || FigureLexicon.NpStop.Contains(tokens[j].Lower))
            {
                return null;
            }
        }
        return null;
    }

    private static bool IsCountStart(List<(NumberMention M, int T0, int T1)> counts, int self, int token, out int index)
    {
        for (var j = 0; j < counts.Count; j++)
        {
            if (j != self && counts[j].T0 == token)
            {
                index = j;
                return true;
            }
        }
        index = -1;
        return false;
    }

    private static bool GovernsOwnCount(List<Token> tokens, List<(NumberMention M, int T0, int T1)> counts, int self, int after)
    {
        if (after < tokens.Count && tokens[after].Lower is "in" or "on" or "at" or "over" or "by" or "during" or "and" or "," or "as" or "from" or "across" or "with" or "since" or "after")
        {
            return false;
        }
        for (var j = 0; j < counts.Count; j++)
        {
            if (j != self && counts[j].T0 >= after && counts[j].T0 - after <= 3
                && !(counts[j].T1 < tokens.Count && FigureLexicon.NonCountNouns.Contains(tokens[counts[j].T1].Lower))
                && !AnyOf(tokens, after, counts[j].T0, "and", "or", ",", "today", "yesterday", "tonight", "overnight"))
            {
                return true; // "… drowned today and another 200 were missing": the next number starts a clause of its own
            }
        }
        return false;
    }

    /// <summary>A toll the number completes, within its clause ("the death toll from the blasts rose to 112", "toll now 28", "the
    /// toll stood at 90"): the token index of "toll" when it is a death toll, -2 for another toll word naming deaths; null when none.</summary>
    /// <summary>"the number of dead at 48", "the number of those unaccounted for is 150", "the number of injured stood at 300": a count framed
    /// by "number of" and the words it counts, linked to the bare number by "at", "is", "stood at" or "rose to". The measure the framed words
    /// name and where "number" stands; null when no measure word is framed.</summary>
    private static (string Measure, int At)? NumberOfFrame(List<Token> tokens, int qStart)
    {
        var i = qStart - 1;
        while (i >= 0 && qStart - i <= 4 && tokens[i].Lower is "at" or "is" or "was" or "stood" or "stands" or "stand" or "to" or "rose" or "risen" or "now" or "has" or "had")
        {
            i--;
        }
        if (i == qStart - 1 || i < 2)
        {
            return null; // the number must be linked to the frame ("… is 150", "… at 61")
        }
        for (var o = i; o >= 1 && i - o <= 5; o--)
        {
            var w = tokens[o].Lower;
            if (w is "," or "." or ";" or ":" || tokens[o].IsNumber)
            {
                return null;
            }
            if (w == "of" && tokens[o - 1].Lower == "number")
            {
                for (var j = o + 1; j <= i; j++)
                {
                    if (FigureLexicon.MeasureWords.TryGetValue(tokens[j].Lower, out var mw))
                    {
                        return (mw, o - 1);
                    }
                    if (MeasureLexicon.PhraseAt(tokens, j) is { } phrase)
                    {
                        return (phrase.Measure, o - 1);
                    }
                }
                return null;
            }
        }
        return null;
    }

    /// <summary>"confirmed dead at 78", "the injured at 300", "missing at 40": a casualty word right before "at" and a bare number
    /// after it names the number's measure. Returns the measure and the word's token, or null.</summary>
    private static (string Measure, int At)? MeasureWordAt(List<Token> tokens, int qStart)
    {
        if (qStart < 2 || tokens[qStart - 1].Lower != "at")
        {
            return null;
        }
        var w = tokens[qStart - 2].Lower;
        return w is "dead" or "killed" or "injured" or "wounded" or "hurt" or "missing" or "displaced" or "homeless" or "arrested" or "detained"
            ? (FigureLexicon.MeasureWords[w], qStart - 2)
            : null;
    }

    private static int? TollBefore(List<Token> tokens, int qStart)
    {
        for (var i = qStart - 1; i >= 0 && qStart - i <= 9; i--)
        {
            var w = tokens[i].Lower;
            if (w is "," or "." or ";" or ":" or "(" or ")" or "\"" || tokens[i].IsNumber || FigureLexicon.ClauseBreaks.Contains(w) || FigureLexicon.AttributionVerbs.Contains(w))
            {
                return null;
            }
            if (w == "toll")
            {
                // "death toll", "toll", "the toll of the dead": not "a heavy toll on the economy".
                return i > 0 && tokens[i - 1].Lower is "heavy" or "emotional" or "financial" or "economic" or "psychological" or "road" ? null : i;
            }
        }
        return null;
    }

    private static bool Negated(List<Token> tokens, int at)
    {
        for (var i = Math.Max(0, at - 3); i < at; i++)
        {
            if (FigureLexicon.Negations.Contains(tokens[i].Lower) && !(tokens[i].Lower == "yet" && i > 0 && tokens[i - 1].Lower == "as"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A form of "be" that links a count to its predicate ("are", "were", "is", "was", "been"); the rules add their own
    /// adverbs and auxiliaries around it.</summary>
    private static bool IsBe(string w) => w is "are" or "were" or "is" or "was" or "been";

    /// <summary>A bare count in a clause led by "Of the N (suspected) cases," whose predicate confirms it ("19 were confirmed", "21 have
    /// been laboratory-confirmed", "nine tested positive"): a part of the cases, counted as cases.</summary>
    private static bool ConfirmedPartOfCases(List<Token> tokens, int qStart, int npEnd)
    {
        if (qStart < 4 || tokens[qStart - 1].Lower != ",")
        {
            return false;
        }
        var start = qStart - 2;
        while (start > 0 && qStart - start <= 14 && !(tokens[start].Lower == "of" && tokens[start - 1].Lower is "." or ";" or ":" or "\"" or "-" or "—" or "–" or ")"))
        {
            start--;
        }
        if (qStart - start > 14 || tokens[start].Lower != "of")
        {
            return false; // "Of the 52 suspected cases, 19 …" opens its sentence (or follows a dateline's dash)
        }
        var cases = false;
        for (var i = start + 1; i < qStart - 1; i++)
        {
            cases |= tokens[i].Lower is "cases" or "infections" or "patients" or "samples";
        }
        if (!cases)
        {
            return false;
        }
        var j = npEnd;
        while (j < tokens.Count && j - npEnd < 4 && (IsBe(tokens[j].Lower) || tokens[j].Lower is "have" or "has" or "had" or "now" or "since" or "later" or "so" or "far"))
        {
            j++;
        }
        if (j >= tokens.Count)
        {
            return false;
        }
        var w = tokens[j].Lower;
        var next = j + 1 < tokens.Count ? tokens[j + 1].Lower : string.Empty;
        return (w is "confirmed" or "laboratory-confirmed" or "lab-confirmed" && next is not ("dead" or "killed" or "missing" or "injured" or "alive" or "safe" or "as"))
            || (w is "tested" or "test" && next == "positive");
    }

    /// <summary>A measure predicate starting at token <paramref name="i"/>: a measure word or a multiword one ("lost their homes", "sought refuge", "found alive").</summary>
    private static (string Measure, int End)? PredicateAt(List<Token> tokens, int i)
    {
        var n = tokens.Count;
        var w = tokens[i].Lower;
        string Next(int d) => i + d < n ? tokens[i + d].Lower : string.Empty;
        if (w is "lost" && Next(1) is "their" or "his" or "her")
        {
            return Next(2) switch
            {
                "lives" or "life" => (Measures.Killed, i + 3),
                "homes" or "home" or "houses" => (Measures.Displaced, i + 3),
                _ => null,
            };
        }
        if (w is "sought" or "seeking" or "seek" && Next(1) is "refuge" or "shelter")
        {
            return (MeasureLexicon.Sheltering, i + 2);
        }
        if (w == "tested" && Next(1) == "positive" && i > 1 && tokens[i - 1].Lower is "have" or "has" or "had"
            && (MeasureLexicon.PersonNouns.Contains(tokens[i - 2].Lower) || tokens[i - 2].Lower == "others"))
        {
            return (Infected, i + 2); // "230 people have tested positive": infections; a bare "tested positive" (counts of samples, rates) is left alone
        }
        if ((w is "in" or "under" && (Next(1) == "quarantine" || (Next(1) is "mandatory" or "home" or "strict" && Next(2) == "quarantine"))
            || (w == "quarantined" && i > 0 && (IsBe(tokens[i - 1].Lower) || tokens[i - 1].Lower is "being" or "remain" or "remained" or "still"))))
        {
            return (MeasureLexicon.Quarantined, w == "quarantined" ? i + 1 : Next(1) == "quarantine" ? i + 2 : i + 3); // "85 people are in quarantine"
        }
        if (w is "monitored" or "observed" && i > 0 && tokens[i - 1].Lower is "being")
        {
            return (MeasureLexicon.Monitored, i + 1); // "120 contacts are being monitored": followed for signs of a disease
        }
        if (MeasureLexicon.PhraseAt(tokens, i) is { } phrase)
        {
            return phrase;
        }
        if (w is "crossed" or "crossing" && Next(1) is "into" or "the")
        {
            return (Measures.Displaced, i + 2);
        }
        if (w is "under" && Next(1) == "the" && Next(2) is "rubble" or "debris")
        {
            return (Measures.Missing, i + 3);
        }
        if (w is "found" or "pulled" or "brought" or "taken" or "dug" or "rescued" && (Next(1) == "alive" || (Next(1) is "out" && Next(2) == "alive")))
        {
            return (Measures.Rescued, Next(1) == "alive" ? i + 2 : i + 3);
        }
        // "12 firefighters were among the dead", "two Britons among 44 killed", "16 students among the victims"
        if (w is "among" && Next(1) is not ("them" or "whom" or "those" or "these"))
        {
            var j = i + 1 + (Next(1) == "the" ? 1 : 0);
            j += j < n && tokens[j].IsNumber ? 1 : 0;
            var among = j < n ? tokens[j].Lower : string.Empty;
            if (among is "victims" or "casualties" or "fatalities" or "dead" or "killed" or "deceased")
            {
                return (Measures.Killed, j + 1);
            }
            if (among is "injured" or "wounded" or "hurt" or "missing" or "rescued" or "survivors" or "arrested" or "detained")
            {
                return (FigureLexicon.MeasureWords[among], j + 1);
            }
            if (j > i + 1 && MeasureLexicon.PersonNouns.Contains(among) && AmongThoseWho(tokens, j + 1) is { } fate)
            {
                return fate; // "386 children are among the 1,136 people who have died", "among the 150 people killed"
            }
        }
        if (w is "suffering" or "suffered" && Next(1) == "from" && !NotAnInjury(tokens, i + 2))
        {
            return (Measures.Injured, i + 2); // "400 people suffering from heat exhaustion or burns"
        }
        if (w is "crammed" or "packed" or "squeezed" or "squashed" && Next(1) is "into" or "inside")
        {
            return (MeasureLexicon.Present, i + 2); // "some 2,000 people crammed into a club": who was there when it happened
        }
        if (w is "in" && Next(1) == "custody")
        {
            return (Measures.Arrested, i + 2);
        }
        if (w is "on" && Next(1) == "the" && Next(2) == "list" && Next(3) == "of" && Next(4) == "the" && Next(5) == "dead")
        {
            return (Measures.Killed, i + 6);
        }
        if (w is "killed" or "died" or "dead" or "perished" or "wounded" or "injured" or "hurt" or "missing" or "trapped" or "displaced" or "fled" or "fleeing"
            or "homeless" or "evacuated" or "sheltering" or "arrested" or "detained" or "rescued" or "affected" or "identified" or "treated" or "unaccounted"
            or "drowned" or "slain" or "martyred" or "injuries" or "deaths" or "hospitalised" or "hospitalized" or "killing" or "die")
        {
            return (FigureLexicon.MeasureWords[w], i + 1);
        }
        if (w == "released" && Next(1) == "from" && (Next(2) is "hospital" or "hospitals" || Next(3) is "hospital" or "hospitals")
            && !(i > 0 && tokens[i - 1].Lower is "not" or "never"))
        {
            return ("discharged", i + (Next(2) is "hospital" or "hospitals" ? 3 : 4)); // "63 patients were released from (the) hospital"
        }
        if (w == "malnourished" && i > 0 && (IsBe(tokens[i - 1].Lower) || tokens[i - 1].Lower is "acutely" or "severely" or "seriously"))
        {
            return (MeasureLexicon.Malnourished, i + 1); // "9,000 children are acutely malnourished": a copula predicate only
        }
        if (MeasureLexicon.Predicates.TryGetValue(w, out var predicate) && (w != "inside" || (i > 0 && (IsBe(tokens[i - 1].Lower) || tokens[i - 1].Lower == "still")))
            && !(w == "disappeared" && i > 0 && tokens[i - 1].Lower is "their" or "the" or "his" or "her" or "our" or "its")) // "their disappeared": a noun
        {
            return (predicate, i + 1);
        }
        return null;
    }

    /// <summary>Hunger, want, trauma or a disease after "suffering from", through any severity adjectives ("severe acute food
    /// insecurity"): a condition that is no injury.</summary>
    private static bool NotAnInjury(List<Token> tokens, int at)
    {
        var j = at;
        while (j < tokens.Count && j - at < 4 && tokens[j].Lower is "acute" or "severe" or "chronic" or "extreme" or "moderate" or "serious" or "critical" or "emergency" or "crisis" or "high" or "levels" or "of")
        {
            j++;
        }
        return j < tokens.Count && tokens[j].Lower is "hunger" or "malnutrition" or "famine" or "starvation" or "food" or "poverty" or "trauma" or "depression" or "shock"
            or "cholera" or "diarrhoea" or "diarrhea" or "measles" or "malaria" or "insecurity" or "shortages";
    }

    private enum ComponentKind
    {
        None,
        SameSentence,
        PreviousSentence,
    }

    private static ComponentKind ComponentMarker(List<Token> tokens, int qStart, int npEnd)
    {
        var p1 = qStart > 0 ? tokens[qStart - 1].Lower : string.Empty;
        var p2 = qStart > 1 ? tokens[qStart - 2].Lower : string.Empty;
        var p3 = qStart > 2 ? tokens[qStart - 3].Lower : string.Empty;
        if (p1 is "includes" or "include" or "included" && (p2 == "this" || (p2 == "number" && p3 == "this") || (p2 is "figure" or "toll" or "total")))
        {
            return ComponentKind.PreviousSentence;
        }
        if (p1 is "including" or "includes" || (p1 == "them" && p2 == "among") || (p1 == "whom" && p2 is "among" or "of") || (p1 == "to" && p2 == "addition" && p3 == "in"))
        {
            return ComponentKind.SameSentence;
        }
        var n = tokens.Count;
        var a1 = npEnd < n ? tokens[npEnd].Lower : string.Empty;
        var a2 = npEnd + 1 < n ? tokens[npEnd + 1].Lower : string.Empty;
        if ((a1 == "among" && a2 is "them" or "whom") || (a1 == "of" && a2 is "whom" or "them" && qStart > 0 && tokens[qStart - 1].Lower == ","))
        {
            return ComponentKind.SameSentence;
        }
        return ComponentKind.None;
    }

    private readonly record struct NounPhrase(int Start, int End, int Head, string? Partitive, int WhoStart, int WhoEnd);

    /// <summary>The noun phrase after a number: modifiers and head noun, "of the X" partitives, "members of the X".</summary>
    private static NounPhrase ReadNounPhrase(List<Token> tokens, string text, int at)
    {
        var n = tokens.Count;
        var i = at;
        // "42 out of the 70 bodies", "12 out of 68": a part of a counted whole, read as "of the" is.
        var outOf = i + 2 < n && tokens[i].Lower == "out" && tokens[i + 1].Lower == "of"
            && (IsNumeral(tokens[i + 2]) || (i + 3 < n && tokens[i + 2].Lower is "the" or "those" or "these" && IsNumeral(tokens[i + 3])));
        if (outOf)
        {
            i++;
        }
        // Partitive: "93 of the security forces", "twenty-eight of the injured", "eighty of those injured".
        if (i + 1 < n && tokens[i].Lower == "of" && (tokens[i + 1].Lower is "the" or "those" or "these" or "them" || outOf))
        {
            var j = tokens[i + 1].Lower is "the" or "those" or "these" or "them" ? i + 2 : i + 1;
            if (tokens[i + 1].Lower == "the" && j + 3 < n && tokens[j].IsWord && tokens[j + 1].Lower == "'" && tokens[j + 2].Lower == "s" && tokens[j + 3].IsNumber)
            {
                j += 3; // "300 of the village's 1,200 residents"
            }
            if (j + 1 < n && tokens[j].IsNumber && tokens[j + 1].IsWord)
            {
                j++; // "58 of the 96 survivors": the part's phrase is the total's noun
            }
            if (j < n && FigureLexicon.MeasureWords.TryGetValue(tokens[j].Lower, out var pm) && !FigureLexicon.HeadOnly.Contains(tokens[j].Lower))
            {
                return new NounPhrase(at, j + 1, -1, pm, -1, -1);
            }
            if (j < n && tokens[j].Lower is "victims" or "fatalities" or "deceased" && !(j + 1 < n && tokens[j + 1].Lower is "of" or "'"))
            {
                return new NounPhrase(at, j + 1, -1, Measures.Killed, -1, -1); // "eleven of the victims were women": a part of the dead
            }
            var inner = ReadNounPhrase(tokens, text, j);
            return inner with { Start = at };
        }
        if (i < n && tokens[i].Lower is "more" or "other" or "others" && !(i + 1 < n && tokens[i + 1].Lower == "than"))
        {
            if (tokens[i].Lower == "others")
            {
                return new NounPhrase(at, i + 1, i, null, -1, -1);
            }
            i++;
        }
        var start = i;
        var head = -1;
        var count = 0;
        while (i < n && count < 6)
        {
            var t = tokens[i];
            if (t.Lower is "\"" or "'")
            {
                i++;
                continue;
            }
            if (t.Lower == "-" && head >= 0 && i + 1 < n && tokens[i + 1].IsWord && tokens[i + 1].Start == t.End)
            {
                i++;
                continue;
            }
            if (t.Lower == AbbreviationDot)
            {
                i++;
                continue; // "12 U.S. service members": the dots of a dotted abbreviation are inside the phrase
            }
            if (!t.IsWord || FigureLexicon.NpStop.Contains(t.Lower) || (FigureLexicon.AttributionVerbs.Contains(t.Lower) && head >= 0) || FigureLexicon.NpEnders.Contains(t.Lower))
            {
                break;
            }
            var hyphenated = i > 0 && tokens[i - 1].Lower == "-" && tokens[i - 1].End == t.Start;
            if (head < 0 && !hyphenated && t.Lower is not "inside" && MeasureLexicon.Predicates.ContainsKey(t.Lower) && !FigureLexicon.MeasureWords.ContainsKey(t.Lower))
            {
                break; // "only 41 survived": a predicate right after the number
            }
            if (!hyphenated && ((head >= 0 && t.Lower is "aboard" or "onboard") || MeasureLexicon.PhraseAt(tokens, i) is not null || (head < 0 && FigureLexicon.Days.Contains(t.Lower))))
            {
                break; // "476 people aboard", "3 million people need food aid", "15 made their way to hospital", "185 overnight": not the group
            }
            if (!hyphenated && MeasureLexicon.PhraseEnders.Contains(t.Lower))
            {
                break; // "the 23 reported earlier", "79 people thought to have died", "to 288 again": a verb or adverb, not the group
            }
            var bodyNext = i + 1 < n && tokens[i + 1].Lower is "bodies" or "corpses";
            if (head < 0 && !hyphenated && t.Lower.EndsWith("ing", StringComparison.Ordinal) && t.Lower.Length > 5 && !bodyNext)
            {
                break; // "38,044 following an update"
            }
            var caseModifier = t.Lower is "suspected" or "confirmed" or "probable" or "reported" && i + 1 < n && tokens[i + 1].Lower is "cases" or "infections";
            if (head >= 0 && !hyphenated && !caseModifier && t.Lower is not ("bodies" or "corpses") && (FigureLexicon.MeasureWords.ContainsKey(t.Lower) || FigureLexicon.Days.Contains(t.Lower)
                || ((t.Lower.EndsWith("ed", StringComparison.Ordinal) || t.Lower.EndsWith("ing", StringComparison.Ordinal)) && t.Lower is not "armed" and not "united")))
            {
                break; // "people killed", "massacres targeting": a verb form after the head is the predicate
            }
            if (head >= 0 && !hyphenated && char.IsLower(text[tokens[head].Start]) && char.IsUpper(text[t.Start])
                && (tokens[head].Lower.EndsWith('s') || tokens[head].Lower is "people"))
            {
                break; // "the seven other people Russia reported": a capitalised word after a common noun starts a new phrase
            }
            if (head >= 0 && t.Lower.EndsWith("ly", StringComparison.Ordinal) && t.Lower.Length > 4)
            {
                break; // "terrorists directly involved": an adverb starts the predicate
            }
            if (head >= 0 && FigureLexicon.MeasureWords.ContainsKey(tokens[head].Lower) && !FigureLexicon.HeadOnly.Contains(tokens[head].Lower)
                && !(tokens[head].Lower == "dead" && t.Lower is "bodies" or "body"))
            {
                break; // "500 dead first reported": the measure word ends the phrase (but "ten dead bodies" is one phrase)
            }
            head = i;
            count++;
            i++;
            // "176 passengers and crew were killed": the people on board are one group
            if (t.Lower is "passengers" && i + 1 < n && tokens[i].Lower == "and" && tokens[i + 1].Lower is "crew" or "crewmembers")
            {
                head = i + 1;
                i += 2;
                count++;
                continue;
            }
            // "42 bodies out of the 70 recovered": the whole after "out of" describes the part's group; the predicate follows it
            if (i + 2 < n && tokens[i].Lower == "out" && tokens[i + 1].Lower == "of" && WholeAfterOutOf(tokens, text, i + 2) is { } wholeEnd)
            {
                return new NounPhrase(at, wholeEnd, head, null, start, head + 1);
            }
            // "members of the security forces"
            if (t.Lower is "members" or "member" or "supporters" or "fighters" && i + 1 < n && tokens[i].Lower == "of")
            {
                var j = i + 1;
                if (j < n && tokens[j].Lower == "the")
                {
                    j++;
                }
                var inner = ReadNounPhrase(tokens, text, j);
                if (inner.Head >= 0 && t.Lower is "members" or "member")
                {
                    return new NounPhrase(at, inner.End, inner.Head, inner.Partitive, inner.WhoStart, inner.WhoEnd);
                }
            }
        }
        return new NounPhrase(at, head >= 0 ? head + 1 : at, head, null, start, head >= 0 ? head + 1 : start);
    }

    /// <summary>For "out of" before <paramref name="at"/>: the end of "(the) N (noun phrase)" when a number follows, else null.</summary>
    private static int? WholeAfterOutOf(List<Token> tokens, string text, int at)
    {
        var j = at + (at < tokens.Count && tokens[at].Lower is "the" or "those" or "these" ? 1 : 0);
        if (j >= tokens.Count || !IsNumeral(tokens[j]))
        {
            return null;
        }
        while (j + 1 < tokens.Count && IsNumeral(tokens[j + 1]))
        {
            j++; // "out of one hundred and twelve": the whole's number words
        }
        var whole = ReadNounPhrase(tokens, text, j + 1);
        return whole.Head >= 0 ? whole.End : j + 1;
    }

    private static string? WhoOf(List<Token> tokens, string text, NounPhrase np, string measure)
    {
        if (np.Head >= 0 && np.Head >= 2 && tokens[np.Head].Lower is "crew" or "crewmembers" && tokens[np.Head - 1].Lower == "and" && tokens[np.Head - 2].Lower == "passengers")
        {
            return "all"; // "passengers and crew": everyone on board
        }
        // "31 people from the state", "6 from Sudan": the origin names the group.
        if (np.End + 1 < tokens.Count && tokens[np.End].Lower == "from" && (np.Head < 0 || FigureLexicon.AllWords.Contains(tokens[np.Head].Lower)))
        {
            var j = np.End + 1;
            var from = j;
            while (j < tokens.Count && j - from < 4 && tokens[j].IsWord && (char.IsUpper(text[tokens[j].Start]) || tokens[j].Lower == "-"))
            {
                j++;
            }
            if (j > from)
            {
                return text[tokens[np.Head >= 0 ? np.WhoStart : np.End].Start..tokens[j - 1].End];
            }
        }
        if (np.Head < 0)
        {
            return "all";
        }
        var head = tokens[np.Head].Lower;
        if (head == "names" && measure is Measures.Missing or Measures.Killed && np.WhoEnd - np.WhoStart <= 2)
        {
            return "all"; // "over 800 names on the list of those unaccounted for": each name is a person counted, no group
        }
        if (FigureLexicon.TollWords.Contains(head))
        {
            return "all"; // "put at 10,000 the number of its residents killed": the number is everyone counted
        }
        if (FigureLexicon.AllWords.Contains(head) && np.WhoEnd - np.WhoStart <= 1)
        {
            return "all";
        }
        if (FigureLexicon.MeasureWords.ContainsKey(head) && np.WhoEnd - np.WhoStart <= 1)
        {
            return "all";
        }
        var s = np.WhoStart;
        while (s < np.WhoEnd && tokens[s].Lower is "mostly" or "mainly" or "more" or "other" or "the" or "a" or "an")
        {
            s++;
        }
        if (s >= np.WhoEnd)
        {
            return "all";
        }
        var who = text[tokens[s].Start..tokens[np.WhoEnd - 1].End];
        return head is "people" or "persons" or "individuals" && measure is Measures.Killed or Measures.Injured ? who : who;
    }

    private static (string? Source, string? Reason) Source(List<Token> tokens, string text, int numStart, int numEnd)
    {
        var (source, reason) = SourceCore(tokens, text, numStart, numEnd);
        if (source is null)
        {
            return (source, reason);
        }
        source = WithoutOpenAside(source);
        if (CitingInside(source) is { } nested)
        {
            return (nested, reason); // "according to the news agency citing fire service sources": the innermost source, via the agency
        }
        // Nested reporting: "X reported, citing Y" / "X said, quoting Y" keeps both, the innermost first.
        for (var i = numEnd; i < tokens.Count && i - numEnd < 20; i++)
        {
            var w = tokens[i].Lower;
            if (w is "." or ";")
            {
                break;
            }
            if (w is "citing" or "quoting" && PhraseAfter(tokens, text, i + 1) is { } cited && !cited.Contains(source, StringComparison.OrdinalIgnoreCase))
            {
                return ($"{cited} (via {source})", reason);
            }
        }
        // "Citing a report from the bureau, Newswire said …": the cited source opens the sentence.
        for (var i = 0; i < numStart; i++)
        {
            if (tokens[i].Lower is "citing" or "quoting" && (i == 0 || tokens[i - 1].Lower is "," or "\"") && PhraseAfter(tokens, text, i + 1) is { } cited
                && !cited.Contains(source, StringComparison.OrdinalIgnoreCase) && LooksLikeSource(cited))
            {
                return ($"{DocumentSource(cited)} (via {source})", reason);
            }
        }
        return (source, reason);
    }

    private static (string? Source, string? Reason) SourceCore(List<Token> tokens, string text, int numStart, int numEnd)
    {
        // A reduced relative right after the figure: "the nearly 500 dead first reported by health authorities".
        for (var i = numEnd; i < Math.Min(tokens.Count - 1, numEnd + 3); i++)
        {
            if ((FigureLexicon.AttributionVerbs.Contains(tokens[i].Lower) || (tokens[i].Lower is "given" or "released" or "provided" or "compiled" or "issued" or "published"))
                && tokens[i + 1].Lower == "by" && ByAgent(tokens, text, i + 1) is { } agent)
            {
                return (agent, null);
            }
        }
        // The nearest cue before the number wins ("Reuters reported that sources … indicated that at least 200 …": the sources).
        for (var i = numStart - 1; i >= 0; i--)
        {
            var w = tokens[i].Lower;
            if (w == "according" && i + 1 < tokens.Count && tokens[i + 1].Lower == "to")
            {
                return (AccordingTo(tokens, text, i + 2), null);
            }
            if (w is "show" or "shows" or "showed" or "suggest" or "suggests" or "suggested" && SubjectBefore(tokens, text, i) is { } document
                && DocumentSource(document) is var issuer && !ReferenceEquals(issuer, document))
            {
                return (issuer, null); // "Official figures from the two provinces show …": who issued them
            }
            if (FigureLexicon.AttributionVerbs.Contains(w) && IsReportingUse(tokens, i))
            {
                if (i + 1 < numStart && tokens[i + 1].Lower == "by")
                {
                    var agent = ByAgent(tokens, text, i + 1);
                    if (agent is not null)
                    {
                        return (agent, null);
                    }
                }
                if (PassiveReport(tokens, i, numStart) || PassiveWithoutAgent(tokens, i))
                {
                    continue; // "… said that nine had been reported killed and that 50 …": no one reports here, the cue is further back
                }
                var subject = SubjectBefore(tokens, text, i);
                if (subject is not null && subject.Trim().ToLowerInvariant() is "we" or "i" && QuoteClosesAfter(tokens, numEnd))
                {
                    break; // "“We have counted 40 bodies,” the governor said": the speaker is named after the quotation
                }
                if (subject is not null && w == "claimed" && NamesNoSource(subject))
                {
                    continue; // "WHO says the outbreak in Norland has claimed 1,500 lives": the disaster claims, the agency reports
                }
                if (subject is not null && (LooksLikeSource(subject) || IsPronoun(subject)))
                {
                    return (subject, null); // a pronoun ("he said 40 …") is resolved by the caller
                }
                if (subject is not null)
                {
                    break; // "the death toll announced in Syria": a participle, not a source; look after the figure instead
                }
            }
        }
        // Otherwise the first cue after it: "…, the ministry said", "…, according to SANA", "confirmed by Turkish authorities", "said SOHR".
        for (var i = numEnd; i < tokens.Count; i++)
        {
            var w = tokens[i].Lower;
            if (w is ";")
            {
                break;
            }
            if (i > numEnd && tokens[i - 1].Lower == "," && w is "though" or "although" or "whereas" or "but")
            {
                break; // "45 had died, though local sources put the toll at 122": the concession's source is the other figure's
            }
            if (w == "according" && i + 1 < tokens.Count && tokens[i + 1].Lower == "to")
            {
                return (AccordingTo(tokens, text, i + 2), null);
            }
            if (FigureLexicon.AttributionVerbs.Contains(w) && IsReportingUse(tokens, i))
            {
                if (i + 1 < tokens.Count && tokens[i + 1].Lower == "by")
                {
                    var agent = ByAgent(tokens, text, i + 1);
                    if (agent is not null)
                    {
                        return (agent, null);
                    }
                }
                // "Diver X, who made dives when 83 bodies were brought up, said …": the figure sits in the subject's relative clause.
                if (i > 0 && tokens[i - 1].Lower == "," && RelativeClauseStart(tokens, numStart) is var rel && rel > 0 && !AnyOf(tokens, rel, i - 1, ",")
                    && SubjectBefore(tokens, text, rel - 1) is { } head && LooksLikeSource(head))
                {
                    return (head, null);
                }
                var subject = SubjectBefore(tokens, text, i, numEnd);
                if (subject is not null && (LooksLikeSource(subject) || IsPronoun(subject)))
                {
                    return (subject, null); // "…, 40 in the valley,” he said": the pronoun is resolved by the caller
                }
                if (i > 0 && tokens[i - 1].Lower is "," or "\"")
                {
                    var after = PhraseAfter(tokens, text, i + 1);
                    // "…, saying some victims had been entered in the register twice", "…, said today that": a clause or a time after the verb, no source.
                    if (after is not null && w is not ("saying" or "adding") && !ClauseOrTime(after))
                    {
                        return (after, null);
                    }
                }
            }
        }
        return (null, null);
    }

    /// <summary>A reporting verb in the passive with no agent (<c>… said 40 new cases were reported, bringing the total to 900</c>, <c>it
    /// was confirmed on Monday</c>): no one reports in that clause, so a figure after it takes the cue further back.</summary>
    private static bool PassiveWithoutAgent(List<Token> tokens, int verb) =>
        verb > 0 && tokens[verb - 1].Lower is "was" or "were" or "been" or "being" or "be" or "is" or "are"
        && tokens[verb].Lower is "reported" or "confirmed" or "recorded" or "registered" or "announced" or "documented" or "notified" or "counted" or "logged"
        && (verb + 1 >= tokens.Count || tokens[verb + 1].Lower is not ("by" or "to" or "as"));

    /// <summary>A quotation mark after the figure followed, within the sentence, by a reporting verb: the figure is quoted speech.</summary>
    private static bool QuoteClosesAfter(List<Token> tokens, int numEnd)
    {
        for (var i = numEnd; i < tokens.Count; i++)
        {
            if (tokens[i].Lower == "\"")
            {
                for (var j = i + 1; j < tokens.Count && j - i <= 8; j++)
                {
                    if (FigureLexicon.AttributionVerbs.Contains(tokens[j].Lower))
                    {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /// <summary>Words after a reporting verb that are no source: a clause (<c>the cause was unclear</c>) or a time (<c>today</c>).</summary>
    private static bool ClauseOrTime(string phrase)
    {
        var words = phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (words.Length == 1 && words[0] is "today" or "yesterday" or "tonight" or "earlier" or "later" or "now" or "again" or "also")
            || words.Any(w => w is "was" or "were" or "is" or "are" or "had" or "has" or "have" or "been" or "be" or "would" or "will" or "could" or "may" or "might");
    }

    private static bool LooksLikeSource(string phrase)
    {
        if (phrase.Trim().ToLowerInvariant() is "nothing" or "nobody" or "no one" or "someone" or "everyone" or "anyone" or "little" or "much" or "this" or "that"
            or "everything" or "the other" or "others" or "the others")
        {
            return false;
        }
        var words = phrase.Split([' ', '-', '\'', '’'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && words[0].ToLowerInvariant() is "of" or "in" or "on" or "at" or "for" or "from" or "with" or "to" or "out" or "by" or "as" or "if" or "i")
        {
            return false; // "Of the estimated 500 …": a prepositional phrase or a clause, not a source
        }
        var capital = false;
        foreach (var w in words)
        {
            var lower = w.ToLowerInvariant();
            if (FigureLexicon.MeasureWords.ContainsKey(lower) || FigureLexicon.TollWords.Contains(lower))
            {
                return false;
            }
            capital |= char.IsUpper(w[0]) || FigureLexicon.SourceNouns.Contains(lower);
        }
        return capital;
    }

    private static bool IsReportingUse(List<Token> tokens, int i)
    {
        var w = tokens[i].Lower;
        var next = i + 1 < tokens.Count ? tokens[i + 1].Lower : string.Empty;
        if (w is "claimed" or "claims" or "claim" or "claiming" && (next is "the" or "lives" or "life" || (i + 1 < tokens.Count && tokens[i + 1].IsNumber)))
        {
            return false; // "the floods have claimed 402 lives", "claimed the lives of 144": a toll, not a claim someone made
        }
        if (w is "confirmed" && next is "dead" or "killed" or "missing" or "injured" or "alive" or "safe" or "as")
        {
            return false; // "41 people were confirmed dead": a state, not a source confirming
        }
        if (w is "wrote" or "tweeted" or "posted")
        {
            // "wrote on social media that", "posted on its website", "wrote in a statement": a message, not any writing or posting.
            return w == "tweeted" || next is "on" or "in" or "that";
        }
        if (w == "counting")
        {
            // "Local media were counting 30 dead": a subject that counts, not "counting the cost".
            return i > 0 && tokens[i - 1].Lower is "were" or "was" or "are" or "is" or "then" or "still" or "now";
        }
        if (w is "put" or "puts" or "gave" or "given" or "saw" or "show" or "shows" or "showed" or "informed" or "cited")
        {
            return w is not "cited" || next != "as";
        }
        if (w is "estimate" or "estimates" && i > 0 && tokens[i - 1].Lower is "the" or "its" or "their" or "our" or "his" or "her" or "s" or "'s" or "’s" or "official" or "government")
        {
            return false; // "based on the government's estimates": a noun
        }
        if (w is "report" or "reports" && i > 0 && (tokens[i - 1].Lower is "this" or "that" or "our" || tokens[i - 1].Lower is "the" or "a" or "its" or "their" or "his" or "her" or "hrw" or "same" or "latest" or "new"
            or "final" or "official" or "daily" or "initial" or "preliminary" or "annual" or "previous" or "earlier" or "recent" or "situation" or "s" or "'s"))
        {
            return false; // a noun
        }
        if (w is "report" or "reports" && next is "says" or "said" or "shows" or "showed" or "states" or "stated" or "found" or "finds" or "puts" or "put" or "gives" or "gave")
        {
            return false; // "the report says": a noun, the subject of the reporting verb
        }
        return true;
    }

    private static string? FirstSource(List<Token> tokens, string text)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var w = tokens[i].Lower;
            if (w == "according" && i + 1 < tokens.Count && tokens[i + 1].Lower == "to")
            {
                return AccordingTo(tokens, text, i + 2);
            }
            if (FigureLexicon.AttributionVerbs.Contains(w) && IsReportingUse(tokens, i))
            {
                var s = SubjectBefore(tokens, text, i);
                if (s is not null && (LooksLikeSource(s) || IsPronoun(s)))
                {
                    return s;
                }
                // "“…,” said the mayor": the source after an inverted reporting verb.
                if (s is null && i > 0 && tokens[i - 1].Lower is "\"" or "," && PhraseAfter(tokens, text, i + 1) is { } after && LooksLikeSource(after))
                {
                    return after;
                }
            }
        }
        return null;
    }

    /// <summary>The noun phrase after a preposition ("according to X", "by X"), up to a comma, clause word or quote.</summary>
    private static string? PhraseAfter(List<Token> tokens, string text, int at)
    {
        var n = tokens.Count;
        var i = at;
        var end = at;
        while (i < n && i - at < 12)
        {
            var w = tokens[i].Lower;
            if (w is "," or "." or ";" or ":" or "that" or "which" or "who" or "while" or "as" or "when" or "on" or "late" or "earlier" or "\"" or "said" or "says"
                && !IsAcronymWho(text, tokens[i])
                || (w == "there" && i > at))
            {
                break; // "according to the agency there were 500": the clause after the source
            }
            if (FigureLexicon.Days.Contains(w) && i > at)
            {
                break;
            }
            if (i > at && ((w == "at" && i + 1 < n && IsNumeral(tokens[i + 1])) || (w == "up" && i + 2 < n && tokens[i + 1].Lower == "to" && IsNumeral(tokens[i + 2]))))
            {
                break; // "a tally of the ministry up to seven in the morning", "issued by the ministry at 7:00 pm": a time, not the source
            }
            if (w is "this" or "last" or "next" && i > at && i + 1 < n && FigureLexicon.Days.Contains(tokens[i + 1].Lower))
            {
                break; // "according to the agency this Thursday"
            }
            i++;
            end = i;
            if (tokens[i - 1].IsNumber && (i - 1) > at && !(i - 2 >= 0 && tokens[i - 2].Lower == "\""))
            {
                end = i - 1;
                break;
            }
        }
        while (end > at && tokens[end - 1].Lower is "and" or "or" or "-")
        {
            end--;
        }
        if (end <= at)
        {
            return null;
        }
        var phrase = text[tokens[at].Start..tokens[end - 1].End];
        // "by REN TV, which cited the Public Relations Center of the FSB": the innermost source.
        if (end + 2 < n && tokens[end].Lower == "," && tokens[end + 1].Lower is "which" or "who" && tokens[end + 2].Lower is "cited" or "quoted")
        {
            return PhraseAfter(tokens, text, end + 3) ?? phrase;
        }
        return phrase;
    }

    /// <summary>A time preposition before a number and "in the morning/afternoon/evening" right after it ("up to seven in the morning",
    /// "at 6 in the evening"): the number is an hour of the day.</summary>
    private static bool ClockHour(List<Token> tokens, int t0, int after)
    {
        var n = tokens.Count;
        return t0 > 0 && tokens[t0 - 1].Lower is "to" or "until" or "till" or "at" or "by" or "from" or "before" or "after" or "around"
            && after + 2 < n && tokens[after].Lower == "in" && tokens[after + 1].Lower == "the" && tokens[after + 2].Lower is "morning" or "afternoon" or "evening";
    }

    /// <summary>"WHO" in capitals is the World Health Organization's acronym, not the relative pronoun ("according to the WHO").</summary>
    private static bool IsAcronymWho(string text, Token t) => t.Lower == "who" && AllCapitals(text, t);

    /// <summary>A numeral in digits or words ("7", "seven").</summary>
    private static bool IsNumeral(Token t) => t.IsNumber || Numbers.NumberLexicon.Units.ContainsKey(t.Lower);

    private static string? ByAgent(List<Token> tokens, string text, int byIndex) =>
        byIndex + 1 < tokens.Count && NotAnAgent(tokens, byIndex + 1) ? null : PhraseAfter(tokens, text, byIndex + 1);

    /// <summary>After "by", a test, an analysis or a sample is how a figure was established, not who gave it ("confirmed by
    /// laboratory tests", "by DNA analysis").</summary>
    private static bool NotAnAgent(List<Token> tokens, int at)
    {
        for (var j = at; j < tokens.Count && j - at < 4; j++)
        {
            var w = tokens[j].Lower;
            if (w is "tests" or "test" or "testing" or "analysis" or "analyses" or "samples" or "autopsy" or "autopsies" or "examination" or "examinations"
                or "screening" or "sequencing" or "x-rays" or "scans")
            {
                return true;
            }
            if (w is not ("laboratory" or "lab" or "blood" or "dna" or "genetic" or "forensic" or "further" or "medical" or "rapid" or "pcr" or "the" or "a"
                or "post-mortem" or "postmortem" or "clinical" or "diagnostic"))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>The subject of a reporting verb at <paramref name="verb"/>: back over auxiliaries and a ", which …," clause to the noun phrase.</summary>
    private static string? SubjectBefore(List<Token> tokens, string text, int verb, int floor = 0)
    {
        var i = verb - 1;
        while (i >= floor && (FigureLexicon.AuxWords.Contains(tokens[i].Lower) || tokens[i].Lower == "reportedly"
            || (tokens[i].Lower == "far" && i - 1 >= floor && tokens[i - 1].Lower == "so")))
        {
            i -= tokens[i].Lower == "far" ? 2 : 1; // "the ministry has so far recorded": the adverb is no part of the subject
        }
        // "X was quoted by TASS as saying": X.
        if (tokens[verb].Lower == "saying" && i >= 0 && tokens[i].Lower == "as")
        {
            for (var j = i - 1; j > floor; j--)
            {
                if (tokens[j].Lower == "quoted" && j > 0 && tokens[j - 1].Lower is "was" or "is" or "were")
                {
                    return SubjectBefore(tokens, text, j - 1, floor);
                }
            }
            return null;
        }
        // Skip a relative clause: "The Gaza Health Ministry, which released …, said".
        if (i >= floor && tokens[i].Lower == ",")
        {
            var j = i - 1;
            while (j > floor && !(tokens[j].Lower is "which" or "who" or "whose" && tokens[j - 1].Lower == ","))
            {
                j--;
            }
            if (j > floor && i - j < 25)
            {
                i = j - 2;
            }
            else if (AppositionStart(tokens, text, i, floor) is { } comma)
            {
                if (NameInApposition(tokens, text, comma, i) is { } name)
                {
                    return name; // "a district health official, Ana Ruiz, said": the person the description names
                }
                i = comma - 1; // "Lazarus Boore, the acting administrator of the province, said": the name before the apposition
            }
            else
            {
                return null;
            }
        }
        var end = i + 1;
        var start = end;
        var bracketed = 0; // words inside a parenthesis the subject holds ("the agency Africa CDC (Africa Centres for …)"): not counted
        while (i >= floor && end - i - bracketed <= 14)
        {
            var t = tokens[i];
            var w = t.Lower;
            if (w == "\"" && QuotedName(tokens, i, floor) is { } open)
            {
                start = open;
                i = open - 1;
                continue;
            }
            if (w == ")")
            {
                var o = i - 1;
                while (o >= floor && i - o <= 12 && tokens[o].Lower is not ("(" or ")" or "." or ";"))
                {
                    o--;
                }
                if (o >= floor && tokens[o].Lower == "(" && o > floor)
                {
                    bracketed += i - o + 1;
                    start = o;
                    i = o - 1;
                    continue;
                }
            }
            if (w is "," or "." or ";" or ":" or "that" or "\"" or "when" or "after" or "while" or "and" or "though" or "although" or "whereas" or "but" && !(w == "and" && i > 0 && char.IsUpper(text[tokens[i - 1].Start]) && i + 1 < tokens.Count && char.IsUpper(text[tokens[i + 1].Start])))
            {
                break;
            }
            if (t.IsNumber && !(i > 0 && tokens[i - 1].Lower == "\""))
            {
                break;
            }
            if (SpacedDash(text, t))
            {
                break; // "… twice the toll of the last outbreak -- the agency said": a dash closes an aside, the subject starts after it
            }
            if (FigureLexicon.Days.Contains(w) || Numbers.NumberLexicon.Months.Contains(w) || w is "morning" or "evening" or "afternoon" or "night")
            {
                if (start < end)
                {
                    break; // "On Wednesday evening the police said": the subject starts after the time
                }
                i--;
                while (i >= floor && tokens[i].Lower is "on" or "late" or "early" or "last" or "this")
                {
                    i--; // "The Red Crescent on Friday put the toll at …": the day's preposition goes with it
                }
                end = i + 1;
                start = end;
                continue; // "Police yesterday said"
            }
            if ((FigureLexicon.AttributionVerbs.Contains(w) && (w is not ("report" or "reports") || IsReportingUse(tokens, i))) || FigureLexicon.MeasureWords.ContainsKey(w) && w is not "death")
            {
                break; // "the agency's latest report says": a noun "report" stays in the subject
            }
            if (w is "in" or "on" or "at" && i > 0 && (tokens[i - 1].Lower is "," || i == 0))
            {
                break;
            }
            start = i;
            i--;
        }
        if (start >= end)
        {
            return null;
        }
        // "Sadly, I can confirm", "Meanwhile police said": a sentence adverb is not part of the subject.
        while (start < end - 1 && tokens[start].Lower is "sadly" or "unfortunately" or "meanwhile" or "however" or "separately" or "now" or "also" or "officially" or "tragically" or ",")
        {
            start++;
        }
        // "A medical source who was not named": the part before the relative pronoun.
        for (var k = start; k < end; k++)
        {
            if (tokens[k].Lower is "who" or "which" && k > start && !IsAcronymWho(text, tokens[k]))
            {
                end = k;
                break;
            }
        }
        // "In its latest count, the SOHR" → drop leading prepositional phrases without capitals.
        var phrase = text[tokens[start].Start..tokens[end - 1].End];
        return phrase.Length == 0 ? null : phrase;
    }

    /// <summary>A dash that stands between words with a space on either side (<c>--</c>, <c>–</c>, <c>—</c>): an aside's edge, never a
    /// hyphen inside a word or a name.</summary>
    private static bool SpacedDash(string text, Token t) =>
        t.Lower == "-" && ((t.Start > 0 && char.IsWhiteSpace(text[t.Start - 1])) || (t.End < text.Length && char.IsWhiteSpace(text[t.End])));

    /// <summary>For an apposition between the commas at <paramref name="open"/> and <paramref name="close"/> that follows a lower-case
    /// description (<c>a district health official, Ana Ruiz, said</c>): the name, when it is one to four capitalised words holding no
    /// source noun; else null (<c>Ana Ruiz, the district health officer, said</c> keeps the name before it).</summary>
    private static string? NameInApposition(List<Token> tokens, string text, int open, int close)
    {
        if (open < 1 || close - open - 1 is < 1 or > 6 || char.IsUpper(text[tokens[open - 1].Start]))
        {
            return null;
        }
        var words = 0;
        for (var k = open + 1; k < close; k++)
        {
            var t = tokens[k];
            if (t.IsWord)
            {
                var afterHyphen = k > open + 1 && tokens[k - 1].Lower == "-"; // "Soo-min": a hyphenated name's second part
                if ((!char.IsUpper(text[t.Start]) && !afterHyphen) || FigureLexicon.SourceNouns.Contains(t.Lower) || s_titles.Contains(t.Lower))
                {
                    return null;
                }
                words += afterHyphen ? 0 : 1;
            }
            else if (!(t.Lower is "-" or "'" or "." && !SpacedDash(text, t)))
            {
                return null;
            }
        }
        return words is >= 1 and <= 4 ? text[tokens[open + 1].Start..tokens[close - 1].End] : null;
    }

    /// <summary>For the comma closing an apposition before a reporting verb ("X, the acting administrator of Y, said"; "The committee, a
    /// medical group close to the protesters, said"), the comma that opens it, when a capitalised name or a source noun precedes it; else null.</summary>
    private static int? AppositionStart(List<Token> tokens, string text, int close, int floor)
    {
        for (var c = close - 1; c > floor && close - c <= 15; c--)
        {
            var w = tokens[c].Lower;
            if (tokens[c].IsNumber || w is "." or ";" or ":" or "\"" || FigureLexicon.ClauseBreaks.Contains(w) || FigureLexicon.AttributionVerbs.Contains(w) || FigureLexicon.MeasureWords.ContainsKey(w))
            {
                return null;
            }
            if (w == ",")
            {
                var before = tokens[c - 1];
                return c + 1 < close && before.IsWord && (char.IsUpper(text[before.Start]) || FigureLexicon.SourceNouns.Contains(before.Lower)) ? c : null;
            }
        }
        return null;
    }

    /// <summary>For a closing quote at <paramref name="close"/>, the opening quote of a short quoted name ("the “White Helmets” group"), or null.</summary>
    private static int? QuotedName(List<Token> tokens, int close, int floor)
    {
        for (var j = close - 1; j >= floor && close - j <= 4; j--)
        {
            if (tokens[j].Lower == "\"")
            {
                return j < close - 1 ? j : null;
            }
            if (!tokens[j].IsWord && !tokens[j].IsNumber)
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>A source that points back to one named before: "the same report", "the same source", "the report", "the statement".</summary>
    private static bool IsAnaphoricSource(string source)
    {
        var s = source.Trim().ToLowerInvariant();
        return s.StartsWith("the same ", StringComparison.Ordinal) || s.StartsWith("that same ", StringComparison.Ordinal)
            || s is "the report" or "the statement" or "the same" or "that report" or "this report" or "the latest report" or "the figures" or "these figures";
    }

    /// <summary>A blank line between two sentences that does not open a list item: a new paragraph.</summary>
    private static bool ParagraphBreak(string text, int from, int to)
    {
        var newlines = 0;
        for (var i = from; i < to && i < text.Length; i++)
        {
            newlines += text[i] == '\n' ? 1 : 0;
        }
        return newlines >= 2 && to < text.Length && text[to] is not ('-' or '*' or '•' or '–' or '—') && !char.IsDigit(text[to]);
    }

    private static bool IsPronoun(string source) => FigureLexicon.Pronouns.Contains(source.Trim().ToLowerInvariant());

    private static TimeScope? TimeScopeOf(List<Token> tokens, string text, int numStart, int numEnd)
    {
        (int S, int E)? best = null;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < tokens.Count; i++)
        {
            var found = TimeAt(tokens, i);
            if (found is not { } f)
            {
                continue;
            }
            // A time right after a trailing reporting verb dates the statement, not the count.
            if (i > numEnd && i > 0 && (FigureLexicon.AttributionVerbs.Contains(tokens[i - 1].Lower) || (i > 1 && FigureLexicon.AttributionVerbs.Contains(tokens[i - 2].Lower))))
            {
                continue;
            }
            if (Crosses(tokens, Math.Min(f.E, numStart), Math.Max(f.S, numEnd)) || RelativeClauseStart(tokens, f.S) != RelativeClauseStart(tokens, numStart))
            {
                continue;
            }
            var d = i < numStart ? numStart - f.E : i - numEnd;
            if (d < bestDistance)
            {
                bestDistance = d;
                best = f;
            }
            i = f.E - 1;
        }
        if (best is not { } b)
        {
            return null;
        }
        var s = tokens[b.S].Start;
        var e = tokens[b.E - 1].End;
        return new TimeScope(text[s..e], s, e);
    }

    /// <summary>True when the time words only place the figure on one day ("on Friday", "yesterday", "on Sunday morning", "on
    /// March 6"): they say when the count was given or its deaths happened, not a period the count is bounded by ("since Friday", "over
    /// Friday and Saturday", "as of Monday", "the past three days" are bounds).</summary>
    internal static bool NamesOneDay(string words)
    {
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Any(w => w.Equals("and", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        var first = parts[0].ToLowerInvariant();
        return first is "on" or "late" or "early" or "today" or "yesterday" or "tonight" || FigureLexicon.Days.Contains(first);
    }

    /// <summary>Where the ", which …," clause holding token <paramref name="at"/> starts, or -1: a time inside another clause than the figure's describes something else.</summary>
    private static int RelativeClauseStart(List<Token> tokens, int at)
    {
        for (var i = at - 1; i > 0; i--)
        {
            var w = tokens[i].Lower;
            if (w == ",")
            {
                return -1;
            }
            if (w is "which" or "who" && tokens[i - 1].Lower == ",")
            {
                return i;
            }
        }
        return -1;
    }

    private static bool Crosses(List<Token> tokens, int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(tokens.Count, to); i++)
        {
            if (tokens[i].Lower is ";" or "." || FigureLexicon.ClauseBreaks.Contains(tokens[i].Lower))
            {
                return true;
            }
        }
        return false;
    }

    private static (int S, int E)? TimeAt(List<Token> tokens, int i)
    {
        var n = tokens.Count;
        var w = tokens[i].Lower;
        string At(int j) => j < n ? tokens[j].Lower : string.Empty;
        if (w == "since" && i + 1 < n && At(i + 1) is not "then")
        {
            var j = i + 1;
            while (j < n && j - i <= 6 && At(j) is not ("," or "." or ";" or "has" or "have" or "had" or "according" or "while" or "were" or "was" or "and" or "\""))
            {
                j++;
                if (FigureLexicon.Days.Contains(At(j - 1)) || (j - 1 > i + 1 && tokens[j - 1].IsNumber))
                {
                    break;
                }
            }
            return j > i + 1 ? (i, j) : null;
        }
        if (w is "past" or "last" && i > 0 && At(i - 1) == "the" && i + 2 < n && (tokens[i + 1].IsNumber || Numbers.NumberLexicon.Units.ContainsKey(At(i + 1)) || Numbers.NumberLexicon.Teens.ContainsKey(At(i + 1))) && At(i + 2) is "days" or "hours" or "weeks" or "months")
        {
            return (i - 1, i + 3);
        }
        if (w is "on" or "over" or "during" or "by" && i + 1 < n && FigureLexicon.Days.Contains(At(i + 1)))
        {
            var j = i + 2;
            if (At(j) == "and" && FigureLexicon.Days.Contains(At(j + 1)))
            {
                j += 2;
            }
            if (At(j) is "," && Numbers.NumberLexicon.Months.Contains(At(j + 1)) && j + 2 < n && tokens[j + 2].IsNumber)
            {
                j += 3;
            }
            if (At(j) is "morning" or "evening" or "night" or "afternoon")
            {
                j++;
            }
            // "on Tuesday (Oct 17)"
            if (At(j) == "(" && Numbers.NumberLexicon.Months.Contains(At(j + 1)) && j + 3 < n && tokens[j + 2].IsNumber && At(j + 3) == ")")
            {
                j += 4;
            }
            return (i, j);
        }
        if (w is "on" or "since" && Numbers.NumberLexicon.Months.Contains(At(i + 1)) && i + 2 < n && tokens[i + 2].IsNumber)
        {
            // "on October 17, 2023"
            return At(i + 3) == "," && i + 4 < n && tokens[i + 4].IsNumber && tokens[i + 4].Length == 4 ? (i, i + 5) : (i, i + 3);
        }
        if (w == "as" && At(i + 1) == "of" && i + 2 < n)
        {
            var j = i + 2;
            while (j < n && j - i < 6 && At(j) is not ("," or "." or ";"))
            {
                j++;
            }
            return (i, j);
        }
        if (w is "late" or "early" && FigureLexicon.Days.Contains(At(i + 1)))
        {
            return (i, i + 2);
        }
        if (w is "today" or "yesterday" or "tonight")
        {
            return (i, i + 1);
        }
        if (FigureLexicon.Days.Contains(w) && At(i + 1) is "night" or "evening" or "morning" && (i == 0 || At(i - 1) is not ("on" or "over" or "late" or "early")))
        {
            return (i, i + 2);
        }
        return null;
    }

    private static PlaceScope? PlaceScopeOf(List<Token> tokens, string text, int from)
    {
        for (var i = from; i < tokens.Count && i < from + 10; i++)
        {
            var w = tokens[i].Lower;
            if (w is "." or ";" or ",")
            {
                return null;
            }
            if (w is "in" or "across" or "along" && i + 1 < tokens.Count)
            {
                var j = i + 1;
                if (tokens[j].Lower == "the")
                {
                    j++;
                }
                var s = j;
                while (j < tokens.Count && j - s < 6 && tokens[j].IsWord && (char.IsUpper(text[tokens[j].Start]) || tokens[j].Lower is "and" or "of" || (j > s && !FigureLexicon.NpStop.Contains(tokens[j].Lower) && tokens[j].Lower.EndsWith('s'))))
                {
                    j++;
                }
                if (j > s && char.IsUpper(text[tokens[s].Start]) && !FigureLexicon.Days.Contains(tokens[s].Lower) && !Numbers.NumberLexicon.Months.Contains(tokens[s].Lower))
                {
                    while (j > s && tokens[j - 1].Lower is "and" or "of")
                    {
                        j--;
                    }
                    var st = tokens[i + 1].Start;
                    var en = tokens[j - 1].End;
                    return new PlaceScope(text[st..en], st, en);
                }
            }
        }
        return null;
    }

    private static string Normalize(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }
        return sb.ToString();
    }
}
#pragma warning restore CA1822
