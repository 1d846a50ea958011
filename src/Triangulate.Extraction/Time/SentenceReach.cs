namespace Triangulate.Extraction.Time;

/// <summary>The sentence around a position, as far as a reach of characters: back to ". ", "! ", "? " or a line break, forward
/// to a sentence end or a line break. Cheap bounds for rules that look for a word in an expression's sentence.</summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
internal static class SentenceReach
{
    /// <summary>Where the sentence holding <paramref name="start"/> begins, at most <paramref name="reach"/> characters back.</summary>
    internal static int StartBefore(string text, int start, int reach)
    {
        var from = Math.Max(0, start - reach);
        for (var i = start - 1; i > from; i--)
        {
            if (text[i] == '\n' || (text[i] == ' ' && text[i - 1] is '.' or '!' or '?'))
            {
                return i + 1;
            }
        }
        return from;
    }

    /// <summary>Where the sentence holding <paramref name="end"/> ends (its end mark excluded), at most <paramref name="reach"/>
    /// characters on.</summary>
    internal static int EndAfter(string text, int end, int reach)
    {
        var to = Math.Min(text.Length, end + reach);
        for (var i = end; i < to; i++)
        {
            if (text[i] == '\n' || (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || text[i + 1] == ' ')))
            {
                return i;
            }
        }
        return to;
    }
}
