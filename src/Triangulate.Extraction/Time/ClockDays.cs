namespace Triangulate.Extraction.Time;

/// <summary>The day of a clock time or part of the day written without one ("at about 7.20pm", "at dawn"): news writes the day
/// once and the times after it, so the time takes the day of the nearest day in its sentence, else of the last day named
/// earlier in its paragraph; a time "as of" which figures stand takes the publication day. See docs/time.md.</summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
internal static class ClockDays
{
    /// <summary>Where a bare time's day comes from.</summary>
    /// <param name="Index">The expression whose day it takes, -1 for the document's reference day, -2 for the story's main event day.</param>
    /// <param name="NextDay">True for a small-hours time after a night ("on Tuesday night … at 1 a.m." is Wednesday).</param>
    /// <param name="Where">"same sentence", "same paragraph" or "as of" (the reference).</param>
    internal readonly record struct Context(int Index, bool NextDay, string Where);

    /// <summary>The context of every bare time in <paramref name="exprs"/> (null entries for the others and for times with none).</summary>
    /// <param name="text">The text the expressions index.</param>
    /// <param name="exprs">The expressions, in text order.</param>
    internal static Context?[] Find(string text, IReadOnlyList<TemporalExpression> exprs)
    {
        var result = new Context?[exprs.Count];
        for (var i = 0; i < exprs.Count; i++)
        {
            var e = exprs[i];
            if (e.Kind is not (TemporalKind.TimeOfDay or TemporalKind.PartOfDay) || e.PartOfDay == "overnight")
            {
                continue;
            }
            var paragraphStart = text.LastIndexOf('\n', Math.Max(0, e.Start - 1)) + 1;
            var paragraphEnd = text.IndexOf('\n', e.End);
            if (paragraphEnd < 0)
            {
                paragraphEnd = text.Length;
            }
            int best = -1, bestDistance = int.MaxValue;
            var sameSentence = false;
            // The expressions are in text order: only those of the paragraph are looked at.
            var first = i;
            while (first > 0 && exprs[first - 1].Start >= paragraphStart)
            {
                first--;
            }
            for (var j = first; j < exprs.Count && exprs[j].Start < paragraphEnd; j++)
            {
                var c = exprs[j];
                if (j == i || !IsDay(c) || c.Start < paragraphStart || c.End > paragraphEnd)
                {
                    continue;
                }
                var (from, to) = c.Start < e.Start ? (c.End, e.Start) : (e.End, c.Start);
                var inSentence = !HasSentenceEnd(text, from, to);
                var distance = to - from;
                if (inSentence && (!sameSentence || distance < bestDistance))
                {
                    (best, bestDistance, sameSentence) = (j, distance, true);
                }
                else if (!sameSentence && c.Start < e.Start && distance < bestDistance)
                {
                    (best, bestDistance) = (j, distance);
                }
            }
            if (best >= 0)
            {
                var hour = e.TimeOfDay is { } t ? int.Parse(t.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture) : -1;
                var night = exprs[best].Text.EndsWith("night", StringComparison.OrdinalIgnoreCase) && exprs[best].Start < e.Start;
                var nextDay = night && (hour is >= 0 and < 6 || e.PartOfDay is "early_hours" or "dawn");
                result[i] = new Context(best, nextDay, sameSentence ? "same sentence" : "same paragraph");
            }
            else if (e.Text.StartsWith("as of", StringComparison.OrdinalIgnoreCase) || AsOfBefore(text, e.Start))
            {
                result[i] = new Context(-1, false, "as of");
            }
            else if (NamesTheEvent(text, SentenceStart(text, paragraphStart, e.Start), SentenceEnd(text, e.End, paragraphEnd)))
            {
                result[i] = new Context(-2, false, "sentence about the event");
            }
        }
        return result;
    }

