namespace Triangulate.Extraction.Time;

/// <summary>A day counted from the day told just before it: "was named on Thursday … and a second victim a day later",
/// "the train left on the evening of Friday and should have arrived the following day", "returning to the figure first
/// announced on June 3. A day after that, …". News narrates a day and then steps from it, so "the next day", "the following
/// day", "the previous day", "a day after that", "a day later" and "a day earlier" count from the nearest day-precise date
/// before them in their paragraph or the paragraph before, not from the publication date. See docs/time.md.</summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
internal static class ChainedDays
{
    private static readonly string[] s_endings =
        ["next day", "following day", "previous day", "following night", "previous night", "day after that", "a day later", "one day later", "a day earlier", "one day earlier"];

    /// <summary>True for a one-day step written to count from a day told before it ("the following day", "a day later").</summary>
    /// <param name="e">Any expression.</param>
    internal static bool IsChained(TemporalExpression e)
    {
        if (e.Kind != TemporalKind.RelativeDay || e.Count is not (1 or -1) || e.Unit is not (null or "day"))
        {
            return false;
        }
        var words = string.Join(' ', e.Text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (var ending in s_endings)
        {
            if (words.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The index of the expression whose day a chained step counts from: the nearest one before it, in its paragraph or
    /// the paragraph before, whose day is known; -1 when there is none (the step then keeps counting from the reference).</summary>
    /// <param name="text">The text the expressions index.</param>
    /// <param name="exprs">The document's expressions, in text order.</param>
    /// <param name="index">The chained step's index in <paramref name="exprs"/>.</param>
    /// <param name="days">The day each expression before <paramref name="index"/> resolved to (null when none or not one day).</param>
    internal static int Source(string text, IReadOnlyList<TemporalExpression> exprs, int index, IReadOnlyList<DateOnly?> days)
    {
        var windowStart = PreviousParagraphStart(text, exprs[index].Start);
        for (var j = index - 1; j >= 0 && exprs[j].Start >= windowStart; j--)
        {
            if (days[j] is not null && !exprs[j].Caption)
            {
                return j;
            }
        }
        return -1;
    }

    // The start of the paragraph before the one holding `pos` (blank lines between paragraphs are skipped).
    private static int PreviousParagraphStart(string text, int pos)
    {
        var lineStart = pos <= 0 ? -1 : text.LastIndexOf('\n', pos - 1);
        if (lineStart < 0)
        {
            return 0;
        }
        var i = lineStart;
        while (i > 0 && text[i - 1] is '\n' or '\r')
        {
            i--;
        }
        return i <= 0 ? 0 : text.LastIndexOf('\n', i - 1) + 1;
    }
}
