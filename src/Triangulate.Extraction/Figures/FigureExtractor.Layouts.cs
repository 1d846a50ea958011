using System.Collections.Frozen;
using Triangulate.Extraction.Numbers;

namespace Triangulate.Extraction.Figures;

/// <summary>Figures stated outside running prose or without a numeral: table rows under a header of measures, labelled lines
/// ("Dead: 12"), lists after a colon that break a total down, and a single person's death or injury ("a police officer died")
/// (docs/figures.md, section 3d).</summary>
public sealed partial class FigureExtractor
{
    /// <summary>Singular nouns naming one person: "a <c>man</c> was killed", "killing a 12-year-old <c>girl</c>".</summary>
    private static readonly FrozenSet<string> SingularPersons = new[]
    {
        "man", "woman", "boy", "girl", "child", "baby", "infant", "toddler", "teenager", "teen", "person", "student", "pupil", "worker", "miner",
        "passenger", "pilgrim", "soldier", "policeman", "policewoman", "officer", "firefighter", "fireman", "resident", "journalist", "reporter",
        "photographer", "protester", "protestor", "demonstrator", "tourist", "driver", "pilot", "guard", "teacher", "doctor", "nurse", "volunteer",
        "rescuer", "civilian", "villager", "farmer", "fisherman", "migrant", "refugee", "mother", "father", "son", "daughter", "national", "citizen",
        "victim", "suspect", "gunman", "attacker", "bomber", "employee", "friend", "patient", "trader", "vendor", "shopkeeper", "priest", "imam",
        "worshipper", "paramedic", "medic", "guest", "visitor", "inmate", "prisoner", "sailor", "crewman", "labourer", "laborer", "musician",
        "singer", "player", "fan", "spectator", "local", "youth", "pensioner", "grandmother", "grandfather", "wife", "husband", "brother", "sister",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words between a single person and the predicate: auxiliaries and a few adverbs of time ("a man has also died").</summary>
    private static readonly FrozenSet<string> SingleAux = new[]
    {
        "was", "has", "had", "been", "is", "also", "later", "reportedly", "then", "subsequently", "since", "who", "were", "have", "now",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A single person's count and what happened to them, keyed by the determiner's token.</summary>
    private readonly record struct Single(string Measure, int HeadStart, int HeadEnd, int End);

    /// <summary>One person whose death or injury the sentence states without a numeral — "a 12-year-old boy was killed", "a police
    /// officer died", "killing a street vendor", "one of the wounded died" — is a count of one. Added to the sentence's counts (in text order)
    /// with a pseudo numeral on the determiner; returns how each reads, or null when none.</summary>
    /// <remarks>Only a strong predicate right after the person (through auxiliaries) or a verb of killing or arrest right before it counts:
    /// "a man said …", "a woman badly hurt in the crash said …" or "a fire killed …" are no count of one, and a negation voids it.</remarks>
    private static Dictionary<int, Single>? AddSingles(string text, List<Token> tokens, List<(NumberMention M, int T0, int T1)> counts)
    {
        Dictionary<int, Single>? singles = null;
        var n = tokens.Count;
        for (var i = 0; i < n - 1; i++)
        {
            var w = tokens[i].Lower;
            if (w is not ("a" or "an" or "one" or "another") || Negated(tokens, i) || (i > 0 && tokens[i - 1].Lower is "single" or "such" or "what" or "every" or "each" or "than" or "any"))
            {
                continue;
            }
            if (counts.Exists(c => c.T0 <= i && i < c.T1))
            {
                continue; // "one person died" is a numeral the recognizer already counts
            }
            int headStart, headEnd;
            if (w == "one")
            {
                // "One of the injured died", "one of the band's members was killed": one of a group.
                if (!(i + 2 < n && tokens[i + 1].Lower == "of" && tokens[i + 2].Lower is "the" or "his" or "her" or "their" or "its" or "those"))
                {
                    continue;
                }
                headStart = i + 3;
                headEnd = headStart;
                while (headEnd < n && headEnd - headStart < 5 && (tokens[headEnd].IsWord || tokens[headEnd].Lower is "'" or "-") && !SingleAux.Contains(tokens[headEnd].Lower)
                    && (headEnd == headStart ? FigureLexicon.MeasureWords.ContainsKey(tokens[headEnd].Lower) || !FigureLexicon.NpStop.Contains(tokens[headEnd].Lower)
                        : !FigureLexicon.NpStop.Contains(tokens[headEnd].Lower) && !FigureLexicon.MeasureWords.ContainsKey(tokens[headEnd].Lower)))
                {
                    headEnd++;
                }
                if (headEnd == headStart || !PeopleWord(tokens[headEnd - 1].Lower))
                {
                    continue; // "one of the strongest storms ever recorded has killed …" is no person
                }
            }
            else if (i + 1 < n && tokens[i + 1].Lower == "body" && w is not "one")
            {
                headStart = i + 1; // "a body was found", "another body was pulled from the river"
                headEnd = i + 2;
            }
            else
            {
                var j = i + 1;
                while (j < n && j - i <= 7 && !SingularPersons.Contains(tokens[j].Lower)
                    && (tokens[j].IsNumber || tokens[j].Lower == "-" || (tokens[j].IsWord && !FigureLexicon.NpStop.Contains(tokens[j].Lower) && !FigureLexicon.MeasureWords.ContainsKey(tokens[j].Lower))))
                {
                    j++;
                }
                while (j + 1 < n && j - i <= 7 && SingularPersons.Contains(tokens[j].Lower) && SingularPersons.Contains(tokens[j + 1].Lower))
                {
                    j++; // "a local man", "a national guard soldier": the last person noun is the head
                }
                if (j < n && SingularPersons.Contains(tokens[j].Lower))
                {
                    headStart = i + 1;
                    headEnd = j + 1;
                }
                else if (j >= i + 4 && tokens[j - 1].Lower == "old" && tokens[j - 2].Lower == "-" && tokens[j - 3].Lower is "year" or "month")
                {
                    headStart = i + 1; // "a three-year-old"
                    headEnd = j;
                }
                else
                {
                    continue;
                }
            }
            var governed = SingleGoverned(tokens, i);
            var predicate = governed is null ? MainDeath(tokens, headEnd) ?? SinglePredicate(tokens, headEnd) : null;
            if (tokens[headEnd - 1].Lower == "body" && governed is null)
            {
                predicate = BodyFound(tokens, headEnd); // "another body was recovered on Monday": one more of the dead
            }
            if (governed is null && predicate is null)
            {
                continue;
            }
            var measure = governed ?? predicate!.Value.Measure;
            var end = predicate?.End ?? headEnd;
            var at = counts.FindIndex(c => c.T0 > i);
            var pseudo = new NumberMention(tokens[i].Start, tokens[i].End, text[tokens[i].Start..tokens[i].End], NumberKind.Cardinal) { Value = 1 };
            counts.Insert(at < 0 ? counts.Count : at, (pseudo, i, i + 1));
            singles ??= [];
            singles[i] = new Single(measure, headStart, headEnd, end);
        }
        return singles;
    }

    /// <summary>"killed a street vendor", "wounding a guard": a verb of killing or harm right before the single person (an arrest of one
    /// person is news of a suspect, not a count coders keep).</summary>
    private static string? SingleGoverned(List<Token> tokens, int det)
    {
        if (det < 1 || Negated(tokens, det - 1))
        {
            return null;
        }
        var v = tokens[det - 1].Lower;
        if (v == "dead" && det >= 2 && tokens[det - 2].Lower == "shot")
        {
            return Measures.Killed; // "gunmen shot dead a teacher"
        }
        return v is "killed" or "killing" or "slaying" or "slew" or "injuring" or "wounding"
            && !(det >= 2 && tokens[det - 2].Lower is "was" or "were" or "been" or "is" or "are" or "be")
            ? FigureLexicon.MeasureWords[v]
            : null;
    }

    /// <summary>The strong predicate after a single person, through auxiliaries ("was killed", "has died", "were among the victims"): its
    /// measure and end, or null.</summary>
    private static (string Measure, int End)? SinglePredicate(List<Token> tokens, int at)
    {
        var n = tokens.Count;
        var k = at;
        if (k + 2 < n && tokens[k].Lower == "," && tokens[k + 1].IsNumber && tokens[k + 2].Lower == ",")
        {
            k += 3; // "the driver, 41, died"
        }
        var aux = 0;
        while (k < n && aux < 3 && SingleAux.Contains(tokens[k].Lower))
        {
            k++;
            aux++;
        }
        if (k >= n || Negated(tokens, k))
        {
            return null;
        }
        var w = tokens[k].Lower;
        if (w is "died" or "drowned" or "perished")
        {
            return (Measures.Killed, k + 1);
        }
        if (aux == 0 || tokens[k - 1].Lower is "who")
        {
            return null; // "a man killed his wife": without an auxiliary the person is the agent
        }
        if (w is "killed" or "dead" or "injured" or "wounded" or "hurt" or "slain")
        {
            return (FigureLexicon.MeasureWords[w], k + 1);
        }
        if (w == "shot" && k + 1 < n && tokens[k + 1].Lower == "dead")
        {
            return (Measures.Killed, k + 2);
        }
        return w == "among" && PredicateAt(tokens, k) is { } among && among.Measure is Measures.Killed or Measures.Injured or Measures.Missing ? among : null;
    }

    /// <summary>"a man who was hurt in the blast has died", "a woman badly burned in the fire died on Sunday": a person described by a
    /// relative clause (who …) or a participle phrase whose main verb is a death is one of the dead, whatever the clause says. Null when
    /// the description is neither, or when a reporting verb, a number, another subject ("whose") or a sentence break comes first.</summary>
    private static (string Measure, int End)? MainDeath(List<Token> tokens, int at)
    {
        var n = tokens.Count;
        if (at >= n || !(tokens[at].Lower is "who" or "badly" or "seriously" or "critically" or "hurt" || (tokens[at].Lower.EndsWith("ed", StringComparison.Ordinal) && tokens[at].Lower.Length > 4)))
        {
            return null;
        }
        for (var k = at + 1; k < n && k - at <= 14; k++)
        {
            var w = tokens[k].Lower;
            if (w is "." or ";" or ":" or "whose" or "said" or "says" or "told" or "and" or "but" || tokens[k].IsNumber)
            {
                return null;
            }
            if (w is "died" && !Negated(tokens, k) && tokens[k - 1].Lower is not "who")
            {
                return (Measures.Killed, k + 1);
            }
        }
        return null;
    }

    /// <summary>The reading of a single person's count: value one, the person's words as the group.</summary>
    private static Reading SingleReading(string text, List<Token> tokens, int det, Single one)
    {
        var who = tokens[one.HeadEnd - 1].Lower is "person" or "victim" or "body" ? "all" : text[tokens[one.HeadStart].Start..tokens[one.HeadEnd - 1].End];
        return new Reading([one.Measure], Qualifier.Exact, who, det, Math.Max(one.End, one.HeadEnd), one.HeadEnd, false, null, false, false, false);
    }

    /// <summary>The measures of a table's columns: a row of cells between pipes ("| Province | Injuries | Deaths |") with no numeral and at
    /// least one measure word names them; a separator row ("|---|---|") or a data row keeps the header; any other line ends the table.</summary>
    private static string?[]? TableHeader(string text, int start, int end, List<Token> tokens, string?[]? header)
    {
        if (!TableRow(text, start, end))
        {
            return null;
        }
        if (tokens.Exists(t => t.IsNumber))
        {
            return header;
        }
        var cells = new List<string?>();
        var any = false;
        string? cell = null;
        var pipes = 0;
        foreach (var t in tokens)
        {
            if (t.Lower == "|")
            {
                if (pipes > 0)
                {
                    cells.Add(cell);
                }
                pipes++;
                cell = null;
            }
            else if (t.IsWord && cell is null && FigureLexicon.MeasureWords.TryGetValue(t.Lower, out var m) && t.Lower is not ("lives" or "custody"))
            {
                cell = m;
                any = true;
            }
        }
        return any ? [.. cells] : tokens.Exists(t => t.IsWord) ? null : header;
    }

    /// <summary>A line laid out as a table row: it starts with a pipe.</summary>
    private static bool TableRow(string text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i < end && text[i] == '|';
    }

    /// <summary>A number in a table row under a header of measures: a claim of its column's measure; the row's first cell, when it is a
    /// name and not a total, is the place. Null for a column the header names no measure for.</summary>
    private static Reading? TableCell(List<Token> tokens, (NumberMention M, int T0, int T1) count, string?[] columns)
    {
        var (m, t0, t1) = count;
        if (m.Kind == NumberKind.Cardinal && m.Count is null)
        {
            return null;
        }
        var pipes = 0;
        var firstPipe = -1;
        var secondPipe = -1;
        for (var i = 0; i < t0; i++)
        {
            if (tokens[i].Lower == "|")
            {
                pipes++;
                firstPipe = firstPipe < 0 ? i : firstPipe;
                secondPipe = pipes == 2 ? i : secondPipe;
            }
        }
        var column = pipes - 1;
        if (column < 1 || column >= columns.Length || columns[column] is not { } measure)
        {
            return null;
        }
        var (qualifier, qs, _) = QualifierReader.Read(tokens, t0, t1, m.Kind);
        var reading = new Reading([measure], qualifier, "all", qs >= 0 ? qs : t0, t1, t1, false, null, false, false, false);
        var place = firstPipe + 1 < secondPipe && tokens[firstPipe + 1].IsWord && tokens[firstPipe + 1].Lower != "total";
        return place ? reading with { PlaceStartTok = firstPipe + 1, PlaceEndTok = secondPipe } : reading;
    }

    /// <summary>A labelled figure on a line of its own: "Dead: 12", "- Injured: 40", "Killed | 12", "Death toll = 50" — the label names
    /// the measure.</summary>
    private static void MeasureOfLabel(CountReading r)
    {
        var tokens = r.Tokens;
        var q = r.QStart;
        if (r.Measures.Count > 0 || r.Weak || r.Np.Head >= 0 || q < 2 || tokens[q - 1].Lower is not (":" or "|" or "-" or "="))
        {
            return;
        }
        var s = 0;
        while (s < q - 1 && tokens[s].Lower is "-" or "*" or "•" or "|" or "#" or ">")
        {
            s++;
        }
        if (q - 1 - s is < 1 or > 4)
        {
            return;
        }
        for (var i = s; i < q - 1; i++)
        {
            if (!tokens[i].IsWord)
            {
                return;
            }
        }
        for (var i = s; i < q - 1; i++)
        {
            var w = tokens[i].Lower;
            if (w == "toll" || (FigureLexicon.MeasureWords.TryGetValue(w, out _) && w is not ("lives" or "custody")))
            {
                r.Measures.Add(w == "toll" ? Measures.Killed : FigureLexicon.MeasureWords[w]);
                r.SpanStart = s;
                return;
            }
        }
    }

    /// <summary>A list after a colon or a dash that breaks down the count just before it: "30 deaths on Friday: 14 at one hospital, nine at
    /// another and seven at a third", "the toll climbed to 120 — 40 of them women and 12 children". Returns the total's claim, or null.</summary>
    private static int? ListTotal(CountReading r)
    {
        var tokens = r.Tokens;
        var q = r.QStart;
        var np = r.Np;
        if (r.Weak || q < 2 || tokens[q - 1].Lower is not (":" or "-" or "," or "and"))
        {
            return null;
        }
        if (np.Head >= 0 && !MeasureLexicon.PersonNouns.Contains(tokens[np.Head].Lower) && !(char.IsUpper(r.Text[tokens[np.Head].Start]) && tokens[np.Head].Lower.EndsWith('s')))
        {
            return null;
        }
        var colon = -1;
        for (var b = q - 1; b >= 0 && q - b <= 45; b--)
        {
            var w = tokens[b].Lower;
            if (w is "." or ";" or "while" or "but" or "whereas")
            {
                return null;
            }
            if (w == ":" || (w == "-" && b > 0 && tokens[b].Start > tokens[b - 1].End && b + 1 < tokens.Count && tokens[b + 1].Start > tokens[b].End))
            {
                colon = b;
                break;
            }
        }
        if (colon < 0)
        {
            return null;
        }
        int? total = null;
        for (var j = 0; j < r.K; j++)
        {
            var c = r.ClaimOfCount[j];
            if (c >= 0 && r.Counts[j].T1 <= colon && colon - r.Counts[j].T1 <= 6 && r.Claims[c].PartOf is null)
            {
                total = c;
            }
        }
        if (total is { } t && r.Claims[t].Value is { } tv && r.M.Count is { } v && v > tv)
        {
            return null;
        }
        return total;
    }

    /// <summary>Words of an outbreak that make "cases" a count of the sick: "2,127 confirmed cases", "300 new cholera cases".</summary>
    private static readonly FrozenSet<string> CaseModifiers = new[]
    {
        "confirmed", "suspected", "probable", "new", "reported", "additional", "active", "cholera", "ebola", "measles", "dengue", "malaria",
        "covid", "diphtheria", "typhoid", "plague", "mpox", "polio", "meningitis", "infection", "known", "recorded", "documented",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Counts of an outbreak: "2,127 confirmed cases" → <c>cases</c>, "9,000 infected", "4,000 infections" → <c>infected</c>.</summary>
    private static void MeasureOfOutbreak(CountReading r)
    {
        var tokens = r.Tokens;
        var head = tokens[r.Np.Head].Lower;
        if (head is "infected" or "infections" or "sickened")
        {
            r.Measures.Add(Infected);
            return;
        }
        if (head is "cases" or "case")
        {
            for (var i = r.Qe; i < r.Np.Head; i++)
            {
                if (CaseModifiers.Contains(tokens[i].Lower))
                {
                    r.Measures.Add(Cases);
                    return;
                }
            }
            foreach (var t in tokens)
            {
                if (OutbreakWords.Contains(t.Lower))
                {
                    r.Measures.Add(Cases); // "Ebola has spread to 2,240 cases": a sentence about an outbreak counts its cases
                    return;
                }
            }
            if (!(r.QStart > 0 && tokens[r.QStart - 1].Lower is "in" or "of" or "for") && AboutOutbreak(r.Text))
            {
                r.Measures.Add(Cases); // "Officials have recorded 1,975 cases" in an article about an outbreak
            }
        }
    }

    /// <summary>Whether a document is about an outbreak: it names one (an outbreak word other than the generic "disease",
    /// "infection", "virus") at least twice. Its bare "cases" are then cases of the disease.</summary>
    private static bool AboutOutbreak(string text)
    {
        var hits = 0;
        foreach (var word in DocumentOutbreakWords)
        {
            for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0 && hits < 2; at = text.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
            {
                hits++;
            }
            if (hits >= 2)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Names of outbreaks that mark a whole document as about one.</summary>
    private static readonly string[] DocumentOutbreakWords =
    [
        "outbreak", "epidemic", "pandemic", "cholera", "ebola", "measles", "dengue", "malaria", "covid", "diphtheria", "typhoid", "plague",
        "mpox", "polio", "meningitis", "coronavirus", "marburg", "lassa", "zika", "influenza",
    ];

    /// <summary>Words that put a sentence about an outbreak: its bare "cases" are cases of the disease.</summary>
    private static readonly FrozenSet<string> OutbreakWords = new[]
    {
        "outbreak", "epidemic", "pandemic", "virus", "disease", "infection", "infections", "infected", "cholera", "ebola", "measles", "dengue",
        "malaria", "covid", "diphtheria", "typhoid", "plague", "mpox", "polio", "meningitis", "contagion",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A number that bounds an age after a group of people: "children under five", "people over 60", "adults above 65".</summary>
    private static bool AgeBound(List<Token> tokens, int qStart, NounPhrase np)
    {
        if (qStart < 2 || tokens[qStart].Lower is not ("under" or "over" or "above" or "below"))
        {
            return false;
        }
        var before = tokens[qStart - 1].Lower;
        return before is "children" or "kids" or "babies" or "infants" or "people" or "adults" or "those" or "residents" or "women" or "men" or "girls" or "boys"
            && (np.Head < 0 || tokens[np.Head].Lower is "years" or "year" or "s");
    }

    /// <summary>A head that counts the cases of an outbreak ("cases", "infected", "infections").</summary>
    private static bool OutbreakHead(List<Token> tokens, int head) =>
        head >= 0 && tokens[head].Lower is "cases" or "case" or "infected" or "infections" or "sickened";

    /// <summary>People infected in an outbreak.</summary>
    private const string Infected = "infected";

    /// <summary>Cases of a disease (confirmed, suspected or probable).</summary>
    private const string Cases = "cases";

    /// <summary>Only a relative pronoun and auxiliaries between <paramref name="from"/> and <paramref name="to"/> ("who were", "that had been").</summary>
    private static bool OnlyRelative(List<Token> tokens, int from, int to)
    {
        if (to > from && tokens[from].Lower is not ("who" or "that"))
        {
            return false;
        }
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Lower is not ("who" or "that" or "were" or "was" or "had" or "have" or "has" or "been" or "are" or "is"))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A plural that names people of a group ("one of the club's staff", "one of the wounded").</summary>
    private static bool PeopleWord(string w) =>
        MeasureLexicon.PersonNouns.Contains(w) || FigureLexicon.MeasureWords.ContainsKey(w)
        || w is "members" or "friends" or "relatives" or "colleagues" or "classmates" or "sons" or "daughters" or "brothers" or "sisters" or "parents"
            or "musicians" or "players" or "officials" or "policemen" or "journalists" or "gunmen" or "attackers" or "guards" or "nationals";

    /// <summary>A number right before <paramref name="outAt"/> ("out"), through at most two words ("42 dead bodies out of"): the part
    /// of an "out of" partitive. A count further back ("only 63 people had been rescued by late evening, out of the 218 …") is no part of it.</summary>
    private static bool PartBefore(List<Token> tokens, int outAt)
    {
        for (var k = outAt - 1; k >= 0 && outAt - k <= 3; k--)
        {
            if (IsNumeral(tokens[k]))
            {
                return true;
            }
            if (!tokens[k].IsWord)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>The whole of an "out of" partitive: "42 bodies out of 70 recovered", "twelve out of the 68 bodies" (a part right before
    /// "out of").</summary>
    private static bool OutOfWhole(List<Token> tokens, int qStart)
    {
        var b = qStart - 1;
        b -= b >= 0 && tokens[b].Lower is "the" or "those" or "these" ? 1 : 0;
        return b >= 1 && tokens[b].Lower == "of" && tokens[b - 1].Lower == "out" && PartBefore(tokens, b - 1);
    }

    /// <summary>The whole of a partitive ("300 of the village's 1,200 residents", "58 of the 96 survivors"): the predicate that follows is
    /// the part's, not the whole's.</summary>
    private static bool WholeOfPartitive(List<Token> tokens, int qStart)
    {
        var b = qStart - 1;
        var skipped = 0;
        while (b >= 0 && skipped < 4 && (tokens[b].IsWord || tokens[b].Lower == "'") && tokens[b].Lower is not ("the" or "those" or "these" or "of"))
        {
            b--;
            skipped++;
        }
        if (OutOfWhole(tokens, qStart))
        {
            return true;
        }
        return b >= 2 && tokens[b].Lower is "the" or "those" or "these" && tokens[b - 1].Lower == "of" && PartNumber(tokens[b - 2]);
    }

    /// <summary>A number that can count the part of a partitive: digits or a number word ("Two of the seven guards").</summary>
    private static bool PartNumber(Token t) => t.IsNumber || NumberWordLike(t.Lower);
}
