using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Triangulate.Extraction.Time;

// The shapes are NonBacktracking (linear in the line's length), which allows no lookaround and no backreference. What
// those used to say is checked here, in code, after a shape has matched (docs/time.md, "Linear patterns"):
// - a month word ends at a non-letter ("Mar" is no month in "Marseille"); its abbreviation dot belongs to it only when
//   a number follows ("Jan. 5" but "in Jan. The");
// - a year is not followed by a digit or by a comma and a digit ("2019" is no year in "20195" or "2019,000");
// - a day or year number ends where the digits end, and the two separators of "2019-05-04" or "5/4/2019" agree;
// - the shape-specific contexts ("three days before the …" is no date, "the week of …" is another shape).
// A failed check either rejects the match (the scan resumes one character later, as the backtracking engine did) or
// cuts it back to the point where an optional tail began (a year that is no year), which is what backtracking did.
public sealed partial class TemporalExtractor
{
    // The fallback of shape 36 when "10:30 am" turns out to be "10:30 amid": the clock alternatives alone.
    [GeneratedRegex(@"\b(?:(?<T>)(?<time>\d{1,2}:\d{2}(?::\d{2})?|\d{4}\s*(?:GMT|UTC))" + ClockTail + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Shape36ClockPattern();

    /// <summary>One group of a hit as the builder sees it: cut back to the hit's end.</summary>
    private readonly record struct Cap(bool Success, string Value);

    /// <summary>A shape's match after the checks: the match, its line, and where it really ends (in the line).</summary>
    private sealed class Hit(Match match, string line, int end)
    {
        public Match Match { get; } = match;

        public int End { get; } = end;

        /// <summary>The month word's abbreviation dot ends the hit (the old pattern's month group held it).</summary>
        public bool MonthDot { get; init; }

        public Cap this[string name]
        {
            get
            {
                var g = Match.Groups[name];
                if (!g.Success || g.Index > End || (g.Index == End && g.Length > 0))
                {
                    return default;
                }
                return g.Index + g.Length <= End ? new Cap(true, g.Value) : new Cap(true, line[g.Index..End]);
            }
        }
    }

    private static bool IsAsciiLetterLike(char c) => char.IsAsciiLetter(c) || c == '\u212A'; // [a-z] ignoring case includes the Kelvin sign

    private static bool DigitAt(string s, int i) => i >= 0 && i < s.Length && char.IsDigit(s[i]);

    private static int SkipSpace(string s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }
        return i;
    }

    private static int EndOf(Group g) => g.Index + g.Length;

    // The month word ends at a non-letter.
    private static bool MonthEndOk(string line, Group m) => !m.Success || EndOf(m) >= line.Length || !IsAsciiLetterLike(line[EndOf(m)]);

    // A year is not followed by a digit, nor by a comma and a digit.
    private static bool YearEndOk(string line, Group y)
    {
        var i = EndOf(y);
        return !(DigitAt(line, i) || (i < line.Length && line[i] == ',' && DigitAt(line, i + 1)));
    }

    // "." right after a month word, then white space and a digit: the abbreviation dot belongs to the month.
    private static bool DotThenDigit(string line, int i) => i < line.Length && line[i] == '.' && DigitAt(line, SkipSpace(line, i + 1));

    // The next word (after at least one white-space character) is one of `words`, as a whole word.
    private static bool NextWordIs(string line, int i, params ReadOnlySpan<string> words)
    {
        var j = SkipSpace(line, i);
        if (j == i)
        {
            return false;
        }
        foreach (var w in words)
        {
            if (j + w.Length <= line.Length && line.AsSpan(j, w.Length).Equals(w, StringComparison.OrdinalIgnoreCase)
                && (j + w.Length == line.Length || !IsWordChar(line[j + w.Length])))
            {
                return true;
            }
        }
        return false;
    }

    private static bool OrdinalSuffixAt(string line, int i) =>
        i + 2 <= line.Length && line.AsSpan(i, 2) is var s
        && (s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase));

    // A run of one or two digits at i (then a non-digit).
    private static bool ShortNumberAt(string line, int i) => DigitAt(line, i) && (!DigitAt(line, i + 1) || !DigitAt(line, i + 2));

