using System.Runtime.InteropServices;

namespace Triangulate.Cleaning;

/// <summary>Repetition across a pile as evidence of page furniture: a line that recurs across different stories of one site, or
/// across many unrelated stories of the pile, goes; a line shared only by articles of one story (wire copy, reuse) stays.</summary>
/// <remarks>
/// <para>The per-document rules cannot see a site's own furniture ("Our journalism depends on readers like you", a desk's
/// sign-off, a section's standing line) when it has no telling shape. Across a pile it shows itself the way jusText and
/// trafilatura use it: the same line on pages about different things. The same line on two articles of one story is the
/// opposite evidence — one article reused the other — so a line is counted by the <em>stories</em> that carry it, not by
/// the documents.</para>
/// <para>Each line of a cleaned text is hashed on its case-folded letters and digits. A document's story is read from the
/// words of its own lines (those no other document shares, so shared furniture never makes two pages look alike): a
/// bottom-k sketch of its word hashes, compared by estimated Jaccard similarity; a document with too few words of its own
/// (an exact copy of another) is no evidence and is not counted. A line goes from every document that holds it when its documents span three stories or more, or two
/// stories or more of one outlet (the URL's host, else the outlet's name). A line with a figure, a number word, a calendar
/// word, a quotation or a reporting verb (<see cref="LineScore"/>'s sacred lines) is content: it goes only when it is not a
/// sentence and repeats across five stories or more. A single word goes only across five stories.</para>
/// <para>Every removal is a <c>repeated_line</c> block with its offsets in the original text and the counts that made it.
/// The pass is linear: one hash per line and per word, one dictionary pass, and each shared line compares its documents
/// with at most a handful of story representatives. The result depends only on the documents' order, never on threads.</para>
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class PileRepetition
{
    /// <summary>The kind of the blocks this pass removes.</summary>
    public const string Kind = "repeated_line";

    /// <summary>Estimated Jaccard similarity of two documents' own words at or above which they tell one story.</summary>
    /// <remarks>Low on purpose: taking two stories for one keeps a line, taking one story for two could lose content.</remarks>
    internal const double SameStory = 0.05;

    /// <summary>Distinct stories across the pile that make a line furniture.</summary>
    internal const int PileStories = 3;

    /// <summary>Distinct stories of one outlet that make a line the outlet's furniture.</summary>
    internal const int OutletStories = 2;

    /// <summary>Distinct stories a sacred line (figure, date, quote, report) or a single word needs.</summary>
    internal const int StrongStories = 5;

    private const int SketchSize = 64;
    private const int MinSketch = 8;
    private const int MinKeyLength = 6;

    /// <summary>Documents a streaming read holds at once for this pass (see <see cref="PileRepetitionWindows"/>): a pile up to this size
    /// gets exactly the whole-pile result.</summary>
    public const int StreamWindow = 2048;

    /// <summary>Removes lines repeated across stories from every document of the pile; documents without such a line are returned as they are.</summary>
    /// <param name="documents">The pile's cleaned documents, in input order (the order decides only which document a story's sketch is read from).</param>
    /// <returns>The documents in the same order; a changed one has a new text, map, id and its <c>repeated_line</c> removals.</returns>
    /// <remarks>Rebuilds every changed document in turn; the read paths rebuild each under its own isolation instead
    /// (<see cref="PileRepetitionWindows"/>, <see cref="PileRepetitionWindow.Rebuild"/>).</remarks>
    public static IReadOnlyList<CleanDocument> Apply(IReadOnlyList<CleanDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var window = new PileRepetitionWindows().Next(documents);
        if (window.Changed.Count == 0)
        {
            return documents;
        }
        var result = documents.ToArray();
        foreach (var i in window.Changed)
        {
            result[i] = window.Rebuild(i);
        }
        return result;
    }

    /// <summary>Finds the furniture of one window of a pile: lines already found to be furniture in <paramref name="furniture"/>
    /// count too, and the lines this window shows to be furniture are added to it.</summary>
    internal static PileRepetitionWindow Find(IReadOnlyList<CleanDocument> documents, Dictionary<ulong, string> furniture)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var n = documents.Count;
        var lines = new LineKey[n][];
        if (n == 0 || (n < 2 && furniture.Count == 0))
        {
            return new PileRepetitionWindow(documents, lines, furniture, []);
        }
        Parallel.For(0, n, i => lines[i] = Lines(documents[i].Text));
        if (n >= 2)
        {
            Decide(documents, lines, furniture);
        }
        var changed = new List<int>();
        for (var i = 0; furniture.Count > 0 && i < n; i++)
        {
            if (Array.Exists(lines[i], l => furniture.ContainsKey(l.Hash)))
            {
                changed.Add(i);
            }
        }
        return new PileRepetitionWindow(documents, lines, furniture, changed);
    }

    /// <summary>Adds to <paramref name="furniture"/> the lines the documents share that repetition shows to be furniture.</summary>
    private static void Decide(IReadOnlyList<CleanDocument> documents, LineKey[][] lines, Dictionary<ulong, string> furniture)
    {
        var n = documents.Count;
        // Documents per key, in input order, each document once.
        var first = new Dictionary<ulong, int>();
        var holders = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < n; i++)
        {
            foreach (var line in lines[i])
            {
                ref var doc = ref CollectionsMarshal.GetValueRefOrAddDefault(first, line.Hash, out var seen);
                if (!seen)
                {
                    doc = i;
                }
                else if (doc != i)
                {
                    ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(holders, line.Hash, out _);
                    list ??= [doc];
                    if (list[^1] != i)
                    {
                        list.Add(i);
                    }
                }
            }
        }
        if (holders.Count == 0)
        {
            return;
        }

        // Sketches only of the documents that share a line (the others are never compared).
        var sharing = new bool[n];
        foreach (var docs in holders.Values)
        {
            foreach (var d in docs)
            {
                sharing[d] = true;
            }
        }
        var sketches = new ulong[n][];
        Parallel.For(0, n, i => sketches[i] = sharing[i] ? Sketch(documents[i].Text, lines[i], holders) : []);
        var outlets = new string?[n];
        for (var i = 0; i < n; i++)
        {
            outlets[i] = OutletOf(documents[i]);
        }
        var copies = SharedSentences(documents, lines, holders);

        // One decision per shared key, taken in the order the keys first appear (deterministic).
        var decided = new HashSet<ulong>();
        for (var i = 0; i < n; i++)
        {
            foreach (var line in lines[i])
            {
                if (holders.TryGetValue(line.Hash, out var docs) && docs[0] == i && !furniture.ContainsKey(line.Hash) && decided.Add(line.Hash))
                {
                    var text = documents[i].Text.AsSpan(line.Start, line.End - line.Start).Trim().ToString();
                    if (Decide(text, docs, sketches, outlets, copies) is { } rule)
                    {
                        furniture[line.Hash] = rule;
                    }
                }
            }
        }
    }

    /// <summary>One line of a cleaned text: its span (with its line break) and the hash of its case-folded letters and digits.</summary>
    internal readonly record struct LineKey(int Start, int End, ulong Hash, bool OneWord);

    /// <summary>The hashable lines of a text (six letters or digits or more).</summary>
    private static LineKey[] Lines(string text)
    {
        var result = t_lines ??= new List<LineKey>(256);
        result.Clear();
        var at = 0;
        while (at < text.Length)
        {
            var nl = text.IndexOf('\n', at);
            var end = nl < 0 ? text.Length : nl + 1;
            var hash = 14695981039346656037UL;
            var length = 0;
            var words = 0;
            var inWord = false;
            for (var i = at; i < end; i++)
            {
                var c = text[i];
                if (Folded(c) is var f and not '\0')
                {
                    hash = (hash ^ f) * 1099511628211UL;
                    length++;
                    words += inWord ? 0 : 1;
                    inWord = true;
                }
                else if (char.IsWhiteSpace(c))
                {
                    inWord = false;
                }
            }
            if (length >= MinKeyLength)
            {
                result.Add(new LineKey(at, end, hash, words == 1));
            }
            at = end;
        }
        return [.. result];
    }

    // One line buffer per thread, reused across documents.
    [ThreadStatic]
    private static List<LineKey>? t_lines;

    /// <summary>The bottom-k sketch of the words of a document's own lines (lines no other document holds), sorted.</summary>
    private static ulong[] Sketch(string text, LineKey[] lines, Dictionary<ulong, List<int>> holders)
    {
        var words = t_words ??= new List<ulong>(1024);
        words.Clear();
        foreach (var line in lines)
        {
            if (holders.ContainsKey(line.Hash))
            {
                continue;
            }
            var hash = 14695981039346656037UL;
            var length = 0;
            for (var i = line.Start; i <= line.End; i++)
            {
                if (i < line.End && Folded(text[i]) is var f and not '\0' && !char.IsAsciiDigit(f))
                {
                    hash = (hash ^ f) * 1099511628211UL;
                    length++;
                    continue;
                }
                if (length >= 4)
                {
                    words.Add(Mix(hash));
                }
                hash = 14695981039346656037UL;
                length = 0;
            }
        }
        // The k smallest distinct hashes.
        var span = CollectionsMarshal.AsSpan(words);
        span.Sort();
        var sketch = new List<ulong>(Math.Min(SketchSize, span.Length));
        for (var i = 0; i < span.Length && sketch.Count < SketchSize; i++)
        {
            if (i == 0 || span[i] != span[i - 1])
            {
                sketch.Add(span[i]);
            }
        }
        return [.. sketch];
    }

    // One word buffer per thread, reused across documents.
    [ThreadStatic]
    private static List<ulong>? t_words;

    // A letter or digit case-folded, or NUL for any other character (ASCII without a table look-up).
    private static char Folded(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetter(c) ? (char)(c | 0x20) : char.IsAsciiDigit(c) ? c : '\0';
        }
        return char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
    }

    // A finaliser so that the sketch's smallest hashes are a fair sample of the words.
    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        return h ^ (h >> 33);
    }

    /// <summary>Whether two sketches tell one story: estimated Jaccard similarity at or above <see cref="SameStory"/>, or too few words to tell.</summary>
    private static bool OneStory(ulong[] a, ulong[] b)
    {
        if (a.Length < MinSketch || b.Length < MinSketch)
        {
            return true;
        }
        // The k smallest hashes of the union, and how many of them both sketches hold.
        int i = 0, j = 0, taken = 0, both = 0;
        while (taken < SketchSize && (i < a.Length || j < b.Length))
        {
            if (j >= b.Length || (i < a.Length && a[i] < b[j]))
            {
                i++;
            }
            else if (i >= a.Length || b[j] < a[i])
            {
                j++;
            }
            else
            {
                both++;
                i++;
                j++;
            }
            taken++;
        }
        return taken > 0 && (double)both / taken >= SameStory;
    }

    /// <summary>The rule that makes a shared line furniture, or null to keep it.</summary>
    private static string? Decide(string line, List<int> docs, ulong[][] sketches, string?[] outlets, Dictionary<(int, int), int> copies)
    {
        var sacred = LineScore.Read(line).Sacred;
        var sentence = LineScore.EndsLikeSentence(line) && ResidueLines.SpaceSeparatedCount(line) > 3;
        var oneWord = ResidueLines.SpaceSeparatedCount(line) == 1;
        var strongOnly = (sacred && !sentence) || oneWord;
        if (sacred && sentence)
        {
            return null; // a sentence with a figure, a date, a quote or a report is content however often it recurs
        }
        var need = strongOnly ? StrongStories : PileStories;
        var stories = Stories(docs, sketches, need, copies);
        if (stories >= need)
        {
            return $"line repeated in {docs.Count} documents of {need} or more different stories of the pile";
        }
        if (strongOnly)
        {
            return null;
        }
        // One outlet's own line on two of its different stories.
        var byOutlet = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var d in docs)
        {
            if (outlets[d] is { } o)
            {
                (CollectionsMarshal.GetValueRefOrAddDefault(byOutlet, o, out _) ??= []).Add(d);
            }
        }
        foreach (var (outlet, same) in byOutlet.OrderBy(p => p.Value[0]))
        {
            if (same.Count >= OutletStories && Stories(same, sketches, OutletStories, copies) >= OutletStories)
            {
                return $"line repeated on {same.Count} pages of {outlet} that tell different stories";
            }
        }
        return null;
    }

    /// <summary>Two documents that share <see cref="CopySentences"/> prose sentences or more are copies of one story (wire copy,
    /// syndication), whatever furniture each site adds: their own lines are only that furniture, so their sketches alone would
    /// take them for different stories and the story's shared sentences for furniture.</summary>
    internal const int CopySentences = 4;

    // A prose sentence: it ends like a sentence and has ten words or more (a site's controls and labels do not).
    private const int ProseWords = 10;

    /// <summary>For each pair of documents (lower index first) that share a prose sentence, how many they share; a sentence held
    /// by more than <see cref="MaxCopyHolders"/> documents is a site's template, not a story's copy, and is not counted.</summary>
    private static Dictionary<(int, int), int> SharedSentences(IReadOnlyList<CleanDocument> documents, LineKey[][] lines, Dictionary<ulong, List<int>> holders)
    {
        var pairs = new Dictionary<(int, int), int>();
        for (var i = 0; i < documents.Count; i++)
        {
            foreach (var line in lines[i])
            {
                if (!holders.TryGetValue(line.Hash, out var docs) || docs[0] != i || docs.Count > MaxCopyHolders)
                {
                    continue; // each shared line counted once, from its first document
                }
                var text = documents[i].Text.AsSpan(line.Start, line.End - line.Start).Trim();
                if (!LineScore.EndsLikeSentence(text.ToString()) || ResidueLines.SpaceSeparatedCount(text) < ProseWords)
                {
                    continue;
                }
                for (var a = 0; a < docs.Count; a++)
                {
                    for (var b = a + 1; b < docs.Count; b++)
                    {
                        CollectionsMarshal.GetValueRefOrAddDefault(pairs, (docs[a], docs[b]), out _)++;
                    }
                }
            }
        }
        return pairs;
    }

    /// <summary>Documents holding one sentence beyond which it is not counted as evidence of a copy.</summary>
    private const int MaxCopyHolders = 16;

    private static bool Copies(Dictionary<(int, int), int> copies, int a, int b) =>
        copies.TryGetValue(a < b ? (a, b) : (b, a), out var shared) && shared >= CopySentences;

    /// <summary>How many different stories the documents tell, counted up to <paramref name="enough"/> (greedy: each document joins
    /// the first representative it resembles).</summary>
    private static int Stories(List<int> docs, ulong[][] sketches, int enough, Dictionary<(int, int), int> copies)
    {
        Span<int> reps = stackalloc int[enough];
        var count = 0;
        foreach (var d in docs)
        {
            if (sketches[d].Length < MinSketch)
            {
                continue; // too few words of its own to tell its story: no evidence either way
            }
            var joined = false;
            for (var r = 0; r < count && !joined; r++)
            {
                joined = OneStory(sketches[reps[r]], sketches[d]) || Copies(copies, reps[r], d);
            }
            if (!joined)
            {
                reps[count++] = d;
                if (count == enough)
                {
                    break;
                }
            }
        }
        return count;
    }

    /// <summary>The outlet a document's furniture belongs to: its URL's host without "www.", else its outlet's name.</summary>
    internal static string? OutletOf(CleanDocument document)
    {
        if (document.Source.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            var host = uri.Host;
            return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
        }
        return string.IsNullOrWhiteSpace(document.Outlet) ? null : document.Outlet.Trim();
    }

    /// <summary>The document without its furniture lines (itself when it holds none).</summary>
    internal static CleanDocument Remove(CleanDocument document, LineKey[] lines, IReadOnlyDictionary<ulong, string> furniture)
    {
        List<(int Start, int End, string Rule)>? cuts = null;
        foreach (var line in lines)
        {
            if (furniture.TryGetValue(line.Hash, out var rule))
            {
                (cuts ??= []).Add((line.Start, line.End, rule));
            }
        }
        if (cuts is null)
        {
            return document;
        }
        // Each cleaned line maps to one or more pieces of the original (an earlier rule may have cut inside it).
        var original = document.Source.Text;
        var removed = new List<RemovedBlock>(document.Removed);
        var segments = document.Map.Segments;
        foreach (var (start, end, rule) in cuts)
        {
            foreach (var s in segments)
            {
                int cleanStart = s[0], originalStart = s[1], length = s[2];
                var from = Math.Max(start, cleanStart);
                var to = Math.Min(end, cleanStart + length);
                if (from < to)
                {
                    var os = originalStart + from - cleanStart;
                    var oe = originalStart + to - cleanStart;
                    removed.Add(new RemovedBlock(Kind, original[os..oe], os, oe, rule));
                }
            }
        }
        removed.Sort((a, b) => a.Start.CompareTo(b.Start));
        var (text, map, kept) = BoilerplateCleaner.Apply(original, removed);
        Dateline? dateline = null;
        if (document.Dateline is { } d)
        {
            var s = BoilerplateCleaner.ToClean(kept, document.Map.ToOriginal(d.Start));
            var e = BoilerplateCleaner.ToClean(kept, document.Map.ToOriginal(d.End - 1));
            dateline = s >= 0 && e >= s ? d with { Start = s, End = e + 1 } : null;
        }
        return document with
        {
            Id = BoilerplateCleaner.IdOf(text),
            Text = text,
            Removed = removed,
            Map = map,
            Title = document.Source.Title ?? BoilerplateCleaner.FirstLine(text),
            Dateline = dateline,
        };
    }
}

