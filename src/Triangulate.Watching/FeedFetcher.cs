using System.Collections.Concurrent;
using System.Net;
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
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .Handle<IOException>()
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

    private async ValueTask<Attempt> SendAsync(Uri url, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5");
        if (_validators.TryGetValue(url, out var v))
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
        if (status is < 200 or >= 300)
        {
            return new Attempt(status, null, null, null);
        }
        var etag = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.LastModified?.ToString("R");
        if (response.Content.Headers.ContentLength > _options.MaxFeedBytes)
        {
            return new Attempt(status, null, etag, lastModified);
        }
        await using var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + n > _options.MaxFeedBytes)
            {
                return new Attempt(status, null, etag, lastModified);
            }
            buffer.Write(chunk, 0, n);
        }
        return new Attempt(status, buffer.ToArray(), etag, lastModified);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_ownsClient)
        {
            _client.Dispose();
        }
    }

    private sealed record Attempt(int Status, byte[]? Body, string? ETag, string? LastModified);
}
