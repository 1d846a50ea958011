using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Triangulate.Tests.Support;

/// <summary>
/// A real, throwaway PostgreSQL server for tests: initdb in a temp folder, started on a free port bound to 127.0.0.1 with its unix socket
/// in the same folder, stopped and deleted on dispose. When the server binaries are missing, <see cref="Unavailable"/> says why and tests skip
/// (install them with tests/postgres/install.sh). As root the server runs as the <c>postgres</c> user (it refuses to run as root).
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string? _bin;
    private readonly string? _root;
    private readonly string? _runAs;
    private int _databases;

    public PostgresServer()
    {
        if (Environment.GetEnvironmentVariable("TRIANGULATE_NO_POSTGRES") == "1")
        {
            Unavailable = "TRIANGULATE_NO_POSTGRES=1: PostgreSQL tests switched off";
            return;
        }
        _bin = FindBin();
        if (_bin is null)
        {
            Unavailable = "PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql/*/bin or $TRIANGULATE_PG_BIN; run tests/postgres/install.sh";
            return;
        }
        _runAs = Environment.UserName == "root" ? "postgres" : null;
        if (_runAs is not null && !File.ReadLines("/etc/passwd").Any(l => l.StartsWith(_runAs + ":", StringComparison.Ordinal)))
        {
            Unavailable = "running as root and there is no 'postgres' user to run the server as; run tests/postgres/install.sh";
            return;
        }
        _root = Path.Combine(Directory.Exists("/tmp") ? "/tmp" : Path.GetTempPath(), "triangulate-pg-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(_root);
        if (_runAs is not null)
        {
            Run("chown", ["-R", $"{_runAs}:", _root], asServerUser: false);
        }
        var data = Path.Combine(_root, "data");
        Run(Path.Combine(_bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"]);
        Port = FreePort();
        var options = $"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=120 -c shared_buffers=16MB";
        Run(Path.Combine(_bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(_root, "server.log"), "-o", options, "-w", "-t", "60", "start"]);
        Started = true;
    }

    /// <summary>Why the server could not be started (tests skip with this message), or null.</summary>
    public string? Unavailable { get; }

    /// <summary>True once the server runs.</summary>
    public bool Started { get; }

    /// <summary>The TCP port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>Skips the calling test when the server is unavailable.</summary>
    public void SkipIfUnavailable()
    {
        if (Unavailable is not null)
        {
            Assert.Skip(Unavailable);
        }
    }

    /// <summary>Creates a new empty database; returns its postgres:// URI.</summary>
    public string CreateDatabase()
    {
        SkipIfUnavailable();
        var name = $"t{Interlocked.Increment(ref _databases)}_{Guid.NewGuid().ToString("N")[..8]}";
        using (var conn = new NpgsqlConnection(Keywords("postgres")))
        {
            conn.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE {name};", conn);
            cmd.ExecuteNonQuery();
        }
        return $"postgres://postgres@127.0.0.1:{Port}/{name}";
    }

    /// <summary>An Npgsql keyword string for <paramref name="database"/> (for direct SQL in tests).</summary>
    public string Keywords(string database) => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=false;Timeout=30";

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        if (_bin is not null && _root is not null)
        {
            if (Started)
            {
                try
                {
                    Run(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_root, "data"), "-m", "immediate", "-w", "stop"]);
                }
                catch (InvalidOperationException)
                {
                    // Already gone; the folder is removed below all the same.
                }
            }
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private static string? FindBin()
    {
        var env = Environment.GetEnvironmentVariable("TRIANGULATE_PG_BIN");
        if (!string.IsNullOrEmpty(env) && File.Exists(Path.Combine(env, "initdb")))
        {
            return env;
        }
        if (!Directory.Exists("/usr/lib/postgresql"))
        {
            return null;
        }
        return Directory.GetDirectories("/usr/lib/postgresql")
            .Select(d => Path.Combine(d, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
            .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
            .FirstOrDefault();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Run(string program, string[] args, bool asServerUser = true)
    {
        var psi = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asServerUser && _runAs is not null)
        {
            psi.FileName = "runuser";
            foreach (var a in new[] { "-u", _runAs, "--", program })
            {
                psi.ArgumentList.Add(a);
            }
        }
        else
        {
            psi.FileName = program;
        }
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} did not finish in 90 s");
        }
        if (process.ExitCode != 0)
        {
            var log = _root is not null && File.Exists(Path.Combine(_root, "server.log")) ? File.ReadAllText(Path.Combine(_root, "server.log")) : "";
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {process.ExitCode}: {stdout.Result}{stderr.Result}{log}");
        }
    }
}
