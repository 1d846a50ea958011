using System.Globalization;
using System.Text;

namespace Triangulate.Storage.Reading;

/// <summary>What a search box's words become in a full-text query: never the user's own query syntax. The words are split on white space
/// into chunks; each chunk's letters and digits make a phrase (its words in that order, "3,000" is 3 then 000); every chunk must match; the
/// last word of a chunk may continue (a prefix) when it has at least <see cref="MinPrefixLength"/> characters. Quotes, <c>*</c>,
/// <c>-</c>, <c>^</c>, <c>:</c>, parentheses and operators (<c>NEAR</c>, <c>AND</c>, <c>OR</c>, <c>NOT</c>) are plain text: punctuation
/// separates words, operator names are words to find.</summary>
/// <remarks>Both stores index with the same rules (SQLite FTS5 <c>unicode61</c>, PostgreSQL's <c>simple</c> configuration: no stemming,
/// case folded), so one query finds the same rows in both; PostgreSQL keeps a few tokens whole that SQLite splits (host names such as
/// <c>example.com</c>, decimals such as <c>1.5</c>), which such a query then misses there.</remarks>
public static class SearchQuery
{
    /// <summary>Shortest last word of a chunk that matches as a prefix; shorter ones match whole words only (a one- or two-letter prefix
    /// would merge the posting lists of most of the vocabulary).</summary>
    public const int MinPrefixLength = 3;

    /// <summary>At most this many words are used; the rest are ignored.</summary>
    public const int MaxWords = 32;

    /// <summary>The phrases of <paramref name="text"/>: each a list of words (letters and digits), the flag saying whether its last word is a prefix.</summary>
    internal static IReadOnlyList<(IReadOnlyList<string> Words, bool Prefix)> Phrases(string? text)
    {
        var phrases = new List<(IReadOnlyList<string>, bool)>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return phrases;
        }
        var total = 0;
        foreach (var chunk in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var words = new List<string>();
            var start = -1;
            for (var i = 0; i <= chunk.Length && total + words.Count < MaxWords; i++)
            {
                var inWord = i < chunk.Length && IsWordChar(chunk[i]);
                if (inWord && start < 0)
                {
                    start = i;
                }
                else if (!inWord && start >= 0)
                {
                    words.Add(chunk[start..i].ToLowerInvariant());
                    start = -1;
                }
            }
            if (words.Count > 0)
            {
                total += words.Count;
                phrases.Add((words, words[^1].Length >= MinPrefixLength));
            }
        }
        return phrases;
    }

    /// <summary>The SQLite FTS5 query for <paramref name="text"/> (<c>"w1 w2"* "w3"</c>: each phrase a quoted string), or null when it has no word.</summary>
    public static string? Fts5(string? text)
    {
        var phrases = Phrases(text);
        if (phrases.Count == 0)
        {
            return null;
        }
        var sb = new StringBuilder();
        foreach (var (words, prefix) in phrases)
        {
            // Words hold letters, digits and marks only, so nothing inside the quotes needs escaping.
            sb.Append(sb.Length > 0 ? " \"" : "\"").AppendJoin(' ', words).Append('"');
            if (prefix)
            {
                sb.Append('*');
            }
        }
        return sb.ToString();
    }

    /// <summary>The PostgreSQL <c>to_tsquery</c> text for <paramref name="text"/> (<c>'w1' &lt;-&gt; 'w2':* &amp; 'w3'</c>), or null when it has no word.</summary>
    public static string? TsQuery(string? text)
    {
        var phrases = Phrases(text);
        if (phrases.Count == 0)
        {
            return null;
        }
        var sb = new StringBuilder();
        foreach (var (words, prefix) in phrases)
        {
            if (sb.Length > 0)
            {
                sb.Append(" & ");
            }
            sb.Append('(');
            for (var i = 0; i < words.Count; i++)
            {
                sb.Append(i > 0 ? " <-> '" : "'").Append(words[i]).Append('\'');
            }
            sb.Append(prefix ? ":*)" : ")");
        }
        return sb.ToString();
    }

    /// <summary>Letters, digits and combining marks: what both full-text tokenizers keep inside a word.</summary>
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.OtherNumber or UnicodeCategory.LetterNumber;
}
