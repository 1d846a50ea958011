using System.Collections.Frozen;
using Triangulate.Extraction.Figures;
using Triangulate.Linking.Reuse;

namespace Triangulate.Linking.Reconciliation;

/// <summary>Decides which claims come from the same origin: the same counter (attribution, with acronyms and short forms folded) or, for unattributed claims, the same text (documents linked by reuse).</summary>
/// <remarks>
/// Attribution strings are normalized (case, a leading "the", descriptive prefixes such as "UK-based"), then joined
/// when one is the acronym of the other ("SOHR" ↔ "Syrian Observatory for Human Rights"), when the shorter one's
/// words begin the longer one ("the Syrian Observatory"), or when a document defines the acronym in the usual
/// "Long Name (ACRONYM)" way. An entity id (<see cref="FigureClaim.AttributedEntity"/>) overrides the text.
/// Built once per dossier; immutable afterwards.
/// </remarks>
internal sealed class OriginResolver
{
    // Words that never start an organisation's name but often precede it in attributions.
    private static readonly FrozenSet<string> s_leadingNoise = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "uk-based", "london-based", "us-based", "britain-based", "war", "monitor", "monitoring", "group", "its", "their"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_connectives = FrozenSet.ToFrozenSet(["for", "of", "the", "and", "on", "in", "&"], StringComparer.Ordinal);

    private readonly DisjointSets _names = new();
    private readonly Dictionary<string, string> _display = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _docGroup = new(StringComparer.Ordinal);

    /// <summary>Builds the resolver from every claim's attribution, the documents' acronym definitions and the dossier's origin groups.</summary>
    public OriginResolver(IReadOnlyList<FigureClaim> claims, IReadOnlyList<DossierDocument> documents, IReadOnlyList<OriginGroup> originGroups,
        IReadOnlyDictionary<string, string>? entityNames = null)
    {
        var names = new List<string>();
        foreach (var c in claims)
        {
            if (c.AttributedEntity is null && Normalize(c.AttributedTo) is { } n)
            {
                names.Add(n);
                _display.TryAdd(n, c.AttributedTo!.Trim());
                Find(n);
            }
        }
        // Acronyms defined in the texts: "Syrian Observatory for Human Rights (SOHR)".
        foreach (var d in documents)
        {
            foreach (var (longForm, acronym) in AcronymDefinitions(d.Text ?? string.Empty))
            {
                var l = Normalize(longForm);
                var a = Normalize(acronym);
                if (l is not null && a is not null && (_names.Contains(l) || _names.Contains(a)))
                {
                    _display.TryAdd(l, longForm);
                    _display.TryAdd(a, acronym);
                    Union(l, a);
                    names.Add(l);
                    names.Add(a);
                }
            }
        }
        var distinct = names.Distinct(StringComparer.Ordinal).ToList();
        foreach (var x in distinct)
        {
            foreach (var y in distinct)
            {
                if (!ReferenceEquals(x, y) && x != y && (IsAcronymOf(x, y) || IsShortFormOf(x, y)))
                {
                    Union(x, y);
                }
            }
        }
        // Documents of one origin group (joined by reuse, decided once by the reuse pass) form one text origin for their
        // unattributed claims; a document in no group is its own origin.
        foreach (var group in originGroups)
        {
            foreach (var doc in group.Docs)
            {
                _docGroup[doc] = group.Id;
            }
        }
        _entityNames = entityNames;
    }

    private string DocFind(string d) => _docGroup.GetValueOrDefault(d, d);

    private readonly IReadOnlyDictionary<string, string>? _entityNames;

    /// <summary>The origin key of a claim: <c>org:…</c> for an attributed counter, <c>text:…</c> for unattributed claims (per group of reused documents).</summary>
    public string KeyOf(FigureClaim claim)
    {
        if (claim.AttributedEntity is { } e)
        {
            return "ent:" + e;
        }
        if (Normalize(claim.AttributedTo) is { } n)
        {
            return "org:" + Find(n);
        }
        return "text:" + DocFind(claim.Doc);
    }

    /// <summary>True when two documents are linked by text reuse (directly or through others).</summary>
    public bool SameText(string docA, string docB) =>
        DocFind(docA) == DocFind(docB);

    /// <summary>True when the claim names who gave the figure.</summary>
    public static bool IsAttributed(FigureClaim claim) => claim.AttributedEntity is not null || Normalize(claim.AttributedTo) is not null;

