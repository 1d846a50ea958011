using System.Collections.Frozen;

namespace Triangulate.Extraction.Entities;

/// <summary>A name found in one document, before cross-document merging.</summary>
/// <param name="Doc">Document id.</param>
/// <param name="Start">Offset of the name (titles excluded) in the cleaned text.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Text">The name, verbatim.</param>
/// <param name="Type"><c>person</c>, <c>organization</c>, <c>place</c> or <c>group</c>.</param>
/// <param name="Evidence">3 strong cue (title, defined acronym, organisation/place head), 2 lexicon or gazetteer, 1 default guess.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record FoundMention(string Doc, int Start, int End, string Text, string Type, int Evidence)
{
    /// <summary>Role or title seen with a person ("interim president", "FSB Director").</summary>
    public string? Role { get; init; }

    /// <summary>A longer verbatim form that includes the title or descriptor ("Russian Health Minister Mikhail Murashko").</summary>
    public string? Surface { get; init; }

    /// <summary>For an acronym defined in the text ("… (SOHR)"), the long form it stands for.</summary>
    public string? AcronymOf { get; init; }

    /// <summary>True when the name opens a sentence (capitalization is then no evidence).</summary>
    public bool SentenceInitial { get; init; }
}

/// <summary>
/// Finds names of people, organisations, places and groups in one document from capitalization, syntax cues, title and
/// head-word lexicons and the gazetteer (rules and limits: docs/entities.md).
/// </summary>
/// <threadsafety>Thread-safe: its only state is a concurrent memo of answers that depend on the gazetteer alone.</threadsafety>
public sealed class MentionFinder
{
    private readonly Gazetteer _gazetteer;

    /// <summary>Creates a finder over <paramref name="gazetteer"/> (default: the embedded one).</summary>
    public MentionFinder(Gazetteer? gazetteer = null) => _gazetteer = gazetteer ?? Gazetteer.Default;

    private struct Tok
    {
        public int Start;
        public int End;          // excludes a possessive 's
        public bool Possessive;
        public bool SentStart;
        public bool JoinNext;    // a single space (no punctuation) before the next token
        public bool Headline;
        public string Text;      // text[Start..End], cut once: the chunker looks words up many times
    }

