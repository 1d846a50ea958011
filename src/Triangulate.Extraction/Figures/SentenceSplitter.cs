namespace Triangulate.Extraction.Figures;

/// <summary>Splits cleaned text into sentences (lines first, then sentence-final punctuation), keeping offsets.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class SentenceSplitter
{
    /// <summary>The [start, end) ranges of the sentences of <paramref name="text"/>, trimmed of surrounding spaces.</summary>
    public static List<TextSpan> Split(string text)
    {
        var result = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(text, start, i, result);
                start = i + 1;
                continue;
            }
            if (c is '.' or '!' or '?')
            {
                var j = i + 1;
                while (j < text.Length && text[j] is '"' or '”' or '’' or '\'' or ')')
                {
                    j++;
                }
                if (j >= text.Length || text[j] is not (' ' or '\t'))
                {
                    continue;
                }
                var k = j;
                while (k < text.Length && text[k] is ' ' or '\t')
                {
                    k++;
                }
                if (k < text.Length && !(char.IsUpper(text[k]) || char.IsDigit(text[k]) || text[k] is '"' or '“' or '‘' or '\'' or '(' or '['))
                {
                    continue;
                }
                if (c == '.' && IsAbbreviation(text, i))
                {
                    continue;
                }
                Add(text, start, j, result);
                start = j;
            }
        }
        Add(text, start, text.Length, result);
        return result;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var w = dot;
        while (w > 0 && char.IsLetter(text[w - 1]))
        {
            w--;
        }
        var word = text[w..dot];
        if (word.Length == 1 && char.IsLetter(word[0]))
        {
            return true; // initials, "U.S.", "p.m."
        }
        return FigureLexicon.Abbreviations.Contains(word.ToLowerInvariant());
    }

    private static void Add(string text, int start, int end, List<TextSpan> result)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            result.Add(new TextSpan(start, end));
        }
    }
}
