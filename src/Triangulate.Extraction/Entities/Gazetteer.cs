using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;

namespace Triangulate.Extraction.Entities;

/// <summary>One gazetteer place.</summary>
/// <param name="Kind"><c>country</c>, <c>admin1</c> or <c>city</c>.</param>
/// <param name="Id">Source id: <c>geonames:170654</c>, <c>iso3166:SY</c>, <c>iso3166-2:SY-LA</c>.</param>
/// <param name="Name">Preferred name.</param>
/// <param name="Lat">Latitude (NaN when the source gives none).</param>
/// <param name="Lon">Longitude (NaN when the source gives none).</param>
/// <param name="Country">ISO 3166-1 alpha-2 code.</param>
/// <param name="Admin1">First-level region name, when known.</param>
/// <param name="FeatureCode">GeoNames feature code (<c>PPLC</c>, <c>PPLA</c>, …), <c>COUNTRY</c> or <c>ADM1</c>.</param>
/// <param name="Population">Population (0 when unknown).</param>
public sealed record GazetteerEntry(string Kind, string Id, string Name, double Lat, double Lon, string Country, string? Admin1, string FeatureCode, long Population)
{
    /// <summary>True when the entry has coordinates.</summary>
    public bool HasCoordinates => !double.IsNaN(Lat) && !double.IsNaN(Lon);
}

/// <summary>
/// The embedded gazetteer: GeoNames cities (population ≥ 1000 plus admin seats), countries and first-level regions with
/// Latin-script alternate names, built by <c>tools/gazetteer/build.sh</c>. Loaded once, lazily, from the assembly.
/// </summary>
/// <threadsafety>Immutable after load; thread-safe.</threadsafety>
public sealed class Gazetteer
{
    private const string ResourceName = "Triangulate.Extraction.Entities.Data.gazetteer.tsv.gz";
    private static readonly Lazy<Gazetteer> s_default = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly GazetteerEntry[] _entries;
    private readonly Dictionary<string, int[]> _byName;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byNameBySpan;
    private readonly Lazy<Dictionary<string, int[]>> _byKey;
    private readonly Dictionary<string, int> _countryByCode;
    private readonly string[] _countryNames;
    private Dictionary<string, string[]> _namesOfCountry = [];

    private Gazetteer(GazetteerEntry[] entries, Dictionary<string, int[]> byName, Dictionary<string, int> countries, TimeSpan loadTime)
    {
        _entries = entries;
        _byName = byName;
        _byNameBySpan = byName.TryGetAlternateLookup<ReadOnlySpan<char>>(out var bySpan) ? bySpan
            : new Dictionary<string, int[]>(byName, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        // the loose (transliteration) index is only needed when an exact lookup fails, so it is built on first use
        _byKey = new Lazy<Dictionary<string, int[]>>(() => BuildLooseIndex(byName), LazyThreadSafetyMode.ExecutionAndPublication);
        _countryByCode = countries;
        _countryNames = [.. countries.Values.Select(i => NameFold.Fold(entries[i].Name)).Order(StringComparer.Ordinal)];
        LoadTime = loadTime;
    }

    /// <summary>The embedded gazetteer (loaded on first use).</summary>
    public static Gazetteer Default => s_default.Value;

    /// <summary>How long loading took.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>Number of places.</summary>
    public int Count => _entries.Length;

    /// <summary>Number of distinct folded names indexed.</summary>
    public int NameCount => _byName.Count;

    /// <summary>Places whose name or alternate name folds (<see cref="NameFold.Fold(string)"/>) to the same string as <paramref name="name"/>.</summary>
    public IReadOnlyList<GazetteerEntry> Find(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return [];
        }
        // Folded into a stack buffer and looked up by span: most names asked about are not places, and a miss allocates nothing.
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var n = NameFold.FoldInto(name, buffer);
        return _byNameBySpan.TryGetValue(buffer[..n], out var ids) ? Map(ids) : [];
    }

    /// <summary>Places whose names share <paramref name="name"/>'s transliteration key (<see cref="NameFold.TranslitKey"/>) — a looser match.</summary>
    public IReadOnlyList<GazetteerEntry> FindLoose(string name)
    {
        var key = NameFold.TranslitKeyRemembered(name);
        return _byKey.Value.TryGetValue(key, out var ids) ? Map(ids) : [];
    }

    /// <summary>True when some country's folded name starts with <paramref name="stem"/> (for demonyms: "syri" → Syria).</summary>
    public bool IsCountryStem(string stem)
    {
        // Sorted ordinally, so the names starting with the stem begin where the stem would be inserted.
        var at = Array.BinarySearch(_countryNames, stem, StringComparer.Ordinal);
        if (at >= 0)
        {
            return true;
        }
        at = ~at;
        return at < _countryNames.Length && _countryNames[at].StartsWith(stem, StringComparison.Ordinal);
    }

