using System.Text.RegularExpressions;

namespace Triangulate.Cleaning;

/// <summary>Page widgets the older rules missed: the age of a post or comment ("2 hours ago"), reading-time labels, the rest
/// of a comment box ("View 12 more replies", "Be the first to comment", a script or loading notice), ads.txt records, the
/// thanks of a newsletter box, syndication-rights notices, a section label followed by a stamp ("World 12:04 PM EST"), a
/// stamp with its zone in brackets, and a live blog's entry heading with its time ("10:42 GMT – Teams reach the town").</summary>
internal static partial class ResidueLines
{
    // The age of a post or a comment, alone or after a short name: "2 hours ago", "1h ago", "Jo Brand · 3 days ago", "Just now".
    [GeneratedRegex(@"^(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\s*[·•|,–—-]?\s*)?(?:(?:Updated|Posted|Published|Edited)\s+)?(?:\d{1,3}\s?(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|wk|wks|weeks?|mo|mos|months?|y|yr|yrs|years?)|an? (?:minute|hour|day|week|month|year)|moments?|few (?:seconds|minutes))\s+ago$|^Just now$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex RelativeAge();

    // A reading- or listening-time label: "4 min read", "6-minute read", "Reading time: 4 minutes", "Listen (3 min)".
    [GeneratedRegex(@"^(?:\d{1,3}\s?-?\s?(?:min|mins|minutes?)\.?\s+(?:read|listen|watch)|(?:Estimated )?(?:Reading|Listening) time\s*:?\s*\d{1,3}\s?(?:min|mins|minutes?)\.?|(?:Listen|Watch)\s*\(\s*\d{1,3}\s?(?:min|mins|minutes?|:\d{2})\s*\))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ReadingTime();

    // The rest of a comment box: "View 12 more replies", "View all 24 comments", "Be the first to comment", "Hide replies",
    // "Please enable JavaScript to view the comments", "Loading comments…".
    [GeneratedRegex(@"^(?:(?:View|See|Show|Read|Hide)(?: all| the)?(?: \d{1,5})?(?: more| previous| older| newer)? (?:replies|reply|comments?|responses?)|Be the first to (?:comment|reply|respond|review)[^\n]{0,30}|(?:Please )?enable JavaScript to (?:view|see|read|post)[^\n]{0,60}|Loading(?: (?:comments|more|replies|content|the player|video))?\s*(?:\.\.\.|…)?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex CommentWidget();

    // A record of an ads.txt file: "exchange.example, 1234, DIRECT, f08c47fec0942fa0", and its variables ("contact=…").
    [GeneratedRegex(@"^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\s*,\s*[\w.-]{1,60}\s*,\s*(?:DIRECT|RESELLER)\b[^\n]{0,60}$|^(?:contact|subdomain|ownerdomain|managerdomain|inventorypartnerdomain)=\S+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AdsTxtRecord();

    // The thanks of a newsletter or sign-up box: "Thank you for subscribing!", "Thanks for signing up."
    [GeneratedRegex(@"^(?:Thank you|Thanks) for (?:subscribing|signing up|registering|your (?:subscription|registration|interest))\b[^\n]{0,60}$|^You(?:['’]re| are) (?:all set|now subscribed|subscribed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SignUpThanks();

    // A syndication-rights notice: a list of what may not be done with the material ("may not be published, broadcast, …").
    [GeneratedRegex(@"\bmay not be (?:re)?(?:published|produced|broadcast|written|distributed|copied|transmitted|displayed)\s*,\s*(?:re)?\w+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex RightsNotice();

    // A clock time, on its own or as the head of a line: "10:42", "10.42am", "9:14 PM", "10:42 GMT", "0942 GMT".
    [GeneratedRegex(@"^(?:\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?|\d{4}\s?(?:GMT|UTC))(?:\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PST|PDT|IST|JST|KST|AEST|AEDT)(?:\s?[+-]\d{1,2})?)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ClockHead();

    /// <summary>The widgets of this file (see the type's remarks), tried after the older rules found nothing; null for content.</summary>
    private static (string Kind, string Rule)? ClassifyWidget(string t, bool firstLine)
    {
        if (firstLine || t.Length == 0 || t.Length > 400 || HasQuotation(t))
        {
            return null;
        }
        var words = WordCount(t);
        if (words <= 8 && (t.EndsWith("ago", StringComparison.OrdinalIgnoreCase) || t.Equals("Just now", StringComparison.OrdinalIgnoreCase))
            && RelativeAge().IsMatch(t))
        {
            return ("timestamp", "age of a post or comment (\"2 hours ago\"), alone or after a name");
        }
        if (words <= 6 && HasDigit(t) && t.Contains("min", StringComparison.OrdinalIgnoreCase) && ReadingTime().IsMatch(t))
        {
            return ("label", "reading- or listening-time label");
        }
        if (words <= 14 && CommentWidget().IsMatch(t))
        {
            return ("comments", "comment-box control (more replies, first to comment, script or loading notice)");
        }
        if (words <= 8 && (t.Contains(',', StringComparison.Ordinal) || t.Contains('=', StringComparison.Ordinal)) && AdsTxtRecord().IsMatch(t))
        {
            return ("markup", "ads.txt record (ad seller, account, relationship)");
        }
        if (words <= 16 && (t.StartsWith("Than", StringComparison.OrdinalIgnoreCase) || t.StartsWith("You", StringComparison.OrdinalIgnoreCase))
            && SignUpThanks().IsMatch(t))
        {
            return ("newsletter", "thanks of a newsletter or sign-up box");
        }
        if (words <= 40 && t.Contains("may not be", StringComparison.OrdinalIgnoreCase) && RightsNotice().IsMatch(t))
        {
            return ("copyright", "syndication-rights notice (what may not be done with the material)");
        }
        if (HasDigit(t) && IsLabelledOrBracketedStamp(t))
        {
            return ("timestamp", "date/time stamp after a section label, or with its zone in brackets");
        }
        if (HasDigit(t) && char.IsAsciiDigit(t[0]) && IsLiveEntryHeading(t))
        {
            return ("label", "live-blog entry heading (a clock time and a short title)");
        }
        return ClassifyKind(t, words);
    }

    /// <summary>A stamp whose zone is in brackets ("Updated: 3 March 2021 09:14 (GMT+3)"), or one to three capitalised label words
    /// before a stamp with a clock time and a zone, a half of the day or a date ("World News 12:04 PM EST", "Asia | 3 March 2021, 09:14");
    /// a label before a bare clock time ("Blast 9:14") stays.</summary>
    private static bool IsLabelledOrBracketedStamp(string t)
    {
        if (t.Contains('(', StringComparison.Ordinal))
        {
            var bare = t.Replace("(", " ", StringComparison.Ordinal).Replace(")", " ", StringComparison.Ordinal).Trim();
            if (IsTimestamp(bare) || IsTimestamp(bare.Replace(": ", " ", StringComparison.Ordinal)))
            {
                return true;
            }
        }
        if (EndsLikeSentence(t) || (!t.Contains(':', StringComparison.Ordinal) && !t.Contains('.', StringComparison.Ordinal)))
        {
            return false; // a stamp of this shape carries a clock time ("12:04", "9.14")
        }
        var tokens = Tokens(t);
        for (var head = 1; head <= 3 && head < tokens.Count; head++)
        {
            var label = tokens[head - 1];
            if (!(char.IsUpper(label[0]) || label is "|" or "·" or "•" or "-" or "–" or "—") || HasDigit(label))
            {
                return false; // the label: capitalised words (and a separator), no figure
            }
            var rest = string.Join(' ', tokens.Skip(head));
            if (tokens.Count - head >= 2 && IsTimestamp(rest) && ClockIn(rest))
            {
                return true;
            }
        }
        return false;
    }

    private static bool ClockIn(string stamp)
    {
        foreach (var w in stamp.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (w.Length >= 4 && char.IsAsciiDigit(w[0]) && w.AsSpan().IndexOfAny(':', '.') is > 0 and var i && i + 1 < w.Length && char.IsAsciiDigit(w[i + 1]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A live blog's entry heading: a clock time, a separator and a short title without a sentence end, figure, date or
    /// report ("10:42 GMT – Rescue teams reach the town", "10.42am: Governor arrives"). An entry's text (a sentence) stays.</summary>
    private static bool IsLiveEntryHeading(string t)
    {
        var clock = ClockHead().Match(t);
        if (!clock.Success)
        {
            return false;
        }
        var rest = t[clock.Length..].TrimStart();
        if (rest.Length == 0 || rest[0] is not (':' or '-' or '–' or '—' or '|' or '·' or '•'))
        {
            return false; // the time stands apart from the title
        }
        var title = rest.TrimStart(':', '-', '–', '—', '|', '·', '•', ' ');
        var titleWords = WordCount(title);
        return titleWords is >= 1 and <= 12 && char.IsUpper(title[0]) && !EndsLikeSentence(title) && !HasDigit(title)
            && !ReportsFromStart(title) && !HasNumberWord(title) && DateIn(title) is null && !HasReportingVerb(title);
    }

    // Verbs that make an entry's title a report of what someone said (content), not a heading.
    private static readonly HashSet<string> s_reportingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "says", "said", "tell", "tells", "told", "confirm", "confirms", "confirmed", "announce", "announces", "announced",
        "report", "reports", "reported", "warn", "warns", "warned", "claim", "claims", "claimed", "deny", "denies", "denied",
    };

    private static bool HasReportingVerb(string title)
    {
        foreach (var w in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (s_reportingVerbs.Contains(w.Trim(',', ':', ';')))
            {
                return true;
            }
        }
        return false;
    }
}
