using Triangulate.Extraction.Figures;

namespace Triangulate.Extraction.Numbers;

/// <summary>Reads the words that qualify a number: "at least", "more than", "nearly", "has exceeded", "no fewer than", "or more".</summary>
/// <remarks>Stateless and thread-safe. The vocabulary is GOLD-FORMAT.md's: exact, about, more_than, at_least, less_than, at_most, up_to, range, vague.</remarks>
public static class QualifierReader
{
    // Longest phrases first, so "no more than" wins over "more than".
    private static readonly (string[] Words, Qualifier Qualifier)[] s_before = Build(
        ("no fewer than", Qualifier.AtLeast), ("no less than", Qualifier.AtLeast), ("not less than", Qualifier.AtLeast), ("not fewer than", Qualifier.AtLeast),
        ("a minimum of", Qualifier.AtLeast), ("at least", Qualifier.AtLeast), ("at the very least", Qualifier.AtLeast),
        ("no more than", Qualifier.AtMost), ("not more than", Qualifier.AtMost), ("a maximum of", Qualifier.AtMost), ("at most", Qualifier.AtMost),
        ("as many as", Qualifier.UpTo), ("as much as", Qualifier.UpTo), ("up to", Qualifier.UpTo),
        ("more than", Qualifier.MoreThan), ("greater than", Qualifier.MoreThan), ("upwards of", Qualifier.MoreThan), ("in excess of", Qualifier.MoreThan),
        ("well over", Qualifier.MoreThan), ("just over", Qualifier.MoreThan), ("over", Qualifier.MoreThan), ("above", Qualifier.MoreThan), ("north of", Qualifier.MoreThan),
        ("exceeded", Qualifier.MoreThan), ("exceeds", Qualifier.MoreThan), ("exceeding", Qualifier.MoreThan), ("exceed", Qualifier.MoreThan),
        ("surpassed", Qualifier.MoreThan), ("surpass", Qualifier.MoreThan), ("surpasses", Qualifier.MoreThan), ("surpassing", Qualifier.MoreThan),
        ("topped", Qualifier.MoreThan), ("tops", Qualifier.MoreThan), ("topping", Qualifier.MoreThan),
        ("passed", Qualifier.MoreThan), ("passes", Qualifier.MoreThan), ("passing", Qualifier.MoreThan),
        ("fewer than", Qualifier.LessThan), ("less than", Qualifier.LessThan), ("just under", Qualifier.LessThan), ("under", Qualifier.LessThan), ("below", Qualifier.LessThan),
        ("an estimated", Qualifier.About), ("estimated", Qualifier.About), ("approximately", Qualifier.About), ("approx", Qualifier.About), ("around", Qualifier.About),
        ("about", Qualifier.About), ("roughly", Qualifier.About), ("nearly", Qualifier.About), ("almost", Qualifier.About), ("some", Qualifier.About),
        ("circa", Qualifier.About), ("close to", Qualifier.About), ("closes in on", Qualifier.About), ("closing in on", Qualifier.About), ("closed in on", Qualifier.About),
        ("nears", Qualifier.About), ("neared", Qualifier.About), ("nearing", Qualifier.About), ("approaching", Qualifier.About), ("approaches", Qualifier.About),
        ("an approximate", Qualifier.About), ("a reported", Qualifier.Exact),
        ("larger than", Qualifier.MoreThan), ("bigger than", Qualifier.MoreThan), ("higher than", Qualifier.MoreThan),
        ("smaller than", Qualifier.LessThan), ("lower than", Qualifier.LessThan),
        ("less than or equal to", Qualifier.AtMost), ("smaller or equal than", Qualifier.AtMost), ("less or equal than", Qualifier.AtMost),
        ("lower or equal than", Qualifier.AtMost), ("equal to or less than", Qualifier.AtMost), ("equal to or fewer than", Qualifier.AtMost),
        ("more than or equal to", Qualifier.AtLeast), ("greater than or equal to", Qualifier.AtLeast), ("bigger or equal than", Qualifier.AtLeast),
        ("higher or equal than", Qualifier.AtLeast), ("larger or equal than", Qualifier.AtLeast), ("equal to or more than", Qualifier.AtLeast),
        ("equal to or greater than", Qualifier.AtLeast), ("at least or equal to", Qualifier.AtLeast));

