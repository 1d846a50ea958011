using System.Collections.Frozen;

namespace Triangulate.Extraction.Numbers;

/// <summary>English number vocabulary: cardinal and ordinal words, scales, vague amounts, months, units.</summary>
internal static class NumberLexicon
{
    /// <summary>0–9.</summary>
    public static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>
    {
        ["zero"] = 0, ["nought"] = 0, ["naught"] = 0, ["nil"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4,
        ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>10–19.</summary>
    public static readonly FrozenDictionary<string, int> Teens = new Dictionary<string, int>
    {
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>20, 30, … 90.</summary>
    public static readonly FrozenDictionary<string, int> Tens = new Dictionary<string, int>
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Scale words above a hundred.</summary>
    public static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>
    {
        ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12, ["lakh"] = 1e5, ["crore"] = 1e7,
        ["bn"] = 1e9, ["bln"] = 1e9, ["mln"] = 1e6, ["tln"] = 1e12,
        // Read so that "10 quadrillion" is 10^16 (too large for a count, so never a toll) rather than 10.
        ["quadrillion"] = 1e15, ["quintillion"] = 1e18, ["sextillion"] = 1e21, ["septillion"] = 1e24, ["octillion"] = 1e27,
        ["nonillion"] = 1e30, ["decillion"] = 1e33,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Ordinal words → value (singular and plural; plurals read as fraction denominators).</summary>
    public static readonly FrozenDictionary<string, double> Ordinals = BuildOrdinals();

    /// <summary>Suffixes written onto digits that scale them ("10k", "1.2b", "10M").</summary>
    public static readonly FrozenDictionary<string, double> DigitSuffixes = new Dictionary<string, double>
    {
        ["k"] = 1e3, ["K"] = 1e3, ["M"] = 1e6, ["MM"] = 1e6, ["mm"] = 1e6, ["mil"] = 1e6, ["G"] = 1e9, ["g"] = 1e9,
        ["b"] = 1e9, ["B"] = 1e9, ["bn"] = 1e9, ["bln"] = 1e9, ["tln"] = 1e12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Vague amounts: word → (low, high) by convention (ACLED: tens → 10, dozens → 12, hundreds → 100 as the low).</summary>
    public static readonly FrozenDictionary<string, (double Low, double High)> Vague = new Dictionary<string, (double, double)>
    {
        ["tens"] = (10, 99), ["dozens"] = (12, 99), ["scores"] = (20, 99), ["hundreds"] = (100, 999), ["thousands"] = (1000, 9999),
        ["millions"] = (1e6, 9.99e6), ["billions"] = (1e9, 9.99e9),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Weak vague determiners ("many families"): a claim needs a measure verb to take them.</summary>
    public static readonly FrozenDictionary<string, (double Low, double High)> WeakVague = new Dictionary<string, (double, double)>
    {
        ["many"] = (2, double.NaN), ["several"] = (3, 9), ["numerous"] = (2, double.NaN), ["countless"] = (2, double.NaN), ["few"] = (2, 5),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Month names and abbreviations.</summary>
    public static readonly FrozenSet<string> Months = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Currency words after a number.</summary>
    public static readonly FrozenSet<string> CurrencyWords = new[]
    {
        "dollar", "dollars", "euro", "euros", "pound", "pounds", "yuan", "yen", "rupee", "rupees", "usd", "eur", "gbp", "cents", "lira", "liras",
        "francs", "rubles", "roubles", "dinars", "riyals", "shekels", "naira",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before a number that make it a label: "Article 205", "channel 112".</summary>
    public static readonly FrozenSet<string> LabelWords = new[]
    {
        "article", "articles", "section", "clause", "paragraph", "chapter", "no", "nr", "nrs", "channel", "flight", "route", "resolution",
        "page", "item", "rule", "code", "version", "room", "gate", "platform", "line", "bus", "highway", "road", "level", "phase", "category",
        "grade", "model", "scp", "vol", "volume", "episode", "season", "unit", "block", "apartment", "ward", "district", "number",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Units that, after a number, make it a measurement rather than a count of people.</summary>
    public static readonly FrozenSet<string> AttachedUnits = new[]
    {
        "km", "kms", "m", "cm", "mm", "ml", "l", "kg", "g", "mg", "lb", "lbs", "ft", "mi", "mph", "kph", "kmh", "hz", "mhz", "ghz", "gb", "mb", "kb", "tb",
        "s", "h", "hr", "hrs", "min", "mins", "sec", "secs", "d", "w", "kw", "mw", "v",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words after a number (or before it) that mark a clock time.</summary>
    public static readonly FrozenSet<string> TimeWords = new[] { "am", "pm", "gmt", "utc", "est", "edt", "cet", "cest", "bst", "msk", "hrs", "hours" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, double> BuildOrdinals()
    {
        var d = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["nineth"] = 9,
            ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16,
            ["seventeenth"] = 17, ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40,
            ["fiftieth"] = 50, ["sixtieth"] = 60, ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90, ["hundredth"] = 100,
            ["thousandth"] = 1000, ["millionth"] = 1_000_000, ["billionth"] = 1_000_000_000, ["trillionth"] = 1e12,
        };
        foreach (var (k, v) in d.ToArray())
        {
            d[k + "s"] = v;
        }
        d["half"] = 2;
        d["halves"] = 2;
        d["quarter"] = 4;
        d["quarters"] = 4;
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
