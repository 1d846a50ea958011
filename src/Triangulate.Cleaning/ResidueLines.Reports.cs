using System.Text.RegularExpressions;

namespace Triangulate.Cleaning;

/// <summary>Furniture of report, bulletin, press-release and journal pages (humanitarian agencies, health bulletins, aggregators
/// of reports), tried before the notices (issue 20, item 1): a report's serial label ("Situation Report No. 12", "Volume 9, Number
/// 4"), its reporting period, download and attachment lines ("Download report (PDF, 305 KB)"), an aggregator's publication stamp
/// ("Report from … Published on 25 Oct 2031"), a crisis label ("Country: Floods - Sep 2031"), endorsement disclaimers, journal
/// metadata (citation counts, "Received …; accepted …", ISSN), an organisation's "About …:" note, appeals for money and calls for
/// readers' stories, audio and video lines closed by a running time, a comment count over a post's title and registered-charity or
/// company numbers.</summary>
/// <remarks>Each pattern reads the line's own shape; none names an organisation. A line that reports speech stays. A removed line
/// that states a date keeps it (removed[].date).</remarks>
internal static partial class ResidueLines
{
    // A report's serial label: "Situation Report No. 12", "Flash Update #3 | 4 May 2031", "Issue No. 4 | 15 July 2031", "Volume 9, Number 4".
    [GeneratedRegex(@"^(?:[A-Z][\w-]*\s+){0,3}(?:Report|Sitrep|SitRep|Update|Bulletin|Release|Note|Brief|Briefing|Snapshot|Issue|Edition|Volume|Vol\.|Appeal|Alert|Overview|Dashboard|Newsletter)\s*(?:No\.?|Nr\.?|Number|n[°º]|#)?\s*\d[\d/.-]*(?:\s*[,|–—-]\s*(?:(?:Number|No\.?|Issue)\s*\d+|(?:\d{1,2}\s*[-–]\s*)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|[A-Z][a-z]+\s+\d{4}))?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SerialLabel();

    // A reporting period: "Reporting period: 20 - 26 October 2031", "Period covered: 1-7 May".
    [GeneratedRegex(@"^(?:Reporting period|Period covered|Period of report|Covering period|Coverage period)\s*:\s*[^\n]{3,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ReportingPeriod();

    // A download or attachment line: "Attachments: Download report (PDF, 305 KB)", "PDF [215K]", "flood-update.pdf".
    [GeneratedRegex(@"^(?:(?:Attachments?|Downloads?|Download\b[^\n]{0,60}|Files?|Documents?|Full report|View (?:the )?(?:full )?(?:report|document|original))\s*:?[^\n]{0,100}\b(?:PDF|DOCX?|XLSX?|PPTX?|pdf|docx?|xlsx?)\b[^\n]{0,40}|(?:PDF|DOCX?|XLSX?)\s*[\[(]\s*\d[\d.,]*\s?(?:KB|MB|kB|K|M)\s*[\])]|[\w.-]+\.(?:pdf|docx?|xlsx?|pptx?))$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DownloadLine();

    // An aggregator's publication stamp: "Report from Relief Coalition Published on 25 Oct 2031", "Published on 25 Oct 2031 — view original".
    [GeneratedRegex(@"^(?:[A-Z][\w ]{1,40} from [^\n]{1,80}?\s+)?Published(?: on)?\s+\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}(?:\s*[—–|-]?\s*view original)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AggregatorStamp();

    // A crisis label as report sites title their pages: "Oren Republic: Floods - Sep 2031", "Region: Measles Outbreak - Oct 2031".
    [GeneratedRegex(@"^[A-Z][\w'’ .,&()/-]{1,60}:\s+[A-Z][\w'’ ,&/()-]{1,60}\s+[-–]\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{4}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex CrisisLabel();

    // A disclaimer: "… are provided as a service and do not constitute an endorsement", "… for identification only".
    [GeneratedRegex(@"\b(?:do(?:es)? not (?:constitute|imply) (?:an )?endorsement|(?:are|is) provided (?:solely )?as a service|for identification (?:purposes )?only|does not (?:necessarily )?(?:reflect|represent) the (?:views|position|opinions?|policy) of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex EndorsementDisclaimer();

    // Journal metadata: "Altmetric: 24", "Cited by 12 articles", "Received 3 March 2031; accepted 12 April 2031", "ISSN 1545-861X".
    [GeneratedRegex(@"^(?:(?:Altmetric(?: score)?|Citations?|Article metrics|Page views|Downloads)\s*:?\s*[\d,]+|Cited by\s+[\d,]+(?:\s+(?:articles?|papers?|documents?|publications?))?|Received:?\s[^\n;]{4,40};\s*(?:revised:?\s[^\n;]{4,40};\s*)?[Aa]ccepted:?\s[^\n;]{4,40}(?:;\s*(?:published|available)[^\n]{4,50})?|(?:Print |Online |E-?)?ISSN:?\s*\d{4}-\d{3}[\dXx](?:\s*[(;,][^\n]{0,40})?|(?:PMID|PMCID)\s*:?\s*(?:PMC)?\d+)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex JournalMetadata();

    // An organisation's or an author's note: "About Relief Coalition: …", "About the author: …".
    [GeneratedRegex(@"^About (?:the |us\b|[A-Z])[^:\n\d]{0,60}:\s+\S", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AboutNote();

    // An appeal for money or for readers' stories: "Your gift of $50 can …", "Our journalism depends on readers like you",
    // "Have you been affected? Share your story", "Do you have information about this story?".
    [GeneratedRegex(@"^(?:Your (?:gift|donation|support|contribution)\b|A (?:gift|donation) of\b|Make a (?:gift|donation)\b|Give (?:now|today|monthly)\b|(?:Our|Independent|Quality|Local) journalism (?:depends|relies|is funded|needs|is made possible)\b|Have you been (?:affected|impacted)\b|Were you (?:affected|there|caught up)\b|Do you have (?:information|a story|photos?|videos?|a tip)\b|Got a (?:news )?(?:tip|story)\b|Share your (?:story|stories|experiences?|photos?|views)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AppealLine();

    // An audio or video line closed by its running time: "Audio: interview with the coordinator (3'12")", "Video: 2:31".
    [GeneratedRegex(@"^(?:(?:Audio|Video|Watch|Listen|Podcast)\b[^\n]{0,100}?(?:\(\s*\d{1,2}[:'’]\d{2}(?:""|”|'')?\s*\)|\(\s*\d{1,3}\s*(?:min|mins|minutes|sec|secs|seconds)\.?\s*\)|:?\s*\d{1,2}:\d{2})|Video length\s*:?\s*\d{1,2}:\d{2})$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TimedMedia();

    // A comment count over a post's title: '3 responses to "Title"', "One thought on “Title”", "12 Responses to Title".
    [GeneratedRegex(@"^(?:(?:\d{1,5}|One|No|Two|Three)\s+(?:[Rr]esponses?|[Tt]houghts?|[Cc]omments?|[Rr]eplies|[Rr]eactions?)\s+(?:to|on)\s+[""“‘'][^\n]{1,150}[""”’']|(?:\d{1,5}|One|No)\s+(?:Responses?|Thoughts?|Comments?|Replies|Reactions?)\s+(?:to|on)\s+[A-Z][^\n.!?:]{1,120})$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex CommentCountTitle();

    // A reader comment under its writer's name: "Name said... text", "mary k wrote: text", "Comment by Name on 12 Oct 2031: text",
    // and a writer's line alone over the comment ("Kevin says:").
    [GeneratedRegex(@"^(?:[\w][\w.'’-]*(?: [\w][\w.'’-]*){0,3}(?:,? [A-Z][\w ]{1,30}| \([^)\n]{1,30}\)| from [A-Z][\w ]{1,30})? (?:said|says|wrote|writes|commented|replied|posted)(?: on [\w ,/.]{3,30}?)?(?: at [\w :.]{3,15}?)?(?:…|\.\.\.|:)(?: \S[^\n]*)?|Comment (?:by|from) [\w][\w.'’-]*(?: [\w][\w.'’-]*){0,3}(?: on [\w ,/.]{3,30}?)?(?: at [\w :.]{3,15}?)?: \S[^\n]*)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex CommentLead();

    // A registered-charity or company number: "Registered charity number 1234567", "Company number 07654321".
    [GeneratedRegex(@"^(?:Registered (?:charity|company|office)(?: (?:number|no\.?|in [A-Z][a-z]+(?: and [A-Z][a-z]+)?))?|(?:Charity|Company|Registration) (?:number|no\.?|registration number|reg\.? no\.?))\b[^\n]{0,120}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex RegistrationLine();

    // A forum's member fields and post furniture: "Posts: 1,234", "Joined: 12-March 09", "Member No.: 4521", "#2",
    // "Name, on 25 October 2031 - 10:14 PM, said:", "Recommend (12)", "12 people like this.", and a blog's archive counts ("► 2031 (12)").
    [GeneratedRegex(@"^(?:(?:Posts|Joined|Member No\.?|Member since|Reputation|Karma|Likes received|Reaction score|Trophy points|Messages)\s*:\s*[\w ,.-]{1,24}|#\d{1,4}|[\w][\w.'’ -]{0,30}, on [\w ,:.-]{6,40}, said:|(?:Recommend|Like|Likes|Reply|Replies|Agree|Disagree|Upvote|Downvote|Report|Flag)\s*\(\d{1,6}\)|[\d,.]+[KkMm]? (?:people|others) (?:like|liked|recommend|recommended) this\.?|[►▼▶◄▸▾]\s*(?:\d{4}|[A-Z][a-z]+)\s*\(\d{1,5}\)|Comments are (?:moderated|reviewed|checked)\b[^\n]{0,80})$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ForumFurniture();

    /// <summary>Whether a line is a reader comment under its writer's name (tried before a reporting verb or a quotation protects
    /// the line): the writer is one to four words, the verb is followed by an ellipsis or a colon, and a line without a comment
    /// after it is three words or fewer ("Kevin says:"); "said:" alone ends a news paragraph that introduces a quotation, so it
    /// needs a comment after it; a line with quotation marks stays.</summary>
    private static bool IsCommentLead(string t)
    {
        // The pattern ends the writer's line with a colon, "…" or "...": a line with none of them is no comment lead.
        if (t.Length < 6 || (t.AsSpan().IndexOfAny(':', '…') < 0 && !t.Contains("...", StringComparison.Ordinal))
            || !(t.Contains(" said", StringComparison.Ordinal) || t.Contains(" says", StringComparison.Ordinal)
            || t.Contains(" wrote", StringComparison.Ordinal) || t.Contains(" writes", StringComparison.Ordinal) || t.Contains(" comment", StringComparison.Ordinal)
            || t.Contains(" replied", StringComparison.Ordinal) || t.Contains(" posted", StringComparison.Ordinal) || t.StartsWith("Comment ", StringComparison.Ordinal))
            || t.AsSpan().IndexOfAny(s_openingQuotes) >= 0 || !CommentLead().IsMatch(t))
        {
            return false;
        }
        var colon = t.IndexOf(':', StringComparison.Ordinal);
        var ellipsis = t.IndexOf("...", StringComparison.Ordinal) is var dots and >= 0 ? dots : t.IndexOf('…', StringComparison.Ordinal);
        var cut = colon < 0 ? ellipsis : ellipsis < 0 ? colon : Math.Min(colon, ellipsis);
        var first = t.Split(' ', 2)[0];
        if (first is "The" or "A" or "An" or "His" or "Her" or "Their" or "Its" or "Our" or "This" or "That" or "He" or "She" or "They" or "It" or "We")
        {
            return false; // a sentence's subject, not a commenter's name
        }
        var alone = t[(cut + 1)..].Trim('.', ' ', '…').Length == 0;
        if (alone)
        {
            // "Kevin says:", "Jean said…" over the comment; "The minister said:" over a quotation is a news paragraph's lead-in.
            return WordCount(t) <= 6 && (cut == ellipsis || !t.Contains(" said", StringComparison.Ordinal));
        }
        // "… said: text" with a colon is how a news paragraph opens a quotation; a comment's "said" takes an ellipsis.
        return !(t.Contains(" said", StringComparison.Ordinal) && cut == colon) || t.StartsWith("Comment ", StringComparison.Ordinal);
    }

    /// <summary>Whether a line is forum or comment-box furniture (tried before a reporting verb protects the line: a quote header
    /// ends in "said:").</summary>
    /// <remarks>Every form holds a colon, opens with "#", a digit or "Comments are", or closes with a bracket: the pattern runs only then.
    /// A colon form opens with a member field's first letter or closes with "said:".</remarks>
    private static bool IsForumFurniture(string t) => t.Length is > 1 and <= 120
        && (t[0] == '#' || t[^1] == ')' || char.IsDigit(t[0]) || t.StartsWith("Comments are", StringComparison.Ordinal)
            || ((t[0] is 'P' or 'J' or 'M' or 'R' or 'K' or 'L' or 'T' || t.EndsWith("said:", StringComparison.Ordinal)) && t.Contains(':', StringComparison.Ordinal)))
        && WordCount(t) <= 16 && ForumFurniture().IsMatch(t);

    /// <summary>Whether a line is a comment count over a post's title (tried before a quotation protects the line).</summary>
    /// <remarks>The count is digits or "One", "No", "Two", "Three" and the next word a response word: the pattern runs only then
    /// (a line opening "The …" or "Tuesday …" is never tried).</remarks>
    private static bool IsCommentCountTitle(string t)
    {
        var space = t.IndexOf(' ', StringComparison.Ordinal);
        if (t.Length <= 10 || !(char.IsDigit(t[0]) || t[0] is 'O' or 'N' or 'T') || space <= 0)
        {
            return false;
        }
        var count = t.AsSpan(0, space);
        var next = t.AsSpan(space).TrimStart();
        return (char.IsDigit(t[0]) || count is "One" or "No" or "Two" or "Three") && next.Length > 0 && next[0] is 'r' or 'R' or 't' or 'T' or 'c' or 'C'
            && CommentCountTitle().IsMatch(t);
    }

    /// <summary>The kinds of this file (see the type's summary); null for content.</summary>
    private static (string Kind, string Rule)? ClassifyReport(string t, int words)
    {
        if (words > 80 || ReportsFromStart(t))
        {
            return null;
        }
        if (words <= 12 && HasDigit(t) && SerialLabel().IsMatch(t))
        {
            return ("label", "a report's serial label (number, issue or volume, with its date)");
        }
        if (words <= 14 && t[0] is 'R' or 'P' or 'C' && ReportingPeriod().IsMatch(t))
        {
            return ("label", "a report's reporting period");
        }
        if (words <= 24 && (t.Contains("PDF", StringComparison.Ordinal) || t.Contains("DOC", StringComparison.Ordinal)
            || t.Contains("XLS", StringComparison.Ordinal) || t.Contains(".pdf", StringComparison.Ordinal) || t.Contains(".doc", StringComparison.Ordinal)
            || t.Contains(".xls", StringComparison.Ordinal) || t.Contains(".ppt", StringComparison.Ordinal)) && DownloadLine().IsMatch(t))
        {
            return ("label", "download or attachment line");
        }
        if (words <= 20 && HasDigit(t) && t.Contains("ublished", StringComparison.Ordinal) && AggregatorStamp().IsMatch(t))
        {
            return ("timestamp", "an aggregator's publication stamp (\"Report from … Published on …\")");
        }
        if (words <= 16 && HasDigit(t) && t.Contains(':', StringComparison.Ordinal) && CrisisLabel().IsMatch(t))
        {
            return ("section_label", "a crisis label as report sites title their pages (\"Country: Hazard - Mon YYYY\")");
        }
        if (words <= 50 && !HasBareFigure(t) && EndorsementDisclaimer().IsMatch(t))
        {
            return ("copyright", "disclaimer of endorsement or of the views expressed");
        }
        if (words <= 14 && t[0] is 'A' or 'C' or 'P' or 'D' or 'R' or 'I' or 'O' or 'E' && JournalMetadata().IsMatch(t))
        {
            return ("label", "journal metadata (citations, received and accepted dates, ISSN)");
        }
        if (t.StartsWith("About ", StringComparison.Ordinal) && AboutNote().IsMatch(t))
        {
            return ("byline", "an organisation's or an author's \"About …:\" note");
        }
        if (words <= 40 && t[0] is 'Y' or 'A' or 'M' or 'G' or 'O' or 'I' or 'Q' or 'L' or 'H' or 'W' or 'D' or 'S' && AppealLine().IsMatch(t))
        {
            return ("promo", "an appeal for money or for readers' stories");
        }
        if (words <= 24 && HasDigit(t) && t[0] is 'A' or 'V' or 'W' or 'L' or 'P' && TimedMedia().IsMatch(t))
        {
            return ("video", "an audio or video line closed by its running time");
        }
        if (words <= 30 && t[0] is 'R' or 'C' or 'r' or 'c' && RegistrationLine().IsMatch(t))
        {
            return ("copyright", "registered-charity or company number");
        }
        return null;
    }
}
