using System.Collections.Frozen;
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
        // Up to 20 words: "…,” a regional disease control centre official, Ana Ruiz, said" is one reporting clause.
        for (var i = from + 1; i < tokens.Count && i - from < 20; i++)
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

    /// <summary>A sentence that is a whole line with no sentence stop (a headline), trimmed at the end; else null.</summary>
    private static string? HeadlineLine(string text, int start, int end)
    {
        if ((start > 0 && text[start - 1] != '\n') || (end < text.Length && text[end] != '\n' && text[end] != '\r'))
        {
            return null;
        }
        var line = text[start..end].TrimEnd();
        return line.Length == 0 || line[^1] is '.' or '!' or '?' || line.Contains(". ", StringComparison.Ordinal) ? null : line;
    }

    /// <summary>A headline that ends in its source: <c>40 dead in warehouse fire: police</c>, <c>About 300 killed in market strike – city
    /// council</c>. The line holds no sentence stop; after a colon the source is any short phrase that looks like one, after a spaced
    /// dash (where sites put their own name) it must open in lower case and hold a source noun.</summary>
    private static string? HeadlineSource(string text, int start, int end)
    {
        if (HeadlineLine(text, start, end) is not { } line)
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
            || (words[0].ToLowerInvariant() is "what" or "why" or "how" or "who" or "when" or "where" or "live" or "latest" or "video" or "photos" or "report"
                or "reports" or "updates" or "update" or "analysis" or "opinion" or "watch" or "explainer" or "timeline" or "the"
                && !(words.Length == 1 && words[0].Length >= 3 && words[0].All(char.IsUpper) && words[0].ToLowerInvariant() is "who" or "what" or "how")))
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

    /// <summary>A headline that opens with its source: <c>Police: 40 dead in warehouse fire</c>, <c>Harbour mayor: toll could pass 500</c>. The
    /// line holds no sentence stop; the words before the first colon are at most four, hold no digit, and hold a source noun or a title;
    /// the words after it hold a number.</summary>
    private static string? HeadlineLeadSource(string text, int start, int end)
    {
        if (HeadlineLine(text, start, end) is not { } line)
        {
            return null;
        }
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }
        var head = line[..colon].Trim();
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var rest = line[(colon + 2)..];
        if (words.Length is 0 or > 4 || head.Any(char.IsDigit) || head.Contains('|', StringComparison.Ordinal)
            || (!rest.Any(char.IsDigit) && !rest.Split(' ').Any(NumberWord)))
        {
            return null;
        }
        var lower = words.Select(w => w.ToLowerInvariant().Trim(',', '\'', '’').Replace("’s", string.Empty, StringComparison.Ordinal).Replace("'s", string.Empty, StringComparison.Ordinal)).ToArray();
        if (lower[0] is "what" or "why" or "how" or "who" or "when" or "where" or "live" or "latest" or "video" or "photos" or "watch" or "explainer"
            or "timeline" or "analysis" or "opinion" or "update" or "updates" or "breaking")
        {
            return null;
        }
        return lower.Any(w => FigureLexicon.SourceNouns.Contains(w) || s_titles.Contains(w)) && LooksLikeSource(head) ? head : null;
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
            source = source is not null && IsPronoun(source) ? lastSource : source is null ? null : NamedSource(source, named, text);
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
    private static string NamedSource(string source, List<string> named, string text, int before = -1)
    {
        // "Y (via X)": each of the two is resolved on its own ("the ministry" → the ministry named before).
        var via = source.LastIndexOf(" (via ", StringComparison.Ordinal);
        if (via > 0 && source.EndsWith(')'))
        {
            return NamedSource(source[..via], named, text, before) + " (via " + NamedSource(source[(via + 6)..^1], named, text, before) + ")";
        }
        source = DocumentSource(source);
        var resolved = EarlierNamedSource(source, named);
        if (ReferenceEquals(resolved, source) && OrganisationByHead(source, named, text, before) is { } organisation)
        {
            return organisation;
        }
        return TitledName(resolved, text);
    }

    /// <summary>Head nouns of an organisation: <c>the authority</c>, <c>the council</c> alone stand for the organisation the article named
    /// with that head.</summary>
    private static readonly FrozenSet<string> s_organisationHeads = new[]
    {
        "authority", "agency", "ministry", "committee", "council", "commission", "department", "service", "brigade", "organisation",
        "organization", "institute", "bureau", "board", "office", "coalition", "observatory", "foundation", "charity", "union", "court",
        "directorate", "administration", "centre", "center", "society", "federation", "association", "network", "mission",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>An organisation named by its head noun alone (<c>The authority said</c>, <c>the council says</c>) is the one the article named
    /// with that head: the latest earlier source whose capitalised words hold it (<c>the Coastal Flood Authority (CFA)</c>), else the
    /// latest capitalised name in the text before the sentence that holds it (<c>Harbour District Council</c>, <c>Ministry of Health</c>);
    /// else null.</summary>
    private static string? OrganisationByHead(string source, List<string> named, string text, int before)
    {
        var words = source.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 3 && words[^2].Equals("the", StringComparison.OrdinalIgnoreCase) && words[^3].Equals("of", StringComparison.OrdinalIgnoreCase)
            && words[^1].ToLowerInvariant() is "group" or "organisation" or "organization"
            && OrganisationByHead(string.Join(' ', words[^2..]), named, text, before) is { } whole)
        {
            return string.Join(' ', words[..^2]) + " " + (whole.StartsWith("The ", StringComparison.Ordinal) ? "the" + whole[3..] : whole); // "The secretary general of the group" → "… of the Relief Agency"
        }
        if (CompanyNamedBefore(words, text, before) is { } company)
        {
            return company; // "The company said …" → the company named before
        }
        if (words.Length == 2 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase) && words[1].ToLowerInvariant() is "group" or "organisation" or "organization")
        {
            if (SpecificOrganisationByHead(words, named, text, before) is { } specific)
            {
                return specific;
            }
            // "the organization", "the group": a generic head stands for the latest organisation named before.
            for (var i = named.Count - 1; i >= 0; i--)
            {
                if (NamesOrganisation(named[i]))
                {
                    return named[i];
                }
            }
            return null;
        }
        if (words.Length is >= 3 and <= 5 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase)
            && words[1..^1].All(w => w.All(char.IsLower)) && SpecificOrganisationByHead(["the", words[^1]], named, text, before) is { } described
            && words[1..^1].All(w => described.Split(' ', '-').Contains(w, StringComparer.OrdinalIgnoreCase)))
        {
            return described; // "the health ministry" → "the Ministry of Health" named before: every modifier is in the name
        }
        if (SpecificOrganisationByHead(words, named, text, before) is { } byHead)
        {
            return byHead;
        }
        return OrganisationByEpithet(words, named);
    }

    /// <summary>Words that describe an organisation's kind or reach in an epithet (<c>the world body</c>, <c>the rights group</c>).</summary>
    private static readonly FrozenSet<string> s_epithetWords = new[]
    {
        "world", "global", "international", "un", "u.n.", "health", "rights", "human", "aid", "relief", "humanitarian", "medical", "refugee",
        "children's", "charity", "monitoring", "advocacy", "campaign", "migration", "food",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>An epithet for an organisation (<c>the world body</c>, <c>the UN agency</c>, <c>the global health body</c>, <c>the rights
    /// group</c>, <c>the aid agency</c>, <c>the watchdog</c>) is the latest organisation named before of that kind: a world or UN epithet
    /// needs a name that says so (<c>United Nations</c>, <c>UN</c>, <c>World</c>, <c>International</c>); any other needs one that is no
    /// ministry, department, police or court; else null.</summary>
    private static string? OrganisationByEpithet(string[] words, List<string> named)
    {
        if (words.Length is < 2 or > 5 || !words[0].Equals("the", StringComparison.OrdinalIgnoreCase)
            || words[^1].ToLowerInvariant() is not ("body" or "watchdog" or "agency" or "group" or "organisation" or "organization" or "charity" or "monitor")
            || (words.Length == 2 && words[^1].ToLowerInvariant() is not ("body" or "watchdog")))
        {
            return null;
        }
        var modifiers = words[1..^1].Select(w => w.ToLowerInvariant().Replace("·", ".", StringComparison.Ordinal)).ToArray();
        if (!modifiers.All(s_epithetWords.Contains))
        {
            return null;
        }
        var worldwide = modifiers.Any(m => m is "world" or "global" or "international" or "un" or "u.n.");
        if (words.Length == 2 && words[1].Equals("body", StringComparison.OrdinalIgnoreCase))
        {
            return null; // "the body" alone is as often a corpse as an organisation
        }
        for (var i = named.Count - 1; i >= 0; i--)
        {
            var name = named[i].Split([' ', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
            if (worldwide)
            {
                // "the World Food Programme", "the United Nations", "the UN refugee agency": a name that says it is worldwide
                if (name.Any(w => w is "UN" or "U.N." or "World" or "International" or "Global")
                    || (named[i].Contains("United Nations", StringComparison.Ordinal) && name.Count(w => char.IsUpper(w[0])) >= 2))
                {
                    return named[i];
                }
                continue;
            }
            if (NamesOrganisation(named[i]) && !name.Any(w => w.ToLowerInvariant() is "ministry" or "department" or "police" or "court" or "government" or "council" or "administration" or "army"))
            {
                return named[i];
            }
        }
        return null;
    }

    /// <summary>A source that names an organisation: a capitalised phrase holding an organisation's head noun (<c>Harbour Doctors
    /// Committee</c>, <c>the Red Crescent aid organisation</c>), or an acronym alone (<c>the HRA</c>).</summary>
    private static bool NamesOrganisation(string source)
    {
        var words = source.Split([' ', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Where(w => !w.Equals("the", StringComparison.OrdinalIgnoreCase)).ToArray();
        if (words.Length == 1)
        {
            return words[0].Length >= 2 && words[0].All(char.IsUpper);
        }
        return words.Length > 1 && words.Count(w => char.IsUpper(w[0])) >= 2 && words.Any(w => s_organisationHeads.Contains(w.ToLowerInvariant()));
    }

    private static string? SpecificOrganisationByHead(string[] words, List<string> named, string text, int before)
    {
        if (words.Length != 2 || !words[0].Equals("the", StringComparison.OrdinalIgnoreCase) || !s_organisationHeads.Contains(words[1].ToLowerInvariant()))
        {
            return null;
        }
        var head = words[1];
        for (var i = named.Count - 1; i >= 0; i--)
        {
            var earlier = named[i].Split([' ', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
            if (earlier.Length >= 2 && earlier.Any(w => w.Equals(head, StringComparison.OrdinalIgnoreCase) && char.IsUpper(w[0]))
                && earlier.Count(w => char.IsUpper(w[0])) >= 2)
            {
                return named[i];
            }
        }
        if (before <= 0)
        {
            return null;
        }
        var capital = char.ToUpperInvariant(head[0]) + head[1..].ToLowerInvariant();
        for (var at = text.LastIndexOf(capital, Math.Min(before, text.Length) - 1, StringComparison.Ordinal); at > 0; at = text.LastIndexOf(capital, at - 1, StringComparison.Ordinal))
        {
            var end = at + capital.Length;
            if (char.IsLetter(text[at - 1]) || (end < text.Length && char.IsLetter(text[end])))
            {
                continue;
            }
            if (CapitalisedName(text, at, end) is { } name)
            {
                return name;
            }
            if (at < 1)
            {
                break;
            }
        }
        return null;
    }

    /// <summary>The capitalised name around a head word at [at, end): capitalised words before it (with <c>and</c>, <c>of</c>, <c>for</c>
    /// between them), <c>of</c> and capitalised words after it; at least two capitalised words, else null.</summary>
    private static string? CapitalisedName(string text, int at, int end)
    {
        var words = new List<(int Start, int End)>();
        var i = at - 1;
        var start = at;
        var capitals = 1;
        while (i > 0 && words.Count < 6)
        {
            if (text[i] != ' ')
            {
                break;
            }
            var e = i;
            var b = e;
            while (b > 0 && (char.IsLetter(text[b - 1]) || text[b - 1] is '-' or '.' or '&'))
            {
                b--;
            }
            if (b == e)
            {
                break;
            }
            var w = text[b..e];
            if (char.IsUpper(w[0]) && w is not ("The" or "A" or "An"))
            {
                capitals++;
                start = b;
            }
            else if (w is not ("and" or "of" or "for"))
            {
                break;
            }
            words.Add((b, e));
            i = b - 1;
        }
        var stop = end;
        if (text.AsSpan(end).StartsWith(" of ", StringComparison.Ordinal))
        {
            var j = end + 4;
            var k = j;
            while (true)
            {
                var b = k;
                while (k < text.Length && (char.IsLetter(text[k]) || text[k] is '-' or '’' or '\''))
                {
                    k++;
                }
                if (k == b || !char.IsUpper(text[b]))
                {
                    break;
                }
                capitals++;
                stop = k;
                if (k >= text.Length || text[k] != ' ')
                {
                    break;
                }
                k++;
            }
        }
        return capitals >= 2 ? text[start..stop] : null;
    }

    /// <summary>A source given as the document it comes from (<c>figures released by the council</c>, <c>a report from the Seismic
    /// Bureau</c>, <c>official figures from the two provinces</c>) is who issued it.</summary>
    private static string DocumentSource(string source)
    {
        if (PossessiveOwner(source) is { } owner)
        {
            return owner; // "WHO's latest figures", "the ministry's data": whose document it is
        }
        var words = source.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var i = 0;
        while (i < words.Length && words[i].ToLowerInvariant() is "the" or "a" or "an" or "official" or "latest" or "new" or "provisional" or "preliminary" or "government" or "updated")
        {
            i++;
        }
        if (i >= words.Length || words[i].ToLowerInvariant() is not ("figures" or "data" or "statistics" or "numbers" or "report" or "statement" or "bulletin" or "tally" or "records"))
        {
            return AttributiveOwner(words, i) ?? source;
        }
        i++;
        if (i < words.Length && words[i].ToLowerInvariant() is "released" or "published" or "compiled" or "provided" or "issued" or "given")
        {
            i++;
        }
        return i + 1 < words.Length && words[i].ToLowerInvariant() is "from" or "by" or "of" ? string.Join(' ', words.Skip(i + 1)) : source;
    }

    /// <summary>The owner of a document named by a name before the document noun (<c>KVRA records show</c>, <c>Tarven Health Ministry figures
    /// showed</c>, <c>police records show</c>): the words from <paramref name="from"/> up to a closing document noun, when they are one to
    /// five capitalised words (two or more; a single word must be an acronym) or a single source noun; else null. "Official figures", "the
    /// latest data", "Unofficial figures" and "Census figures" name no owner.</summary>
    private static string? AttributiveOwner(string[] words, int from)
    {
        var n = words.Length - 1 - from;
        if (n is < 1 or > 5 || words[^1].ToLowerInvariant() is not ("figures" or "data" or "statistics" or "numbers" or "records" or "tallies"))
        {
            return null;
        }
        var owner = words[from..^1];
        if (owner.Length == 1 && owner[0] is "police" or "government" or "ministry" or "army" or "military")
        {
            return owner[0];
        }
        if (owner.Length == 1 && owner[0].Count(char.IsUpper) < 2)
        {
            return null; // "Unofficial figures", "Census figures", "Satellite data": a capital at a sentence's start, not a name
        }
        return owner.All(w => w.Length > 0 && char.IsUpper(w[0]) && !w.Contains('\'') && !w.Contains('’') && !NumberLexicon.Months.Contains(w.ToLowerInvariant()))
            && LooksLikeSource(string.Join(' ', owner))
            ? string.Join(' ', owner) : null;
    }

    /// <summary>The owner of a document named with a possessive (<c>WHO's latest figures</c>, <c>the ministry's data</c>): the words before
    /// <c>'s</c> when the words after it are at most two modifiers and a document noun; else null.</summary>
    private static string? PossessiveOwner(string source)
    {
        var at = source.IndexOf("'s ", StringComparison.Ordinal);
        if (at < 0)
        {
            at = source.IndexOf("’s ", StringComparison.Ordinal);
        }
        if (at <= 0)
        {
            return null;
        }
        var after = source[(at + 3)..].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (after.Length is 0 or > 3 || after[..^1].Any(w => w is not ("latest" or "official" or "new" or "own" or "provisional" or "preliminary" or "updated" or "daily"
            or "weekly" or "final" or "most" or "recent"))
            || after[^1] is not ("figures" or "data" or "statistics" or "numbers" or "report" or "statement" or "bulletin" or "tally" or "records" or "count" or "update"))
        {
            return null;
        }
        var owner = source[..at].Trim();
        return LooksLikeSource(owner) ? owner : null;
    }

    private static string EarlierNamedSource(string source, List<string> named)
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
        foreach (var dash in (string[])[" — ", " – ", " - ", " -- ", " ― "])
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
    /// itself as the subject of <c>claimed</c> (<c>The tragedy claimed 217 lives</c>, <c>the warehouse fire</c>, <c>the outbreak in
    /// Norland</c>: the head before a place or time phrase).</summary>
    private static bool NamesNoSource(string source)
    {
        var words = source.ToLowerInvariant().Split([' ', '\'', '’'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.All(w => w is "the" or "a" or "an" or "according" or "to" or "this" or "that" or "these" or "those" or "its" or "their"
            || NumberWord(w)))
        {
            return true;
        }
        var head = words.Length - 1;
        for (var k = 1; k < words.Length; k++)
        {
            if (words[k] is "in" or "on" or "at" or "across" or "near" or "since" or "from")
            {
                head = k - 1; // "the cholera outbreak in Norland since April": the head is before the place
                break;
            }
        }
        if (words[head] is "fire" or "blaze" or "tragedy" or "crash" or "blast" or "blasts" or "explosion" or "explosions" or "disaster" or "earthquake"
            or "quake" or "storm" or "cyclone" or "typhoon" or "hurricane" or "flood" or "floods" or "flooding" or "attack" or "accident" or "collapse"
            or "sinking" or "stampede" or "crush" or "heatwave" or "outbreak" or "epidemic")
        {
            return true;
        }
        // Newer heads only in lower case: "Institute for Communicable Disease" is an institution, "the disease" is not.
        var original = source.Split([' ', '\'', '’'], StringSplitOptions.RemoveEmptyEntries);
        return original.Length == words.Length && !char.IsUpper(original[head][0])
            && words[head] is "pandemic" or "disease" or "virus" or "famine" or "drought" or "fighting" or "clashes" or "landslide" or "landslides" or "mudslide"
                or "tsunami" or "wildfire" or "wildfires" or "eruption" or "derailment" or "collision" or "shelling" or "bombing" or "bombardment" or "airstrike";
    }

    /// <summary>Acronyms are names: the letters and dots of a dotted abbreviation (<c>the U.N. agency</c>, <c>according to the U.S.</c>) are
    /// no sentence stop, and capitals that spell a function word in mixed-case text (<c>the WHO said</c>, <c>according to WHO</c>,
    /// <c>(WHO)</c>, <c>IS said</c>) name an agency or a group, not a relative pronoun or a copula; an all-capital line (<c>THOSE WHO
    /// DIED</c>) keeps the word. The token's lower-case form becomes its capitals (a dot becomes <see cref="AbbreviationDot"/>), so no
    /// rule reads it as the function word.</summary>
    private static void KeepAcronyms(List<Token> tokens, string text)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            // "the U.N. agency", "the U.S. embassy": the letters and dots of a dotted abbreviation are one name, not sentence stops.
            var t = tokens[i];
            var dot = tokens[i + 1];
            if (t.IsWord && t.Length == 1 && char.IsUpper(text[t.Start]) && dot.Lower == "." && dot.Start == t.End
                && ((i + 2 < tokens.Count && tokens[i + 2].IsWord && tokens[i + 2].Length == 1 && char.IsUpper(text[tokens[i + 2].Start]) && tokens[i + 2].Start == dot.End)
                    || (i > 0 && tokens[i - 1].Lower == AbbreviationDot && tokens[i - 1].End == t.Start)))
            {
                tokens[i] = t with { Lower = text[t.Start..t.End] };
                tokens[i + 1] = dot with { Lower = AbbreviationDot };
            }
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.IsWord && t.Length >= 2 && t.Lower is "who" or "which" or "that" or "as" or "at" or "on" or "in" or "us" or "it" or "is" or "and" or "or" or "but" or "while"
                && AllCapitals(text, t) && !(i > 0 && tokens[i - 1].IsWord && tokens[i - 1].Length >= 2 && AllCapitals(text, tokens[i - 1]))
                && !(i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].Length >= 2 && AllCapitals(text, tokens[i + 1])))
            {
                tokens[i] = t with { Lower = text[t.Start..t.End] };
            }
        }
    }

    /// <summary>The lower-case form given to the dot of a dotted abbreviation (<c>U.N.</c>): no rule reads it as a full stop.</summary>
    private const string AbbreviationDot = "·";

    /// <summary>A source that is a document of the subject named before it: <c>its latest figures</c>, <c>their statement</c>.</summary>
    private static bool PossessiveDocument(string source)
    {
        var words = source.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && words[0] is "its" or "their"
            && words[^1] is "figures" or "statement" or "statements" or "report" or "data" or "count" or "tally" or "update" or "bulletin" or "estimate"
                or "estimates" or "records" or "website" or "numbers";
    }

    private static bool AllCapitals(string text, Token t)
    {
        for (var k = t.Start; k < t.End; k++)
        {
            if (!char.IsUpper(text[k]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The source after <c>according to</c>: the noun phrase, ending before a finite verb (<c>The toll according to the
    /// ministry is at least 90</c> → the ministry).</summary>
    private static string? AccordingTo(List<Token> tokens, string text, int at)
    {
        var phrase = PhraseAfter(tokens, text, at);
        if (phrase is null || at >= tokens.Count || !text.AsSpan(tokens[at].Start).StartsWith(phrase, StringComparison.Ordinal))
        {
            return phrase;
        }
        var stop = tokens[at].Start + phrase.Length;
        for (var k = at + 1; k < tokens.Count && tokens[k].Start < stop; k++)
        {
            if (tokens[k].Lower is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "stands" or "stood" or "remains" or "remained" or "rose"
                or "reached" or "climbed" or "now")
            {
                return text[tokens[at].Start..tokens[k - 1].End];
            }
        }
        return phrase;
    }

    /// <summary>A reporting verb used as a passive participle before a measure (<c>had been reported killed</c>, <c>were confirmed dead</c>)
    /// names no one who reports: the source is looked for further back.</summary>
    private static bool PassiveReport(List<Token> tokens, int verb, int numStart)
    {
        return verb > 0 && verb + 1 < tokens.Count && tokens[verb - 1].Lower is "been" or "be" or "being" or "was" or "were" or "is" or "are"
            && tokens[verb + 1].Lower is not ("by" or "that" or "to" or "as" or "," or ".") && verb < numStart
            && (FigureLexicon.MeasureWords.ContainsKey(tokens[verb + 1].Lower) || tokens[verb + 1].Lower is "dead" or "killed" or "missing" or "injured" or "wounded" or "hurt");
    }

    /// <summary>Head nouns of a person's title: a source named by one of these alone is a person the article may name elsewhere.</summary>
    private static readonly FrozenSet<string> s_titles = new[]
    {
        "president", "minister", "mayor", "governor", "premier", "chancellor", "secretary", "commissioner", "spokesman", "spokeswoman",
        "spokesperson", "chief", "commander", "director", "prosecutor", "coroner", "administrator", "superintendent", "inspector", "ambassador",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that never open a person's name after a title ("the president said", "Minister On Monday").</summary>
    private static readonly FrozenSet<string> s_notNames = new[]
    {
        "the", "a", "an", "and", "of", "in", "on", "at", "for", "to", "from", "said", "says", "has", "had", "was", "is", "who", "that", "with",
        "as", "but", "by", "he", "she", "it", "they", "his", "her", "this",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A source named by a title alone (<c>Mozambique's president</c>, <c>Thailand's defense minister</c>, <c>Tacloban mayor</c>)
    /// is the person the article names with that title anywhere (<c>President Ana Ruiz</c>, <c>the mayor, Ana Ruiz,</c>): one name only,
    /// preferring the one given next to the title's place; otherwise the title stays.</summary>
    private static string TitledName(string source, string text)
    {
        var words = source.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words[0].ToLowerInvariant() is "a" or "an")
        {
            return source; // "A prosecutor said": an indefinite title introduces someone the article leaves unnamed
        }
        var s = 0;
        while (s < words.Length && words[s].ToLowerInvariant() is "the")
        {
            s++;
        }
        if (words.Length - s is < 1 or > 5 || !s_titles.Contains(words[^1].ToLowerInvariant()))
        {
            return source;
        }
        string? place = null;
        if (char.IsUpper(words[s][0]) && words.Length - s > 1)
        {
            place = words[s].Replace("’s", string.Empty, StringComparison.Ordinal).Replace("'s", string.Empty, StringComparison.Ordinal);
            s++;
        }
        for (var k = s; k < words.Length - 1; k++)
        {
            if (!words[k].All(c => char.IsLower(c) || c == '-'))
            {
                return source; // a capitalised word beside the title: a name is already there
            }
        }
        var key = words.Length - s >= 2 ? words[^2] + " " + words[^1] : words[^1];
        var near = new HashSet<string>(StringComparer.Ordinal);
        var all = new HashSet<string>(StringComparer.Ordinal);
        var stem = place is null ? null : place[..Math.Min(place.Length, 5)];
        for (var at = text.IndexOf(key, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(key, at + key.Length, StringComparison.OrdinalIgnoreCase))
        {
            if ((at > 0 && char.IsLetter(text[at - 1])) || (NameAfter(text, at + key.Length) ?? NameBeforeTitle(text, at, at + key.Length)) is not { } name)
            {
                continue;
            }
            all.Add(name);
            if (stem is not null && text.AsSpan(Math.Max(0, at - 40), at - Math.Max(0, at - 40)).Contains(stem, StringComparison.OrdinalIgnoreCase))
            {
                near.Add(name);
            }
        }
        return near.Count == 1 ? near.First() : all.Count == 1 ? all.First() : source;
    }

    /// <summary>A person's name right before a title given in apposition (<c>Ana Ruiz, health minister of Norland,</c>, <c>Ana Ruiz, the
    /// regional governor</c>): two to four capitalised words ending at a comma, then an optional article and lower-case words up to the
    /// title at <paramref name="at"/>; else null. After "according to" the title must close its aside with a comma (<c>according to Ana
    /// Ruiz, the health minister, …</c>): in "According to Radio Vella, the interior minister said …" the name is an outlet and the
    /// title the subject of the next clause.</summary>
    private static string? NameBeforeTitle(string text, int at, int titleEnd)
    {
        var i = at - 1;
        // back over the title's lower-case modifiers and an article: "…, the regional health minister"
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }
        if (i < 0 || text[i] != ',')
        {
            var words = 0;
            while (i >= 0 && text[i] != ',' && words < 4)
            {
                var end = i + 1;
                while (i >= 0 && char.IsLetter(text[i]))
                {
                    i--;
                }
                var word = text[(i + 1)..end];
                if (word.Length == 0 || !word.All(char.IsLower))
                {
                    return null;
                }
                words++;
                while (i >= 0 && text[i] == ' ')
                {
                    i--;
                }
            }
            if (i < 0 || text[i] != ',')
            {
                return null;
            }
        }
        var stop = i; // the comma after the name
        var names = new List<string>();
        var nameStart = i;
        i--;
        while (names.Count < 5 && i >= 0)
        {
            var end = i + 1;
            while (i >= 0 && (char.IsLetter(text[i]) || text[i] is '-' or '\'' or '’' or '.'))
            {
                i--;
            }
            var word = text[(i + 1)..end].TrimEnd('.');
            if (word.Length == 0 || !char.IsUpper(word[0]) || s_notNames.Contains(word.ToLowerInvariant()) || s_titles.Contains(word.ToLowerInvariant())
                || FigureLexicon.SourceNouns.Contains(word.ToLowerInvariant()))
            {
                break;
            }
            names.Insert(0, word);
            nameStart = i + 1;
            if (i < 0 || text[i] != ' ')
            {
                break;
            }
            i--;
        }
        // A name is two words or more: a lone capitalised word before the comma is as often a place or an organisation.
        return names.Count is >= 2 and <= 4 && stop > 0 && StartsClause(text, nameStart)
            && (!AfterAccordingTo(text, nameStart) || AsideClosed(text, titleEnd)) ? string.Join(' ', names) : null;
    }

    // A title in apposition closed by a comma: "…, the health minister, said", "…, the health minister of Norland, said".
    private static bool AsideClosed(string text, int titleEnd)
    {
        for (var k = titleEnd; k < text.Length && k < titleEnd + 60; k++)
        {
            var c = text[k];
            if (c == ',')
            {
                return true;
            }
            if (c is '.' or '!' or '?' or ';' or ':' or '\n' || (char.IsLower(c) && (k == 0 || text[k - 1] == ' ')
                && !(text.AsSpan(k).StartsWith("of ", StringComparison.Ordinal) || text.AsSpan(k).StartsWith("for ", StringComparison.Ordinal)
                    || text.AsSpan(k).StartsWith("and ", StringComparison.Ordinal))))
            {
                return false; // a verb or another lower-case word: the title is the subject of the clause
            }
        }
        return false;
    }

    // Whether "according to" stands right before the words at `at`.
    private static bool AfterAccordingTo(string text, int at)
    {
        var j = at - 1;
        while (j >= 0 && text[j] is ' ' or '\t')
        {
            j--;
        }
        if (j < 1 || text[j] != 'o' || text[j - 1] != 't' || (j >= 2 && char.IsLetter(text[j - 2])))
        {
            return false;
        }
        j -= 2;
        while (j >= 0 && text[j] is ' ' or '\t')
        {
            j--;
        }
        return j >= 8 && text.AsSpan(j - 8, 9).Equals("according", StringComparison.OrdinalIgnoreCase) && (j < 9 || !char.IsLetter(text[j - 9]));
    }

    /// <summary>Whether the words at <paramref name="at"/> open a clause (text or sentence start, after a comma, a colon or a
    /// quote, after "said", a capitalised title or "according to"), so that they can be a name in apposition: after a preposition or a verb ("In Norland Hills, the
    /// minister", "Speaking to Radio Vella, the minister") they are a place or an outlet.</summary>
    private static bool StartsClause(string text, int at)
    {
        var j = at - 1;
        while (j >= 0 && text[j] is ' ' or '\t')
        {
            j--;
        }
        if (j < 0 || text[j] is '.' or '!' or '?' or '\n' or '\r' or ',' or ';' or ':' or '"' or '“' or '”' or '(')
        {
            return true;
        }
        var end = j + 1;
        while (j >= 0 && char.IsLetter(text[j]))
        {
            j--;
        }
        var word = text[(j + 1)..end];
        if (word is "said" or "says" or "added" || (word.Length > 0 && char.IsUpper(word[0]) && s_titles.Contains(word.ToLowerInvariant())))
        {
            return true; // "…, said Ana Ruiz, the minister", "Minister Ana Ruiz, the party's leader,": a title before the name is no place
        }
        // "according to Ana Ruiz, the health minister,": the source itself, where "Speaking to Radio Vella, the minister" is an outlet.
        return word == "to" && AfterAccordingTo(text, at);
    }

    /// <summary>A person's name right after a title, with an optional comma between: one to four capitalised words, particles
    /// (<c>de</c>, <c>al</c>, <c>van</c>) between them; else null.</summary>
    private static string? NameAfter(string text, int from)
    {
        var i = from;
        if (i < text.Length && text[i] == ',')
        {
            i++;
        }
        if (i >= text.Length || text[i] != ' ')
        {
            return null;
        }
        var names = new List<string>();
        while (names.Count < 5)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }
            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '-' or '\'' or '’' or '.'))
            {
                i++;
            }
            var word = text[start..i].TrimEnd('.');
            if (word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) || word.Length == 0)
            {
                break;
            }
            var lower = word.ToLowerInvariant();
            if (char.IsUpper(word[0]) && !s_notNames.Contains(lower) && !FigureLexicon.Days.Contains(lower) && !NumberLexicon.Months.Contains(lower)
                && !s_titles.Contains(lower))
            {
                names.Add(word);
            }
            else if (names.Count > 0 && lower is "de" or "da" or "dos" or "del" or "van" or "von" or "al" or "bin" or "la" or "le")
            {
                names.Add(word);
            }
            else
            {
                break;
            }
            if (i >= text.Length || text[i] != ' ')
            {
                break;
            }
        }
        while (names.Count > 0 && char.IsLower(names[^1][0]))
        {
            names.RemoveAt(names.Count - 1);
        }
        return names.Count == 0 ? null : string.Join(' ', names);
    }

    /// <summary>Who revised a count (<c>Forensic experts raised the death toll to 238</c>, <c>Bangkok authorities cut the death toll to 18</c>,
    /// <c>the toll had been given as 288, which the regional government cut to 275</c>): the subject of a verb of revising, right before the
    /// figure, with a toll word in the clause, when it looks like a source.</summary>
    private static string? RevisingAgent(List<Token> tokens, string text, int t0)
    {
        for (var v = t0 - 1; v >= 0 && t0 - v <= 12; v--)
        {
            var w = tokens[v].Lower;
            if (w is "." or ";" or ":" || tokens[v].IsNumber)
            {
                return null;
            }
            if (w is not ("raised" or "revised" or "cut" or "lowered" or "updated" or "given" or "brought" or "lifted" or "increased" or "reduced" or "upped" or "corrected"))
            {
                continue;
            }
            var toll = false;
            for (var k = Math.Max(0, v - 14); k < t0; k++)
            {
                toll |= FigureLexicon.TollWords.Contains(tokens[k].Lower);
            }
            if (!toll)
            {
                return null;
            }
            var subject = SubjectBefore(tokens, text, v);
            if (subject is null)
            {
                return null;
            }
            var words = subject.Split(' ', 2);
            if (words.Length == 2 && words[0].ToLowerInvariant() is "which" or "that")
            {
                subject = words[1];
            }
            return Institutional(subject) && !IsAnaphoricSource(subject) && !NamesNoSource(subject) ? subject : null;
        }
        return null;
    }

    /// <summary>A part of a described whole whose copula names its group: <c>Forty of those killed in the strike were children</c>,
    /// <c>85 of those missing are firefighters</c>, <c>56 of the 79 wounded were also children</c> → the group.</summary>
    private static string? PartitiveCopulaGroup(List<Token> tokens, int npAt, int npEnd)
    {
        if (npAt < 0 || npAt >= tokens.Count || tokens[npAt].Lower != "of")
        {
            return null;
        }
        for (var i = npEnd; i < tokens.Count && i - npEnd < 12; i++)
        {
            var w = tokens[i].Lower;
            if (tokens[i].IsNumber || w is "," or "." or ";" or ":" or "and" or "but" || FigureLexicon.AttributionVerbs.Contains(w))
            {
                return null;
            }
            if (w is not ("were" or "are" or "was" or "is"))
            {
                continue;
            }
            var j = i + 1;
            while (j < tokens.Count && tokens[j].Lower is "also" or "all" or "mostly" or "mainly")
            {
                j++;
            }
            var ends = j + 1 >= tokens.Count || tokens[j + 1].Lower is "," or "." or ";" or "and" or "\"" or ")";
            if (j < tokens.Count && (MeasureLexicon.PersonNouns.Contains(tokens[j].Lower) || MeasureLexicon.Nationalities.Contains(tokens[j].Lower) || MeasureLexicon.GroupSynonyms.ContainsKey(tokens[j].Lower))
                && ends)
            {
                var g = tokens[j].Lower;
                return MeasureLexicon.GroupSynonyms.TryGetValue(g, out var folded) ? folded : g;
            }
            if (j < tokens.Count && ends && NationalityOfAdjective(tokens[j].Lower) is { } people)
            {
                return people; // "45 of the passengers were Spanish" → Spaniards
            }
            return null;
        }
        return null;
    }

    /// <summary>Adjectives of nationality whose people are not the adjective plus <c>s</c>.</summary>
    private static readonly FrozenDictionary<string, string> s_nationalityAdjectives = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["spanish"] = "spaniards", ["british"] = "britons", ["turkish"] = "turks", ["polish"] = "poles", ["danish"] = "danes",
        ["swedish"] = "swedes", ["finnish"] = "finns", ["scottish"] = "scots", ["french"] = "french", ["dutch"] = "dutch", ["irish"] = "irish",
        ["swiss"] = "swiss", ["welsh"] = "welsh",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The people of a nationality adjective (<c>Spanish</c> → spaniards, <c>Italian</c> → italians, <c>Chinese</c> → chinese), or null.</summary>
    private static string? NationalityOfAdjective(string adjective)
    {
        if (s_nationalityAdjectives.TryGetValue(adjective, out var people))
        {
            return people;
        }
        return MeasureLexicon.Nationalities.Contains(adjective + "s") ? adjective + "s"
            : adjective.EndsWith("ese", StringComparison.Ordinal) && MeasureLexicon.Nationalities.Contains(adjective) ? adjective : null;
    }

    /// <summary>Who holds people counted as arrested or identified: <c>Police detained eight people</c>, <c>police have formally identified
    /// five</c> → the subject of the verb right before the figure, when it looks like a source.</summary>
    private static string? CustodyAgent(List<Token> tokens, string text, int t0)
    {
        for (var v = t0 - 1; v >= 0 && t0 - v <= 3; v--)
        {
            var w = tokens[v].Lower;
            if (w is "," or "." or ";" or ":" || tokens[v].IsNumber)
            {
                return null;
            }
            if (w is not ("arrested" or "detained" or "questioned" or "charged" or "indicted" or "interrogated" or "identified" or "received"))
            {
                continue;
            }
            var subject = SubjectBefore(tokens, text, v);
            return subject is not null && Institutional(subject) && !IsAnaphoricSource(subject) && !NamesNoSource(subject) ? subject : null;
        }
        return null;
    }

    /// <summary>A subject that names an institution or a person, not any actor: a source noun (<c>police</c>, <c>authorities</c>,
    /// <c>office</c>) or a capitalised word past the first (<c>the Civil Defence Corps</c>); <c>Gunmen</c> or <c>Rebels</c> alone are not.</summary>
    private static bool Institutional(string subject)
    {
        if (!LooksLikeSource(subject) || IsPronoun(subject))
        {
            return false;
        }
        var words = subject.Split([' ', '\'', '’'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => FigureLexicon.SourceNouns.Contains(w.ToLowerInvariant())) || words.Skip(1).Any(w => char.IsUpper(w[0]));
    }

    /// <summary>The owner of the count a figure is given as (<c>The government's latest figure is 6,841 dead</c>, <c>the agency's death toll
    /// stood at 40</c>): the words before <c>'s</c>, when at most three modifiers and a count noun follow it and only a copula or a verb of
    /// rising stands between the count noun and the figure, and the owner is a source noun, an acronym or a capitalised organisation. A
    /// lone place as owner (<c>Norland's death toll rose to 40</c>) names no source.</summary>
    private static string? CountOwner(List<Token> tokens, string text, int t0)
    {
        var c = t0 - 1;
        while (c >= 0 && t0 - c <= 6 && tokens[c].Lower is "is" or "was" or "are" or "were" or "stood" or "stands" or "stand" or "at" or "rose" or "risen" or "has"
            or "had" or "have" or "reached" or "climbed" or "to" or "now" or "jumped" or "increased" or "grew" or "hit" or "of" or "least" or "more" or "than"
            or "about" or "around" or "nearly" or "almost" or "some" or "over" or "up" or "gone" or "went" or "already" or "still")
        {
            c--;
        }
        if (c < 2 || tokens[c].Lower is not ("figure" or "figures" or "toll" or "count" or "tally" or "total" or "estimate" or "number"))
        {
            return null;
        }
        var p = c - 1;
        while (p >= 1 && c - p <= 3 && tokens[p].Lower is "latest" or "official" or "death" or "new" or "final" or "updated" or "provisional" or "preliminary"
            or "confirmed" or "overall" or "casualty" or "own" or "most" or "recent" or "daily" or "current")
        {
            p--;
        }
        if (p < 1 || tokens[p].Lower != "s" || tokens[p - 1].Lower != "'" || tokens[p - 1].Start != (p >= 2 ? tokens[p - 2].End : -1))
        {
            return null;
        }
        var last = p - 2;
        var first = last;
        while (first - 1 >= 0 && last - first < 5 && tokens[first - 1].IsWord
            && (char.IsUpper(text[tokens[first - 1].Start]) || tokens[first - 1].Lower is "the" or "of" or "for" or "and"
                || (!char.IsUpper(text[tokens[first].Start]) && tokens[first - 1].Lower is not ("in" or "on" or "at" or "by" or "from" or "with" or "to" or "as"))))
        {
            first--;
            if (tokens[first].Lower == "the")
            {
                break;
            }
        }
        if (tokens[first].Lower != "the")
        {
            while (first < last && !char.IsUpper(text[tokens[first].Start]))
            {
                first++; // "officials said police's count": without an article, no lower-case word before the head is known to belong to it
            }
        }
        while (first < last && tokens[first].Lower is "of" or "for" or "and")
        {
            first++;
        }
        if (first > 0 && tokens[first].Lower != "the" && tokens[first - 1].Lower == "the" && char.IsUpper(text[tokens[first].Start]))
        {
            first--;
        }
        var owner = text[tokens[first].Start..tokens[last].End];
        var words = owner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lowerHead = !char.IsUpper(words[^1][0]) && FigureLexicon.SourceNouns.Contains(words[^1].ToLowerInvariant())
            && words[^1].ToLowerInvariant() is not ("data" or "figures" or "statement" or "red" or "crescent");
        var named = words.Any(w => char.IsUpper(w[0]) && s_organisationHeads.Contains(w.ToLowerInvariant())) || NamesOrganisation(owner)
            || words.Any(w => char.IsUpper(w[0]) && FigureLexicon.SourceNouns.Contains(w.ToLowerInvariant()) && w.ToLowerInvariant() is not ("red" or "crescent"));
        return (lowerHead || named) && LooksLikeSource(owner) && !NamesNoSource(owner) ? owner : null;
    }
}
