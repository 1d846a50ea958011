using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Triangulate.Extraction.Entities;

/// <summary>
/// Merges mentions from every document into entities: transliteration keys, defined and implied acronyms, surnames resolved to the
/// full name seen in the story, shorter organisation names, one type per entity by weighted vote, and geocoding of places.
/// </summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public sealed class EntityResolver
{
    private readonly Gazetteer _gazetteer;

    /// <summary>Creates a resolver over <paramref name="gazetteer"/> (default: the embedded one).</summary>
    public EntityResolver(Gazetteer? gazetteer = null) => _gazetteer = gazetteer ?? Gazetteer.Default;

    /// <summary>Resolves <paramref name="mentions"/> (all documents, in document order) into entities.</summary>
    /// <returns>The entities and, for each input mention, the id of its entity (null when dropped).</returns>
    public (IReadOnlyList<Entity> Entities, IReadOnlyList<string?> MentionEntity) Resolve(IReadOnlyList<FoundMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var n = mentions.Count;
        var keys = new string[n];
        var confirmed = new HashSet<string>(StringComparer.Ordinal);
        // A story names the same few things hundreds of times: each distinct (text, type) is keyed once.
        var keyOf = new Dictionary<(string Text, string Type), string>();
        for (var i = 0; i < n; i++)
        {
            var m = mentions[i];
            if (!keyOf.TryGetValue((m.Text, m.Type), out var key))
            {
                keyOf[(m.Text, m.Type)] = key = Key(m);
            }
            keys[i] = key;
            if (mentions[i].Evidence >= 1)
            {
                confirmed.Add(keys[i]);
            }
        }
        var keep = new bool[n];
        for (var i = 0; i < n; i++)
        {
            keep[i] = keys[i].Length > 0 && (mentions[i].Evidence >= 1 || confirmed.Contains(keys[i]));
        }
        var uf = new UnionFind(n);
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            if (!keep[i])
            {
                continue;
            }
            if (byKey.TryGetValue(keys[i], out var j))
            {
                uf.Union(i, j);
            }
            else
            {
                byKey[keys[i]] = i;
            }
        }
        // defined acronyms: "Syrian Observatory for Human Rights (SOHR)"
        for (var i = 0; i < n; i++)
        {
            if (keep[i] && mentions[i].AcronymOf is { } longForm && byKey.TryGetValue(KeyOf(longForm, "organization"), out var j))
            {
                uf.Union(i, j);
            }
        }
        var types = VoteTypes(mentions, keep, uf);
        MergeNames(mentions, keep, uf, types, byKey);
        MergeGivenNameVariants(byKey, uf, types);
        MergeOneLetterSpellings(mentions, byKey, uf, types);
        MergeSurnameSpellings(byKey, uf, types);
        MergeClippedWords(byKey, uf, types);
        // surnames and partial names → the full name in the same document, else the only one in the story
        LinkSurnames(mentions, keys, keep, uf, types);
        LinkLeadingSurnames(byKey, uf, types);
        types = VoteTypes(mentions, keep, uf);
        var merged = BuildEntities(mentions, keep, uf, types);
        return AssignIds(merged, n);
    }

    // Names of one thing that share no key: shorter organisation names, implied acronyms, and a single unknown word that
    // opens exactly one longer place or organisation name.
    private void MergeNames(IReadOnlyList<FoundMention> mentions, bool[] keep, UnionFind uf, string[] types, Dictionary<string, int> byKey)
    {
        // Keys in ordinal order, so "every key that starts with X" is a binary search, not a scan of all keys.
        var sortedKeys = byKey.Keys.Order(StringComparer.Ordinal).ToArray();
        MergeConnectorVariants(byKey, uf, types);
        MergePlaceKinds(mentions, byKey, uf, types);
        // shorter organisation names: "Syrian Observatory" → "Syrian Observatory for Human Rights"; "Russian X Committee" → "X Committee"
        foreach (var (key, i) in byKey)
        {
            if (types[uf.Find(i)] != "organization" || !(key.Contains(' ', StringComparison.Ordinal) || MentionFinder.IsAcronym(mentions[i].Text)))
            {
                continue;
            }
            var longer = WithPrefix(sortedKeys, key + " for ").Concat(WithPrefix(sortedKeys, key + " of "))
                .Where(k => types[uf.Find(byKey[k])] == "organization")
                .Select(k => uf.Find(byKey[k])).Distinct().ToList();
            if (longer.Count == 1 || (longer.Count > 1 && key.Contains(' ', StringComparison.Ordinal)))
            {
                foreach (var l in longer)
                {
                    uf.Union(i, l); // "Investigative Committee of Russia" and "… of the Russian Federation" are the committee
                }
            }
            if (key.EndsWith(" agancy", StringComparison.Ordinal) && byKey.TryGetValue(key[..^" agancy".Length], out var bare) && types[uf.Find(bare)] == "organization")
            {
                uf.Union(i, bare);
            }
            var sp = key.IndexOf(' ', StringComparison.Ordinal);
            var rest = key[(sp + 1)..];
            var adjectival = sp > 0 && s_adjectivalsBySpan.Contains(FirstWord(mentions[i].Text)) && !MentionFinder.IsAcronym(rest);
            if ((rest.Contains(' ', StringComparison.Ordinal) || adjectival) && byKey.TryGetValue(rest, out var shorter) && types[uf.Find(shorter)] == "organization")
            {
                uf.Union(i, shorter);
            }
        }
        // a body named by the tail of exactly one longer name: "Harbour Guild" ↔ "International Federation of the Harbour Guild"
        MergeOrganisationTails(byKey, uf, types);
        // implied acronyms: "UN" ↔ "United Nations", "KP" ↔ "Khyber Pakhtunkhwa" when exactly one organisation or place in the
        // story has those initials
        var orgsByInitials = byKey.Where(p => types[uf.Find(p.Value)] is "organization" or "place" && p.Key.Contains(' ', StringComparison.Ordinal))
            .GroupBy(p => Initials(mentions[p.Value].Text), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Value).ToList(), StringComparer.Ordinal);
        foreach (var (key, i) in byKey)
        {
            if (!keep[i] || key.Contains(' ', StringComparison.Ordinal) || !MentionFinder.IsAcronym(mentions[i].Text.Replace(".", "", StringComparison.Ordinal) is var t && t.Length >= 2 ? t : mentions[i].Text))
            {
                continue;
            }
            var matches = (orgsByInitials.GetValueOrDefault(key) ?? []).Select(uf.Find).Distinct().ToList();
            if (matches.Count == 1)
            {
                uf.Union(i, matches[0]);
            }
        }
        // a single unknown word that opens exactly one longer place or organisation name ("Crocus" → "Crocus City Hall")
        foreach (var (key, i) in byKey)
        {
            if (key.Contains(' ', StringComparison.Ordinal) || types[uf.Find(i)] == "person" || MentionFinder.IsAcronym(mentions[i].Text) || _gazetteer.Find(mentions[i].Text).Count > 0)
            {
                continue;
            }
            var longer = WithPrefix(sortedKeys, key + " ").Where(k => types[uf.Find(byKey[k])] is "place" or "organization")
                .Select(k => uf.Find(byKey[k])).Distinct().ToList();
            if (longer.Count == 1)
            {
                uf.Union(i, longer[0]);
            }
        }
    }

    // An organisation named by the words after "of" / "of the" in exactly one longer organisation name is that organisation
    // ("Harbour Guild" and "International Federation of the Harbour Guild"); two words at least, so "Health" never joins
    // "Ministry of Health".
    private static void MergeOrganisationTails(Dictionary<string, int> byKey, UnionFind uf, string[] types)
    {
        var byTail = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var (key, i) in byKey)
        {
            if (types[uf.Find(i)] != "organization")
            {
                continue;
            }
            var words = key.Split(' ');
            for (var k = 1; k < words.Length - 2; k++)
            {
                if (words[k] != s_ofKey)
                {
                    continue;
                }
                var from = words[k + 1] == s_theKey ? k + 2 : k + 1;
                if (words.Length - from >= 2)
                {
                    var tail = string.Join(' ', words[from..]);
                    if (!byTail.TryGetValue(tail, out var set))
                    {
                        byTail[tail] = set = [];
                    }
                    set.Add(i);
                }
            }
        }
        foreach (var (key, i) in byKey)
        {
            if (types[uf.Find(i)] != "organization" || !byTail.TryGetValue(key.StartsWith(s_theKey + " ", StringComparison.Ordinal) ? key[(s_theKey.Length + 1)..] : key, out var longer))
            {
                continue;
            }
            var roots = longer.Select(uf.Find).Distinct().ToList();
            if (roots.Count == 1)
            {
                uf.Union(i, roots[0]);
            }
        }
    }

    private static readonly string s_ofKey = NameFold.TranslitKey("of");
    private static readonly string s_theKey = NameFold.TranslitKey("the");

    // One person written with two spellings of the given name ("Sergei Lanko" / "Sergiy Lanko", "Giusi Moro" / "Giusy
    // Moro") or with and without a middle name ("Ana Lima" / "Ana Paula Lima"): same surname, same first letter, given names
    // a letter or two apart. The short form joins a longer one only when exactly one person in the story fits it.
    private static void MergeGivenNameVariants(Dictionary<string, int> byKey, UnionFind uf, string[] types)
    {
        var bySurname = new Dictionary<string, List<(string[] Words, int Index)>>(StringComparer.Ordinal);
        foreach (var (key, i) in byKey)
        {
            if (types[uf.Find(i)] != "person" || !key.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }
            var words = key.Split(' ');
            if (words[^1].Length < 4)
            {
                continue;
            }
            if (!bySurname.TryGetValue(words[^1], out var list))
            {
                bySurname[words[^1]] = list = [];
            }
            list.Add((words, i));
        }
        foreach (var people in bySurname.Values)
        {
            if (people.Count < 2)
            {
                continue;
            }
            foreach (var (words, i) in people)
            {
                var fits = new HashSet<int>();
                foreach (var (other, j) in people)
                {
                    if (j != i && uf.Find(i) != uf.Find(j) && SamePersonVariant(words, other))
                    {
                        fits.Add(uf.Find(j));
                    }
                }
                if (fits.Count == 1)
                {
                    uf.Union(i, fits.First());
                }
            }
        }
    }

    // A long one-word place or organisation name written with one letter changed ("Kessarovo" / "Kessarevo", "Belochistan" /
    // "Baluchistan" after folding) is one name, unless the gazetteer knows both as different places.
    private void MergeOneLetterSpellings(IReadOnlyList<FoundMention> mentions, Dictionary<string, int> byKey, UnionFind uf, string[] types)
    {
        var byLength = new Dictionary<int, List<(string Key, int Index)>>();
        // The same lists cut by first letter as well, in the same order: two spellings must share their first letter, so only
        // those pairs are tried, in the order the whole lists would try them (merging is order-sensitive through the vote).
        var byLengthAndLetter = new Dictionary<(int Length, char First), List<(string Key, int Index)>>();
        foreach (var (key, i) in byKey)
        {
            if (key.Length < 7 || key.Contains(' ', StringComparison.Ordinal) || types[uf.Find(i)] is not ("place" or "organization") || MentionFinder.IsAcronym(mentions[i].Text))
            {
                continue;
            }
            if (!byLength.TryGetValue(key.Length, out var list))
            {
                byLength[key.Length] = list = [];
            }
            list.Add((key, i));
            if (!byLengthAndLetter.TryGetValue((key.Length, key[0]), out var lettered))
            {
                byLengthAndLetter[(key.Length, key[0])] = lettered = [];
            }
            lettered.Add((key, i));
        }
        foreach (var (length, list) in byLength)
        {
            foreach (var (key, i) in list)
            {
                foreach (var (other, j) in byLengthAndLetter.GetValueOrDefault((length + 1, key[0])) ?? [])
                {
                    TryMergeSpellings(mentions, key, i, other, j, uf, types);
                }
                foreach (var (other, j) in byLengthAndLetter[(length, key[0])])
                {
                    if (string.CompareOrdinal(key, other) < 0)
                    {
                        TryMergeSpellings(mentions, key, i, other, j, uf, types);
                    }
                }
            }
        }
    }

    // Two people with the same given names whose surnames (five letters or more, same first letter) are one letter apart are
    // one person spelled two ways ("Turki al-Malki" / "Turki al-Maliki"); a surname that fits two others joins neither.
    private static void MergeSurnameSpellings(Dictionary<string, int> byKey, UnionFind uf, string[] types)
    {
        var byGiven = new Dictionary<string, List<(string Surname, int Index)>>(StringComparer.Ordinal);
        foreach (var (key, i) in byKey)
        {
            var space = key.LastIndexOf(' ');
            if (space <= 0 || types[uf.Find(i)] != "person" || key.Length - space - 1 < 5)
            {
                continue;
            }
            var given = key[..space];
            if (!byGiven.TryGetValue(given, out var list))
            {
                byGiven[given] = list = [];
            }
            list.Add((key[(space + 1)..], i));
        }
        foreach (var list in byGiven.Values)
        {
            // the one other surname a letter away from each, if exactly one: merged only when the choice is mutual
            var only = list.Select(x => list.Where(o => o.Index != x.Index && o.Surname[0] == x.Surname[0]
                    && Math.Abs(o.Surname.Length - x.Surname.Length) <= 1 && Distance(o.Surname, x.Surname) == 1)
                .Select(o => o.Index).ToList() is [var single] ? single : -1).ToList();
            for (var a = 0; a < list.Count; a++)
            {
                var b = list.FindIndex(o => o.Index == only[a]);
                if (b >= 0 && only[b] == list[a].Index)
                {
                    uf.Union(list[a].Index, list[b].Index);
                }
            }
        }
    }

    // An organisation name with one word clipped to its first letters is the full name ("Harbour Met Police" = "Harbour
    // Metropolitan Police"): same number of words, all equal but one, that one a prefix of 3+ letters of a word at least 3
    // letters longer; merged only when exactly one full name fits.
    private static void MergeClippedWords(Dictionary<string, int> byKey, UnionFind uf, string[] types)
    {
        var orgs = byKey.Where(p => types[uf.Find(p.Value)] == "organization" && p.Key.Contains(' ', StringComparison.Ordinal))
            .Select(p => (Words: p.Key.Split(' '), Index: p.Value)).ToList();
        foreach (var (words, i) in orgs)
        {
            var full = orgs.Where(o => o.Words.Length == words.Length && IsClippedForm(words, o.Words)).Select(o => uf.Find(o.Index)).Distinct().ToList();
            if (full.Count == 1)
            {
                uf.Union(i, full[0]);
            }
        }
    }

    private static bool IsClippedForm(string[] clipped, string[] full)
    {
        var differing = 0;
        for (var k = 0; k < clipped.Length; k++)
        {
            if (clipped[k] == full[k])
            {
                continue;
            }
            if (++differing > 1 || clipped[k].Length < 3 || full[k].Length < clipped[k].Length + 3
                || !full[k].StartsWith(clipped[k], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return differing == 1;
    }

    private void TryMergeSpellings(IReadOnlyList<FoundMention> mentions, string a, int i, string b, int j, UnionFind uf, string[] types)
    {
        if (a[0] != b[0] || uf.Find(i) == uf.Find(j) || types[uf.Find(i)] != types[uf.Find(j)] || Distance(a, b) != 1)
        {
            return;
        }
        var ga = _gazetteer.Find(mentions[i].Text);
        var gb = _gazetteer.Find(mentions[j].Text);
        if (ga.Count > 0 && gb.Count > 0 && !ga.Any(x => gb.Any(y => y.Id == x.Id)))
        {
            return; // two real places a letter apart
        }
        uf.Union(i, j);
    }

    private static bool SamePersonVariant(string[] a, string[] b)
    {
        if (a.Length == b.Length)
        {
            for (var k = 1; k < a.Length; k++)
            {
                if (!string.Equals(a[k], b[k], StringComparison.Ordinal))
                {
                    return false;
                }
            }
            var (x, y) = (a[0], b[0]);
            return x.Length >= 4 && y.Length >= 4 && x[0] == y[0] && Distance(x, y) <= (Math.Min(x.Length, y.Length) >= 6 ? 2 : 1);
        }
        // "ana lima" inside "ana paula lima": the same given name and surname around an added middle name
        return a.Length == 2 && b.Length > 2 && a[0].Length >= 3 && string.Equals(a[0], b[0], StringComparison.Ordinal);
    }

    // Levenshtein distance of two short words.
    private static int Distance(string x, string y)
    {
        // Two rows of scratch, on the stack for the short words this compares.
        Span<int> previous = y.Length < 128 ? stackalloc int[y.Length + 1] : new int[y.Length + 1];
        Span<int> current = y.Length < 128 ? stackalloc int[y.Length + 1] : new int[y.Length + 1];
        for (var j = 0; j <= y.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= x.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= y.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.Length];
    }

    // Organisation names that differ only in their linking words are one organisation: writers swap "of" and "for" and add
    // or drop "the" ("Committee for Relief Workers" / "Committee of Relief Workers"). Word order still counts.
    private static void MergeConnectorVariants(Dictionary<string, int> byKey, UnionFind uf, string[] types)
    {
        var byBare = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, i) in byKey)
        {
            if (types[uf.Find(i)] != "organization" || !key.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }
            var words = key.Split(' ');
            if (!words.Any(s_linkingWords.Contains))
            {
                continue;
            }
            var bare = string.Join(' ', words.Where(w => !s_linkingWords.Contains(w)));
            if (!bare.Contains(' ', StringComparison.Ordinal))
            {
                continue; // "the X" alone is not a variant of anything
            }
            if (byBare.TryGetValue(bare, out var j))
            {
                uf.Union(i, j);
            }
            else
            {
                byBare[bare] = i;
            }
        }
    }

    // A place named with its kind and without it is one place: "Kerrin Province" / "Kerrin", "Isla Island" / "Isla",
    // "Mount Tallo" / "Tallo". Not when the bare name is also a city the gazetteer knows: a region or county named after its
    // main city is not the city ("Moscow Region" is not Moscow). Never for "X City" (Gaza City is not the Gaza Strip), which is not in the list.
    private void MergePlaceKinds(IReadOnlyList<FoundMention> mentions, Dictionary<string, int> byKey, UnionFind uf, string[] types)
    {
        var byPrefixed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, i) in byKey)
        {
            if (types[uf.Find(i)] != "place")
            {
                continue;
            }
            var sp = key.LastIndexOf(' ');
            if (sp <= 0)
            {
                continue;
            }
            string? bare = null;
            var area = false;
            if (s_placeKindSuffixes.Contains(key[(sp + 1)..]))
            {
                bare = key[..sp];
                area = true;
            }
            else if (key.IndexOf(' ', StringComparison.Ordinal) is var first && s_placeKindPrefixes.Contains(key[..first]))
            {
                bare = key[(first + 1)..];
            }
            if (bare is null)
            {
                continue;
            }
            if (byKey.TryGetValue(bare, out var j) && (types[uf.Find(j)] == "place" || (!area && !bare.Contains(' ', StringComparison.Ordinal) && types[uf.Find(j)] == "organization"
                && !MentionFinder.IsAcronym(mentions[j].Text))) && (!area || !NamesACity(mentions[j].Text)))
            {
                uf.Union(i, j); // "Mount Tallo" / "Tallo" (a lone unknown word is typed a weak organisation until then)
            }
            if (!area)
            {
                // "Mount Tallo" / "Mt Tallo": the same kind word spelled two ways
                var kind = key[..key.IndexOf(' ', StringComparison.Ordinal)];
                var spelled = (kind == s_mtKey ? s_mountKey : kind) + " " + bare;
                if (byPrefixed.TryGetValue(spelled, out var other))
                {
                    uf.Union(i, other);
                }
                else
                {
                    byPrefixed[spelled] = i;
                }
            }
        }
    }

    private bool NamesACity(string name) => _gazetteer.Find(name).Any(e => e.Kind == "city");

    // Keys are transliteration keys (NameFold.TranslitKey), so the word lists are keyed the same way ("province" → "provinca").
    private static readonly HashSet<string> s_linkingWords = KeyWords("of for the");
    private static readonly HashSet<string> s_placeKindSuffixes = KeyWords("province region county island municipality governorate oblast prefecture river");
    private static readonly HashSet<string> s_placeKindPrefixes = KeyWords("mount mt river lake");
    private static readonly string s_mtKey = NameFold.TranslitKey("mt");
    private static readonly string s_mountKey = NameFold.TranslitKey("mount");

    private static HashSet<string> KeyWords(string words) =>
        [.. words.Split(' ').Select(w => NameFold.TranslitKey(w))];

    // One entity per group of mentions (a group of only unconfirmed mentions is dropped), places geocoded, and places that
    // geocode to the same gazetteer id merged into one.
    private List<(Entity Entity, List<int> Members)> BuildEntities(IReadOnlyList<FoundMention> mentions, bool[] keep, UnionFind uf, string[] types)
    {
        var n = mentions.Count;
        // build entities
        var clusters = new Dictionary<int, List<int>>();
        for (var i = 0; i < n; i++)
        {
            if (keep[i])
            {
                var root = uf.Find(i);
                if (!clusters.TryGetValue(root, out var list))
                {
                    clusters[root] = list = [];
                }
                list.Add(i);
            }
        }
        var storyCountries = StoryCountries(mentions, clusters, types);
        var built = new List<(Entity Entity, List<int> Members)>();
        foreach (var (root, members) in clusters)
        {
            var type = types[root];
            if (members.All(m => mentions[m].Evidence == 0))
            {
                continue;
            }
            var entity = Build(mentions, members, type);
            if (type == "place")
            {
                entity = Geocode(entity, storyCountries);
            }
            built.Add((entity, members));
        }
        // places that geocode to the same gazetteer id are one place ("Jableh" / "Jablah")
        var merged = new List<(Entity Entity, List<int> Members)>();
        // ("X City" stays apart from "X": Mexico City is not Mexico, Gaza City is not the Gaza Strip)
        foreach (var group in built.GroupBy(b => (b.Entity.Geo?.SourceId ?? "\0" + b.Members[0].ToString(CultureInfo.InvariantCulture))
            + (b.Entity.Canonical.EndsWith(" City", StringComparison.Ordinal) ? "#city" : string.Empty)))
        {
            if (group.Count() == 1)
            {
                merged.Add(group.First());
                continue;
            }
            var members = group.SelectMany(g => g.Members).ToList();
            var entity = Build(mentions, members, "place") with { Geo = group.First().Entity.Geo };
            merged.Add((entity, members));
        }
        return merged;
    }

    // Stable ids in order of first mention ("e-person-…", with a counter when two slugs collide), and each mention's entity id.
    private static (IReadOnlyList<Entity> Entities, IReadOnlyList<string?> MentionEntity) AssignIds(List<(Entity Entity, List<int> Members)> merged, int n)
    {
        // stable ids
        var result = new List<Entity>();
        var mentionEntity = new string?[n];
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (entity, members) in merged.OrderBy(m => m.Members.Min()))
        {
            var id = "e-" + entity.Type.Code() + "-" + Slug(entity.Canonical);
            var unique = id;
            for (var k = 2; !used.Add(unique); k++)
            {
                unique = id + "-" + k.ToString(CultureInfo.InvariantCulture);
            }
            result.Add(entity with { Id = unique });
            foreach (var m in members)
            {
                mentionEntity[m] = unique;
            }
        }
        return (result, mentionEntity);
    }

    /// <summary>The keys of <paramref name="sorted"/> (ordinal order) that start with <paramref name="prefix"/>.</summary>
    private static IEnumerable<string> WithPrefix(string[] sorted, string prefix)
    {
        var at = Array.BinarySearch(sorted, prefix, StringComparer.Ordinal);
        if (at < 0)
        {
            at = ~at;
        }
        for (; at < sorted.Length && sorted[at].StartsWith(prefix, StringComparison.Ordinal); at++)
        {
            yield return sorted[at];
        }
    }

    private static void LinkSurnames(IReadOnlyList<FoundMention> mentions, string[] keys, bool[] keep, UnionFind uf, string[] types)
    {
        // Every full name is filed under each of its word-boundary suffixes ("al assad", "assad"), so a surname finds its candidates directly.
        var bySuffix = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (keep[i] && types[uf.Find(i)] == "person" && keys[i].Contains(' ', StringComparison.Ordinal))
            {
                for (var at = keys[i].IndexOf(' ', StringComparison.Ordinal); at >= 0; at = keys[i].IndexOf(' ', at + 1))
                {
                    var suffixKey = keys[i][(at + 1)..];
                    if (!bySuffix.TryGetValue(suffixKey, out var list))
                    {
                        bySuffix[suffixKey] = list = [];
                    }
                    list.Add(i);
                }
            }
        }
        var storyRoots = new HashSet<int>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var multi = keys[i].Contains(' ', StringComparison.Ordinal);
            if (!keep[i] || (multi && types[uf.Find(i)] != "person") || m.AcronymOf is not null || types[uf.Find(i)] == "group"
                || (types[uf.Find(i)] == "place" && m.Evidence >= 3) || MentionFinder.IsAcronym(m.Text))
            {
                continue;
            }
            int? best = null;
            var bestDistance = int.MaxValue;
            storyRoots.Clear();
            foreach (var f in bySuffix.GetValueOrDefault(keys[i]) ?? [])
            {
                storyRoots.Add(uf.Find(f));
                if (mentions[f].Doc == m.Doc)
                {
                    var d = mentions[f].Start <= m.Start ? m.Start - mentions[f].Start : 1_000_000 + mentions[f].Start - m.Start;
                    if (d < bestDistance)
                    {
                        bestDistance = d;
                        best = f;
                    }
                }
            }
            if (best is { } b)
            {
                uf.Union(i, b);
            }
            else if (storyRoots.Count == 1)
            {
                uf.Union(i, storyRoots.First());
            }
        }
    }

    // Names written surname first ("Gong Weiming", then "Gong"): a single word that opens exactly one two-word personal name
    // in the story, and ends none, is that person.
    private static void LinkLeadingSurnames(Dictionary<string, int> byKey, UnionFind uf, string[] types)
    {
        var opening = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var ending = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, i) in byKey)
        {
            if (types[uf.Find(i)] != "person" || !key.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }
            var words = key.Split(' ');
            ending.Add(words[^1]);
            if (words.Length == 2)
            {
                if (!opening.TryGetValue(words[0], out var set))
                {
                    opening[words[0]] = set = [];
                }
                set.Add(uf.Find(i));
            }
        }
        foreach (var (key, i) in byKey)
        {
            if (key.Length < 2 || key.Contains(' ', StringComparison.Ordinal) || ending.Contains(key) || types[uf.Find(i)] is "place" or "group"
                || !opening.TryGetValue(key, out var people))
            {
                continue;
            }
            var roots = people.Select(uf.Find).Distinct().ToList();
            if (roots.Count == 1)
            {
                uf.Union(i, roots[0]);
            }
        }
    }

    private static string[] VoteTypes(IReadOnlyList<FoundMention> mentions, bool[] keep, UnionFind uf)
    {
        var scores = new Dictionary<int, Dictionary<string, int>>();
        for (var i = 0; i < mentions.Count; i++)
        {
            if (!keep[i])
            {
                continue;
            }
            var root = uf.Find(i);
            if (!scores.TryGetValue(root, out var s))
            {
                scores[root] = s = new Dictionary<string, int>(StringComparer.Ordinal);
            }
            var e = mentions[i].Evidence;
            s[mentions[i].Type] = s.GetValueOrDefault(mentions[i].Type) + e * e + 1;
        }
        var types = new string[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            types[i] = mentions[i].Type;
        }
        foreach (var (root, s) in scores)
        {
            // The type with the highest score; ties go to the ordinally first name.
            string? best = null;
            var bestScore = int.MinValue;
            foreach (var (type, score) in s)
            {
                if (score > bestScore || (score == bestScore && string.CompareOrdinal(type, best) < 0))
                {
                    best = type;
                    bestScore = score;
                }
            }
            types[root] = best!;
        }
        return types;
    }

    private Dictionary<string, int> StoryCountries(IReadOnlyList<FoundMention> mentions, Dictionary<int, List<int>> clusters, string[] types)
    {
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        // A story repeats its place names: each distinct text is looked up once.
        var looked = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (root, members) in clusters)
        {
            if (types[root] != "place")
            {
                continue;
            }
            foreach (var m in members)
            {
                var text = mentions[m].Text;
                if (!looked.TryGetValue(text, out var found))
                {
                    found = [];
                    foreach (var e in _gazetteer.Find(text))
                    {
                        if (e.Kind is "country")
                        {
                            found.Add(e.Country);
                        }
                    }
                    looked[text] = found;
                }
                foreach (var country in found)
                {
                    countries[country] = countries.GetValueOrDefault(country) + 1;
                }
            }
        }
        return countries;
    }

    private static Entity Build(IReadOnlyList<FoundMention> mentions, List<int> members, string type)
    {
        var forms = new Dictionary<string, int>(StringComparer.Ordinal);
        var aliases = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal); // the aliases, for lookups (the list keeps their order)
        var roles = new List<string>();
        var list = new List<EntityMention>();
        foreach (var i in members.Order())
        {
            var m = mentions[i];
            forms[m.Text] = forms.GetValueOrDefault(m.Text) + 1;
            if (seen.Add(m.Text))
            {
                aliases.Add(m.Text);
            }
            if (m.Surface is { } s && seen.Add(s))
            {
                aliases.Add(s);
            }
            if (m.Role is { } r && !roles.Contains(r, StringComparer.Ordinal))
            {
                roles.Add(r);
            }
            list.Add(new EntityMention(m.Doc, m.Start, m.End, m.Text));
        }
        var canonical = forms.Count == 1 ? forms.Keys.First() : forms.OrderByDescending(f => TokenCount(f.Key) - (MentionFinder.IsAcronym(f.Key) ? 1 : 0))
            .ThenByDescending(f => f.Value).ThenByDescending(f => f.Key.Length).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;
        return new Entity(string.Empty, Vocabulary.ParseEntityType(type), canonical, aliases, list) { Roles = type == "person" && roles.Count > 0 ? roles : null };
    }

    private Entity Geocode(Entity entity, Dictionary<string, int> storyCountries)
    {
        var candidates = new Dictionary<string, (GazetteerEntry Entry, bool Exact)>(StringComparer.Ordinal);
        var region = false;
        foreach (var alias in entity.Aliases)
        {
            var name = alias;
            var last = name.LastIndexOf(' ');
            if (last > 0 && EntityLexicons.RegionSuffixes.Contains(name[(last + 1)..]))
            {
                region = true;
                var baseName = name[..last];
                foreach (var suffix in (ReadOnlySpan<string>)[" Oblast", " Province", " Region", " Governorate", " Krai", ""])
                {
                    foreach (var e in _gazetteer.Find(baseName + suffix))
                    {
                        if (e.Kind == "admin1")
                        {
                            candidates.TryAdd(e.Id, (e, true));
                        }
                    }
                }
                continue;
            }
            foreach (var e in _gazetteer.Find(name))
            {
                candidates.TryAdd(e.Id, (e, NameFold.Fold(e.Name) == NameFold.Fold(name)));
            }
        }
        if (candidates.Count == 0 && !region)
        {
            foreach (var alias in entity.Aliases)
            {
                foreach (var e in _gazetteer.FindLoose(alias))
                {
                    candidates.TryAdd(e.Id, (e, false));
                }
            }
        }
        if (candidates.Count == 0)
        {
            return entity with { GeoNote = "not in the gazetteer (villages under 1,000 people, facilities and informal regions are not listed)" };
        }
        GazetteerEntry? best = null;
        var bestScore = double.MinValue;
        var anyExact = candidates.Values.Any(c => c.Exact);
        foreach (var (e, exact) in candidates.Values)
        {
            if (anyExact && !exact)
            {
                continue; // "Hatay" names the province; Antakya only lists it as an alternate name
            }
            var score = Math.Log10(e.Population + 10);
            if (storyCountries.TryGetValue(e.Country, out var seen))
            {
                score += 6 + Math.Min(3, seen);
            }
            score += e.Kind switch { "country" => 9, "admin1" => region ? 8 : 0.5, _ => 0 };
            score += e.FeatureCode switch { "PPLC" => 2.5, "PPLA" => 1.5, "PPLA2" => 0.5, _ => 0 };
            score += exact ? 1 : 0;
            if (score > bestScore)
            {
                bestScore = score;
                best = e;
            }
        }
        if (best is null)
        {
            return entity;
        }
        if (best.Kind == "city" && storyCountries.Count > 0 && !storyCountries.ContainsKey(best.Country) && best.Population < 200_000)
        {
            return entity with { GeoNote = $"ambiguous: no place of this name in the countries the story mentions (nearest guess {best.Name}, {best.Country} not used)" };
        }
        if (best.Kind == "city" && storyCountries.Count == 0 && candidates.Values.Select(c => c.Entry.Country).Distinct().Count() > 1 && best.Population < 100_000)
        {
            return entity with { GeoNote = "ambiguous: several places of this name and no country in the story to choose by" };
        }
        if (!best.HasCoordinates)
        {
            return entity with { GeoNote = $"{best.Name} ({best.Country}) is known but the gazetteer has no coordinates for it" };
        }
        var kind = best.Kind;
        return entity with
        {
            Geo = new GeoPoint(best.Lat, best.Lon, best.Id)
            {
                Name = best.Name,
                Country = best.Country,
                Admin1 = best.Admin1,
                Kind = kind,
                Precision = kind == "city" ? 1 : 3,
            },
        };
    }

    internal static string Key(FoundMention m) => KeyOf(m.Text, m.Type);

    internal static string KeyOf(string text, string type)
    {
        // The key depends on the text and type alone and the same names come back in every story of an archive: answers are
        // remembered, up to a bound.
        // One table per type, keyed by the text alone: a (text, type) pair hashed both strings on every probe.
        return type switch
        {
            "person" => s_personKeys.Get(text, static t => KeyOfCore(t, "person")),
            "organization" => s_organizationKeys.Get(text, static t => KeyOfCore(t, "organization")),
            "place" => s_placeKeys.Get(text, static t => KeyOfCore(t, "place")),
            "group" => s_groupKeys.Get(text, static t => KeyOfCore(t, "group")),
            _ => s_keys.Get((text, type), static k => KeyOfCore(k.Text, k.Type)),
        };
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_adjectivalsBySpan = EntityLexicons.Adjectivals.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The text up to its first space (all of it when it has none), as <c>Split(' ')[0]</c> gave it, without copying.</summary>
    private static ReadOnlySpan<char> FirstWord(string text) => text.IndexOf(' ') is var sp and >= 0 ? text.AsSpan(0, sp) : text;

    private static readonly RememberedAnswers<string, string> s_personKeys = new(100_000, StringComparer.Ordinal);
    private static readonly RememberedAnswers<string, string> s_organizationKeys = new(100_000, StringComparer.Ordinal);
    private static readonly RememberedAnswers<string, string> s_placeKeys = new(100_000, StringComparer.Ordinal);
    private static readonly RememberedAnswers<string, string> s_groupKeys = new(50_000, StringComparer.Ordinal);
    private static readonly RememberedAnswers<(string Text, string Type), string> s_keys = new(50_000);

    private static string KeyOfCore(string text, string type)
    {
        // Direction controls and zero-width characters never tell two names apart.
        var t = Unicode.Clean(text).Trim();
        if (MentionFinder.IsAcronym(t) || MentionFinder.IsAcronym(t.Replace(".", "", StringComparison.Ordinal)))
        {
            return NameFold.Fold(t).Replace(" ", "", StringComparison.Ordinal);
        }
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && EntityLexicons.Honorifics.Contains(words[0]))
        {
            words.RemoveAt(0);
        }
        while (type != "person" && words.Count > 1 && s_legalForms.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1); // "Karadag Holding Ltd" is "Karadag Holding": a legal form never tells two firms apart in one story
        }
        if (type == "person" && words.Count > 2 && words[^1] is "Jr" or "Jr." or "Sr" or "Sr." or "II" or "III" or "IV")
        {
            words.RemoveAt(words.Count - 1); // "Benigno Aquino III" is "Benigno Aquino" in a story about him
        }
        for (var w = 0; w < words.Count; w++)
        {
            words[w] = AmericanSpelling(words[w]); // common nouns only: no personal name is "Defence" or "Theatre"
        }
        var key = NameFold.TranslitKeyRemembered(string.Join(' ', words));
        if (type == "group" && key.Length > 3 && key.EndsWith('s'))
        {
            key = key[..^1];
        }
        var parts = key.Split(' ');
        if (type == "organization" && parts.Length >= 3 && parts[^2] == "of" && parts[^3] is "ministry" or "ministri" or "department" or "dapartmant" or "ofica" or "office")
        {
            // "Ministry of Health" = "Health Ministry"
            key = string.Join(' ', parts[..^3].Append(parts[^1]).Append(parts[^3]));
        }
        if (type == "place" && parts.Length >= 2 && EntityLexicons.Facilities.Contains(parts[^1]))
        {
            key = string.Join(' ', parts[..^1]); // "Ahli Arab Hospital" = "Ahli Arab hospital"
        }
        return key;
    }

    /// <summary>
    /// One spelling for the words British and American writers spell apart in the names of organisations and places
    /// ("Defence Ministry" / "Defense Ministry", "Drama Theatre" / "Drama Theater", "Organisation" / "Organization").
    /// </summary>
    internal static string AmericanSpelling(string word)
    {
        if (word.Length < 5)
        {
            return word;
        }
        if (s_britishWords.TryGetValue(word, out var american))
        {
            return american;
        }
        if (word.EndsWith("isation", StringComparison.OrdinalIgnoreCase) || word.EndsWith("isations", StringComparison.OrdinalIgnoreCase))
        {
            var at = word.LastIndexOf("isation", StringComparison.OrdinalIgnoreCase);
            return string.Concat(word.AsSpan(0, at), "ization", word.AsSpan(at + 7)); // keys are folded, so case does not matter
        }
        return word;
    }

    // Whole words, matched ignoring case (keys are folded afterwards).
    private static readonly Dictionary<string, string> s_britishWords = BritishWords(
        "defence:defense offence:offense licence:license theatre:theater theatres:theaters centre:center centres:centers " +
        "programme:program programmes:programs labour:labor harbour:harbor honour:honor neighbourhood:neighborhood " +
        "metre:meter kilometre:kilometer fibre:fiber");

    private static Dictionary<string, string> BritishWords(string pairs)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs.Split(' '))
        {
            var (british, american) = (pair[..pair.IndexOf(':', StringComparison.Ordinal)], pair[(pair.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            map[british] = american;
        }
        return map;
    }

    // Company legal forms written after a firm's name, with and without dots (matched ignoring case).
    private static readonly System.Collections.Frozen.FrozenSet<string> s_legalForms = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["Ltd", "Ltd.", "Limited", "Inc", "Inc.", "Incorporated", "Corp", "Corp.", "Co", "Co.", "LLC", "L.L.C.", "LLP", "PLC", "Plc", "plc",
         "GmbH", "AG", "SA", "S.A.", "SAS", "S.A.S.", "SpA", "S.p.A.", "NV", "N.V.", "BV", "B.V.", "Pvt", "Pvt.", "Pty", "Pty.", "AB", "ASA",
         "Oy", "KK", "K.K.", "Tbk", "Bhd", "Bhd.", "Sdn", "A.S.", "A.Ş.", "AŞ", "S.L.", "SRL", "S.R.L.", "Ltda", "Ltda."],
        StringComparer.OrdinalIgnoreCase);

    private static string Initials(string text)
    {
        var sb = new StringBuilder();
        foreach (var w in text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsUpper(w[0]) && !EntityLexicons.Connectors.Contains(w))
            {
                sb.Append(char.ToLowerInvariant(w[0]));
            }
        }
        return sb.ToString();
    }

    private static int TokenCount(string s) => NameFold.Fold(s).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Slug(string s)
    {
        var f = NameFold.Fold(s).Replace(' ', '-');
        return f.Length == 0 ? "x" : f.Length > 48 ? f[..48] : f;
    }

    private sealed class UnionFind
    {
        private readonly int[] _parent;

        public UnionFind(int n)
        {
            _parent = new int[n];
            for (var i = 0; i < n; i++)
            {
                _parent[i] = i;
            }
        }

        public int Find(int i)
        {
            while (_parent[i] != i)
            {
                _parent[i] = _parent[_parent[i]];
                i = _parent[i];
            }
            return i;
        }

        public void Union(int a, int b)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (ra != rb)
            {
                // keep the earlier mention as root so roots follow document order
                if (ra < rb)
                {
                    _parent[rb] = ra;
                }
                else
                {
                    _parent[ra] = rb;
                }
            }
        }
    }
}