    /// <summary>Finds the mentions in <paramref name="doc"/>'s cleaned text.</summary>
    public IReadOnlyList<FoundMention> Find(DossierDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        try
        {
            return FindCore(doc.Id, doc.Text ?? string.Empty);
        }
        catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            return []; // bad input never throws out of a stage API; the pass records nothing for this document
        }
    }

    /// <summary>Finds the mentions in a text (for tests and the streaming path).</summary>
    public IReadOnlyList<FoundMention> Find(string docId, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FindCore(docId, text);
    }

    private List<FoundMention> FindCore(string docId, string text)
    {
        var toks = Tokenize(text);
        var lowerVocab = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in toks)
        {
            if (char.IsLower(text[t.Start]))
            {
                lowerVocab.Add(t.Text);
            }
        }
        var result = new List<FoundMention>();
        var i = 0;
        while (i < toks.Count)
        {
            if (!Namey(text, toks[i]))
            {
                i++;
                continue;
            }
            var end = i;
            while (end + 1 < toks.Count && toks[end].JoinNext && !toks[end].Possessive)
            {
                var n = toks[end + 1];
                var w = Word(text, n);
                if (Namey(text, n) && !IsDateWord(text, n))
                {
                    end++;
                }
                else if ((EntityLexicons.Particles.Contains(w) || EntityLexicons.Connectors.Contains(w)) && char.IsLower(text[n.Start])
                    && end + 2 < toks.Count && n.JoinNext
                    && ((Namey(text, toks[end + 2]) && !IsDateWord(text, toks[end + 2])) || (Word(text, toks[end + 2]) == "the" && end + 3 < toks.Count && toks[end + 2].JoinNext && Namey(text, toks[end + 3]))))
                {
                    end += 2;
                }
                else
                {
                    break;
                }
            }
            Chunk(docId, text, toks, i, end, lowerVocab, result);
            i = end + 1;
        }
        FindLowercaseMinistries(docId, text, result);
        Reclassify(result);
        LinkAppositiveAcronyms(text, result);
        return result;
    }

    // ---------- chunk analysis ----------

    private void Chunk(string docId, string text, List<Tok> toks, int a, int b, HashSet<string> lowerVocab, List<FoundMention> result)
    {
        // validate connectors: "and" needs an organisation head at the end; "of"/"for"/"on" need a head before them
        for (var k = a + 1; k < b; k++)
        {
            var w = Word(text, toks[k]);
            if (!char.IsLower(text[toks[k].Start]) || !EntityLexicons.Connectors.Contains(w) || w == "the")
            {
                continue;
            }
            var ok = w is "and" or "&"
                ? IsOrgHead(Word(text, toks[b])) && !IsPlaceName(text, toks, a, k - 1)
                : HasHead(text, toks, a, k - 1);
            if (!ok)
            {
                Chunk(docId, text, toks, a, k - 1, lowerVocab, result);
                var next = k + 1;
                if (next <= b && Word(text, toks[next]) == "the")
                {
                    next++;
                }
                if (next <= b)
                {
                    Chunk(docId, text, toks, next, b, lowerVocab, result);
                }
                return;
            }
        }
        // strip leading stop words ("The", "However", weekdays) and, at a sentence start, an ordinary word seen lowercase elsewhere
        var hadThe = false;
        var theStart = -1;
        while (a <= b)
        {
            var w = Word(text, toks[a]);
            var initialCommon = toks[a].SentStart && a < b && lowerVocab.Contains(w) && !EntityLexicons.NameTitles.Contains(w);
            if (IsStopWord(w) && !(w is "Mr" or "Mrs" or "Ms" or "Dr") || initialCommon)
            {
                if (w.Equals("the", StringComparison.OrdinalIgnoreCase))
                {
                    hadThe = true;
                    theStart = toks[a].Start;
                }
                a++;
                if (a <= b)
                {
                    var t = toks[a];
                    t.SentStart = toks[a - 1].SentStart && !w.Equals("the", StringComparison.OrdinalIgnoreCase) ? t.SentStart : toks[a - 1].SentStart;
                    toks[a] = t;
                }
                continue;
            }
            break;
        }
        if (a > b)
        {
            return;
        }
        // a connector or particle cannot end a name
        while (b > a && char.IsLower(text[toks[b].Start]) && !IsParticleName(text, toks[b]))
        {
            b--;
        }
        var headline = toks[a].Headline;
        var sentenceInitial = toks[a].SentStart;

        // titles: "Russian Health Minister Mikhail Murashko", "Lt. Col. Jonathan Conricus", "President Sharaa"
        var title = -1;
        for (var k = a; k < b; k++)
        {
            if (EntityLexicons.StrongNameTitles.Contains(Word(text, toks[k])) || (EntityLexicons.NameTitles.Contains(Word(text, toks[k])) && k == a && IsHonorificLike(Word(text, toks[k]))))
            {
                title = k;
            }
        }
        if (title >= 0 && title < b && !HasHead(text, toks, title + 1, b))
        {
            var roleText = text[toks[a].Start..toks[title].End];
            // the part before the title may hold an organisation or place ("FSB Director", "Senior Hamas official")
            var p = a;
            while (p < title && (EntityLexicons.NameTitles.Contains(Word(text, toks[p])) || IsDemonym(Word(text, toks[p]))))
            {
                p++;
            }
            var q = title - 1;
            while (q >= p && EntityLexicons.NameTitles.Contains(Word(text, toks[q])))
            {
                q--;
            }
            if (p <= q)
            {
                AddClassified(docId, text, toks, p, q, hadThe: false, theStart: -1, result, allowDefaultPerson: false, sentenceInitial: false, headline, lowerVocab);
            }
            var nameStart = title + 1;
            if (nameStart < b && Word(text, toks[nameStart]) is "for" or "of")
            {
                // "State Secretary for Transport Jo Bloggs", "Minister of Foreign Affairs Jo Bloggs": the portfolio is part of the title
                var k = nameStart + 1;
                while (k < b - 1 && (EntityLexicons.TitlePortfolios.Contains(Word(text, toks[k])) || Word(text, toks[k]) is "and" or "&"))
                {
                    k++;
                }
                if (k > nameStart + 1)
                {
                    nameStart = k;
                }
            }
            var person = new FoundMention(docId, toks[nameStart].Start, toks[b].End, text[toks[nameStart].Start..toks[b].End], "person", 3)
            {
                Role = roleText,
                Surface = text[toks[a].Start..toks[b].End],
            };
            result.Add(person);
            return;
        }
        if (title == b || (a == b && EntityLexicons.NameTitles.Contains(Word(text, toks[a])) && !IsOrgHead(Word(text, toks[a]))))
        {
            // only a title, or a run of title words ("Senior", "Interim President")
            var p = a;
            while (p <= b && (EntityLexicons.NameTitles.Contains(Word(text, toks[p])) || IsDemonym(Word(text, toks[p]))))
            {
                p++;
            }
            var q = b;
            while (q >= p && EntityLexicons.NameTitles.Contains(Word(text, toks[q])))
            {
                q--;
            }
            if (p <= q)
            {
                AddClassified(docId, text, toks, p, q, false, -1, result, allowDefaultPerson: false, sentenceInitial: false, headline, lowerVocab);
            }
            return;
        }
        // leading "UK-based", "Hamas-run" descriptors are not part of the name (kept as an alias surface)
        var descriptorStart = -1;
        while (a < b && Word(text, toks[a]) is var lw && (lw.EndsWith("-based", StringComparison.Ordinal) || lw.EndsWith("-run", StringComparison.Ordinal)
            || lw.EndsWith("-led", StringComparison.Ordinal) || lw.EndsWith("-controlled", StringComparison.Ordinal) || lw.EndsWith("-backed", StringComparison.Ordinal)
            || lw.EndsWith("-owned", StringComparison.Ordinal) || lw.EndsWith("-aligned", StringComparison.Ordinal) || lw.EndsWith("-allied", StringComparison.Ordinal)))
        {
            descriptorStart = descriptorStart < 0 ? toks[a].Start : descriptorStart;
            a++;
        }
        if (descriptorStart >= 0)
        {
            hadThe = true;
            theStart = descriptorStart; // reuses the "The X" surface path below
        }
        if (a == b && Word(text, toks[a]) is var only && only.Contains('-', StringComparison.Ordinal) && only[(only.LastIndexOf('-') + 1)..] is var suffix
            && (suffix is "based" or "run" or "led" or "controlled" or "backed" or "linked" or "affiliated" || (suffix is "owned" or "aligned" or "allied" or "funded" or "sponsored")))
        {
            return;
        }
        // leading title modifiers without a title ("Senior Hamas")
        while (a < b && EntityLexicons.NameTitles.Contains(Word(text, toks[a])) && !IsOrgHead(Word(text, toks[a])) && !IsOrgName(text, toks, a, b))
        {
            a++;
        }
        AddClassified(docId, text, toks, a, b, hadThe, theStart, result, allowDefaultPerson: !headline, sentenceInitial, headline, lowerVocab);
    }

    // A name's type and evidence, decided cue by cue (each step below fills what the earlier ones left open), then its surfaces.
    private void AddClassified(string docId, string text, List<Tok> toks, int a, int b, bool hadThe, int theStart, List<FoundMention> result,
        bool allowDefaultPerson, bool sentenceInitial, bool headline, HashSet<string> lowerVocab)
    {
        var c = new Naming { Start = toks[a].Start, End = toks[b].End, Evidence = 1 };
        c.Name = text[c.Start..c.End];
        var count = b - a + 1;
        TypeByDefinedAcronym(docId, text, toks, a, b, ref c, result);
        TypeByNeighbours(text, Word(text, toks[a]), ref c);
        if (c.Type is null)
        {
            var (lexical, lexicalEvidence, adjective) = TypeByWords(text, toks, a, b);
            if (adjective)
            {
                return; // an adjective ("Chilean security forces")
            }
            if (lexical is not null)
            {
                (c.Type, c.Evidence) = (lexical, lexicalEvidence);
            }
        }
        TypeByGazetteer(text, count, ref c);
        if (c.Type is null)
        {
            if (!TypeByDefault(text, toks, a, b, allowDefaultPerson, sentenceInitial, lowerVocab, ref c))
            {
                return;
            }
        }
        else if (c.Type == "person" || (count == 1 && c.Evidence <= 2 && c.Type != "group"))
        {
            if (PersonCue(text, toks, a, b, out c.Role))
            {
                c.Type = "person";
                c.Evidence = 3;
            }
        }
        AddSurfaces(text, count, hadThe, theStart, sentenceInitial, ref c);
        if (c.Type is not { } type)
        {
            return; // every path above types the name; the compiler cannot see it through the ref
        }
        result.Add(new FoundMention(docId, c.Start, c.End, c.Name, type, headline && c.Evidence < 2 ? 0 : c.Evidence)
        {
            Role = c.Role,
            Surface = c.Surface,
            SentenceInitial = sentenceInitial,
        });
    }

    /// <summary>A name being classified by <see cref="AddClassified"/>: its bounds and what the cues have said so far.</summary>
    private struct Naming
    {
        public int Start;
        public int End;
        public string Name;
        public string? Type;
        public int Evidence;
        public string? Surface;
        public string? Role;
    }

    // "… (SOHR)": an acronym defined right after a name makes the name an organisation (or a place with a place head); the
    // acronym is a mention of its own.
    private static void TypeByDefinedAcronym(string docId, string text, List<Tok> toks, int a, int b, ref Naming c, List<FoundMention> result)
    {
        var after = c.End + (toks[b].Possessive ? 2 : 0);
        if (toks[b].Possessive || after + 3 >= text.Length || text[after] != ' ' || text[after + 1] != '(')
        {
            return;
        }
        var close = text.IndexOf(')', after + 2, Math.Min(12, text.Length - after - 2));
        if (close > after + 3)
        {
            var acr = text[(after + 2)..close];
            if (IsAcronym(acr) && (InitialsCompatible(acr, c.Name) || HasHead(text, toks, a, b)))
            {
                result.Add(new FoundMention(docId, after + 2, close, acr, HasPlaceHead(text, toks, a, b) ? "place" : "organization", 3) { AcronymOf = c.Name });
                c.Type = HasPlaceHead(text, toks, a, b) ? "place" : "organization";
                c.Evidence = 3;
            }
        }
    }

    // The words around a name: a facility noun after it ("Al Ahli hospital") makes a place; "news agency" before or after
    // it ("Sana state news agency", "TASS news agency", "state news agency SANA") an organisation.
    private void TypeByNeighbours(string text, string first, ref Naming c)
    {
        var (start, end) = (c.Start, c.End);
        var tail = FollowingSpan(text, end, 3);
        var facility = FollowingSpan(text, end, 1);
        if (c.Type is null && facility.Length > 0 && char.IsLower(facility[0]) && s_facilitiesBySpan.Contains(facility) && !IsDemonym(first))
        {
            c.Type = "place"; // "Al Ahli hospital", "Crocus City concert hall" (via "hall")
            c.Evidence = 3;
            c.Surface = text[start..(end + 1 + facility.Length)];
        }
        if (tail.StartsWith("news agency", StringComparison.Ordinal) || tail.StartsWith("state news agency", StringComparison.Ordinal))
        {
            c.Type = "organization";
            c.Evidence = 3;
            c.Surface = text[start..(text.IndexOf("agency", end, StringComparison.Ordinal) + "agency".Length)];
        }
        else if (PrecedingSpan(text, start, 3) is var before && before.EndsWith("news agency", StringComparison.Ordinal))
        {
            c.Type = "organization";
            c.Evidence = 3;
            var from = text.LastIndexOf(before.EndsWith("state news agency", StringComparison.Ordinal) ? "state news agency" : "news agency", start, StringComparison.Ordinal);
            if (from >= 0)
            {
                c.Surface = text[from..end];
            }
        }
    }

    // A name still untyped that the gazetteer lists is a place; strong evidence for a country, a region,
    // a capital or a large city, or a place preposition before it ("in", "near").
    private void TypeByGazetteer(string text, int count, ref Naming c)
    {
        if (c.Type is not null)
        {
            return;
        }
        var places = PlacesNamed(text, c.Name, c.Start, count, c.Type);
        if (places.Count == 0)
        {
            return;
        }
        var strength = PlaceStrength(places);
        var cue = PlacePreposition(text, c.Start);
        c.Type = "place";
        c.Evidence = strength >= 2 || cue || char.IsUpper(c.Name[^1]) && c.Name.Length > 3 ? (strength >= 3 || cue ? 3 : 2) : 1;
    }

    // No cue typed the name: a lone acronym is an organisation, a lone word after "in"/"near"/"outside" a place, another
    // lone word an organisation (unconfirmed at a sentence start); two to four words a person (a title or appositive is strong
    // evidence). False when the name is dropped (a longer unknown name, or one where no person may be guessed).
    private bool TypeByDefault(string text, List<Tok> toks, int a, int b, bool allowDefaultPerson, bool sentenceInitial, HashSet<string> lowerVocab, ref Naming c)
    {
        var count = b - a + 1;
        var first = Word(text, toks[a]);
        var last = Word(text, toks[b]);
        if (IsShouted(text, toks, a, b, lowerVocab))
        {
            return false; // "BY JANE DOE", "UPDATE": capitals for emphasis or a byline, not an acronym
        }
        if (count >= 2 && IsTitleWord(last) && TitleOnly(text, toks, a, b, lowerVocab) && !PersonCue(text, toks, a, b, out _))
        {
            return false; // "District Magistrate", "Railway Minister": a title with no name
        }
        if (count >= 2 && EntityLexicons.Adjectivals.Contains(first) && !PersonCue(text, toks, a, b, out _) && (count == 2 || IsDemonym(last)))
        {
            if (count == 2 && !IsDemonym(last) && !IsCommunity(last))
            {
                (c.Type, c.Evidence) = ("organization", 1); // "French Riviera", "Islamic State": a people's adjective does not open a personal name
                return true;
            }
            return false; // "South Korean": an adjective
        }
        if (count >= 3 && EntityLexicons.TitlePortfolios.Contains(first) && PrecedingSpan(text, c.Start, 2) is var pre
            && (pre.EndsWith(" for", StringComparison.Ordinal) || pre.EndsWith(" of", StringComparison.Ordinal))
            && s_strongTitlesBySpan.Contains(pre[..pre.IndexOf(' ')]))
        {
            // "Secretary for Transport Jo Bloggs" split at "for": the portfolio opening the name belongs to the title
            var k = a;
            while (k < b - 1 && EntityLexicons.TitlePortfolios.Contains(Word(text, toks[k])))
            {
                k++;
            }
            c.Role = text[(c.Start - pre.Length - 1)..toks[k - 1].End];
            c.Surface = c.Name;
            c.Start = toks[k].Start;
            c.Name = text[c.Start..c.End];
            (c.Type, c.Evidence) = ("person", 3);
            return true;
        }
        if (count >= 3 && IsTitleWord(first) && char.IsUpper(first[0]))
        {
            // "Guitarist Rodrigo Martin", "Diver Jo Bloggs": an occupation before a name is a title
            c.Role = first;
            c.Surface = c.Name;
            c.Start = toks[a + 1].Start;
            c.Name = text[c.Start..c.End];
            (c.Type, c.Evidence) = ("person", 3);
            return true;
        }
        if (count == 1 && IsAcronym(c.Name))
        {
            (c.Type, c.Evidence) = ("organization", 2);
        }
        else if (count == 1)
        {
            if (PlacePreposition(text, c.Start) && PrecedingSpan(text, c.Start, 1) is "in" or "near" or "outside")
            {
                (c.Type, c.Evidence) = ("place", 1);
            }
            else if (sentenceInitial && !FollowedByReportingVerb(text, c.End))
            {
                (c.Type, c.Evidence) = ("organization", 0); // a sentence-initial word: kept only if the story confirms it elsewhere
            }
            else
            {
                (c.Type, c.Evidence) = ("organization", 1);
            }
        }
        else if (allowDefaultPerson && (IsAcronym(first) || IsAcronym(Word(text, toks[b]))))
        {
            (c.Type, c.Evidence) = ("organization", 1);
        }
        else if (count >= 2 && FollowedByLowercaseTitle(text, c.End))
        {
            (c.Type, c.Evidence) = ("organization", 1); // "Karadag Holding chairman Jo Bloggs": the name before a job title is the employer
        }
        else if (allowDefaultPerson && count <= 4)
        {
            c.Type = "person";
            c.Evidence = PersonCue(text, toks, a, b, out c.Role) ? 3 : 1;
            if (IsDemonym(first) && count >= 3)
            {
                // "Russian Vladimir Putin": the demonym is a descriptor, not part of the name
                c.Surface = c.Name;
                c.Start = toks[a + 1].Start;
                c.Name = text[c.Start..c.End];
            }
        }
        else
        {
            return false;
        }
        return true;
    }

    // The longer forms kept as aliases: a person's capitalised title before the name ("Senior Hamas official Basem Naim"), a
    // region's suffix ("Moscow region" is the region, not the city) and a leading "The" or descriptor of an organisation or place.
    private static void AddSurfaces(string text, int count, bool hadThe, int theStart, bool sentenceInitial, ref Naming c)
    {
        if (c.Type == "person" && c.Role is { Length: > 0 } r && char.IsUpper(r[0]) && c.Start - r.Length - 1 >= 0
            && string.CompareOrdinal(text, c.Start - r.Length - 1, r, 0, r.Length) == 0)
        {
            c.Surface ??= text[(c.Start - r.Length - 1)..c.End];
        }
        if (c.Type == "place" && count <= 2 && FollowingSpan(text, c.End, 1) is var next1 && s_regionSuffixesBySpan.Contains(next1)
            && text.Length > c.End + 1 + next1.Length - 1)
        {
            c.End = c.End + 1 + next1.Length;
            c.Name = text[c.Start..c.End];
        }
        if (hadThe && theStart >= 0 && c.Type is "organization" or "place" && char.IsUpper(text[theStart]) && (!sentenceInitial || text[theStart] != 'T'))
        {
            c.Surface ??= text[theStart..c.End];
        }
    }

    // The type a name's own words give it: an organisation's name or head, a place head ("… Province"), a medium, a
    // community or a people ("Basques"); Adjective when it is a lone demonym used as an adjective ("Chilean").
    private (string? Type, int Evidence, bool Adjective) TypeByWords(string text, List<Tok> toks, int a, int b)
    {
        var first = Word(text, toks[a]);
        var last = Word(text, toks[b]);
        var count = b - a + 1;
        if (IsOrgName(text, toks, a, b))
        {
            return (HasPlaceHead(text, toks, b, b) ? "place" : "organization", 3, false);
        }
        if (count > 1 && EntityLexicons.PlaceHeads.Contains(last) && char.IsUpper(last[0]))
        {
            return ("place", 3, false);
        }
        if (EntityLexicons.Religions.Contains(last) && count > 1 && (IsCommunity(Word(text, toks[b - 1])) || EntityLexicons.Adjectivals.Contains(Word(text, toks[b - 1]))
            || Word(text, toks[b - 1]) is "Orthodox" or "Roman" or "Political" or "Radical" or "Militant" or "Reform"))
        {
            return (null, 0, true); // "Shia Islam", "Orthodox Christianity": a faith, not a person or a body
        }
        if (count >= 3 && EntityLexicons.PlaceHeads.Contains(first) && char.IsUpper(first[0]) && HeadBeforeOf(text, toks, a, b))
        {
            // "Bay of Kerrin", "City of Velmora": a place head before a lower-case "of"/"for"; a head that also names bodies
            // ("Bank of …") opens an organisation, not a place.
            return (IsOrgHead(first) ? "organization" : "place", 3, false);
        }
        if (count > 1 && EntityLexicons.PlacePrefixes.Contains(first))
        {
            return ("place", 3, false); // "Mount Tallo", "Lake Vira", "Cape Orn"
        }
        if (count > 1 && EntityLexicons.CompassWords.Contains(first))
        {
            // "South Asia", "Northern Kerrin" are regions; "South Asian" is an adjective
            return count == 2 && IsDemonym(last) ? (null, 0, true) : ("place", 2, false);
        }
        if ((EntityLexicons.Media.Contains(first) || EntityLexicons.Media.Contains(last)) && (count == 1 || IsAcronym(first) || char.IsUpper(text[toks[b].Start])))
        {
            return ("organization", 2, false);
        }
        if (count == 1 && IsCommunity(first))
        {
            return ("group", 2, false);
        }
        if (count == 1 && IsDemonym(first))
        {
            // "Palestinians": a demonym used as a noun names a people
            return first.EndsWith('s') && !first.EndsWith("ss", StringComparison.Ordinal) && IsDemonym(first[..^1]) ? ("group", 2, false) : (null, 0, true);
        }
        return (null, 0, false);
    }

    // The gazetteer places a name can be, without the matches that are no evidence: another place's alternate name abroad,
    // a short acronym that is not a country, a small town named without a place cue.
    private IReadOnlyList<GazetteerEntry> PlacesNamed(string text, string name, int start, int count, string? type)
    {
        var places = _gazetteer.Find(name);
        if (places.Count > 0)
        {
            // a name matched only as another place's alternate name abroad ("Hamas" is listed for Hamm, Germany) is no evidence
            var folded = NameFold.Fold(name);
            places = [.. places.Where(p => p.Kind != "city" || NameFold.Fold(p.Name) == folded || DocumentNamesCountry(text, p.Country)
                || (p.Admin1 is { Length: > 2 } a1 && text.Contains(a1, StringComparison.Ordinal)))];
        }
        if (IsAcronym(name) && name.Length <= 5)
        {
            places = [.. places.Where(p => p.Kind is "country")];
        }
        if (type is null && places.Count > 0 && count == 1 && PrecedingSpan(text, start, 1) is not ("in" or "near" or "outside" or "at" or "around")
            && places.All(p => p.Kind == "city" && p.Population < 50_000 && p.FeatureCode is not ("PPLA" or "PPLC") && !DocumentNamesCountry(text, p.Country) && !(p.Admin1 is { Length: > 2 } a1 && text.Contains(a1, StringComparison.Ordinal))))
        {
            places = []; // a small town's name without a place cue is more likely something else ("Hamas")
        }
        return places;
    }

    // "the AFAD, Turkey's Disaster and Emergency Management Authority" / "the Disaster … Authority, or AFAD": an acronym in apposition
    private static void LinkAppositiveAcronyms(string text, List<FoundMention> mentions)
    {
        mentions.Sort((x, y) => x.Start.CompareTo(y.Start));
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var m = mentions[i];
            var next = i + 1;
            if (next + 1 < mentions.Count && mentions[next].Type == "place" && mentions[next].Start - m.End <= 3)
            {
                next++; // skip the possessive place in "AFAD, Turkey’s Disaster … Authority"
            }
            var n = mentions[next];
            var gap = text.AsSpan(m.End, Math.Max(m.End, n.Start) - m.End); // a span: this runs for every pair of neighbouring names
            if (IsAcronym(m.Text) && m.AcronymOf is null && n.Type == "organization" && !IsAcronym(n.Text) && n.Text.Contains(' ', StringComparison.Ordinal)
                && !EntityLexicons.Media.Contains(m.Text) && SharesInitials(m.Text, n.Text)
                && (gap is ", " || (gap.StartsWith(", ", StringComparison.Ordinal) && gap.Length < 16 && (gap.EndsWith("'s ", StringComparison.Ordinal) || gap.EndsWith("’s ", StringComparison.Ordinal)))))
            {
                mentions[i] = m with { AcronymOf = n.Text, Type = "organization" };
                if (gap.Length > 2)
                {
                    mentions[next] = n with { Surface = n.Surface ?? text[(m.End + 2)..n.End] }; // "Turkey’s Disaster … Authority"
                }
            }
            else if (IsAcronym(n.Text) && n.AcronymOf is null && m.Type == "organization" && !IsAcronym(m.Text) && gap is ", or " or " or ")
            {
                mentions[i + 1] = n with { AcronymOf = m.Text, Type = "organization" };
            }
        }
    }

    // "the Hamas-controlled health ministry", "the defence ministry": a portfolio ministry written in lower case is an organisation
    private static void FindLowercaseMinistries(string docId, string text, List<FoundMention> result)
    {
        var at = 0;
        while ((at = text.IndexOf(" ministry", at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + " ministry".Length;
            at = end;
            if (end < text.Length && char.IsLetter(text[end]))
            {
                continue;
            }
            var portfolio = PrecedingWords(text, at - " ministry".Length + 1, 1);
            if (portfolio.Length == 0 || !EntityLexicons.Portfolios.Contains(portfolio) || !char.IsLower(portfolio[0]))
            {
                continue;
            }
            var start = end - " ministry".Length - portfolio.Length;
            if (result.Any(m => m.Start <= start && m.End >= end))
            {
                continue;
            }
            string? surface = null;
            var modifier = PrecedingWords(text, start, 1);
            if (modifier.Length > 0 && char.IsUpper(modifier[0]))
            {
                surface = text[(start - modifier.Length - 1)..end]; // "Hamas-controlled health ministry", "Gaza health ministry"
            }
            result.Add(new FoundMention(docId, start, end, text[start..end], "organization", 2) { Surface = surface });
        }
    }

    // At least half the acronym's letters are initials of the long form ("AFAD" ~ "Disaster and Emergency Management Authority").
    private static bool SharesInitials(string acronym, string longForm)
    {
        var initials = new HashSet<char>();
        foreach (var w in longForm.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            initials.Add(char.ToUpperInvariant(w[0]));
        }
        var letters = acronym.Where(char.IsLetter).ToList();
        return letters.Count > 0 && letters.Count(initials.Contains) * 2 >= letters.Count;
    }

    // Phase 2: within the document, a single word that is the surname of a person named in full is that person.
    private static void Reclassify(List<FoundMention> mentions)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Type == "person" && m.Evidence >= 1)
            {
                var key = NameFold.TranslitKeyRemembered(m.Text);
                var sp = key.LastIndexOf(' ');
                if (sp > 0)
                {
                    surnames.Add(key[(sp + 1)..]);
                }
            }
        }
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Type != "person" && m.AcronymOf is null && m.Evidence < 3 && !m.Text.Contains(' ', StringComparison.Ordinal)
                && surnames.Contains(NameFold.TranslitKeyRemembered(m.Text)))
            {
                mentions[i] = m with { Type = "person", Evidence = 2 };
            }
        }
    }

    // ---------- cues ----------

    private static bool PersonCue(string text, List<Tok> toks, int a, int b, out string? role)
    {
        role = null;
        // lowercase title right before: "president Bashar al-Assad", "official Basem Naim"
        var before = PrecedingSpan(text, toks[a].Start, 4);
        if (before.Length > 0)
        {
            var lastWord = before[(before.LastIndexOf(' ') + 1)..];
            if (s_titleHeadsBySpan.Contains(lastWord) && char.IsLower(lastWord[0]))
            {
                role = before.ToString();
                return true;
            }
        }
        // appositive before: "Iran's ambassador to Lebanon, Mojtaba Amani"
        var s = toks[a].Start;
        if (s >= 2 && text[s - 2] == ',' && text[s - 1] == ' ')
        {
            var clauseStart = ClauseStart(text, s - 2);
            var clause = text.AsSpan(clauseStart..(s - 2));
            if (ContainsTitle(clause))
            {
                role = clause.Trim().ToString();
                return true;
            }
        }
        // appositive after: "Ashraf al-Qidra, spokesman for the health ministry"
        var e = toks[b].End;
        if (e + 2 < text.Length && text[e] == ',' && text[e + 1] == ' ')
        {
            var stop = text.IndexOfAny([',', '.', ';', '\n'], e + 2);
            // Over spans: this runs for every capitalized name followed by a comma, so it reads the clause without copying it.
            var clause = text.AsSpan((e + 2)..(stop < 0 ? text.Length : stop));
            ReadOnlySpan<char> firstWord = default;
            var words = 0;
            foreach (var range in clause.Split(' '))
            {
                if (clause[range] is { Length: > 0 } word && ++words == 1)
                {
                    firstWord = word;
                }
                if (words > 8)
                {
                    break; // only "at most eight" is asked
                }
            }
            if (words is > 0 and <= 8 && ContainsTitle(clause) && (char.IsLower(firstWord[0]) || s_titlesBySpan.Contains(firstWord)))
            {
                role = clause.Trim().ToString();
                return true;
            }
            if (words > 0 && int.TryParse(firstWord, out _))
            {
                return true; // "Serap Arslan, 45,"
            }
        }
        return false;
    }

    private static bool ContainsTitle(ReadOnlySpan<char> clause)
    {
        // Word by word over spans: this runs for every capitalized name, so it must not allocate.
        foreach (var range in clause.Split(' '))
        {
            var word = clause[range];
            if (word.Length > 0 && char.IsLower(word[0]) && s_titleHeadsBySpan.Contains(word))
            {
                return true;
            }
        }
        return false;
    }

    private static int ClauseStart(string text, int pos)
    {
        var i = pos - 1;
        while (i >= 0 && text[i] is not (',' or '.' or ';' or '\n' or '"' or '“' or '”' or '(' or ':'))
        {
            i--;
        }
        return i + 1;
    }

    private static bool PlacePreposition(string text, int start)
    {
        var w = PrecedingSpan(text, start, 1);
        return w is "in" or "near" or "from" or "at" or "outside" or "across" or "to" or "of" or "into" or "towards" or "toward" or "around" or "province" or "city";
    }

    private bool DocumentNamesCountry(string text, string code)
    {
        foreach (var n in _gazetteer.CountryNames(code))
        {
            if (n.Length > 2 && text.Contains(n, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool FollowedByLowercaseTitle(string text, int end)
    {
        var next = FollowingSpan(text, end, 1);
        return next.Length > 0 && char.IsLower(next[0]) && s_titleHeadsBySpan.Contains(next);
    }

    private static bool FollowedByReportingVerb(string text, int end)
    {
        return s_reportingVerbsBySpan.Contains(FollowingSpan(text, end, 1));
    }

    private static int PlaceStrength(IReadOnlyList<GazetteerEntry> places)
    {
        var best = 1;
        foreach (var p in places)
        {
            var s = p.Kind is "country" or "admin1" ? 3 : p.FeatureCode is "PPLC" or "PPLA" || p.Population >= 100_000 ? 2 : 1;
            best = Math.Max(best, s);
        }
        return best;
    }

    private bool IsPlaceName(string text, List<Tok> toks, int a, int b) =>
        a <= b && _gazetteer.Find(text[toks[a].Start..toks[b].End]).Count > 0;

    private static bool HasHead(string text, List<Tok> toks, int a, int b)
    {
        for (var k = a; k <= b; k++)
        {
            var w = Word(text, toks[k]);
            if (char.IsUpper(w[0]) && (IsOrgHead(w) || EntityLexicons.PlaceHeads.Contains(w)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasPlaceHead(string text, List<Tok> toks, int a, int b)
    {
        for (var k = a; k <= b; k++)
        {
            var w = Word(text, toks[k]);
            if (char.IsUpper(w[0]) && EntityLexicons.PlaceHeads.Contains(w) && !(w is "East" or "West" or "North" or "South" && k == a))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsOrgName(string text, List<Tok> toks, int a, int b)
    {
        var strong = false;
        for (var k = a; k <= b; k++)
        {
            var w = Word(text, toks[k]);
            if (char.IsUpper(w[0]) && IsOrgHead(w) && !EntityLexicons.WeakOrgHeads.Contains(w)
                && (k > a || a == b || w is "Red"))
            {
                strong = true;
            }
        }
        return strong && b > a || (a == b && IsOrgHead(Word(text, toks[a])) && !EntityLexicons.WeakOrgHeads.Contains(Word(text, toks[a])) && false);
    }

    private static bool IsOrgHead(string w) => EntityLexicons.OrgHeads.Contains(w);

    // A head word opening a name and followed by a lower-case "of"/"for" that the name goes on after ("Bay of Orvan", "City of
    // Velmora"): the head names what the whole name is, whatever follows.
    private static bool HeadBeforeOf(string text, List<Tok> toks, int k, int b) =>
        k + 2 <= b && Word(text, toks[k + 1]) is "of" or "for" && char.IsLower(text[toks[k + 1].Start]);

    // A weekday, or a month followed by a day number ("June 4"): a date, which never continues a name ("Kerrin on Monday").
    private static bool IsDateWord(string text, Tok t)
    {
        if (EntityLexicons.Weekdays.Contains(t.Text))
        {
            return true;
        }
        return EntityLexicons.Months.Contains(t.Text) && t.End + 1 < text.Length && text[t.End] == ' ' && char.IsAsciiDigit(text[t.End + 1]);
    }

    // A stop word, or a contraction of one ("They're", "We've", "Don't").
    private static bool IsStopWord(string w)
    {
        if (EntityLexicons.Stop.Contains(w))
        {
            return true;
        }
        var apostrophe = w.IndexOfAny(['\'', '’']);
        if (apostrophe <= 0)
        {
            return false;
        }
        var rest = w[(apostrophe + 1)..];
        return rest is "re" or "ve" or "ll" or "m" or "d" or "s" or "t" && (EntityLexicons.Stop.Contains(w[..apostrophe]) || w[..apostrophe].EndsWith('n'));
    }

    // The words before a final title are generic (written in lower case elsewhere, titles, adjectives of peoples, compass
    // words): "District Magistrate", "West Bengal Chief Minister", not "John Major".
    private static bool TitleOnly(string text, List<Tok> toks, int a, int b, HashSet<string> lowerVocab)
    {
        var generic = 0;
        for (var k = a; k < b; k++)
        {
            var w = Word(text, toks[k]);
            if (lowerVocab.Contains(w) || IsTitleWord(w) || EntityLexicons.NameTitles.Contains(w) || EntityLexicons.Adjectivals.Contains(w) || EntityLexicons.CompassWords.Contains(w))
            {
                generic++;
            }
        }
        return generic == b - a || (b - a >= 2 && generic > 0);
    }

    // A title or an occupation used as one ("Minister", "Magistrate", "Guitarist").
    private static bool IsTitleWord(string w) =>
        EntityLexicons.TitleHeads.Contains(w) || EntityLexicons.Occupations.Contains(w) || EntityLexicons.StrongNameTitles.Contains(w);

    // Words in capitals that are not an acronym: two or more long words ("JANE DOE"), or one long word the text also writes in
    // lower case ("UPDATE" / "update").
    private static bool IsShouted(string text, List<Tok> toks, int a, int b, HashSet<string> lowerVocab)
    {
        var longWords = 0;
        for (var k = a; k <= b; k++)
        {
            var w = Word(text, toks[k]);
            foreach (var ch in w)
            {
                if (char.IsLower(ch))
                {
                    return false;
                }
            }
            if (w.Length >= 4 && w.AsSpan().IndexOfAny(s_vowels) >= 0 && !EntityLexicons.Media.Contains(w))
            {
                longWords++;
            }
        }
        return b > a ? longWords >= 2 : longWords == 1 && Word(text, toks[a]).Length >= 5 && lowerVocab.Contains(Word(text, toks[a]));
    }

    private static bool IsHonorificLike(string w) => EntityLexicons.Honorifics.Contains(w);

    internal static bool IsAcronym(string s)
    {
        if (s.Length is < 2 or > 8)
        {
            return false;
        }
        var letters = 0;
        foreach (var c in s)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c is not ('.' or '-' or '&') && !char.IsDigit(c))
            {
                return false;
            }
        }
        return letters >= 2;
    }

    private static bool InitialsCompatible(string acronym, string name)
    {
        var first = char.ToUpperInvariant(name[0]);
        return acronym.Contains(first, StringComparison.Ordinal) || acronym[0] == first;
    }

    private bool IsDemonym(string w)
    {
        if (w.Length < 4 || !char.IsUpper(w[0]))
        {
            return false;
        }
        // The answer depends only on the word and the (immutable) gazetteer, and the same capitalised words come back
        // in every article of a story, so answers are remembered, up to a bound.
        return _demonyms.Get(w, this, static (word, self) => self.IsDemonymCore(word));
    }

    private static readonly System.Buffers.SearchValues<char> s_vowels = System.Buffers.SearchValues.Create("AEIOUY");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_titlesBySpan = EntityLexicons.NameTitles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_strongTitlesBySpan = EntityLexicons.StrongNameTitles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_titleHeadsBySpan = EntityLexicons.TitleHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_facilitiesBySpan = EntityLexicons.Facilities.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_regionSuffixesBySpan = EntityLexicons.RegionSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_reportingVerbsBySpan = EntityLexicons.ReportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly RememberedAnswers<string, bool> _demonyms = new(100_000, StringComparer.Ordinal);

    private bool IsDemonymCore(string w)
    {
        if (EntityLexicons.IrregularDemonyms.Contains(w))
        {
            return true;
        }
        foreach (var e in _gazetteer.Find(w))
        {
            if (e.Kind is "country" or "admin1" || e.Population >= 50_000)
            {
                return false; // "Lebanon", "Iran" are places, not adjectives
            }
        }
        var f = NameFold.Fold(w);
        foreach (var suffix in (ReadOnlySpan<string>)["ians", "ans", "ese", "ian", "ish", "an", "is", "i", "n", "ic"])
        {
            if (f.Length - suffix.Length >= 3 && f.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = f[..^suffix.Length];
                if (_gazetteer.IsCountryStem(stem))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool IsCommunity(string w)
    {
        if (EntityLexicons.Communities.Contains(w))
        {
            return true;
        }
        // "-ite(s)" names of sects and peoples ("Maronites", "Hashemite")
        return w.Length >= 6 && char.IsUpper(w[0]) && (w.EndsWith("ites", StringComparison.Ordinal) || w.EndsWith("ite", StringComparison.Ordinal));
    }

    private static bool IsParticleName(string text, Tok t)
    {
        var w = t.Text;
        var dash = w.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && dash + 1 < w.Length && char.IsUpper(w[dash + 1]);
    }

    private static bool Namey(string text, Tok t)
    {
        var c = text[t.Start];
        if (char.IsUpper(c))
        {
            return true;
        }
        if (IsParticleName(text, t) && EntityLexicons.Particles.Contains(text[t.Start..text.IndexOf('-', t.Start)]))
        {
            return true; // "al-Sharaa"
        }
        return t.Text is "dpa"; // the one lower-case agency name
    }

    private static string Word(string text, Tok t) => t.Text;

    internal static string PrecedingWords(string text, int start, int count) => PrecedingSpan(text, start, count).ToString();

    // The words before start, as a span of the text: the finder asks for them for every name, so it must not allocate.
    private static ReadOnlySpan<char> PrecedingSpan(string text, int start, int count)
    {
        var i = start - 1;
        if (i < 0 || i >= text.Length || text[i] != ' ')
        {
            return [];
        }
        var pos = i;
        var from = i;
        for (var w = 0; w < count; w++)
        {
            var j = pos - 1;
            while (j >= 0 && (char.IsLetterOrDigit(text[j]) || text[j] is '-' or '\'' or '’'))
            {
                j--;
            }
            if (j == pos - 1)
            {
                break;
            }
            from = j;
            if (j < 0 || text[j] != ' ')
            {
                break;
            }
            pos = j;
        }
        return from >= i ? [] : text.AsSpan((from + 1)..i).Trim();
    }

    internal static string FollowingWords(string text, int end, int count) => FollowingSpan(text, end, count).ToString();

    // The words after end, as a span of the text (see PrecedingSpan).
    private static ReadOnlySpan<char> FollowingSpan(string text, int end, int count)
    {
        if (end >= text.Length || text[end] != ' ')
        {
            return [];
        }
        var i = end + 1;
        var words = 0;
        while (i < text.Length && words < count)
        {
            var j = i;
            while (j < text.Length && (char.IsLetter(text[j]) || text[j] == '-'))
            {
                j++;
            }
            if (j == i)
            {
                break;
            }
            words++;
            i = j;
            if (words < count && (i >= text.Length || text[i] != ' '))
            {
                break;
            }
            if (words < count)
            {
                i++;
            }
        }
        return text.AsSpan((end + 1)..Math.Min(i, text.Length)).TrimEnd();
    }

    // ---------- tokens ----------

    private static List<Tok> Tokenize(string text)
    {
        var toks = new List<Tok>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetter(c))
            {
                i++;
                continue;
            }
            var start = i;
            // dotted acronyms: "U.N.", "U.S."
            if (char.IsUpper(c) && i + 3 < text.Length && text[i + 1] == '.' && char.IsUpper(text[i + 2]) && text[i + 3] == '.')
            {
                while (i + 1 < text.Length && char.IsUpper(text[i]) && text[i + 1] == '.')
                {
                    i += 2;
                }
                toks.Add(MakeTok(text, start, i, false));
                continue;
            }
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark
                || (text[i] is '-' or '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }
            var end = i;
            var possessive = false;
            if (end - start > 2 && text[end - 1] is 's' && text[end - 2] is '\'' or '’')
            {
                end -= 2;
                possessive = true;
            }
            else if (i < text.Length && text[i] is '\'' or '’' && text[i - 1] == 's' && (i + 1 >= text.Length || !char.IsLetter(text[i + 1])))
            {
                possessive = true; // plural possessive "Alawites'"
            }
            else if (i < text.Length && text[i] == '.' && s_titlesBySpan.Contains(text.AsSpan(start, i + 1 - start)) && i + 1 < text.Length && text[i + 1] == ' ')
            {
                end = ++i; // "Lt.", "Dr."
            }
            toks.Add(MakeTok(text, start, end, possessive));
        }
        // joins, sentence starts, headline lines
        for (var k = 0; k < toks.Count; k++)
        {
            var t = toks[k];
            if (k + 1 < toks.Count)
            {
                var gapStart = t.Possessive ? t.End + 2 : t.End;
                var n = toks[k + 1];
                t.JoinNext = !t.Possessive && n.Start - t.End == 1 && text[t.End] == ' ';
                _ = gapStart;
            }
            t.SentStart = IsSentenceStart(text, t.Start, k > 0 ? toks[k - 1] : (Tok?)null);
            toks[k] = t;
        }
        MarkHeadlines(text, toks);
        return toks;
    }

    private static Tok MakeTok(string text, int start, int end, bool possessive) => new() { Start = start, End = end, Possessive = possessive, Text = text[start..end] };

    private static bool IsSentenceStart(string text, int start, Tok? previous)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '"' or '“' or '‘' or '(' or '[' or '\'' or '-' or '—' or '–')
        {
            i--;
        }
        if (i < 0 || text[i] is '\n' or '\r' or '!' or '?' or ':' or '•')
        {
            return true;
        }
        if (text[i] == '.' || text[i] == '”' && i > 0 && text[i - 1] == '.')
        {
            // not after an abbreviation like "Lt." or "U.S."
            if (previous is { } p && p.End > 0 && p.End <= i + 1 && (EntityLexicons.NameTitles.Contains(text[p.Start..Math.Min(i + 1, text.Length)]) || IsAcronym(text[p.Start..p.End]) && text[p.Start..p.End].Contains('.', StringComparison.Ordinal)))
            {
                return false;
            }
            return true;
        }
        return false;
    }

    private static void MarkHeadlines(string text, List<Tok> toks)
    {
        var lineStart = 0;
        var k = 0;
        while (k < toks.Count)
        {
            var lineEnd = text.IndexOf('\n', toks[k].Start);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
            var first = k;
            var caps = 0;
            while (k < toks.Count && toks[k].Start < lineEnd)
            {
                if (char.IsUpper(text[toks[k].Start]) || toks[k].End - toks[k].Start <= 3)
                {
                    caps++;
                }
                k++;
            }
            var n = k - first;
            var endsWithPeriod = text.AsSpan(0, lineEnd).TrimEnd().EndsWith('.');
            if (n >= 4 && caps == n && !endsWithPeriod)
            {
                for (var j = first; j < k; j++)
                {
                    var t = toks[j];
                    t.Headline = true;
                    toks[j] = t;
                }
            }
            lineStart = lineEnd + 1;
        }
        _ = lineStart;
    }
}
