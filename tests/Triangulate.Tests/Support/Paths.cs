namespace Triangulate.Tests.Support;

/// <summary>Where the repository, the sample and the shared corpus are, seen from the test binary.</summary>
public static class Paths
{
    /// <summary>The repository root (the folder with Triangulate.slnx).</summary>
    public static string Repo { get; } = FindRepo();

    /// <summary>The sample corpus copied into the repo.</summary>
    public static string Sample => Path.Combine(Repo, "samples", "syria-coast-2025-03");

    /// <summary>../shared beside the repo, or null when absent.</summary>
    public static string? Shared
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("TRIANGULATE_SHARED");
            if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
            {
                return env;
            }
            var candidate = Path.GetFullPath(Path.Combine(Repo, "..", "shared"));
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    /// <summary>The shared development corpus folder, or null.</summary>
    public static string? Corpus => Shared is { } s && Directory.Exists(Path.Combine(s, "corpus")) ? Path.Combine(s, "corpus") : null;

    /// <summary>Every gold event folder in ../shared/corpus (empty when the corpus is absent).</summary>
    public static IEnumerable<string> CorpusEvents => Corpus is { } c
        ? Directory.GetDirectories(c).Where(d => File.Exists(Path.Combine(d, "gold.json"))).Order(StringComparer.Ordinal)
        : [];

    /// <summary>The peer suites folder, or null.</summary>
    public static string? PeerSuites => Shared is { } s && Directory.Exists(Path.Combine(s, "peer-suites")) ? Path.Combine(s, "peer-suites") : null;

    /// <summary>The fixtures folder copied next to the test binary.</summary>
    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private static string FindRepo()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}

/// <summary>A fresh temporary folder, deleted on dispose.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "triangulate-tests-" + Guid.NewGuid().ToString("N")[..12]);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text)
    {
        var p = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(p)!);
        System.IO.File.WriteAllText(p, text);
        return p;
    }

    public string Write(string name, byte[] bytes)
    {
        var p = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(p)!);
        System.IO.File.WriteAllBytes(p, bytes);
        return p;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
