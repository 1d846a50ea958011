using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Triangulate.Ingest;

/// <summary>What a crawl knew about one file, from a manifest beside it (<c>sources.jsonl</c> or <c>sources.csv</c>).</summary>
/// <param name="File">The file name relative to the manifest's folder; <c>name.jsonl:N</c> names line N of a JSON Lines file.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record ManifestEntry(string File)
{
    /// <summary>The page's address.</summary>
    public string? Url { get; init; }

    /// <summary>The outlet that published it.</summary>
    public string? Outlet { get; init; }

    /// <summary>The publication date or timestamp as the crawl recorded it (ISO 8601).</summary>
    public string? Published { get; init; }

    /// <summary>The language code the crawl recorded (<c>en</c>, <c>de</c>, …).</summary>
    public string? Language { get; init; }
}

/// <summary>
/// A manifest beside a folder of articles: <c>sources.jsonl</c> (one object per line with <c>file</c>, <c>url</c>,
/// <c>outlet</c>, <c>published</c>, <c>language</c>) or <c>sources.csv</c> (a header row naming the same columns).
/// It lets a folder of plain text files carry what the crawl knew about each page.
/// </summary>
/// <remarks>A manifest never overrides what the file itself states (HTML metadata, JSON fields); it fills what is missing.
/// Unreadable lines are skipped and reported, never fatal.</remarks>
/// <threadsafety>Immutable after loading; thread-safe.</threadsafety>
public sealed class SourceManifest
{
    /// <summary>File names a folder's manifest may have, in the order they are looked for.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["sources.jsonl", "sources.csv"];

    private readonly Dictionary<string, ManifestEntry> _entries;

    private SourceManifest(string path, Dictionary<string, ManifestEntry> entries, IReadOnlyList<Problem> problems)
    {
        Path = path;
        _entries = entries;
        Problems = problems;
    }

    /// <summary>The manifest file.</summary>
    public string Path { get; }

    /// <summary>Lines that could not be read (each names the manifest and the line).</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Number of entries.</summary>
    public int Count => _entries.Count;

    /// <summary>Loads the manifest of <paramref name="folder"/>, or returns null when it has none.</summary>
    public static SourceManifest? ForFolder(string folder)
    {
        foreach (var name in FileNames)
        {
            var path = System.IO.Path.Combine(folder, name);
            if (System.IO.File.Exists(path))
            {
                return Load(path);
            }
        }
        return null;
    }

    /// <summary>Loads a manifest file (<c>.jsonl</c> or <c>.csv</c> by extension).</summary>
    public static SourceManifest Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        var problems = new List<Problem>();
        string[] lines;
        try
        {
            lines = System.IO.File.ReadAllLines(path, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new Problem(path, $"manifest unreadable: {ex.Message}", ProblemStage.Ingest, ProblemSeverity.Warning));
            return new SourceManifest(path, entries, problems);
        }
        var csv = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        var rows = csv ? ReadCsv(path, lines, problems) : ReadJsonLines(path, lines, problems);
        foreach (var row in rows)
        {
            entries[Normalise(row.File)] = row;
        }
        return new SourceManifest(path, entries, problems);
    }

    /// <summary>The entry for a document read from <paramref name="documentName"/> (a file name, or <c>name.jsonl:N</c>), or null.</summary>
    public ManifestEntry? Find(string documentName)
    {
        ArgumentNullException.ThrowIfNull(documentName);
        var key = Normalise(documentName);
        if (_entries.TryGetValue(key, out var entry))
        {
            return entry;
        }
        // A document named by its path under the input root: look it up by its file name too.
        var slash = key.LastIndexOf('/');
        return slash >= 0 && _entries.TryGetValue(key[(slash + 1)..], out entry) ? entry : null;
    }

    /// <summary>Fills what <paramref name="document"/> lacks from <paramref name="entry"/>; what the file states wins.</summary>
    public static SourceDocument Apply(SourceDocument document, ManifestEntry entry)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(entry);
        var usePublished = document.Published is null && !string.IsNullOrWhiteSpace(entry.Published);
        return document with
        {
            Url = document.Url ?? entry.Url,
            Outlet = document.Outlet ?? entry.Outlet,
            Published = usePublished ? entry.Published : document.Published,
            PublishedSource = usePublished ? "manifest" : document.PublishedSource,
        };
    }

    private static string Normalise(string name) => name.Replace('\\', '/').TrimStart('.', '/');

    private static List<ManifestEntry> ReadJsonLines(string path, string[] lines, List<Problem> problems)
    {
        var rows = new List<ManifestEntry>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }
            try
            {
                using var doc = JsonDocument.Parse(lines[i]);
                var e = doc.RootElement;
                var file = e.ValueKind == JsonValueKind.Object ? Str(e, "file") : null;
                if (string.IsNullOrWhiteSpace(file))
                {
                    problems.Add(new Problem($"{path}:{i + 1}", "manifest line has no 'file'", ProblemStage.Ingest, ProblemSeverity.Warning));
                    continue;
                }
                rows.Add(new ManifestEntry(file)
                {
                    Url = Str(e, "url"),
                    Outlet = Str(e, "outlet"),
                    Published = Str(e, "published"),
                    Language = Str(e, "language"),
                });
            }
            catch (JsonException ex)
            {
                problems.Add(new Problem($"{path}:{i + 1}", $"manifest line is not JSON: {ex.Message}", ProblemStage.Ingest, ProblemSeverity.Warning));
            }
        }
        return rows;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;

    private static List<ManifestEntry> ReadCsv(string path, string[] lines, List<Problem> problems)
    {
        var rows = new List<ManifestEntry>();
        if (lines.Length == 0)
        {
            return rows;
        }
        var header = SplitCsv(lines[0]).Select(h => h.Trim().ToLowerInvariant()).ToList();
        var file = header.IndexOf("file");
        if (file < 0)
        {
            problems.Add(new Problem(path, "manifest header has no 'file' column", ProblemStage.Ingest, ProblemSeverity.Warning));
            return rows;
        }
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }
            var cells = SplitCsv(lines[i]);
            string? Cell(string name)
            {
                var at = header.IndexOf(name);
                return at >= 0 && at < cells.Count && cells[at].Trim() is { Length: > 0 } v ? v : null;
            }
            if (Cell("file") is not { } name)
            {
                problems.Add(new Problem($"{path}:{i + 1}", "manifest row has no file", ProblemStage.Ingest, ProblemSeverity.Warning));
                continue;
            }
            rows.Add(new ManifestEntry(name) { Url = Cell("url"), Outlet = Cell("outlet"), Published = Cell("published"), Language = Cell("language") });
        }
        return rows;
    }

    /// <summary>Splits one CSV line (RFC 4180 quoting; a quoted cell may hold commas and doubled quotes).</summary>
    internal static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }
        cells.Add(cell.ToString());
        return cells;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Path} ({Count} entries)");
}
