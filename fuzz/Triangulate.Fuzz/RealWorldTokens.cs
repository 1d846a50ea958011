using System.Globalization;
using System.Text;

namespace Triangulate.Fuzz;

/// <summary>Generators of the tokens real web pages put next to news prose: DOIs, ISBNs, arXiv ids, version strings,
/// IP addresses, phone numbers, coordinates, clock times, long digit runs, tables of numbers, reference lists and long
/// runs of punctuation or white space. Shared by the fuzz harness and the property tests
/// (tests/Triangulate.Tests/Reliability/ExtractorPropertyTests.cs links this file).</summary>
/// <remarks>Deterministic for a given <see cref="Random"/> seed, so a failing input can be regenerated.</remarks>
public static class RealWorldTokens
{
    /// <summary>The names of the token kinds, in the order <see cref="Token(Random, int)"/> numbers them.</summary>
    public static readonly string[] Kinds =
    [
        "doi", "isbn", "arxiv", "version", "ip", "phone", "coordinates", "clock", "digits", "table", "reference", "punctuation",
        "whitespace", "news", "number", "date", "unicode-digits",
    ];

    private static readonly string[] s_news =
    [
        "At least", "more than", "between", "and", "killed", "died", "dead", "people", "were", "injured", "said", "according to",
        "the ministry", "police", "In", "since", "from", "to", "up to", "nearly", "hundreds", "dozens of", "million", "billion",
        "quadrillion", "thousand", "minus", "-", "–", "—", ",", ".", ":", ";", "(", ")", "\"", "“", "”", "'", "’", "Reuters", "AP",
        "BEIRUT (Reuters) -", "Photo:", "(Image: AFP)", "Posted on", "By", "|", "on Monday", "March", "6", "toll", "rose to",
        "out of", "of", "a", "the", "one", "two", "twenty-five", "hundred", "year", "years", "old", "aged", "%", "$", "km",
    ];

    private static readonly string[] s_punctuation =
    [
        ".", ",", "-", "–", "—", "/", ":", ";", "|", "(", ")", "[", "]", "'", "\"", "“", "”", "…", "*", "#", "=", "_", "+", "^",
        "~", "·", "•", "\u00a0", "\u202f", "\u200b", "\u200f", "\u202e", "\ufeff",
    ];

    /// <summary>One token of kind <paramref name="kind"/> (an index into <see cref="Kinds"/>).</summary>
    public static string Token(Random random, int kind)
    {
        ArgumentNullException.ThrowIfNull(random);
        var r = random;
        return kind switch
        {
            0 => Pick(r, "10.", "doi:10.", "https://doi.org/10.", "X.", "") + Digits(r, 4, 5) + "/" + Pick(r, "ACCESS.", "j.cell.", "s41586-", "", "TPAMI.")
                + Digits(r, 4, 4) + "." + Digits(r, 1, 9) + Pick(r, "", ".", "-", ")", "."),
            1 => Pick(r, "ISBN ", "ISBN-13: ", "ISBN 0-", "") + Digits(r, 1, 3) + "-" + Digits(r, 1, 5) + "-" + Digits(r, 1, 6) + "-" + Digits(r, 1, 1),
            2 => Pick(r, "arXiv:", "arxiv.org/abs/", "hep-th/", "") + Digits(r, 4, 4) + "." + Digits(r, 4, 5) + Pick(r, "", "v1", "v2", "v10"),
            3 => Pick(r, "v", "version ", "", "V") + Join(r, ".", 2, 5, () => Digits(r, 1, 4)) + Pick(r, "", "-beta", "-rc.1", "+build.5", ".x"),
            4 => r.Next(3) == 0
                ? Join(r, ":", 3, 8, () => Hex(r, 1, 4)) + Pick(r, "", "::1", "::")
                : Join(r, ".", 4, 4, () => r.Next(256).ToString(CultureInfo.InvariantCulture)) + Pick(r, "", ":8080", "/24", ":443"),
            5 => Pick(r, "+1 (", "+44 ", "(", "", "+963 ", "tel: ") + Digits(r, 2, 3) + Pick(r, ") ", " ", "-", ".") + Digits(r, 3, 4) + Pick(r, "-", " ", ".") + Digits(r, 4, 4),
            6 => r.Next(2) == 0
                ? Digits(r, 1, 3) + "°" + Digits(r, 1, 2) + Pick(r, "′", "'", "") + Digits(r, 0, 2) + Pick(r, "″", "\"", "") + Pick(r, "N ", "S ", "") + Digits(r, 1, 3) + "°" + Digits(r, 1, 2) + "′" + Pick(r, "E", "W", "")
                : Pick(r, "-", "") + Digits(r, 1, 3) + "." + Digits(r, 1, 7) + Pick(r, ", ", ",", " ") + Pick(r, "-", "") + Digits(r, 1, 3) + "." + Digits(r, 1, 7),
            7 => Digits(r, 1, 2) + ":" + Digits(r, 2, 2) + Pick(r, "", ":" + Digits(r, 2, 2), "am", " a.m.", " p.m.", "Z", "+02:00", " GMT", ".123"),
            8 => Digits(r, 10, r.Next(2) == 0 ? 40 : 400),
            9 => Table(r),
            10 => Reference(r),
            11 => Repeat(r, Pick(r, s_punctuation), r.Next(2) == 0 ? 3 : 300),
            12 => Repeat(r, Pick(r, " ", "\t", "\n", "\r\n", "\n\n", "\u00a0", "\u2028"), r.Next(1, 200)),
            13 => Pick(r, s_news),
            14 => Pick(r, Digits(r, 1, 4), Digits(r, 1, 3) + "," + Digits(r, 3, 3), Digits(r, 1, 3) + " " + Digits(r, 3, 3), Digits(r, 1, 3) + "." + Digits(r, 3, 3) + "." + Digits(r, 3, 3),
                Digits(r, 1, 2) + "." + Digits(r, 1, 2), "." + Digits(r, 1, 3), Digits(r, 1, 3) + "-" + Digits(r, 1, 3), "1e" + Digits(r, 1, 3), "10^" + Digits(r, 1, 3), "½", Digits(r, 1, 3) + "%"),
            15 => Pick(r, Digits(r, 4, 4) + "-" + Digits(r, 2, 2) + "-" + Digits(r, 2, 2), Digits(r, 1, 2) + "/" + Digits(r, 1, 2) + "/" + Digits(r, 2, 4), Digits(r, 1, 2) + " March " + Digits(r, 4, 4),
                "2016-07-04T10:15:30+02:00", Digits(r, 4, 4) + "s"),
            _ => Pick(r, "٣٤٥", "١٩٩٩", "１２３", "۱۲۳", "一千", "३४५", "٫", "٬"),
        };
    }

