using Triangulate.Extraction.Numbers;

namespace Triangulate.Extraction.Figures;

/// <summary>Who gave a figure when its own clause does not say it plainly: the reporting clause that closes a quotation, a headline's
/// trailing source, a title resolved to the name given with it; and who was counted when people were at a place (docs/figures.md, 3g).</summary>
public sealed partial class FigureExtractor
{
    /// <summary>Where a sentence stands in a quotation: open when it starts, and the offset of the quote mark that closes it inside the
    /// sentence (or -1). Straight quotes toggle; curly ones open (“) and close (”).</summary>
    private static (bool OpenAtEnd, int CloseAt) QuoteState(string text, int start, int end, bool openAtStart)
    {
        var open = openAtStart;
        var closeAt = -1;
        for (var i = start; i < end && i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '“' || (ch == '"' && !open))
            {
                open = true;
                closeAt = -1;
            }
            else if (ch == '”' || (ch == '"' && open))
            {
                if (open)
                {
                    closeAt = i;
                }
                open = false;
            }
        }
        return (open, closeAt);
    }

    /// <summary>The source named by the reporting clause after a closing quote (<c>…,” he added.</c>, <c>…,” said the mayor.</c>,
    /// <c>…,” the ministry said.</c>): a pronoun is returned as it is, for the caller to resolve.</summary>
    private static string? SourceAfterQuote(List<Token> tokens, string text, int closeAt)
    {
        var from = tokens.FindIndex(t => t.Start >= closeAt);
        if (from < 0)
        {
            return null;
        }
        for (var i = from + 1; i < tokens.Count && i - from < 12; i++)
        {
            var w = tokens[i].Lower;
            if (w is "." or ";" or "\"" || tokens[i].IsNumber)
            {
                return null;
            }
            if (!FigureLexicon.AttributionVerbs.Contains(w) || !IsReportingUse(tokens, i))
            {
                continue;
            }
            var subject = SubjectBefore(tokens, text, i, from + 1);
            if (subject is not null && (IsPronoun(subject) || LooksLikeSource(subject)))
            {
                return subject;
            }
            if (subject is null && PhraseAfter(tokens, text, i + 1) is { } after && (IsPronoun(after) || LooksLikeSource(after)))
            {
                return after;
            }
            return null;
        }
        return null;
    }

    /// <summary>A headline that ends in its source: <c>40 dead in tower fire: police</c>, <c>About 300 killed in theatre – city
    /// council</c>. The line holds no sentence stop; after a colon the source is any short phrase that looks like one, after a spaced
    /// dash (where sites put their own name) it must open in lower case and hold a source noun.</summary>
    private static string? HeadlineSource(string text, int start, int end)
    {
        if ((start > 0 && text[start - 1] != '\n') || (end < text.Length && text[end] != '\n' && text[end] != '\r'))
        {
            return null;
        }
        var line = text[start..end].TrimEnd();
        if (line.Length == 0 || line[^1] is '.' or '!' or '?' || line.Contains(". ", StringComparison.Ordinal))
        {
            return null;
        }
        var colon = line.LastIndexOf(": ", StringComparison.Ordinal);
        var dash = Math.Max(line.LastIndexOf(" – ", StringComparison.Ordinal), Math.Max(line.LastIndexOf(" — ", StringComparison.Ordinal), line.LastIndexOf(" - ", StringComparison.Ordinal)));
        var byDash = dash > colon;
        var at = byDash ? dash + 3 : colon >= 0 ? colon + 2 : -1;
        if (at < 0 || at >= line.Length)
        {
            return null;
        }
        var tail = line[at..].Trim();
        var words = tail.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 4 || tail.Any(char.IsDigit) || tail.Contains('|', StringComparison.Ordinal)
            || words[0].ToLowerInvariant() is "what" or "why" or "how" or "who" or "when" or "where" or "live" or "latest" or "video" or "photos" or "report"
                or "reports" or "updates" or "update" or "analysis" or "opinion" or "watch" or "explainer" or "timeline" or "the")
        {
            return null;
        }
        if (!LooksLikeSource(tail) || !line[..(byDash ? dash : colon)].Any(char.IsDigit) && !line[..(byDash ? dash : colon)].Split(' ').Any(NumberWord))
        {
            return null;
        }
        if (byDash && (!char.IsLower(words[0][0]) || !words.Any(w => FigureLexicon.SourceNouns.Contains(w.ToLowerInvariant().Trim(',', '.')))))
        {
            return null;
        }
        return tail;
    }

    private static bool NumberWord(string w) => w.ToLowerInvariant() is "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten"
        or "dozens" or "hundreds" or "thousands" or "scores" or "dozen" or "hundred" or "thousand" or "million" or "eleven" or "twelve" or "twenty" or "thirty"
        or "forty" or "fifty" or "sixty" or "seventy" or "eighty" or "ninety";

    /// <summary>People present at a place: <c>787 people had been inside the mine</c> → <c>people in the mine</c>.</summary>
    private static string? PresentGroup(List<Token> tokens, string text, int npEnd)
    {
        for (var i = npEnd; i < tokens.Count && i - npEnd < 6; i++)
        {
            var w = tokens[i].Lower;
            if (tokens[i].IsNumber || w is "," or "." or ";" or ":")
            {
                return null;
            }
            if (w is "in" or "inside" or "at" or "aboard")
            {
                var j = i + 1;
                if (j < tokens.Count && tokens[j].Lower is "the" or "a" or "an" or "their" or "its")
                {
                    j++;
                }
                var k = j;
                while (k < tokens.Count && k - j < 3 && tokens[k].IsWord && !char.IsUpper(text[tokens[k].Start]) && tokens[k].Lower is not ("when" or "at" or "in" or "on" or "during" or "as" or "and" or "before" or "after" or "of" or "while"))
                {
                    k++;
                }
                return k > j ? "people in the " + tokens[k - 1].Lower : null;
            }
        }
        return null;
    }

    /// <summary>Figures inside a quotation of several sentences take the source of the reporting clause that closes it
    /// (<c>“Out of 275, 88 bodies have been identified. 78 have been handed over,” he added.</c>): the claims of the sentences the
    /// quotation spans wait in <paramref name="pending"/> until the sentence that closes it, to the end of the paragraph.</summary>
    private static void QuoteSources(List<Token> tokens, string text, List<FigureClaim> claims, List<int> current, List<int> pending,
        (bool OpenAtStart, bool OpenAtEnd, int CloseAt) quote, string? lastSource, List<string> named)
    {
        var (openAtStart, openAtEnd, closeAt) = quote;
        if (openAtStart && closeAt >= 0)
        {
            var source = SourceAfterQuote(tokens, text, closeAt);
            source = source is not null && IsPronoun(source) ? lastSource : source is null ? null : NamedSource(source, named);
            if (source is not null)
            {
                foreach (var c in pending.Concat(current.Where(c => claims[c].End <= closeAt)))
                {
                    if (claims[c].AttributedTo is null)
                    {
                        claims[c] = claims[c] with
                        {
                            AttributedTo = source,
                            ConfidenceReason = claims[c].ConfidenceReason is { } why ? why + "; attribution from the end of the quotation" : "attribution from the end of the quotation",
                            Confidence = Math.Min(claims[c].Confidence, 0.8),
                        };
                    }
                }
            }
            pending.Clear();
        }
        else if (openAtEnd && (openAtStart || closeAt < 0))
        {
            pending.AddRange(current.Where(c => claims[c].AttributedTo is null));
        }
        else
        {
            pending.Clear();
        }
    }

    /// <summary>A source by its title alone (<c>the chief secretary</c>, <c>the Health Minister</c>) is the source named earlier with that
    /// title (<c>Regional Chief Secretary Ana Ruiz</c>); a dateline before a source (<c>CAIRO — The ministry</c>, <c>PARIS (AFP) -
    /// Police</c>) is no part of it.</summary>
    private static string NamedSource(string source, List<string> named)
    {
        if (DatelineEnd(source) is var cut and > 0)
        {
            source = source[cut..];
        }
        var words = source.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5 || !words[0].Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return source;
        }
        var title = string.Join(' ', words.Skip(1));
        for (var i = named.Count - 1; i >= 0; i--)
        {
            var earlier = named[i];
            var at = earlier.IndexOf(title, StringComparison.OrdinalIgnoreCase);
            if (at < 0 || earlier.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            // The title must be followed by a capitalised name: "Chief Secretary Ana Ruiz", not "the chief secretary's office".
            var rest = earlier[(at + title.Length)..].Trim();
            if (rest.Length > 0 && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0])))
            {
                return earlier;
            }
        }
        return source;
    }

    /// <summary>Where a dateline before a source ends (<c>CAIRO — </c>, <c>PARIS (AFP) - </c>): one to four capitalised words, an optional
    /// agency in parentheses, then a spaced dash; else 0.</summary>
    private static int DatelineEnd(string source)
    {
        foreach (var dash in (string[])[" — ", " – ", " - "])
        {
            var at = source.IndexOf(dash, StringComparison.Ordinal);
            if (at <= 0 || at + dash.Length >= source.Length)
            {
                continue;
            }
            var head = source[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (head.Length <= 5 && head.All(w => w.TrimStart('(') is { Length: > 0 } t && char.IsUpper(t[0])) && char.IsUpper(source[at + dash.Length]))
            {
                return at + dash.Length;
            }
        }
        return 0;
    }

    /// <summary>Words that name no one: only determiners, <c>according to</c> or number words (<c>The</c>, <c>Six</c>), or the event
    /// itself as the subject of <c>claimed</c> (<c>The tragedy claimed 304 lives</c>, <c>the warehouse fire</c>).</summary>
    private static bool NamesNoSource(string source)
    {
        var words = source.ToLowerInvariant().Split([' ', '\'', '’'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.All(w => w is "the" or "a" or "an" or "according" or "to" or "this" or "that" or "these" or "those" or "its" or "their"
            || NumberWord(w)))
        {
            return true;
        }
        return words[^1] is "fire" or "blaze" or "tragedy" or "crash" or "blast" or "blasts" or "explosion" or "explosions" or "disaster" or "earthquake"
            or "quake" or "storm" or "cyclone" or "typhoon" or "hurricane" or "flood" or "floods" or "flooding" or "attack" or "accident" or "collapse"
            or "sinking" or "stampede" or "crush" or "heatwave" or "outbreak" or "epidemic";
    }
}
