namespace Triangulate.Cleaning;

/// <summary>Photo captions without a credit: a scene told in the present tense (issue 20, item 1).</summary>
/// <remarks>
/// News prose tells what happened in the past tense ("Rescuers pulled two people from the rubble"); a picture's caption tells what
/// the picture shows in the present ("Rescuers search the rubble of the market", "A woman carries her child through the water",
/// "Soldiers are seen near the bridge", "An aerial view of the flooded plain", "This handout photo shows …"). A caption-shaped line (one sentence, no figure,
/// number word, date, day's name, quotation or reporting verb, not the headline) standing as a paragraph of its own goes as a
/// caption when its main verb is a verb of a scene in the simple present, agreeing with the noun before it: a plural noun and the
/// plain verb ("Residents wade", "People gather"), or, in a line opening with "A", "An" or "The", a singular noun and the verb with
/// -s ("A man walks"); or a passive of a picture ("is seen", "are pictured", "is carried"); or it opens as a view ("An aerial view
/// of …"). The verb comes within the first seven words; no auxiliary, modal, "to", determiner, preposition or comma stands right
/// before it, and no auxiliary or past form right after it ("A search team combed …", "continue to search", "the search" and
/// "the traffic lights were out" are not scenes).
/// </remarks>
internal static partial class ResidueLines
{
    /// <summary>The rule of a caption read from its present-tense scene.</summary>
    internal const string SceneCaptionRule = "photo caption: a scene in the present tense, a paragraph of its own (one sentence, no figure, date, quotation or report)";

    // Verbs of what a news picture shows, in their plain form (the -s form is derived).
    private static readonly HashSet<string> s_sceneVerbs = new(StringComparer.Ordinal)
    {
        "stand", "sit", "walk", "look", "gather", "wait", "carry", "search", "scan", "react", "mourn", "pray", "hold", "rest", "inspect",
        "survey", "watch", "pose", "attend", "cry", "hug", "comfort", "sort", "clear", "wade", "queue", "march", "chant", "flee", "ride",
        "gesture", "weep", "kneel", "sleep", "crowd", "dig", "lift", "load", "unload", "distribute", "receive", "collect", "cross",
        "paddle", "evacuate", "tend", "lay", "wave", "patrol", "examine", "embrace", "console", "stare", "peer", "climb", "sweep",
        "salvage", "sift", "bury", "grieve", "take", "work", "help", "protest", "shout", "push", "pull", "remove", "clean", "rebuild",
        "pass", "arrive", "leave", "disembark", "huddle", "shelter", "hang", "drink", "eat", "cook", "play",
    };

    // Passives a caption uses for what the picture shows ("A man is carried", "Soldiers are seen").
    private static readonly HashSet<string> s_picturePassives = new(StringComparer.Ordinal)
    {
        "seen", "pictured", "shown", "carried", "comforted", "helped", "evacuated", "rescued", "treated", "reflected", "silhouetted", "covered", "surrounded",
    };

    private static readonly HashSet<string> s_beforeNoVerb = new(StringComparer.OrdinalIgnoreCase)
    {
        // auxiliaries and modals, "to", determiners, prepositions: what comes before a verb that is not a scene's main verb
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "shall",
        "do", "does", "did", "to", "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "one",
        "of", "in", "on", "at", "for", "with", "from", "by", "as", "into", "after", "before", "during", "and", "or", "but", "no", "not", "who", "which",
    };

