using System.Text;
using ICSharpCode.SharpZipLib.GZip;

namespace Triangulate.Ingest;

/// <summary>Reads input paths into articles: picks the reader by extension (or content), unwraps gzip, enforces limits.</summary>
/// <remarks>Never throws for bad input: every failure is a <see cref="Problem"/> naming the file and the reason, and the other files are still read.</remarks>
/// <threadsafety>Immutable after construction; thread-safe.</threadsafety>
public sealed class Ingestor
{
    private readonly IngestOptions _options;
    private readonly Dictionary<string, IDocumentReader> _readers;

    /// <summary>Creates an ingestor with the standard readers.</summary>
    public Ingestor(IngestOptions? options = null)
    {
        _options = options ?? IngestOptions.Default;
        var text = new PlainTextReader();
        var html = new HtmlReader();
        var jsonl = new JsonLinesReader();
        var feed = new FeedReader();
        var warc = new WarcReader();
        _readers = new Dictionary<string, IDocumentReader>(StringComparer.OrdinalIgnoreCase)
        {
            [".txt"] = text, [".text"] = text, [".md"] = text,
            [".html"] = html, [".htm"] = html, [".xhtml"] = html, [".shtml"] = html,
            [".jsonl"] = jsonl, [".ndjson"] = jsonl, [".json"] = jsonl,
            [".rss"] = feed, [".atom"] = feed, [".xml"] = feed,
            [".warc"] = warc,
        };
    }

