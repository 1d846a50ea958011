using System.Collections.Frozen;
using System.Globalization;
using Triangulate.Extraction.Figures;

namespace Triangulate.Linking.Reconciliation;

/// <summary>What reconciliation needs to know about one claim: its group and origin keys, when it refers to, and its value interval.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="DocIndex">Position of its document in the dossier.</param>
/// <param name="Group">Group key (<see cref="GroupMatcher.KeyOf"/>).</param>
/// <param name="Origin">Origin key (<see cref="OriginResolver.KeyOf"/>).</param>
/// <param name="AsOf">The day the figure refers to, when known.</param>
/// <param name="AsOfHow">Where <paramref name="AsOf"/> came from, for explanations.</param>
/// <param name="Place">Capitalized place words of its place scope.</param>
internal sealed record ClaimFacts(FigureClaim Claim, int DocIndex, string Group, string Origin, DateOnly? AsOf, string AsOfHow, SortedSet<string> Place)
{
    // General words that announce a stated correction of an earlier figure.
    private static readonly FrozenSet<string> s_revisionWords = FrozenSet.ToFrozenSet(
        ["revised", "revise", "corrected", "correct", "correction", "lowered", "downgraded", "reduced", "down from", "updated", "amended", "adjusted", "fell to", "dropped to", "lower than"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the figure counts an unnamed part of a larger count ("28 of the injured", "eighty of those injured"): not a total, whatever its group.</summary>
    public bool Subset { get; init; }

    /// <summary>True when it counts the hurt still under care on its day ("52 remain under care"): a count that falls as patients
    /// leave, part of everyone hurt, not their count. Kept in the series and flags; left out of low / best / high.</summary>
    public bool UnderCare { get; init; }

    /// <summary>True when its sentence presents it as an earlier count ("the previous toll", "reported earlier") and states no other
    /// figure of its measure: a figure the article recalls, not one it reports now.</summary>
    public bool Recalled { get; init; }

    /// <summary>True when its sentence denies or disputes the figure ("officials denied reports that 300 had died"): a figure
    /// someone rejects is no one's current count.</summary>
    public bool Denied { get; init; }

    /// <summary>The latest day its document could have appeared, when its publication date is known only as an interval (null otherwise).</summary>
    public DateOnly? LatestPossibleDay { get; init; }

    /// <summary>A year the claim's sentence names before the figure with "in" ("In 2003, …"), when it names one.</summary>
    public int? EarlierYear { get; init; }

    /// <summary>The claim's sentence and where the figure starts in it; empty when the sentence is unknown.</summary>
    internal static (string Text, int FigureAt) SentenceOf(FigureClaim c, string text)
    {
        var start = c.SentenceEnd > c.SentenceStart ? c.SentenceStart : c.Start;
        var end = c.SentenceEnd > c.SentenceStart ? c.SentenceEnd : c.End;
        if (start < 0 || end > text.Length || start >= end || c.Start < start)
        {
            return (string.Empty, 0);
        }
        return (text[start..end], c.Start - start);
    }

    // Words that present a figure as an earlier count the article recalls.
    private static readonly string[] s_recallWords = ["previous", "previously", "earlier", "initially", "first reported", "had put", "had stood"];

    /// <summary>True when the sentence presents its figure as an earlier count ("The previous toll stood at 40", "Officials had put the toll at 12").</summary>
    internal static bool RecallsEarlier(string sentence)
    {
        foreach (var w in s_recallWords)
        {
            var at = sentence.IndexOf(w, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                var before = at == 0 || !char.IsLetter(sentence[at - 1]);
                var after = at + w.Length >= sentence.Length || !char.IsLetter(sentence[at + w.Length]);
                if (before && after && !(w == "earlier" && WhenSaid(sentence, at, at + w.Length)))
                {
                    return true;
                }
                at = sentence.IndexOf(w, at + 1, StringComparison.OrdinalIgnoreCase);
            }
        }
        return false;
    }

    // "earlier" that tells when something was said or happened ("the ministry said earlier", "earlier on Monday", "earlier
    // today", "earlier this week") dates the statement; it does not make the figure an earlier count.
    private static readonly string[] s_whenSaidAfter = ["today", "on", "this", "in", "that", "yesterday", "tonight", "than"];
    private static readonly string[] s_whenSaidBefore = ["said", "says", "told", "reported", "announced", "added", "stated", "tweeted", "wrote", "confirmed"];

    private static bool WhenSaid(string sentence, int start, int end)
    {
        var next = NextWord(sentence, end);
        var previous = PreviousWord(sentence, start);
        return s_whenSaidAfter.Any(w => next.Equals(w, StringComparison.OrdinalIgnoreCase))
            || s_whenSaidBefore.Any(w => previous.Equals(w, StringComparison.OrdinalIgnoreCase));
    }

    private static string NextWord(string s, int from)
    {
        var i = from;
        while (i < s.Length && !char.IsLetter(s[i]) && s[i] is ' ' or ',')
        {
            i++;
        }
        var j = i;
        while (j < s.Length && char.IsLetter(s[j]))
        {
            j++;
        }
        return s[i..j];
    }

    private static string PreviousWord(string s, int before)
    {
        var j = before;
        while (j > 0 && s[j - 1] == ' ')
        {
            j--;
        }
        var i = j;
        while (i > 0 && char.IsLetter(s[i - 1]))
        {
            i--;
        }
        return s[i..j];
    }

    // Words that reject what follows them.
    private static readonly string[] s_denialWords = ["denied", "denies", "deny", "denying", "dismissed", "dismisses", "dismissing", "rejected", "rejects", "rejecting",
        "refuted", "refutes", "refuting", "rebutted", "rebuts", "false reports", "rumours", "rumors", "untrue", "not true", "baseless", "unfounded"];

    // Denial words that reject something else as often as a figure ("the minister was dismissed"): they deny only a report,
    // claim or count named right after them ("dismissed reports that …", "rejected the toll").
    private static readonly HashSet<string> s_weakDenialWords = new(StringComparer.Ordinal)
    {
        "dismissed", "dismisses", "dismissing", "rejected", "rejects", "rejecting",
    };

    // Nouns that a weak denial word must reject to deny a figure.
    private static readonly string[] s_rejectedNouns = ["reports", "report", "claims", "claim", "figure", "figures", "toll", "tolls", "count", "counts", "estimate", "estimates", "numbers", "rumours", "rumors", "allegations", "accounts"];

    /// <summary>True when a report noun follows <paramref name="from"/> within four words ("dismissed as false the reports", "rejected
    /// the official toll"), with no other noun phrase before it.</summary>
    private static bool RejectsAReport(string before, int from)
    {
        var words = before[from..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length && i < 4; i++)
        {
            var w = words[i].TrimEnd(',', ':').ToLowerInvariant();
            if (s_rejectedNouns.Contains(w))
            {
                return true;
            }
        }
        return false;
    }

    // Words that begin another statement after the denial ("…, saying 40 had died").
    private static readonly string[] s_restartWords = ["saying", "said", "says", "but", "instead", "while", "adding", "put the", "putting"];

    /// <summary>True when a denial word stands before the figure in its sentence with no new statement between them
    /// ("The army denied reports that 300 civilians were killed"); "denied …, saying 40 had died" denies something else.</summary>
    internal static bool DeniesFigure(string sentence, int figureAt)
    {
        var end = Math.Min(figureAt, sentence.Length);
        if (end <= 0)
        {
            return false;
        }
        if (ReportsCalledFalse(sentence, end))
        {
            return true;
        }
        var before = sentence[..end];
        var denialAt = -1;
        foreach (var w in s_denialWords)
        {
            var at = before.LastIndexOf(w, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsLetter(before[at - 1])) && (at + w.Length >= before.Length || !char.IsLetter(before[at + w.Length]))
                && (!s_weakDenialWords.Contains(w) || RejectsAReport(before, at + w.Length)))
            {
                denialAt = Math.Max(denialAt, at);
            }
        }
        if (denialAt < 0)
        {
            return false;
        }
        var between = before[denialAt..];
        if (between.Contains(';'))
        {
            return false;
        }
        foreach (var w in s_restartWords)
        {
            var at = between.IndexOf(w, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && !char.IsLetter(between[at - 1]) && (at + w.Length >= between.Length || !char.IsLetter(between[at + w.Length])))
            {
                return false;
            }
        }
        return true;
    }

    // Subjects that a later "are false" can deny, and the words that deny them.
    private static readonly string[] s_reportWords = ["reports", "report", "claims", "claim", "rumours", "rumors", "allegations", "accounts"];
    private static readonly string[] s_falseWords = ["are false", "were false", "is false", "was false", "are untrue", "were untrue", "is untrue", "are baseless", "were baseless", "are fake", "is fake", "are unfounded", "were unfounded"];

    // "Reports that police killed 15 people are false": a sentence that opens on reports or claims and calls them false after the figure.
    private static bool ReportsCalledFalse(string sentence, int figureAt)
    {
        var head = sentence.TrimStart();
        var firstWords = head.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries).Take(3).Select(w => w.Trim(',', '"', '“', '”').ToLowerInvariant());
        if (!firstWords.Any(w => s_reportWords.Contains(w)))
        {
            return false;
        }
        var after = sentence[figureAt..];
        return s_falseWords.Any(w => after.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    // Words that make an injured figure the people still under care on that day (a count that falls as patients leave), not
    // everyone hurt: "52 remain in hospital", "18 are still being treated".
    private static readonly string[] s_stillUnderCare = ["still in hospital", "remain in hospital", "remained in hospital", "remaining in hospital",
        "still hospitali", "remain hospitali", "still being treated", "still receiving", "still under treatment", "still undergoing", "still being cared"];

    // How far after its figure the words may stand ("52 people were still receiving …").
    private const int UnderCareReach = 64;

    /// <summary>True when the words after the figure at <paramref name="figureAt"/>, before any other figure, call it the hurt still
    /// under care ("52 people remain under care"), not everyone hurt ("of the 640 hurt, 90 are still being treated" leaves the 640
    /// alone: the 90 stands between; "90 were hurt, some of whom remain in hospital" leaves the 90 alone: a clause stands between).</summary>
    internal static bool StillUnderCare(string sentence, int figureAt)
    {
        if (figureAt < 0 || figureAt >= sentence.Length)
        {
            return false;
        }
        var tokenEnd = sentence.IndexOf(' ', figureAt);
        if (tokenEnd < 0)
        {
            return false;
        }
        var after = sentence.AsSpan(tokenEnd, Math.Min(UnderCareReach, sentence.Length - tokenEnd));
        foreach (var w in s_stillUnderCare)
        {
            var at = after.IndexOf(w, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && !after[..at].ContainsAnyInRange('0', '9') && !ClauseBreak(after[..at]))
            {
                return true;
            }
        }
        return false;
    }

    // Words after which the care words belong to a later clause or a part of the figure, not to the figure itself ("About 90
    // were hurt, some of whom remain in hospital", "45 were hurt and dozens remain in hospital").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_partOfFigure = new[]
    {
        "and", "but", "while", "some", "many", "most", "dozens", "several", "few", "half", "whose",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool ClauseBreak(ReadOnlySpan<char> between)
    {
        if (between.IndexOfAny(',', ';', ':') >= 0 || between.IndexOfAny('(', '—', '–') >= 0)
        {
            return true;
        }
        foreach (var range in between.Split(' '))
        {
            if (s_partOfFigure.Contains(between[range]))
            {
                return true;
            }
        }
        return false;
    }

    // A time scope of the last day or hours: the deaths of that window.
    private static readonly string[] s_windowScopes = ["24 hours", "48 hours", "last day", "past day", "previous day", "overnight", "single day", "twenty-four hours"];

    /// <summary>True when a time scope names the last day or hours ("the past 24 hours", "overnight").</summary>
    internal static bool IsWindowScope(string? scope) =>
        !string.IsNullOrEmpty(scope) && s_windowScopes.Any(w => scope.Contains(w, StringComparison.OrdinalIgnoreCase));

    // Words right before a figure that make it the starting point of a told rise ("up from 20", "rising from 31").
    private static readonly string[] s_fromWords = ["up from", "rose from", "risen from", "rising from", "climbed from", "jumped from", "increased from", "from an earlier", "from a previous", "from the previous", "from an initial"];

    /// <summary>True when the words just before the figure make it the start of a told rise ("53, up from 20 a week ago", "up from
    /// the 48 given on Friday"); the figure after it ("from 31 to 45": the 45) is not.</summary>
    internal static bool RiseStartsAt(string sentence, int figureAt)
    {
        var end = Math.Min(figureAt, sentence.Length);
        var before = sentence[Math.Max(0, end - 32)..end];
        foreach (var w in s_fromWords)
        {
            var at = before.LastIndexOf(w, StringComparison.OrdinalIgnoreCase);
            if (at < 0 || (at > 0 && char.IsLetter(before[at - 1])))
            {
                continue;
            }
            var gap = before[(at + w.Length)..];
            if (gap.Length <= MaxRiseGap && (gap.Length == 0 || gap[0] == ' ') && !gap.Any(char.IsDigit) && !gap.Contains(" to ", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    // The most characters between "up from" and its figure ("up from the", "up from an estimated").
    private const int MaxRiseGap = 14;

    /// <summary>The year a sentence names with "in" before the figure ("In 2003 a fire killed 100", "a flood in 1998 that left 300 dead"); null when none.</summary>
    internal static int? YearBefore(string sentence, int figureAt)
    {
        var end = Math.Min(figureAt, sentence.Length);
        for (var i = 0; i + 7 <= end; i++)
        {
            if ((sentence[i] is 'i' or 'I') && sentence[i + 1] == 'n' && sentence[i + 2] == ' ' && (i == 0 || !char.IsLetter(sentence[i - 1]))
                && char.IsAsciiDigit(sentence[i + 3]) && char.IsAsciiDigit(sentence[i + 4]) && char.IsAsciiDigit(sentence[i + 5]) && char.IsAsciiDigit(sentence[i + 6])
                && (i + 7 == sentence.Length || !char.IsAsciiDigit(sentence[i + 7])))
            {
                var year = (sentence[i + 3] - '0') * 1000 + (sentence[i + 4] - '0') * 100 + (sentence[i + 5] - '0') * 10 + (sentence[i + 6] - '0');
                if (year is >= 1800 and <= 2199)
                {
                    return year;
                }
            }
        }
        return null;
    }

    /// <summary>The claim's value (non-null for every claim in a series).</summary>
    public long Value => Claim.Value ?? 0;

    /// <summary>Lowest value the words allow.</summary>
    public double Low => Claim.Qualifier switch
    {
        Qualifier.About => Value * 0.95,
        Qualifier.LessThan or Qualifier.AtMost or Qualifier.UpTo => Claim.Low ?? 0,
        Qualifier.Range => Claim.Low ?? Value,
        _ => Value,
    };

    /// <summary>Highest value the words allow (∞ when open-ended).</summary>
    public double High => Claim.Qualifier switch
    {
        Qualifier.About => Value * 1.05,
        Qualifier.MoreThan or Qualifier.AtLeast => Claim.High ?? double.PositiveInfinity,
        Qualifier.Range => Claim.High ?? Value,
        _ => Value,
    };

    /// <summary>How specific the wording is: 0 exact, 1 about/range, 2 bounded on one side.</summary>
    public int Vagueness => Claim.Qualifier switch
    {
        Qualifier.Exact => 0,
        Qualifier.About or Qualifier.Range => 1,
        _ => 2,
    };

    /// <summary>True when the two claims' value intervals cannot both hold.</summary>
    public bool Contradicts(ClaimFacts other) => Low > other.High || other.Low > High;

    /// <summary>The value written with its qualifier, e.g. "about 745", "more than 1,000".</summary>
    public string Show() => (Claim.Qualifier is Qualifier.Exact or Qualifier.Range or Qualifier.Vague ? string.Empty : Claim.Qualifier.Words() + " ")
        + Value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>True when the claim's sentence announces a correction ("revised down", "corrected").</summary>
    public bool StatesRevision(string documentText)
    {
        var c = Claim;
        var start = c.SentenceEnd > c.SentenceStart ? c.SentenceStart : c.Start;
        var end = c.SentenceEnd > c.SentenceStart ? c.SentenceEnd : c.End;
        if (start < 0 || end > documentText.Length || start >= end)
        {
            return false;
        }
        var sentence = documentText.AsSpan(start, end - start);
        foreach (var w in s_revisionWords)
        {
            if (sentence.Contains(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the span reads as a part of an unnamed larger count: up to three words (the number) then "of the" / "of those" ("Twenty-eight of the injured").</summary>
    public static bool IsPartitive(string? span)
    {
        if (string.IsNullOrEmpty(span))
        {
            return false;
        }
        foreach (var marker in (ReadOnlySpan<string>)[" of the ", " of those ", " of them"])
        {
            var at = span.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && span.AsSpan(0, at).Count(' ') <= 2)
            {
                return true;
            }
        }
        return false;
    }
}
