using System.Buffers;

namespace Triangulate.Cleaning;

/// <summary>A hand-tuned linear score for the lines the residue rules leave: is this a short line standing between paragraphs
/// (a subhead, a related headline, a name or a label), or prose? See docs/cleaning.md.</summary>
/// <remarks>
/// The features are those a reader uses: the line's length in words, whether it ends like a sentence, its share of
/// capitalised words, its share of function words (per language, the best-fitting of a few lists; not used for scripts
/// without letter case or spaces), its share of link-like tokens, its share of symbols (bars, arrows, bullets), its
/// position and its neighbours: a line is only scored when both neighbours are a blank line, a prose paragraph or a line
/// already removed as furniture (a run of short lines is a list: names, figures, key points, and stays), or, for a line that
/// opens with a capital, when it sits right under the headline (a deck or standfirst) with a paragraph or a blank line after it.
/// A line with a figure, a number word, a calendar date, a quotation or a reporting verb is content and is never scored.
/// The first line of a text (its headline) is never scored.
/// </remarks>
internal static class LineScore
{
    /// <summary>Score at or above which a standing-alone line is furniture.</summary>
    internal const double Threshold = 3.5;

    private static readonly string[][] s_stopWords =
    [
        // English
        ["the", "a", "an", "of", "to", "in", "and", "on", "for", "is", "was", "were", "are", "be", "been", "has", "have", "had", "at", "by",
         "with", "from", "as", "that", "this", "it", "its", "after", "who", "which", "but", "or", "not", "their", "they", "he", "she", "his", "her", "into", "than", "over"],
        // French
        ["le", "la", "les", "de", "des", "du", "un", "une", "et", "en", "à", "au", "aux", "dans", "pour", "par", "sur", "est", "sont", "a", "ont", "qui", "que", "ne", "pas", "il", "elle", "ils", "se", "avec"],
        // Spanish and Portuguese
        ["el", "la", "los", "las", "de", "del", "un", "una", "y", "en", "a", "al", "por", "para", "con", "que", "se", "es", "fue", "son", "o", "os", "as", "do", "da", "dos", "das", "em", "no", "na", "um", "uma", "e", "foi", "com"],
        // German
        ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "und", "in", "im", "zu", "zum", "von", "mit", "auf", "für", "ist", "sind", "war", "wurde", "wurden", "nach", "bei", "nicht", "sich", "es", "er", "sie"],
        // Italian
        ["il", "lo", "la", "i", "gli", "le", "di", "del", "della", "dei", "un", "una", "e", "in", "a", "al", "per", "con", "che", "è", "sono", "da", "non", "si"],
        // Polish
        ["i", "w", "z", "na", "do", "się", "nie", "że", "to", "jest", "od", "po", "przez", "dla", "o", "oraz", "jak", "ale", "są", "był", "była"],
        // Dutch
        ["de", "het", "een", "en", "van", "in", "op", "te", "voor", "met", "is", "zijn", "was", "werd", "dat", "die", "niet", "aan", "bij", "om", "er", "ook"],
        // Turkish
        ["ve", "bir", "bu", "da", "de", "ile", "için", "olarak", "olan", "çok", "daha", "gibi", "ama", "ancak", "sonra", "kadar", "ise", "ki", "mi", "en"],
        // Indonesian and Malay
        ["yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "pada", "adalah", "dalam", "tidak", "akan", "oleh", "telah", "juga", "sudah"],
        // Russian (Cyrillic)
        ["и", "в", "во", "не", "на", "с", "со", "что", "по", "к", "из", "за", "от", "о", "об", "для", "это", "как", "был", "была", "были", "он", "она", "они", "но", "а"],
        // Arabic (a script without letter case: the word features lean on this list alone)
        ["في", "من", "على", "إلى", "عن", "أن", "إن", "التي", "الذي", "مع", "هذا", "هذه", "كان", "كانت", "قد", "لا", "ما", "و", "أو", "بعد", "قبل", "حتى", "عند"],
    ];

    private static readonly HashSet<string>[] s_stopSets = [.. s_stopWords.Select(l => new HashSet<string>(l, StringComparer.Ordinal))];