    /// <summary>Resolves and reads every path; yields documents and problems as they come.</summary>
    public IEnumerable<IngestItem> Read(IEnumerable<string> paths)
    {
        var (files, problems) = InputResolver.Resolve(paths, _options.FollowLinks);
        foreach (var p in problems)
        {
            yield return IngestItem.Fail(p.File, p.Reason, p.Severity);
        }
        var count = 0;
        var manifests = new Dictionary<string, SourceManifest?>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            SourceManifest? manifest = null;
            if (_options.UseManifests)
            {
                var folder = Path.GetDirectoryName(file.FullPath) ?? string.Empty;
                if (!manifests.TryGetValue(folder, out manifest))
                {
                    // First file of this folder: load its manifest once and report its unreadable lines once.
                    manifest = SourceManifest.ForFolder(folder);
                    manifests[folder] = manifest;
                    foreach (var p in manifest?.Problems ?? [])
                    {
                        yield return IngestItem.Fail(p.File, p.Reason, p.Severity);
                    }
                }
            }
            foreach (var item in Read(file))
            {
                if (item.Document is not null && _options.MaxDocuments > 0 && ++count > _options.MaxDocuments)
                {
                    yield return IngestItem.Fail(file.Name, $"stopped: the limit of {_options.MaxDocuments} documents was reached", ProblemSeverity.Warning);
                    yield break;
                }
                yield return manifest is not null && item.Document is { } d && manifest.Find(d.File) is { } entry
                    ? IngestItem.With(SourceManifest.Apply(d, entry), item.Problem)
                    : item;
            }
        }
    }

    /// <summary>Reads one file.</summary>
    public IEnumerable<IngestItem> Read(InputFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        FileStream stream;
        long length;
        try
        {
            stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            length = stream.Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return [IngestItem.Fail(file.Name, ex is UnauthorizedAccessException ? "permission denied" : $"cannot open: {ex.Message}")];
        }
        return ReadOpened(file.Name, stream, length);
    }

    private IEnumerable<IngestItem> ReadOpened(string name, FileStream stream, long length)
    {
        using (stream)
        {
            if (length == 0)
            {
                yield return IngestItem.Fail(name, "empty file");
                yield break;
            }
            Stream content = stream;
            var innerName = name;
            var head = new byte[2];
            var read = stream.Read(head, 0, 2);
            stream.Position = 0;
            var gzip = read == 2 && head[0] == 0x1F && head[1] == 0x8B;
            if (gzip)
            {
                // A crawl file (.warc.gz) decompresses to several GB by design and is read record by record: cap it by the stream limit instead.
                var cap = name.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase) ? Math.Max(_options.MaxStreamBytes, _options.MaxDecompressedBytes) : _options.MaxDecompressedBytes;
                var limit = Math.Min(cap, Math.Max(length * _options.MaxCompressionRatio, 1 << 20));
                // SharpZipLib checks each member's CRC and length, so a truncated or corrupt file is an error, not silently shorter text.
                content = new LimitedStream(new GZipInputStream(stream) { IsStreamOwner = false }, limit, name);
                if (innerName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
                {
                    innerName = innerName[..^3];
                }
            }
            else if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                yield return IngestItem.Fail(name, "named .gz but not gzip data");
                yield break;
            }

            var reader = ReaderFor(innerName, ref content);
            using var enumerator = SafeEnumerate(name, reader, content);
            while (enumerator.MoveNext())
            {
                yield return enumerator.Current;
            }
            content.Dispose();
        }
    }

    private IEnumerator<IngestItem> SafeEnumerate(string name, IDocumentReader reader, Stream content)
    {
        IEnumerator<IngestItem> inner;
        try
        {
            inner = reader.Read(name, content, _options).GetEnumerator();
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            return Single(IngestItem.Fail(name, Describe(ex)));
        }
        return Guard(name, inner);
    }

    private static IEnumerator<IngestItem> Guard(string name, IEnumerator<IngestItem> inner)
    {
        using (inner)
        {
            var failed = false;
            while (true)
            {
                IngestItem item;
                try
                {
                    if (!inner.MoveNext())
                    {
                        yield break;
                    }
                    item = inner.Current;
                }
                catch (Exception ex) when (IsReadFailure(ex))
                {
                    item = IngestItem.Fail(name, Describe(ex));
                    failed = true;
                }
                yield return item;
                if (failed)
                {
                    yield break;
                }
            }
        }
    }

    private static IEnumerator<IngestItem> Single(IngestItem item)
    {
        yield return item;
    }

    private static bool IsReadFailure(Exception ex) =>
        ex is IOException or InvalidDataException or ICSharpCode.SharpZipLib.SharpZipBaseException or UnauthorizedAccessException or DecoderFallbackException or ArgumentException or FormatException or InvalidOperationException;

    private static string Describe(Exception ex) => ex switch
    {
        InvalidDataException when ex.Message.Contains("limit", StringComparison.Ordinal) => ex.Message,
        InvalidDataException => $"corrupt or truncated gzip data ({ex.Message})",
        EndOfStreamException => "truncated gzip data (unexpected end of stream)",
        ICSharpCode.SharpZipLib.SharpZipBaseException => $"corrupt or truncated gzip data ({ex.Message})",
        UnauthorizedAccessException => "permission denied",
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };

    private IDocumentReader ReaderFor(string name, ref Stream content)
    {
        var ext = Path.GetExtension(name);
        if (_readers.TryGetValue(ext, out var reader))
        {
            return reader;
        }
        // Unknown extension: sniff the first bytes.
        var buffered = new BufferedStream(content, 1 << 16);
        var head = new byte[512];
        var n = ReadAtMost(buffered, head);
        content = new PrefixStream(head.AsMemory(0, n), buffered);
        var start = Encoding.UTF8.GetString(head, 0, n).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && (start.Contains("<rss", StringComparison.OrdinalIgnoreCase) || start.Contains("<feed", StringComparison.OrdinalIgnoreCase)))
        {
            return _readers[".xml"];
        }
        if (start.StartsWith("<rss", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<feed", StringComparison.OrdinalIgnoreCase))
        {
            return _readers[".xml"];
        }
        if (start.StartsWith("WARC/1.", StringComparison.Ordinal))
        {
            return _readers[".warc"];
        }
        if (start.StartsWith('<'))
        {
            return _readers[".html"];
        }
        if (start.StartsWith('{') || start.StartsWith('['))
        {
            return _readers[".jsonl"];
        }
        return _readers[".txt"];
    }

    private static int ReadAtMost(Stream s, byte[] buffer)
    {
        var total = 0;
        int n;
        while (total < buffer.Length && (n = s.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += n;
        }
        return total;
    }
}
