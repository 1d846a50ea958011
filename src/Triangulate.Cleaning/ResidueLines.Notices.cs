using System.Text.RegularExpressions;

namespace Triangulate.Cleaning;

/// <summary>Notices and counters of a page the older rules missed (issue 20, item 1), tried after every other rule: a media
/// player's fallback text ("Media playback is unsupported on your device"), an archive notice ("This article is more than 5 years
/// old"), a disclaimer of external links, a distribution or republication notice, a stamp with a label and a zone the stamp rules do
/// not list ("Published: 2019-03-10 13:30:49 BdST"), a page's labelled identifier ("News ID: 3787123"), view and share counters
/// ("Hits: 1523", "1.2K Shares"), related-link labels written as a translation renders them ("Read too:", "Know more:"), feedback
/// and paywall widgets ("Was this article helpful?"), refile and correction notes, a caption's label ("Pictured: …", the words
/// stay), a credit closing a caption after a bar, a dash or in square brackets ("… | Name/AGENCY"), the fields of a comment form ("Notify me of new posts by email."), and the headlines of a box of other
/// stories, which may carry figures ("Toll rises to 300"): under a heading of such a box, or in a run after the story's last
/// paragraph next to furniture (ResidueLines.Kinds.cs).</summary>
/// <remarks>Each reads the line's own words and shape, never a site's name; a quotation, a reporting verb or a figure of the news
/// keeps a line (the refile note's "paragraph 3" and a stamp's clock and date are not figures of the news). The one exception
/// is a headline of another story: a box of other stories is not the story, whatever figures its headlines give.</remarks>
internal static partial class ResidueLines
{
    // A media player's fallback text.
    [GeneratedRegex(@"^(?:Media playback is (?:unsupported|not supported)(?: on your device)?|Your (?:browser|device) does not support[^\n]{0,80}|(?:This|The) (?:video|media|content|clip|audio|player) (?:is|has been) (?:not available|unavailable|no longer available|removed)[^\n]{0,80}|(?:Video|Audio|Media) (?:unavailable|not available)|Sorry,? (?:this|the) (?:video|media|content|clip|audio) (?:is|cannot|could not|can['’]t)[^\n]{0,80})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PlayerFallback();

    // An archive notice: "This article is more than 5 years old", "This story was published in 2014, so information in it may no
    // longer be current".
    [GeneratedRegex(@"^(?:This (?:article|story|page|content|post|report) (?:is|was) (?:more than|over) (?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:years?|months?) old\.?|This (?:article|story|page|post|report|content) (?:was|is|has been) [^\n]{0,120}\bmay (?:no longer|not) be (?:current|accurate|up to date|up-to-date)\b[^\n]{0,40}|This is an archived (?:article|story|page|post)[^\n]{0,100}|From (?:the|our) archives?\.?|Archived? (?:article|story|content))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ArchiveNotice();

    // A disclaimer of linked sites, and a distribution or republication notice.
    [GeneratedRegex(@"\bnot responsible for the content of (?:external|third[- ]party|other|linked)\b|\bcopyright holder\b|\bpermission to (?:republish|reproduce|reprint|redistribute)\b|^Distributed by [A-Z][^\n]{0,120}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DistributionNotice();

    // A page's or story's labelled identifier: "News ID: 3787123", "Story Code: 51234", "Article No. 88123", "Ref: AB-20931".
    [GeneratedRegex(@"^(?:(?:News|Story|Article|Post|Content|Item|Report|Document|Doc|Video|Photo)\s*(?:ID|Id|No\.?|Number|Code|#)|ID|Ref\.?|Reference)\s*[:#]?\s*[A-Za-z0-9-]*\d{3,}[A-Za-z0-9-]*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex LabelledIdentifier();

    // A view or share counter: "Hits: 1523", "Views: 2,311", "Viewed 2311 times", "1.2K Shares", "SHARES 312".
    [GeneratedRegex(@"^(?:(?:Hits|Views|Reads|Visits|Clicks|Page ?views|Vues|Visitas|Lecturas|Visualizações|Aufrufe|Dilihat)\s*:?\s*[\d.,]+\s?[KkMm]?|(?:Viewed|Read|Seen|Visited|Shared)\s+[\d.,]+\s?[KkMm]?\s+times|[\d.,]+\s?[KkMm]?\s+(?:Shares|Views|Reads|Hits)|(?:Shares|Views)\s+[\d.,]+\s?[KkMm]?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ViewCounter();

    // A related-link label as a translation renders it, or a call to read on: "Read too: …", "Know more: …", "Check out: …".
    [GeneratedRegex(@"^(?:Read (?:too|next|further|this too)|Know more|Learn more|Find out more|Check (?:out|also)(?: (?:more|also|too|this))?|See (?:too|next)|Also on [A-Za-z][\w .'’]{1,30}|Watch (?:also|too|more|next)|Listen (?:also|too))\s*(?::|»|›|→|–|—|\s-)[^\n]{0,200}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TranslatedRelated();

    // Feedback and paywall widgets: "Was this article helpful?", "Link copied!", "Create a free account to continue reading".
    [GeneratedRegex(@"^(?:(?:Was|Is) this (?:article|story|page|information|content|post) (?:helpful|useful)\??|Did you (?:find|like|enjoy) this (?:article|story|page|post)(?: (?:helpful|useful))?\??|(?:Link|URL) copied!?|Copied!|(?:Rate|Rating:?) (?:this|the) (?:article|story|post)|How (?:would you rate|useful was|helpful was) this (?:article|story|page)\??|(?:Create|Open) (?:a|your) free account to (?:continue|keep) reading[^\n]{0,60}|Register (?:for free )?to (?:continue|keep) reading[^\n]{0,60}|(?:Subscribe|Sign in|Log in) to (?:continue|keep) reading[^\n]{0,60})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex FeedbackWidget();

    // A refile or correction note: "(This story has been refiled to fix a typo in paragraph 3)", "Correction: An earlier version …".
    [GeneratedRegex(@"^\(?\s*(?:This (?:story|article|version|report|post) (?:has been|was|is being) (?:refiled|corrected|amended|updated|clarified|republished)|Refiles?\b|Refiled\b|Correction\s*:|Clarification\s*:|Editor['’]s note\s*:|An earlier version of this (?:article|story|report|post))[^\n]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex RefileNote();

    // A paragraph number in a refile note ("in paragraph 3", "paras 4 and 5"): a place in the copy, not a figure of the news.
    [GeneratedRegex(@"\b(?:paragraphs?|paras?|grafs?|par)\s+\d{1,2}(?:\s*(?:and|,|-|–|to)\s*\d{1,2})*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ParagraphNumber();

    // A caption's label: "Pictured: …", "Caption: …", "Main picture: …".
    [GeneratedRegex(@"^(?:Caption|Pictured(?: above| below| left| right)?|Main (?:picture|image|photo)|Top (?:picture|image|photo)|Lead (?:picture|image|photo)|Featured image|Header image|Photo caption|Picture caption)\s*:\s*", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex CaptionLabel();

    // A credit closing a caption after a bar or a dash, or in square brackets: "… | Name Name/AGENCY", "… [Name/AGENCY]".
    [GeneratedRegex(@"(?:[ \t]+[|–—-][ \t]+|[ \t]*\[)[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]?/[ \t]?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}(?:, File)?\]?[ \t]*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TrailingSlashCredit();

    // The fields and options of a comment form.
    [GeneratedRegex(@"^(?:Notify me of (?:follow-up comments|new (?:posts|comments)|replies)[^\n]{0,40}|(?:Name|E-?mail|Website|Comment)\s*\((?:required|optional|will not be published)\)[^\n]{0,60}|(?:Name|E-?mail|Website|Comment)\s*\*|Website)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex CommentForm();

    // Words a labelled stamp holds beside its date, clock and zone (the stamp words of s_dateWords are read too).
    private static readonly HashSet<string> s_stampLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "published", "updated", "posted", "created", "modified", "edited", "uploaded", "filed", "revised",
    };

    private static readonly HashSet<string> s_stampFiller = new(StringComparer.OrdinalIgnoreCase)
    {
        "by", "and", "page", "uk", "am", "pm", "a.m.", "p.m.", "hrs", "h", "z",
    };

    // A number of a stamp: a day, a year, a clock ("13:30:49.0", "09:10Z"), an offset ("+3", "+03:00"), a numeric date.
    [GeneratedRegex(@"^\(?[+-]?\d{1,4}(?:[-/.:]\d{1,4}){0,3}(?:st|nd|rd|th|am|pm|a\.m\.|p\.m\.|h|z)?[,.)]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex StampNumber();

    // A heading over a box of other stories (not over the story's own key points or updates).
    [GeneratedRegex(@"^(?:Read (?:also|more)|Also read|Related(?: [A-Za-z]+){0,2}|More (?:on this story|from [^:\n]{1,40}|stories|news|headlines|top stories)|Most (?:read|popular|viewed|shared|commented|emailed|e-mailed|watched)|Trending(?: stories| now)?|Recommended(?: for you| posts| stories| reading)?|You (?:might|may) (?:also )?like|See also|Further reading|You may (?:also )?be interested in|Don['’]t miss|Editor['’]s (?:picks|choice)|What to read next|Read next|Up next|Other (?:stories|news|articles)|(?:Around|From) the web|(?:Promoted|Sponsored) (?:stories|content|links)|Must[- ]reads?|Keep reading|Stories you may (?:like|have missed)|You might have missed)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex OtherStoriesHeading();

    /// <summary>A headline of another story in a box under its heading: it may carry a figure ("Toll rises to 700"), but not a
    /// quotation or a sentence's end.</summary>
    private static bool IsOtherStoryHeadline(string t)
    {
        var w = WordCount(t);
        var opening = t.TrimStart('»', '-', '–', '•', ' ');
        return w is >= 2 and <= 18 && !EndsLikeSentence(t) && opening.Length > 0 && (char.IsUpper(opening[0]) || char.IsDigit(opening[0])) && !HasQuotation(t);
    }

    // Guards: each is a necessary condition of its pattern (the characters it opens with, or a word it needs), never a rule.
    private static readonly System.Buffers.SearchValues<char> s_playerOpeners = Openers("MYTVAS");
    private static readonly System.Buffers.SearchValues<string> s_archiveWords = AnyCase("archive", " old", "may no");
    private static readonly System.Buffers.SearchValues<string> s_distributionWords = AnyCase("not responsible", "copyright holder", "permission to", "distributed by");
    private static readonly System.Buffers.SearchValues<char> s_translatedRelatedOpeners = Openers("RKLFCSAW");
    private static readonly System.Buffers.SearchValues<char> s_feedbackOpeners = Openers("WIDLUCRHOS");
    private static readonly System.Buffers.SearchValues<char> s_refileOpeners = Openers("(TRCEA");
    private static readonly System.Buffers.SearchValues<char> s_commentFormOpeners = Openers("NECW");
    private static readonly System.Buffers.SearchValues<char> s_captionLabelOpeners = Openers("CPMTLFH");

    /// <summary>The kinds of this file (see the type's summary); null for content.</summary>
    private static (string Kind, string Rule)? ClassifyNotice(string t, int words)
    {
        if (ClassifyReport(t, words) is { } report)
        {
            return report; // report, bulletin and journal furniture (ResidueLines.Reports.cs)
        }
        if (words > 50 || Reports(t))
        {
            return null;
        }
        if (words <= 20 && MayOpen(t, s_playerOpeners) && PlayerFallback().IsMatch(t))
        {
            return ("video", "media player's fallback text");
        }
        if (words <= 45 && MayHold(t, s_archiveWords) && ArchiveNotice().IsMatch(t))
        {
            return ("label", "archive notice (the page's age, or a warning that it may no longer be current)");
        }
        if (words <= 40 && MayHold(t, s_distributionWords) && !HasBareFigure(t) && DistributionNotice().IsMatch(t))
        {
            return ("copyright", "distribution, republication or linked-sites notice");
        }
        if (words <= 26 && HasDigit(t) && IsLabelledStamp(t))
        {
            return ("timestamp", "stamp with its label, clock and zone (a name or a byline before it)");
        }
        if (words <= 4 && HasDigit(t) && LabelledIdentifier().IsMatch(t))
        {
            return ("label", "labelled page or story identifier");
        }
        if (words <= 5 && HasDigit(t) && ViewCounter().IsMatch(t))
        {
            return ("share", "view or share counter");
        }
        if (words <= 40 && MayOpen(t, s_translatedRelatedOpeners) && !HasBareFigure(t) && TranslatedRelated().IsMatch(t))
        {
            return ("related", "related-link label as a translation renders it (\"Read too:\", \"Know more:\")");
        }
        if (words <= 16 && MayOpen(t, s_feedbackOpeners) && FeedbackWidget().IsMatch(t))
        {
            return ("promo", "feedback or paywall widget");
        }
        if (words <= 50 && MayOpen(t, s_refileOpeners) && RefileNote().IsMatch(t) && !HasBareFigure(ParagraphNumber().Replace(t, " ")))
        {
            return ("credit_line", "refile or correction note");
        }
        if (words <= 40 && MayOpen(t, s_captionLabelOpeners) && !HasBareFigure(t) && CaptionLabel().Match(t) is { Success: true } label && WordCount(t[label.Length..]) >= 3)
        {
            return ("caption", "caption with its label (the label goes, the words stay)");
        }
        if (words <= 30 && t.Contains('/', StringComparison.Ordinal) && !EndsLikeSentence(t) && !HasBareFigure(t)
            && TrailingSlashCredit().Match(t) is { Success: true, Index: > 0 } credit && WordCount(t.AsSpan(0, credit.Index)) >= 3)
        {
            return ("caption", "caption closed by a credit after a bar, a dash or in square brackets");
        }
        if (words <= 12 && MayOpen(t, s_commentFormOpeners) && CommentForm().IsMatch(t))
        {
            return ("comments", "field or option of a comment form");
        }
        return ClassifyNewsroom(t, words);
    }

    /// <summary>The part of a caption line that is furniture — its label or a credit closing it — or an empty match.</summary>
    private static Match NoticeCaptionPart(string t)
    {
        if (CaptionLabel().Match(t) is { Success: true } label)
        {
            return label;
        }
        return TrailingSlashCredit().Match(t) is { Success: true, Index: > 0 } credit ? credit : CaptionClosedBySource(t);
    }

    /// <summary>A stamp with a label ("Published", "Updated", "created", "last updated"), a calendar date and its clock and zone,
    /// after at most five capitalised words (a site's or a writer's name): every other word is a date word, a clock, a zone or an
    /// offset ("BdST", "GMT +3", "09:10Z").</summary>
    private static bool IsLabelledStamp(string t)
    {
        if (!CalendarDate().IsMatch(t))
        {
            return false;
        }
        var labelled = false;
        var names = 0;
        foreach (var raw in t.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.Trim(',', ':', '|', '·', '•', ';');
            if (w.Length == 0 || w is "-" or "–" or "—" or "/")
            {
                continue;
            }
            if (s_stampLabels.Contains(w))
            {
                labelled = true;
                continue;
            }
            if (s_dateWords.Contains(w.TrimEnd('.')) || s_stampFiller.Contains(w) || StampNumber().IsMatch(w) || IsZoneWord(w))
            {
                continue;
            }
            if (char.IsUpper(w[0]) && !HasDigit(w) && ++names <= 5)
            {
                continue;
            }
            return false;
        }
        return labelled;
    }

    // A time zone's abbreviation: two to five letters, two or more of them capitals, ending in T ("BdST", "HKT", "WITA"), or
    // a zone with its offset ("GMT+3", "UTC+05:30").
    private static bool IsZoneWord(string w)
    {
        if (IsZoneOffset(w))
        {
            return true;
        }
        if (w.Length is < 2 or > 5 || !w.All(char.IsAsciiLetter))
        {
            return false;
        }
        return w.Count(char.IsAsciiLetterUpper) >= 2 && (w[^1] == 'T' || w.EndsWith("TA", StringComparison.Ordinal));
    }
}
