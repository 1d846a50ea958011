using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Triangulate.Cluster.Tests.Support;

/// <summary>One <c>triangulate-cluster silo</c> started as a separate process (the executable copied next to the tests); killed on dispose.</summary>
internal sealed class SiloProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly TaskCompletionSource _up = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SiloProcess(string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "triangulate-cluster.dll");
        var apphost = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "triangulate-cluster.exe" : "triangulate-cluster");
        var psi = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (File.Exists(apphost))
        {
            psi.FileName = apphost;
        }
        else
        {
            psi.FileName = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } dotnet ? dotnet : "dotnet";
            psi.ArgumentList.Add(dll);
        }
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        psi.Environment.Remove("TRIANGULATE_DB");
        _process = new Process { StartInfo = psi };
        _process.OutputDataReceived += (_, e) => Line(e.Data);
        _process.ErrorDataReceived += (_, e) => Line(e.Data);
        _process.Exited += (_, _) => _up.TrySetException(new InvalidOperationException("silo exited before it was up:\n" + Log));
        _process.EnableRaisingEvents = true;
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>True when the silo executable was built next to the tests.</summary>
    public static bool Available => File.Exists(Path.Combine(AppContext.BaseDirectory, "triangulate-cluster.dll"));

    /// <summary>Everything the process printed so far.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts a silo with ADO.NET clustering on <paramref name="db"/> on free ports; completes when it prints that it is up.</summary>
    public static async Task<SiloProcess> StartAsync(string db, TimeSpan timeout, CancellationToken ct)
    {
        var silo = new SiloProcess(["silo", "--db", db, "--port", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--gateway", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        try
        {
            await silo._up.Task.WaitAsync(timeout, ct);
            return silo;
        }
        catch (TimeoutException)
        {
            var log = silo.Log;
            silo.Dispose();
            throw new TimeoutException($"silo not up after {timeout.TotalSeconds:0} s:\n{log}");
        }
    }

    private void Line(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            _log.AppendLine(line);
        }
        if (line.StartsWith("silo up", StringComparison.Ordinal))
        {
            _up.TrySetResult();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
    }
}
