using System.Buffers;
using System.Collections.Frozen;

namespace Triangulate.Linking.Reuse;

/// <summary>A word of the cleaned text: its span and its lower-cased, lightly stemmed key.</summary>
/// <param name="Start">Offset in the cleaned text.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Key">Lower-case stem used for comparison; digits keep their value without separators ("1,311" → "1311").</param>
/// <param name="IsContent">False for stopwords.</param>
/// <param name="IsNumber">True for a number written in digits.</param>
/// <param name="IsCapitalized">True when the word starts with an upper-case letter and is not the first word of its sentence.</param>
internal readonly record struct Word(int Start, int End, string Key, bool IsContent, bool IsNumber, bool IsCapitalized)
{
    /// <summary><see cref="TextFeatures.Hash(string)"/> of <see cref="Key"/>, computed once: shingles, sentences and clustering all use it.</summary>
    public ulong Hash { get; } = TextFeatures.Hash(Key);
}

/// <summary>A word of the cleaned text as reuse detection sees it: <see cref="Word"/> without the key string.</summary>
/// <param name="Start">Offset in the cleaned text.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Hash"><see cref="TextFeatures.Hash(string)"/> of the word's key (see <see cref="Word.Key"/>).</param>
/// <param name="IsContent">False for stopwords.</param>
/// <param name="IsNumber">True for a number written in digits.</param>
/// <param name="IsCapitalized">As <see cref="Word.IsCapitalized"/>.</param>
/// <param name="KeyLength">The length of the word's key (<see cref="Word.Key"/>), at most 65.</param>
internal readonly record struct Token(int Start, int End, ulong Hash, bool IsContent, bool IsNumber, bool IsCapitalized, byte KeyLength);

/// <summary>A sentence of the cleaned text with its content words.</summary>
/// <param name="Start">Offset in the cleaned text.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="FirstWord">Index of its first word in the document's word list.</param>
/// <param name="WordCount">Number of words.</param>
/// <param name="Content">Distinct content-word keys (stems and numbers), hashed.</param>
/// <param name="Numbers">Distinct numbers (hashed), in order of first appearance.</param>
/// <param name="NormalizedHash">Hash of the sentence's word keys in order (equal for verbatim repeats).</param>
internal sealed record Sentence(int Start, int End, int FirstWord, int WordCount, ulong[] Content, ulong[] Numbers, ulong NormalizedHash)
{
    /// <summary>Hash of the sentence's word keys in order with every number written in digits replaced by one placeholder: equal
    /// for a sentence and its copy with the figures updated ("the toll rose to 41" → "the toll rose to 57").</summary>
    public ulong TemplateHash { get; init; } = NormalizedHash;
}

/// <summary>Word and sentence segmentation shared by reuse detection and clustering.</summary>
/// <remarks>Stateless; thread-safe. General English rules only (stopwords, plural and tense endings).</remarks>
internal static class TextFeatures
{
    // General English function words: they carry no topic, so they are left out of content sets.
    private static readonly FrozenSet<string> s_stopwords = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "into",
        "onto", "over", "under", "about", "after", "before", "since", "during", "between", "among", "through", "against",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "that", "this", "these", "those",
        "it", "its", "he", "she", "they", "them", "their", "his", "her", "him", "we", "our", "us", "you", "your", "i",
        "me", "my", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "than", "then", "there",
        "here", "so", "such", "not", "no", "also", "very", "more", "most", "some", "any", "all", "each", "other",
        "both", "either", "neither", "only", "own", "same", "too", "just", "if", "while", "because", "until", "up",
        "down", "out", "off", "again", "further", "once", "said", "says", "say", "according", "reported", "report",
        "one", "two", "new", "s", "per", "via", "around", "approximately", "nearly", "almost", "least", "including",
        "alone", "now", "still", "yet", "already", "even", "well", "many", "much", "several", "few", "mr", "ms",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_stopwordLookup = s_stopwords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> s_sentenceEnds = SearchValues.Create(".!?\n");

    /// <summary>Splits <paramref name="text"/> into words with offsets.</summary>
    public static List<Word> Words(string text)
    {
        var sink = new WordSink(new List<Word>(text.Length / 6));
        Scan(text, ref sink);
        return sink.Words;
    }

    /// <summary>The words of <paramref name="text"/> as <see cref="Words"/> cuts them, with their key's hash but no key string
    /// (what reuse detection needs: no string is allocated per word).</summary>
    public static List<Token> Tokens(string text)
    {
        var sink = new TokenSink(new List<Token>(text.Length / 6));
        Scan(text, ref sink);
        return sink.Tokens;
    }

