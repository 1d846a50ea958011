using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Triangulate.Benchmarking;

/// <summary>A deterministic generator of synthetic news about fictional events, for speed and scale runs (not accuracy).</summary>
/// <remarks>
/// Each event has places with spelling variants, named officials, a counting organisation and a toll that rises
/// over several days. Outlets report it with varied sentence structures, qualifiers and attributions; some articles
/// copy another outlet's paragraphs word for word, some paraphrase them, and most carry scraper boilerplate.
/// The same seed and size always give the same corpus.
/// </remarks>
/// <threadsafety>Not thread-safe; one instance per generation.</threadsafety>
public sealed class SyntheticCorpus
{
    private static readonly string[] s_syllables = ["ka", "ra", "mo", "lin", "ta", "ber", "sa", "no", "vi", "del", "ar", "ro", "ma", "zan", "tu", "el", "qa", "fi", "dor", "shi"];
    private static readonly string[] s_firstNames = ["Amir", "Lena", "Tomas", "Farah", "Ivan", "Noor", "Pedro", "Aiko", "Samuel", "Hana", "Yusuf", "Maria", "Kofi", "Elif", "Omar", "Sofia"];
    private static readonly string[] s_kinds = ["flood", "earthquake", "attack", "clashes", "fire", "landslide", "explosion", "storm"];
    private static readonly string[] s_qualifiers = ["at least", "more than", "around", "nearly", "some", "over", "an estimated", ""];
    private static readonly string[] s_groups = ["people", "civilians", "residents", "villagers", "workers", "children", "police officers", "soldiers"];
    private static readonly string[] s_verbsKilled = ["were killed", "died", "lost their lives", "have been killed"];
    private static readonly string[] s_weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] s_boilerplate = ["SCROLL TO CONTINUE WITH CONTENT", "Advertisement", "Share this article", "Sign up for our newsletter", "(Photo: Reuters)", "Read more: live updates"];
    private static readonly string[] s_filler =
    [
        "Witnesses described scenes of chaos as emergency crews arrived at the site.",
        "Aid groups said supplies of water and medicine were running low in the area.",
        "The government declared three days of mourning and promised an inquiry.",
        "Roads into the district remained closed on the following day, officials said.",
        "Neighbouring countries offered help, and several teams were expected to arrive.",
        "Local journalists said communication networks had been down for hours.",
        "Hospitals in the region appealed for blood donations and extra staff.",
        "Opposition politicians criticised the response as slow and disorganised.",
    ];

    private readonly Random _random;
    private readonly List<EventSeed> _events = [];

    /// <summary>Creates a generator with a seed (same seed, same corpus).</summary>
    public SyntheticCorpus(int seed = 20250306) => _random = new Random(seed);

    /// <summary>Generates <paramref name="count"/> articles as JSON Lines records (title, text, url, published, outlet), in a stable order.</summary>
    public IEnumerable<SyntheticArticle> Generate(int count)
    {
        // About one event per 40 articles, so clusters and series have several members.
        var eventCount = Math.Max(1, count / 40);
        for (var e = _events.Count; e < eventCount; e++)
        {
            _events.Add(NewEvent(e));
        }
        var recent = new List<SyntheticArticle>();
        for (var i = 0; i < count; i++)
        {
            var ev = _events[_random.Next(eventCount)];
            SyntheticArticle article;
            var roll = _random.NextDouble();
            var source = recent.Count > 0 ? recent[_random.Next(recent.Count)] : null;
            if (source is not null && roll < 0.15)
            {
                article = Copy(source, i, paraphrase: false);
            }
            else if (source is not null && roll < 0.25)
            {
                article = Copy(source, i, paraphrase: true);
            }
            else
            {
                article = Write(ev, i);
            }
            recent.Add(article);
            if (recent.Count > 64)
            {
                recent.RemoveAt(0);
            }
            yield return article;
        }
    }

    /// <summary>Writes <paramref name="count"/> articles as JSON Lines (gzip when the path ends in .gz); returns the bytes written before compression.</summary>
    public long WriteJsonLines(string path, int count)
    {
        ArgumentNullException.ThrowIfNull(path);
        return WriteJsonLines(Generate(count), path);
    }

    /// <summary>Writes <paramref name="count"/> articles as gzipped JSON Lines files of at most <paramref name="perFile"/>
    /// articles each (<c>prefix-000.jsonl.gz</c>, …), as an archive is stored; returns the files and the bytes of text.</summary>
    /// <remarks>One file per 100k articles keeps each under the ingest limit on decompressed size (1 GiB per gzip input).</remarks>
    public (IReadOnlyList<string> Files, long TextBytes) WriteJsonLinesShards(string directory, string prefix, int count, int perFile = 100_000)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentOutOfRangeException.ThrowIfLessThan(perFile, 1);
        Directory.CreateDirectory(directory);
        var files = new List<string>();
        long bytes = 0;
        using var articles = Generate(count).GetEnumerator();
        for (var written = 0; written < count; written += perFile)
        {
            var path = Path.Combine(directory, $"{prefix}-{files.Count:000}.jsonl.gz");
            bytes += WriteJsonLines(Take(articles, Math.Min(perFile, count - written)), path);
            files.Add(path);
        }
        return (files, bytes);

        static IEnumerable<SyntheticArticle> Take(IEnumerator<SyntheticArticle> source, int n)
        {
            for (var i = 0; i < n && source.MoveNext(); i++)
            {
                yield return source.Current;
            }
        }
    }

    private static long WriteJsonLines(IEnumerable<SyntheticArticle> articles, string path)
    {
        using var file = File.Create(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionLevel.Fastest) : file;
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        long bytes = 0;
        foreach (var a in articles)
        {
            writer.WriteStartObject();
            writer.WriteString("title", a.Title);
            writer.WriteString("text", a.Text);
            writer.WriteString("url", a.Url);
            writer.WriteString("published", a.Published);
            writer.WriteString("outlet", a.Outlet);
            writer.WriteEndObject();
            writer.Flush();
            stream.WriteByte((byte)'\n');
            writer.Reset(stream);
            bytes += Encoding.UTF8.GetByteCount(a.Text);
        }
        return bytes;
    }

    /// <summary>Writes <paramref name="count"/> articles as one HTML page each into <paramref name="directory"/>.</summary>
    public void WriteHtmlFolder(string directory, int count)
    {
        Directory.CreateDirectory(directory);
        var i = 0;
        foreach (var a in Generate(count))
        {
            var body = string.Join("", a.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(p => "<p>" + HtmlEncoder.Default.Encode(p) + "</p>\n"));
            var html = $"""
                <!doctype html><html><head><meta charset="utf-8"><title>{HtmlEncoder.Default.Encode(a.Title)}</title>
                <meta property="og:site_name" content="{HtmlEncoder.Default.Encode(a.Outlet)}">
                <meta property="article:published_time" content="{a.Published}">
                <link rel="canonical" href="{a.Url}"></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>{HtmlEncoder.Default.Encode(a.Title)}</h1>
                {body}</article><footer>© {a.Outlet}. All rights reserved.</footer></body></html>
                """;
            File.WriteAllText(Path.Combine(directory, $"{i++:0000000}.html"), html);
        }
    }

    private EventSeed NewEvent(int index)
    {
        var place = Name(2, 3);
        var variant = place.Replace("a", "ah", StringComparison.Ordinal);
        var region = Name(2, 3) + " province";
        var official = s_firstNames[_random.Next(s_firstNames.Length)] + " " + Name(2, 3);
        var counter = (index % 3) switch
        {
            0 => $"the {Name(2, 2)} Observatory for Human Rights",
            1 => $"the {Name(2, 2)} health ministry",
            _ => $"the {Name(2, 2)} Red Crescent",
        };
        var start = new DateOnly(2024, 1, 1).AddDays(_random.Next(700));
        var baseToll = _random.Next(5, 400);
        return new EventSeed(index, s_kinds[_random.Next(s_kinds.Length)], place, variant, region, official, counter, start, baseToll);
    }

    private SyntheticArticle Write(EventSeed ev, int index)
    {
        var day = _random.Next(0, 5);
        var date = ev.Start.AddDays(day);
        var toll = ev.BaseToll + day * _random.Next(3, 60);
        var injured = toll * _random.Next(2, 5);
        var outlet = "The " + Name(2, 2) + " " + (index % 4 == 0 ? "Times" : index % 4 == 1 ? "Post" : index % 4 == 2 ? "Herald" : "Daily");
        var placeName = _random.Next(3) == 0 ? ev.Variant : ev.Place;
        var q = s_qualifiers[_random.Next(s_qualifiers.Length)];
        var group = s_groups[_random.Next(s_groups.Length)];
        var weekday = s_weekdays[(int)ev.Start.DayOfWeek];
        var title = $"{Cap(ev.Kind)} in {placeName} kills {(q.Length > 0 ? q + " " : "")}{toll.ToString("N0", CultureInfo.InvariantCulture)}";
        var sb = new StringBuilder();
        sb.Append(title).Append("\n\n");
        if (_random.Next(4) == 0)
        {
            sb.Append(s_boilerplate[_random.Next(s_boilerplate.Length)]).Append('\n');
        }
        sb.Append(CultureInfo.InvariantCulture, $"{placeName.ToUpperInvariant()}, {Name(1, 2).ToUpperInvariant()} – {Cap(q.Length > 0 ? q + " " : "")}{toll.ToString("N0", CultureInfo.InvariantCulture)} {group} {s_verbsKilled[_random.Next(s_verbsKilled.Length)]} in the {ev.Kind} that struck {placeName} in {ev.Region} on {weekday}, according to {ev.Counter}.\n");
        sb.Append(CultureInfo.InvariantCulture, $"The toll rose from {ev.BaseToll} on {weekday} to {toll} by {date.ToString("MMMM d", CultureInfo.InvariantCulture)}, {ev.Counter} said in its latest count, including {toll / 3} women and children.\n");
        sb.Append(CultureInfo.InvariantCulture, $"More than {injured.ToString("N0", CultureInfo.InvariantCulture)} people were injured and dozens remain missing, officials said, while hundreds of families fled to nearby towns.\n");
        sb.Append(CultureInfo.InvariantCulture, $"\"We are doing everything we can to reach those trapped,\" said {ev.Official}, the regional governor, speaking in {placeName} on {date.ToString("dddd", CultureInfo.InvariantCulture)}.\n");
        var paragraphs = _random.Next(20, 34); // about 5 KB per article, the size of a typical wire story
        for (var p = 0; p < paragraphs; p++)
        {
            // Background sentences vary in their names and words, as real reporting does; only a few are stock phrases.
            sb.Append(s_filler[_random.Next(s_filler.Length)]).Append(' ').Append(Varied(placeName, ev.Region)).Append('\n');
        }
        if (_random.Next(3) == 0)
        {
            sb.Append(outlet).Append('\n');
        }
        return new SyntheticArticle(title, sb.ToString(), $"https://{Slug(outlet)}.example/{index}", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), outlet, ev.Index);
    }

    private static readonly string[] s_subjects = ["Residents", "Officials", "Engineers", "Teachers", "Doctors", "Farmers", "Shopkeepers", "Volunteers", "Drivers", "Students"];
    private static readonly string[] s_verbs = ["described", "reported", "recalled", "feared", "questioned", "welcomed", "criticised", "documented", "estimated", "discussed"];
    private static readonly string[] s_objects = ["the damage to the bridge", "the state of the water supply", "delays at the checkpoint", "the price of bread", "the closure of schools", "power cuts in the evening", "the arrival of the convoy", "the condition of the roads", "shortages of fuel", "the noise from the generators"];

    private string Varied(string place, string region) =>
        $"{s_subjects[_random.Next(s_subjects.Length)]} in {(_random.Next(2) == 0 ? place : Name(2, 3))} {s_verbs[_random.Next(s_verbs.Length)]} {s_objects[_random.Next(s_objects.Length)]} near {Name(2, 3)} in {region}, {Name(2, 3)} {s_firstNames[_random.Next(s_firstNames.Length)]} told reporters.";

    private SyntheticArticle Copy(SyntheticArticle source, int index, bool paraphrase)
    {
        var outlet = "The " + Name(2, 2) + " Observer";
        var text = source.Text;
        if (paraphrase)
        {
            text = text.Replace("were killed", "died", StringComparison.Ordinal)
                .Replace("according to", "said", StringComparison.Ordinal)
                .Replace("struck", "hit", StringComparison.Ordinal)
                .Replace("Witnesses described", "Onlookers reported", StringComparison.Ordinal)
                .Replace("officials said", "authorities said", StringComparison.Ordinal);
        }
        return source with { Text = text + "Original Source: " + Slug(source.Outlet) + ".example\n", Outlet = outlet, Url = $"https://{Slug(outlet)}.example/{index}" };
    }

    private string Name(int minSyllables, int maxSyllables)
    {
        var n = _random.Next(minSyllables, maxSyllables + 1);
        var sb = new StringBuilder();
        for (var i = 0; i < n; i++)
        {
            sb.Append(s_syllables[_random.Next(s_syllables.Length)]);
        }
        return Cap(sb.ToString());
    }

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Slug(string s) => new([.. s.ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    private sealed record EventSeed(int Index, string Kind, string Place, string Variant, string Region, string Official, string Counter, DateOnly Start, int BaseToll);
}

/// <summary>One generated article.</summary>
/// <param name="Title">Headline.</param>
/// <param name="Text">Body with the headline on the first line.</param>
/// <param name="Url">A fictional URL.</param>
/// <param name="Published">ISO date.</param>
/// <param name="Outlet">Fictional outlet.</param>
/// <param name="Event">Index of the fictional event it reports (ground truth for clustering).</param>
public sealed record SyntheticArticle(string Title, string Text, string Url, string Published, string Outlet, int Event);
