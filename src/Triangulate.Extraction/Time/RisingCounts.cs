using System.Text.RegularExpressions;

namespace Triangulate.Extraction.Time;

/// <summary>A weekday on which a count rose: "the toll rose to 2,100 on Wednesday", "the official count jumped on Saturday". A toll
/// only rises after its event, so such a weekday never lies before the story's main event: when its usual past reading does, and the
/// same weekday a week later falls at most <see cref="TemporalResolver.UpdateLeadDays"/> days after the publication date (a page
/// updated after the date it carries), that later day is meant. See docs/time.md.</summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
internal static partial class RisingCounts
{
    // A toll or a count that rose, in the weekday's sentence. NonBacktracking (linear); the time-out guards an engine bug.
    [GeneratedRegex(@"\b(?:toll|tally|rose|risen|climbed|jumped|surged|soared)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex RiseWord();

    /// <summary>How far the sentence may reach on either side of the weekday, in characters.</summary>
    private const int Reach = 200;

    /// <summary>The later reading of a bare weekday in a sentence about a rising count, or null when the usual reading stands.</summary>
    /// <param name="text">The text the expression indexes.</param>
    /// <param name="e">Any expression.</param>
    /// <param name="past">The day the weekday resolved to.</param>
    /// <param name="reference">The document's reference day.</param>
    /// <param name="focus">The story's main event day.</param>
    internal static DateOnly? LaterDay(string text, TemporalExpression e, DateOnly past, DateOnly reference, DateOnly? focus)
    {
        if (focus is not { } ev || e.Kind != TemporalKind.Weekday || e.Modifier is not null || past >= ev)
        {
            return null;
        }
        var next = past.AddDays(7);
        if (next < ev || next.DayNumber - reference.DayNumber > TemporalResolver.UpdateLeadDays)
        {
            return null;
        }
        var from = SentenceReach.StartBefore(text, e.Start, Reach);
        var to = SentenceReach.EndAfter(text, e.End, Reach);
        return RiseWord().IsMatch(text.AsSpan(from, to - from)) ? next : null;
    }
}