    // Auxiliaries and modals: after a word, they show it was a noun ("the traffic lights were out").
    private static readonly HashSet<string> s_auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "shall",
        "do", "does", "did",
    };

    /// <summary>The rule of a subhead in single quotation marks.</summary>
    internal const string QuotedSubheadRule = "subhead in single quotation marks, a paragraph of its own (eight words or fewer, no figure or number word)";

    /// <summary>Whether a line is a subhead set in single quotation marks, the way headlines quote ("‘Nobody came to help’"):
    /// the whole line inside ‘…’ or '…', one to eight words, no double quotation mark, digit or number word (a figure in a quote
    /// is content). The caller asks that it stand as a paragraph of its own.</summary>
    internal static bool IsQuotedSubhead(string t)
    {
        if (t.Length < 4 || !((t[0] == '‘' && t[^1] == '’') || (t[0] == '\'' && t[^1] == '\'')))
        {
            return false;
        }
        var inner = t[1..^1];
        return inner.Length > 0 && char.IsLetter(inner[0]) && inner.IndexOfAny(['‘', '“', '”', '"', '\n']) < 0 && WordCount(inner) is >= 1 and <= 8
            && !HasDigit(inner) && !HasNumberWord(inner);
    }

    /// <summary>Whether a line is a wiki's section heading with its edit link ("[edit]Aftermath", "Aftermath[edit]"), ten words or fewer.</summary>
    internal static bool IsWikiHeading(string t) => t.Length is > 6 and <= 120
        && (t.StartsWith("[edit]", StringComparison.OrdinalIgnoreCase) || t.EndsWith("[edit]", StringComparison.OrdinalIgnoreCase)
            || t.EndsWith("[edit source]", StringComparison.OrdinalIgnoreCase))
        && WordCount(t) <= 10;

    private static readonly HashSet<string> s_irregularPlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "police", "children", "men", "women", "crowd", "staff", "personnel", "firefighters", "families",
    };

    /// <summary>Whether a caption-shaped line tells a scene in the present tense (see the type's remarks).</summary>
    internal static bool IsSceneCaption(string t)
    {
        if (t.StartsWith("A view of ", StringComparison.Ordinal) || t.StartsWith("An aerial view of ", StringComparison.Ordinal)
            || t.StartsWith("Aerial view of ", StringComparison.Ordinal) || t.StartsWith("A general view of ", StringComparison.Ordinal)
            || t.StartsWith("General view of ", StringComparison.Ordinal) || t.StartsWith("In this photo", StringComparison.Ordinal)
            || t.StartsWith("In this image", StringComparison.Ordinal)
            || (t.StartsWith("This ", StringComparison.Ordinal) && t.Contains(" shows ", StringComparison.Ordinal) && PictureNoun(t.AsSpan(5, Math.Min(40, t.Length - 5)))))
        {
            return true; // a view, or the picture naming itself ("This handout photo shows …", "In this photo, …")
        }
        Span<Range> ranges = stackalloc Range[9];
        var span = t.AsSpan();
        var n = span.Split(ranges, ' ', StringSplitOptions.RemoveEmptyEntries);
        var verbs = s_sceneVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        var noVerb = s_beforeNoVerb.GetAlternateLookup<ReadOnlySpan<char>>();
        var determined = span[ranges[0]] is "A" or "An" or "The";
        for (var k = 1; k < Math.Min(n, 7); k++)
        {
            var raw = span[ranges[k - 1]];
            var before = raw.TrimEnd(',');
            var word = span[ranges[k]].TrimEnd(",.");
            var next = k + 1 < n ? span[ranges[k + 1]] : [];
            if (word.Length < 2 || raw[^1] == ',')
            {
                continue;
            }
            if (k >= 2 && before is "is" or "are" && s_picturePassives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return true; // "A man is carried …", "Soldiers are seen …"
            }
            if (noVerb.Contains(before) || (next.Length > 0 && (s_auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next) || next.EndsWith("ed"))))
            {
                continue; // "the search", "continue to search", "a search team combed", "shelters were full": not a scene's verb
            }
            if (IsPluralNoun(before) ? verbs.Contains(word) : determined && k <= 3 && SceneVerbWithS(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The rule of a scene caption closed by the picture's full date.</summary>
    internal const string DatedSceneCaptionRule = "photo caption: a scene in the present tense with the picture's full date, a paragraph of its own (its date kept with the removal)";

    private static readonly HashSet<string> s_weekdays = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    /// <summary>Whether a line is a scene caption (<see cref="IsSceneCaption"/>) that states the picture's full date with its year,
    /// the way agencies close captions ("Rescuers search the market in Place, Tuesday, March 4, 2031."): without that date and its
    /// day's name the line is caption-shaped (no other figure, date, quotation or report), and it is not the headline.</summary>
    internal static bool IsDatedSceneCaption(string t, string headlineKey)
    {
        if (WordCount(t) > 45 || !IsSceneCaption(t) || DateIn(t) is null)
        {
            return false;
        }
        var bare = CalendarDate().Replace(t, " ");
        var kept = new List<string>();
        foreach (var w in bare.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!s_weekdays.Contains(w.TrimEnd(',', '.')))
            {
                kept.Add(w);
            }
        }
        var rest = string.Join(' ', kept).TrimEnd(' ', ',', '.');
        while (rest.Contains(" ,", StringComparison.Ordinal))
        {
            rest = rest.Replace(" ,", ",", StringComparison.Ordinal);
        }
        rest = rest.TrimEnd(',', ' ') + ".";
        foreach (var trailer in (ReadOnlySpan<string>)[" on.", " in.", " taken."])
        {
            if (rest.EndsWith(trailer, StringComparison.Ordinal))
            {
                rest = rest[..^trailer.Length] + ".";
            }
        }
        return IsCaptionShaped(rest) && Key(t) is { Length: >= 20 } key && key != headlineKey;
    }

    // "This photo …", "This handout image …", "This combination of satellite images …", "This frame grab …".
    private static bool PictureNoun(ReadOnlySpan<char> s) => s.Contains("photo", StringComparison.Ordinal) || s.Contains("image", StringComparison.Ordinal)
        || s.Contains("picture", StringComparison.Ordinal) || s.Contains("grab", StringComparison.Ordinal) || s.Contains("screenshot", StringComparison.Ordinal);

    private static bool IsPluralNoun(ReadOnlySpan<char> w) =>
        s_irregularPlurals.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w) || (w.Length > 3 && w[^1] == 's' && w[^2] != 's' && w[^2] != '\'' && w[^2] != '’');

    // "walks", "carries", "searches", "watches", "passes": the -s form of a scene verb.
    private static bool SceneVerbWithS(ReadOnlySpan<char> w)
    {
        if (w.Length < 4 || w[^1] != 's')
        {
            return false;
        }
        var verbs = s_sceneVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        if (verbs.Contains(w[..^1]))
        {
            return true;
        }
        if (w.EndsWith("ies") && verbs.Contains(string.Concat(w[..^3], "y")))
        {
            return true;
        }
        return w.EndsWith("es") && verbs.Contains(w[..^2]);
    }
}
