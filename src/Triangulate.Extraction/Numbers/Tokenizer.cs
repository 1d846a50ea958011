using System.Globalization;

namespace Triangulate.Extraction.Numbers;

/// <summary>The kind of a <see cref="Token"/>.</summary>
internal enum TokenType
{
    Word,
    Number,
    Punct,
}

/// <summary>A word, a numeral (with its thousands groups and decimals) or one punctuation character.</summary>
/// <param name="Start">Offset in the text.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Type">Word, number or punctuation.</param>
/// <param name="Lower">Lower-cased text (for words and punctuation).</param>
/// <param name="Value">Numeric value for numbers (separators removed).</param>
/// <param name="Decimal">True when the numeral has a decimal part.</param>
/// <param name="Grouped">True when the numeral uses thousands separators.</param>
internal readonly record struct Token(int Start, int End, TokenType Type, string Lower, double Value, bool Decimal, bool Grouped)
{
    public bool IsWord => Type == TokenType.Word;
    public bool IsNumber => Type == TokenType.Number;
    public bool Is(string lower) => Lower == lower;
    public int Length => End - Start;
}

/// <summary>Splits text into words, numerals and punctuation, keeping offsets.</summary>
/// <remarks>Stateless and thread-safe. Numerals keep their grouping ("1,311", "1 311", "40 000") and decimals ("1.2").</remarks>
internal static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static List<Token> Tokenize(string text, int start = 0, int end = -1)
    {
        if (end < 0 || end > text.Length)
        {
            end = text.Length;
        }
        var tokens = new List<Token>();
        var i = Math.Max(0, start);
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < end && char.IsAsciiDigit(text[i + 1]) && (i == 0 || !char.IsAsciiDigit(text[i - 1]))))
            {
                var next = ReadNumber(text, i, end, tokens);
                if (next > i)
                {
                    i = next;
                    continue;
                }
                // ".2016.7455968" (a DOI's tail): a leading dot before a dotted identifier starts no numeral;
                // it is punctuation, and the digits after it are read on the next step.
            }
            else if (char.IsLetter(c))
            {
                var j = i + 1;
                while (j < end && (char.IsLetter(text[j]) || (IsApostrophe(text[j]) && j + 1 < end && char.IsLetter(text[j + 1]) && !IsPossessiveS(text, j, end))))
                {
                    j++;
                }
                tokens.Add(new Token(i, j, TokenType.Word, text[i..j].ToLowerInvariant(), 0, false, false));
                i = j;
                continue;
            }
            tokens.Add(new Token(i, i + 1, TokenType.Punct, NormalizePunct(c), 0, false, false));
            i++;
        }
        return tokens;
    }

    /// <summary>Index of the first token starting at or after <paramref name="offset"/>, or -1 when none does.</summary>
    /// <remarks>Binary search (tokens are in text order): looking a mention up per number stays O(log n), so a
    /// sentence of thousands of numbers (a table) costs n log n rather than n².</remarks>
    internal static int FirstAtOrAfter(List<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (tokens[mid].Start >= offset)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return lo < tokens.Count ? lo : -1;
    }

    private static bool IsPossessiveS(string text, int j, int end) =>
        (text[j + 1] == 's' || text[j + 1] == 'S') && (j + 2 >= end || !char.IsLetter(text[j + 2]));

    internal static bool IsApostrophe(char c) => c is '\'' or '’' or '‘';

    private static string NormalizePunct(char c) => c switch
    {
        '–' or '—' or '‑' or '‐' or '−' => "-",
        '“' or '”' or '„' or '«' or '»' => "\"",
        '’' or '‘' => "'",
        _ => c.ToString(),
    };

    private static int ReadNumber(string text, int i, int end, List<Token> tokens)
    {
        var start = i;
        var j = i;
        while (j < end && char.IsAsciiDigit(text[j]))
        {
            j++;
        }
        var firstGroup = j - i;
        var grouped = false;
        if (firstGroup is >= 1 and <= 3)
        {
            // Thousands groups: one separator kind throughout, exactly three digits per group.
            char? sep = null;
            while (j + 4 <= end && (sep is null ? text[j] is ',' or ' ' or '\u202f' or '\u00a0' : text[j] == sep)
                && char.IsAsciiDigit(text[j + 1]) && char.IsAsciiDigit(text[j + 2]) && char.IsAsciiDigit(text[j + 3])
                && (j + 4 == end || !char.IsAsciiDigit(text[j + 4])))
            {
                sep = text[j];
                j += 4;
                grouped = true;
            }
        }
        var isDecimal = false;
        if (j + 1 < end && text[j] == '.' && char.IsAsciiDigit(text[j + 1]))
        {
            var k = j + 1;
            while (k < end && char.IsAsciiDigit(text[k]))
            {
                k++;
            }
            // "192.168.1.2" is a dotted identifier, not a decimal: keep the integer part only.
            var dotted = (k + 1 < end && text[k] == '.' && char.IsAsciiDigit(text[k + 1]))
                || (start >= 2 && text[start - 1] == '.' && char.IsAsciiDigit(text[start - 2]));
            if (!dotted)
            {
                j = k;
                isDecimal = true;
            }
        }
        if (j == start)
        {
            return start; // no numeral here (a lone dot before a dotted identifier); the caller moves on
        }
        var raw = text.AsSpan(start, j - start);
        Span<char> buffer = raw.Length <= 256 ? stackalloc char[raw.Length] : new char[raw.Length];
        var n = 0;
        foreach (var ch in raw)
        {
            if (char.IsAsciiDigit(ch) || ch == '.')
            {
                buffer[n++] = ch;
            }
        }
        var ok = double.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value);
        tokens.Add(new Token(start, j, TokenType.Number, text[start..j], ok && double.IsFinite(value) ? value : double.PositiveInfinity, isDecimal, grouped));
        return j;
    }
}
