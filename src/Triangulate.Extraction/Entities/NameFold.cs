using System.Text;

namespace Triangulate.Extraction.Entities;

/// <summary>Folds names for matching: case, diacritics, apostrophes, hyphens; and a looser key for Arabic transliteration variants.</summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class NameFold
{
    /// <summary>Lowercase ASCII letters, digits and single spaces: "Jean-Noël" → "jean noel", "Mi’raj" → "miraj".</summary>
    public static string Fold(string? text) => string.IsNullOrEmpty(text) ? string.Empty : Fold(text.AsSpan());

    /// <summary>As <see cref="Fold(string)"/>, for a span.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        return new string(buffer[..FoldInto(text, buffer)]);
    }

    /// <summary>Folds <paramref name="text"/> into <paramref name="buffer"/> (at least as long as the text); returns the folded length.</summary>
    internal static int FoldInto(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var n = 0;
        var space = false;
        foreach (var ch in text)
        {
            var c = FoldChar(ch);
            if (c == '\0')
            {
                continue; // apostrophes, ayn/hamza marks and other non-letters vanish
            }
            if (c == ' ')
            {
                space = n > 0;
                continue;
            }
            if (space)
            {
                buffer[n++] = ' ';
                space = false;
            }
            buffer[n++] = c;
        }
        return n;
    }

    /// <summary>
    /// <see cref="TranslitKey"/> remembered, up to a bound: a story names the same people and places in every article, and
    /// the key depends on the text alone. For the names of documents; the gazetteer's index calls <see cref="TranslitKey"/>.
    /// </summary>
    internal static string TranslitKeyRemembered(string text)
    {
        return s_translitKeys.Get(text, TranslitKey);
    }

    private static readonly RememberedAnswers<string, string> s_translitKeys = new(200_000, StringComparer.Ordinal);

    /// <summary>
    /// A transliteration-insensitive key: articles <c>al</c>/<c>el</c> dropped, <c>ou</c>→<c>u</c>, <c>ee</c>→<c>i</c>,
    /// <c>iy</c>/<c>ie</c>→<c>i</c>, <c>e</c>→<c>a</c>, final <c>-ah</c>→<c>-a</c>, doubled letters single:
    /// "Ahmad al Shara", "Ahmed al-Sharaa" and "Ahmed Sharaa" share one key.
    /// </summary>
    public static string TranslitKey(string? text)
    {
        var folded = Fold(text);
        if (folded.Length == 0)
        {
            return folded;
        }
        var sb = new StringBuilder(folded.Length);
        foreach (var raw in folded.Split(' '))
        {
            var token = raw;
            if (token is "al" or "el" or "ul")
            {
                continue;
            }
            if (token.Length > 5 && (token.StartsWith("al", StringComparison.Ordinal) || token.StartsWith("el", StringComparison.Ordinal))
                && sb.Length > 0)
            {
                token = token[2..]; // "Alkaila"-style glued article after a given name
            }
            token = token.Replace("ou", "u", StringComparison.Ordinal).Replace("oo", "u", StringComparison.Ordinal)
                .Replace("ee", "i", StringComparison.Ordinal).Replace("iy", "i", StringComparison.Ordinal)
                .Replace("ie", "i", StringComparison.Ordinal).Replace("ey", "ay", StringComparison.Ordinal)
                .Replace('e', 'a');
            if (token.Length > 3 && token.EndsWith("ah", StringComparison.Ordinal))
            {
                token = token[..^1];
            }
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }
            var last = '\0';
            foreach (var c in token)
            {
                if (c != last)
                {
                    sb.Append(c);
                }
                last = c;
            }
        }
        return sb.ToString();
    }

    /// <summary>Folds one character: letters to lowercase ASCII base letters, separators to space, marks and apostrophes to <c>\0</c>.</summary>
    internal static char FoldChar(char ch)
    {
        if (ch is >= 'a' and <= 'z' or >= '0' and <= '9')
        {
            return ch;
        }
        if (ch is >= 'A' and <= 'Z')
        {
            return (char)(ch + 32);
        }
        if (ch is >= '\u00C0' and <= '\u024F')
        {
            return FoldTable.Latin1To024F[ch - 0xC0];
        }
        if (ch is >= '\u1E00' and <= '\u1EFF')
        {
            return FoldTable.LatinAdditional[ch - 0x1E00];
        }
        if (ch is '\u0130')
        {
            return 'i';
        }
        if (char.IsWhiteSpace(ch) || ch is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '.' or ',' or '/' or '(' or ')')
        {
            return ' ';
        }
        if (char.IsLetter(ch))
        {
            return char.ToLowerInvariant(ch);
        }
        return '\0';
    }
}
