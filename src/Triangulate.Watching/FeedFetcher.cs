using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Triangulate.Watching;

/// <summary>How one feed fetch ended.</summary>
/// <param name="Url">The feed.</param>
/// <param name="Status">HTTP status of the last attempt (0 when no response came).</param>
/// <param name="Body">The feed's bytes when it changed (200), else null.</param>
/// <param name="Attempts">Requests made, retries included.</param>
/// <param name="Error">Why the fetch failed after its retries, or null.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record FetchResult(Uri Url, int Status, byte[]? Body, int Attempts, string? Error)
{
    /// <summary>True when the server answered 304 Not Modified.</summary>
    public bool NotModified => Status == (int)HttpStatusCode.NotModified;
}

/// <summary>Fetches feeds over HTTP: conditional requests (ETag / Last-Modified), a timeout per attempt, retries with exponential backoff (Polly), and a politeness delay per host.</summary>
/// <remarks>The validators of each feed are kept in memory for the life of the fetcher (a restarted watch fetches every feed once in full; the store's idempotent add makes that harmless).</remarks>
/// <threadsafety>Thread-safe; requests to one host are serialised by the caller (see <see cref="Watcher"/>).</threadsafety>
public sealed class FeedFetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly bool _ownsClient;
    private readonly WatchOptions _options;
    private readonly ResiliencePipeline<Attempt> _pipeline;
    private readonly ConcurrentDictionary<Uri, (string? ETag, string? LastModified)> _validators = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _nextAllowed = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeProvider _time;

    /// <summary>Creates a fetcher; without <paramref name="client"/> it owns an <see cref="HttpClient"/> of its own.</summary>
    public FeedFetcher(WatchOptions options, HttpClient? client = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = time ?? TimeProvider.System;
        _ownsClient = client is null;
        _client = client ?? new HttpClient(new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = options.RequestTimeout,
            // Redirects are followed by SendAsync, which checks each target's scheme and address first.
            AllowAutoRedirect = false,
            ConnectCallback = (context, token) => ConnectAsync(context.DnsEndPoint, options.AllowPrivateAddresses, token),
        })
        { Timeout = Timeout.InfiniteTimeSpan };
        _pipeline = new ResiliencePipelineBuilder<Attempt>()
            .AddRetry(new RetryStrategyOptions<Attempt>
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldHandle = new PredicateBuilder<Attempt>()
                    .Handle<HttpRequestException>(ex => ex.InnerException is not RefusedAddressException)
                    .Handle<TimeoutRejectedException>()
                    .Handle<IOException>(ex => ex is not RefusedAddressException)
                    .HandleResult(a => a.Status >= 500 || a.Status == 429 || a.Status == 408),
            })
            // Inner: each attempt, body included, is cut off after the request timeout.
            .AddTimeout(options.RequestTimeout)
            .Build();
        if (options.MaxRetries <= 0)
        {
            _pipeline = new ResiliencePipelineBuilder<Attempt>().AddTimeout(options.RequestTimeout).Build();
        }
    }

    /// <summary>Fetches <paramref name="url"/> once (with retries), waiting first for the host's politeness delay.</summary>
    /// <remarks>Never throws for network or server failures: they end in <see cref="FetchResult.Error"/>. Throws only when <paramref name="ct"/> is cancelled.</remarks>
    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        var attempts = 0;
        try
        {
            var outcome = await _pipeline.ExecuteAsync(async token =>
            {
                attempts++;
                await WaitForHostAsync(url, token).ConfigureAwait(false);
                try
                {
                    return await SendAsync(url, token).ConfigureAwait(false);
                }
                finally
                {
                    // The delay runs from the end of a request, so a slow server is not hit again right after answering.
                    _nextAllowed[url.Authority] = _time.GetUtcNow() + _options.PolitenessDelay;
                }
            }, ct).ConfigureAwait(false);
            if (outcome.Refused is not null)
            {
                return new FetchResult(url, outcome.Status, null, attempts, outcome.Refused);
            }
            if (outcome.Status == (int)HttpStatusCode.NotModified)
            {
                return new FetchResult(url, outcome.Status, null, attempts, null);
            }
            if (outcome.Status is < 200 or >= 300)
            {
                return new FetchResult(url, outcome.Status, null, attempts, $"HTTP {outcome.Status} after {attempts} attempt(s)");
            }
            if (outcome.Body is null)
            {
                return new FetchResult(url, outcome.Status, null, attempts, $"feed larger than the {_options.MaxFeedBytes / (1024 * 1024)} MB limit");
            }
            _validators[url] = (outcome.ETag, outcome.LastModified);
            return new FetchResult(url, outcome.Status, outcome.Body, attempts, null);
        }
        catch (TimeoutRejectedException)
        {
            return new FetchResult(url, 0, null, attempts, $"timed out after {_options.RequestTimeout.TotalSeconds:0.#} s ({attempts} attempt(s))");
        }
        catch (HttpRequestException ex) when (ex.InnerException is RefusedAddressException refused && !ct.IsCancellationRequested)
        {
            return new FetchResult(url, 0, null, attempts, refused.Message);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException && !ct.IsCancellationRequested)
        {
            return new FetchResult(url, 0, null, attempts, $"{ex.Message} ({attempts} attempt(s))");
        }
    }

    private async Task WaitForHostAsync(Uri url, CancellationToken ct)
    {
        var host = url.Authority;
        while (true)
        {
            var now = _time.GetUtcNow();
            var next = _nextAllowed.GetOrAdd(host, now);
            if (next <= now)
            {
                if (_nextAllowed.TryUpdate(host, now + _options.PolitenessDelay, next))
                {
                    return;
                }
                continue;
            }
            await Task.Delay(next - now, _time, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Why <paramref name="url"/> may not be fetched (a scheme other than http(s), a private or local address), or null.</summary>
    internal static string? Refusal(Uri url, bool allowPrivate)
    {
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            return $"refused: only http and https are fetched, not '{url.Scheme}:'";
        }
        if (allowPrivate)
        {
            return null;
        }
        var host = url.IdnHost;
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return $"refused: {url.Host} is a local address (pass --allow-private to fetch from private and local addresses)";
        }
        if (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && !IsPublic(ip))
        {
            return $"refused: {url.Host} is a private or local address (pass --allow-private to fetch from private and local addresses)";
        }
        return null;
    }

    /// <summary>True for an address on the public internet: not loopback, private (RFC 1918, unique-local), link-local, shared (100.64/10),
    /// unspecified, multicast or reserved.</summary>
    internal static bool IsPublic(IPAddress ip)
    {
        if (ip.IsIPv4MappedToIPv6)
        {
            ip = ip.MapToIPv4();
        }
        if (IPAddress.IsLoopback(ip))
        {
            return false;
        }
        if (ip.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = ip.GetAddressBytes();
            return !(b[0] is 0 or 10 or 127 || b[0] >= 224
                || (b[0] == 172 && b[1] is >= 16 and <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 100 && b[1] is >= 64 and <= 127)
                || (b[0] == 192 && b[1] == 0 && b[2] == 0));
        }
        if (ip.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = ip.GetAddressBytes();
            return !(ip.Equals(IPAddress.IPv6Any) || ip.IsIPv6LinkLocal || ip.IsIPv6SiteLocal || ip.IsIPv6Multicast || (b[0] & 0xFE) == 0xFC);
        }
        return false;
    }

    /// <summary>Connects to the first allowed address of <paramref name="endPoint"/>: the check runs on the addresses actually dialled, so a
    /// public name that resolves to a private address is refused too.</summary>
    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, bool allowPrivate, CancellationToken ct)
    {
        IPAddress[] addresses = IPAddress.TryParse(endPoint.Host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endPoint.Host, ct).ConfigureAwait(false);
        IPAddress[] allowed = allowPrivate ? addresses : [.. addresses.Where(IsPublic)];
        if (allowed.Length == 0)
        {
            throw new RefusedAddressException($"refused: {endPoint.Host} resolves only to private or local addresses (pass --allow-private to fetch from them)");
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endPoint.Port, ct).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private async ValueTask<Attempt> SendAsync(Uri url, CancellationToken ct)
    {
        var current = url;
        for (var hop = 0; ; hop++)
        {
            if (Refusal(current, _options.AllowPrivateAddresses) is { } refused)
            {
                return new Attempt(0, null, null, null) { Refused = hop == 0 ? refused : $"redirect to {current}: {refused}" };
            }
            var (attempt, location) = await SendOnceAsync(url, current, ct).ConfigureAwait(false);
            if (location is null)
            {
                return attempt;
            }
            if (hop >= _options.MaxRedirects)
            {
                return attempt with { Refused = $"more than {_options.MaxRedirects} redirects" };
            }
            // The Location is resolved against the current URL; anything that is not an absolute URL afterwards is refused, never thrown.
            if (!Uri.TryCreate(current, location, out var next) || !next.IsAbsoluteUri)
            {
                return attempt with { Refused = $"refused: redirect to an invalid location '{location}'" };
            }
            current = next;
        }
    }

    private async ValueTask<(Attempt Attempt, string? Location)> SendOnceAsync(Uri feed, Uri url, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5");
        if (_validators.TryGetValue(feed, out var v))
        {
            if (v.ETag is not null)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", v.ETag);
            }
            if (v.LastModified is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Modified-Since", v.LastModified);
            }
        }
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        if (status is 301 or 302 or 303 or 307 or 308)
        {
            var location = response.Headers.TryGetValues("Location", out var values) ? values.FirstOrDefault() : null;
            if (location is not null)
            {
                return (new Attempt(status, null, null, null), location);
            }
        }
        if (status is < 200 or >= 300)
        {
            return (new Attempt(status, null, null, null), null);
        }
        var etag = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.LastModified?.ToString("R");
        if (response.Content.Headers.ContentLength > _options.MaxFeedBytes)
        {
            return (new Attempt(status, null, etag, lastModified), null);
        }
        await using var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + n > _options.MaxFeedBytes)
            {
                return (new Attempt(status, null, etag, lastModified), null);
            }
            buffer.Write(chunk, 0, n);
        }
        return (new Attempt(status, buffer.ToArray(), etag, lastModified), null);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_ownsClient)
        {
            _client.Dispose();
        }
    }

    private sealed record Attempt(int Status, byte[]? Body, string? ETag, string? LastModified)
    {
        /// <summary>Why the request (or a redirect) was refused rather than made; not retried.</summary>
        public string? Refused { get; init; }
    }

    /// <summary>A connection refused because every address of the host is private or local.</summary>
    private sealed class RefusedAddressException(string message) : IOException(message);
}
