using Triangulate.Ingest;

namespace Triangulate.Watching;

/// <summary>Timings and limits of <see cref="Watcher"/>. The defaults suit polling a few hundred public feeds.</summary>
/// <threadsafety>Immutable.</threadsafety>
public sealed record WatchOptions
{
    /// <summary>Time between the starts of two polling cycles. Default 5 minutes.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest one HTTP attempt (request and body) may take. Default 20 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Least time between two requests to the same host. Default 2 s.</summary>
    public TimeSpan PolitenessDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Retries after a failed attempt (network error, timeout, 5xx, 429). Default 3.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First retry delay; each further retry doubles it (with jitter). Default 1 s.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Fetch from private, loopback and link-local addresses (an intranet feed, a test server). Off by default: a feed, or a redirect,
    /// pointing at <c>127.0.0.1</c>, <c>10.x</c>, <c>192.168.x</c>, <c>169.254.x</c> or a name resolving there is refused.</summary>
    public bool AllowPrivateAddresses { get; init; }

    /// <summary>Redirects followed for one request (http and https only). Default 5.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Largest feed body accepted, in bytes. Default 16 MiB.</summary>
    public long MaxFeedBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>How long a dropped file must stay unmodified before it is read (so half-written files are not). Default 1 s.</summary>
    public TimeSpan FolderSettleTime { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Feeds fetched at once (different hosts only; one host is always polled one request at a time). Default 4.</summary>
    public int MaxParallelHosts { get; init; } = 4;

    /// <summary>The User-Agent sent with every request.</summary>
    public string UserAgent { get; init; } = "Triangulate-watch/1.0 (+news monitoring; polite polling)";

    /// <summary>Limits for reading the articles.</summary>
    public IngestOptions Ingest { get; init; } = IngestOptions.Default;

    /// <summary>One dossier per story cluster (in <c>clusters/&lt;id&gt;/</c> under the output, with an index <c>clusters.json</c>): new articles are
    /// assigned to clusters as they arrive and only the clusters they join (or start) are re-analysed and re-rendered. Off: one dossier over
    /// every stored article, rebuilt whole when something new arrives.</summary>
    public bool PerCluster { get; init; }

    /// <summary>Cosine similarity a new article needs with a story cluster to join it (<see cref="PerCluster"/> mode).</summary>
    public double ClusterThreshold { get; init; } = StoryClusterIndex.DefaultThreshold;
}
