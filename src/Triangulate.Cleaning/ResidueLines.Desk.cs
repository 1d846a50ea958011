using System.Text.RegularExpressions;

namespace Triangulate.Cleaning;

/// <summary>Round 17: the furniture of older pages — a news picture's subject tags and its usage restrictions closing a caption
/// ("(COUNTRY - Tags: DISASTER ENVIRONMENT)", "COUNTRY OUT", "NO SALES. NO ARCHIVES"), a contributor's credit written as a plain
/// sentence ("Name Name in Place contributed to this report."), a print page's jump line ("Continued on page 2"), and the notices
/// an old page shows today about its own age, its archive and its print edition ("NOTE: This story is more than one year old.",
/// "You are viewing an archived page.", "This story is from August 10, 2031", "This article appeared in print on page 4").</summary>
internal static partial class ResidueLines
{
    // A news picture's subject tags and usage restrictions, one or more, at the end of a line: "(COUNTRY - Tags: DISASTER
    // ENVIRONMENT)", "COUNTRY OUT", "NO SALES. NO ARCHIVES.", "MANDATORY CREDIT", "EDITORIAL USE ONLY". Every marker is in capitals.
    [GeneratedRegex(@"(?<note>(?:\s*(?:\(\s*[A-Z][A-Z .'/&-]{0,40}\s-\s?Tags:\s?[A-Z][^()\n]{0,160}\)|(?<out>[A-Z]{2,}(?: [A-Z]{2,}){0,2} OUT)|NO (?:SALES|ARCHIVES|RESALES?|MAGAZINES|MAGS|TV|INTERNET|ONLINE SALES|THIRD PARTY SALES|COMMERCIAL USE)|(?:FOR )?EDITORIAL USE ONLY|MANDATORY CREDIT|NOT FOR SALE FOR MARKETING OR ADVERTISING CAMPAIGNS|THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY|RESTRICTED TO EDITORIAL USE)[.,;]?)+)\s*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PictureRestrictions();

    // A contributor's credit written as a plain sentence: "Name Name in Place contributed to this report.", "Name and Name
    // contributed to this story from Place."
    [GeneratedRegex(@"^\(?[A-Z][^\n.!?""“”]{1,160}\bcontributed (?:additional )?(?:reporting )?to this (?:report|story|article|dispatch)(?: from [A-Z][^\n.!?]{1,60})?\.?\)?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ContributorSentence();

    // A print page's jump line: "Continued on page 2", "(Continued from Page A1)", "Story continues on next page".
    [GeneratedRegex(@"^\(?(?:(?:Story|Article) )?(?:Continued|Continues) (?:on|from) (?:(?:page|p\.) ?[A-Z]?\d{1,3}[A-Z]?|(?:the )?(?:next|previous|following) page)\)?\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PageJump();

    // An old page's notice of its own age, behind an optional label: "NOTE: This story is more than one year old.", "This article
    // was published more than 9 years ago".
    [GeneratedRegex(@"^(?:(?:Warning|Note|Please note|Notice|Important|Attention)\s*:\s*)?This (?:article|story|page|content|post|report|piece|item|entry|video) (?:is|was|was (?:first |originally )?(?:published|posted|written|filed|updated)) (?:(?:more than|over|nearly|almost|about|some|at least|well over) )?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}) (?:years?|months?|weeks?|days?|decades?)|a decade) (?:old|ago)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PageAgeNotice();

    // An old page's notice that it is archived: "This is an archived article and the information in it may be outdated. …",
    // "You are viewing an archived page.", "This page is no longer being updated."
    [GeneratedRegex(@"^(?:(?:Warning|Note|Please note|Notice|Important|Attention)\s*:\s*)?(?:This is an? (?:archived|archive) (?:article|story|page|post|report|copy|version|item|site)\b|You are (?:viewing|reading|looking at|on) an? (?:archived|archive) (?:page|article|story|version|copy|site)\b|This (?:page|article|story|site|section|content) (?:has been|was|is) (?:archived|moved to (?:the|our) archives?)\b|This (?:page|article|story|site|section) is no longer (?:being )?(?:updated|maintained)\b)[^\n]{0,260}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ArchivedPageNotice();

    // An archive's greeting to a reader of an old page: "Hey there, time traveller!"
    [GeneratedRegex(@"^(?:Hey|Hello|Hi|Greetings|Welcome)(?: there)?,? time[- ]?travell?ers?\s*[!.]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TimeTravellerGreeting();

    // A page's note of its own date: "This story is from August 10, 2031", "This content was published on 10 August 2031 - 14:05".
    [GeneratedRegex(@"^This (?:article|story|content|report|page|post|item) (?:is from|dates from|was (?:first |originally )?(?:published|posted|written|printed|filed)(?: on)?) (?<tail>[^\n]{4,60})$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PageDateNote();

    // A note of the print edition a page's article ran in: "This article appeared in print on page 4", "This story appeared in the
    // August 11, 2031 edition."
    [GeneratedRegex(@"^This (?:article|story) (?:appeared|appears|was published|ran|was printed) (?:in print\b|in the [^\n]{1,40} (?:edition|issue)\b|on page\b)[^\n]{0,160}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PrintEditionNote();

    /// <summary>The kinds of this file (see the type's summary), tried after every older rule; null for content.</summary>
    private static (string Kind, string Rule)? ClassifyDesk(string t, int words)
    {
        if (words > 60 || t.Length < 4)
        {
            return null;
        }
        if (OldPageNotice(t, words) is { } notice)
        {
            return notice;
        }
        if (words > 30)
        {
            return null;
        }
        if (PictureRestrictionSpan(t) is { Start: 0 } note && note.End == t.Length)
        {
            return ("credit", "a news picture's tags or usage restrictions standing alone (\"NO SALES. NO ARCHIVES\")");
        }
        if (words <= 25 && t.Contains("contributed to this ", StringComparison.Ordinal) && !HasBareFigure(t) && ContributorSentence().IsMatch(t))
        {
            return ("credit_line", "contributor's credit written as a sentence (\"Name Name in Place contributed to this report.\")");
        }
        if (words <= 7 && t.Contains("ontinue", StringComparison.OrdinalIgnoreCase) && PageJump().IsMatch(t))
        {
            return ("label", "print page's jump line (\"Continued on page 2\")");
        }
        return null;
    }

    /// <summary>An old page's notice about itself: its age, its archive, a greeting to its reader, its own date, its print edition.</summary>
    private static (string Kind, string Rule)? OldPageNotice(string t, int words)
    {
        if ((t.Contains(" old", StringComparison.Ordinal) || t.Contains(" ago", StringComparison.Ordinal)) && words <= 16 && PageAgeNotice().IsMatch(t))
        {
            return ("label", "old page's notice of its own age (\"NOTE: This story is more than one year old.\")");
        }
        if ((t.Contains("archive", StringComparison.OrdinalIgnoreCase) || t.Contains("no longer", StringComparison.Ordinal)) && !HasBareFigure(t)
            && ArchivedPageNotice().IsMatch(t))
        {
            return ("label", "old page's notice that it is archived (\"You are viewing an archived page.\")");
        }
        if (words <= 5 && t.Contains("travel", StringComparison.OrdinalIgnoreCase) && TimeTravellerGreeting().IsMatch(t))
        {
            return ("label", "archive's greeting to the reader of an old page (\"Hey there, time traveller!\")");
        }
        if (!t.StartsWith("This ", StringComparison.Ordinal) || words > 30)
        {
            return null;
        }
        if (words <= 14 && HasDigit(t) && PageDateNote().Match(t) is { Success: true } dated && IsDateTail(dated.Groups["tail"].Value))
        {
            return ("timestamp", "page's note of its own date (\"This story is from August 10, 2031\")");
        }
        if ((t.Contains("print", StringComparison.Ordinal) || t.Contains("edition", StringComparison.Ordinal) || t.Contains(" issue", StringComparison.Ordinal)
            || t.Contains("on page", StringComparison.Ordinal)) && PrintEditionNote().IsMatch(t))
        {
            return ("label", "note of the print edition an article ran in (\"This article appeared in print on page 4\")");
        }
        return null;
    }

    /// <summary>Whether <paramref name="tail"/> holds a calendar date and nothing but date words, clocks, zones and separators.</summary>
    private static bool IsDateTail(string tail)
    {
        if (!CalendarDate().IsMatch(tail))
        {
            return false;
        }
        foreach (var raw in tail.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.Trim(',', ':', '|', ';', '.');
            if (w.Length == 0 || w is "-" or "–" or "—" or "/" or "at" or "on")
            {
                continue;
            }
            if (!(s_dateWords.Contains(w) || s_stampFiller.Contains(w) || StampNumber().IsMatch(w) || IsZoneWord(w)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether <paramref name="head"/> ends in a picture credit in brackets ("(AP Photo/Name)", "(Photo: Name)").</summary>
    private static bool ClosesWithPictureCredit(string head)
    {
        if (!head.EndsWith(')'))
        {
            return false;
        }
        var open = head.LastIndexOf('(');
        var inside = open < 0 ? "" : head[open..];
        return inside.Contains('/', StringComparison.Ordinal) || inside.Contains("Photo", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A news picture's tags or usage restrictions closing a line (the caption and its credit stay): the span, or null.
    /// A lone "COUNTRY OUT" counts only after a picture credit in brackets or beside another marker: a headline in capitals may
    /// end in "OUT".</summary>
    internal static (int Start, int End)? PictureRestrictionSpan(string line)
    {
        if (!(line.Contains(" OUT", StringComparison.Ordinal) || line.Contains("NO ", StringComparison.Ordinal) || line.Contains("Tags:", StringComparison.Ordinal)
            || line.Contains("USE ONLY", StringComparison.Ordinal) || line.Contains("CREDIT", StringComparison.Ordinal) || line.Contains("THIRD PARTY", StringComparison.Ordinal)))
        {
            return null; // most lines
        }
        var m = PictureRestrictions().Match(line);
        if (!m.Success || m.Groups["note"].Length == 0)
        {
            return null;
        }
        var note = m.Groups["note"];
        var outs = m.Groups["out"].Captures;
        var onlyOut = outs.Count == 1 && outs[0].Value.Length == note.Value.Trim().TrimEnd('.', ',', ';').Length;
        if (onlyOut && !ClosesWithPictureCredit(line[..note.Index].TrimEnd()))
        {
            return null; // "… LIGHTS OUT" alone is a headline's end, not a restriction
        }
        return (note.Index, note.Index + note.Length);
    }
}