    /// <summary>The qualifier of <paramref name="mention"/> in <paramref name="text"/>, and where its words start (the number's start when exact).</summary>
    public static (Qualifier Qualifier, int Start, int End) Read(string text, NumberMention mention)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mention);
        var from = Math.Max(0, mention.Start - 60);
        var to = Math.Min(text.Length, mention.End + 20);
        var tokens = Tokenizer.Tokenize(text, from, to);
        var first = tokens.FindIndex(t => t.Start >= mention.Start);
        var last = tokens.FindLastIndex(t => t.End <= mention.End);
        if (first < 0 || last < first)
        {
            return (Qualifier.Exact, mention.Start, mention.End);
        }
        var (q, qs, qe) = Read(tokens, first, last + 1, mention.Kind);
        return (q, qs < 0 ? mention.Start : tokens[qs].Start, qe <= last + 1 ? mention.End : tokens[qe - 1].End);
    }

    /// <summary>Reads the qualifier around tokens [<paramref name="t0"/>, <paramref name="t1"/>); returns the qualifier and the token range it covers (start -1 when none before).</summary>
    internal static (Qualifier Qualifier, int StartToken, int EndToken) Read(List<Token> tokens, int t0, int t1, NumberKind kind)
    {
        if (kind == NumberKind.Range)
        {
            return (Qualifier.Range, -1, t1);
        }
        if (kind == NumberKind.Vague)
        {
            return (Qualifier.Vague, -1, t1);
        }
        // Skip "a further", "another", "the", "a total of" between the qualifier and the number.
        var k = t0;
        while (k > 0 && tokens[k - 1].Lower is "the" or "a" or "an" or "another" or "further" or "total" or "of" or "mark" && !(tokens[k - 1].Lower == "of" && k >= 2 && tokens[k - 2].Lower is "upwards" or "excess" or "north" or "minimum" or "maximum"))
        {
            k--;
            if (t0 - k > 3)
            {
                break;
            }
        }
        foreach (var start in (int[])[t0, k])
        {
            foreach (var (words, q) in s_before)
            {
                if (Matches(tokens, start - words.Length, words))
                {
                    return (q, start - words.Length, t1);
                }
            }
            if (start == k)
            {
                break;
            }
        }
        // After the number: "500 or more", "500-plus", "500 or so".
        if (t1 + 1 < tokens.Count && tokens[t1].Lower is "or" or "and" && tokens[t1 + 1].Lower is "less" or "fewer" or "lower")
        {
            return (Qualifier.AtMost, -1, t1 + 2);
        }
        if (t1 + 1 < tokens.Count && tokens[t1].Lower == "or" && tokens[t1 + 1].Lower is "greater" or "higher" or "above")
        {
            return (Qualifier.AtLeast, -1, t1 + 2);
        }
        if (t1 + 1 < tokens.Count && tokens[t1].Lower is "or" or "and" && tokens[t1 + 1].Lower is "more")
        {
            return (Qualifier.AtLeast, -1, t1 + 2);
        }
        if (t1 + 1 < tokens.Count && tokens[t1].Lower == "or" && tokens[t1 + 1].Lower is "so")
        {
            return (Qualifier.About, -1, t1 + 2);
        }
        if (t1 < tokens.Count && (tokens[t1].Lower == "+" || (tokens[t1].Lower == "-" && t1 + 1 < tokens.Count && tokens[t1 + 1].Lower == "plus")))
        {
            return (Qualifier.MoreThan, -1, t1 + 1);
        }
        return (Qualifier.Exact, -1, t1);
    }

    private static bool Matches(List<Token> tokens, int at, string[] words)
    {
        if (at < 0)
        {
            return false;
        }
        for (var i = 0; i < words.Length; i++)
        {
            if (tokens[at + i].Lower != words[i])
            {
                return false;
            }
        }
        return true;
    }

    private static (string[] Words, Qualifier Qualifier)[] Build(params (string Phrase, Qualifier Qualifier)[] items)
    {
        var list = new List<(string[], Qualifier)>(items.Length);
        foreach (var (p, q) in items)
        {
            list.Add((p.Split(' '), q));
        }
        list.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        return [.. list];
    }
}