    /// <summary>A readable name for an origin key: the longest spelling seen, or "unattributed text of document …".</summary>
    public string NameOf(string key, FigureClaim example)
    {
        if (key.StartsWith("ent:", StringComparison.Ordinal))
        {
            return _entityNames?.GetValueOrDefault(key[4..]) ?? example.AttributedTo ?? key[4..];
        }
        if (key.StartsWith("org:", StringComparison.Ordinal))
        {
            var root = key[4..];
            var best = _display.Where(p => Find(p.Key) == root).Select(p => p.Value).OrderByDescending(v => v.Length).ThenBy(v => v, StringComparer.Ordinal).FirstOrDefault();
            return best ?? root;
        }
        return "unattributed (document " + example.Doc + ")";
    }

    /// <summary>Lower-cased attribution without a leading article or descriptive prefix; null when empty.</summary>
    internal static string? Normalize(string? attribution)
    {
        if (string.IsNullOrWhiteSpace(attribution))
        {
            return null;
        }
        var words = attribution.Trim().Trim('.', ',', ';', ':', '"', '“', '”').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('(', ')', ',', '"', '“', '”', '’', '\'').ToLowerInvariant()).Where(w => w.Length > 0).ToList();
        while (words.Count > 1 && s_leadingNoise.Contains(words[0]))
        {
            words.RemoveAt(0);
        }
        // "… (SOHR)" written together: keep the long form; the acronym is linked through AcronymDefinitions.
        var text = string.Join(' ', words).Replace("’s", string.Empty, StringComparison.Ordinal).Replace("'s", string.Empty, StringComparison.Ordinal);
        return text.Length == 0 ? null : text;
    }

    // "sohr" is the acronym of "syrian observatory for human rights" (initials of its words, connectives optional).
    internal static bool IsAcronymOf(string acronym, string longForm)
    {
        if (acronym.Contains(' ', StringComparison.Ordinal) || acronym.Length < 2 || acronym.Length > 8)
        {
            return false;
        }
        var words = longForm.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return false;
        }
        var all = string.Concat(words.Select(w => w[0]));
        var content = string.Concat(words.Where(w => !s_connectives.Contains(w)).Select(w => w[0]));
        return acronym == all || acronym == content;
    }

    // "syrian observatory" is a short form of "syrian observatory for human rights": at least two words, a prefix of the longer name.
    internal static bool IsShortFormOf(string shortForm, string longForm)
    {
        var s = shortForm.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var l = longForm.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (s.Length < 2 || s.Length >= l.Length)
        {
            return false;
        }
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != l[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"Long Name (ACRONYM)" pairs defined in a text: capitalized words followed by a parenthesised acronym of them.</summary>
    internal static IEnumerable<(string LongForm, string Acronym)> AcronymDefinitions(string text)
    {
        var at = 0;
        while ((at = text.IndexOf('(', at)) >= 0)
        {
            var close = text.IndexOf(')', at);
            if (close < 0 || close - at > 10)
            {
                at++;
                continue;
            }
            var acronym = text[(at + 1)..close].Trim();
            at = close;
            if (acronym.Length < 2 || !acronym.All(char.IsUpper))
            {
                continue;
            }
            // Walk back over as many words as the acronym has letters, plus connectives.
            var words = new List<string>();
            var end = text.LastIndexOf('(', close);
            var pos = end - 1;
            var letters = 0;
            while (pos > 0 && letters < acronym.Length && words.Count < acronym.Length + 4)
            {
                while (pos > 0 && text[pos] == ' ')
                {
                    pos--;
                }
                var wordEnd = pos + 1;
                while (pos >= 0 && (char.IsLetter(text[pos]) || text[pos] is '-' or '\''))
                {
                    pos--;
                }
                var word = text[(pos + 1)..wordEnd];
                if (word.Length == 0)
                {
                    break;
                }
                words.Insert(0, word);
                if (!s_connectives.Contains(word.ToLowerInvariant()))
                {
                    letters++;
                }
            }
            if (words.Count >= 2)
            {
                var longForm = string.Join(' ', words);
                var normalized = Normalize(longForm);
                if (normalized is not null && IsAcronymOf(acronym.ToLowerInvariant(), normalized))
                {
                    yield return (longForm, acronym);
                }
            }
        }
    }

    private string Find(string x) => _names.Find(x);

    // Keeps the longer (more descriptive) spelling as the root so keys read well.
    private void Union(string a, string b) => _names.Union(a, b, (ra, rb) => rb.Length > ra.Length ? rb : ra);
}
