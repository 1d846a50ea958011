namespace Triangulate.Cleaning;

/// <summary>The comment zone (issue 20, item 3): once a page's reader-comment section has opened under the story, the lines that
/// follow are comments unless they read like article text.</summary>
/// <remarks>
/// A zone opens at a line the rules removed as comment furniture (a comment count over the post's title, "Leave a Reply",
/// "Comments (4)", "Log in to comment" …) when the story has begun above it (a prose paragraph was kept before it) and the first
/// line after it does not read like article text (a count of comments in the header, right above the story's next paragraph,
/// opens nothing). In the zone a kept line goes as <c>comments</c> unless it reads like article text: a quotation, a reporting
/// verb, a table row, or a prose paragraph (eight words or more, ending like a sentence) in the reporter's voice — no first- or
/// second-person word and no question or exclamation mark. A figure, a number word or a date keeps a line too, unless the line
/// speaks in the reader's voice (a comment's "I was there in 2028"). The pass runs only on a page where the rules removed comment
/// furniture, and reads each kept line of the zone once.
/// </remarks>
internal static partial class ResidueLines
{
    /// <summary>The rule of a line taken in a comment zone.</summary>
    internal const string CommentZoneRule = "reader comment in the page's comment section (after its opening control; not article text)";

    /// <summary>Removes the kept lines of a comment zone (see the type's remarks).</summary>
    private static void CommentZone(string text, List<(int Start, int End, string Trimmed)> lines, int firstContent, List<RemovedBlock> result,
        IReadOnlyList<RemovedBlock> earlier, bool[]? table)
    {
        if (!result.Exists(r => r.Kind == "comments") && !earlier.Any(r => r.Kind == "comments"))
        {
            return; // most pages: no comment furniture, so no index to build
        }
        var (kinds, touched) = RemovalIndex(text, result, earlier);
        if (!kinds.ContainsValue("comments"))
        {
            return; // no comment furniture, no zone
        }
        var storyBegun = false;
        var open = -1;
        for (var i = Math.Max(firstContent, 0) + 1; i < lines.Count && open < 0; i++)
        {
            var (start, _, t) = lines[i];
            if (t.Length == 0)
            {
                continue;
            }
            if (kinds.TryGetValue(start, out var kind))
            {
                if (storyBegun && kind == "comments" && !ArticleTextFollows(i))
                {
                    open = i;
                }
                continue;
            }
            storyBegun |= !touched.Contains(start) && LineScore.IsProse(t);
        }
        if (open < 0)
        {
            return;
        }
        for (var i = open + 1; i < lines.Count; i++)
        {
            var (start, end, t) = lines[i];
            if (t.Length == 0 || kinds.ContainsKey(start) || touched.Contains(start) || (table is not null && table[i]) || ReadsLikeArticle(t))
            {
                continue;
            }
            result.Add(new RemovedBlock("comments", text[start..end], start, end, CommentZoneRule) { Date = DateIn(t) });
        }

        // Whether the first non-blank line after the opener is kept article text (the opener then sits inside the story).
        bool ArticleTextFollows(int i)
        {
            for (var j = i + 1; j < lines.Count; j++)
            {
                var t = lines[j].Trimmed;
                if (t.Length == 0)
                {
                    continue;
                }
                return !kinds.ContainsKey(lines[j].Start) && ReadsLikeArticle(t);
            }
            return false;
        }
    }

    /// <summary>Whether a line in a comment zone reads like the article's text rather than a reader's: a quotation, a reporting
    /// verb or a picture link; a prose paragraph in the reporter's voice; or a figure, a number word or a date not in the reader's voice.</summary>
    internal static bool ReadsLikeArticle(string t)
    {
        if (HasQuotation(t) || HasReportingVerb(t) || HasPictureLink(t))
        {
            return true;
        }
        var reader = ReaderVoice(t);
        if (!reader && LineScore.IsProse(t))
        {
            return true;
        }
        return !reader && (HasBareFigure(t) || LineScore.Read(t).Sacred);
    }

    /// <summary>Whether a line speaks in a reader's voice: a first- or second-person word, a question or an exclamation mark.</summary>
    internal static bool ReaderVoice(string t)
    {
        if (t.AsSpan().IndexOfAny('?', '!') >= 0)
        {
            return true;
        }
        foreach (var raw in new Words(t))
        {
            var w = raw.Trim(s_voiceTrim);
            if (w is "I" or "I'm" or "I’m" or "I've" or "I’ve" or "I'd" or "I’d" or "I'll" or "I’ll" or "me" or "my" or "My" or "we" or "We" or "us" or "our" or "Our"
                or "you" or "You" or "your" or "Your" or "you're" or "You're" or "you’re" or "You’re")
            {
                return true;
            }
        }
        return false;
    }

    private static readonly char[] s_voiceTrim = [',', '.', ';', ':', '(', ')', '"', '“', '”', '‘', '’', '-', '–', '—'];
}
