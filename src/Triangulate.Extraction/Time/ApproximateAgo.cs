using System.Text.RegularExpressions;

namespace Triangulate.Extraction.Time;

/// <summary>A count back from the publication day that is only approximate and names the story's event: "the earthquake that
/// struck almost a week ago", "the typhoon … came ashore over a month ago". News rounds the time since its event ("almost",
/// "nearly", "over", "more than", "about"); the day meant is the event's, not the day the exact count lands on, whenever the
/// event lies inside what the approximation allows. See docs/time.md.</summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
internal static partial class ApproximateAgo
{
    // The event named in the words before the count, in its sentence. NonBacktracking (linear); the time-out guards an engine bug.
    [GeneratedRegex(@"\b" + TemporalExtractor.EventNoun + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex EventWord();

    private enum Direction { Under, Over, About }

    // The approximating words, as they stand right before the count ("almost a week ago"); longest first.
    private static readonly (string Words, Direction Direction)[] s_approximators =
    [
        ("just under", Direction.Under), ("less than", Direction.Under), ("close to", Direction.Under), ("almost", Direction.Under),
        ("nearly", Direction.Under), ("just over", Direction.Over), ("more than", Direction.Over), ("over", Direction.Over),
        ("about", Direction.About), ("around", Direction.About), ("roughly", Direction.About), ("approximately", Direction.About),
        ("some", Direction.About),
    ];

    /// <summary>How far the text may reach back for the event word: the sentence before the count, at most this many characters.</summary>
    private const int Reach = 200;

    /// <summary>The story's main event day when <paramref name="e"/> is an approximate "N units ago" in a sentence naming an event
    /// and the event lies within the approximation; otherwise null (the exact count stands).</summary>
    /// <param name="text">The text the expression indexes.</param>
    /// <param name="e">Any expression.</param>
    /// <param name="exact">The day the exact count resolves to.</param>
    /// <param name="reference">The day counted back from.</param>
    /// <param name="focus">The story's main event day.</param>
    internal static DateOnly? EventDay(string text, TemporalExpression e, DateOnly exact, DateOnly reference, DateOnly? focus)
    {
        if (focus is not { } ev || e.Kind != TemporalKind.RelativeDay || e.Count >= 0 || ev == exact || ev >= reference
            || !e.Text.TrimEnd().EndsWith("ago", StringComparison.OrdinalIgnoreCase) || Approximator(text, e) is not { } direction)
        {
            return null;
        }
        double n = reference.DayNumber - exact.DayNumber;
        double d = reference.DayNumber - ev.DayNumber;
        var fits = direction switch
        {
            Direction.Under => d <= n && d >= 0.7 * n,
            Direction.Over => d >= n && d <= 1.5 * n,
            _ => Math.Abs(d - n) <= Math.Max(1, n / 4),
        };
        return fits && NamesAnEvent(text, e.Start) ? ev : null;
    }

    private static Direction? Approximator(string text, TemporalExpression e)
    {
        // "over" is also a prefix the extractor keeps in the span ("over a month ago").
        if (e.Text.StartsWith("over", StringComparison.OrdinalIgnoreCase) && e.Text.Length > 4 && char.IsWhiteSpace(e.Text[4]))
        {
            return Direction.Over;
        }
        var before = text.AsSpan(0, e.Start).TrimEnd();
        foreach (var (words, direction) in s_approximators)
        {
            if (before.EndsWith(words, StringComparison.OrdinalIgnoreCase)
                && (before.Length == words.Length || !char.IsLetter(before[before.Length - words.Length - 1])))
            {
                return direction;
            }
        }
        return null;
    }

    // The sentence before the count (back to ". ", "! ", "? ", a line break, or Reach characters) names an event.
    private static bool NamesAnEvent(string text, int start)
    {
        var from = SentenceReach.StartBefore(text, start, Reach);
        return EventWord().IsMatch(text.AsSpan(from, start - from));
    }
}
