using System.Buffers;
using System.Text.RegularExpressions;

namespace Triangulate.Cleaning;

/// <summary>Residue kinds the older rules missed (issue 20, item 1), tried after every other rule: short lines made only of a
/// page's control words ("Text size A A A", "Previous article", "Reuse this content"), section labels standing alone, dividers
/// and end markers of any dash or bracket, ISO stamps, a place before a stamp, publication stamps, bylines, share buttons,
/// cookie notices, rights notices and agency credits in other languages, press-release and report metadata ("Media contact:",
/// "Country:", "Page last reviewed:"), telephone lines, blog and paywall furniture, help-line boxes, content warnings,
/// author notes, video durations and Markdown emphasis or headings around a furniture line.</summary>
/// <remarks>Every rule reads the line's shape or a page's standing words, never a site's name; a line with a quotation, a
/// reporting verb or (outside the fixed labels) a figure stays.</remarks>
internal static partial class ResidueLines
{
    // Words that name a control, a widget or a part of the page; a short line made only of these (and the function words
    // below) is a button, a tab or a heading of the page, never a sentence of the news.
    private static readonly HashSet<string> s_controlWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "shares", "sharing", "sharethis", "addthis", "print", "printable", "printer-friendly", "email", "e-mail", "emailed",
        "e-mailed", "reprints", "reprint", "permalink", "trackback", "trackbacks", "pingback", "pingbacks", "reactions", "slideshow",
        "slideshows", "gallery", "caption", "enlarge", "zoom", "navigation", "menu", "search", "subscriber", "subscribers", "login",
        "logged", "log", "sign", "newsletter", "bookmark", "digg", "stumbleupon", "del.icio.us", "delicious", "technorati", "buzz",
        "reddit", "facebook", "twitter", "whatsapp", "tweet", "blogthis", "replay", "playing", "player", "videos", "video", "watched",
        "watch", "listen", "audio", "font", "text", "size", "page", "article", "articles", "story", "stories", "tools", "headlines",
        "comments", "comment", "likes", "like", "replies", "reply", "abuse", "flag", "inappropriate", "sort", "newest", "oldest",
        "popular", "viewed", "read", "reading", "continue", "original", "attachments", "attachment", "error", "top", "back", "next",
        "previous", "prev", "older", "newer", "post", "posts", "home", "pinned", "featured", "latest", "related", "recommended",
        "author", "translate", "language", "select", "reuse", "advertisement", "advertise", "sponsored", "subscribe", "register",
        "loading", "summary", "scroll", "blog", "buzz", "toggle", "hide", "expand", "collapse", "launch", "view", "full", "main", "more", "most",
        // the same controls in other languages
        "partager", "imprimer", "envoyer", "compartir", "compartilhe", "compartilhar", "imprimir", "enviar", "teilen", "drucken",
        "condividi", "stampa", "udostępnij", "drukuj", "paylaş", "поделиться", "شارك", "分享", "分享到",
        "mixx", "myspace", "recommend", "link", "links",
    };

    // Function words a control line may hold beside its control words ("Continue reading the main story", "Share on WhatsApp").
    private static readonly HashSet<string> s_controlFiller = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "this", "a", "an", "to", "of", "on", "in", "for", "by", "with", "and", "or", "our", "your", "us", "all", "first", "now",
        "must", "just", "up", "via", "here", "it", "be", "is", "me", "my", "at", "small", "medium", "large", "x", "f", "t", "g+", "as",
        "report", "content", "single", "yahoo", "what", "are", "these",
        "sur", "à", "un", "une", "par", "en", "no", "por", "su", "auf", "per", "ami", "correo", "friend", "friends",
    };

    // Words that make a number on a control line a counter ("12 Likes", "Page 1 of 2", "Comments 512").
    private static readonly HashSet<string> s_counterWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "likes", "like", "shares", "comments", "replies", "views", "page", "next", "previous", "prev",
    };

    // Section and desk names that stand alone as a page's label ("Opinion", "Middle East", "Health").
    private static readonly HashSet<string> s_sectionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "world", "news", "africa", "asia", "europe", "americas", "middle", "east", "pacific", "health", "opinion", "analysis", "business",
        "politics", "sport", "sports", "local", "national", "international", "science", "environment", "weather", "disasters",
        "features", "feature", "editorial", "explainer", "breaking", "latest", "summary", "exclusive", "nation", "region", "regional",
        "global", "metro", "society", "culture", "climate", "podcast", "podcasts", "multimedia", "video", "videos", "photos", "pictures",
        "&", "and", "|", "/", "·",
    };

    // Publication stamps in other languages: "Publié le …", "Publicado em …", "Veröffentlicht am …", "نشر في …", "发布时间：…".
    [GeneratedRegex(@"^(?:publié|publiée|publiés|mis à jour|mise à jour|dernière mise à jour|modifié|modifiée|publicado|publicada|actualizado|actualizada|atualizado|atualizada|última actualización|última atualização|veröffentlicht|aktualisiert|zuletzt aktualisiert|erstellt|pubblicato|pubblicata|aggiornato|aggiornata|opublikowano|zaktualizowano|aktualizacja|yayınlanma|güncelleme|güncellendi|опубликовано|обновлено|نشر(?: في)?|تاريخ النشر|آخر تحديث|发布时间|发布日期|更新时间|时间|日期)(?:[\s:：,]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ForeignStampHead();

    // Words a stamp in another language holds beside its figures: months, weekdays, "le", "à", "em", "às", "am", "um", "Uhr", "alle".
    private static readonly HashSet<string> s_foreignStampWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "le", "la", "el", "de", "del", "em", "às", "as", "a", "à", "am", "um", "uhr", "il", "alle", "ore", "o", "godz", "godz.", "h", "à:",
        "publié", "publiée", "mis", "mise", "jour", "modifié", "modifiée", "dernière", "publicado", "publicada", "actualizado", "actualizada",
        "atualizado", "atualizada", "última", "actualización", "atualização", "veröffentlicht", "aktualisiert", "zuletzt", "erstellt",
        "pubblicato", "pubblicata", "aggiornato", "aggiornata", "opublikowano", "zaktualizowano", "aktualizacja", "yayınlanma",
        "güncelleme", "güncellendi", "опубликовано", "обновлено", "نشر", "في", "تاريخ", "النشر", "آخر", "تحديث",
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
        "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
        "januar", "februar", "märz", "juni", "juli", "oktober", "dezember",
        "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
        "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes",
        "sábado", "domingo", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
        "-", "–", "—", "|", "·", "/", ",", ":", "：",
    };

    // A byline in another language: "Par Name Name", "Por Name", "Von Name", "Di Name", "Przez Name".
    private static readonly HashSet<string> s_foreignByWords = new(StringComparer.Ordinal) { "Par", "Por", "Von", "Di", "Door", "Przez", "Av", "PAR", "POR", "VON" };

    // Connectors and roles a foreign byline may hold between its names.
    private static readonly HashSet<string> s_foreignBylineFiller = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "da", "do", "dos", "das", "du", "des", "van", "von", "der", "den", "y", "e", "et", "und", "i", "la", "le", "el", "à", "a", "en",
        "em", "in", "con", "avec", "mit", "correspondant", "correspondante", "envoyé", "envoyée", "spécial", "spéciale", "corresponsal",
        "correspondente", "enviado", "enviada", "especial", "korrespondent", "korrespondentin", "inviato", "inviata", "rédaction",
        "redacción", "redação", "redaktion", "redazione", "journaliste", "periodista", "jornalista",
    };

    // A cookie notice in another language: "Ce site utilise des cookies", "Este sitio utiliza cookies", "Diese Website verwendet Cookies".
    [GeneratedRegex(@"\b(?:utilise|utilisons|utilisation|utiliza|utilizamos|usa|usamos|utilizza|utilizziamo|verwendet|verwenden|nutzt|nutzen|używa|używamy|kullanır|kullanıyoruz|kullanmaktadır|acceptez|accepter|aceptas|aceptar|aceita|aceitar|akzeptieren|accetti|accetta|zgadzasz)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ForeignCookieVerb();

    // A rights notice in another language.
    [GeneratedRegex(@"tous droits réservés|todos los derechos reservados|todos os direitos reservados|alle rechte vorbehalten|riproduzione riservata|tutti i diritti riservati|wszelkie prawa zastrzeżone|все права защищены|tüm hakları saklıdır|جميع الحقوق محفوظة|版权所有|版權所有", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ForeignRights();

    // An agency credit in another language: "(avec AFP)", "Con información de agencias", "com agências", "mit Material von dpa".
    [GeneratedRegex(@"^\(?\s*(?:[Aa]vec|AVEC|[Cc]on información de|[Cc]on informaciones de|[Cc]om informações d[aeo]s?|[Cc]om|[Mm]it Material von|[Mm]it|[Cc]on)\s+(?:l['’]|les |las |los |as |os |la |le )?(?:agences?|agencias|agências|agenturen|agenzie|[A-Z][\w.-]*(?:\s*(?:,|et|y|e|und|/)\s*[A-Z][\w.-]*){0,4})\s*\)?\.?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ForeignAgencyCredit();

    // A labelled line of a page in a script without spaces: "来源：新华社", "责任编辑：王明", "分享到：".
    [GeneratedRegex(@"^(?:来源|來源|责任编辑|責任編輯|编辑|編輯|记者|記者|作者|分享到|分享|摄影|攝影|图片来源|圖片來源|出处|出處)\s*[:：]", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex CjkLabel();

    // A labelled source or credit line in Arabic: "المصدر: …", "تصوير: …", "شارك".
    [GeneratedRegex(@"^(?:المصدر|مصدر|تصوير|كتب|بقلم|ဓာတ်ပုံ|သတင်း)\s*[:：-]|^(?:شارك|شارك هذا|مشاركة)(?:\s*[:：])?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ArabicLabel();

    // Foreign headings of a box of other stories: "À la une", "Dans la même rubrique", "Lo más leído", "Mais lidas".
    [GeneratedRegex(@"^(?:à la une|a la une|dans la même rubrique|les plus lus|les plus partagés|lo más leído|lo más visto|más noticias|mais lidas|mais vistas|últimas notícias|últimas noticias|meistgelesen|am meisten gelesen|i più letti|più letti|najczęściej czytane|najnowsze|en çok okunanlar|самое читаемое|الأكثر قراءة|الأكثر مشاهدة|热门新闻|热点新闻|最新新闻)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ForeignHeading();

    // Press-release and report furniture: contacts, notes to editors, release labels, report metadata fields.
    [GeneratedRegex(@"^(?:For (?:more|further) information|Media (?:contacts?|enquiries|inquiries)|Press (?:contacts?|office|enquiries|inquiries)|Notes? (?:to|for) editors?|Editor['’]?s? notes?\s*:|PRESS RELEASE|Press [Rr]elease|NEWS RELEASE|News [Rr]elease|For [Ii]mmediate [Rr]elease|FOR IMMEDIATE RELEASE|Embargoed (?:until|till)|EMBARGOED)\b[^\n]*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ReleaseLine();

    // A field of a report's or a page's metadata: "Country: X", "Document type: X", "Page last reviewed: date", "Our standards: …".
    [GeneratedRegex(@"^(?:Country|Countries|Primary country|Disaster|Disasters|Disaster type|Document type|Content format|Language|Languages|Theme|Themes|Theme\(s\)|Country\(ies\)|Vulnerable groups|Organization|Organisation|Page last (?:reviewed|updated|modified)(?: at| on)?|Last reviewed|Received|Accepted|Citation|DOI|Funding|Competing interests|Academic editor|Content source|Suggested citation|Corresponding author|Our [Ss]tandards|Editing|Edited|Translated|Translation|Translator|Producer|Produced|Photographer|Photography|Graphics|Video editor|Illustration|Fact-checked|Fact checked|Weather)(?: by)?\s*:\s*\S[^\n]*$|^(?:Translated|Produced|Edited|Photographed|Illustrated|Fact-checked|Designed) by\s+[A-Z][^\n.!?]+$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex MetadataField();

    // A telephone line: "Tel: +41 22 791 2111", "Mobile: +254 700 000 000", "Hotline 0800 123 456".
    [GeneratedRegex(@"^(?:Tel|Tél|Tele|Telephone|Phone|Ph|Mobile|Mob|Cell|Fax|Hotline|Helpline|WhatsApp)\.?\s*[:.]?\s*\+?\(?\d[\d\s().\-/]{5,24}\d(?:\s*[|,;/]\s*[^\n]*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PhoneLine();

    // A help-line box or a content warning: "If you or someone you know is struggling …", "Need to talk? …",
    // "Warning: this story contains graphic content".
    [GeneratedRegex(@"^(?:If you or someone you know|If you(?:['’]re| are) (?:struggling|affected|in distress|having thoughts)|Where to get help|Need to talk\?|Need help\?|(?:Content |Trigger )?Warning\s*:[^\n]*\b(?:graphic|disturbing|distressing|upsetting|violent|sensitive)\b|(?:Reader|Viewer) discretion (?:is )?advised|This (?:story|article|report|video|page) (?:contains|may contain|includes) [^\n]*\b(?:graphic|disturbing|distressing|upsetting)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex HelpOrWarning();

    // Blog, aggregator and paywall furniture.
    [GeneratedRegex(@"^(?:This (?:entry|post) was posted (?:in|on)\b[^\n]*|[^\n]*\bBookmark the permalink\.?|About these ads|Occasionally,? some of your visitors may see[^\n]*|Posted by [\w.-]{2,40} at \d{1,2}[:.]\d{2}\s?(?:[AaPp]\.?[Mm]\.?)?(?:\s+(?:\d{1,4}|No) comments?:?)?|(?:h/t|H/T|Hat tip)\s*:?\s+[A-Z][^\n.!?]+|You are here\s*:[^\n]*|Already (?:a )?(?:subscriber|member|registered)\b[^\n]*|This (?:content|article|story) is (?:only )?(?:for|available to|reserved for|available for) (?:subscribers|members|premium)[^\n]*|Support (?:independent|quality|our|local) journalism[^\n]*|Become a (?:member|subscriber|supporter|patron)\b[^\n]*|Your subscription (?:has been|was|could not|is)\b[^\n]*|Thank you for reading[^\n]*|You(?:['’]ve| have) reached your (?:limit|maximum|free)[^\n]*|Get unlimited (?:digital )?access[^\n]*|Unlock (?:unlimited|full) access[^\n]*|Got a (?:story|news tip|tip)\b[^\n]*|What do you think\?[^\n]*|Have your say[^\n]*|Tell us what you think[^\n]*|(?:Please )?(?:refer to|see|download) the attached (?:file|document|report|pdf)[^\n]*|[^\n]*\bis not responsible for the content of (?:external|other|third[- ]party) (?:sites|websites|links)\.?)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PageFurnitureLine();

    // Tag and topic lists under other labels: "Tagged with: …", "Subjects: …", "In this article: …", "Explore more on these topics".
    [GeneratedRegex(@"^(?:Tagged(?: with| as| in)?\s*:|Subjects?\s*:|In this (?:article|story)\s*:|Explore more on (?:these|this) topics?|More on these topics|Related subjects\s*:|Topics? in this (?:article|story)|All [Aa]bout [A-Z])[^\n]*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex MoreTagList();

    // A disclaimer or permission notice: "The views expressed are the author's own", "[This report does not necessarily reflect the
    // views of …]", "Republished with permission", "does not imply endorsement", an open licence, a print-edition note.
    [GeneratedRegex(@"^\[?(?:The )?(?:[Vv]iews|[Oo]pinions) expressed\b[^\n]*$|^\[?(?:Republished|Reprinted|Reproduced|Published|Shared) with (?:kind )?permission\b[^\n]*$|^\[?[^\n]*\bdo(?:es)? not necessarily (?:reflect|represent) (?:the )?(?:views|opinions|position|policies)\b[^\n]*$|^[^\n]*\bdoes not (?:imply|constitute) (?:an? )?(?:endorsement|recommendation)\b[^\n]*$|^[^\n]*\b(?:Creative Commons|open[- ]access article distributed under)\b[^\n]*$|^A version (?:of this (?:article|story|report) )?appear(?:s|ed)\b[^\n]*$|^Part of (?:complete|our|full) coverage (?:on|of)\b[^\n]*$|^(?:Get|Receive|To receive) (?:email|e-mail) (?:updates|alerts)\b[^\n]*$|^[^\n]*\bpast stories on this (?:issue|topic)\b[^\n]*$|^Article history$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Disclaimer();

    // A short author's note at the foot of a story: "Name Name is a reporter covering …", "Name Name is a correspondent based in …".
    [GeneratedRegex(@"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3} (?:is|was) (?:a|an|the)(?: [\w-]+){0,3} (?:reporter|correspondent|journalist|writer|editor|producer|photographer|photojournalist|columnist|contributor|freelancer|fellow)\b(?: (?:covering|who covers|based in|for|at|with|who writes|who reports|on)\b)[^\n]*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AuthorNote();

    // A listening- or reading-time label without brackets, in several languages.
    [GeneratedRegex(@"^(?:Listen|Écouter|Ecouter|Lecture|Temps de lecture|Lesezeit|Tiempo de lectura|Leitura|Tempo di lettura)\s*:?\s*\d{1,3}\s?(?:min|mins|minutes?|minutos?|minuti|Min)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ListenTime();

    // An ISO stamp alone: "2015-04-02T10:31:00+03:00".
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex IsoStamp();

    // End markers of any dash or bracket: "— END —", "- ENDS -", "/ends", "[ENDS]", "-0-".
    [GeneratedRegex(@"^[-–—/(\[\s]*(?:END|ENDS|End|Ends|ends|end|Fin|FIN|Ende|ENDE)[-–—)\]\s.]*$|^[-–—]\s?0\s?[-–—]$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DashedEndMarker();

    // A video title closed by its running time: "Rescuers reach the village (2:14)".
    [GeneratedRegex(@"^(?:VIDEO|Video|WATCH|Watch)\s*[:|–—-]\s*[^\n][^\n]+$|^[^\n][^\n][^\n]+\(\s?\d{1,2}:\d{2}(?::\d{2})?\s?\)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex VideoTitle();

    // Wire credits without a name: "From wire reports", "Compiled from wire services", "Wire reports".
    [GeneratedRegex(@"^\(?(?:(?:Compiled |Adapted )?[Ff]rom (?:staff and |our )?)?(?:[Ww]ire|[Nn]ews wire|[Aa]gency|[Nn]ews agency) (?:reports|services|dispatches|copy)\)?\.?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex WireReports();

    // A wire desk code in brackets: "(ab/cd)", "(ab/cd/ef)".
    [GeneratedRegex(@"^\([A-Za-z]{2,4}(?:/[A-Za-z]{2,4}){1,4}\)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex BracketedDeskCode();

    // A caption closed by an agency after a spaced slash: "Rescuers search the rubble / AFP".
    [GeneratedRegex(@"\s/\s(?:AFP|AP|Reuters|REUTERS|EPA|Xinhua|Getty Images|dpa|Anadolu|PTI|ANI|UPI|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})\s*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SlashCredit();

    // A credit line by its label: "Image copyright AGENCY Image caption …", "Courtesy of Name Name", "Photo courtesy: Name".
    [GeneratedRegex(@"^(?:Image|Photo|Picture) copyright\b[^\n]*$|^(?:(?:Photo|Picture|Image) )?[Cc]ourtesy(?: of)?\s*:?\s+[A-Z][^\n.!?]+$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex LabelledPictureCredit();

    // A picture's credit or stand-in words alone: "Getty Images", "Handout", "Supplied photo", "File image", "Representative image".
    private static readonly HashSet<string> s_pictureCreditWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "getty", "images", "image", "handout", "supplied", "file", "photo", "photos", "picture", "pictures", "representative",
        "representational", "illustrative", "illustration", "purposes", "purpose", "only", "for", "courtesy", "stock", "screengrab",
        "screenshot", "grab", "archive", "archives", "via", "credit", "credits", "photograph", "photographs", "used", "an", "a", "the",
        "of", "from", "social", "media", "shutterstock", "istock", "istockphoto", "copyright", "caption", ":", "/", "|", "-", "–", "—",
    };

    // Picture words that make a line of the words above a credit (not "For the families" or "Only the media").
    private static readonly HashSet<string> s_pictureCreditCore = new(StringComparer.OrdinalIgnoreCase)
    {
        "getty", "handout", "supplied", "representative", "representational", "illustrative", "screengrab", "screenshot", "shutterstock",
        "istock", "istockphoto", "copyright", "caption",
    };

    // Guards: each is a necessary condition of its pattern (the characters it opens with, or a word it needs), never a rule.
    private static readonly System.Buffers.SearchValues<string> s_foreignRightsWords = AnyCase(
        "réserv", "reserv", "rechte", "riservat", "zastrzeż", "защищ", "saklı", "محفوظة", "版权", "版權");
    private static readonly System.Buffers.SearchValues<char> s_foreignCreditOpeners = System.Buffers.SearchValues.Create("(AaCcMm");
    private static readonly System.Buffers.SearchValues<char> s_releaseOpeners = System.Buffers.SearchValues.Create("FMPNE");
    private static readonly System.Buffers.SearchValues<char> s_helpOpeners = Openers("IWNRTCV");
    private static readonly System.Buffers.SearchValues<char> s_moreTagOpeners = System.Buffers.SearchValues.Create("TSIEMRA");
    private static readonly System.Buffers.SearchValues<string> s_pageFurnitureWords = System.Buffers.SearchValues.Create(
        ["This entry", "This post", "permalink", "About these ads", "Occasionally", "Posted by ", "h/t", "H/T", "Hat tip", "You are here",
         "Already ", "This content", "This article", "This story", "Support ", "Become a", "Your subscription", "Thank you for reading",
         "reached your", "Get unlimited", "Unlock ", "Got a ", "What do you think", "Have your say", "Tell us what", "the attached",
         "not responsible for the content"], StringComparison.Ordinal);
    private static readonly System.Buffers.SearchValues<string> s_disclaimerWords = AnyCase(
        "expressed", "permission", "necessarily", "endorsement", "recommendation", "creative commons", "open-access", "open access",
        "a version", "part of ", "updates", "alerts", "past stories", "article history");

    /// <summary>The kinds of this file (see the type's summary); null for content.</summary>
    private static (string Kind, string Rule)? ClassifyKind(string t, int words)
    {
        if (words > 60)
        {
            return null;
        }
        if (IsDivider(t) || (words <= 3 && DashedEndMarker().IsMatch(t)))
        {
            return ("end_marker", "end marker or divider (a line of symbols, or END between dashes or brackets)");
        }
        if ((t.StartsWith("**", StringComparison.Ordinal) && t.EndsWith("**", StringComparison.Ordinal) && t.Length > 4)
            || (t.StartsWith("__", StringComparison.Ordinal) && t.EndsWith("__", StringComparison.Ordinal) && t.Length > 4)
            || (t.StartsWith('#') && t.TrimStart('#').StartsWith(' ')))
        {
            // Markdown emphasis or a heading around a line: the line inside decides.
            var inner = t.Trim('*', '_', '#', ' ');
            if (inner.Length > 0 && Classify(inner, false) is { } wrapped)
            {
                return (wrapped.Kind, "Markdown emphasis or heading around: " + wrapped.Rule);
            }
            return null;
        }
        if (words <= 16 && t.StartsWith("<!--", StringComparison.Ordinal) && t.EndsWith("-->", StringComparison.Ordinal))
        {
            return ("markup", "HTML comment left in the text");
        }
        if (char.IsAsciiDigit(t[0]) && IsoStamp().IsMatch(t))
        {
            return ("timestamp", "ISO date/time stamp standing alone");
        }
        if (words <= 8 && IsPlaceAndStamp(t))
        {
            return ("timestamp", "place name before a date/time stamp (a dateline standing alone)");
        }
        if (words <= 16 && HasDigit(t) && IsForeignStamp(t))
        {
            return ("timestamp", "publication or update stamp in another language");
        }
        if (words <= 30 && MayHold(t, s_foreignRightsWords) && ForeignRights().IsMatch(t))
        {
            return ("copyright", "rights notice in another language");
        }
        if (words <= 50 && t.Contains("cookie", StringComparison.OrdinalIgnoreCase) && ForeignCookieVerb().IsMatch(t))
        {
            return ("cookie", "cookie notice in another language");
        }
        if (words <= 12 && MayOpen(t, s_foreignCreditOpeners) && !HasDigit(t) && ForeignAgencyCredit().IsMatch(t))
        {
            return ("credit_line", "agency credit in another language (\"avec AFP\")");
        }
        if (t.Length <= 40 && !char.IsAscii(t[0]) && (CjkLabel().IsMatch(t) || (words <= 6 && ArabicLabel().IsMatch(t))))
        {
            return ("credit_line", "labelled source, editor or share line in a script without Latin words");
        }
        if (words <= 5 && ForeignHeading().IsMatch(t))
        {
            return ("label", "heading of a box of other stories in another language");
        }
        if (words <= 10 && IsForeignByline(t))
        {
            return ("byline", "byline in another language (\"Par …\", \"Por …\", \"Von …\")");
        }
        if (words <= 30 && ((MayOpen(t, s_releaseOpeners) && ReleaseLine().IsMatch(t))
            || (words <= 25 && (t.AsSpan(0, Math.Min(t.Length, 40)).Contains(':') || t.Contains(" by ", StringComparison.Ordinal)) && MetadataField().IsMatch(t) && !HasQuotation(t))))
        {
            return ("label", "press-release or report metadata (contact, release label, labelled field)");
        }
        if (words <= 14 && HasDigit(t) && PhoneLine().IsMatch(t))
        {
            return ("contact", "telephone line");
        }
        if (words <= 60 && MayOpen(t, s_helpOpeners) && HelpOrWarning().IsMatch(t) && !Reports(t))
        {
            return ("promo", "help-line box or content warning");
        }
        if (words <= 45 && t.AsSpan().ContainsAny(s_pageFurnitureWords) && PageFurnitureLine().IsMatch(t) && !Reports(t))
        {
            return ("promo", "blog, aggregator or paywall furniture");
        }
        if (words <= 30 && MayOpen(t, s_moreTagOpeners) && MoreTagList().IsMatch(t) && !(EndsLikeSentence(t) && words > 6 && !t.Contains(':', StringComparison.Ordinal)))
        {
            return ("tags", "tag or topic list (\"Tagged with\", \"Subjects\", \"In this article\")");
        }
        if (words <= 50 && MayHold(t, s_disclaimerWords) && Disclaimer().IsMatch(t) && !Reports(t))
        {
            return ("copyright", "disclaimer or permission notice (views, endorsement, licence, republication)");
        }
        if (words <= 40 && EndsLikeSentence(t) && (t.Contains(" is ", StringComparison.Ordinal) || t.Contains(" was ", StringComparison.Ordinal)) && AuthorNote().IsMatch(t) && !HasBareFigure(t) && !Reports(t))
        {
            return ("byline", "author's note (who the reporter is)");
        }
        if ((words <= 6 && WireReports().IsMatch(t)) || (t.Length <= 24 && BracketedDeskCode().IsMatch(t)))
        {
            return ("credit_line", "wire credit without a name, or a desk code in brackets");
        }
        if (words <= 20 && (t[0] is 'V' or 'W' || t.EndsWith(')')) && (!HasDigit(t) || t.EndsWith(')')) && VideoTitle().IsMatch(t) && !HasBareFigure(BeforeBracket(t)))
        {
            return ("video", "embedded-video title (a video label, or its running time)");
        }
        if (words <= 5 && HasDigit(t) && ListenTime().IsMatch(t))
        {
            return ("label", "listening- or reading-time label (\"Listen 3 min\", \"Lecture : 3 min\")");
        }
        if (words <= 6 && HasDigit(t) && GalleryCounter(t))
        {
            return ("gallery", "picture-gallery or page counter");
        }
        if (words <= 10 && IsControlLine(t))
        {
            return ("share", "line of page controls (buttons, tabs, counters)");
        }
        if (words <= 3 && IsSectionLabel(t))
        {
            return ("section_label", "section name standing alone");
        }
        if ((words <= 6 && IsPictureCredit(t)) || (words <= 40 && t[0] is 'I' or 'P' or 'C' or 'c' && !HasBareFigure(t) && LabelledPictureCredit().IsMatch(t)))
        {
            return ("credit", "picture credit or stand-in words alone (\"Handout\", \"File image\")");
        }
        if (words <= 30 && t.Contains(" / ", StringComparison.Ordinal) && !EndsLikeSentence(t) && !HasBareFigure(t) && SlashCredit().Match(t) is { Success: true } slash && slash.Index > 0
            && WordCount(t.AsSpan(0, slash.Index)) >= 3)
        {
            return ("caption", "photo caption closed by a credit after a spaced slash");
        }
        return ClassifyNotice(t, words);
    }

    /// <summary>A run of two or more headline-shaped lines after the story's last prose paragraph, next to furniture already
    /// removed, is a box of other stories whose heading was lost ("related" lines without a "Related" heading).</summary>
    /// <remarks>Each line: four to sixteen words, a capital or a figure first, no sentence end (a question mark allowed), no
    /// quotation or reporting verb. A headline of another story may carry a figure ("Toll rises to 300 as rain returns"): the run
    /// stands outside the story, next to furniture. A list of names (shorter lines) or of key facts (sentences, or lines that
    /// do not touch furniture) stays.</remarks>
    private static void TrailingHeadlines(string text, List<(int Start, int End, string Trimmed)> lines, int firstContent, List<RemovedBlock> result,
        IReadOnlyList<RemovedBlock> earlier, bool[]? table)
    {
        var removed = new HashSet<int>(result.Select(r => r.Start));
        removed.UnionWith(earlier.Where(r => r.End - r.Start >= 2).Select(r => r.Start));
        var last = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Trimmed.Length > 0 && !removed.Contains(lines[i].Start) && LineScore.IsProse(lines[i].Trimmed))
            {
                last = i;
            }
        }
        if (last < 0)
        {
            return;
        }
        var i2 = last + 1;
        while (i2 < lines.Count)
        {
            if (lines[i2].Trimmed.Length == 0 || removed.Contains(lines[i2].Start))
            {
                i2++;
                continue;
            }
            var runStart = i2;
            while (i2 < lines.Count && lines[i2].Trimmed.Length > 0 && !removed.Contains(lines[i2].Start))
            {
                i2++;
            }
            var run = i2 - runStart;
            if (run < 2 || runStart <= firstContent)
            {
                continue;
            }
            var touches = (runStart > 0 && removed.Contains(lines[runStart - 1].Start)) || (i2 < lines.Count && removed.Contains(lines[i2].Start));
            var all = touches;
            for (var j = runStart; j < i2 && all; j++)
            {
                var t = lines[j].Trimmed;
                var w = WordCount(t);
                all = (table is null || !table[j]) && w is >= 4 and <= 16 && IsOtherStoryHeadline(t) && (!EndsLikeSentence(t) || t.EndsWith('?'))
                    && !HasQuotation(t) && !HasReportingVerb(t);
            }
            if (!all)
            {
                continue;
            }
            for (var j = runStart; j < i2; j++)
            {
                result.Add(new RemovedBlock("related", text[lines[j].Start..lines[j].End], lines[j].Start, lines[j].End, "run of headlines after the story's last paragraph, next to page furniture"));
            }
        }
    }

    // The line before its last opening bracket (a running time "(2:14)" is not a figure of the news).
    private static string BeforeBracket(string t)
    {
        var open = t.LastIndexOf('(');
        return open >= 0 ? t[..open] : t;
    }

    // A line without a letter or a digit ("* * *", "+++", "---", "~~~"): a divider.
    private static bool IsDivider(string t)
    {
        if (t.Length < 2)
        {
            return false;
        }
        foreach (var c in t)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    // "Page 1 of 2", "1 of 12", "1 2 3 Next": a counter of pages or pictures.
    private static bool GalleryCounter(string t)
    {
        var tokens = Tokens(t);
        var numbers = 0;
        var hasOf = false;
        var hasPage = false;
        foreach (var raw in tokens)
        {
            var w = raw.Trim('»', '«', '›', '‹', '|', ':', '.', '…');
            if (w.Length == 0)
            {
                continue;
            }
            if (w.All(char.IsAsciiDigit) && w.Length <= 3)
            {
                numbers++;
            }
            else if (w.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                hasOf = true;
            }
            else if (w.ToLowerInvariant() is "page" or "next" or "previous" or "prev" or "photo" or "picture" or "image" or "slide")
            {
                hasPage = true;
            }
            else
            {
                return false;
            }
        }
        return (numbers == 2 && hasOf) || (numbers >= 2 && hasPage);
    }

    // Every word a page control or a function word, one of them a control ("Text size A A A", "Reuse this content", "12 Likes").
    private static bool IsControlLine(string t)
    {
        if (HasQuotation(t) || t.EndsWith(',') || t.EndsWith(';'))
        {
            return false; // a quotation, or a line that runs on into the next
        }
        var controls = 0;
        var numbers = 0;
        var counter = false;
        foreach (var raw in new Words(t))
        {
            var w = raw.Trim(s_pageControlTrim);
            if (w.Length == 0)
            {
                continue;
            }
            var word = w.ToString();
            if (word.All(char.IsAsciiDigit))
            {
                if (word.Length > 5)
                {
                    return false;
                }
                numbers++;
                continue;
            }
            if (s_controlWords.Contains(word))
            {
                controls++;
                counter |= s_counterWords.Contains(word);
                continue;
            }
            if (!s_controlFiller.Contains(word) && !s_sectionWords.Contains(word))
            {
                return false;
            }
        }
        return controls > 0 && (numbers == 0 || (counter && numbers <= 3));
    }

    private static readonly char[] s_pageControlTrim = ['.', ',', ':', ';', '!', '?', '…', '»', '«', '›', '‹', '→', '←', '|', '·', '•', '/', '-', '–', '—', '(', ')', '[', ']', '+', '*'];

    // One to three section names alone ("Opinion", "Middle East", "World | Africa").
    private static bool IsSectionLabel(string t)
    {
        if (t.Length == 0 || !char.IsUpper(t[0]) || EndsLikeSentence(t) || HasDigit(t))
        {
            return false;
        }
        var any = false;
        foreach (var raw in new Words(t))
        {
            var w = raw.Trim(s_pageControlTrim).ToString();
            if (w.Length == 0)
            {
                continue;
            }
            if (!s_sectionWords.Contains(w))
            {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static bool IsPictureCredit(string t)
    {
        if (HasDigit(t) || (EndsLikeSentence(t) && !t.EndsWith("only.", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        var core = false;
        foreach (var raw in new Words(t.Replace("/", " / ", StringComparison.Ordinal)))
        {
            var w = raw.ToString().Trim('.', ',', '(', ')', '[', ']', ':');
            if (w.Length == 0)
            {
                continue;
            }
            if (!s_pictureCreditWords.Contains(w) && !IsAgencyName(w))
            {
                return false;
            }
            core |= s_pictureCreditCore.Contains(w) || (w.Equals("file", StringComparison.OrdinalIgnoreCase) && t.Contains("image", StringComparison.OrdinalIgnoreCase));
        }
        return core;
    }

    private static bool IsAgencyName(string w) => w is "AFP" or "AP" or "Reuters" or "REUTERS" or "EPA" or "Xinhua" or "XINHUA" or "dpa" or "Anadolu" or "PTI" or "ANI" or "UPI" or "EFE" or "ANSA" or "TASS";

    // "Place, Thursday April 2, 2015": one to four capitalised words, a comma, and a stamp. The place may name its region in
    // brackets or after a second comma ("Place (Region), October 3, 2031", "Place, Region, October 3, 2031"), and an agency in
    // brackets may close the line ("…, October 3, 2031 (WIRE)"); the stamp always holds a full calendar date, which the removal keeps.
    private static bool IsPlaceAndStamp(string t)
    {
        var comma = t.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0 || comma > 40 || !HasDigit(t) || !(char.IsUpper(t[0]) || char.IsAsciiLetterLower(t[0])))
        {
            return false;
        }
        if (!IsPlaceSegment(t[..comma], first: true))
        {
            return false;
        }
        var rest = WithoutClosingAgency(t[(comma + 1)..].Trim());
        if (rest.Length > 0 && IsTimestamp(rest) && DateIn(rest) is not null)
        {
            return true;
        }
        var second = rest.IndexOf(',', StringComparison.Ordinal);
        if (second <= 0 || second > 30 || !IsPlaceSegment(rest[..second], first: false))
        {
            return false; // at most one more place before the stamp ("Place, Region, …")
        }
        var stamp = rest[(second + 1)..].Trim();
        return stamp.Length > 0 && IsTimestamp(stamp) && DateIn(stamp) is not null;
    }

    // One to four capitalised words (or a domain name), the last of them may stand in brackets: "Place (Region)"; never a date word.
    private static bool IsPlaceSegment(string place, bool first)
    {
        var placeWords = Tokens(place);
        if (placeWords.Count is 0 or > 4 || s_dateWords.Contains(placeWords[0].Trim('(', ')')))
        {
            return false;
        }
        foreach (var raw in placeWords)
        {
            var w = raw.Trim('(', ')');
            if (w.Length == 0 || !((char.IsUpper(w[0]) && !w.Any(char.IsDigit)) || (first && IsDomainName(w))))
            {
                return false;
            }
        }
        return true;
    }

    // "October 3, 2031 (WIRE)" → "October 3, 2031": an agency's name of two to six capitals in brackets at the end.
    private static string WithoutClosingAgency(string rest)
    {
        if (rest.Length < 6 || rest[^1] != ')')
        {
            return rest;
        }
        var open = rest.LastIndexOf('(');
        var name = open > 0 ? rest.AsSpan(open + 1, rest.Length - open - 2) : default;
        return name.Length is >= 2 and <= 6 && !name.ContainsAnyExcept(s_capitals) ? rest[..open].TrimEnd() : rest;
    }

    private static readonly SearchValues<char> s_capitals = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    // "site.example", "news.example.co.uk": letters, digits and hyphens between dots, ending in letters.
    private static bool IsDomainName(string w)
    {
        var dot = w.LastIndexOf('.');
        return dot > 0 && dot < w.Length - 2 && w[(dot + 1)..].All(char.IsAsciiLetterLower) && w.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-');
    }

    // "Publié le 22 octobre 2010 à 14h32", "Publicado em 25/01/2019 às 14h32", "نشر في 24 سبتمبر 2015", "发布时间：2021-03-14 10:22".
    private static bool IsForeignStamp(string t)
    {
        var head = ForeignStampHead().Match(t);
        if (!head.Success)
        {
            return false;
        }
        var rest = t[head.Length..].Trim(' ', ':', '：');
        if (rest.Length == 0)
        {
            return false;
        }
        foreach (var raw in new Words(rest.Replace(",", " , ", StringComparison.Ordinal)))
        {
            var w = raw.ToString().Trim(':', '：', '.', ',');
            if (w.Length == 0 || (HasDigit(w) && w.All(c => char.IsDigit(c) || c is ':' or '.' or '/' or '-' or 'h' or 'H' or '：')))
            {
                continue;
            }
            if (!s_foreignStampWords.Contains(w) && !s_dateWords.Contains(w))
            {
                return false;
            }
        }
        return true;
    }

    // "Par Name Name", "Por Name Name, correspondente em Place".
    private static bool IsForeignByline(string t)
    {
        var space = t.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || !s_foreignByWords.Contains(t[..space]) || EndsLikeSentence(t) || HasDigit(t))
        {
            return false;
        }
        var names = 0;
        foreach (var raw in new Words(t.AsSpan(space + 1)))
        {
            var w = raw.ToString().Trim(',', ':', '|', '-', '–', '—');
            if (w.Length == 0)
            {
                continue;
            }
            if (char.IsUpper(w[0]))
            {
                names++;
            }
            else if (!s_foreignBylineFiller.Contains(w))
            {
                return false;
            }
        }
        return names >= 1;
    }
}
