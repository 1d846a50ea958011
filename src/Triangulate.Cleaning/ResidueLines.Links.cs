using System.Text.RegularExpressions;

namespace Triangulate.Cleaning;

/// <summary>Round 15: links a page prints as arrows and live-blog labels — a link closed by an arrow ("The latest on the storm »"),
/// a related label behind a short word and an arrow ("Explore>> Related: …"), a labelled list of coverage links ("Full coverage:
/// …"), and the labels a live page sets over its summary or its first entry ("Here's what we know:", "Live coverage begins here").</summary>
internal static partial class ResidueLines
{
    // A related or coverage label behind one short word and an arrow: "Explore>> Related: …", "More » See also: …".
    [GeneratedRegex(@"^(?:[A-Z][a-z]{1,15}\s*)?(?:>>|»|›)\s*(?:Related|Read (?:more|also)|See (?:also|more)|More(?: on this)?|Also read|Explore)\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ArrowRelated();

    // A labelled list of links to the coverage: "Full coverage: …", "Complete coverage - …", "Special coverage: …".
    [GeneratedRegex(@"^(?:Full|Complete|Special|Continuing|Extended) coverage\s*(?::|–|—|\s-|»)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex CoverageList();

    // The labels a live page sets over its summary or its first entry.
    [GeneratedRegex(@"^(?:Here['’]s|Here is) what we know(?: so far| now)?\s*:?$|^(?:Our |The )?live (?:coverage|updates|blog) (?:begins|starts|continues) (?:here|below)\.?$|^(?:Live|Latest) updates (?:below|here)\s*:?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex LivePageLabel();

    // A note to the reader about the times a live page gives: "All times are local (GMT+4:30).", "All times in Eastern", "Times in GMT".
    [GeneratedRegex(@"^\(?(?:All times|Times) (?:are |shown |given )?(?:in |are in )?(?:local|[A-Z]{2,5}|GMT[+-]?[\d:]*|UTC[+-]?[\d:]*|Eastern|Central|Pacific|Mountain|eastern|central|pacific)\b[^\n]{0,30}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TimesNote();

    // A gallery's count of pictures alone: "21 PHOTOS", "14 Photos", "8 images".
    [GeneratedRegex(@"^\d{1,3}\s+(?:PHOTOS|PICTURES|IMAGES|Photos|Pictures|Images|photos|pictures|images)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PictureCount();

    // A sign-in box's password link: "Lost your password?", "Forgot your password?", "Forgotten password?".
    [GeneratedRegex(@"^(?:Lost|Forgot|Forgotten) (?:your )?password\s*\??$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PasswordLink();

    // A picture desk's search note closing a caption: 'SEARCH "CODE" FOR THIS STORY. SEARCH "CODE" FOR ALL STORIES.', and the
    // desk's selection marker after it ("TPX IMAGES OF THE DAY").
    [GeneratedRegex(@"(?<note>(?:\s*SEARCH [""“][^""”\n]{1,60}[""”] FOR (?:THIS STORY|ALL STORIES|ALL IMAGES|ALL PICTURES)\.?)+(?:\s*TPX IMAGES OF THE DAY\.?)?|\s*TPX IMAGES OF THE DAY\.?)\s*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PictureDeskNote();

    // A repost note over a copied article: "The following article by Name Name was posted on the Outlet website May 9, 2031:".
    [GeneratedRegex(@"^The following (?:article|story|post|piece|op-ed|column|commentary)\b[^\n]{0,120}\b(?:was|is|has been) (?:originally |first )?(?:posted|published|printed|written)\b[^\n]{0,100}[:.]$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex RepostNote();

    // Blog-engine furniture: a post's footer with its comment count ("Posted by Name at 9:14 AM 3 comments"), the engine's credit
    // ("Blog at Engine.example."), the follow-up notices of a post ("You can follow any responses to this entry through the RSS 2.0
    // feed.", "Both comments and pings are currently closed."), a rating widget ("Rate this: 1 2 3 4 5") and an old share network's
    // button ("Stumble It!").
    [GeneratedRegex(@"^Posted by [^\n]{1,60} at \d{1,2}[:.]\d{2}\s?(?:[AaPp]\.?[Mm]\.?)?(?:\s+(?:\d{1,4}|No|One) (?:comments?|responses?|replies)\s*:?)?$|^(?:Blog|Website|Site|Theme)\b[^\n]{0,40}\b(?:at|on|by) [\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}\.?$|\bfollow any (?:responses|comments) to this (?:entry|post)\b|^(?:Both comments and (?:pings|trackbacks)|Comments and (?:pings|trackbacks)|(?:Pings|Trackbacks) and comments) are (?:currently )?(?:closed|open)\b|^Rate this(?: (?:article|story|post))?\s*:?(?:\s+\d){2,10}\s*$|^Stumble (?:It|this|Upon)!?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex BlogEngineLine();

    // A media player's error notice: "This video file cannot be played.", "The media could not be loaded".
    [GeneratedRegex(@"^(?:This|The) (?:video|audio|media)(?: file| clip| player)? (?:cannot|can ?not|could not|can['’]t) be (?:played|loaded|displayed)\b[^\n]{0,40}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PlayerError();

    /// <summary>The kinds of this file (see the type's summary), tried after every older rule; null for content.</summary>
    private static (string Kind, string Rule)? ClassifyLinks(string t, int words)
    {
        if (words > 20)
        {
            return ClassifySources(t, words);
        }
        if (t.Length > 3 && IsArrowClosedLink(t))
        {
            return ("related", "link closed by an arrow (\"The latest on the storm »\")");
        }
        if (t.AsSpan().IndexOfAny('>', '»', '›') is >= 0 and <= 17 && ArrowRelated().IsMatch(t))
        {
            return ("related", "related-story label behind an arrow (\"Explore>> Related: …\")");
        }
        if (t.Contains("coverage", StringComparison.OrdinalIgnoreCase) && CoverageList().IsMatch(t))
        {
            return ("related", "labelled list of coverage links (\"Full coverage: …\")");
        }
        if (words <= 8 && (t[0] is 'H' or 'h' or 'O' or 'T' or 'L' or 'l') && LivePageLabel().IsMatch(t))
        {
            return ("label", "live page's label over its summary or first entry (\"Here's what we know:\")");
        }
        if (words <= 10 && t.Contains("imes ", StringComparison.Ordinal) && TimesNote().IsMatch(t))
        {
            return ("label", "note of the times a live page gives (\"All times are local\")");
        }
        if (words == 2 && char.IsAsciiDigit(t[0]) && PictureCount().IsMatch(t))
        {
            return ("gallery", "count of a gallery's pictures (\"21 PHOTOS\")");
        }
        if (PictureDeskNoteSpan(t) is { Start: 0 } note && note.End == t.Length)
        {
            return ("credit", "picture desk's search note standing alone (\"TPX IMAGES OF THE DAY\")");
        }
        if (t.StartsWith("The following ", StringComparison.Ordinal) && RepostNote().IsMatch(t))
        {
            return ("credit_line", "repost note over a copied article (\"The following article … was posted on …:\")");
        }
        if (words <= 24 && (t[0] is 'P' or 'B' or 'W' or 'S' or 'T' or 'Y' or 'C' or 'R' or 'p' or 'b' or 'w' or 's' or 't' or 'y' or 'c' or 'r') && BlogEngineLine().IsMatch(t))
        {
            return ("comments", "blog engine's furniture (a post's footer and comment count, the engine's credit, follow-up and rating widgets)");
        }
        if (words <= 14 && PlayerError().IsMatch(t))
        {
            return ("video", "media player's error notice (\"This video file cannot be played.\")");
        }
        if (words <= 4 && t.Contains("password", StringComparison.OrdinalIgnoreCase) && PasswordLink().IsMatch(t))
        {
            return ("promo", "sign-in box's password link (\"Lost your password?\")");
        }
        return ClassifySources(t, words);
    }

    /// <summary>A picture desk's search note closing a caption (the caption and its credit stay): the span, or null.</summary>
    internal static (int Start, int End)? PictureDeskNoteSpan(string line)
    {
        if (!(line.Contains("SEARCH ", StringComparison.Ordinal) || line.Contains("TPX ", StringComparison.Ordinal)))
        {
            return null; // most lines
        }
        var m = PictureDeskNote().Match(line);
        return m.Success && m.Groups["note"].Length > 0 ? (m.Groups["note"].Index, m.Groups["note"].Index + m.Groups["note"].Length) : null;
    }

    /// <summary>A link closed by an arrow: two to sixteen words, then "»", "›", "&gt;&gt;" or "→" (a French quotation opens with «,
    /// so a line holding « stays); the words before the arrow do not end like a sentence and hold no figure.</summary>
    private static bool IsArrowClosedLink(string t)
    {
        var s = t.TrimEnd();
        int arrow;
        if (s.EndsWith(">>", StringComparison.Ordinal))
        {
            arrow = 2;
        }
        else if (s[^1] is '»' or '›' or '→')
        {
            arrow = 1;
        }
        else
        {
            return false;
        }
        if (s.Contains('«', StringComparison.Ordinal) || s.Contains('‹', StringComparison.Ordinal))
        {
            return false;
        }
        var title = s[..^arrow].TrimEnd();
        var n = WordCount(title);
        return n is >= 2 and <= 16 && !EndsLikeSentence(title) && !title.EndsWith(',') && !HasBareFigure(title) && !HasNumberWord(title)
            && !ReportsFromStart(title) && title.AsSpan().TrimStart().Length > 0 && char.IsUpper(title.TrimStart()[0]);
    }
}
