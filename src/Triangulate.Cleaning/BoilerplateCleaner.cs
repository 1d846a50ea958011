using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Triangulate.Ingest;

namespace Triangulate.Cleaning;

/// <summary>Removes scraper residue, outlet signatures, provenance lines and blocks repeated inside one document, and reads the metadata stated in the text.</summary>
/// <remarks>
/// Every rule is general (no outlet's strings): residue phrases that scrapers leave on any site, line shapes
/// (a short trailing name line that matches the dateline agency or reads as a media name), and repetition.
/// The cleaner only deletes ranges; each deletion is recorded with its offsets in the original text and the rule
/// that made it, and <see cref="CleanDocument.Map"/> maps cleaned offsets back.
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public sealed partial class BoilerplateCleaner : ICleaner
{
    // A scraper's leading date stamp: " date 2025-03-11" at the very start of the file.
    [GeneratedRegex(@"\A\s*(?:date|published|posted|updated)\s*:?\s*(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.]+Z?)?[ \t]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex LeadingDate();

    // Residue phrases left by scrapers and page furniture; matched anywhere, removed with trailing spaces.
    [GeneratedRegex(@"(?:SCROLL (?:DOWN )?TO CONTINUE(?: WITH CONTENT| READING)?|CONTINUE READING BELOW|ADVERTISEMENT|Advertisement\b(?=\s*$)|Story continues below(?: advertisement)?|(?:Skip|Jump) (?:to|past) (?:the )?(?:main )?(?:content|advertisement|navigation)|\((?:Image|Photo|Picture|Video|Credit|Photo credit)s?\s*:\s*[^()\n]{1,80}\)|\[\s*\]|\(\s*\))[ \t]*",
        RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Residue();

    // A photo or image credit closing a line: "Photo: A. Name/Agency", "Photo Credit: @desk", "Image source: Twitter".
    [GeneratedRegex(@"[ \t]*\b(?:Photo(?:graph)?(?: credit)?|Image(?: source| credit)?|Picture|Credit|Pic)s?\s*:\s*[^\n()]{1,80}?[ \t]*$",
        RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex CreditAtLineEnd();

    // A wire or agency signature glued to the end of a paragraph: "…until May 22.-Bernama", "…responsible. (NAN)".
    [GeneratedRegex(@"(?<=[.!?”""'])[ \t]*(?:[-–—][ \t]*[A-Z][A-Za-z]{1,14}|\([A-Z]{2,8}\))[ \t]*$",
        RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex SignatureAtParagraphEnd();

    // A short caption line credited to an agency: "Injured people wait at the hospital, Tuesday. — AP".
    [GeneratedRegex(@"^[^\n]{10,220}?[.,][ \t]*[—–-][ \t]*(?:AP|AFP|Reuters|EPA|Getty Images|dpa|Xinhua|Anadolu|AA|IHA|WAM|SPA|ANI|PTI|Bernama|NAN|TASS|RIA Novosti|UPI|Sputnik|SANA|IRNA|KUNA|MENA|QNA)[ \t]*(?:\r?\n|\z)",
        RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex CaptionLine();

    // Byline, timestamp and credit lines: "AP | Posted Wed 18 Oct 2023, 11:03 AM | Updated …", "Staff | Agencies",
    // "Story by The Associated Press", "Reporting by A and B", "Avert Magazine — Latest News".
    [GeneratedRegex(@"^[ \t]*(?:[^\n|]{1,40}\|[ \t]*(?:Posted|Published|Updated|Last updated)\b[^\n]*|(?:[A-Z][\w'’.]*(?:[ \t]+[A-Z&][\w'’.]*){0,3}[ \t]*\|[ \t]*){1,3}[A-Z][\w'’.]*(?:[ \t]+[A-Z&][\w'’.]*){0,3}[ \t]*\|?|(?:Story|Written|Reporting|Reported|Additional reporting|Editing|Compiled|Text) by [A-Z][^\n.!?]{1,100}|[A-Z][^\n]{1,50}?[ \t]+[—–|-][ \t]+(?:Latest|Breaking|Top) (?:News|Stories|Headlines))[ \t]*(?:\r?\n|\z)",
        RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex BylineLine();

    // The timestamp inside a byline line: "Posted Wed 18 Oct 2023, 11:03 AM", "Published: March 6, 2025".
    [GeneratedRegex(@"\b(?:Posted|Published)(?:\s+on)?\s*:?\s*(?<d>(?:[A-Z][a-z]{2,8},?\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}))",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex BylineTimestamp();

    // A byline prefix glued to the first sentence: "Nevin Al Sukari | Sana'a | Evidence points to …".
    [GeneratedRegex(@"^[ \t]*(?:[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}[ \t]*\|[ \t]*){2,3}(?=[A-Z][a-z])",
        RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex BylinePrefix();

    // Comment forms and aggregator templates that address the reader about the page, not the news.
    [GeneratedRegex(@"^[ \t]*(?:Post a Comment|Leave a (?:Comment|Reply)|Comments?|Add (?:a|your) comment|We will not publish your email address[^\n]*|Your email address will not be published[^\n]*|Fields marked \* are (?:mandatory|required)[^\n]*|Required fields are marked[^\n]*|(?:Hi|Hello)?[^\n]{0,10}(?:and )?welcome to the full (?:story|details|article) of[^\n]*|[^\n]{0,200}\bwith all the details below\b[^\n]*)[ \t]*(?:\r?\n|\z)",
        RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex ReaderFurniture();

    // A source tag opening a paragraph: "[Al Jazeera] – The number of people killed …".
    [GeneratedRegex(@"^[ \t]*\[(?<src>[A-Z][^\]\n]{1,40})\][ \t]*[–—-][ \t]*",
        RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex SourceTag();

    // Whole lines that are share/subscribe prompts or page furniture.
    [GeneratedRegex(@"^[ \t]*(?:(?:Share|Tweet|Email|Print|Follow us|Subscribe|Sign up|Click here|Read more|Read also|Also read|RELATED|Related|Recommended|Download (?:our|the) app|Join our|Get (?:the|our) (?:latest|newsletter))\b[^\n]{0,120}|(?:All rights reserved|©|Copyright)[^\n]{0,120})[ \t]*(?:\r?\n|\z)",
        RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex FurnitureLine();

    // Provenance stated by a rewriting site: "Original Source: www.example.com", "Source: Reuters".
    [GeneratedRegex(@"^[ \t]*(?:Original(?:ly)? (?:Source|published (?:by|at|on|in))|Source(?: link)?|Repost(?:ed)? from|This (?:article|story) (?:was )?(?:originally|first) (?:appeared|published) (?:on|in|at|by))[ \t]*:?[ \t]*(?<src>[^\n]{2,120}?)[ \t.]*(?:\r?\n|\z)",
        RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex ProvenanceLine();

    // A dateline opening a paragraph: "Damascus, MINA –", "BEIRUT (Reuters) -", "GAZA CITY, Oct 17 (AP) —".
    [GeneratedRegex(@"^[ \t]*(?<place>[A-Z][A-Za-z’'\.\- ]{1,40}?)(?:,[ \t]*(?<agency>[A-Z][A-Za-z]{1,12}(?: [A-Z][A-Za-z]{1,12})?)|[ \t]*\((?<agency>[A-Za-z][A-Za-z .]{1,20})\))[ \t]*[–—-]{1,2}[ \t]+",
        RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex DatelinePattern();

    // An agency or outlet tag in a dateline: "PLACE (WIRE) –", "PLACE, Country (WIRE/WIRE) –", or "(Outlet News) –" opening a paragraph.
    [GeneratedRegex(@"^[ \t]*(?<place>[A-Z][^\n()]{0,40}?[ \t])?(?<tag>\([A-Z][A-Za-z .&/-]{1,30}\))[ \t]*(?<dash>[–—―-]{1,2})[ \t]+",
        RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex DatelineTag();

    [GeneratedRegex(@"\b(?:News|Agency|Press|Times|Post|Media|Network|Television|TV|Radio|Daily|Herald|Tribune|Journal|Gazette|Reporter|Observer|Online|Wire|Service)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex MediaWord();

    /// <summary>Cleans one document.</summary>
    public CleanDocument Clean(SourceDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var text = source.Text;
        var removals = new List<RemovedBlock>();
        string? statedDate = null;
        string? provenance = null;

        if (LeadingDate().Match(text) is { Success: true } date
            && DateOnly.TryParseExact(date.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            statedDate = date.Groups[1].Value;
            removals.Add(new RemovedBlock("date_line", date.Value, date.Index, date.Index + date.Length, "leading date stamp at the top of the file"));
        }
        foreach (var m in MatchesWhen(s_residueWords.ContainsAny(text), Residue(), text))
        {
            removals.Add(new RemovedBlock("residue", m.Value, m.Index, m.Index + m.Length, "scraper residue phrase"));
        }
        foreach (var m in MatchesWhen(s_furnitureWords.ContainsAny(text), FurnitureLine(), text))
        {
            if (LooksLikeSentence(m.Value) && !m.Value.TrimStart().StartsWith('©'))
            {
                continue; // "Share prices fell…" is content, not a button
            }
            removals.Add(new RemovedBlock("share", m.Value, m.Index, m.Index + m.Length, "share/subscribe/copyright line"));
        }
        // A pattern whose necessary characters or words the text lacks is not run (the guards below each pattern's call
        // are read off the pattern; most articles have none of these lines).
        foreach (var m in MatchesWhen(PunctuationBefore(text, s_dashes, s_captionPunctuation), CaptionLine(), text))
        {
            var words = m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            // A short line without figures is a photo caption; a longer one is a paragraph whose signature alone goes.
            if (words <= 25 && !m.Value.Any(char.IsDigit))
            {
                removals.Add(new RemovedBlock("caption", m.Value, m.Index, m.Index + m.Length, "short caption line credited to a photo/wire agency"));
            }
        }
        foreach (var m in MatchesWhen(MayHaveCredit(text), CreditAtLineEnd(), text))
        {
            removals.Add(new RemovedBlock("credit", m.Value, m.Index, m.Index + m.Length, "photo or image credit at the end of a line"));
        }
        foreach (var m in MatchesWhen(PunctuationBefore(text, s_signatureOpeners, s_sentencePunctuation), SignatureAtParagraphEnd(), text))
        {
            removals.Add(new RemovedBlock("signature", m.Value, m.Index, m.Index + m.Length, "wire/agency signature glued to the end of a paragraph"));
        }
        foreach (var m in MatchesWhen(MayHaveBylineLine(text), BylineLine(), text))
        {
            if (m.ValueSpan.Contains('|') && ResidueLines.HeadsPipeTable(text, m.Index))
            {
                continue; // a table's header row of short capitalised cells, not a byline
            }
            var posted = BylineTimestamp().Match(m.Value) is { Success: true } t ? ParseBylineDate(t.Groups["d"].Value) : null;
            removals.Add(new RemovedBlock("byline", m.Value, m.Index, m.Index + m.Length, "byline, timestamp or site-name line") { Date = posted });
            statedDate ??= posted;
        }
        foreach (var m in MatchesWhen(text.Contains('|', StringComparison.Ordinal), BylinePrefix(), text))
        {
            if (ResidueLines.HeadsPipeTable(text, m.Index))
            {
                continue; // "Region | Deaths | Missing" over a "---|---|---" row: a table's header, not a byline
            }
            removals.Add(new RemovedBlock("byline", m.Value, m.Index, m.Index + m.Length, "byline prefix (name | place |) before the first sentence"));
        }
        foreach (var m in MatchesWhen(MayHaveReaderFurniture(text), ReaderFurniture(), text))
        {
            removals.Add(new RemovedBlock("residue", m.Value, m.Index, m.Index + m.Length, "comment form or aggregator template line"));
        }
        foreach (var m in MatchesWhen(text.Contains('[', StringComparison.Ordinal), SourceTag(), text))
        {
            provenance ??= m.Groups["src"].Value.Trim();
            removals.Add(new RemovedBlock("provenance", m.Value, m.Index, m.Index + m.Length, "source tag opening a paragraph (\"[Outlet] –\")"));
        }
        foreach (var m in MatchesWhen(ResidueLines.MayHold(text, s_provenanceWords), ProvenanceLine(), text))
        {
            var src = m.Groups["src"].Value.Trim();
            if (src.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 8)
            {
                continue; // a sentence that happens to start with "Source", not a provenance line
            }
            provenance ??= src;
            removals.Add(new RemovedBlock("provenance", m.Value, m.Index, m.Index + m.Length, "stated provenance line (\"Original Source: …\")"));
        }

        var residue = ResidueLines.Find(text, removals);
        string? stampOrigin = null;
        if (source.Published is null && !removals.Any(r => r.Kind == "date_line"))
        {
            // A page stamp dates an article the metadata does not: a byline or date line the rules removed, a "Published …"
            // line anywhere, or a stamp the HTML extractor set aside; the first publication wins over an update (PageStamps).
            (statedDate, stampOrigin) = StampDate(text, removals, residue, source.Stamps) is { } stamp ? stamp : (statedDate, null);
        }
        removals.AddRange(residue);

        foreach (var m in MatchesWhen(text.Contains('(', StringComparison.Ordinal), DatelineTag(), text))
        {
            var tag = m.Groups["tag"];
            var inner = tag.Value[1..^1];
            if (inner.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 4 || inner.Any(char.IsDigit))
            {
                continue;
            }
            // Opening a paragraph the tag goes with its dash; after a place only the tag and its space go ("PLACE –" reads on).
            var (from, to) = m.Groups["place"].Success ? (tag.Index, tag.Index + tag.Length + 1) : (m.Index, m.Index + m.Length);
            if (!m.Groups["place"].Success)
            {
                provenance ??= inner.Trim();
            }
            removals.Add(new RemovedBlock("wire_tag", text[from..to], from, to, "agency or outlet tag in a dateline (\"PLACE (WIRE) –\")"));
        }
        var dateline = DatelinePattern().Match(text);
        var agency = dateline.Success ? dateline.Groups["agency"].Value : null;
        if (TrailingSignature(text, agency, source.Outlet) is { } signature)
        {
            removals.Add(signature);
        }
        // Every removal that states a calendar date keeps it (removed[].date), whichever rule made it.
        removals = [.. Disjoint(removals).Select(r => r.Date is null && ResidueLines.EarliestDateIn(r.Text) is { } d ? r with { Date = d } : r)];
        removals.AddRange(RepeatedBlocks(text, removals));

        var (cleaned, map, kept) = Apply(text, removals);
        removals.AddRange(SetAsideCaptions(source));
        removals.AddRange(SetAsideStamps(source));
        var title = source.Title ?? FirstLine(cleaned);
        Dateline? line = null;
        if (dateline.Success)
        {
            var cleanStart = ToClean(kept, dateline.Index);
            if (cleanStart >= 0)
            {
                // The dateline's end in the cleaned text: its last character still kept (a removed agency tag shortens it).
                var last = dateline.Index + dateline.Length - 1;
                while (last > dateline.Index && ToClean(kept, last) < 0)
                {
                    last--;
                }
                line = new Dateline(dateline.Groups["place"].Value.Trim(), agency, cleanStart, ToClean(kept, last) + 1);
            }
        }
        var outlet = source.Outlet ?? (removals.FirstOrDefault(r => r.Kind == "signature") is { } sig ? sig.Text.Trim() : null);
        return new CleanDocument(IdOf(cleaned), source, cleaned, [.. removals.OrderBy(r => r.Start)], map)
        {
            Title = title,
            Outlet = outlet,
            StatedDate = statedDate,
            StatedDateOrigin = stampOrigin,
            Dateline = line,
            Provenance = provenance,
        };
    }

    private static readonly SearchValues<char> s_dashes = SearchValues.Create("—–-");
    private static readonly SearchValues<char> s_captionPunctuation = SearchValues.Create(".,");
    private static readonly SearchValues<char> s_signatureOpeners = SearchValues.Create("-–—(");
    private static readonly SearchValues<char> s_sentencePunctuation = SearchValues.Create(".!?”\"'");

    private static IEnumerable<Match> MatchesWhen(bool possible, Regex regex, string text) => possible ? regex.Matches(text) : [];

    /// <summary>Whether one of <paramref name="marks"/> follows one of <paramref name="punctuation"/> with only spaces or tabs
    /// between (CaptionLine needs ". —", SignatureAtParagraphEnd needs ".-" or ". (").</summary>
    private static bool PunctuationBefore(string text, SearchValues<char> marks, SearchValues<char> punctuation)
    {
        var span = text.AsSpan();
        for (var at = span.IndexOfAny(marks); at >= 0;)
        {
            var before = at - 1;
            while (before >= 0 && span[before] is ' ' or '\t')
            {
                before--;
            }
            if (before >= 0 && punctuation.Contains(span[before]))
            {
                return true;
            }
            var next = span[(at + 1)..].IndexOfAny(marks);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    private static readonly SearchValues<string> s_creditWords = ResidueLines.AnyCase("photo", "image", "pic", "credit");
    private static readonly SearchValues<string> s_readerFurnitureWords = ResidueLines.AnyCase("comment", "reply", "email address", "fields", "welcome to the full", "details below");
    private static readonly SearchValues<string> s_provenanceWords = ResidueLines.AnyCase("original", "source", "repost", "this article", "this story");
    private static readonly PhraseSearch s_residueWords = PhraseSearch.Create(
        ["SCROLL ", "CONTINUE READING BELOW", "ADVERTISEMENT", "Advertisement", "Story continues below", "Skip ", "Jump ", "(", "["], StringComparison.Ordinal);
    private static readonly PhraseSearch s_furnitureWords = PhraseSearch.Create(
        ["Share", "Tweet", "Email", "Print", "Follow us", "Subscribe", "Sign up", "Click here", "Read more", "Read also", "Also read", "RELATED", "Related",
         "Recommended", "Download ", "Join our", "Get ", "All rights reserved", "©", "Copyright"], StringComparison.Ordinal);

    // CreditAtLineEnd needs a picture or credit word.
    private static bool MayHaveCredit(string text) => ResidueLines.MayHold(text, s_creditWords);

    // BylineLine needs a bar, " by " or a " News"/" Stories"/" Headlines" site-name line.
    private static bool MayHaveBylineLine(string text) =>
        text.Contains('|', StringComparison.Ordinal) || text.Contains(" by ", StringComparison.Ordinal) || text.Contains(" News", StringComparison.Ordinal)
        || text.Contains(" Stories", StringComparison.Ordinal) || text.Contains(" Headlines", StringComparison.Ordinal);

    // ReaderFurniture needs one of its phrases.
    private static bool MayHaveReaderFurniture(string text) => ResidueLines.MayHold(text, s_readerFurnitureWords);

    /// <summary>The page stamp that dates a document without metadata (see <see cref="PageStamps"/>): the date, and where it was
    /// read when that is not a removed line (whose own text names it). An "Updated" stamp is taken only when nothing else dates the page.</summary>
    private static (string? Date, string? Origin)? StampDate(string text, List<RemovedBlock> removals, IReadOnlyList<RemovedBlock> residue, IReadOnlyList<string>? stamps)
    {
        var candidates = new List<(string Line, int At, string Date)>();
        foreach (var r in removals)
        {
            // A byline's "Posted …" timestamp, or the date of a byline near the top or of a "By …" line anywhere.
            if (r.Kind == "byline" && (r.Date ?? (r.Start < 800 || IsByLine(r.Text) ? ResidueLines.DateIn(r.Text) : null)) is { } d)
            {
                candidates.Add((r.Text, r.Start, d));
            }
        }
        foreach (var r in residue)
        {
            if (r.Date is { } d && ((r.Start < 800 && r.Kind is "timestamp" or "section_label" or "byline")
                || (r.Kind == "byline" && IsByLine(r.Text))))
            {
                candidates.Add((r.Text, r.Start, d));
            }
        }
        var at = 0;
        foreach (var line in text.Split('\n'))
        {
            if ((PageStamps.PublishedStampDate(line) ?? (IsByLine(line) && line.Length < 120 ? ResidueLines.DateIn(line) : null)) is { } d)
            {
                candidates.Add((line, at, d));
            }
            at += line.Length + 1;
        }
        foreach (var stamp in stamps ?? Array.Empty<string>())
        {
            if (ResidueLines.EarliestDateIn(stamp) is { } d)
            {
                candidates.Add((stamp, -1, d));
            }
        }
        if (PageStamps.Choose(candidates) is not { } chosen)
        {
            return null;
        }
        var fromRemoval = removals.Any(r => r.Text == chosen.Line) || residue.Any(r => r.Text == chosen.Line);
        return (chosen.Date, fromRemoval ? null : $"page stamp \"{chosen.Line.Trim()}\"");
    }

    private static bool IsByLine(string line) => line.TrimStart().StartsWith("By ", StringComparison.Ordinal);

    private static readonly string[] s_bylineDateFormats =
    [
        "ddd d MMM yyyy", "ddd dd MMM yyyy", "ddd, d MMM yyyy", "d MMM yyyy", "dd MMM yyyy", "d MMMM yyyy", "dd MMMM yyyy",
        "MMM d yyyy", "MMM d, yyyy", "MMMM d, yyyy", "MMMM d yyyy", "ddd, MMM d, yyyy", "dddd, MMMM d, yyyy", "yyyy-MM-dd",
    ];

    /// <summary>Parses a byline timestamp's date words to ISO, or null.</summary>
    internal static string? ParseBylineDate(string words)
    {
        var cleaned = words.Replace(".", string.Empty, StringComparison.Ordinal).Trim().TrimEnd(',');
        return DateTime.TryParseExact(cleaned, s_bylineDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d)
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>The stable id of a cleaned text: SHA-256 of its case-folded, whitespace-collapsed form, 16 hex digits.</summary>
    public static string IdOf(string cleanedText)
    {
        ArgumentNullException.ThrowIfNull(cleanedText);
        // The folded text and its UTF-8 bytes live in pooled buffers: one string per document, the id.
        var folded = ArrayPool<char>.Shared.Rent(cleanedText.Length);
        var n = 0;
        var space = false;
        foreach (var c in cleanedText)
        {
            if (char.IsWhiteSpace(c))
            {
                space = n > 0;
                continue;
            }
            if (space)
            {
                folded[n++] = ' ';
                space = false;
            }
            folded[n++] = char.ToLowerInvariant(c);
        }
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(n));
        var length = Encoding.UTF8.GetBytes(folded.AsSpan(0, n), bytes);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes.AsSpan(0, length), hash);
        ArrayPool<char>.Shared.Return(folded);
        ArrayPool<byte>.Shared.Return(bytes);
        return Convert.ToHexStringLower(hash[..8]);
    }

    private static RemovedBlock? TrailingSignature(string text, string? agency, string? outlet)
    {
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        var start = text.LastIndexOf('\n', Math.Max(0, end - 1)) + 1;
        if (end <= start)
        {
            return null;
        }
        var line = text[start..end].Trim();
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 8 || LooksLikeSentence(line) || line.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }
        var capitalised = words.Count(w => char.IsUpper(w[0]) || w[0] == '(');
        if (capitalised < words.Length - 1)
        {
            return null;
        }
        var matchesAgency = agency is { Length: > 1 } && line.Contains(agency, StringComparison.Ordinal);
        var matchesOutlet = outlet is { Length: > 1 } && line.Contains(outlet, StringComparison.OrdinalIgnoreCase);
        if (!matchesAgency && !matchesOutlet && !MediaWord().IsMatch(line))
        {
            return null;
        }
        return new RemovedBlock("signature", text[start..end], start, end, "short trailing line naming the outlet or agency");
    }

    private static bool LooksLikeSentence(string s)
    {
        var t = s.TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '"' or '”' && t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 3;
    }

    /// <summary>Finds runs of sentences that occur twice (or more) and removes the later copies.</summary>
    private static List<RemovedBlock> RepeatedBlocks(string text, List<RemovedBlock> already)
    {
        var sentences = Sentences(text);
        var result = new List<RemovedBlock>();
        if (sentences.Count < 4)
        {
            return result;
        }
        var keys = sentences.Select(s => Normalize(text.AsSpan(s.Start, s.End - s.Start))).ToArray();
        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var removedUntil = -1;
        for (var j = 0; j < sentences.Count; j++)
        {
            if (j <= removedUntil || keys[j].Length < 20)
            {
                if (keys[j].Length >= 20)
                {
                    firstIndex.TryAdd(keys[j], j);
                }
                continue;
            }
            if (firstIndex.TryGetValue(keys[j], out var i))
            {
                // Extend the run of equal sentences.
                var k = 0;
                while (j + k < sentences.Count && i + k < j && keys[i + k] == keys[j + k])
                {
                    k++;
                }
                var chars = sentences[j + k - 1].End - sentences[j].Start;
                // A block is at least three sentences or 300 characters: single repeated sentences are often legitimate (a quote restated).
                if (k >= 3 || chars >= 300)
                {
                    var start = sentences[j].Start;
                    var end = sentences[j + k - 1].End;
                    while (end < text.Length && char.IsWhiteSpace(text[end]))
                    {
                        end++;
                    }
                    if (!already.Any(r => r.Start < end && start < r.End))
                    {
                        result.Add(new RemovedBlock("repeated_block", text[start..end], start, end,
                            $"{k} sentences repeated from offset {sentences[i].Start} of the same document"));
                    }
                    removedUntil = j + k - 1;
                    continue;
                }
            }
            firstIndex.TryAdd(keys[j], j);
        }
        return result;
    }

    /// <summary>Splits text into sentence spans (rough, for repetition detection only).</summary>
    internal static List<(int Start, int End)> Sentences(string text)
    {
        var list = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var boundary = c == '\n'
                || (c is '.' or '!' or '?' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) && (i + 2 >= text.Length || !char.IsLower(text[i + 2])));
            if (boundary || i == text.Length - 1)
            {
                var end = c == '\n' ? i : i + 1;
                while (start < end && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }
                if (end > start)
                {
                    list.Add((start, end));
                }
                start = i + 1;
            }
        }
        return list;
    }

    private static string Normalize(ReadOnlySpan<char> s)
    {
        var rented = s.Length > 512 ? ArrayPool<char>.Shared.Rent(s.Length) : null;
        var buffer = rented ?? stackalloc char[512];
        var n = 0;
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
        }
        var key = new string(buffer[..n]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
        return key;
    }

    /// <summary>Keeps one record per removed range: a removal inside another (a signature inside a caption line) is dropped.</summary>
    private static List<RemovedBlock> Disjoint(List<RemovedBlock> removals)
    {
        var sorted = removals.OrderBy(r => r.Start).ThenByDescending(r => r.End).ToList();
        var result = new List<RemovedBlock>(sorted.Count);
        foreach (var r in sorted)
        {
            if (result.Count > 0 && r.End <= result[^1].End)
            {
                continue;
            }
            result.Add(r);
        }
        return result;
    }

    /// <summary>The rule of a caption the reader set aside before cleaning (<see cref="SourceDocument.Captions"/>).</summary>
    internal const string SetAsideCaptionRule = "photo caption the HTML reader set aside (never in the original text; empty span at its end)";

    /// <summary>The captions the reader set aside, as removed <c>caption</c> blocks. They were never part of the original text, so
    /// each is an empty span at its end (<c>Start == End ==</c> its length): the cleaned text and its offsets are unchanged, and a
    /// later stage sees the caption's words (a caption printed again in the body, or twice, is a self-repeat).</summary>
    private static IEnumerable<RemovedBlock> SetAsideCaptions(SourceDocument source)
    {
        foreach (var caption in source.Captions ?? [])
        {
            if (!string.IsNullOrWhiteSpace(caption))
            {
                // Like every removal, it keeps the calendar date it states ("… on Monday, March 14, 2022"): removed[].date.
                yield return new RemovedBlock("caption", caption, source.Text.Length, source.Text.Length, SetAsideCaptionRule) { Date = ResidueLines.DateIn(caption) };
            }
        }
    }

    /// <summary>The rule of a page stamp the reader set aside before cleaning (<see cref="SourceDocument.Stamps"/>).</summary>
    internal const string SetAsideStampRule = "page stamp the HTML reader set aside (a <time>, date or byline element; never in the original text; empty span at its end)";

    /// <summary>The dated page stamps the reader set aside ("Published: 4 May 2021 10:30 BST", a byline's date), as removed
    /// <c>timestamp</c> blocks with their date (the earliest one a line states: "Published … | Updated …" keeps the first
    /// publication). Like set-aside captions they were never part of the original text: each is an empty span at its end, so the
    /// cleaned text and its offsets are unchanged, and the date the page carried is kept (removed[].date) whether or not the
    /// metadata dated the page. A stamp whose words another stamp holds (a &lt;time&gt; inside its byline) is left to that one.</summary>
    private static IEnumerable<RemovedBlock> SetAsideStamps(SourceDocument source)
    {
        var stamps = source.Stamps ?? [];
        for (var i = 0; i < stamps.Count; i++)
        {
            var stamp = stamps[i];
            if (string.IsNullOrWhiteSpace(stamp) || ResidueLines.EarliestDateIn(stamp) is not { } date)
            {
                continue;
            }
            var inner = false;
            for (var j = 0; j < stamps.Count && !inner; j++)
            {
                inner = j != i && stamps[j].Length > stamp.Length && stamps[j].Contains(stamp, StringComparison.Ordinal);
            }
            if (!inner)
            {
                yield return new RemovedBlock("timestamp", stamp, source.Text.Length, source.Text.Length, SetAsideStampRule) { Date = date };
            }
        }
    }

    internal static (string Text, OffsetMap Map, List<(int Start, int End)> Kept) Apply(string text, List<RemovedBlock> removals)
    {
        var cuts = removals.Select(r => (r.Start, r.End)).OrderBy(c => c.Start).ToList();
        var kept = new List<(int Start, int End)>();
        var at = 0;
        foreach (var (s, e) in cuts)
        {
            if (s > at)
            {
                kept.Add((at, s));
            }
            at = Math.Max(at, e);
        }
        if (at < text.Length)
        {
            kept.Add((at, text.Length));
        }
        var sb = new StringBuilder(text.Length);
        foreach (var (s, e) in kept)
        {
            sb.Append(text, s, e - s);
        }
        return (sb.ToString(), new OffsetMap(kept), kept);
    }

    internal static int ToClean(List<(int Start, int End)> kept, int original)
    {
        var clean = 0;
        foreach (var (s, e) in kept)
        {
            if (original >= s && original < e)
            {
                return clean + original - s;
            }
            clean += e - s;
        }
        return -1;
    }

    internal static string? FirstLine(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var t = line.Trim();
            if (t.Length > 0)
            {
                return t.Length > 300 ? t[..300] : t;
            }
        }
        return null;
    }
}

