using System.Buffers;
using System.Globalization;

namespace Triangulate.Extraction.Time;

public sealed partial class TemporalExtractor
{
    // Named days of the calendar and the fortnight. They are found by one vectorised search over the whole text after the line
    // scan (no line-scan trigger, no regex), so lines without them cost nothing more; each hit is read in code.
    private static readonly SearchValues<string> s_calendarStems = SearchValues.Create(
        ["christmas", "easter", "good friday", "palm sunday", "maundy thursday", "holy thursday", "holy saturday", "new year",
         "thanksgiving", "boxing day", "halloween", "valentine", "eid", "ramadan", "ramzan", "ramadhan", "rosh hashan", "yom kippur", "passover",
         "hanukkah", "ashura", "fortnight"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Words before a holiday that make it a date ("on Christmas", "since Easter"); a bare "Christmas market" is none.</summary>
    private static readonly string[] s_holidayLeads = ["on", "at", "over", "since", "until", "till", "by", "before", "after", "during", "last", "this", "next", "from", "through", "around"];

    /// <summary>Finds named holidays ("on Easter Sunday", "Christmas Eve", "the first day of Eid al-Fitr", "during Ramadan",
    /// "New Year's Eve", "Thanksgiving Day") and fortnights ("a fortnight ago", "the past fortnight") and inserts them in text
    /// order. A holiday is kept only where no expression found by the line scan reaches beyond it ("Easter Sunday, April 21,
    /// 2019" keeps the written date); expressions inside it ("Sunday" of "Easter Sunday") give way to it.</summary>
    private static void CalendarDays(string text, List<TemporalExpression> result)
    {
        var at = 0;
        List<TemporalExpression>? found = null;
        while (at < text.Length)
        {
            var i = text.AsSpan(at).IndexOfAny(s_calendarStems);
            if (i < 0)
            {
                break;
            }
            i += at;
            var e = i > 0 && IsWordChar(text[i - 1]) ? null : ReadCalendarDay(text, i);
            if (e is not null)
            {
                (found ??= []).Add(e);
                at = e.End;
            }
            else
            {
                at = i + 1;
            }
        }
        if (found is null)
        {
            return;
        }
        foreach (var e in found)
        {
            var clash = false;
            var first = result.Count;
            for (var k = 0; k < result.Count; k++)
            {
                var r = result[k];
                if (r.End <= e.Start || r.Start >= e.End)
                {
                    continue;
                }
                if (r.Start < e.Start || r.End > e.End)
                {
                    clash = true;
                    break;
                }
            }
            if (clash)
            {
                continue;
            }
            result.RemoveAll(r => r.Start >= e.Start && r.End <= e.End);
            for (var k = 0; k < result.Count; k++)
            {
                if (result[k].Start >= e.End)
                {
                    first = k;
                    break;
                }
                first = k + 1;
            }
            result.Insert(Math.Min(first, result.Count), e);
        }
    }

    private static TemporalExpression? ReadCalendarDay(string text, int i)
    {
        var s = new Cursor(text, i);
        var word = s.Word();
        if (word.Equals("fortnight", StringComparison.OrdinalIgnoreCase) || word.Equals("fortnights", StringComparison.OrdinalIgnoreCase))
        {
            return Fortnight(text, i, s.Pos);
        }
        // The holiday's key, how many days from its day, and where it ends.
        string? key = null;
        var offset = 0;
        var needsLead = false;
        var capital = char.IsUpper(text[i]);
        if (!capital)
        {
            return null; // "a christmas-like mood", "the new year": named days are written with capitals
        }
        switch (word.ToLowerInvariant())
        {
            case "christmas":
            {
                var next = s.PeekWord();
                if (next is "Day") { s.Word(); key = "christmas"; }
                else if (next is "Eve") { s.Word(); key = "christmas"; offset = -1; }
                else { key = "christmas"; needsLead = true; }
                break;
            }
            case "easter":
            {
                var next = s.PeekWord();
                if (next is "Sunday" or "Day") { s.Word(); key = "easter"; }
                else if (next is "Monday") { s.Word(); key = "easter"; offset = 1; }
                else if (next is "Saturday") { s.Word(); key = "easter"; offset = -1; }
                else { key = "easter"; needsLead = true; }
                break;
            }
            case "good":
                if (!s.WordIs("Friday")) { return null; }
                key = "easter"; offset = -2;
                break;
            case "palm":
                if (!s.WordIs("Sunday")) { return null; }
                key = "easter"; offset = -7;
                break;
            case "maundy":
            case "holy":
            {
                var w = s.Word();
                if (w.Equals("Thursday", StringComparison.Ordinal)) { key = "easter"; offset = -3; }
                else if (w.Equals("Saturday", StringComparison.Ordinal)) { key = "easter"; offset = -1; }
                else { return null; }
                break;
            }
            case "new":
            {
                if (!s.WordIs("Year")) { return null; }
                var qualifier = PreviousWord(text, i, out var qualifierStart);
                var lunar = qualifier is "Lunar" or "Chinese";
                if (!lunar && qualifier is { Length: > 0 } q && char.IsUpper(q[0]) && !IsSentenceStart(text, i))
                {
                    return null; // "Persian New Year", "Thai New Year": calendars we do not compute
                }
                s.Possessive();
                var next = s.PeekWord();
                if (next is "Day") { s.Word(); }
                else if (next is "Eve") { s.Word(); offset = -1; }
                else if (!lunar) { return null; } // "the New Year holidays": a season, not a day
                key = lunar ? "lunar-new-year" : "new-year";
                if (lunar)
                {
                    i = qualifierStart;
                }
                break;
            }
            case "thanksgiving":
                if (s.PeekWord() is "Day") { s.Word(); }
                else { needsLead = true; }
                key = "thanksgiving";
                break;
            case "boxing":
                if (!s.WordIs("Day")) { return null; }
                key = "christmas"; offset = 1;
                break;
            case "halloween":
                key = "halloween";
                needsLead = true;
                break;
            case "valentine":
                s.Possessive();
                if (!s.WordIs("Day")) { return null; }
                key = "valentine";
                break;
            case "eid":
            {
                key = EidKind(s) ?? "eid";
                needsLead = key == "eid";
                break;
            }
            case "ramadan" or "ramzan" or "ramadhan":
                key = "ramadan";
                break;
            case "ashura":
                key = "ashura";
                break;
            case "rosh":
                if (!s.WordStartsWith("Hashan")) { return null; }
                key = "rosh-hashanah";
                break;
            case "yom":
                if (!s.WordIs("Kippur")) { return null; }
                key = "yom-kippur";
                break;
            case "passover":
                key = "passover";
                needsLead = true;
                break;
            case "hanukkah":
                key = "hanukkah";
                needsLead = true;
                break;
            default:
                return null;
        }
        if (key is null)
        {
            return null;
        }
        if (key is "christmas" or "easter" && PreviousWord(text, i, out var orthodoxStart) is "Orthodox")
        {
            key = "orthodox-" + key; // "Orthodox Easter", "Orthodox Christmas" (7 January)
            i = orthodoxStart;
        }
        if (key is not "ramadan" && s.PeekWord() is "Eve" or "eve")
        {
            s.Word(); // "Eid Eve", "Thanksgiving eve": the day before
            offset -= 1;
            needsLead = false;
        }
        var end = s.Pos;
        // A capitalised word right after is a name: "Easter Island", "Ramadan Kadyrov", "the Yom Kippur War", "Christmas Market".
        if (s.PeekWord() is { Length: > 0 } after && char.IsUpper(after[0]) && !IsSentenceEndBefore(text, end))
        {
            return null;
        }
        // A lower-case noun right after makes the holiday an attribute of an event or a thing ("the Good Friday agreement", "the
        // Easter Sunday attacks", "the Lunar New Year travel rush"), and a reporting verb makes it a surname ("Ramadan said").
        if (s.PeekWord() is { Length: > 0 } noun && Array.IndexOf(s_attributeNouns, noun) >= 0
            && (key == "ramadan" || noun is not ("said" or "says" or "told" or "added")))
        {
            return null;
        }
        // A capitalised word right before names a person: "Tariq Ramadan".
        if (key == "ramadan" && PreviousWord(text, i) is { Length: > 0 } before && char.IsUpper(before[0]) && !IsSentenceStart(text, i)
            && before is not ("During" or "In" or "On" or "Since" or "Until" or "Before" or "After" or "Throughout"))
        {
            return null;
        }
        // "the first day of Eid", "the eve of Ramadan", "the second day of Christmas".
        var start = i;
        var (dayOf, dayOfStart) = DayOfBefore(text, i);
        if (dayOfStart >= 0)
        {
            offset += dayOf;
            start = dayOfStart;
            needsLead = false;
        }
        int? year = null;
        var yearEnd = end;
        var c = new Cursor(text, end);
        c.SkipComma();
        var comma = c.Pos != end;
        if (c.Word() is { Length: 4 } y && int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var yy) && yy is >= 1900 and <= 2099
            && YearClosesThere(text, c.Pos, comma))
        {
            year = yy;
            yearEnd = c.Pos;
            needsLead = false;
        }
        // A year right before names that year's holiday: "the 1998 Good Friday", "on the 2004 Boxing Day".
        if (year is null && dayOfStart < 0 && PreviousWord(text, start, out var yearStart) is { Length: 4 } py
            && int.TryParse(py, NumberStyles.None, CultureInfo.InvariantCulture, out var pyy) && pyy is >= 1900 and <= 2099)
        {
            year = pyy;
            start = yearStart;
            needsLead = false;
        }
        string? modifier = null;
        var lead = PreviousWord(text, start, out var leadStart);
        if (lead is "last" or "this" or "next" or "Last" or "This" or "Next")
        {
            modifier = lead.ToLowerInvariant();
            start = leadStart;
            needsLead = false;
        }
        if (needsLead && (lead is null || Array.IndexOf(s_holidayLeads, lead.ToLowerInvariant()) < 0))
        {
            return null; // "a Christmas market", "Thanksgiving dinner": the holiday names a thing, not a day
        }
        var since = false;
        if (modifier is null && lead is not null && (lead.Equals("on", StringComparison.OrdinalIgnoreCase) || lead.Equals("since", StringComparison.OrdinalIgnoreCase)))
        {
            since = lead.Equals("since", StringComparison.OrdinalIgnoreCase);
            start = leadStart;
        }
        since |= text.AsSpan(start).StartsWith("since ", StringComparison.OrdinalIgnoreCase);
        var caption = IsCaptionLine(LineAround(text, start));
        return new TemporalExpression(start, yearEnd, text[start..yearEnd], TemporalKind.Holiday)
        {
            Unit = key, Count = offset, Year = year, Modifier = modifier, Since = since, Caption = caption,
        };
    }

    // "Eid al-Fitr", "Eid-ul-Fitr", "Eid el-Kebir", "Eid ul Azha": which Eid; null for a bare "Eid".
    private static string? EidKind(Cursor s)
    {
        var save = s.Pos;
        var rest = s.Text.AsSpan(s.Pos, Math.Min(24, s.Text.Length - s.Pos));
        var j = 0;
        while (j < rest.Length && (rest[j] is ' ' or '-' or '\''))
        {
            j++;
        }
        var tail = rest[j..];
        foreach (var article in (ReadOnlySpan<string>)["al", "ul", "el", "e", "il"])
        {
            if (tail.StartsWith(article, StringComparison.OrdinalIgnoreCase) && tail.Length > article.Length && tail[article.Length] is ' ' or '-')
            {
                var k = article.Length;
                while (k < tail.Length && tail[k] is ' ' or '-')
                {
                    k++;
                }
                tail = tail[k..];
                j += k;
                break;
            }
        }
        var n = 0;
        while (n < tail.Length && char.IsAsciiLetter(tail[n]))
        {
            n++;
        }
        var name = tail[..n];
        string? kind = name switch
        {
            _ when name.Equals("Fitr", StringComparison.OrdinalIgnoreCase) || name.Equals("Saghir", StringComparison.OrdinalIgnoreCase) => "eid-al-fitr",
            _ when name.Equals("Adha", StringComparison.OrdinalIgnoreCase) || name.Equals("Azha", StringComparison.OrdinalIgnoreCase)
                || name.Equals("Zuha", StringComparison.OrdinalIgnoreCase) || name.Equals("Kabir", StringComparison.OrdinalIgnoreCase)
                || name.Equals("Kebir", StringComparison.OrdinalIgnoreCase) => "eid-al-adha",
            _ => null,
        };
        s.Pos = kind is null ? save : save + j + n;
        return kind;
    }

    // "a fortnight ago", "two fortnights ago" (rare), "the past/last/previous fortnight" (a future "in a fortnight" is left out).
    private static TemporalExpression? Fortnight(string text, int at, int end)
    {
        var before = PreviousWord(text, at, out var start);
        var after = new Cursor(text, end);
        var next = after.PeekWord();
        if (next is "ago" && before is "a" or "A" or "one" or "One")
        {
            after.Word();
            return new TemporalExpression(start, after.Pos, text[start..after.Pos], TemporalKind.RelativeDay) { Count = -14, Unit = "day", Caption = IsCaptionLine(LineAround(text, start)) };
        }
        if (before is "past" or "last" or "previous")
        {
            if (PreviousWord(text, start, out var theStart) is "the" or "The")
            {
                start = theStart;
            }
            return new TemporalExpression(start, end, text[start..end], TemporalKind.PastSpan) { Count = -14, Unit = "day", Modifier = before, Caption = IsCaptionLine(LineAround(text, start)) };
        }
        return null;
    }

    // "the first day of", "the third day of", "the eve of", "on the eve of" ending right before `at`: (offset, start) or (0, -1).
    private static (int Offset, int Start) DayOfBefore(string text, int at)
    {
        if (PreviousWord(text, at, out var theStart) is "the")
        {
            at = theStart; // "the third day of the Eid holiday"
        }
        if (PreviousWord(text, at, out var p1) is not "of" || PreviousWord(text, p1, out var p2) is not { } w2)
        {
            return (0, -1);
        }
        int offset;
        var p3 = p2;
        if (w2 is "eve")
        {
            offset = -1;
        }
        else if (w2 is "day" && PreviousWord(text, p2, out p3) is { } w3)
        {
            if (w3 is "1st" or "2nd" or "3rd" or "4th" or "5th")
            {
                offset = w3[0] - '1';
            }
            else if (s_numberWords.TryGetValue(w3, out var n) && n <= 10 && w3 is not ("a" or "an" or "one" or "few" or "several"))
            {
                offset = n - 1;
            }
            else
            {
                return (0, -1);
            }
        }
        else
        {
            return (0, -1);
        }
        if (PreviousWord(text, p3, out var start) is not ("the" or "The"))
        {
            return (0, -1);
        }
        if (PreviousWord(text, start, out var onStart) is "on" or "On" or "since" or "Since")
        {
            start = onStart;
        }
        return (offset, start);
    }

    // The word (letters, digits, apostrophes) that ends right before `at`, separated from it by spaces only; null when none.
    // Lower-case words after a holiday that make it a name or an attribute, not a date.
    private static readonly string[] s_attributeNouns =
        ["agreement", "accord", "accords", "attack", "attacks", "attacker", "attackers", "bombing", "bombings", "bombers", "blasts",
         "war", "tsunami", "massacre", "offensive", "uprising", "rising", "rush", "travel", "truce", "ceasefire", "earthquake", "quake",
         "floods", "storm", "raid", "shooting", "shootings", "crash", "deal", "said", "says", "told", "added"];

    // A year written after a holiday is its year only where the clause ends there ("Christmas Day 2000.", "Easter 1998, when"):
    // after a comma nothing but punctuation or the line end may follow, and without one no lower-case word (a count: "2000 homes").
    private static bool YearClosesThere(string text, int after, bool comma)
    {
        var j = after;
        while (j < text.Length && text[j] is ' ' or '\t')
        {
            j++;
        }
        if (j >= text.Length || text[j] is '.' or ',' or ';' or ':' or ')' or '!' or '?' or '\n' or '\r')
        {
            return true;
        }
        if (!comma && char.IsLower(text[j]))
        {
            // "Christmas 2019 was quiet", "Easter 2019 saw record crowds": a verb or a conjunction after the year closes the date;
            // any other lower-case word is what the number counts ("Christmas Day 2000 homes")
            var k = j;
            while (k < text.Length && char.IsLetter(text[k]))
            {
                k++;
            }
            return Array.IndexOf(s_afterYearWords, text[j..k]) >= 0;
        }
        return !comma && !char.IsDigit(text[j]);
    }

    private static readonly string[] s_afterYearWords =
        ["was", "is", "were", "are", "saw", "brought", "had", "has", "will", "when", "and", "but", "as", "after", "before", "fell", "came"];

    private static string? PreviousWord(string text, int at) => PreviousWord(text, at, out _);

    private static string? PreviousWord(string text, int at, out int start)
    {
        start = at;
        var j = at;
        while (j > 0 && text[j - 1] is ' ' or '\t')
        {
            j--;
        }
        if (j == at && at > 0)
        {
            return null;
        }
        var end = j;
        while (j > 0 && char.IsLetterOrDigit(text[j - 1]))
        {
            j--;
        }
        start = j;
        return j == end ? null : text[j..end];
    }

    private static bool IsSentenceStart(string text, int at)
    {
        var j = at;
        while (j > 0 && char.IsWhiteSpace(text[j - 1]))
        {
            j--;
        }
        if (j == 0 || text[j - 1] is '\n' or '.' or '!' or '?' or '"' or '“')
        {
            return true;
        }
        // The first word of a sentence: "On Easter Sunday", "During Ramadan".
        while (j > 0 && char.IsLetter(text[j - 1]))
        {
            j--;
        }
        while (j > 0 && text[j - 1] is ' ')
        {
            j--;
        }
        return j == 0 || text[j - 1] is '\n' or '.' or '!' or '?' or '"' or '“';
    }

    private static bool IsSentenceEndBefore(string text, int end) => end < text.Length && text[end] is '.' or ',' or ';' or ':' or '\n' or '!' or '?' or ')';

    private static ReadOnlySpan<char> LineAround(string text, int at)
    {
        var a = at > 0 ? text.LastIndexOf('\n', at - 1) + 1 : 0;
        var b = text.IndexOf('\n', at);
        return text.AsSpan(a, (b < 0 ? text.Length : b) - a);
    }

    /// <summary>Reads words forwards from a position: a word is a run of letters or digits after spaces (no line break).</summary>
    private sealed class Cursor(string text, int pos)
    {
        public string Text { get; } = text;
        public int Pos { get; set; } = pos;

        private (int Start, int End) Next()
        {
            var j = Pos;
            while (j < Text.Length && Text[j] is ' ' or '\t')
            {
                j++;
            }
            var k = j;
            while (k < Text.Length && char.IsLetterOrDigit(Text[k]))
            {
                k++;
            }
            return (j, k);
        }

        public string Word()
        {
            var (a, b) = Next();
            if (a == b)
            {
                return "";
            }
            Pos = b;
            return Text[a..b];
        }

        public string PeekWord()
        {
            var (a, b) = Next();
            return Text[a..b];
        }

        public bool WordIs(string word) => Take(word, prefix: false);

        public bool WordStartsWith(string stem) => Take(stem, prefix: true);

        // Moves past the next word when it is `word` (or, with `prefix`, starts with it).
        private bool Take(string word, bool prefix)
        {
            var (a, b) = Next();
            var found = Text.AsSpan(a, b - a);
            if (a != b && (prefix ? found.StartsWith(word, StringComparison.Ordinal) : found.Equals(word, StringComparison.Ordinal)))
            {
                Pos = b;
                return true;
            }
            return false;
        }

        /// <summary>Skips "'s" or "’s" (or a bare apostrophe) right at the position.</summary>
        public void Possessive()
        {
            if (Pos < Text.Length && Text[Pos] is '\'' or '’')
            {
                Pos++;
                if (Pos < Text.Length && Text[Pos] is 's')
                {
                    Pos++;
                }
            }
        }

        public void SkipComma()
        {
            var j = Pos;
            while (j < Text.Length && Text[j] is ' ')
            {
                j++;
            }
            if (j < Text.Length && Text[j] == ',')
            {
                Pos = j + 1;
            }
        }
    }
}