    /// <summary>Every name of a country (e.g. "Türkiye", "Turkey"), or an empty list.</summary>
    public IReadOnlyList<string> CountryNames(string code) => _namesOfCountry.TryGetValue(code, out var names) ? names : [];

    /// <summary>The country entry for an ISO alpha-2 code, or null.</summary>
    public GazetteerEntry? Country(string code) =>
        _countryByCode.TryGetValue(code, out var i) ? _entries[i] : null;

    /// <summary>Parses a gazetteer TSV (format: tools/gazetteer/build_gazetteer.py).</summary>
    public static Gazetteer Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var watch = Stopwatch.StartNew();
        var entries = new List<GazetteerEntry>(140_000);
        // postings as linked lists in two int lists: few allocations while loading
        var head = new Dictionary<string, int>(320_000, StringComparer.Ordinal);
        var postEntry = new List<int>(340_000);
        var postNext = new List<int>(340_000);
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        var countryNames = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var strings = new Dictionary<string, string>(StringComparer.Ordinal); // interns country codes, admin1 names, feature codes
        Span<Range> fields = stackalloc Range[11];
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var span = line.AsSpan();
            if (span.Split(fields, '\t') < 10)
            {
                continue;
            }
            var kind = span[fields[0]] switch { "C" => "country", "A" => "admin1", _ => "city" };
            var entry = new GazetteerEntry(kind, span[fields[1]].ToString(), span[fields[2]].ToString(), ParseDouble(span[fields[3]]), ParseDouble(span[fields[4]]),
                Intern(strings, span[fields[5]]), span[fields[6]].IsEmpty ? null : Intern(strings, span[fields[6]]), Intern(strings, span[fields[7]]),
                long.TryParse(span[fields[8]], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pop) ? pop : 0);
            var index = entries.Count;
            entries.Add(entry);
            if (kind == "country")
            {
                countries[entry.Country] = index;
                var names = new List<string> { entry.Name };
                foreach (var alt in span[fields[9]].ToString().Split('|', StringSplitOptions.RemoveEmptyEntries))
                {
                    names.Add(alt);
                }
                countryNames[entry.Country] = [.. names];
            }
            Add(head, postEntry, postNext, entry.Name, index);
            var alts = span[fields[9]];
            while (!alts.IsEmpty)
            {
                var bar = alts.IndexOf('|');
                var alt = bar < 0 ? alts : alts[..bar];
                Add(head, postEntry, postNext, alt, index);
                alts = bar < 0 ? [] : alts[(bar + 1)..];
            }
        }
        var byName = new Dictionary<string, int[]>(head.Count, StringComparer.Ordinal);
        var scratch = new List<int>();
        foreach (var (key, first) in head)
        {
            scratch.Clear();
            for (var p = first; p >= 0; p = postNext[p])
            {
                scratch.Add(postEntry[p]);
            }
            scratch.Reverse();
            byName[key] = [.. scratch];
        }
        return new Gazetteer([.. entries], byName, countries, watch.Elapsed) { _namesOfCountry = countryNames };
    }

    private static Gazetteer LoadEmbedded()
    {
        var watch = Stopwatch.StartNew();
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return new Gazetteer([], [], [], watch.Elapsed);
        }
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, System.Text.Encoding.UTF8, false, 1 << 16);
        var g = Parse(reader);
        return new Gazetteer(g._entries, g._byName, g._countryByCode, watch.Elapsed) { _namesOfCountry = g._namesOfCountry };
    }

    private static void Add(Dictionary<string, int> head, List<int> postEntry, List<int> postNext, ReadOnlySpan<char> name, int index)
    {
        var folded = NameFold.Fold(name);
        if (folded.Length < 2)
        {
            return;
        }
        ref var first = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(head, folded, out var exists);
        if (exists && postEntry[first] == index)
        {
            return; // the same place lists the name twice
        }
        postEntry.Add(index);
        postNext.Add(exists ? first : -1);
        first = postEntry.Count - 1;
    }

    private static Dictionary<string, int[]> BuildLooseIndex(Dictionary<string, int[]> byName)
    {
        var loose = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (name, ids) in byName)
        {
            var key = NameFold.TranslitKey(name);
            foreach (var id in ids)
            {
                AddTo(loose, key, id);
            }
        }
        return loose.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    private static void AddTo(Dictionary<string, List<int>> map, string key, int index)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = new List<int>(1);
        }
        if (list.Count == 0 || list[^1] != index)
        {
            list.Add(index);
        }
    }

    private static string Intern(Dictionary<string, string> strings, ReadOnlySpan<char> s)
    {
        var lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(s, out var v))
        {
            v = s.ToString();
            strings[v] = v;
        }
        return v;
    }

    private static double ParseDouble(ReadOnlySpan<char> s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN;

    private GazetteerEntry[] Map(int[] ids)
    {
        var result = new GazetteerEntry[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            result[i] = _entries[ids[i]];
        }
        return result;
    }
}
