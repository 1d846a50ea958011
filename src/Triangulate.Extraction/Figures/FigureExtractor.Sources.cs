using System.Text.RegularExpressions;
using Triangulate.Extraction.Entities;
using Triangulate.Extraction.Numbers;

namespace Triangulate.Extraction.Figures;

/// <summary>Who gave a figure when news names the source around it rather than in its clause: a sentence that only announces figures,
/// a company called <c>the company</c>, a wire's inverted <c>N … the agency said</c> with no comma, a register kept by an institution
/// (docs/figures.md, 3p).</summary>
public sealed partial class FigureExtractor
{
    /// <summary>A sentence that announces figures without stating one: <c>The ministry gave new figures on Monday.</c>, <c>Health officials
    /// released the latest toll late on Sunday.</c> — a source, a verb of giving or publishing, and a figures noun as its object (after
    /// at most three modifiers). Returns the source, else null.</summary>
    private static string? AnnouncedFigures(List<Token> tokens, string text)
    {
        if (tokens.Exists(t => t.IsNumber))
        {
            return null;
        }
        for (var i = 1; i < tokens.Count - 1; i++)
        {
            if (tokens[i].Lower is not ("gave" or "released" or "announced" or "published" or "issued" or "updated" or "provided" or "revised" or "confirmed"
                or "reported" or "gives" or "releases" or "announces" or "publishes" or "issues" or "updates" or "provides"))
            {
                continue;
            }
            for (var j = i + 1; j < tokens.Count && j - i <= 4; j++)
            {
                var w = tokens[j].Lower;
                if (w is "figures" or "toll" or "tolls" or "tally" or "count" or "numbers" or "statistics" or "casualties" or "data"
                    || w is "nationalities" or "manifest" or "breakdown" or "list")
                {
                    var subject = SubjectBefore(tokens, text, i);
                    return subject is not null && LooksLikeSource(subject) && !IsPronoun(subject) && !IsAnaphoricSource(subject) && !NamesNoSource(subject) ? subject : null;
                }
                if (!tokens[j].IsWord || w is "that" or "to" or "on" or "in" or "at")
                {
                    break;
                }
            }
        }
        return null;
    }

    /// <summary>Gives the unattributed claims at <paramref name="indexes"/> the source of a sentence that announced the figures.</summary>
    private static void AttributeAnnounced(List<FigureClaim> claims, IEnumerable<int> indexes, string source)
    {
        foreach (var p in indexes)
        {
            if (claims[p].AttributedTo is null)
            {
                claims[p] = claims[p] with { AttributedTo = source, ConfidenceReason = "attribution from the sentence announcing the figures", Confidence = Math.Min(claims[p].Confidence, 0.8) };
            }
        }
    }

    /// <summary>A generic company noun (<c>the company</c>, <c>the operator</c>, <c>the airline</c>) stands for the company the article
    /// named before: the latest capitalised name ending in a company word (<c>Holding</c>, <c>Mining</c>, <c>Airlines</c>, <c>Ltd</c>, …)
    /// in the text before <paramref name="before"/>; else null.</summary>
    private static string? CompanyNamedBefore(string[] words, string text, int before)
    {
        if (words.Length != 2 || !words[0].Equals("the", StringComparison.OrdinalIgnoreCase)
            || !EntityLexicons.CompanyNouns.Contains(words[1])
            || before <= 0)
        {
            return null;
        }
        string? last = null;
        foreach (var m in s_companyName.EnumerateMatches(text.AsSpan(0, Math.Min(before, text.Length))))
        {
            last = CompanyNameProper(text, m.Index, m.Length) ?? last;
        }
        return last;
    }