    // Receives each word as Scan cuts it; a struct, so each caller's loop is compiled for its own sink.
    private interface IWordSink
    {
        // raw: the lower-cased characters (at most 64; the scratch may be written past raw's end), before stemming.
        void Add(int start, int end, Span<char> raw, Span<char> scratch, bool isNumber, bool capitalized);
    }

    private struct WordSink(List<Word> words) : IWordSink
    {
        public readonly List<Word> Words = words;

        public readonly void Add(int start, int end, Span<char> raw, Span<char> scratch, bool isNumber, bool capitalized)
        {
            if (isNumber)
            {
                Words.Add(new Word(start, end, new string(raw), true, true, false));
                return;
            }
            var key = Stem(raw);
            Words.Add(new Word(start, end, key, !s_stopwords.Contains(key) && key.Length > 1, false, capitalized));
        }
    }

    private struct TokenSink(List<Token> tokens) : IWordSink
    {
        public readonly List<Token> Tokens = tokens;

        public readonly void Add(int start, int end, Span<char> raw, Span<char> scratch, bool isNumber, bool capitalized)
        {
            if (isNumber)
            {
                Tokens.Add(new Token(start, end, Hash(raw), true, true, false, (byte)raw.Length));
                return;
            }
            // The stem is a prefix of raw, plus a 'y' written after it when "-ies" became "-y" (raw is at least
            // two characters longer then, so the 'y' lands inside raw's own scratch).
            var length = StemLength(raw, out var y);
            if (y)
            {
                scratch[length++] = 'y';
            }
            var key = scratch[..length];
            Tokens.Add(new Token(start, end, Hash(key), !s_stopwordLookup.Contains(key) && key.Length > 1, false, capitalized, (byte)key.Length));
        }
    }