/// <summary>The repetition pass over a pile read as a stream, one window of documents at a time: furniture found in one window
/// goes from every later window too.</summary>
/// <remarks>Every read path (the whole pile, streaming analyze and ingest, the partitioned run) goes through it, so a line is judged
/// the same way wherever the pile comes from; a pile no larger than one window gets exactly <see cref="PileRepetition.Apply"/>'s result.
/// In a longer stream, a window's documents lose the furniture found in it and in the windows before it.</remarks>
/// <threadsafety>Not thread-safe: one instance per run, called with the windows in input order.</threadsafety>
public sealed class PileRepetitionWindows
{
    private readonly Dictionary<ulong, string> _furniture = [];

    /// <summary>Finds the furniture of the next window of the pile; the documents are rebuilt by <see cref="PileRepetitionWindow.Rebuild"/>.</summary>
    /// <param name="window">The window's cleaned documents, in input order.</param>
    public PileRepetitionWindow Next(IReadOnlyList<CleanDocument> window) => PileRepetition.Find(window, _furniture);
}

/// <summary>One window of a pile with its furniture found: which documents hold furniture, and the rebuild of each.</summary>
/// <remarks>The rebuild is per document and independent, so a caller can run each one under its own isolation (a document
/// whose rebuild fails keeps its text as cleaned on its own; the others go on).</remarks>
/// <threadsafety><see cref="Rebuild"/> is thread-safe until the next window of the same <see cref="PileRepetitionWindows"/> is found.</threadsafety>
public sealed class PileRepetitionWindow
{
    private readonly IReadOnlyList<CleanDocument> _documents;
    private readonly PileRepetition.LineKey[][] _lines;
    private readonly Dictionary<ulong, string> _furniture;

    internal PileRepetitionWindow(IReadOnlyList<CleanDocument> documents, PileRepetition.LineKey[][] lines, Dictionary<ulong, string> furniture,
        IReadOnlyList<int> changed)
    {
        _documents = documents;
        _lines = lines;
        _furniture = furniture;
        Changed = changed;
    }

    /// <summary>The indexes, in the window, of the documents that hold furniture (ascending).</summary>
    public IReadOnlyList<int> Changed { get; }

    /// <summary>The document at <paramref name="index"/> without its furniture lines, each kept as a <c>repeated_line</c> removal.</summary>
    public CleanDocument Rebuild(int index) => PileRepetition.Remove(_documents[index], _lines[index], _furniture);
}