    // After punctuation and white space, and an optional "the", a number of one or two digits: "March, 5", "May the 4".
    private static bool ShortNumberAfter(string line, int i)
    {
        while (i < line.Length && (char.IsWhiteSpace(line[i]) || line[i] is ',' or '.'))
        {
            i++;
        }
        if (ShortNumberAt(line, i))
        {
            return true;
        }
        if (i + 3 <= line.Length && line.AsSpan(i, 3).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            var j = SkipSpace(line, i + 3);
            return j > i + 3 && ShortNumberAt(line, j);
        }
        return false;
    }

    private static readonly FrozenSet<string> s_futureCues = new[]
    {
        "will", "would", "shall", "set", "scheduled", "expected", "due", "planned", "plans", "plan", "soon", "going", "be", "begin", "begins", "start", "starts", "resume", "resumes",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> s_futureStrongCues = new[]
    {
        "will", "would", "shall", "scheduled", "expected", "due", "planned", "plans", "plan", "going",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the clause before <paramref name="at"/> announces something ahead: a modal or plan word ("will",
    /// "would", "expected", "scheduled", "set for", "due", "as soon as") among the last five words, not past a clause break
    /// ("set" only as "set for": "set off Saturday's explosions" tells a past cause).</summary>
    internal static bool FutureCueBefore(string text, int at)
    {
        var words = 0;
        var strong = false;
        var i = at;
        var later = ReadOnlySpan<char>.Empty; // the word after the current one (nearer the expression)
        while (words < 5 && i > 0)
        {
            while (i > 0 && text[i - 1] is ' ' or '\t')
            {
                i--;
            }
            var wordEnd = i;
            while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] is '\'' or '’'))
            {
                i--;
            }
            if (wordEnd == i)
            {
                break; // punctuation or a number: a clause break
            }
            var w = text.AsSpan(i, wordEnd - i);
            if (w.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || w.EndsWith("’ll", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            // "is to be buried on Friday", "to be joined Tuesday": an infinitive of duty or plan announces ahead.
            if (w.Equals("to", StringComparison.OrdinalIgnoreCase) && later.Equals("be", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            var lookup = s_futureCues.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.Contains(w))
            {
                // "set", "be", "begin", "start", "soon" count only with a modal or plan word before them, or as "set for" / "as soon as".
                // A plan told in the past perfect ("had been planned for Saturday", "had been scheduled for Monday") lies before
                // the telling: the day is as likely past as ahead, so it is read as past like any weekday.
                if (s_futureStrongCues.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w))
                {
                    return !PastPerfectBefore(text, i);
                }
                // "set for Friday" announces; "set off Saturday's blasts" (a past cause) does not.
                strong |= w.Equals("soon", StringComparison.OrdinalIgnoreCase)
                    || (w.Equals("set", StringComparison.OrdinalIgnoreCase) && words == 1 && later.Equals("for", StringComparison.OrdinalIgnoreCase));
            }
            later = w;
            words++;
        }
        return strong;
    }

    /// <summary>Whether "had" or "had been" stands right before <paramref name="at"/>.</summary>
    private static bool PastPerfectBefore(string text, int at)
    {
        var i = at;
        for (var words = 0; words < 2; words++)
        {
            while (i > 0 && text[i - 1] is ' ' or '\t')
            {
                i--;
            }
            var end = i;
            while (i > 0 && char.IsLetter(text[i - 1]))
            {
                i--;
            }
            var w = text.AsSpan(i, end - i);
            if (w.Equals("had", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            if (!w.Equals("been", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return false;
    }

    private static readonly FrozenSet<string> s_eventNouns = new[]
    {
        "attack", "attacks", "atrocity", "blast", "blasts", "explosion", "explosions", "quake", "earthquake", "strike", "strikes",
        "airstrike", "bombing", "bombings", "massacre", "shooting", "shootings", "clashes", "disaster", "tragedy", "incident",
        "assault", "raid", "fire", "blaze", "storm", "flood", "floods", "flooding", "crash", "collapse", "uprising", "protest",
        "protests", "invasion", "eruption", "landslide", "hurricane", "cyclone", "typhoon", "siege", "sinking", "shipwreck",
        "derailment", "stampede", "crush", "killings", "ambush",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a possessive expression ("last week's", "Thursday’s") names an event noun among the next four
    /// words ("last week's 7.7 magnitude earthquake", "Thursday's attack").</summary>
    internal static bool EventPossessive(string text, string expression, int end)
    {
        if (!(expression.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || expression.EndsWith("’s", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        var lookup = s_eventNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = end;
        for (var words = 0; words < 4; words++)
        {
            while (i < text.Length && text[i] is ' ' or '\t')
            {
                i++;
            }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '.' or '-'))
            {
                i++;
            }
            if (i == start)
            {
                return false;
            }
            var w = text.AsSpan(start, i - start).TrimEnd('.');
            if (lookup.Contains(w))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The word right before <paramref name="at"/> (lower case), or null.</summary>
    private static string? WordBefore(string text, int at)
    {
        var i = at;
        while (i > 0 && text[i - 1] is ' ' or '\t')
        {
            i--;
        }
        var end = i;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }
        return end > i ? text[i..end].ToLowerInvariant() : null;
    }

    /// <summary>Checks a shape's match (see the file comment). Returns the hit, cut back where needed, or null to reject it.</summary>
    private static Hit? Verify(int shape, string line, Match m)
    {
        var g = m.Groups;
        if (!WordEndOk(shape, line, g))
        {
            return null;
        }
        if (!MonthEndOk(line, g["m"]))
        {
            // "the first Friday in Marseille": the weekday alone.
            return shape == 39 && g["yq"].Success ? new Hit(m, line, g["yq"].Index) : null;
        }
        switch (shape)
        {
            case 29: // Q: "2019 March" not followed by a number; the dot after the month stays outside ("2019 Jan. 5")
                return DigitAt(line, SkipSpace(line, m.Index + m.Length)) ? null : new Hit(m, line, m.Index + m.Length);
            case 35 when ClockCutBack(line, m, out var clock):
                return clock is null ? null : ZoneCutBack(line, clock);
            case 35:
                return ZoneCutBack(line, new Hit(m, line, m.Index + m.Length));
            case 19 when m.Groups["bare"].Success:
                return new Hit(m, line, m.Groups["bare"].Index); // "Two days after," without its comma
        }
        var end = shape switch
        {
            1 or 2 or 3 or 6 or 8 or 9 => DayMonthEnd(shape, line, g, m.Index + m.Length),
            4 or 10 or 11 or 12 or 30 or 31 => NumericEnd(shape, line, m),
            18 or 24 or 28 or 32 or 40 => ContextEnd(shape, line, g, m.Index + m.Length),
            36 or 37 => TrailingYearEnd(shape, line, g, m.Index + m.Length),
            _ => m.Index + m.Length,
        };
        if (end < 0)
        {
            return null;
        }
        // A month word that ends the match keeps its abbreviation dot when a number follows ("5 Jan. 10 people").
        var mg = g["m"];
        if (mg.Success && EndOf(mg) == end && shape != 0 && DotThenDigit(line, end))
        {
            return new Hit(m, line, end + 1) { MonthDot = true };
        }
        return new Hit(m, line, end);
    }

    // A word whose closing \b moved here (see WeekdayWord): it ends at a non-word character.
    private static bool WordEndOk(int shape, string line, GroupCollection g)
    {
        var word = shape switch { 8 => g["dw"], 22 => g["unit"], 27 or 39 => g["wd"], 36 => g["qn"], 37 => g["season"], _ => null };
        return !(word is { Success: true } && EndOf(word) < line.Length && IsWordChar(line[EndOf(word)]));
    }

    // The shapes with a day and a month word: where the hit ends (cut back before a year that is no year), or -1 to reject.
    private static int DayMonthEnd(int shape, string line, GroupCollection g, int end)
    {
        var yq = g["yq"];
        var y = g["y"];
        switch (shape)
        {
            case 1: // B: "Month d-d2": the second day ends where its digits end
            case 3: // U: "d to Month d2"
                if (DigitAt(line, yq.Index))
                {
                    return -1;
                }
                break;
            case 9 when g["d"] is { Success: true, Index: > 0 } d9 && (char.IsDigit(line[d9.Index - 1]) || line[d9.Index - 1] is '.' or ','):
                return -1; // D: "d Month [year]" after a digit or a decimal point
            case 6: // Z: "the 5th" standing alone
                return SkipSpace(line, end) is var z && z < line.Length && (char.IsAsciiLetterOrDigit(line[z]) || line[z] == '\u212A') ? -1 : end;
            case 8: // C: "Month d [year]"
                if (g["cm"].Success)
                {
                    var d = g["d"];
                    if (!d.Success || SkipSpace(line, EndOf(g["cm"])) != d.Index || !OrdinalSuffixAt(line, EndOf(d)))
                    {
                        return -1;
                    }
                }
                if (g["d"].Success && yq.Index < line.Length && (char.IsDigit(line[yq.Index]) || line[yq.Index] is ':' or '.') && DigitAt(line, yq.Index + 1))
                {
                    return -1;
                }
                break;
        }
        // case 2 (U: "d-d2 Month [year]") and the rest: a year that is no year is cut off.
        return y.Success && !YearEndOk(line, y) ? yq.Index : end;
    }

    // The all-digit shapes ("2019-05-04", "5/4/2019", "2011-2013", "2019-05"): the hit's end, or -1 when more digits follow.
    private static int NumericEnd(int shape, string line, Match m)
    {
        var g = m.Groups;
        var end = m.Index + m.Length;
        switch (shape)
        {
            case 4: // U: "Month between d and d2"
            case 10: // E: "2019-05-04"
            case 31: // Y: "2011-2013"
                return (shape == 10 && g["sep"].Value != g["sep2"].Value) || DigitAt(line, end) ? -1 : end;
            case 11: // F: "5/4/2019"
                if (g["sep2"].Value != "," && g["sep2"].Value != g["sep"].Value)
                {
                    return -1;
                }
                return end < line.Length && (char.IsDigit(line[end]) || line[end] is '/' or '.' or '-') && DigitAt(line, end + 1) ? -1 : end;
            case 12: // F: "Monday 5/4", "5/4"
                if (!g["wd"].Success && m.Index >= 2 && char.IsWhiteSpace(line[m.Index - 1]) && char.IsDigit(line[m.Index - 2]))
                {
                    return -1;
                }
                if (DigitAt(line, end) || (end < line.Length && line[end] is '/' or '.' or ',' or '-' && DigitAt(line, end + 1)))
                {
                    return -1;
                }
                return (SkipSpace(line, end) is var pc && pc < line.Length && line[pc] == '%') || SlashNumberIsNoDate(line, m, end) ? -1 : end;
            default: // 30, V: "2019-05", "05/2019"
                if (g["y"].Index < g["mn"].Index)
                {
                    if (DigitAt(line, end))
                    {
                        return -1;
                    }
                    var s = SkipSpace(line, end);
                    return s < line.Length && line[s].ToString() == g["sep"].Value && DigitAt(line, SkipSpace(line, s + 1)) ? -1 : end;
                }
                return DigitAt(line, end) ? -1 : end;
        }
    }

    // Words after a year-less "a/b" that make it a fraction, an age or a name rather than a day: "2/3 of the homes",
    // "10/11 years old", "the 9/11 attacks", "the 7/7 bombings".
    private static readonly string[] s_slashNoDateAfter =
    [
        "of", "years", "year", "yrs", "attacks", "attack", "bombings", "bombing", "hijackers", "hijackings", "commission",
        "memorial", "victims", "era", "generation", "style", "majority", "vote", "votes", "split", "ratio",
    ];

    // Words before it that make it a number or a score: "flight 6/12", "route 3/4", "a 7/2 favourite".
    private static readonly FrozenSet<string> s_slashNoDateBefore = new[]
    {
        "flight", "flights", "route", "bus", "no", "number", "platform", "gate", "room", "unit", "odds", "ratio", "post", "pre",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a year-less slashed pair ("9/11", "24/7", "2/3") is no calendar day: round the clock ("24/7"), a
    /// fraction, an age or a name by the words around it, or one half of a compound ("9/11-style", "post-9/11").</summary>
    private static bool SlashNumberIsNoDate(string line, Match m, int end)
    {
        var g = m.Groups;
        if (g["wd"].Success)
        {
            return false; // "Monday 5/4" is a day
        }
        if (g["n1"].Value == "24" && g["n2"].Value == "7")
        {
            return true;
        }
        if (end + 1 < line.Length && line[end] == '-' && char.IsLetter(line[end + 1]))
        {
            return true;
        }
        if (NextWordIs(line, end, s_slashNoDateAfter))
        {
            return true;
        }
        var at = m.Index > 0 && line[m.Index - 1] == '-' ? m.Index - 1 : m.Index;
        return WordBefore(line, at) is { } before && s_slashNoDateBefore.Contains(before) && (at < m.Index || before is not ("post" or "pre"));
    }

    // The shapes checked against the words after them ("three days before the …", "the week of …", "March 5"), or a year.
    private static int ContextEnd(int shape, string line, GroupCollection g, int end)
    {
        var y = g["y"];
        switch (shape)
        {
            case 18: // K: "three days before the …" and "in two weeks of …" are no dates
                return (g["dir"].Value.Equals("in", StringComparison.OrdinalIgnoreCase) ? NextWordIs(line, end, "of") : NextWordIs(line, end, "the", "a", "an")) ? -1 : end;
            case 24: // O: "the week" that is not "the week of/after/…" (another shape)
                return NextWordIs(line, end, "of", "after", "before", "beginning", "starting", "commencing") ? -1 : end;
            case 28: // Q: "Month [year]", "Month next year", or a bare month not followed by a day number
                if (y.Success && !YearEndOk(line, y))
                {
                    end = g["yq"].Index;
                }
                return end == g["yq"].Index && ShortNumberAfter(line, end) ? -1 : end; // "March 5" is another shape
            default: // 32, R: "in 2011"; 40, NK: "the first week of 2015"
                return y.Success && !YearEndOk(line, y) ? -1 : end;
        }
    }

    // QT and SE: the trailing year of "Q3 2016", "the third quarter of 2016", "summer of 2016" is cut off when it is no year.
    private static int TrailingYearEnd(int shape, string line, GroupCollection g, int end)
    {
        var y = g["y"];
        if (!y.Success)
        {
            return end;
        }
        var noYear = shape == 36 && g["ql"].Success ? DigitAt(line, EndOf(y)) : !YearEndOk(line, y);
        return noYear ? g["yq"].Index : end;
    }

    // T: a zone abbreviation counts when written in capitals ("7 pm ET", not "7 pm et"; "gmt", "utc" and "ist" in any case) and
    // ending at a non-letter ("ESTablished" is none); otherwise the clock time ends before it.
    private static Hit ZoneCutBack(string line, Hit hit)
    {
        var zone = hit.Match.Groups["zone"];
        if (!zone.Success || zone.Index >= hit.End)
        {
            return hit;
        }
        var z = zone.Value;
        var zoneEnd = zone.Index + zone.Length;
        var isWord = char.IsAsciiLetter(z[^1]) && !z.Contains(' ', StringComparison.Ordinal) && !z.Contains('(', StringComparison.Ordinal);
        var ok = !isWord || (ClockZones.IsAbbreviation(z) && (zoneEnd >= line.Length || !IsWordChar(line[zoneEnd])));
        if (ok)
        {
            return hit;
        }
        var time = hit.Match.Groups["time"];
        return new Hit(hit.Match, line, time.Index + time.Length);
    }

    // T: "10 am" ends at a non-word character; otherwise "10:30 amid" is the clock "10:30". True when the hit is decided
    // here (<paramref name="hit"/> null to reject).
    private static bool ClockCutBack(string line, Match m, out Hit? hit)
    {
        hit = null;
        var t = m.Groups["time"];
        var te = EndOf(t);
        var last = char.ToLowerInvariant(line[te - 1]);
        if (!((last == 'm' || last == '.') && te < line.Length && IsWordChar(line[te])))
        {
            return false;
        }
        if (last == '.')
        {
            hit = new Hit(m, line, te - 1);
            return true;
        }
        var clock = Shape36ClockPattern().Match(line, m.Index);
        hit = clock.Success && clock.Index == m.Index ? new Hit(clock, line, clock.Index + clock.Length) : null;
        return true;
    }
}
