using System.Collections.Frozen;
using Triangulate.Extraction.Figures;
using Triangulate.Linking.Reuse;

namespace Triangulate.Linking.Reconciliation;

/// <summary>Compares the groups (<see cref="FigureClaim.Who"/>) and places of claims.</summary>
/// <remarks>
/// A group is a set of stemmed content words. "Alawite civilians" is compatible with "civilians" (one set holds the
/// other: a more specific count of the same people); "civilians" and "security forces" are not; <c>all</c> (a total)
/// is compatible only with another total. A missing group counts as a total. Place words are compared by
/// <see cref="PlaceWords"/>; the series builder splits a series by place only where one document itself gives
/// separate counts for separate places. Stateless; thread-safe.
/// </remarks>
internal static class GroupMatcher
{
    /// <summary>The key of a total.</summary>
    public const string All = "all";

    // Words that name "everyone" rather than a group: a figure counting them is a total.
    private static readonly FrozenSet<string> s_totalWords = FrozenSet.ToFrozenSet(
        ["all", "people", "person", "individual", "total", "death", "dead", "toll", "victim", "life", "casualty", "overall", "combined", "including", "other", "more"],
        StringComparer.Ordinal);

    // Groups that are normally a strict part of a toll (civilians among the dead, children or critical cases among the injured,
    // security forces among the fighters' dead): the same number given for the total and for one of them, or for two of them,
    // is a contradiction.
    private static readonly FrozenSet<string> s_partWords = FrozenSet.ToFrozenSet(
        ["civilian", "child", "children", "woman", "women", "soldier", "fighter", "militant", "combatant", "rebel", "minor", "police", "policeman", "policemen", "officer", "troop", "force", "critical", "critically", "serious", "seriously"],
        StringComparer.Ordinal);

    // Words that add nothing to who is counted when other words name the group ("security forces members", "security
    // forces personnel"): one group under several names shares a series.
    private static readonly FrozenSet<string> s_fillerWords = FrozenSet.ToFrozenSet(
        ["member", "members", "personnel"],
        StringComparer.Ordinal);

    /// <summary>True when the group key names a group that is normally a strict part of a toll (civilians, children, soldiers, police).</summary>
    public static bool IsStrictPart(string key) => key != All && key.Split(' ').Any(w => s_partWords.Contains(w) || s_partWords.Contains(w.TrimEnd('s')));

    /// <summary>The stemmed content words of a group, sorted and joined (<c>all</c> for totals).</summary>
    public static string KeyOf(string? who)
    {
        var words = Words(who);
        return words.Count == 0 ? All : string.Join(' ', words);
    }

    /// <summary>Stemmed content words of a group, without the words that mean "everyone".</summary>
    public static SortedSet<string> Words(string? who)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(who))
        {
            return set;
        }
        var fillers = new List<string>();
        foreach (var w in TextFeatures.Words(who))
        {
            if (w.IsContent && !w.IsNumber && !s_totalWords.Contains(w.Key))
            {
                if (s_fillerWords.Contains(w.Key) || s_fillerWords.Contains(who[w.Start..w.End].ToLowerInvariant()))
                {
                    fillers.Add(w.Key);
                    continue;
                }
                set.Add(w.Key);
            }
        }
        if (set.Count == 0)
        {
            set.UnionWith(fillers); // "members", "officials" alone name the group
        }
        return set;
    }

    /// <summary>True when two group keys may count the same people (one holds the other's words; totals only with totals).</summary>
    public static bool Compatible(string a, string b)
    {
        if (a == b)
        {
            return true;
        }
        if (a == All || b == All)
        {
            return false;
        }
        var wa = a.Split(' ');
        var wb = b.Split(' ');
        return wa.All(wb.Contains) || wb.All(wa.Contains);
    }

    /// <summary>Stemmed content words of a place scope (empty when unstated).</summary>
    public static SortedSet<string> PlaceWords(PlaceScope? place)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        if (place is null)
        {
            return set;
        }
        if (place.Entity is not null)
        {
            set.Add("entity:" + place.Entity);
        }
        foreach (var w in TextFeatures.Words(place.Text))
        {
            if (w.IsContent && !w.IsNumber && char.IsUpper(place.Text[w.Start]))
            {
                // A demonym names its place: "Syrian side" and "Syria", "Russian" and "Russia".
                set.Add(w.Key.Length > 5 && w.Key.EndsWith("ian", StringComparison.Ordinal) ? w.Key[..^1] : w.Key);
            }
        }
        return set;
    }
}
