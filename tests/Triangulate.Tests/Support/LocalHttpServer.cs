using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Triangulate.Tests.Support;

/// <summary>A minimal HTTP server on 127.0.0.1 only, for tests: each path answers through a handler; every request is logged.</summary>
public sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, Func<HttpListenerRequest, int, Task<Reply>>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LocalHttpServer()
    {
        // Pick a free port; retry when another process takes it between the probe and the bind.
        for (var attempt = 0; ; attempt++)
        {
            using (var probe = new TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                Port = ((IPEndPoint)probe.LocalEndpoint).Port;
            }
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            try
            {
                _listener.Start();
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
            }
        }
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }

    public ConcurrentQueue<(string Path, DateTimeOffset At, string? IfNoneMatch, string? IfModifiedSince)> Log { get; } = new();

    public Uri Url(string path) => new($"http://127.0.0.1:{Port}{path}");

    /// <summary>Serves <paramref name="path"/> with <paramref name="handler"/> (request, 1-based hit count) → reply.</summary>
    public void Route(string path, Func<HttpListenerRequest, int, Task<Reply>> handler) => _routes[path] = handler;

    public void Route(string path, Func<HttpListenerRequest, int, Reply> handler) => _routes[path] = (r, n) => Task.FromResult(handler(r, n));

    public int Hits(string path) => _hits.GetValueOrDefault(path);

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        var n = _hits.AddOrUpdate(path, 1, (_, v) => v + 1);
        Log.Enqueue((path, DateTimeOffset.UtcNow, context.Request.Headers["If-None-Match"], context.Request.Headers["If-Modified-Since"]));
        try
        {
            var reply = _routes.TryGetValue(path, out var handler) ? await handler(context.Request, n).ConfigureAwait(false) : new Reply(404, "");
            if (reply.Delay > TimeSpan.Zero)
            {
                await Task.Delay(reply.Delay, _stop.Token).ConfigureAwait(false);
            }
            var response = context.Response;
            response.StatusCode = reply.Status;
            response.ContentType = reply.ContentType;
            foreach (var (k, v) in reply.Headers ?? [])
            {
                response.Headers[k] = v;
            }
            var bytes = System.Text.Encoding.UTF8.GetBytes(reply.Body);
            if (reply.Status != 304)
            {
                response.ContentLength64 = bytes.Length;
                await response.OutputStream.WriteAsync(bytes, _stop.Token).ConfigureAwait(false);
            }
            response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // The client gave up (timeout test) or the server is stopping.
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
        _stop.Dispose();
    }

    public sealed record Reply(int Status, string Body, string ContentType = "application/rss+xml; charset=utf-8")
    {
        public TimeSpan Delay { get; init; }

        public IReadOnlyList<(string, string)>? Headers { get; init; }
    }
}