    private static readonly HashSet<string> s_reporting = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "according", "reported", "added", "stated", "announced", "confirmed",
    };

    private static readonly HashSet<string> s_calendar = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight",
    };

    /// <summary>The features of one trimmed line (its neighbours are judged by the caller).</summary>
    internal readonly record struct Features(int Words, bool SentenceEnd, double CapitalShare, double StopShare, bool Cased, double LinkShare, bool Sacred)
    {
        /// <summary>Share of the line's visible characters that are neither letters nor digits (bars, arrows, bullets, brackets).</summary>
        public double PunctuationShare { get; init; }

        /// <summary>Whether the line's first letter is a capital (a heading or a deck starts with one; a wrapped line of a paragraph rarely does).</summary>
        public bool OpensCapitalised { get; init; }

        /// <summary>Whether the line is in a script without letter case that has a function-word list here (Arabic): its stop-word share can be read.</summary>
        public bool ListedScript { get; init; }
    }

    /// <summary>Reads the features of a trimmed, non-empty line.</summary>
    /// <remarks>Words are read as spans of the line and looked up without a string each (the sets' span lookups).</remarks>
    internal static Features Read(string t)
    {
        int words = 0, capital = 0, cased = 0, links = 0;
        Span<int> stop = stackalloc int[s_stopSets.Length];
        Span<char> buffer = stackalloc char[64];
        var sacred = false;
        foreach (var raw in new ResidueLines.Words(t))
        {
            words++;
            var w = raw.Trim(s_wordTrim);
            if (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal))
            {
                w = w[..^2]; // "Monday's" is still Monday
            }
            if (w.Length == 0)
            {
                continue;
            }
            var lower = ResidueLines.Lower(w, buffer);
            if (char.IsDigit(w[0]) || s_reportingLookup.Contains(w) || s_calendarLookup.Contains(w) || IsNumberWord(lower))
            {
                sacred = true; // a figure, a date or a report: content whatever the line's shape
            }
            if (w.Contains('@') || w.StartsWith("http", StringComparison.OrdinalIgnoreCase) || w.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                links++;
            }
            var first = w[0];
            if (char.IsUpper(first) || char.IsLower(first))
            {
                cased++;
                capital += char.IsUpper(first) ? 1 : 0;
            }
            for (var i = 0; i < s_stopLookups.Length; i++)
            {
                stop[i] += s_stopLookups[i].Contains(lower) ? 1 : 0;
            }
        }
        sacred |= t.AsSpan().IndexOfAny(s_quotes) >= 0;
        var n = Math.Max(1, words);
        var most = 0;
        foreach (var count in stop)
        {
            most = Math.Max(most, count);
        }
        int visible = 0, symbols = 0;
        char? firstLetter = null;
        foreach (var c in t)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }
            visible++;
            if (char.IsLetter(c))
            {
                firstLetter ??= c;
            }
            else if (!char.IsDigit(c))
            {
                symbols++;
            }
        }
        return new Features(
            words,
            EndsLikeSentence(t),
            cased == 0 ? 0.5 : (double)capital / cased,
            (double)most / n,
            cased * 2 >= n,
            (double)links / n,
            sacred)
        {
            PunctuationShare = visible == 0 ? 0 : (double)symbols / visible,
            OpensCapitalised = firstLetter is { } l && char.IsUpper(l),
            ListedScript = firstLetter is >= '\u0600' and <= '\u06FF',
        };
    }

    private static readonly char[] s_wordTrim = ['"', '“', '”', '‘', '’', '\'', '(', ')', '[', ']', ',', ';', ':', '.', '!', '?', '-', '–', '—', '•', '|'];
    private static readonly SearchValues<char> s_quotes = SearchValues.Create("“”\"«»„");
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>[] s_stopLookups = [.. s_stopSets.Select(s => s.GetAlternateLookup<ReadOnlySpan<char>>())];
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_reportingLookup = s_reporting.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_calendarLookup = s_calendar.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The furniture score of a line whose neighbours both stand apart from it (blank, prose or furniture).</summary>
    /// <param name="f">The line's features.</param>
    /// <param name="previousRemoved">Whether the line before it went as furniture (a neighbour's label).</param>
    /// <param name="underHeadline">Whether it sits right under the headline (position: where a deck or a standfirst stands).</param>
    /// <param name="nextRemoved">Whether the line after it went as furniture (the other neighbour's label).</param>
    internal static double Score(Features f, bool previousRemoved, bool underHeadline = false, bool nextRemoved = false)
    {
        var s = 0.0;
        s += f.SentenceEnd ? -3.0 : 2.0;
        s += f.Words <= 10 ? 1.0 : 0.0;
        s += f.Words <= 6 ? 0.5 : 0.0;
        s -= f.Words > 14 ? 2.0 : 0.0;
        s += f.Cased ? f.CapitalShare : 0.0;
        // Function words: for a cased script (Latin, Cyrillic, Greek) and for a script without case whose list this class holds
        // (Arabic); a line in another uncased script (Hebrew, Devanagari …) gets no credit for lacking words it cannot read.
        s += (f.Cased || f.ListedScript) && f.StopShare < 0.2 ? 1.0 : 0.0;
        s += 2.0 * f.LinkShare;
        s += f.PunctuationShare > 0.2 ? 1.0 : 0.0;
        s += previousRemoved ? 0.5 : 0.0;
        s += nextRemoved ? 0.5 : 0.0;
        s += underHeadline ? 0.5 : 0.0;
        return s;
    }

    /// <summary>Whether a line ends the way a sentence (or a lead-in to a list or a quote) does, in any script.</summary>
    internal static bool EndsLikeSentence(string t)
    {
        var s = t.TrimEnd();
        return s.Length > 0 && s[^1] is '.' or '!' or '?' or '"' or '”' or '’' or ':' or ';' or ')' or '»' or '。' or '！' or '？' or '؟' or '۔' or '।' or '…';
    }

    /// <summary>A paragraph of prose: it ends like a sentence and runs to eight words or more.</summary>
    internal static bool IsProse(string t) => EndsLikeSentence(t) && ResidueLines.SpaceSeparatedCount(t) >= 8;

    /// <summary>Whether a line is written in a script that separates words with spaces (the word features need it).</summary>
    internal static bool SpacedScript(string t)
    {
        int letters = 0, unspaced = 0;
        foreach (var c in t)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }
            letters++;
            // CJK, kana, hangul syllables written without spaces, Thai, Lao, Khmer, Myanmar.
            if (c is >= '\u3040' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\u0E00' and <= '\u0EFF' or >= '\u1780' and <= '\u17FF' or >= '\u1000' and <= '\u109F')
            {
                unspaced++;
            }
        }
        return letters > 0 && unspaced * 5 < letters;
    }

    private static bool IsNumberWord(ReadOnlySpan<char> lower) => lower is "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight"
        or "nine" or "ten" or "eleven" or "twelve" or "twenty" or "thirty" or "forty" or "fifty" or "hundred" or "hundreds" or "thousand" or "thousands"
        or "million" or "millions" or "billion" or "dozen" or "dozens" or "scores" or "first" or "second" or "third" or "half";
}
