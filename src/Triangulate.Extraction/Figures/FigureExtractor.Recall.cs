using System.Collections.Frozen;
using Triangulate.Extraction.Numbers;

namespace Triangulate.Extraction.Figures;

/// <summary>Counts named by where they stand rather than by a word next to them: a group among a described whole ("among the
/// 1,136 people who have died"), the further items of a list of components ("15 girls, 30 boys and 48 other minors"), the columns of
/// a table that lost its header ("| Total | 1,456 | 982 |"), one body found, the number of an outbreak's cases (docs/figures.md,
/// section 3g).</summary>
public sealed partial class FigureExtractor
{
    /// <summary>Heads of a list item that name people beyond the person nouns of <see cref="MeasureLexicon.PersonNouns"/>.</summary>
    private static readonly FrozenSet<string> ListPersonHeads = new[]
    {
        "members", "journalists", "officials", "police", "policemen", "firemen", "babies", "toddlers", "elderly", "foreigners", "nationals",
        "relatives", "guards", "inhabitants", "employees", "colleagues", "friends", "brothers", "sisters", "sons", "daughters", "mothers",
        "fathers", "husbands", "wives", "priests", "monks", "nuns", "athletes", "players", "musicians", "artists", "lawyers", "judges",
        "paramedics", "medics", "humanitarians", "peacekeepers", "troops", "fighters", "militants", "rebels", "gunmen", "attackers",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>After "among the [N] people", a relative or reduced clause of fate ("who have died", "killed", "that were injured"):
    /// its measure and end, or null.</summary>
    private static (string Measure, int End)? AmongThoseWho(List<Token> tokens, int at)
    {
        var n = tokens.Count;
        var j = at;
        if (j < n && tokens[j].Lower is "who" or "that")
        {
            j++;
        }
        while (j < n && j - at <= 3 && tokens[j].Lower is "have" or "has" or "had" or "were" or "was" or "are" or "been" or "being" or "reportedly" or "so" or "far")
        {
            j++;
        }
        if (j >= n)
        {
            return null;
        }
        var w = tokens[j].Lower;
        return w is "killed" or "died" or "dead" or "perished" or "drowned" or "injured" or "wounded" or "hurt" or "missing"
            ? (FigureLexicon.MeasureWords[w], j + 1)
            : null;
    }

    /// <summary>A further item of a list of components: the count right before is a part of a total ("includes 15 girls, 30 boys"),
    /// only a comma, "and" or "as well as" stands between, and this count names people (a person noun or a nationality).</summary>
    private static bool ListItemAfterPart(CountReading r, int prevEnd)
    {
        var prev = r.Claims[r.ClaimOfCount[r.K - 1]];
        if (prev.PartOf is null || r.Np.Head < 0)
        {
            return false;
        }
        var tokens = r.Tokens;
        var between = r.QStart - prevEnd;
        var joined = between >= 1 && tokens[r.QStart - 1].Lower is "," or "and"
            || (between >= 3 && tokens[r.QStart - 1].Lower == "as" && tokens[r.QStart - 2].Lower == "well" && tokens[r.QStart - 3].Lower == "as");
        if (!joined || between > 8)
        {
            return false;
        }
        for (var i = prevEnd; i < r.QStart; i++)
        {
            if (tokens[i].Lower is "." or ";" or ":" || FigureLexicon.ClauseBreaks.Contains(tokens[i].Lower) || FigureLexicon.AttributionVerbs.Contains(tokens[i].Lower))
            {
                return false;
            }
        }
        var head = tokens[r.Np.Head];
        return MeasureLexicon.PersonNouns.Contains(head.Lower) || MeasureLexicon.Nationalities.Contains(head.Lower)
            || ListPersonHeads.Contains(head.Lower);
    }

    /// <summary>After a predicate inside a relative clause that describes the counted group ("who had been reported as missing"), the main
    /// verb of the sentence when it is a death ("… are now confirmed to have died", "… have died", "… died"): its measure and end, or null.
    /// A clause break, a reporting verb, another number or another relative pronoun ends the search.</summary>
    private static (string Measure, int End, int At)? MainDeathAfterRelative(List<Token> tokens, List<(NumberMention M, int T0, int T1)> counts, int self, int from, int end)
    {
        for (var j = from; j < end && j < tokens.Count; j++)
        {
            var w = tokens[j].Lower;
            if (w is "." or ";" or "," or "who" or "which" or "that" or "when" or "after" or "because" or "and" or "or" || FigureLexicon.ClauseBreaks.Contains(w)
                || (FigureLexicon.AttributionVerbs.Contains(w) && !(j + 1 < tokens.Count && tokens[j + 1].Lower is "to" or "dead")) || IsCountStart(counts, self, j, out _))
            {
                return null;
            }
            if (w is "died" or "dead" or "killed" && PredicateAt(tokens, j) is { Measure: Measures.Killed } p && !Negated(tokens, j)
                && (w == "died" || tokens[j - 1].Lower is "have" or "has" or "had" or "are" or "is" or "were" or "was" or "been" or "now" or "confirmed" or "be"))
            {
                return (p.Measure, p.End, j);
            }
        }
        return null;
    }

    /// <summary>Modifiers of an outbreak's cases joined by "and", "or" or commas before "cases" ("suspected and confirmed cases",
    /// "confirmed, probable and suspected cases"): the index of "cases", or null.</summary>
    private static int? CoordinatedCases(List<Token> tokens, int at)
    {
        var joined = false;
        var modifiers = 0;
        for (var j = at; j < tokens.Count && j - at < 9; j++)
        {
            var w = tokens[j].Lower;
            if (w is "cases" or "case")
            {
                return joined && modifiers >= 2 ? j : null;
            }
            if (w is "and" or "or" or ",")
            {
                joined = true;
                continue;
            }
            if (!CaseModifiers.Contains(w))
            {
                return null;
            }
            modifiers++;
        }
        return null;
    }

    /// <summary>"Cases have risen to 8,700", "confirmed cases rose to 2,100", "cases now stand at 640": the index of "cases" when the
    /// number completes a rise or level of cases in its clause; null otherwise.</summary>
    private static int? CasesRoseTo(List<Token> tokens, int qStart)
    {
        if (qStart < 3 || tokens[qStart - 1].Lower is not ("to" or "at" or "reached" or "hit" or "passed" or "topped" or "exceeded"))
        {
            return null;
        }
        for (var i = qStart - 2; i >= 0 && qStart - i <= 7; i--)
        {
            var w = tokens[i].Lower;
            if (w is "cases")
            {
                return i > 0 && CaseModifiers.Contains(tokens[i - 1].Lower) ? i - 1 : i;
            }
            if (w is not ("has" or "have" or "had" or "now" or "risen" or "rose" or "rising" or "climbed" or "increased" or "jumped" or "grown" or "grew"
                or "surged" or "soared" or "reached" or "stand" or "stood" or "stands" or "since" or "so" or "far" or "already" or "further" or "sharply"))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>A gapped clause of a list of tolls: a bare number right after a capitalised name that a comma or "and" joins to a count
    /// already read as a claim ("Norland lost 14 citizens, Estovia 6 and Marena three"): the verb of the first clause is understood.</summary>
    private static bool Gapped(string text, List<Token> tokens, List<(NumberMention M, int T0, int T1)> counts, int[] claimOfCount, int k, int qStart)
    {
        if (k == 0 || claimOfCount[k - 1] < 0 || qStart < 2 || !tokens[qStart - 1].IsWord || !char.IsUpper(text[tokens[qStart - 1].Start])
            || tokens[qStart - 2].Lower is not ("," or "and"))
        {
            return false;
        }
        var after = counts[k].T1;
        return after >= tokens.Count || !tokens[after].IsWord || tokens[after].Lower is "and" or "each" or "cases"
            || FigureLexicon.MeasureWords.ContainsKey(tokens[after].Lower); // "Estovia 275 cases and 12 deaths"
    }

    /// <summary>After "the number of", a count of an outbreak ("suspected cases", "confirmed infections", "new cholera cases"):
    /// <c>cases</c> or <c>infected</c>, or null.</summary>
    private static string? CasesCounted(List<Token> tokens, int at)
    {
        for (var j = at; j < tokens.Count && j - at < 4; j++)
        {
            var w = tokens[j].Lower;
            if (w is "cases")
            {
                return Cases;
            }
            if (w is "infections" or "infected")
            {
                return Infected;
            }
            if (!tokens[j].IsWord || w is "of" or "who" or "that")
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>The column measures of a table that has lost its header row, read from its total row: a later row of the same table
    /// whose first cell is "Total" and whose every number matches the value of figures already stated in the document with one
    /// measure each ("~982 deaths and ~1,456 injuries", then "| Total | 1,456 | 982 |" → injured, killed). Null when the table has
    /// no total row or a number matches no figure, or figures of several measures.</summary>
    private static (string?[]? Columns, string? Source) HeaderFromTotalRow(string text, int start, List<FigureClaim> claims)
    {
        if (claims.Count == 0)
        {
            return (null, null);
        }
        var at = start;
        for (var rows = 0; at < text.Length && rows < 60; rows++)
        {
            var lineEnd = text.IndexOf('\n', at);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var line = text.AsSpan(at, lineEnd - at).Trim();
            if (line.Length == 0 || line[0] != '|')
            {
                return (null, null);
            }
            var cells = line[1..].ToString().Split('|');
            if (cells.Length >= 2 && cells[0].Trim().StartsWith("total", StringComparison.OrdinalIgnoreCase))
            {
                return MeasuresOfTotals(cells, claims);
            }
            at = lineEnd + 1;
        }
        return (null, null);
    }

    private static (string?[]? Columns, string? Source) MeasuresOfTotals(string[] cells, List<FigureClaim> claims)
    {
        var columns = new string?[cells.Length];
        string? source = null;
        var any = false;
        for (var c = 1; c < cells.Length; c++)
        {
            if (FirstInteger(cells[c]) is not { } value)
            {
                continue;
            }
            string? measure = null;
            foreach (var claim in claims)
            {
                if (claim.Value != value)
                {
                    continue;
                }
                if (measure is not null && measure != claim.Measure)
                {
                    return (null, null); // the value is stated as two measures: the column's is unknown
                }
                measure = claim.Measure;
                source ??= claim.AttributedTo;
            }
            if (measure is null)
            {
                return (null, null);
            }
            columns[c] = measure;
            any = true;
        }
        return any ? (columns, source) : (null, null);
    }

    /// <summary>The first integer written in digits in a cell ("~1,456 (est.)" → 1456), or null.</summary>
    private static long? FirstInteger(string cell)
    {
        long value = 0;
        var digits = 0;
        foreach (var ch in cell)
        {
            if (char.IsAsciiDigit(ch))
            {
                if (digits >= 15)
                {
                    return null;
                }
                value = (value * 10) + (ch - '0');
                digits++;
            }
            else if (ch == ',' && digits > 0)
            {
                continue;
            }
            else if (digits > 0)
            {
                break;
            }
        }
        return digits > 0 ? value : null;
    }

    /// <summary>After "a/another body" or "one body", a passive of finding ("was found", "has been recovered", "was pulled from …",
    /// "washed ashore"): a count of one of the dead, its end; null otherwise (a body of water, "a body was never found").</summary>
    private static (string Measure, int End)? BodyFound(List<Token> tokens, int at)
    {
        var n = tokens.Count;
        var k = at;
        var aux = 0;
        while (k < n && aux < 3 && tokens[k].Lower is "was" or "has" or "had" or "been" or "is" or "also" or "later" or "reportedly" or "then" or "now" or "finally")
        {
            k++;
            aux++;
        }
        if (k >= n || Negated(tokens, k))
        {
            return null;
        }
        var w = tokens[k].Lower;
        if (aux > 0 && w is "found" or "recovered" or "retrieved" or "discovered" or "pulled" or "located" or "exhumed" or "brought")
        {
            return (Measures.Killed, k + 1);
        }
        return w is "washed" && k + 1 < n && tokens[k + 1].Lower is "ashore" or "up" ? (Measures.Killed, k + 2) : null;
    }
}
