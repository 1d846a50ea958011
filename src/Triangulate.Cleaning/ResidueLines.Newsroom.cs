using System.Text.RegularExpressions;

namespace Triangulate.Cleaning;

/// <summary>Round 14 kinds (issue 20, item 1), tried after every older rule: the newsroom's notes about the story itself (a
/// developing-story note, a content warning, an editor's or a correction note that gives its own date), contribution and
/// translation credits written as a sentence ("Name contributed reporting from Place."), an author's note that names the writer's
/// beat or outlet ("Name covers courts for the Outlet."), the furniture an embedded post leaves ("Skip … post", "A post shared by
/// … on …"), ages of a post in other languages ("il y a 5 ans", "vor 3 Stunden"), gallery openers ("5 View gallery"), a sign-up
/// box's privacy line ("We respect your privacy."), a byline and a stamp between slashes ("Name / 4 March 2031"), and bare
/// live-blog labels ("Earlier:", "Catch up:").</summary>
/// <remarks>A reported sentence, a quotation and a figure of the news keep a line, as for every older rule; a note's own date
/// ("Correction, March 5:") and a paragraph number are not figures of the news. A removed line that states a calendar date keeps it
/// (<c>removed[].date</c>).</remarks>
internal static partial class ResidueLines
{
    // A note that the story is still moving: "This is a developing story.", "(This is a breaking news story. It will be updated …)".
    [GeneratedRegex(@"^\(?\s*(?:This is an? (?:developing|breaking|evolving|live)(?: news)? (?:story|report|article|situation)|(?:This|The) (?:story|article|report|page) (?:will be|is being|is) (?:updated|developing)|(?:Please )?check back (?:later |soon |here )?for (?:updates|more|the latest)|(?:More )?(?:details|updates|information) to follow|Developing story|Story developing)\b[^\n]{0,160}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex StoryStatusNote();

    // A content warning: "(Story contains disturbing visuals. Reader discretion advised.)", "Viewer discretion is advised".
    [GeneratedRegex(@"\b(?:reader|viewer|audience)s?['’]? discretion (?:is )?(?:advised|recommended)\b|^\(?\s*(?:This |The )?(?:story|article|report|video|post) (?:contains|includes) (?:disturbing|graphic|distressing|sensitive) (?:images|visuals|content|details|descriptions|footage)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ContentWarning();

    // A correction or editor's note that opens with its own date: "Correction, March 5: An earlier version …", "Update (5 March): …".
    [GeneratedRegex(@"^\(?\s*(?:Correction|Clarification|Update|Updated|Editor['’]s note|Note)\s*(?:,|\(|–|—|-)?\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2} [A-Z][a-z]{2,8})(?:,? \d{4})?\)?\s*:\s*(?:An? (?:earlier|previous|prior) version|This (?:story|article|report|post)|The (?:story|article|report|post) (?:was|has been))", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DatedCorrection();

    // An editor's note about the story's own publication: "Editor's note: This story was originally published on March 3."
    [GeneratedRegex(@"^\(?\s*(?:Editor['’]s note|Editors['’] note|Note to readers|Publisher['’]s note)\s*:\s*(?:This|The) (?:story|article|report|post|piece|interview)\b[^\n]{0,40}\b(?:originally|first|previously) (?:published|appeared|ran|posted)\b[^\n]{0,60}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PublicationNote();

    // A contribution or translation credit written as a sentence: "Name Name contributed reporting from Place.",
    // "Additional reporting by Name in Place.", "Translated by Name Name."
    [GeneratedRegex(@"^(?:[A-Z][\w.'’-]+,? ){1,3}(?:and (?:[A-Z][\w.'’-]+ ){1,3})?contributed (?:reporting|additional reporting|research)(?: from [A-Z][\w.'’ ,-]{1,40})?\.?$|^(?:Additional|Further) reporting by [A-Z][\w.'’ ,;-]{1,80}\.?$|^Translated (?:from (?:the )?[A-Z][a-z]+ )?by [A-Z][\w.'’ -]{1,40}\.?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ContributionSentence();

    // An author's note naming a beat or an outlet: "Name Name covers courts for the Outlet.", "Name is the Outlet's correspondent.",
    // "The author is a senior fellow at …", "Name Name reports from Place."
    [GeneratedRegex(@"^(?:[A-Z][\w.'’-]+ ){1,3}(?:covers|reports on|writes about|writes on) [^\n]{1,80} (?:for|at) (?:the )?(?:[A-Z][\w.'’&-]*\s?){1,5}\.?$|^(?:[A-Z][\w.'’-]+ ){1,3}is (?:the |a |an )?(?:[A-Z][\w.-]+ ){0,3}[A-Z][\w.-]*(?:'s|’s) (?:[a-z-]+ ){0,3}(?:correspondent|reporter|editor|writer|columnist|journalist|photographer|producer)\.?$|^The (?:author|writer)s? (?:is|are) (?:a|an|the) [^\n]{1,120}$|^(?:[A-Z][\w.'’-]+ ){1,3}(?:reports|is reporting) from [A-Z][\w.'’ ,-]{1,40}\.?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex BeatNote();

    // What an embedded post leaves: "A post shared by … on Apr 4, 2031", "Allow Twitter content?", "Skip Twitter post, 1", "End of
    // Twitter post, 1", "Please turn on JavaScript …". Case-sensitive: the marks name a network in capitals, so the page's own
    // "Skip to main content" stays with the older skip-link rule.
    [GeneratedRegex(@"^(?:A post shared by [^\n]{1,100}|Allow (?:[A-Z][\w-]* ){1,2}content\??|(?:Skip|End of) (?:[A-Z][\w-]* ){1,2}(?:post|content|video|embed),? ?\d{0,3}|(?:[Pp]lease )?(?:[Tt]urn on|[Ee]nable|[Aa]ctivate) JavaScript\b[^\n]{0,100}|(?:This|The) (?:embed|embedded content|post|tweet) (?:is|was) (?:not available|unavailable|deleted|hidden)[^\n]{0,60})$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex EmbedFurniture();

    // The age of a post in other languages: "il y a 5 ans", "hace 2 horas", "há 3 dias", "vor 3 Stunden", "5 saat önce", "3 godziny temu".
    [GeneratedRegex(@"^(?:[•·]\s*)?(?:(?:il y a|hace|há|vor) \d{1,3} (?:s|sec|min|mins|minutes?|minutos?|heures?|h|horas?|jours?|días?|dias?|semaines?|semanas?|mois|meses|ans?|años?|anos?|Sekunden|Minuten|Stunden?|Tagen?|Wochen?|Monaten?|Jahren?)|\d{1,3} (?:saniye|dakika|saat|gün|hafta|ay|yıl) önce|\d{1,3} (?:sekund[y]?|minut[y]?|godzin[ya]?|godz\.|dni|dzień|tygodni[e]?|miesi[ąę]c[ey]?|miesięcy|lat[a]?) temu)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ForeignAge();

    // A gallery opener: "5 View gallery", "View gallery (12)", "Open the photo gallery".
    [GeneratedRegex(@"^(?:\d{1,3}\s+)?(?:View|Open|Launch|See|Browse) (?:the )?(?:full )?(?:photo |picture |image )?gallery(?:\s*\(\d{1,3}\))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex GalleryOpener();

    // A sign-up box's privacy line: "We respect your privacy.", "We will never share your email address", "Unsubscribe at any time."
    [GeneratedRegex(@"^(?:We (?:respect|value|care about) your privacy|We(?:'ll| will) never (?:share|sell|pass on) your (?:e-?mail|email address|data|details|information)[^\n]{0,60}|(?:You can )?[Uu]nsubscribe at any time|No spam,? ever)\.?!?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PrivacyLine();

    // A live blog's bare labels: "Earlier:", "Catch up:", "Recap:", "Refresh for updates".
    [GeneratedRegex(@"^(?:Earlier|Catch up|Catch-up|Recap|Previously|Refresh for (?:updates|the latest)|Latest post|Pinned)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex LiveLabel();

    // A video's blurb naming its reporter after the outlet: "Outlet TV's Name Name reports from Place on …", "The Outlet's Name Name has
    // the latest on …".
    [GeneratedRegex(@"^(?:The )?(?:[A-Z][\w.&-]* ){0,3}[A-Z][\w.&-]*(?:'s|’s) (?:[A-Z][\w.'’-]+ ){1,3}(?:reports from|has (?:the latest|more)(?: on| from)?|takes a look at|looks at|explains)\b[^\n]{1,160}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex VideoBlurb();

    // A live page's post count: "38 Posts", "112 updates".
    [GeneratedRegex(@"^\d{1,4} (?:Posts|posts|Updates|updates|Entries|entries)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PostCount();

    // A line of script code left by a scraper: "var str;", "yq(value).find('a').attr('title', t);", "x = '';", "if (res != null)", "});".
    [GeneratedRegex(@"^(?:(?:var|let|const) [\w$]+(?: = [^\n]*)?;|if ?\([^\n]*\)\s*\{?|\}\)*;?|\}?\s*else\s*\{?|function ?[\w$]*\([^\n]*\)\s*\{?|[\w$]+(?:\.[\w$]+)*\([^\n]*\)(?:\.[\w$]+\([^\n]*\))*;|[\w$.\[\]]+ ?[+-]?= ?[^\n]*;)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ScriptLine();

    // A credit closing a caption in brackets after a comma ("… (Name Name, AP)"), or a source label after its last sentence
    // ("… in Place. Source: AAP").
    [GeneratedRegex(@"(?:\(\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}, [A-Z]{2,5}\s*\)|\bSource: [A-Z]{2,6})\.?\s*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex CommaOrSourceCredit();

    // A link to another story under the label of its kind: "Timeline: A history of floods in Orla", "Q&A: Why does the river flood?",
    // "Factbox: Key facts on the floods", "Analysis: Can the town afford to rebuild?".
    [GeneratedRegex(@"^(?:Timeline|Q ?& ?A|Q and A|Fact ?box|FACTBOX|Fact check|Analysis|Explainer|Explained|Obituary|Editorial|Profile|Backgrounder|Key facts|Quiz|Podcast|Opinion|Column)\s*:\s*[A-Z‘'""][^\n]{3,120}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex StoryKindLink();

    // A wire service's story code in brackets ("[ID:nN12345678]") and the line that links more coverage through it.
    [GeneratedRegex(@"\[ID:[A-Za-z0-9]{5,20}\]", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex WireStoryCode();

    // A wire service's slug before a headline: "UPDATE 2-…", "WRAPUP 1-…", "RPT-…", "FACTBOX-…", "REFILE-…".
    [GeneratedRegex(@"^(?:(?:RPT-)?UPDATE \d{1,2}|WRAPUP(?: \d{1,2})?|RPT|REFILE|CORRECTED|INSIGHT|ANALYSIS|FACTBOX|TIMELINE|EXCLUSIVE|PREVIEW|SPECIAL REPORT)-", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex WireSlug();

    // A count of readers' comments: "Reader comments (14)", "Readers' comments".
    [GeneratedRegex(@"^Readers?['’]? comments?\s*(?:\(\d{1,5}\))?:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ReaderCommentCount();

    // An attachment's format and size: "Full_Report (pdf* format - 345 Kbytes)".
    [GeneratedRegex(@"\((?:pdf|doc|docx|xls|ppt)\*? format\s*[-–]\s*[\d.,]+\s*[KM]bytes\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AttachmentSize();

    // A call for readers' accounts: "Are you in the area? If it is safe to do so, share your experiences."
    [GeneratedRegex(@"^(?:Are you|Were you|Have you been|Do you live) (?:in|there|nearby|affected|caught|near)\b[^\n?]{0,60}\?\s*(?:If (?:it is|it's) safe to do so,? )?(?:share|send|tell|email|e-mail|get in touch|contact|let us know)\b[^\n]{0,120}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ReaderAppeal();

    // A note on how this version differs: "This version corrects the spelling of …", "This article was amended on 5 March 2031 to
    // correct …".
    [GeneratedRegex(@"^\(?\s*(?:This (?:version|story|article|report) (?:corrects|adds|updates|clarifies|removes|fixes)\b|This (?:article|story|report|post) was (?:amended|corrected|updated|clarified) on [^\n]{3,40} to (?:correct|clarify|remove|add|reflect|update|include|fix)\b)[^\n]{0,200}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex VersionNote();

    // Who paid for or frames the story: "This story is part of a series on …", "This reporting was supported by a grant from …",
    // "The Outlet's climate coverage is supported by …".
    [GeneratedRegex(@"^(?:This (?:story|article|report|reporting|project|piece) (?:is part of (?:a|an|our|the) (?:series|project|coverage|collaboration)|was (?:produced|supported|funded|made possible|co-published)|is (?:supported|funded|produced|co-published))\b|Support for this (?:reporting|story|project|coverage|series) (?:was|is) provided\b|(?:The )?(?:[A-Z][\w.&-]* ){0,3}[A-Z][\w.&-]*(?:'s|’s) (?:[a-z]+ ){0,2}(?:coverage|reporting|journalism) (?:is|receives) (?:supported|funded|made possible|support)\b)[^\n]{0,160}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SupportNote();

    // An appeal of the outlet to its readers: "Please consider making a contribution.", "If you value our reporting, please
    // subscribe.", "Thanks for reading the Outlet."
    [GeneratedRegex(@"^(?:Please consider (?:making a contribution|a contribution|donating|supporting us|supporting our|subscribing|becoming)[^\n]{0,80}|If you (?:value|like|enjoy|appreciate) (?:our|this|what we)[^\n]{0,40}(?:please|consider|subscribe|support|donate)[^\n]{0,60}|Thanks? (?:you )?for reading(?: [^\n]{0,40})?)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex OutletAppeal();

    // A spoken version of the article: "Press play to listen to this article", "Voiced by artificial intelligence."
    [GeneratedRegex(@"^(?:Press play to listen to (?:this|the) (?:article|story)|Voiced by (?:artificial intelligence|AI)|(?:This )?(?:audio|narration) is (?:generated|produced) (?:automatically|by (?:AI|artificial intelligence))[^\n]{0,60})\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SpokenVersion();

    // A comment box's moderation notice anywhere in its line: "Reminder: comments are moderated and may take time to appear."
    [GeneratedRegex(@"\bcomments? (?:are|is|will be|may be) (?:moderated|pre-moderated|reviewed before)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ModerationNotice();

    // A rating, vote or view counter with its label: "Average rating: 4.5/5", "Votes: 12", "Article views: 1,204".
    [GeneratedRegex(@"^(?:Average rating|Rating|Votes|Article views|Page views|Total views|Total reads)\s*:\s*\d[\d.,]*(?:\s*/\s*\d{1,3})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex RatingCounter();

    // A wire reporter's contact in double brackets: "((name@outlet.example; +44 20 7555 0100))".
    [GeneratedRegex(@"^\(\([^()\n]*@[^()\n]*\)\)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DoubleBracketContact();

    private static readonly System.Buffers.SearchValues<char> s_statusOpeners = Openers("(TPMDSU");
    private static readonly System.Buffers.SearchValues<string> s_warningWords = AnyCase("discretion", "contains ", "includes ");
    private static readonly System.Buffers.SearchValues<char> s_correctionOpeners = Openers("(CUEN");
    private static readonly System.Buffers.SearchValues<string> s_creditSentenceWords = AnyCase("contributed", "reporting by", "translated");
    private static readonly System.Buffers.SearchValues<string> s_beatWords = AnyCase("covers", "reports", "writes", "correspondent", "reporter", "editor",
        "writer", "columnist", "journalist", "photographer", "producer", "the author", "the writer");
    private static readonly System.Buffers.SearchValues<char> s_embedOpeners = Openers("ASEPTt");
    private static readonly System.Buffers.SearchValues<string> s_statusWords = AnyCase("develop", "breaking", "evolving", "live", "updated", "check back", "to follow");
    private static readonly System.Buffers.SearchValues<string> s_versionWords = AnyCase("corrects", "adds", "updates", "clarifies", "removes", "fixes", "amended", "corrected", "updated", "clarified");
    private static readonly System.Buffers.SearchValues<string> s_supportWords = AnyCase("support", "part of", "produced", "funded", "made possible", "co-published");
    private static readonly System.Buffers.SearchValues<string> s_embedWords = AnyCase("post shared", "content", "post", "video", "embed", "javascript", "tweet");
    private static readonly System.Buffers.SearchValues<string> s_privacyWords = AnyCase("privacy", "never", "subscribe", "spam");
    private static readonly System.Buffers.SearchValues<string> s_appealWords = AnyCase("consider", "value", "like", "enjoy", "appreciate", "for reading");
    private static readonly System.Buffers.SearchValues<string> s_spokenWords = AnyCase("listen", "voiced", "audio", "narration");
    private static readonly System.Buffers.SearchValues<string> s_ageWords = AnyCase("il y a", "hace", "há", "vor", "önce", "temu");

    /// <summary>The kinds of this file (see the type's summary); null for content.</summary>
    private static (string Kind, string Rule)? ClassifyNewsroom(string t, int words)
    {
        if (ClassifyNewsroomNote(t, words) is { } note)
        {
            return note;
        }
        if (ClassifyNewsroomCredit(t, words) is { } credit)
        {
            return credit;
        }
        if (ClassifyNewsroomWidget(t, words) is { } widget)
        {
            return widget;
        }
        if (words <= 45 && (t[^1] == ')' || t.EndsWith(").", StringComparison.Ordinal) || t.Contains("Source: ", StringComparison.Ordinal)) && CaptionClosedBySource(t) is { Success: true })
        {
            return ("caption", "caption closed by a bracketed credit after a comma or a source label (the caption stays)");
        }
        if (words <= 16 && t.Contains(':', StringComparison.Ordinal) && !EndsLikeSentence(t.TrimEnd('?')) && StoryKindLink().IsMatch(t) && !HasBareFigure(t))
        {
            return ("related", "link to another story under the label of its kind (\"Timeline: …\", \"Q&A: …\")");
        }
        if (words <= 25 && t.Contains("[ID:", StringComparison.Ordinal) && WireStoryCode().IsMatch(t) && t.TrimStart('(').StartsWith("For ", StringComparison.Ordinal))
        {
            return ("related", "link to more coverage through a wire story code");
        }
        return ClassifyLinks(t, words);
    }

    // The newsroom's notes about the story itself.
    private static (string Kind, string Rule)? ClassifyNewsroomNote(string t, int words)
    {
        if (words <= 40 && MayOpen(t, s_statusOpeners) && MayHold(t, s_statusWords) && StoryStatusNote().IsMatch(t) && !HasBareFigure(t))
        {
            return ("credit_line", "newsroom note that the story is developing and will be updated");
        }
        if (words <= 30 && MayHold(t, s_warningWords) && ContentWarning().IsMatch(t) && !HasBareFigure(t))
        {
            return ("label", "content warning (reader discretion advised)");
        }
        if (words <= 60 && t.Contains(':', StringComparison.Ordinal) && MayOpen(t, s_correctionOpeners)
            && (DatedCorrection().Match(t) is { Success: true } || PublicationNote().IsMatch(t))
            && !HasNewsFigure(t))
        {
            return ("credit_line", "correction or editor's note about the story itself, with its own date");
        }
        if (words <= 60 && t.StartsWith("This ", StringComparison.Ordinal) && MayHold(t, s_versionWords) && VersionNote().IsMatch(t) && !HasNewsFigure(t))
        {
            return ("credit_line", "note on what this version of the story corrects or adds");
        }
        if (words <= 45 && MayHold(t, s_supportWords) && !HasBareFigure(t) && SupportNote().IsMatch(t))
        {
            return ("copyright", "note on the series or the funder a story belongs to");
        }
        return null;
    }

    // Credits and bylines written as sentences.
    private static (string Kind, string Rule)? ClassifyNewsroomCredit(string t, int words)
    {
        if (words <= 24 && MayHold(t, s_creditSentenceWords) && ContributionSentence().IsMatch(t) && !HasDigit(t))
        {
            return ("credit_line", "contribution or translation credit written as a sentence");
        }
        if (words <= 30 && MayHold(t, s_beatWords) && !HasDigit(t) && !t.Contains(" who ", StringComparison.Ordinal) && BeatNote().IsMatch(t))
        {
            return ("byline", "author's note naming the writer's beat or outlet");
        }
        if (words <= 40 && !HasDigit(t) && (t.Contains("'s ", StringComparison.Ordinal) || t.Contains("’s ", StringComparison.Ordinal)) && VideoBlurb().IsMatch(t))
        {
            return ("video", "video's blurb naming its reporter after the outlet (\"Outlet's Name reports from Place\")");
        }
        if (words <= 14 && HasDigit(t) && IsNameSlashStamp(t))
        {
            return ("byline", "byline and stamp between slashes (\"Name / 4 March 2031\")");
        }
        if (t.StartsWith("((", StringComparison.Ordinal) && DoubleBracketContact().IsMatch(t))
        {
            return ("contact", "wire reporter's contact in double brackets");
        }
        return null;
    }

    // Widgets: embeds, ages, galleries, sign-up and comment boxes, live labels, script code, appeals.
    private static (string Kind, string Rule)? ClassifyNewsroomWidget(string t, int words)
    {
        if (words <= 24 && MayOpen(t, s_embedOpeners) && MayHold(t, s_embedWords) && EmbedFurniture().IsMatch(t))
        {
            return ("embed", "what an embedded post leaves (its sharer line, its skip and end marks, a script notice)");
        }
        if (words <= 5 && HasDigit(t) && MayHold(t, s_ageWords) && ForeignAge().IsMatch(t))
        {
            return ("timestamp", "age of a post in another language (\"il y a 5 ans\", \"vor 3 Stunden\")");
        }
        if (words <= 6 && t.Contains("allery", StringComparison.Ordinal) && GalleryOpener().IsMatch(t))
        {
            return ("gallery", "picture-gallery opener");
        }
        if (words <= 16 && t.Length > 0 && t[0] is 'W' or 'U' or 'Y' or 'u' or 'N' && MayHold(t, s_privacyWords) && PrivacyLine().IsMatch(t))
        {
            return ("newsletter", "sign-up box's privacy line");
        }
        if (words <= 3 && LiveLabel().IsMatch(t))
        {
            return ("label", "live-blog label standing alone");
        }
        if (words == 2 && HasDigit(t) && PostCount().IsMatch(t))
        {
            return ("label", "live page's post count");
        }
        if (words <= 30 && (t[^1] is ';' or '{' or '}' || (t[^1] == ')' && (t.StartsWith("if", StringComparison.Ordinal) || t.StartsWith("function", StringComparison.Ordinal) || t[0] == '}')))
            && ScriptLine().IsMatch(t))
        {
            return ("markup", "line of script code left in the text");
        }
        if (words <= 3 && t.StartsWith("Reader", StringComparison.OrdinalIgnoreCase) && ReaderCommentCount().IsMatch(t))
        {
            return ("comments", "count of readers' comments");
        }
        if (words <= 25 && t.Contains("moderat", StringComparison.OrdinalIgnoreCase) && ModerationNotice().IsMatch(t))
        {
            return ("comments", "comment box's moderation notice");
        }
        if (words <= 4 && HasDigit(t) && t.Contains(':', StringComparison.Ordinal) && RatingCounter().IsMatch(t))
        {
            return ("share", "rating, vote or view counter");
        }
        if (words <= 12 && t.Contains("bytes)", StringComparison.OrdinalIgnoreCase) && AttachmentSize().IsMatch(t))
        {
            return ("label", "attachment with its format and size");
        }
        if (words <= 40 && t.Contains('?', StringComparison.Ordinal) && ReaderAppeal().IsMatch(t))
        {
            return ("promo", "call for readers' accounts of the event");
        }
        if (words <= 30 && t[0] is 'P' or 'I' or 'T' && MayHold(t, s_appealWords) && OutletAppeal().IsMatch(t))
        {
            return ("promo", "the outlet's appeal to its readers (contribute, subscribe, thanks for reading)");
        }
        if (words <= 16 && t[0] is 'P' or 'p' or 'V' or 'v' or 'T' or 't' or 'A' or 'a' or 'N' or 'n' && MayHold(t, s_spokenWords) && SpokenVersion().IsMatch(t))
        {
            return ("label", "spoken version of the article (its player and voice)");
        }
        return null;
    }

    // A figure of the news in a note: its own date ("March 5") and a paragraph number are not.
    private static bool HasNewsFigure(string t) => HasBareFigure(ParagraphNumber().Replace(NoteDate().Replace(t, " "), " "));

    // A note's own date: "March 5", "5 March", "March 5, 2031" — the day the note was written, not a figure of the news.
    [GeneratedRegex(@"\b(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?|\d{1,2} [A-Z][a-z]{2,8}(?: \d{4})?)\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex NoteDate();

    /// <summary>The credit closing a caption in brackets after a comma ("(Name Name, AP)") or a source label after the caption's
    /// last sentence ("… Place. Source: AAP"), with at least four words of caption before it; else an empty match.</summary>
    private static Match CaptionClosedBySource(string t)
    {
        if (!(t.Contains("Source: ", StringComparison.Ordinal) || t.Contains(", ", StringComparison.Ordinal)) || HasQuotation(t))
        {
            return Match.Empty;
        }
        var m = CommaOrSourceCredit().Match(t);
        if (!m.Success || m.Index == 0 || WordCount(t.AsSpan(0, m.Index)) < 4)
        {
            return Match.Empty;
        }
        var before = t.AsSpan(0, m.Index).TrimEnd();
        return t[m.Index] == '(' || (before.Length > 0 && before[^1] == '.') ? m : Match.Empty;
    }

    /// <summary>One to four capitalised words (a writer's or an outlet's name), a spaced slash and a stamp ("Name Name / 4 March
    /// 2031", "Outlet / March 4, 2031 11:14").</summary>
    private static bool IsNameSlashStamp(string t)
    {
        var slash = t.IndexOf(" / ", StringComparison.Ordinal);
        if (slash <= 0)
        {
            return false;
        }
        var name = t[..slash].Trim();
        var stamp = t[(slash + 3)..].Trim();
        var nameWords = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return nameWords.Length is >= 1 and <= 4 && !HasDigit(name) && nameWords.All(w => char.IsUpper(w[0]) || s_nameConnectors.Contains(w))
            && stamp.Length > 0 && HasDigit(stamp) && IsTimestamp(stamp) && CalendarDate().IsMatch(stamp);
    }

    /// <summary>The rule of a teaser cut short.</summary>
    internal const string TruncatedPreviewRule = "teaser cut short with an ellipsis, whose words open another line of the text (the full line stays)";

    /// <summary>Teasers cut short: a line of five words or more ending in an ellipsis ("Name, a resident who survived the fire, stands
    /// next to miss...") whose words, without the cut last word, open another kept line of the text — a gallery's or a card's preview
    /// of a caption or a paragraph printed in full. The full line stays, so nothing is lost.</summary>
    private static void TruncatedPreviews(string text, List<(int Start, int End, string Trimmed)> lines, List<RemovedBlock> result, IReadOnlyList<RemovedBlock> earlier)
    {
        List<int>? cut = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var t = lines[i].Trimmed;
            if (t.Length >= 30 && (t.EndsWith("...", StringComparison.Ordinal) || t[^1] == '…') && !t.EndsWith("[…]", StringComparison.Ordinal) && !t.EndsWith("[...]", StringComparison.Ordinal))
            {
                (cut ??= []).Add(i);
            }
        }
        if (cut is null)
        {
            return; // most texts: no line ends in an ellipsis
        }
        var (kinds, _) = RemovalIndex(text, result, earlier);
        foreach (var i in cut)
        {
            var (start, end, t) = lines[i];
            if (kinds.ContainsKey(start))
            {
                continue;
            }
            var body = t.TrimEnd('.', '…', ' ');
            var lastSpace = body.LastIndexOf(' ');
            var prefix = lastSpace > 0 ? body[..lastSpace] : string.Empty; // the last word may be cut mid-word
            if (prefix.Length < 25 || WordCount(prefix) < 5)
            {
                continue;
            }
            // The full line stands near its teaser (a card above its story, a gallery above its caption): eight lines either way.
            for (var j = Math.Max(0, i - 8); j < Math.Min(lines.Count, i + 9); j++)
            {
                if (j != i && lines[j].Trimmed.Length > prefix.Length + 1 && !kinds.ContainsKey(lines[j].Start)
                    && lines[j].Trimmed.StartsWith(prefix, StringComparison.Ordinal) && lines[j].Trimmed.Length > body.Length)
                {
                    result.Add(new RemovedBlock("preview", text[start..end], start, end, TruncatedPreviewRule));
                    break;
                }
            }
        }
    }

    /// <summary>The rule of a caption's copy printed without its credit.</summary>
    internal const string CreditedCopyRule = "photo caption printed again without the credit its other copy closes with (the credited copy keeps the words)";

    /// <summary>A caption printed twice, once with a credit glued to its end ("… the coastal road. AP", "… (Name/AGENCY)") and once
    /// without: once the credit went, the copy without it is a repeat (<c>repeated_block</c>) — the other copy keeps every word,
    /// figure and date, so nothing is lost, and the reuse stage reads the pair as a self-repeat. Lines of thirty letters or more.</summary>
    private static void CreditedCopies(string text, List<(int Start, int End, string Trimmed)> lines, List<RemovedBlock> result, IReadOnlyList<RemovedBlock> earlier)
    {
        if (!earlier.Any(r => r.Kind == "credit") && !result.Exists(r => r.Kind == "credit"))
        {
            return; // most texts: no credit removed
        }
        Dictionary<string, int>? credited = null;
        var lineOf = new Dictionary<int, int>();
        for (var i = 0; i < lines.Count; i++)
        {
            lineOf[lines[i].Start] = i;
        }
        foreach (var r in earlier.Concat(result))
        {
            if (r.Kind != "credit" || r.Start <= 0 || r.Start >= text.Length)
            {
                continue;
            }
            var lineStart = text.LastIndexOf('\n', r.Start - 1) + 1;
            if (lineStart == r.Start || !lineOf.TryGetValue(lineStart, out var i) || r.End > lines[i].End
                || text.AsSpan(r.End, lines[i].End - r.End).Trim().Length > 0)
            {
                continue; // a whole line, or a credit that does not close its line
            }
            var key = Key(text[lineStart..r.Start]);
            if (key.Length >= 30)
            {
                (credited ??= new Dictionary<string, int>(StringComparer.Ordinal)).TryAdd(key, i);
            }
        }
        if (credited is null)
        {
            return; // most texts: no credit glued to a caption
        }
        var (kinds, touched) = RemovalIndex(text, result, earlier);
        for (var j = 0; j < lines.Count; j++)
        {
            var (start, end, t) = lines[j];
            if (t.Length < 30 || kinds.ContainsKey(start) || touched.Contains(start) || !credited.TryGetValue(Key(t), out var i) || i == j)
            {
                continue;
            }
            result.Add(new RemovedBlock("repeated_block", text[start..end], start, end, CreditedCopyRule));
        }
    }

    /// <summary>A wire service's slug before a headline ("UPDATE 2-Flood toll rises", "FACTBOX-Key facts") and its story codes in
    /// brackets ("[ID:nN12345678]") inside a kept line: the slug and the code go, the headline's and the line's words stay.</summary>
    private static void WireSlugsAndCodes(string text, List<(int Start, int End, string Trimmed)> lines, List<RemovedBlock> result, IReadOnlyList<RemovedBlock> earlier)
    {
        HashSet<int>? whole = null;
        foreach (var (start, end, t) in lines)
        {
            var slug = t.Length > 4 && char.IsAsciiLetterUpper(t[0]) && char.IsAsciiLetterUpper(t[1]) ? WireSlug().Match(t) : Match.Empty;
            var code = t.Contains("[ID:", StringComparison.Ordinal);
            if (!(slug.Success && slug.Length < t.Length && !char.IsWhiteSpace(t[slug.Length])) && !code)
            {
                continue;
            }
            whole ??= [.. earlier.Concat(result).Select(r => r.Start)];
            if (whole.Contains(start))
            {
                continue; // the line went whole
            }
            var at = text.IndexOf(t, start, StringComparison.Ordinal);
            if (slug.Success && slug.Length < t.Length && !char.IsWhiteSpace(t[slug.Length]))
            {
                result.Add(new RemovedBlock("wire_tag", slug.Value, at, at + slug.Length, "wire service's slug before a headline (the headline stays)"));
            }
            if (code)
            {
                foreach (Match m in WireStoryCode().Matches(t))
                {
                    result.Add(new RemovedBlock("wire_tag", m.Value, at + m.Index, at + m.Index + m.Length, "wire service's story code in brackets"));
                }
            }
        }
    }
}
