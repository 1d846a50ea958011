using System.Text.RegularExpressions;

namespace Triangulate.Cleaning;

/// <summary>Photo captions without a credit on their own line (issue 20, item 1: "captions and a caption repeated without its
/// credit"), tried after every other rule: a caption printed twice as a whole line (the picture and its gallery copy), a caption
/// set directly against a credit line the rules removed ("Wire Service" above or below it), an image's alternative text in
/// brackets ("[Image: …]").</summary>
/// <remarks>A caption line goes whole, as kind <c>caption</c>, so the reuse stage still reads it (two removed copies are a
/// self-repeat). Only a line shaped like a caption is taken: one sentence of four to forty-five words in a script with spaces,
/// without a quotation, a reporting verb, a number word, a figure or a day's name or date (the dates stage reads "on Saturday" in a
/// caption too), and not a headline. The bracketed alternative text needs the same shape inside its brackets.</remarks>
internal static partial class ResidueLines
{
    // An image's alternative text or a media placeholder in square brackets: "[Image: Rescuers at the pier]", "[Photo - …]".
    [GeneratedRegex(@"^\[(?:Image|Photo|Picture|Pic|Photograph|Graphic|Illustration|Video)\s*[:\-–—]\s*[^\[\]\n]{1,400}\]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex BracketedAltText();

    /// <summary>Caption lines the per-line rules leave (see the type's remarks); adds a <c>caption</c> block for each.</summary>
    private static void CaptionLines(string text, List<(int Start, int End, string Trimmed)> lines, int firstContent, List<RemovedBlock> result,
        IReadOnlyList<RemovedBlock> earlier, bool[]? table)
    {
        var (kinds, touched) = RemovalIndex(text, result, earlier);
        var removed = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            removed[i] = kinds.ContainsKey(lines[i].Start);
        }
        var headlineKey = firstContent >= 0 ? Key(lines[firstContent].Trimmed) : string.Empty;
        var taken = new bool[lines.Count];
        var shaped = new bool[lines.Count];
        var keys = new string?[lines.Count];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var t = lines[i].Trimmed;
            if (t.Length == 0 || removed[i] || touched.Contains(lines[i].Start) || i == firstContent || (table is not null && table[i]))
            {
                continue;
            }
            if (t[0] == '[' && BracketedAltText().IsMatch(t) && IsCaptionShaped(t[(t.IndexOfAny([':', '-', '–', '—']) + 1)..^1].Trim()))
            {
                taken[i] = true; // the line names itself a picture's alternative text
                continue;
            }
            if (!IsCaptionShaped(t) || Key(t) is not { Length: >= 20 } key || key == headlineKey)
            {
                continue;
            }
            shaped[i] = true;
            keys[i] = key;
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        for (var i = 0; i < lines.Count; i++)
        {
            if (!shaped[i])
            {
                continue;
            }
            // Printed twice as a whole line: the picture's caption and its copy (a gallery, a lightbox, a figure kept as a paragraph).
            // Against a credit: a line the rules removed as a bare credit directly below it (a caption, then its credit), and
            // nothing but a blank line, a removed line or the text's edge above it (a caption is a paragraph of its own).
            taken[i] = counts[keys[i]!] >= 2 || (BareCreditAt(i + 1) && Alone(i - 1));
        }
        for (var i = 0; i < lines.Count; i++)
        {
            // A subhead in single quotation marks, a paragraph of its own ("‘We heard the hill move’"): a heading, not the quote itself.
            var t = lines[i].Trimmed;
            if (t.Length > 0 && !removed[i] && !touched.Contains(lines[i].Start) && i != firstContent && t[0] is '‘' or '\'' && IsQuotedSubhead(t)
                && Apart(i - 1) && Apart(i + 1))
            {
                result.Add(new RemovedBlock("heading", text[lines[i].Start..lines[i].End], lines[i].Start, lines[i].End, QuotedSubheadRule));
                shaped[i] = false;
            }
        }
        for (var i = 0; i < lines.Count; i++)
        {
            // A scene in the present tense ("Rescuers search the rubble of the market"), a paragraph of its own: a picture's caption.
            taken[i] |= shaped[i] && Apart(i - 1) && Apart(i + 1) && IsSceneCaption(lines[i].Trimmed);
        }
        var dated = new bool[lines.Count];
        var datedSeen = 0; // a page prints a few dozen captions at most: only the first 32 dated ones are compared with every line
        for (var i = 0; i < lines.Count; i++)
        {
            // The same scene closed by the picture's full date ("… in Place, Tuesday, March 4, 2031."): the line goes whole and its
            // date stays with the removal (removed[].date).
            var t = lines[i].Trimmed;
            dated[i] = !shaped[i] && !taken[i] && t.Length > 0 && !removed[i] && i != firstContent && HasDigit(t) && IsSceneCaption(t) && !touched.Contains(lines[i].Start)
                && (table is null || !table[i]) && Apart(i - 1) && Apart(i + 1) && IsDatedSceneCaption(t, headlineKey);
            taken[i] |= dated[i];
        }
        for (var i = 2; i < lines.Count; i++)
        {
            // A run of pictures: caption, credit, caption, credit … — a credit directly above a caption-shaped line counts once the
            // line above that credit is itself a caption (a credit alone above a line may be a byline over the story's first paragraph).
            taken[i] |= shaped[i] && BareCreditAt(i - 1) && taken[i - 2] && Alone(i + 1);
        }
        for (var i = 0; i < lines.Count; i++)
        {
            if (!taken[i])
            {
                continue;
            }
            var (start, end, t) = lines[i];
            var rule = dated[i] ? DatedSceneCaptionRule
                : BracketedAltText().IsMatch(t) ? "an image's alternative text in square brackets"
                : counts[keys[i]!] >= 2 ? "photo caption printed twice as a whole line (a picture and its copy)"
                : IsSceneCaption(t) ? SceneCaptionRule
                : "photo caption against a credit line (a paragraph of its own, one sentence, no figure, quotation or report)";
            if (dated[i] && ++datedSeen <= 32 && PrintedAgain(i))
            {
                // The caption's words stand inside another, longer line (the caption printed again with more of its text): a
                // self-repeat, not a caption the reuse stage should read apart.
                result.Add(new RemovedBlock("repeated_block", text[start..end], start, end, "photo caption printed again inside a longer line of the text") { Date = DateIn(t) });
                continue;
            }
            result.Add(new RemovedBlock("caption", text[start..end], start, end, rule) { Date = DateIn(t) });
        }

        bool BareCreditAt(int j) => j >= 0 && j < lines.Count && kinds.TryGetValue(lines[j].Start, out var kind) && kind is "credit" or "byline" or "signature"
            && lines[j].Trimmed.Length > 0 && IsBareCredit(lines[j].Trimmed);

        bool PrintedAgain(int j)
        {
            for (var k = 0; k < lines.Count; k++)
            {
                if (k != j && lines[k].Trimmed.Length > 0 && lines[k].Trimmed.Contains(lines[j].Trimmed, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            return false;
        }

        bool Alone(int j) => j < 0 || j >= lines.Count || lines[j].Trimmed.Length == 0 || removed[j];

        bool Apart(int j) => Alone(j) || LineScore.IsProse(lines[j].Trimmed);
    }

    /// <summary>The kind of every removal by the line start it begins at (a removed line's kind), and the starts of the lines a
    /// removal touches (a line that lost a glued span is not judged again).</summary>
    private static (Dictionary<int, string> Kinds, HashSet<int> Touched) RemovalIndex(string text, List<RemovedBlock> result, IReadOnlyList<RemovedBlock> earlier)
    {
        var kinds = new Dictionary<int, string>();
        var touched = new HashSet<int>();
        foreach (var r in earlier.Concat(result))
        {
            kinds[r.Start] = r.Kind;
            touched.Add(text.LastIndexOf('\n', Math.Max(0, r.Start - 1)) + 1);
        }
        return (kinds, touched);
    }

    /// <summary>A credit line alone: an agency or a photographer's name of one to five words, or a picture credit ("Photo: …",
    /// "Name/AGENCY", "(AGENCY)"), without a sentence end.</summary>
    internal static bool IsBareCredit(string t)
    {
        var w = WordCount(t);
        if (w is 0 or > 8 || EndsLikeSentence(t) || t.StartsWith("By ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        return IsCreditOnly(t) || (w <= 5 && t.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(x => x.Length > 0 && (char.IsUpper(x[0]) || x[0] is '(' or '/' or '-' or '—' or '–' or '©')));
    }

    /// <summary>Whether a line is shaped like a photo caption: one sentence of four to forty-five words in a script with spaces,
    /// opening with a capital, without a quotation, a reporting verb, a number word, a figure, a day's name or a date, not ending in a colon or a question mark, and not opening with an upper-case dateline word ("PLACE, …").</summary>
    internal static bool IsCaptionShaped(string t)
    {
        var w = WordCount(t);
        if (w is < 4 or > 45 || !char.IsUpper(t[0]) || t.EndsWith(':') || t.EndsWith('?') || !LineScore.SpacedScript(t)
            || HasQuotation(t) || t.Contains('“') || t.Contains('”') || ReportsFromStart(t) || HasReportingVerb(t) || HasNumberWord(t))
        {
            return false;
        }
        var firstWord = t.Split(' ', 2)[0].TrimEnd(',', ':');
        if (firstWord.Length >= 2 && firstWord.All(c => !char.IsLetter(c) || char.IsUpper(c)) && firstWord.Any(char.IsLetter))
        {
            return false; // a dateline ("PLACE, Country —") opens a story's paragraph
        }
        // One sentence: no sentence end followed by a capital inside the line.
        for (var k = 0; k + 2 < t.Length; k++)
        {
            if (t[k] is '.' or '!' or '?' && t[k + 1] == ' ' && char.IsUpper(t[k + 2]) && !(k >= 1 && char.IsUpper(t[k - 1]) && (k < 2 || !char.IsLetter(t[k - 2]))))
            {
                return false;
            }
        }
        // A figure, a date or a day's name is content (the dates stage reads "on Saturday" in a caption too).
        return !HasDigit(t) && !LineScore.Read(t).Sacred;
    }

    /// <summary>Short lines in a run of furniture: a stretch of short lines (twelve words or fewer, none a prose paragraph; blank
    /// lines between them allowed) of which most went as furniture is a block of the page — a menu, a footer, a box of links or
    /// pictures — and its other short lines go with it (the way jusText reads a short block between bad blocks as bad).</summary>
    /// <remarks>Only a line the line score could read goes: ten words or fewer, not ending like a sentence, in a script with spaces,
    /// without a figure, a number word, a date, a quotation or a reporting verb, and not the headline. A stretch needs at least two
    /// lines removed, and more removed than kept, so one removed label never takes a list of names or key points with it.</remarks>
    private static void FurnitureRuns(string text, List<(int Start, int End, string Trimmed)> lines, int firstContent, List<RemovedBlock> result,
        IReadOnlyList<RemovedBlock> earlier, bool[]? table)
    {
        var (kinds, touched) = RemovalIndex(text, result, earlier);
        var headline = Math.Max(firstContent, 0);
        for (var i = headline + 1; i < lines.Count;)
        {
            if (lines[i].Trimmed.Length == 0 || !IsShortLine(i))
            {
                i++;
                continue;
            }
            // The stretch: short lines from i on, blank lines between them allowed.
            var members = new List<int>();
            var j = i;
            for (; j < lines.Count; j++)
            {
                if (lines[j].Trimmed.Length == 0)
                {
                    continue;
                }
                if (!IsShortLine(j))
                {
                    break;
                }
                members.Add(j);
            }
            var removedCount = members.Count(m => kinds.ContainsKey(lines[m].Start));
            if (removedCount >= 2 && removedCount * 2 > members.Count)
            {
                foreach (var m in members)
                {
                    var (start, end, t) = lines[m];
                    if (!kinds.ContainsKey(start) && !touched.Contains(start) && Readable(t) && (table is null || !table[m]))
                    {
                        result.Add(new RemovedBlock("heading", text[start..end], start, end,
                            $"short line in a run of furniture ({removedCount} of its {members.Count} lines removed): a menu, a footer or a box of links"));
                    }
                }
            }
            i = j;
        }

        bool IsShortLine(int k) => WordCount(lines[k].Trimmed) <= 12 && !LineScore.IsProse(lines[k].Trimmed);

        static bool Readable(string t) => WordCount(t) <= 10 && !LineScore.EndsLikeSentence(t) && LineScore.SpacedScript(t) && !HasQuotation(t)
            && !HasPictureLink(t) && !LineScore.Read(t).Sacred && !HasReportingVerb(t);
    }

    /// <summary>A reader comment's text: a line between two lines the rules removed, one of them comment furniture ("Reply",
    /// "Name says:", "Report this comment", a comment count) and the other comment furniture, a stamp or a writer's line — the
    /// comment box's controls around a comment. A line with a figure, a number word, a date, a quotation, a reporting verb or more
    /// than eighty words stays.</summary>
    private static void CommentTexts(string text, List<(int Start, int End, string Trimmed)> lines, int firstContent, List<RemovedBlock> result,
        IReadOnlyList<RemovedBlock> earlier, bool[]? table)
    {
        var (kinds, touched) = RemovalIndex(text, result, earlier);
        if (!kinds.ContainsValue("comments"))
        {
            return; // no comment furniture removed, so no line sits between its controls
        }
        var taken = new List<int>();
        for (var i = Math.Max(firstContent, 0) + 1; i < lines.Count; i++)
        {
            var (start, _, t) = lines[i];
            if (t.Length == 0 || kinds.ContainsKey(start) || touched.Contains(start) || (table is not null && table[i]))
            {
                continue;
            }
            // Where the line stands first (two lookups), then what it says (the costlier reads).
            var above = Neighbour(i, -1);
            var below = Neighbour(i, +1);
            if (!((above == "comments" && IsCommentControl(below)) || (below == "comments" && IsCommentControl(above))))
            {
                continue;
            }
            if (WordCount(t) > 80 || HasBareFigure(t) || HasQuotation(t) || HasPictureLink(t)
                || LineScore.Read(t).Sacred || HasReportingVerb(t))
            {
                continue; // a figure, a quotation, a date, a number word or a report is content wherever it stands
            }
            taken.Add(i);
        }
        foreach (var i in taken)
        {
            var (start, end, _) = lines[i];
            result.Add(new RemovedBlock("comments", text[start..end], start, end, "reader comment between the comment box's controls"));
        }

        // The other side of a comment: more comment furniture, its stamp or its writer's line.
        static bool IsCommentControl(string? kind) => kind is "comments" or "timestamp" or "byline" or "contact";

        // The kind of the nearest non-blank line in direction step: "edge" past the text's end, null when it was kept.
        string? Neighbour(int i, int step)
        {
            var j = i + step;
            while (j >= 0 && j < lines.Count && lines[j].Trimmed.Length == 0)
            {
                j += step;
            }
            if (j >= lines.Count)
            {
                return "edge";
            }
            return j >= 0 && kinds.TryGetValue(lines[j].Start, out var kind) ? kind : null;
        }
    }
}