    /// <summary>A text of up to <paramref name="tokens"/> tokens of mixed kinds, separated the way prose separates words.</summary>
    public static string Text(Random random, int tokens)
    {
        ArgumentNullException.ThrowIfNull(random);
        var sb = new StringBuilder();
        for (var i = 0; i < tokens; i++)
        {
            // News words half the time, so real-world tokens sit where counts, qualifiers and verbs expect numbers.
            sb.Append(Token(random, random.Next(2) == 0 ? 13 : random.Next(Kinds.Length)));
            sb.Append(Pick(random, " ", " ", " ", ", ", ". ", "\n", "", "\n\n", " (", ") "));
        }
        return sb.ToString();
    }

    private static string Table(Random r)
    {
        var sb = new StringBuilder();
        var rows = r.Next(1, 40);
        var cols = r.Next(1, 8);
        var sep = Pick(r, " | ", "\t", "  ", ",", " ");
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < cols; j++)
            {
                sb.Append(Pick(r, Digits(r, 1, 4), Digits(r, 1, 3) + "," + Digits(r, 3, 3), Digits(r, 1, 2) + "." + Digits(r, 1, 2) + "%", "—", "n/a", Digits(r, 4, 4)));
                sb.Append(sep);
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static string Reference(Random r)
    {
        var sb = new StringBuilder();
        var items = r.Next(1, 20);
        for (var i = 1; i <= items; i++)
        {
            sb.Append(Pick(r, "[" + i.ToString(CultureInfo.InvariantCulture) + "] ", "^ a b ", i.ToString(CultureInfo.InvariantCulture) + ". ", "↑ "));
            sb.Append(Pick(r, "Smith, J.", "Al-Hassan, M.; Lee, K.", "Anon."));
            sb.Append(" (").Append(Digits(r, 4, 4)).Append("). ");
            sb.Append(Pick(r, "Title of the paper. ", "\"Casualties in 2011\". ", "Report. "));
            sb.Append(Pick(r, "Journal ", "Proc. IEEE ", "Lancet ")).Append(Digits(r, 1, 3)).Append('(').Append(Digits(r, 1, 2)).Append("): ");
            sb.Append(Digits(r, 1, 4)).Append(Pick(r, "–", "-", "—")).Append(Digits(r, 1, 4)).Append(". ");
            sb.Append(Pick(r, "doi:10." + Digits(r, 4, 4) + "/" + Digits(r, 1, 8) + "." + Digits(r, 4, 4) + "." + Digits(r, 7, 7), "ISBN 978-" + Digits(r, 1, 1) + "-" + Digits(r, 3, 3) + "-" + Digits(r, 5, 5) + "-" + Digits(r, 1, 1),
                "pp. " + Digits(r, 1, 3) + "–" + Digits(r, 1, 3), "Retrieved " + Digits(r, 1, 2) + " March " + Digits(r, 4, 4), "Vol. " + Digits(r, 1, 2) + ", No. " + Digits(r, 1, 2)));
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static string Digits(Random r, int min, int max)
    {
        var n = r.Next(min, max + 1);
        var chars = new char[n];
        for (var i = 0; i < n; i++)
        {
            chars[i] = (char)('0' + r.Next(10));
        }
        return new string(chars);
    }

    private static string Hex(Random r, int min, int max)
    {
        var n = r.Next(min, max + 1);
        var chars = new char[n];
        for (var i = 0; i < n; i++)
        {
            chars[i] = "0123456789abcdef"[r.Next(16)];
        }
        return new string(chars);
    }

    private static string Join(Random r, string separator, int min, int max, Func<string> part)
    {
        var n = r.Next(min, max + 1);
        var parts = new string[n];
        for (var i = 0; i < n; i++)
        {
            parts[i] = part();
        }
        return string.Join(separator, parts);
    }

    private static string Repeat(Random r, string s, int max)
    {
        var n = r.Next(1, max + 1);
        return string.Concat(Enumerable.Repeat(s, n));
    }

    private static string Pick(Random r, params string[] options) => options[r.Next(options.Length)];
}