    // Up to three capitalised words and a company word ("Korvath Mining", "Tessaly Ferry Holdings").
    private static readonly Regex s_companyName = new(
        @"\b(?:[A-Z][\p{L}&'’-]+ ){1,3}(?:" + string.Join('|', EntityLexicons.CompanyWords.OrderByDescending(w => w.Length).Select(Regex.Escape)) + @")\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, TimeSpan.FromSeconds(10));

    /// <summary>A company-name match without the capitalised words that only lead into it: an article (<c>The</c>, <c>A</c>,
    /// <c>An</c>), a weekday or month, or a function word opening the sentence (<c>On Monday Korvath Mining</c> is
    /// <c>Korvath Mining</c>); null when no name word is left before the company word.</summary>
    private static string? CompanyNameProper(string text, int index, int length)
    {
        var end = index + length;
        var start = index;
        while (true)
        {
            var space = text.IndexOf(' ', start, end - start);
            if (space < 0)
            {
                return null; // only the company word is left
            }
            var w = text[start..space];
            var p = start - 1;
            while (p >= 0 && text[p] is ' ' or '\t')
            {
                p--;
            }
            var sentenceStart = p < 0 || text[p] is '.' or '!' or '?' or '"' or '”' or ':' or '\n' or '\r';
            if (w is "The" or "A" or "An" || EntityLexicons.Weekdays.Contains(w) || EntityLexicons.Months.Contains(w) || (sentenceStart && EntityLexicons.Stop.Contains(w)))
            {
                start = space + 1;
                continue;
            }
            return text[start..end];
        }
    }

    /// <summary>A wire's inverted report with no comma: <c>the toll now stands at 2,980 the agency said</c>, <c>Twelve people died the
    /// ministry said</c> — after the figure, a determiner, at most three words ending in a source noun, and a reporting verb.</summary>
    private static string? InvertedSourceAfter(List<Token> tokens, string text, int t1)
    {
        // The reporting verb within ten words of the figure, through words only; the source starts at the last determiner before
        // its noun ("12 people died in the fire the ministry said": "the ministry", not "the fire the ministry").
        for (var v = t1; v < tokens.Count && v - t1 <= 10; v++)
        {
            if (!tokens[v].IsWord || tokens[v].IsNumber)
            {
                return null;
            }
            if (tokens[v].Lower is not ("said" or "says" or "reported" or "reports" or "told" or "announced" or "stated"))
            {
                continue;
            }
            var det = -1;
            for (var j = v - 2; j >= t1 && v - j <= 4; j--)
            {
                if (tokens[j].Lower is "the" or "a")
                {
                    det = j;
                    break;
                }
            }
            return det >= 0 && FigureLexicon.SourceNouns.Contains(tokens[v - 1].Lower) && !(v + 1 < tokens.Count && tokens[v + 1].Lower == "that")
                ? text[tokens[det].Start..tokens[v - 1].End] : null;
        }
        return null;
    }

    /// <summary>Who keeps a register counted what is in it: the subject of <c>registered/logged/listed/list</c> right before the figure
    /// (<c>The Health Directorate registered 37 new deaths</c>, <c>Police have listed 23 anglers as missing</c>), when it names an
    /// institution or a person.</summary>
    private static string? RegisterAgent(List<Token> tokens, string text, int t0)
    {
        for (var v = t0 - 1; v >= 0 && t0 - v <= 3; v--)
        {
            var w = tokens[v].Lower;
            if (w is "," or "." or ";" or ":" || tokens[v].IsNumber)
            {
                return null;
            }
            if (w is not ("registered" or "logged" or "listed" or "list" or "lists"))
            {
                continue;
            }
            var at = v;
            if (w is "list" or "lists" && ListNounVerb(tokens, v) is { } verb)
            {
                at = verb; // "the hospital released a list of 70 deceased": the noun's verb ends the subject, not the noun
            }
            while (at > 0 && tokens[at - 1].Lower is "still" or "now" or "so" or "far")
            {
                at--;
            }
            var subject = SubjectBefore(tokens, text, at);
            return subject is not null && Institutional(subject) && !IsAnaphoricSource(subject) && !NamesNoSource(subject) ? subject : null;
        }
        return null;
    }

    /// <summary>The verb that takes <c>list</c> as its object (<c>released a list</c>, <c>published its updated list</c>): before a
    /// determiner and at most two modifiers, a past-tense verb or one of give/issue/publish/release/post/share; else null.</summary>
    private static int? ListNounVerb(List<Token> tokens, int list)
    {
        var d = list - 1;
        var modifiers = 0;
        while (d > 0 && modifiers < 2 && tokens[d].IsWord && tokens[d].Lower is not ("a" or "an" or "the" or "its" or "their" or "his" or "her"))
        {
            d--;
            modifiers++;
        }
        if (d < 1 || tokens[d].Lower is not ("a" or "an" or "the" or "its" or "their" or "his" or "her"))
        {
            return null;
        }
        var verb = tokens[d - 1];
        return verb.IsWord && (verb.Lower.EndsWith("ed", StringComparison.Ordinal) || verb.Lower is "gave" or "give" or "gives" or "issue" or "issues"
            or "publish" or "publishes" or "release" or "releases" or "post" or "posts" or "share" or "shares" or "drew" or "put" or "made")
            ? d - 1 : null;
    }

    /// <summary>A source cut inside a parenthesis it opened (<c>the regional council (of which the port is part</c>) ends before it.</summary>
    private static string WithoutOpenAside(string source)
    {
        var open = source.LastIndexOf('(');
        return open > 0 && source.IndexOf(')', open) < 0 ? source[..open].TrimEnd() : source;
    }

    /// <summary>One source phrase that cites another (<c>the news agency citing fire service sources</c>, <c>the broadcaster quoting a
    /// police officer</c>) is the innermost source via the outer one, as for <c>X reported, citing Y</c>; else null.</summary>
    private static string? CitingInside(string source)
    {
        foreach (var verb in (ReadOnlySpan<string>)[" citing ", " quoting "])
        {
            var at = source.IndexOf(verb, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && at + verb.Length < source.Length)
            {
                var outer = source[..at].TrimEnd(',', ' ');
                var inner = source[(at + verb.Length)..].Trim();
                return LooksLikeSource(outer) && LooksLikeSource(inner) ? $"{inner} (via {outer})" : null;
            }
        }
        return null;
    }

    /// <summary>A figure in a clause that describes the event (<c>the bus crash that killed 27 people</c>, <c>a fire which has claimed 40
    /// lives</c>, <c>…, killing all 31 people on board</c>, <c>the warehouse fire, in which 34 people died</c>) is the writer's description of what happened, not what the sentence's source
    /// reports: the figure's verb (through at most three qualifier words) follows a relative pronoun or a comma.</summary>
    private static bool DescribesEvent(List<Token> tokens, int t0)
    {
        var v = t0 - 1;
        while (v >= 0 && t0 - v <= 3 && tokens[v].Lower is "all" or "at" or "least" or "more" or "than" or "some" or "nearly" or "about" or "around" or "over" or "almost" or "an" or "estimated")
        {
            v--;
        }
        if (v < 1)
        {
            return false;
        }
        var w = tokens[v].Lower;
        if (w == "which" && tokens[v - 1].Lower is "in" or "during")
        {
            return true; // "the warehouse fire, in which 34 people died"
        }
        if (w == "killing")
        {
            return tokens[v - 1].Lower == ",";
        }
        if (w is not ("killed" or "claimed" or "left"))
        {
            return false;
        }
        var r = v - 1;
        while (r >= 0 && tokens[r].Lower is "has" or "had" or "have")
        {
            r--;
        }
        return r >= 0 && tokens[r].Lower is "that" or "which";
    }
}
