namespace Triangulate.Ingest;

/// <summary>Limits and switches for reading inputs. Defaults suit a night of wire copy on one machine.</summary>
/// <threadsafety>Immutable.</threadsafety>
public sealed record IngestOptions
{
    /// <summary>Largest file read as one article (txt, html) in bytes; bigger files are refused with a problem. Default 64 MiB.</summary>
    public long MaxDocumentBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Largest stream file (JSONL, feeds, WARC) in bytes after decompression. Default 4 GiB.</summary>
    public long MaxStreamBytes { get; init; } = 4L * 1024 * 1024 * 1024;

    /// <summary>Largest decompressed size of a gzip member chain relative to its compressed size before it is treated as a bomb. Default 1:200.</summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>Largest decompressed size of any gzip input, whatever its ratio. Default 1 GiB.</summary>
    public long MaxDecompressedBytes { get; init; } = 1L * 1024 * 1024 * 1024;

    /// <summary>Largest single JSON line in bytes. Default 32 MiB.</summary>
    public int MaxLineBytes { get; init; } = 32 * 1024 * 1024;

    /// <summary>Follow symbolic links in input folders that point outside the folder (off: such a link is skipped with a warning).</summary>
    public bool FollowLinks { get; init; }

    /// <summary>Stop after this many documents (0 = no limit).</summary>
    public int MaxDocuments { get; init; }

    /// <summary>Read a manifest beside the files (<c>sources.jsonl</c> / <c>sources.csv</c>: url, outlet, published, language) and fill
    /// what each document lacks from it (default true; off for a "bare text files" evaluation).</summary>
    public bool UseManifests { get; init; } = true;

    /// <summary>The default limits.</summary>
    public static IngestOptions Default { get; } = new();
}
