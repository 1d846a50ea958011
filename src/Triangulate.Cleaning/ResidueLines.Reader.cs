using System.Buffers;
using System.Text.RegularExpressions;

namespace Triangulate.Cleaning;

/// <summary>More kinds of page furniture: lines that address the reader about the page (calls to action, comment forms,
/// the page speaking of itself), timestamps followed by a short credit, counters and reaction bars, outlet-name lines,
/// credits glued to the end of a caption, and placeholders left where a picture, an advert or a template tag was.</summary>
internal static partial class ResidueLines
{
    // Verbs that, opening a sentence, tell the reader to do something with the page, the app or the outlet.
    private static readonly HashSet<string> s_pageVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "click", "tap", "download", "subscribe", "sign", "log", "login", "register", "follow", "share", "like", "watch", "listen", "view",
        "see", "read", "get", "catch", "find", "go", "visit", "enter", "update", "refresh", "learn", "give", "advertise", "start", "join",
        "add", "leave", "post", "contact", "send", "email", "write", "check", "stay", "explore", "discover", "try", "upgrade", "unlock",
        "continue", "scroll", "tell", "bookmark", "print", "save", "rate", "vote", "upvote", "comment", "reply", "use", "support", "donate",
    };

    // Verbs that alone make a short line a control of the page ("Click to follow", "Advertise with us", "Print").
    private static readonly HashSet<string> s_controlVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "click", "tap", "subscribe", "download", "advertise", "register", "login", "log", "sign", "print", "bookmark", "share", "email",
        "comment", "reply", "save", "upvote", "donate",
    };

    // Things of the page, the app and the outlet a reader is told to use.
    private static readonly HashSet<string> s_pageNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "app", "apps", "site", "website", "page", "newsletter", "newsletters", "inbox", "email", "e-mail", "comment", "comments", "video",
        "videos", "interview", "map", "here", "below", "above", "link", "links", "account", "subscription", "premium", "facebook", "twitter",
        "youtube", "instagram", "whatsapp", "telegram", "podcast", "gallery", "issues", "archive", "edition", "editions", "alerts",
        "notifications", "password", "icon", "button", "access", "free", "spam", "upvote", "vote", "votes", "forecast", "headlines", "feed",
        "channel", "homepage", "section", "magazine", "browser", "device", "screen", "pdf", "kb", "mb", "web", "online", "updates",
        "stories", "subjects", "customized", "customised", "daily",
    };

    // Verbs of a page stating its own status ("This article was published …", "All content belongs to its owners").
    private static readonly HashSet<string> s_pageStateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "published", "updated", "available", "collected", "responsible", "accessed", "belongs", "owners", "contributed", "compiled",
        "produced", "reproduced", "current", "translated", "automatically", "archived", "sponsored", "uses", "aggregates", "republished",
        "addresses", "provided", "free",
    };

    // The page speaking of itself: "this article", "our website", "the content of this page", "X's website", "all content".
    [GeneratedRegex(@"\b(?:this|our) (?:article|story|page|site|website|post|blog|content|newsletter|app)\b|\bcontent (?:of|on) this\b|['’]s website\b|\ball content\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SelfReference();

    // Legal links and sponsor lines: "Terms of use", "Privacy policy", "Support for X comes from", "Powered by X".
    [GeneratedRegex(@"\bTerms (?:of (?:use|service)|and conditions)\b|\bPrivacy (?:policy|notice|settings)\b|^(?:Support for [^\n]{1,40} (?:comes|is provided) (?:from|by)|Sponsored by|Presented by|Brought to you by|Paid for by|In partnership with)\b|\b(?:powered|hosted) by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex LegalOrSponsor();

    // A counter or reaction bar: "(0) user say", "$ 0.00 · 3 votes · Reply", "What's your reaction? Happy 0% | Sad 90%".
    [GeneratedRegex(@"^(?:What['’]s your reaction|How (?:do|did) you feel|Your reaction|Rate this (?:article|story))\b|^\(\d+\)\s*(?:users?|readers?|people)?\s*(?:say|says|said|comments?|replies|reactions?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ReactionBar();

    // A reader's comment under a "Comment:" label, or a comment box line with its counters.
    [GeneratedRegex(@"^Comments?\s*:\s*\S", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex CommentLabel();

    // A live or archive label with a short title: "LIVE: Flood in the valley — latest updates", "> From the archives".
    [GeneratedRegex(@"^(?:LIVE|Live)\s*[:|]\s*[^\n]{1,80}$|^>?\s*From (?:the|our) [^\n]{0,40}archives?$|\bin (?:pictures|photos|images)$|^\((?:list|story|article|text) continues[^()\n]{0,30}\)$|^-?\d{1,3}\s?°\s?[CF]?\b[^\n]{0,30}$|^[A-Z]{2,12}\s+\d{9,}$|^(?:In )?(?:Pictures|Photos)\s*:", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex LiveOrArchiveLabel();

    // A newsroom credit in other languages: "La rédaction de X", "Die Redaktion", "Redacción", "Redazione".
    [GeneratedRegex(@"^(?:(?:La|Die|El|A|De|Le) )?(?:rédaction|redaktion|redacción|redaccion|redazione|redação|redacao|redactie|redakcja)(?: (?:de|du|des|der|von|del|da|do|van|di)\b[^\n]{1,40})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ForeignDesk();

    // A labelled agency or source credit: "The state news agency: Name Name", "Source of images: Internet".
    [GeneratedRegex(@"^\(?(?:[A-Za-z]+ ){0,3}(?:news agency|agency|source of (?:images?|photos?|pictures?)|images?|photos?|pictures?|sources?)\s*:\s*[A-Z][^\n]{1,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex LabelledCredit();

    // A parenthesised or bracketed note that names a picture and its credit: "(Title picture: … - Photo: Name Name)".
    [GeneratedRegex(@"^[(\[][^()\[\]\n]{0,200}\b(?:Photo|Picture|Image|Foto|Bild|Credit)s?\s*:[^()\[\]\n]{1,120}[)\]]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PictureNote();

    // A credit glued after a caption's last sentence: "… on Tuesday. AGENCY/Name Name", "… in the valley. Photo by AGENCY/Name",
    // "… the bus. Pics/AGENCY", "… Tuesday. —AGENCY/File", "… (AGENCY photo)", "… Photo courtesy of AGENCY".
    [GeneratedRegex(@"[.!?”)][ \t]+(?<credit>(?:[-–—][ \t]?)?(?:(?:Photo|Picture|Image)s? (?:by|courtesy of|via) [A-Z][\w.'’&-]*(?:[ /]+[A-Z][\w.'’&-]*){0,5}|(?:Pics?|Photos?|Images?)/[A-Z][\w.&-]*|[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3} ?/ ?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,7}|\((?:[A-Z]{2,8}|Courtesy) (?:photo|Photo|PHOTO|file photo)\)|\((?:Source of (?:images?|photos?|pictures?)|Photos?|Images?|Pictures?)\s*:[^()\n]{1,80}\)|[-–—][ \t]?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,2}|(?:AFP|AP|Reuters|REUTERS|EPA|Xinhua|Getty Images|dpa|Anadolu|PTI|ANI|UPI)))[ \t]*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex GluedCredit();

    // A placeholder where a picture, a video or an advert was: "[Image]", "[advertisement]", "{adsense}", "Image   " (the alt word and its gap).
    [GeneratedRegex(@"\[(?:Image|Photo|Picture|Video|Graphic|Embedded content|Advertisement|Advert|Ad|Ads)s?\]|\{[a-z][a-z0-9_]{1,30}(?: [^{}\n]{0,60})?\}|^(?:Image|Photo|Picture|Video)[ \t]{2,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Placeholder();

    // A bracketed link label closing a paragraph: "… climbed to 114. [Special coverage]".
    [GeneratedRegex(@"[.!?”][ \t]+(?<label>\[[A-Z][A-Za-z ]{2,30}\])[ \t]*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex GluedLinkLabel();

    private static readonly HashSet<string> s_mediaEnds = new(StringComparer.Ordinal)
    {
        "News", "Online", "TV", "Radio", "Times", "Post", "Agency", "Press", "Daily", "Herald", "Tribune", "Journal", "Gazette", "Network", "Wire",
        "HD", "Channel", "Television", "Media", "Mail", "Telegraph", "Chronicle", "Observer", "Express", "Review", "Today",
    };

    private static readonly string[] s_numberWords =
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty",
        "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "dozen", "dozens", "scores",
    ];

    /// <summary>The new kinds, tried after the older rules found nothing; null for content.</summary>
    private static (string Kind, string Rule)? ClassifyMore(string t, bool firstLine)
    {
        var words = WordCount(t);
        if (words <= 3 && IsIdentifierLine(t))
        {
            return ("label", "page or story identifier (a label and a number of twelve digits or more)");
        }
        if ((MayOpen(t, s_reactionOpeners) && (t[0] == '(' || MayHold(t, s_reactionWords)) && ReactionBar().IsMatch(t)) || IsCounterBar(t))
        {
            return ("comments", "counter or reaction bar (votes, replies, reactions)");
        }
        if (words <= 30 && t.StartsWith("Comment", StringComparison.Ordinal) && CommentLabel().IsMatch(t) && !HasBareFigure(t))
        {
            return ("comments", "reader comment under a comment label");
        }
        if (MayBeForeignDesk(t) && ForeignDesk().IsMatch(t))
        {
            return ("byline", "newsroom credit (in any of several languages)");
        }
        if (words <= 40 && t.Length > 0 && t[0] is '(' or '[' && PictureNote().IsMatch(t))
        {
            return ("credit", "bracketed picture note with its credit");
        }
        if (words <= 10 && t.Contains(':', StringComparison.Ordinal) && LabelledCredit().IsMatch(t) && !EndsLikeSentence(t.TrimEnd(')')) && !HasBareFigure(t))
        {
            return ("credit", "labelled agency or picture-source credit");
        }
        if (words <= 20 && MayHold(t, s_legalWords) && LegalOrSponsor().IsMatch(t) && !HasBareFigure(t))
        {
            return ("copyright", "legal link, sponsor or platform line");
        }
        if (!firstLine && words <= 12 && !EndsLikeSentence(t) && LiveOrArchiveLabel().IsMatch(t) && !HasBareFigure(t))
        {
            return ("label", "live, archive or picture-gallery label");
        }
        // A picture desk's note ("SEARCH … FOR THIS STORY") closes a caption: its page words do not make the caption an address.
        if (IsReaderAddress(t) && PictureDeskNoteSpan(t) is not { Start: > 0 })
        {
            return ("promo", "line addressing the reader about the page, the app or the outlet (call to action, comment form, page notice)");
        }
        if (IsStampWithCredit(t))
        {
            return ("timestamp", "date/time stamp followed by a short credit (agency, editor, place)");
        }
        if (!firstLine && IsOutletName(t))
        {
            return ("signature", "outlet-name line (a short capitalised name ending in a media word)");
        }
        return ClassifyWidget(t, firstLine);
    }

    /// <summary>Whether a line speaks to the reader about the page: a sentence opening with a page verb ("Download the app",
    /// "Please enter your comment") with things of the page, or the page speaking of itself ("This article was published …").</summary>
    internal static bool IsReaderAddress(string t)
    {
        var count = WordCount(t);
        if (count is 0 or > 60 || Reports(t))
        {
            return false;
        }
        var imperative = false;
        var startOfSentence = true;
        int you = 0, we = 0, nouns = 0;
        var previousIsPlease = false;
        var sentence = 0;
        var firstHasEvidence = false;
        // The first sentence, as its words joined by single spaces: the line's own text when its words stand one space apart.
        int firstStart = -1, firstEnd = 0;
        var singleSpaced = true;
        Span<char> buffer = stackalloc char[64];
        var words = new Words(t);
        while (words.MoveNext())
        {
            var raw = words.Current;
            if (sentence == 0)
            {
                if (firstStart < 0)
                {
                    firstStart = words.Start;
                }
                else
                {
                    singleSpaced &= words.Start == firstEnd + 1 && t[firstEnd] == ' ';
                }
                firstEnd = words.Start + raw.Length;
            }
            var evidence = imperative || you + we + nouns > 0;
            var w = Lower(raw.Trim(s_addressTrim), buffer);
            if (w.Length > 0)
            {
                var pageVerb = s_pageVerbLookup.Contains(w);
                if (startOfSentence && pageVerb && raw[^1] != ':')
                {
                    imperative = true;
                }
                if (previousIsPlease && pageVerb)
                {
                    imperative = true;
                }
                if (w is "you" or "your" or "you're" or "you'll" or "you’re" or "you’ll" or "yours")
                {
                    you = 1;
                }
                if (w is "we" or "us" or "our" or "we'll" or "we're" or "we’ll" or "we’re")
                {
                    we = 1;
                }
                if (s_pageNounLookup.Contains(w) || w.StartsWith("www.", StringComparison.Ordinal) || w.StartsWith("http", StringComparison.Ordinal))
                {
                    nouns++;
                }
                previousIsPlease = w is "please";
            }
            if (sentence == 0 && !evidence && (imperative || you + we + nouns > 0))
            {
                firstHasEvidence = true;
            }
            // A new sentence starts after terminal punctuation or a bar separator.
            startOfSentence = raw[^1] is '.' or '!' or '?' || raw is "|" or "·" or "•" || w.Length == 0;
            sentence += startOfSentence ? 1 : 0;
        }
        // The line must address the reader from its first sentence: a paragraph of news that ends with "Watch the video here."
        // loses only that sentence (TrailingAddress), never its own words.
        if (!firstHasEvidence
            && !RefersToItself(singleSpaced ? t.AsSpan(firstStart, firstEnd - firstStart) : string.Join(' ', Tokens(t[..firstEnd]))))
        {
            return false;
        }
        var self = RefersToItself(t);
        var state = false;
        if (self)
        {
            foreach (var x in new Words(t))
            {
                state |= s_pageStateLookup.Contains(x.Trim(s_stateTrim));
            }
        }
        var score = (imperative ? 2 : 0) + you + we + Math.Min(2, nouns) + (self ? 2 : 0) + (state ? 1 : 0);
        if (count <= 4 && !EndsLikeSentence(t) && s_controlVerbLookup.Contains(Lower(FirstWord(t).Trim(s_controlTrim), buffer)))
        {
            return true; // "Click to follow", "Advertise with us"
        }
        // Evidence that the line is about the page: things of the page, or the page naming itself.
        if (nouns == 0 && !self)
        {
            return false;
        }
        return score >= 3 && (!HasCount(t) && !HasNumberWord(t) || score >= 4);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_pageVerbLookup = s_pageVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_controlVerbLookup = s_controlVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_pageNounLookup = s_pageNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_pageStateLookup = s_pageStateWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly char[] s_addressTrim = ['"', '“', '”', '‘', '’', '(', ')', '[', ']', ',', ';', ':', '.', '!', '?', '|', '·', '•'];
    private static readonly char[] s_stateTrim = [',', '.', ':', ';', '(', ')'];
    private static readonly char[] s_controlTrim = [':', '!'];

    // SelfReference needs "this " or "our " before a page word, or "content" or "website".
    private static bool RefersToItself(ReadOnlySpan<char> t) => MayHold(t, s_selfWords) && SelfReference().IsMatch(t);

    private static ReadOnlySpan<char> FirstWord(string t)
    {
        var words = new Words(t);
        return words.MoveNext() ? words.Current : [];
    }

    /// <summary>A line of counters: "$ 0.00 · 3 votes · Reply", "12 likes | 4 replies | Share".</summary>
    private static bool IsCounterBar(string t)
    {
        if (!HasDigit(t) || WordCount(t) > 16)
        {
            return false; // setting the bars apart only adds words
        }
        // A word of the line with no bar in it that is neither a counter nor a figure rules the line out.
        Span<char> buffer = stackalloc char[64];
        foreach (var raw in new Words(t))
        {
            if (raw.IndexOfAny(s_barSeparators) < 0 && !IsCounterWord(Lower(raw.Trim(s_counterTrim), buffer)))
            {
                return false;
            }
        }
        var tokens = Tokens(t.Replace("·", " · ", StringComparison.Ordinal).Replace("|", " | ", StringComparison.Ordinal));
        if (tokens.Count is < 2 or > 16)
        {
            return false;
        }
        var counters = 0;
        foreach (var raw in tokens)
        {
            var w = raw.Trim(',', ':', '(', ')').ToLowerInvariant();
            if (w is "votes" or "vote" or "likes" or "like" or "replies" or "reply" or "comments" or "comment" or "shares" or "share" or "views"
                or "points" or "upvotes" or "reactions" or "report" or "flag")
            {
                counters++;
                continue;
            }
            if (w.Length == 0 || w.All(c => !char.IsLetter(c)) || w is "$" or "€" or "£")
            {
                continue; // numbers, money, separators
            }
            return false;
        }
        return counters >= 2;
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly char[] s_counterTrim = [',', ':', '(', ')'];

    // A word a counter bar is made of: a counter's name, a figure, money or a separator (lower case).
    private static bool IsCounterWord(ReadOnlySpan<char> w)
    {
        if (w is "votes" or "vote" or "likes" or "like" or "replies" or "reply" or "comments" or "comment" or "shares" or "share" or "views"
            or "points" or "upvotes" or "reactions" or "report" or "flag" or "$" or "€" or "£")
        {
            return true;
        }
        foreach (var c in w)
        {
            if (char.IsLetter(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A timestamp with a year or a clock time, then a short credit: "May 4, 2021 1:11 PM by WIRE", "2021-03-04 13:04 Wire Editor: Jo Brand".</summary>
    private static bool IsStampWithCredit(string t)
    {
        // The words of t.Replace(",", " ,"), read in place (CommaWords) until the stamp ends.
        var count = 0;
        foreach (var _ in new CommaWords(t))
        {
            count++;
        }
        if (count is < 3 or > 24)
        {
            return false;
        }
        var i = 0;
        var year = false;
        foreach (var w in new CommaWords(t))
        {
            var bare = w.TrimEnd(s_colonPointComma);
            if (IsTimeToken(w.TrimEnd(s_commaColon)))
            {
                year |= w.Contains(':') || (bare.Length == 4 && AllDigits(bare)) || bare.Count('-') + bare.Count('/') + bare.Count('.') >= 2;
            }
            else if (!(s_dateWordLookup.Contains(bare) || w is "," or ":" || IsZoneOffset(w)) || bare is "by" or "on")
            {
                break;
            }
            i++;
        }
        if (!year || i < 2 || i == count)
        {
            return false;
        }
        var tokens = Tokens(t.Replace(",", " ,", StringComparison.Ordinal));
        var rest = tokens.Skip(i).Where(w => w is not ("," or "-" or "–" or "—" or "|")).ToList();
        if (rest.Count is 0 or > 4 || EndsLikeSentence(t) || rest.Any(w => w.Any(char.IsDigit) || s_pageVerbs.Contains(w.Trim('(', ')', ':'))))
        {
            return false;
        }
        return rest.All(w => (w.TrimStart('(') is { Length: > 0 } bare && char.IsUpper(bare[0])) || w is "by" or "By" or "and" or "of" or "the" or "de" || w.EndsWith(':'));
    }

    /// <summary>"The Valley Courier Online", "Delta 24 News": two to five capitalised words ending in a media word.</summary>
    private static bool IsOutletName(string t)
    {
        if (WordCount(t) is < 2 or > 5 || EndsLikeSentence(t) || t.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }
        var tokens = Tokens(t);
        return s_mediaEnds.Contains(tokens[^1]) && tokens.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]));
    }

    // A bare figure that is not a year: a page notice may state the year it was published.
    private static bool HasCount(string t)
    {
        if (!HasDigit(t))
        {
            return false;
        }
        foreach (var w in new Words(t))
        {
            var b = w.TrimEnd(s_countTrim);
            if (IsBareFigure(b) && !(b.Length == 4 && b[0] is '1' or '2' && b[1] is '9' or '0'))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly char[] s_countTrim = [',', '.', ';', ':'];
    private static readonly char[] s_numberWordTrim = [',', '.', ';', ':', '(', ')', '-'];
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_numberWordLookup =
        new HashSet<string>(s_numberWords, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool HasNumberWord(string t)
    {
        if (!MayHold(t, s_numberWordsAnyCase))
        {
            return false; // every number word holds one of these
        }
        Span<char> buffer = stackalloc char[64];
        foreach (var raw in new Words(t))
        {
            if (s_numberWordLookup.Contains(Lower(raw.Trim(s_numberWordTrim), buffer)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Second pass over the lines the rules kept: spans glued to a line (credits, placeholders, link labels), then the
    /// line score (<see cref="LineScore"/>) on short lines standing alone between paragraphs.</summary>
    private static void StandingLines(string text, List<(int Start, int End, string Trimmed)> lines, int firstContent, List<RemovedBlock> result,
        IReadOnlyList<RemovedBlock> earlier, bool[]? table)
    {
        var removedLines = new HashSet<int>(result.Select(r => r.Start));
        var touched = new HashSet<int>();
        foreach (var r in result)
        {
            touched.Add(text.LastIndexOf('\n', Math.Max(0, r.Start - 1)) + 1);
        }
        var removed = new bool[lines.Count];
        var glued = new HashSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            removed[i] = removedLines.Contains(lines[i].Start);
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, _, t) = lines[i];
            if (t.Length == 0 || removed[i] || touched.Contains(start))
            {
                continue;
            }
            var before = result.Count;
            GluedSpans(t, text, text.IndexOf(t, start, StringComparison.Ordinal), result);
            if (result.Count > before)
            {
                glued.Add(i);
            }
        }
        // The headline is the first line the rules kept (a stamp or a byline may come before it).
        var headline = Enumerable.Range(0, lines.Count).FirstOrDefault(j => lines[j].Trimmed.Length > 0 && !removed[j] && !Covered(lines[j].Start, lines[j].End), firstContent);
        // The neighbours' labels are a feature, so the score runs until no line changes (at most three sweeps): a line removed
        // in one sweep can tip the score of the line after a blank line next to it in the next (a block of furniture goes
        // line by line, the way jusText re-reads a block's class from its neighbours').
        var changed = true;
        for (var sweep = 0; sweep < 3 && changed; sweep++)
        {
            changed = false;
            for (var i = 0; i < lines.Count; i++)
            {
                changed |= ScoreLine(i);
            }
        }

        bool ScoreLine(int i)
        {
            var (start, end, t) = lines[i];
            // A line that ends like a sentence is never scored (Features.SentenceEnd): it is ruled out before its words are read.
            if (t.Length == 0 || removed[i] || glued.Contains(i) || i == firstContent || i == headline || (table is not null && table[i]) || LineScore.EndsLikeSentence(t)
                || !LineScore.SpacedScript(t) || HasQuotation(t) || HasPictureLink(t))
            {
                return false;
            }
            var f = LineScore.Read(t);
            // Position: the first line under the headline (blank lines between or not) is where a deck or a standfirst stands;
            // right under it, the headline sets it apart as a blank line would.
            var above = i - 1;
            while (above > headline && lines[above].Trimmed.Length == 0)
            {
                above--;
            }
            var underHeadline = above == headline && f.OpensCapitalised;
            if (f.Sacred || f.SentenceEnd || !(Apart(i - 1) || underHeadline) || !Apart(i + 1))
            {
                return false;
            }
            var score = LineScore.Score(f, NearestRemoved(i, -1), underHeadline, NearestRemoved(i, +1));
            if (score < LineScore.Threshold)
            {
                return false;
            }
            removed[i] = true;
            result.Add(new RemovedBlock("heading", text[start..end], start, end,
                $"short line standing alone between paragraphs (line score {score.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)}): a subhead, a related headline, a name or a label"));
            return true;
        }

        // Whether the nearest non-blank line in direction step (blank lines between or not) went as furniture: a neighbour's label.
        bool NearestRemoved(int i, int step)
        {
            var j = i + step;
            while (j >= 0 && j < lines.Count && lines[j].Trimmed.Length == 0)
            {
                j += step;
            }
            return j >= 0 && j < lines.Count && removed[j];
        }

        // Whether earlier removals take every visible character of a line ("date 2021-03-04" and "SCROLL TO CONTINUE" on one line).
        bool Covered(int start, int end)
        {
            if (earlier.Count == 0)
            {
                return false;
            }
            for (var c = start; c < end; c++)
            {
                if (!char.IsWhiteSpace(text[c]) && !earlier.Any(r => r.Start <= c && c < r.End))
                {
                    return false;
                }
            }
            return true;
        }

        // A neighbour that sets a line apart: none (the text's edge), a blank line, a prose paragraph or removed furniture.
        bool Apart(int j) => j < 0 || j >= lines.Count || lines[j].Trimmed.Length == 0 || removed[j] || LineScore.IsProse(lines[j].Trimmed);
    }

    /// <summary>A line that is a page's or a story's identifier: one run of twelve digits or more (no figure of the news is
    /// written so: counts and sums take separators or words), alone or with one or two words of letters ("STORY 4821139066572").</summary>
    private static bool IsIdentifierLine(string t)
    {
        var ids = 0;
        foreach (var token in t.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var digits = token.AsSpan().TrimStart('#');
            if (digits.Length >= 12 && !digits.ContainsAnyExcept(s_digitChars))
            {
                ids++;
            }
            else if (!token.All(char.IsLetter))
            {
                return false;
            }
        }
        return ids == 1;
    }

    private static readonly System.Buffers.SearchValues<char> s_digitChars = System.Buffers.SearchValues.Create("0123456789");

    /// <summary>Where a short last sentence that addresses the reader starts in a paragraph ("… after the fire. Watch the video here."), or null.</summary>
    private static int? TrailingAddress(string line)
    {
        var end = line.Length - 1;
        if (end < 20 || !LineScore.EndsLikeSentence(line))
        {
            return null;
        }
        for (var i = end - 1; i > 0; i--)
        {
            if (line[i] == ' ' && line[i - 1] is '.' or '!' or '?' or '”' && i + 1 <= end && char.IsUpper(line[i + 1]))
            {
                if (WordCount(line.AsSpan(i + 1)) > 10)
                {
                    return null;
                }
                var last = line[(i + 1)..];
                return WordCount(last) <= 10 && !HasBareFigure(last) && !HasNumberWord(last) && !HasQuotation(last) && IsReaderAddress(last) ? i + 1 : null;
            }
        }
        return null;
    }

    /// <summary>Spans inside a line that go while the line's words stay: a credit glued after a caption, a placeholder, a link label.</summary>
    /// <param name="line">The trimmed line.</param>
    /// <param name="text">The document.</param>
    /// <param name="at">Where the trimmed line starts in the document.</param>
    /// <param name="result">Receives the removals.</param>
    private static void GluedSpans(string line, string text, int at, List<RemovedBlock> result)
    {
        void Add(int s, int e, string kind, string rule) => result.Add(new RemovedBlock(kind, text[(at + s)..(at + e)], at + s, at + e, rule));

        // A picture desk's note closing a caption goes first; the credit before it is then the caption's glued credit.
        var desk = PictureDeskNoteSpan(line);
        if (desk is { Start: > 0 } d)
        {
            Add(d.Start, d.End, "credit", "picture desk's search note closing a caption (\"SEARCH … FOR THIS STORY\"; the caption stays)");
        }
        var head = desk is { Start: > 0 } cut ? line[..cut.Start] : line;
        if (MayHaveGluedCredit(head) && GluedCredit().Match(head) is { Success: true } c)
        {
            var g = c.Groups["credit"];
            // A credit needs a slash, a picture word, an agency's name or a parenthesis: a trailing capitalised name alone is not one.
            Add(g.Index, g.Index + g.Length, "credit", "photo or agency credit glued after a caption's last sentence (the caption stays)");
        }
        else if (TrailingAddress(head) is { } address)
        {
            Add(address, head.Length, "promo", "sentence closing a paragraph that addresses the reader about the page (\"Listen to the interview.\")");
        }
        // GluedLinkLabel needs a bracket; Placeholder a bracket, a brace or an opening picture word.
        if (line.Contains('[', StringComparison.Ordinal) && GluedLinkLabel().Match(line) is { Success: true } l)
        {
            var g = l.Groups["label"];
            Add(g.Index, g.Index + g.Length, "related", "bracketed link label closing a paragraph");
        }
        if (ContainsAny(line, s_placeholderBrackets) || MayOpen(line, s_placeholderOpeners))
        {
            foreach (Match p in Placeholder().Matches(line))
            {
                Add(p.Index, p.Index + p.Length, "markup", "placeholder left where a picture, a video, an advert or a template tag was");
            }
        }
    }
}