    // "The collision happened at about 8.40pm", "the quake struck at 11:56", "at around 2 a.m. a fire broke out": a time in a
    // sentence that names the event, before or after it.
    private static readonly string[] s_eventNouns =
    [
        "attack", "blast", "explosion", "explosions", "quake", "earthquake", "tremor", "crash", "collision", "derailment", "fire", "blaze",
        "sinking", "shipwreck", "capsizing", "collapse", "bombing", "shooting", "stampede", "crush", "landslide", "eruption", "massacre",
        "accident", "disaster", "tragedy", "strike", "airstrike", "raid", "storm", "cyclone", "typhoon", "hurricane", "flood", "tsunami",
    ];

    private static bool NamesTheEvent(string text, int from, int to)
    {
        var span = text.AsSpan(from, to - from);
        var k = 0;
        while (k < span.Length)
        {
            while (k < span.Length && !char.IsLetter(span[k]))
            {
                k++;
            }
            var w = k;
            while (k < span.Length && char.IsLetter(span[k]))
            {
                k++;
            }
            if (k > w)
            {
                var word = span[w..k];
                // the plural too: "the blasts shook the harbour at 7:40 p.m.", "the landslides hit at around 3 a.m."
                var singular = word.Length > 3 && word[^1] is 's' or 'S' ? word[..^1] : word;
                foreach (var noun in s_eventNouns)
                {
                    if (word.Equals(noun, StringComparison.OrdinalIgnoreCase) || singular.Equals(noun, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>Where the sentence holding <paramref name="at"/> ends (its closing mark, or the paragraph's end).</summary>
    private static int SentenceEnd(string text, int at, int paragraphEnd)
    {
        for (var k = at; k < paragraphEnd; k++)
        {
            if (text[k] is '.' or '!' or '?' && HasSentenceEnd(text, k, Math.Min(paragraphEnd, k + 40)))
            {
                return k;
            }
        }
        return paragraphEnd;
    }

    /// <summary>Where the sentence holding <paramref name="at"/> starts, within its paragraph.</summary>
    private static int SentenceStart(string text, int paragraphStart, int at)
    {
        for (var k = at - 1; k > paragraphStart; k--)
        {
            if (text[k] is '.' or '!' or '?' && k + 1 < at && HasSentenceEnd(text, k, Math.Min(at, k + 40)))
            {
                return k + 1;
            }
        }
        return paragraphStart;
    }

    private static bool IsDay(TemporalExpression e) =>
        (e.Kind is TemporalKind.Date or TemporalKind.Weekday or TemporalKind.RelativeDay || (e.Kind == TemporalKind.Holiday && e.Unit != "ramadan"))
        && !e.Since && e.Day2 is null;

    // "As of 07:00", "as of 6 a.m.": the time at which figures stand, on the day of the report.
    private static bool AsOfBefore(string text, int at)
    {
        var from = Math.Max(0, at - 6);
        return text.AsSpan(from, at - from).TrimEnd().EndsWith("as of", StringComparison.OrdinalIgnoreCase);
    }

    // A sentence ends at ".", "!" or "?" followed by white space and a capital, unless the dot closes an abbreviation
    // ("p.m. Friday", "Jan. 5", "Mr. Smith"): the word before it must have three letters or more and be no "a.m."/"p.m.".
    internal static bool HasSentenceEnd(string text, int from, int to)
    {
        for (var k = from; k < to - 2; k++)
        {
            var ch = text[k];
            if (ch is not ('.' or '!' or '?') || !char.IsWhiteSpace(text[k + 1]))
            {
                continue;
            }
            var n = k + 1;
            while (n < to && char.IsWhiteSpace(text[n]))
            {
                n++;
            }
            if (n >= to || !(char.IsUpper(text[n]) || text[n] is '"' or '“'))
            {
                continue;
            }
            if (ch != '.')
            {
                return true;
            }
            var w = k;
            while (w > 0 && char.IsLetter(text[w - 1]))
            {
                w--;
            }
            var letters = k - w;
            if (letters >= 3 || (letters == 0 && k > 0 && char.IsDigit(text[k - 1])))
            {
                return true;
            }
        }
        return false;
    }
}
