using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Triangulate.Cleaning;

/// <summary>Page furniture recognised by the kind of line it is (not by any site's strings): contacts, end markers, timestamps,
/// tag lists, signatures, photo credits and captions, video titles, live-blog labels, reader comments, related-article links,
/// markup left in text, cookie and newsletter boxes and share bars.</summary>
/// <remarks>
/// Each rule reads one line at a time (or, for markup, a span inside a line) and removes the whole line with its line break.
/// The rules look at the line's shape: a label it starts with, the tokens it is made of (dates, social networks, capitalised
/// names, separators), its length and whether it reads as a sentence. Lines that carry a bare figure in a table shape are kept.
/// </remarks>
internal static partial class ResidueLines
{
    // ---- regexes (linear: NonBacktracking, no lookarounds or backreferences) ----

    // An e-mail address or a social handle.
    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:^|[\s(|·•])@[A-Za-z0-9_][A-Za-z0-9_.]{1,30}", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ContactToken();

    // An embedded post: its picture link, or its "— Name (@handle) Month d, yyyy" signature.
    [GeneratedRegex(@"pic\.twitter\.com/|^[—–-]\s*[^\n]{1,60}\(@[A-Za-z0-9_]{2,30}\)", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex EmbeddedPost();

    // A calendar date written out: "14 June 2017", "June 14, 2017", "3rd June, 2023", "2017-06-14", "14.06.2017".
    [GeneratedRegex(@"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s*\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex CalendarDate();

    // An ordinal suffix on a day number.
    [GeneratedRegex(@"(\d)(?:st|nd|rd|th)\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Ordinal();

    // The picture link of an embedded post.
    [GeneratedRegex(@"\bpic\.twitter\.com/\S+", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PictureLink();

    // End markers of wire copy and blog posts.
    [GeneratedRegex(@"^(?:\(\s*(?:END|ENDS|End|Ends)\s*\)|END|ENDS|Enditem|ENDITEM|-+\s?30\s?-+|#{3,}|\*{3,}|\[(?:…|\.\.\.)\]|(?:…|\.\.\.))$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex EndMarker();

    // A signature after a dash standing alone: "-- Agency", "— The Associated Press", "—AGENCY/File".
    [GeneratedRegex(@"^[-–—]{1,2}\s*[A-Z][\w.'’&/-]*(?:\s+(?:[A-Z][\w.'’&/-]*|and|of|the|with|de))*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DashSignature();

    // Wire desk codes: "ab/cd/ef", "XYZ/ABC/DEF/1720 hrs", "ab/cd (AGENCY, Agency)", "ABC-29".
    [GeneratedRegex(@"^(?:[A-Za-z]{2,5}(?:/[A-Za-z0-9]{2,5}){1,6}(?:\s*hrs)?(?:\s*\([A-Za-z][A-Za-z, ]{1,30}\))?|[A-Z]{2,5}-\d{1,3})$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex WireCode();

    // A tag or category list: "Tags: a, b", "Filed under: X", "Topics", "Related Topics".
    [GeneratedRegex(@"^(?:Tags?|Topics?|Keywords?|Labels?|Categories|Category|Filed (?:under|to|in)|Posted in|Related (?:Topics|tags|searches)|More about|Sections?)\b\s*(?::[^\n]*|>[^\n]*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex TagList();

    // Related-article links: "Read also: …", "More: …", "Recommended: …", "You might like: …", "Previous: …".
    [GeneratedRegex(@"^(?:»\s*)?(?:(?:Read|See) (?:also|more)|Also (?:read|see)|Read all related [\w ()]{1,30}|Read|Related(?: [A-Za-z]+){0,2}|More(?: from [^:\n]{1,40}| coverage| on this(?: story)?| videos| stories| news)?|Take a look|[A-Za-z]{1,5} recommends|Recommended(?: for you| reading| stories| posts)?|Trending(?: now)?|You (?:might|may) (?:also )?like|Don['’]t miss|Must read|Previous(?: (?:post|article|story))?|Next(?: (?:post|article|story))?)\s*(?::|–|—|»|\s-)[^\n]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex RelatedLink();

    // A heading that opens a list of related links.
    [GeneratedRegex(@"^(?:Read (?:also|more)|Also read|Related(?: [A-Za-z]+){0,2}|More|More (?:on this story|from [^:\n]{1,40}|stories|news)|Most (?:read|popular|viewed|shared)|Top (?:stories|news)|Trending(?: stories| now)?|Recommended(?: for you| posts| stories)?|You (?:might|may) (?:also )?like|Recent (?:posts|articles)|Latest (?:news|stories)|See also|Further reading|You may (?:also )?be interested in|Most (?:commented|emailed|e-mailed|watched|recent)|In (?:depth|other news|case you missed it|focus)|Also in (?:the news|this section)|Elsewhere(?: on [A-Za-z][\w .]{1,30})?|Stories you may (?:like|have missed)|You might have missed|Don['’]t miss|Editor['’]s (?:picks|choice)|Top headlines|Featured(?: stories| articles| news)?|Popular (?:now|stories|posts|articles)|What to read next|Read next|Up next|Recommended reading|More (?:headlines|top stories|videos)|Latest (?:headlines|updates|posts|articles)|Other (?:stories|news|articles)|(?:Around|From) the web|(?:Promoted|Sponsored) (?:stories|content|links)|From our partners|Must[- ]reads?|Keep reading)\s*:?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex ListHeading();

    // Live-blog and page labels that stand alone on a line.
    [GeneratedRegex(@"^(?:What we know(?: so far)?|Key (?:points|events|facts)|Story highlights|Highlights|Live(?: updates| blog)?|Breaking(?: news)?|Latest updates|Jump to content|Contact us|About us|Home|Published|Updated(?: on)?|Advertisement|Sponsored|Author|Source link|Email \*|Message \*|Name \*)\s*:?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex StandaloneLabel();

    // Live-blog instructions to the reader.
    [GeneratedRegex(@"^(?:This (?:report|page|blog) is (?:being )?updated|(?:Please )?refresh (?:the|this) page|Follow (?:our|the) live (?:coverage|updates|blog))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex LiveInstruction();

    // Reader-comment furniture.
    [GeneratedRegex(@"^(?:(?:\d+|No)\s+comments?:?|Comments?\s*(?:\(\d+\))?:?|Show \d+ (?:more )?(?:replies|reply|comments?)|(?:Log|Sign) in to (?:comment|reply|post a comment)|Start a (?:conversation|discussion)|(?:Add|Write|Post|Leave) (?:a |new |your )?comment|Comments are closed[^\n]*|You must be (?:logged|signed) in to (?:post a )?comment[^\n]*|Comments on:[^\n]*|Reply|Load more[^\n]*|Join the (?:conversation|discussion))\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex CommentFurniture();

    // A reader comment under a user name: "river_fan22: So sad.", "Anonymous said… Praying".
    [GeneratedRegex(@"^(?:[A-Za-z][A-Za-z0-9]*[_0-9][A-Za-z0-9_]*:\s|[A-Z][A-Za-z]{1,20} said(?:…|\.\.\.))", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ReaderComment();

    // Cookie and consent boxes.
    [GeneratedRegex(@"\b(?:uses?|using|accept|agree to|allow)\b[^\n]{0,40}\bcookies?\b|\bcookies?\b[^\n]{0,60}\b(?:policy|settings|preferences|consent|experience|personalise|personalize|traffic)\b|^Cookies\s*:|^By (?:using|continuing|browsing)\b[^\n]{0,80}\bagree\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex CookieBox();

    // Newsletter and app boxes.
    [GeneratedRegex(@"\bnewsletters?\b|\b(?:in|to) your inbox\b|^(?:Sign up|Subscribe|Download (?:the|our)|Get (?:the|our) [^\n]{0,30}app|Follow [^\n]{1,40} on (?:WhatsApp|Google News|Telegram|Facebook|Twitter|X|Instagram)|Stay up to date)|valid e-?mail address|breaking news e-?mails", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex NewsletterBox();

    // Copyright and site-ownership notices.
    [GeneratedRegex(@"^(?:Copyright\b|©|\(c\)\s*\d{4})|©|\bAll rights reserved\b|\bAll Rights Reserved\b|^Powered by\b|^Disclaimer\s*:|\bAI[- ]generated (?:summary|summarization|content)\b|may not be reproduced", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex CopyrightNotice();

    // A translation note: "[Translated automatically from X]", "(Machine-translated from X)", "Powered by automated translation".
    [GeneratedRegex(@"\b(?:(?:automatic(?:ally)?|machine|automated)[ -]+translat\w*|translat\w* (?:automatically|by machine)|translated from [A-Z][a-z]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex TranslationNote();

    // Credit and contribution lines: "(With inputs from agencies)", "Contributing: X", "X contributed to this report."
    [GeneratedRegex(@"^\(?\s*(?:With (?:inputs?|reports?|additional reporting|reporting) (?:from|by)|With (?:news )?(?:wire services|wires|agencies)|With files from|Based on reporting (?:by|from)|Contributing|Contributors?|Additional reporting(?: by)?|Compiled by|Edited by|Editor|Editing by|Writing by|Reporting by|Adds|Updates with|Recasts|Corrects)\b[^\n]*$|\bcontributed(?: to this (?:report|story|article))?\.?\)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex ContributionLine();

    // A byline: "By Name and Name", "Written by X", "Posted by X at 11:42 PM", "Posted on <date> by X in Y".
    [GeneratedRegex(@"^(?:By|Written by|Article by|Story by|Posted by|Posted on|Words by|Text by|Report by|Reported by|Published by)\s*:?\s+\S", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex BylineStart();

    // A desk or staff credit standing alone: "Online Desk", "Staff Reporter", "FP Staff".
    [GeneratedRegex(@"^(?:[A-Z][\w.&'’-]*\s+){0,4}(?:Staff|Desk|Reporter|Correspondent|Bureau|Newsroom|Team|Writer|Writers|Editors?)(?:\s+(?:Reporter|Writer|Service))?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DeskLine();

    // A photo-credit label opening a line.
    [GeneratedRegex(@"^(?:(?:AP|AFP|EPA|Reuters|Getty)\s+)?(?:Photo(?:graph)?s?|Images?|Pictures?|Pics?|Fotos?|Credit)(?:\s+(?:by|credit|source|via|courtesy))?\s*[:,]?\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex CreditLabel();

    // A caption closed by its credit: "… (Name Name/AGENCY)", "… [Photo/site]", "… PHOTO: AGENCY", "… Image source, X", "… AFP photo".
    [GeneratedRegex(@"(?:\((?:(?:AP|AFP|EPA) )?(?:Photo|Image|Picture)s?\b[^()\n]{0,80}\)|\([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\s?/\s?[A-Z][\w.'’ -]{1,30}(?:, File)?\)|\[(?:Photo|Image|Picture)[^\]\n]{0,80}\]|\[(?:AP|AFP|EPA|Reuters|Xinhua|Getty Images)\]|PHOTO:\s*[A-Z][A-Z .-]{1,40}|\b(?:Image|Photo) (?:source|credit),\s*[^\n]{1,60}|\b(?:AFP|AP|Reuters|EPA|Xinhua|Getty) (?:photo|Photo|PHOTO)|\((?:Courtesy|Photo courtesy)[^()\n]{1,60}\)|\b(?:Photo|Picture|Image|Credit)s?(?: credit| by)?:\s*[A-Z][\w.'’/ -]{1,50})\.?\s*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex CaptionCredit();

    // A caption by its opening words: "This image made available by …", "TOPSHOT - …", "Image caption, …".
    [GeneratedRegex(@"^(?:TOPSHOT\b|This (?:handout )?(?:image|photo|picture|photograph) (?:made available|provided|released|taken|shows|was)|(?:Photo|Image|Picture) (?:grabbed|taken|shows|provided)|(?:Image|Photo|Media) (?:caption|source)\s*[,:]|\[(?:Image|Photo|Picture)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex CaptionOpening();

    // Picture galleries: "Picture gallery | 1 of 7", "Photo 1 of 45 · Next", "The gallery will resume in seconds".
    [GeneratedRegex(@"^(?:(?:Picture|Photo|Image)s?(?: gallery)?\s*\|?\s*\d+\s+of\s+\d+|(?:The )?gallery will (?:resume|continue))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Gallery();

    // Embedded-video titles and descriptions.
    [GeneratedRegex(@"^(?:\[(?:Embedded )?video\]|(?:Media|Video) caption\s*[:,]|Video (?:credit|source)\s*:|Watch(?: the video| video)?\s*:|Related videos|More videos|[^\n]{0,80}\bDuration:?\s*\d{1,2}:\d{2})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex VideoLine();

    // A breadcrumb: "Home » World » Europe", "WORLD > ASIA".
    [GeneratedRegex(@"^[A-Za-z][\w&' ]{0,25}(?:\s[»>›]\s[A-Za-z][\w&' ]{0,25}){1,5}", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Breadcrumb();

    // A shortcode, template or style rule left in text: "[gallery ids="1,2"]", "#box {display:none;}".
    [GeneratedRegex(@"^(?:\[[a-z][a-z0-9_-]{2,30}(?:\s+[a-z_]+=[^\]\n]*)?\]|[#.]?[A-Za-z][\w-]*(?:\s*[\w#.:>-]+)*\s*\{[^{}\n]*\})$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TemplateLine();

    // HTML tags left in a text file, and Markdown image/link targets.
    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>\n]{0,300})?/?>|!\[[^\]\n]{0,200}\]\([^)\s]{1,300}\)|\]\([^)\s]{1,300}\)", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Markup();

    // An HTML entity left in text.
    [GeneratedRegex(@"&(?:[A-Za-z]{2,8}|#\d{1,6}|#x[0-9A-Fa-f]{1,6});", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Entity();

    // A URL standing alone on a line.
    [GeneratedRegex(@"^(?:https?://|www\.)\S+$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex BareUrl();

    // A time of day, a numeric date, or a day/year number.
    [GeneratedRegex(@"^(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[ap]\.?m\.?)?|\d{1,2}(?:[ap]\.?m\.?|h|hrs)|\d{1,4}(?:[-/.]\d{1,4}){1,2}|\d{1,2}-[A-Za-z]{3}-\d{2,4}|\d{1,4}(?:st|nd|rd|th)?|[ap]\.m\.?|AM|PM|am|pm)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex TimeToken();

    private static readonly HashSet<string> s_dateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august",
        "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday",
        "sat", "saturday", "sun", "sunday",
        "utc", "gmt", "bst", "cet", "cest", "eet", "eest", "wet", "ist", "pkt", "sgt", "jst", "kst", "hkt", "aest", "aedt", "nzst", "nzdt",
        "edt", "est", "et", "cdt", "cst", "ct", "mdt", "mst", "pdt", "pst", "pt", "msk", "wib", "eat", "cat", "wat", "sast", "ast", "trt",
        "published", "updated", "posted", "last", "modified", "originally", "date", "time", "publish", "edited", "update", "on", "at", "as", "of", "first",
        "day", "month", "year", "the", "live", "ago", "hour", "hours", "minute", "minutes", "min", "mins", "days", "weeks", "months", "years", "local", "-", "–", "—", "|", "·", "•", "/", ",", "at:", "on:",
    };

    private static readonly HashSet<string> s_socialWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "shares", "share:", "this", "this:", "article", "article:", "page", "page:", "post", "story", "story:", "news", "update", "update:",
        "on", "to", "to:", "via", "with", "your", "friends", "us", "follow", "tweet", "email", "e-mail", "mail", "print", "printable", "version",
        "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "pinterest", "reddit", "messenger", "vk", "ok", "fb", "google+",
        "instagram", "youtube", "tiktok", "flipboard", "pocket", "copy", "link", "comments", "comment", "like", "loading...", "loading",
        "f", "t", "g+", "in", "compartir:", "compartir", "teilen", "partager", "condividi", "|", "·", "•", "/", "-", "–", "quote", "save",
    };

    private static readonly HashSet<string> s_nameConnectors = new(StringComparer.Ordinal)
    {
        "and", "&", "of", "the", "for", "in", "at", "with", "de", "da", "del", "van", "von", "al", "el", "bin", "staff", "desk", "reporter",
        "reporters", "writer", "writers", "correspondent", "editor", "editors", "on", "from", "by", "•", "|", ",", "-", "–", "—", "in:", "a",
    };

    /// <summary>Every residue line (and markup span) of <paramref name="text"/>, each with its kind and rule.</summary>
    public static List<RemovedBlock> Find(string text) => Find(text, []);

    /// <summary>Every residue line of <paramref name="text"/>; <paramref name="earlier"/> are removals other rules already made
    /// (a line they wholly cover counts as removed when the headline and the neighbours of a line are judged).</summary>
    public static List<RemovedBlock> Find(string text, IReadOnlyList<RemovedBlock> earlier)
    {
        var result = new List<RemovedBlock>();
        var lines = Lines(text);
        var firstContent = lines.FindIndex(l => l.Trimmed.Length > 0);
        var inList = 0; // headline lines still allowed after a list heading
        var otherStories = false; // the list heading names a box of other stories (its headlines may carry figures)
        var captions = new List<string>();
        var table = PipeTableRows(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, end, t) = lines[i];
            if (t.Length == 0 || (table is not null && table[i]))
            {
                continue; // a Markdown table's header and rows are the table (figures read its columns from the header)
            }
            (string Kind, string Rule)? hit = null;
            if (inList > 0 && (IsHeadlineShape(t) || (otherStories && IsOtherStoryHeadline(t))))
            {
                hit = ("related", "headline in a list of related-article links");
                inList--;
            }
            else if (IsCommentThread(t))
            {
                hit = ("comments", "comment box on one line (a comment between its reply and log-in controls)");
            }
            else
            {
                inList = 0;
                hit = Classify(t, i == firstContent);
                if (IsListHeading(t))
                {
                    inList = 8;
                    otherStories = OtherStoriesHeading().IsMatch(t);
                }
            }
            if (hit is { } h)
            {
                if (h.Kind == "caption")
                {
                    // A caption's words stay (copies of one story share them: evidence of reuse); its credit goes, and a
                    // second copy of the caption without its credit goes as a repeat.
                    captions.Add(Key(WithoutCredit(t)));
                    var at = text.IndexOf(t, start, StringComparison.Ordinal);
                    if (CaptionCredit().Match(t) is { Success: true } credit)
                    {
                        result.Add(new RemovedBlock("credit", credit.Value, at + credit.Index, at + credit.Index + credit.Length, "photo credit closing a caption (the caption stays)"));
                    }
                    else if (SlashCredit().Match(t) is { Success: true, Index: > 0 } slash)
                    {
                        result.Add(new RemovedBlock("credit", slash.Value, at + slash.Index, at + slash.Index + slash.Length, "agency credit after a spaced slash closing a caption (the caption stays)"));
                    }
                    else if (NoticeCaptionPart(t) is { Success: true, Length: > 0 } part)
                    {
                        result.Add(new RemovedBlock("credit", part.Value, at + part.Index, at + part.Index + part.Length, part.Index == 0 ? "a caption's label (the caption stays)" : "credit closing a caption after a bar, a dash or in square brackets (the caption stays)"));
                    }
                    continue;
                }
                if (h.Kind == "repeated_block")
                {
                    // Only the second copy of a doubled line goes, so the line is still read once (and counted as a self-repeat).
                    var at = text.IndexOf(t, start, StringComparison.Ordinal);
                    var second = at + (t.Length / 2);
                    result.Add(new RemovedBlock(h.Kind, text[second..(at + t.Length)], second, at + t.Length, h.Rule));
                    continue;
                }
                // A removed line that states a date keeps it (removed[].date), so furniture never takes a date away.
                result.Add(new RemovedBlock(h.Kind, text[start..end], start, end, h.Rule) { Date = DateIn(t) });
            }
        }
        StandingLines(text, lines, firstContent, result, earlier, table);
        TrailingHeadlines(text, lines, firstContent, result, earlier, table);
        CaptionLines(text, lines, firstContent, result, earlier, table);
        TruncatedPreviews(text, lines, result, earlier);
        CommentTexts(text, lines, firstContent, result, earlier, table);
        CommentZone(text, lines, firstContent, result, earlier, table);
        FurnitureRuns(text, lines, firstContent, result, earlier, table);
        // A caption repeated elsewhere without its credit is the same caption.
        if (captions.Count > 0)
        {
            var removed = result.Select(r => r.Start).ToHashSet();
            foreach (var (start, end, t) in lines)
            {
                if (t.Length > 0 && !removed.Contains(start) && !t.Any(char.IsDigit) && captions.Contains(Key(t)) && Key(t).Length >= 12)
                {
                    // Recorded as a repeat: the text said the same thing twice (the reuse stage counts it as a self-repeat).
                    result.Add(new RemovedBlock("repeated_block", text[start..end], start, end, "photo caption repeated without its credit"));
                }
            }
        }
        // A caption or post that carries a figure stays; only its credit or picture link goes.
        var whole = result.Select(r => r.Start).ToHashSet();
        whole.UnionWith(result.Where(r => r.Kind == "credit").Select(r => text.LastIndexOf('\n', Math.Max(0, r.Start - 1)) + 1));
        foreach (var (start, _, t) in lines)
        {
            if (t.Length == 0 || whole.Contains(start) || !(HasBareFigure(t) || PictureLink().IsMatch(t)))
            {
                continue;
            }
            var offset = text.IndexOf(t, start, StringComparison.Ordinal);
            if (HasBareFigure(t) && CaptionCredit().Match(t) is { Success: true } c)
            {
                result.Add(new RemovedBlock("credit", c.Value, offset + c.Index, offset + c.Index + c.Length, "photo credit closing a caption that carries a figure (the caption stays)"));
            }
            foreach (Match l in PictureLink().Matches(t))
            {
                result.Add(new RemovedBlock("embed", l.Value, offset + l.Index, offset + l.Index + l.Length, "picture link of an embedded post (the post's words stay)"));
            }
        }
        CreditedCopies(text, lines, result, earlier);
        WireSlugsAndCodes(text, lines, result, earlier);
        foreach (Match m in Markup().Matches(text))
        {
            result.Add(new RemovedBlock("markup", m.Value, m.Index, m.Index + m.Length, "HTML tag or Markdown image/link target left in the text"));
        }
        foreach (Match m in Entity().Matches(text))
        {
            // "&amp;" keeps its "&": only the entity's name goes, so "A&amp;B" reads "A&B".
            var cut = m.Value.Equals("&amp;", StringComparison.OrdinalIgnoreCase) ? (m.Index + 1, m.Index + m.Length) : (m.Index, m.Index + m.Length);
            result.Add(new RemovedBlock("markup", text[cut.Item1..cut.Item2], cut.Item1, cut.Item2, "HTML entity left in the text"));
        }
        return result;
    }

    /// <summary>The lines of <paramref name="lines"/> that are a Markdown pipe table's header or rows, or null when the text has none.</summary>
    /// <remarks>A table is a row of cells between pipes followed by a separator row ("|---|:---:|"); its rows run on while lines
    /// start with a pipe. The separator itself is not marked: it carries no words and may go as furniture.</remarks>
    internal static bool[]? PipeTableRows(List<(int Start, int End, string Trimmed)> lines)
    {
        bool[]? rows = null;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (!IsPipeRow(lines[i].Trimmed) || !IsPipeSeparator(lines[i + 1].Trimmed))
            {
                continue;
            }
            rows ??= new bool[lines.Count];
            rows[i] = true;
            var j = i + 2;
            for (; j < lines.Count && lines[j].Trimmed.StartsWith('|') && !IsPipeSeparator(lines[j].Trimmed); j++)
            {
                rows[j] = true;
            }
            i = j - 1;
        }
        return rows;
    }

    /// <summary>Whether the line holding <paramref name="at"/> is followed directly by a pipe table's separator row.</summary>
    internal static bool HeadsPipeTable(string text, int at)
    {
        var nl = text.IndexOf('\n', at);
        if (nl < 0)
        {
            return false;
        }
        var next = text.IndexOf('\n', nl + 1);
        return IsPipeSeparator(text[(nl + 1)..(next < 0 ? text.Length : next)].Trim());
    }

    // A row of cells with a pipe between them ("| a | b |", "a | b"), not itself a separator.
    private static bool IsPipeRow(string t) => t.Contains('|', StringComparison.Ordinal) && !IsPipeSeparator(t);

    // A table's separator row: pipes, dashes (three or more in all), colons and spaces only ("|---|:--:|", "--- | ---").
    private static bool IsPipeSeparator(string t)
    {
        if (t.Length < 3 || !t.Contains('|', StringComparison.Ordinal))
        {
            return false;
        }
        var dashes = 0;
        foreach (var c in t)
        {
            if (c == '-')
            {
                dashes++;
            }
            else if (c is not ('|' or ':' or ' ' or '\t'))
            {
                return false;
            }
        }
        return dashes >= 3;
    }

    private static readonly string[] s_dateFormats =
    [
        "d MMMM yyyy", "d MMM yyyy", "MMMM d yyyy", "MMM d yyyy", "yyyy-MM-dd", "d.M.yyyy", "d.M.yy",
    ];

    /// <summary>The first calendar date written in <paramref name="line"/>, ISO, or null.</summary>
    internal static string? DateIn(string line)
    {
        if (!HasDigit(line))
        {
            return null; // every form of the pattern has a digit
        }
        var m = CalendarDate().Match(line);
        return m.Success ? ParseDate(m.Value) : null;
    }

    /// <summary>The earliest calendar date a line states (ISO), or null: a stamp "Published 4 May 2021 | Updated 6 May 2021", in
    /// either order, dates the page's first publication.</summary>
    internal static string? EarliestDateIn(string line)
    {
        if (!HasDigit(line))
        {
            return null;
        }
        string? best = null;
        foreach (Match m in CalendarDate().Matches(line))
        {
            if (ParseDate(m.Value) is { } d && (best is null || string.CompareOrdinal(d, best) < 0))
            {
                best = d;
            }
        }
        return best;
    }

    private static string? ParseDate(string value)
    {
        var words = Ordinal().Replace(value, "$1").Replace(",", " ", StringComparison.Ordinal).Replace(". ", " ", StringComparison.Ordinal);
        words = string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (words.Contains('/', StringComparison.Ordinal))
        {
            // A slashed date is read only when its order is plain: a part above 12 is the day, or both parts are the same ("7/7/2013").
            var p = words.Split('/');
            var (a, b) = (int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture));
            var y = int.Parse(p[2], CultureInfo.InvariantCulture);
            y = y < 100 ? 2000 + y : y;
            var (month, day) = a > 12 && b <= 12 ? (b, a) : (b > 12 || a == b) && a <= 12 ? (a, b) : (0, 0);
            return month > 0 && day <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        }
        if (words.StartsWith("Sept ", StringComparison.Ordinal))
        {
            words = "Sep " + words[5..];
        }
        if (DateTime.TryParseExact(words, s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d))
        {
            return d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        // A dotted date whose second part cannot be a month is month-first, as US pages print it ("Published: 11.24.19");
        // both parts 12 or below stay day-first (the formats above).
        var dots = words.Split('.');
        if (dots.Length == 3 && dots.All(x => x.Length is >= 1 and <= 4 && x.All(char.IsAsciiDigit)) && dots[0].Length <= 2 && dots[1].Length <= 2)
        {
            var (m, day, y) = (int.Parse(dots[0], CultureInfo.InvariantCulture), int.Parse(dots[1], CultureInfo.InvariantCulture), int.Parse(dots[2], CultureInfo.InvariantCulture));
            y = y < 100 ? 2000 + y : y;
            if (m is >= 1 and <= 12 && day > 12 && y is >= 1900 and <= 2099 && day <= DateTime.DaysInMonth(y, m))
            {
                return new DateOnly(y, m, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }
        return null;
    }

    /// <summary>The kind and rule of one trimmed line, or null for content.</summary>
    internal static (string Kind, string Rule)? Classify(string t, bool firstLine)
    {
        var words = WordCount(t);
        var sentence = EndsLikeSentence(t);
        if (IsCommentCountTitle(t))
        {
            return ("comments", "comment count over a post's title (its quotation marks hold the title, not someone's words)");
        }
        if (IsForumFurniture(t))
        {
            return ("comments", "forum or comment-box furniture (member fields, post numbers, quote headers, like counts, archive counts)");
        }
        if (IsCommentLead(t))
        {
            return ("comments", "reader comment under its writer's name (\"Name said… text\", \"Name wrote: text\", \"Name says:\")");
        }
        if (HasQuotation(t) || (firstLine && HasBareFigure(t)))
        {
            return null; // a quotation, or a headline's figure, is content whatever the line's shape
        }
        // Each pattern runs only on a line that can match it (ResidueLines.Spans.cs): the cheap conditions come first, then
        // the guard written from the pattern (the characters it opens with, a word it needs), then the pattern.
        if (MayOpen(t, s_endMarkerOpeners) && EndMarker().IsMatch(t))
        {
            return ("end_marker", "end-of-copy marker");
        }
        if ((MayBeWireCode(t) && WireCode().IsMatch(t)) || (t.Length is >= 2 and <= 6 && t.All(char.IsAsciiLetterUpper))
            || (words <= 6 && MayOpen(t, s_dashes) && !HasDigit(t) && DashSignature().IsMatch(t)))
        {
            return ("wire_tag", "wire desk code, dash signature or agency initials standing alone");
        }
        if ((t.Length > 0 && (t[0] == '[' || t.Contains('{', StringComparison.Ordinal)) && TemplateLine().IsMatch(t)) || (MayOpen(t, s_urlOpeners) && BareUrl().IsMatch(t)))
        {
            return ("markup", "shortcode, style rule or bare URL line");
        }
        if (t.Length > 6 && (t[0] == '[' || t[^1] == ']') && IsWikiHeading(t))
        {
            return ("markup", "a wiki's section heading with its edit link");
        }
        if (words <= 30 && (t.Contains("pic.twitter.com/", StringComparison.Ordinal) || t.Contains("(@", StringComparison.Ordinal)) && EmbeddedPost().IsMatch(t) && !HasPictureLink(t))
        {
            return ("embed", "embedded social-media post");
        }
        if (words <= 16 && t.Contains('@', StringComparison.Ordinal) && ContactToken().IsMatch(t) && !(sentence && words > 8) && !HasBareFigure(t))
        {
            return ("contact", "reporter e-mail or social handle line");
        }
        if (words <= 10 && TranslationNote().IsMatch(t))
        {
            return ("translation_note", "machine-translation note");
        }
        if (words <= 60 && MayHold(t, s_cookieWords) && CookieBox().IsMatch(t))
        {
            return ("cookie", "cookie or consent notice");
        }
        if ((MayBeCommentFurniture(t) && CommentFurniture().IsMatch(t)) || (words <= 40 && MayBeReaderComment(t) && ReaderComment().IsMatch(t)))
        {
            return ("comments", "reader-comment furniture or comment");
        }
        if (words <= 40 && MayBeCopyright(t) && CopyrightNotice().IsMatch(t))
        {
            return ("copyright", "copyright or site-ownership notice");
        }
        if (words <= 40 && MayBeNewsletter(t) && NewsletterBox().IsMatch(t) && !HasBareFigure(t))
        {
            return ("newsletter", "newsletter, app or follow box");
        }
        if (words <= 30 && MayBeTagList(t) && TagList().IsMatch(t) && !(sentence && words > 6 && !t.Contains(':', StringComparison.Ordinal)))
        {
            return ("tags", "tag, topic or category list");
        }
        if (words <= 40 && MayHold(t, s_videoWords) && VideoLine().IsMatch(t))
        {
            return ("video", "embedded-video title or description");
        }
        if (MayOpen(t, s_galleryOpeners) && Gallery().IsMatch(t))
        {
            return ("gallery", "picture-gallery counter");
        }
        if (words <= 40 && !firstLine && ContainsAny(t, s_relatedSeparators) && RelatedLink().IsMatch(t))
        {
            return ("related", "related-article link line");
        }
        if ((MayBeStandaloneLabel(t) && StandaloneLabel().IsMatch(t)) || IsListHeading(t) || (MayOpen(t, s_liveInstructionOpeners) && MayHold(t, s_liveInstructionWords) && LiveInstruction().IsMatch(t)))
        {
            return ("label", "section, live-blog or page label standing alone");
        }
        if (IsTimestamp(t))
        {
            return ("timestamp", "date/time line (publication or update stamp)");
        }
        if (words <= 25 && MayBeContribution(t) && ContributionLine().IsMatch(t)
            && (t.Contains('(', StringComparison.Ordinal) || !sentence || MentionsPress(t)))
        {
            return ("credit_line", "wire credit or contribution line");
        }
        if (IsCreditOnly(t))
        {
            return ("credit", "photo credit standing alone");
        }
        if (!firstLine && words <= 45 && ((MayHaveCaptionCredit(t) && CaptionCredit().IsMatch(t)) || (MayOpen(t, s_captionOpeners) && CaptionOpening().IsMatch(t)))
            && !HasBareFigure(t) && !Reports(t))
        {
            return ("caption", "photo caption with its credit");
        }
        if (IsBracketedTag(t))
        {
            return ("wire_tag", "bracketed or parenthesised outlet/agency tag");
        }
        if (IsByline(t) || (words <= 6 && t.Length > 0 && char.IsAsciiLetterUpper(t[0]) && DeskLine().IsMatch(t)) || IsAgencyCredit(t))
        {
            return ("byline", "byline or desk credit");
        }
        if (IsShareBar(t) || (t.StartsWith("Like this", StringComparison.OrdinalIgnoreCase) && words <= 4))
        {
            return ("share", "share bar");
        }
        if (words <= 16 && !sentence && Breadcrumb().IsMatch(t))
        {
            return ("section_label", "breadcrumb or section path");
        }
        if (IsDoubled(t))
        {
            return ("repeated_block", "a sentence doubled on one line (the second copy goes)");
        }
        if (IsSegmentedFurniture(t, firstLine))
        {
            return ("section_label", "line of short furniture fields (site, section, byline, date) between separators");
        }
        if (!firstLine && MayBeForeignFurniture(t) && ForeignFurniture(t, words) is { } foreign)
        {
            return foreign;
        }
        return ClassifyMore(t, firstLine);
    }

    /// <summary>A comment box on one line: a comment and its controls between bars ("Comments: … | Show 3 replies | Log in to comment").</summary>
    private static bool IsCommentThread(string t)
    {
        var first = t.AsSpan().IndexOfAny(s_barSeparators);
        if (first < 0 || t.AsSpan(first + 1).IndexOfAny(s_barSeparators) < 0)
        {
            return false; // three parts need two bars
        }
        var parts = t.Split(['|', '·'], StringSplitOptions.TrimEntries);
        return parts.Length >= 3 && parts.Count(p => CommentFurniture().IsMatch(p)) >= 2;
    }

    // The words of t.Replace(",", " ,"), read in place (CommaWords).
    private static bool IsTimestamp(string t)
    {
        if (!HasDigit(t))
        {
            return false;
        }
        var count = 0;
        foreach (var _ in new CommaWords(t))
        {
            count++;
        }
        if (count is 0 or > 16)
        {
            return false;
        }
        foreach (var w in new CommaWords(t))
        {
            if (!(s_dateWordLookup.Contains(w.TrimEnd(s_colonPointComma)) || IsTimeToken(w.TrimEnd(s_commaColon)) || w is "," or ":" || IsZoneOffset(w)))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_dateWordLookup = s_dateWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly char[] s_colonPointComma = [':', '.', ','];
    private static readonly char[] s_commaColon = [',', ':'];

    private static bool IsZoneOffset(ReadOnlySpan<char> w)
    {
        if (!(w.StartsWith("GMT", StringComparison.OrdinalIgnoreCase) || w.StartsWith("UTC", StringComparison.OrdinalIgnoreCase)) || w.Length > 9)
        {
            return false;
        }
        foreach (var c in w[3..])
        {
            if (!(char.IsDigit(c) || c is '+' or '-' or ':'))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsCreditOnly(string t)
    {
        var s = t.TrimStart('-', '–', '—', ' ').Trim();
        var wrapped = s.Length > 2 && ((s[0] == '(' && s[^1] == ')') || (s[0] == '[' && s[^1] == ']'));
        if (wrapped)
        {
            s = s[1..^1].Trim();
        }
        var label = MayOpen(s, s_creditLabelOpeners) && MayHold(s, s_creditLabelWords) ? CreditLabel().Match(s) : Match.Empty;
        var labelled = label.Success && label.Length > 0;
        var rest = labelled ? s[label.Length..].Trim() : s;
        if (rest.Length == 0 || HasDigit(rest) || EndsLikeSentence(rest) || WordCount(rest) > 10)
        {
            return false; // more than ten words stay more than ten once "/" and "," stand apart
        }
        var tokens = Tokens(rest.Replace("/", " / ", StringComparison.Ordinal).Replace(",", " , ", StringComparison.Ordinal));
        if (tokens.Count > 10)
        {
            return false;
        }
        var named = tokens.All(w => char.IsUpper(w[0]) || w is "/" or "," or "File" or "via" or "of" or "the" or "de" or "and" or "/");
        // "Image credit: Social media": a credit label and a short source.
        return (named && (labelled || rest.Contains('/', StringComparison.Ordinal))) || (labelled && tokens.Count <= 3 && label.Value.Contains(':', StringComparison.Ordinal));
    }

    private static bool IsBracketedTag(string t)
    {
        if (t.Length < 3 || !((t[0] == '(' && t[^1] == ')') || (t[0] == '[' && t[^1] == ']')))
        {
            return false;
        }
        var inner = t[1..^1].Trim();
        var tokens = Tokens(inner.Replace("/", " ", StringComparison.Ordinal).Replace(",", " ", StringComparison.Ordinal));
        return tokens.Count is > 0 and <= 6 && !inner.Any(char.IsDigit) && tokens.All(w => char.IsUpper(w[0]) || s_nameConnectors.Contains(w));
    }

    private static bool IsByline(string t)
    {
        if (WordCount(t) > 20 || !MayOpen(t, s_bylineOpeners) || !MayHold(t, s_bylineWords) || !BylineStart().IsMatch(t) || (EndsLikeSentence(t) && WordCount(t) > 5))
        {
            return false;
        }
        var first = t.IndexOf(' ', StringComparison.Ordinal);
        var rest = Tokens(t[(first + 1)..]);
        if (rest.Count == 0 || s_dateWords.Contains(rest[0].TrimEnd(',', ':')) && !t.StartsWith("Posted", StringComparison.OrdinalIgnoreCase))
        {
            return false; // "By Monday, …" is a time, not a name
        }
        return rest.All(w => char.IsUpper(w[0]) || !char.IsLetter(w[0]) || s_nameConnectors.Contains(w.ToLowerInvariant())
            || s_dateWords.Contains(w.TrimEnd(',', '.', ':')) || w.Contains('@', StringComparison.Ordinal) || IsTimeToken(w.TrimEnd(',')) || w is "by:");
    }

    // "Name Name, The Associated Press", "Agency, City,", "Outlet and agencies", "Agency, with a report from Outlet".
    private static bool IsAgencyCredit(string t)
    {
        var s = t.Trim('(', ')', ' ', '–', '—', '-');
        if (HasDigit(s) || s.EndsWith('.') || s.EndsWith('!') || s.EndsWith('?') || s.EndsWith(':') || !MentionsPress(s) || WordCount(s) is 0 or > 9)
        {
            return false;
        }
        var tokens = Tokens(s);
        return tokens.All(w => char.IsUpper(w[0]) || s_nameConnectors.Contains(w) || w is "agencies" or "report" or "reports" or "wires");
    }

    private static bool IsShareBar(string t)
    {
        // Every word must be a share-bar word: a word of the line with no bar in it that is not one rules the line out
        // before the bars are set apart (they only cut words further).
        if (WordCount(t) > 20)
        {
            return false;
        }
        foreach (var w in new Words(t))
        {
            if (w.IndexOfAny(s_barSeparators) < 0 && !IsSocialWord(w))
            {
                return false;
            }
        }
        var tokens = Tokens(t.Replace("|", " | ", StringComparison.Ordinal).Replace("·", " · ", StringComparison.Ordinal));
        if (tokens.Count is 0 or > 20)
        {
            return false;
        }
        var social = tokens.Count(w => IsSocialWord(w));
        var networks = tokens.Count(w => w.TrimEnd(':', ',').ToLowerInvariant() is "facebook" or "twitter" or "whatsapp" or "telegram" or "linkedin" or "pinterest" or "email" or "e-mail" or "tweet" or "share" or "print" or "vk" or "reddit" or "x" or "fb" or "google+" or "comments");
        return social == tokens.Count && networks >= 2;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_socialLookup = s_socialWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsSocialWord(ReadOnlySpan<char> w)
    {
        if (s_socialLookup.Contains(w.TrimEnd(s_colonComma)))
        {
            return true;
        }
        var letterOrDigit = false;
        foreach (var c in w)
        {
            letterOrDigit |= char.IsLetterOrDigit(c);
        }
        return !letterOrDigit || (HasDigit(w) && w.Length <= 5);
    }

    private static readonly char[] s_colonComma = [':', ','];

    private static bool IsDoubled(string t)
    {
        if (t.Length < 30 || t.Length % 2 == 0)
        {
            return false;
        }
        var half = t.Length / 2;
        return t[half] == ' ' && t.AsSpan(0, half).SequenceEqual(t.AsSpan(half + 1));
    }

    private static bool IsSegmentedFurniture(string t, bool firstLine)
    {
        if (!ContainsAny(t, s_segmentSeparators))
        {
            return false; // one part
        }
        var parts = t.Split(['|', '·', '•'], StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || WordCount(t) > 40 || IsCounterBar(t))
        {
            return false;
        }
        var furniture = 0;
        foreach (var p in parts)
        {
            if (p.Length == 0)
            {
                furniture++;
                continue;
            }
            var w = WordCount(p);
            if (p.All(c => char.IsDigit(c) || c is ',' or '.' or ' ') && p.Count(c => c == '.') <= 1)
            {
                return false; // a table row of figures
            }
            if (IsTimestamp(p) || Classify(p, false) is not null || IsLabelled(p))
            {
                furniture++;
                continue;
            }
            if (p.Any(char.IsDigit) || EndsLikeSentence(p) || w > 6 || (firstLine && w > 3))
            {
                return false;
            }
            furniture++;
        }
        return furniture == parts.Length;
    }

    // A "Label: value" field of page furniture (keywords, source, editor, author, date).
    private static bool IsLabelled(string p)
    {
        var colon = p.IndexOf(':', StringComparison.Ordinal);
        var label = (colon > 0 ? p[..colon] : p.Split(' ')[0]).Trim().ToLowerInvariant();
        return label is "source" or "editor" or "author" or "keywords" or "date" or "format" or "posted" or "published" or "updated" or "last updated"
            or "written by" or "by" or "photo" or "credit" or "category" or "section" || p.EndsWith(" min read", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsHeadlineShape(string t)
    {
        var w = WordCount(t);
        return w is >= 1 and <= 18 && (!EndsLikeSentence(t) || t.EndsWith('?')) && !HasBareFigure(t) && (t.TrimStart('»', '-', '–', '•', ' ') is { Length: > 0 } opening && char.IsUpper(opening[0]) || t[0] is '»' or '-' or '–' or '•' or '‘' or '\'' or '"');
    }

    // Words inside quotation marks of any language ("…", “…”, „…“, «…», 「…」): someone's words, never furniture.
    private static bool HasQuotation(string t)
    {
        var open = t.AsSpan().IndexOfAny(s_openingQuotes);
        if (open < 0)
        {
            return false;
        }
        var close = t.AsSpan(open + 1).IndexOfAny(s_closingQuotes);
        if (close < 0)
        {
            return false;
        }
        var inner = t.AsSpan(open + 1, close);
        if (inner.ContainsAny('|', '·'))
        {
            return false; // "« previous | next »": arrows around a bar of links, not someone's words
        }
        // Three words, or six letters of a script written without spaces.
        return WordCount(inner) >= 3 || (inner.Length >= 6 && UnspacedLetters(inner));
    }

    // Letters, most of them of a script written without spaces (CJK, Thai, …).
    private static bool UnspacedLetters(ReadOnlySpan<char> s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }
        return letters >= 6 && !LineScore.SpacedScript(s.ToString());
    }

    private static readonly SearchValues<char> s_openingQuotes = SearchValues.Create("“\"„«「『");
    private static readonly SearchValues<char> s_closingQuotes = SearchValues.Create("”\"“»」』");

    private static bool HasBareFigure(string t)
    {
        if (!HasDigit(t))
        {
            return false;
        }
        foreach (var w in new Words(t))
        {
            if (IsBareFigure(w))
            {
                return true;
            }
        }
        return false;
    }

    // A reporting verb: a sentence that reports speech is a paragraph, not a caption.
    private static bool Reports(string t) =>
        t.Contains(" said", StringComparison.Ordinal) || t.Contains(" says", StringComparison.Ordinal) || t.Contains(" told ", StringComparison.Ordinal)
        || t.Contains("according to", StringComparison.OrdinalIgnoreCase);

    // Reports over a whole line, its first word included ("said …", "told …"): what Reports(" " + t) reads, without a new string.
    private static bool ReportsFromStart(string t) => Reports(t)
        || t.StartsWith("said", StringComparison.Ordinal) || t.StartsWith("says", StringComparison.Ordinal) || t.StartsWith("told ", StringComparison.Ordinal);

    // One pass for each case rule; a line with a letter that ignoring case may equate with an ASCII one is read word by word.
    private static bool MentionsPress(string t) => !HasCaseVariant(t)
        ? t.AsSpan().ContainsAny(s_pressNames) || t.AsSpan().ContainsAny(s_pressWords)
        : t.Contains("Press", StringComparison.Ordinal) || t.Contains("Reuters", StringComparison.Ordinal) || t.Contains("AFP", StringComparison.Ordinal)
        || t.Contains("agencies", StringComparison.OrdinalIgnoreCase) || t.Contains("writer", StringComparison.OrdinalIgnoreCase)
        || t.Contains("correspondent", StringComparison.OrdinalIgnoreCase) || t.Contains("staff", StringComparison.OrdinalIgnoreCase)
        || t.Contains("News", StringComparison.Ordinal) || t.Contains("CNN", StringComparison.Ordinal) || t.Contains("BBC", StringComparison.Ordinal);

    private static readonly SearchValues<string> s_pressNames = SearchValues.Create(["Press", "Reuters", "AFP", "News", "CNN", "BBC"], StringComparison.Ordinal);
    private static readonly SearchValues<string> s_pressWords = AnyCase("agencies", "writer", "correspondent", "staff");

    private static bool EndsLikeSentence(string t)
    {
        var s = t.TrimEnd();
        return s.Length > 0 && s[^1] is '.' or '!' or '?' or '"' or '”' or '’';
    }

    private static string WithoutCredit(string t)
    {
        var m = CaptionCredit().Match(t);
        var s = m.Success ? t[..m.Index] : SlashCredit().Match(t) is { Success: true, Index: > 0 } slash ? t[..slash.Index] : t;
        if (NoticeCaptionPart(s) is { Success: true, Length: > 0 } part)
        {
            s = part.Index == 0 ? s[part.Length..] : s[..part.Index];
        }
        var label = CreditLabel().Match(s);
        return label.Success && label.Length > 0 && label.Index == 0 ? s[label.Length..] : s;
    }

    private static string Key(string s)
    {
        var label = CreditLabel().Match(s);
        if (label.Success && label.Index == 0 && label.Length > 0)
        {
            s = s[label.Length..];
        }
        return new string([.. s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
    }

    private static int WordCount(string t) => WordCount(t.AsSpan());

    private static List<string> Tokens(string t) => [.. t.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)];

    private static List<(int Start, int End, string Trimmed)> Lines(string text)
    {
        var list = new List<(int, int, string)>();
        var start = 0;
        while (start < text.Length)
        {
            var nl = text.IndexOf('\n', start);
            var end = nl < 0 ? text.Length : nl + 1;
            list.Add((start, end, text[start..(nl < 0 ? text.Length : nl)].Trim()));
            start = end;
        }
        return list;
    }
}