    // Cuts text into words: letters and digits, "1,311" and "8.8" as one number, "al-Assad" and "government's" as one word.
    private static void Scan<TSink>(string text, ref TSink sink)
        where TSink : struct, IWordSink
    {
        var i = 0;
        var sentenceStart = true;
        Span<char> buffer = stackalloc char[64];
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '!' or '?' or '\n')
                {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            var start = i;
            var isNumber = char.IsDigit(c);
            var n = 0;
            while (i < text.Length)
            {
                var ch = text[i];
                if (char.IsLetterOrDigit(ch))
                {
                    if (n < buffer.Length)
                    {
                        buffer[n++] = char.ToLowerInvariant(ch);
                    }
                    i++;
                }
                else if (isNumber && (ch is ',' or '.') && i + 1 < text.Length && char.IsDigit(text[i + 1]))
                {
                    // "1,311" and "8.8" stay one number; the separator is dropped from the key.
                    if (ch == '.' && n < buffer.Length)
                    {
                        buffer[n++] = '.';
                    }
                    i++;
                }
                else if (!isNumber && (ch is '\'' or '’' or '-') && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    // Keep "al-Assad" and "government's" together; the possessive is stripped when stemming.
                    if (ch == '-' && n < buffer.Length)
                    {
                        buffer[n++] = '-';
                    }
                    else if (ch != '-' && n < buffer.Length)
                    {
                        buffer[n++] = '\'';
                    }
                    i++;
                }
                else
                {
                    break;
                }
            }
            var capitalized = char.IsUpper(c) && !sentenceStart;
            sentenceStart = false;
            sink.Add(start, i, buffer[..n], buffer, isNumber, capitalized);
        }
    }

    /// <summary>A light, general English stemmer: possessives, plurals and common verb endings.</summary>
    internal static string Stem(ReadOnlySpan<char> word)
    {
        var length = StemLength(word, out var y);
        return y ? string.Concat(word[..length], "y") : new string(word[..length]);
    }

    // The stem of word as a prefix of it, and whether a 'y' follows ("agencies" → "agenc" + 'y').
    private static int StemLength(ReadOnlySpan<char> word, out bool y)
    {
        y = false;
        if (word.EndsWith("'s"))
        {
            word = word[..^2];
        }
        var apostrophe = word.IndexOf('\'');
        if (apostrophe >= 0)
        {
            word = word[..apostrophe];
        }
        if (word.Length > 4 && word.EndsWith("ies"))
        {
            y = true;
            return word.Length - 3;
        }
        if (word.Length > 5 && word.EndsWith("ing"))
        {
            return word.Length - 3;
        }
        if (word.Length > 4 && word.EndsWith("ed"))
        {
            return word.Length - 2;
        }
        if (word.Length > 3 && word.EndsWith("s") && !word.EndsWith("ss") && !word.EndsWith("us") && !word.EndsWith("is"))
        {
            return word.Length - 1;
        }
        return word.Length;
    }

    // Stands for every number in a sentence's template hash (any fixed value no word's hash is likely to take).
    private const ulong NumberPlaceholder = 0x5EED_0F_F16E_5EEDUL;

    /// <summary>Splits the text into sentences (on . ! ? and line breaks) and computes their features.</summary>
    public static List<Sentence> Sentences(string text, List<Token> words)
    {
        var sentences = new List<Sentence>();
        // Scratch reused for every sentence (cleared, so each sentence's arrays keep first-seen order).
        var content = new HashSet<ulong>();
        var numbers = new List<ulong>();
        var w = 0;
        var pos = 0;
        while (pos < text.Length)
        {
            var end = FindSentenceEnd(text, pos);
            var start = pos;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
            var trimmedEnd = end;
            while (trimmedEnd > start && char.IsWhiteSpace(text[trimmedEnd - 1]))
            {
                trimmedEnd--;
            }
            while (w < words.Count && words[w].Start < start)
            {
                w++;
            }
            var first = w;
            content.Clear();
            numbers.Clear();
            ulong ordered = 1469598103934665603UL;
            var template = ordered;
            while (w < words.Count && words[w].End <= trimmedEnd)
            {
                var word = words[w];
                var h = word.Hash;
                ordered = (ordered ^ h) * 1099511628211UL;
                template = (template ^ (word.IsNumber ? NumberPlaceholder : h)) * 1099511628211UL;
                if (word.IsContent)
                {
                    content.Add(h);
                }
                if (word.IsNumber && !numbers.Contains(h))
                {
                    numbers.Add(h);
                }
                w++;
            }
            if (w > first)
            {
                sentences.Add(new Sentence(start, trimmedEnd, first, w - first, [.. content], [.. numbers], ordered) { TemplateHash = template });
            }
            pos = end;
        }
        return sentences;
    }

    private static int FindSentenceEnd(string text, int from)
    {
        var i = from;
        while (i < text.Length)
        {
            var rel = text.AsSpan(i).IndexOfAny(s_sentenceEnds);
            if (rel < 0)
            {
                return text.Length;
            }
            i += rel;
            var c = text[i];
            if (c == '\n')
            {
                return i + 1;
            }
            // Skip closing quotes and brackets after the mark, then require a space (or the end) to end the sentence.
            var j = i + 1;
            while (j < text.Length && text[j] is '"' or '”' or '’' or '\'' or ')')
            {
                j++;
            }
            if (j >= text.Length)
            {
                return text.Length;
            }
            if (text[j] == ' ' && j + 1 < text.Length && !char.IsLower(text[j + 1]) && !IsAbbreviation(text, i))
            {
                return j;
            }
            if (text[j] == '\n')
            {
                return j + 1;
            }
            i = j;
        }
        return text.Length;
    }

    // "Mr.", "U.S.", "St." and single initials do not end a sentence.
    private static bool IsAbbreviation(string text, int dot)
    {
        if (text[dot] != '.')
        {
            return false;
        }
        var k = dot - 1;
        while (k >= 0 && char.IsLetter(text[k]))
        {
            k--;
        }
        var len = dot - k - 1;
        if (len == 1 && char.IsUpper(text[dot - 1]))
        {
            return true;
        }
        if (len is >= 2 and <= 3)
        {
            var token = text.AsSpan(k + 1, len);
            return token is "Mr" or "Ms" or "Mrs" or "Dr" or "St" or "Jr" or "Sr" or "Gen" or "Col" or "Lt" or "Sgt" or "No" or "vs";
        }
        return false;
    }

    /// <summary>64-bit FNV-1a of a string; stable across runs and platforms.</summary>
    public static ulong Hash(string s) => Hash(s.AsSpan());

    /// <summary>As <see cref="Hash(string)"/>, over characters.</summary>
    public static ulong Hash(ReadOnlySpan<char> s)
    {
        ulong h = 1469598103934665603UL;
        foreach (var c in s)
        {
            h = (h ^ c) * 1099511628211UL;
        }
        // A final avalanche (splitmix64) so that MinHash permutations see well-spread bits.
        return Mix(h);
    }

    /// <summary>splitmix64 finalizer.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
        return z ^ (z >> 31);
    }
}
