using Microsoft.Extensions.FileSystemGlobbing;

namespace Triangulate.Ingest;

/// <summary>Expands input paths — files, directories (recursive) and globs — into files.</summary>
/// <remarks>
/// Directories are walked without following symbolic links into directories already visited, so a link loop ends.
/// Hidden files and the tool's own outputs (<c>gold.json</c>, <c>sources.json</c>, <c>dossier.*</c>) are skipped in directories.
/// A symbolic link in a directory whose target lies outside that directory is not followed (a warning names it) unless
/// links are allowed: a folder of downloaded pages must not pull a system file into the report. FIFOs, sockets and devices
/// are skipped with a warning, since reading one can block forever.
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class InputResolver
{
    private static readonly HashSet<string> s_skippedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "gold.json", "sources.json", "sources.jsonl", "sources.csv", "split.json", "baseline.json", "dossier.json", "dossier.md", "dossier.html", "claims.csv", "events.csv", "README.md", "LICENSE",
    };

    /// <summary>Resolves <paramref name="paths"/>; paths that match nothing become problems.</summary>
    public static (IReadOnlyList<InputFile> Files, IReadOnlyList<Problem> Problems) Resolve(IEnumerable<string> paths) => Resolve(paths, followLinks: false);

    /// <summary>Resolves <paramref name="paths"/>; with <paramref name="followLinks"/>, symbolic links in directories are followed wherever they point.</summary>
    public static (IReadOnlyList<InputFile> Files, IReadOnlyList<Problem> Problems) Resolve(IEnumerable<string> paths, bool followLinks)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<InputFile>();
        var problems = new List<Problem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (FileKind.IsRegular(path))
                {
                    Add(new InputFile(Path.GetFullPath(path), Path.GetFileName(path)));
                }
                else
                {
                    problems.Add(NotRegular(path));
                }
            }
            else if (Directory.Exists(path))
            {
                var root = Path.GetFullPath(path);
                foreach (var file in Walk(root, problems, followLinks))
                {
                    Add(file);
                }
            }
            else if (path.IndexOfAny(['*', '?', '[']) >= 0)
            {
                var found = Glob(path, problems, followLinks);
                if (found.Count == 0)
                {
                    problems.Add(new Problem(path, "the pattern matches no file", ProblemStage.Ingest));
                }
                found.ForEach(Add);
            }
            else
            {
                problems.Add(new Problem(path, "no such file or directory", ProblemStage.Ingest));
            }
        }
        return (files, problems);

        void Add(InputFile f)
        {
            if (seen.Add(f.FullPath))
            {
                files.Add(f);
            }
        }
    }

    private static Problem NotRegular(string name) =>
        new(name, "not a regular file (a FIFO, socket or device); skipped", ProblemStage.Ingest, ProblemSeverity.Warning);

    private static Problem LinkOut(string name) =>
        new(name, "symbolic link to a path outside the input folder; not followed (pass --follow-links to read it)", ProblemStage.Ingest, ProblemSeverity.Warning);

    /// <summary>True when <paramref name="entry"/> is a symbolic link; <paramref name="target"/> is its final target (null when broken).</summary>
    private static bool IsLink(string entry, out string? target)
    {
        target = null;
        var info = new FileInfo(entry);
        if (info.LinkTarget is null)
        {
            return false;
        }
        try
        {
            target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }
        catch (IOException)
        {
            target = null;
        }
        return true;
    }

    /// <summary>Why <paramref name="path"/> found under <paramref name="root"/> is not read (a symbolic link out of the folder unless
    /// <paramref name="followLinks"/>, a FIFO, socket or device), as a warning naming it; null when it may be read.</summary>
    internal static Problem? Refusal(string path, string root, bool followLinks)
    {
        var full = Path.GetFullPath(root);
        if (!followLinks && IsLink(path, out var target) && target is not null && !Inside(target, full, RealPath(full)))
        {
            return LinkOut(Relative(full, path));
        }
        return FileKind.IsRegular(path) ? null : NotRegular(Relative(full, path));
    }

    private static bool Inside(string path, string root, string realRoot) =>
        IsUnder(path, root) || IsUnder(path, realRoot);

    private static bool IsUnder(string path, string root) =>
        string.Equals(path, root, StringComparison.Ordinal)
        || path.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string RealPath(string dir)
    {
        try
        {
            var info = new DirectoryInfo(dir);
            return info.LinkTarget is null ? info.FullName : (info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName);
        }
        catch (IOException)
        {
            return dir;
        }
    }

    private static List<InputFile> Walk(string root, List<Problem> problems, bool followLinks)
    {
        var realRoot = RealPath(root);
        var result = new List<InputFile>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            string real;
            try
            {
                var info = new DirectoryInfo(dir);
                real = info.LinkTarget is null ? info.FullName : (info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName);
            }
            catch (IOException ex)
            {
                problems.Add(new Problem(Relative(root, dir), $"cannot follow link: {ex.Message}", ProblemStage.Ingest));
                continue;
            }
            if (!visited.Add(real))
            {
                continue; // a link back to a directory already walked
            }
            string[] entries;
            try
            {
                entries = Directory.GetFileSystemEntries(dir);
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                problems.Add(new Problem(Relative(root, dir), $"cannot list directory: {ex.Message}", ProblemStage.Ingest));
                continue;
            }
            Array.Sort(entries, StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                var name = Path.GetFileName(entry);
                if (name.StartsWith('.'))
                {
                    continue;
                }
                if (!followLinks && IsLink(entry, out var target) && target is not null && !Inside(target, root, realRoot))
                {
                    problems.Add(LinkOut(Relative(root, entry)));
                    continue;
                }
                if (Directory.Exists(entry))
                {
                    pending.Push(entry);
                }
                else if (File.Exists(entry))
                {
                    if (s_skippedNames.Contains(name))
                    {
                        continue;
                    }
                    if (FileKind.IsRegular(entry))
                    {
                        result.Add(new InputFile(entry, Relative(root, entry)));
                    }
                    else
                    {
                        problems.Add(NotRegular(Relative(root, entry)));
                    }
                }
                else
                {
                    problems.Add(new Problem(Relative(root, entry), "broken link or unreadable entry", ProblemStage.Ingest));
                }
            }
        }
        result.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return result;
    }

    private static List<InputFile> Glob(string pattern, List<Problem> problems, bool followLinks)
    {
        // Split the pattern into the longest literal directory prefix and the wildcard rest.
        var full = Path.GetFullPath(pattern.Replace('\\', '/'));
        var parts = full.Split('/');
        var literal = new List<string>();
        var i = 0;
        for (; i < parts.Length && parts[i].IndexOfAny(['*', '?', '[']) < 0; i++)
        {
            literal.Add(parts[i]);
        }
        var root = string.Join('/', literal);
        if (root.Length == 0)
        {
            root = "/";
        }
        var rest = string.Join('/', parts[i..]);
        if (!Directory.Exists(root))
        {
            return [];
        }
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(rest);
        var realRoot = RealPath(root);
        var found = new List<InputFile>();
        foreach (var f in matcher.GetResultsInFullPath(root).Order(StringComparer.Ordinal))
        {
            if (!followLinks && IsLink(f, out var target) && target is not null && !Inside(target, root, realRoot))
            {
                problems.Add(LinkOut(Relative(root, f)));
            }
            else if (!FileKind.IsRegular(f))
            {
                problems.Add(NotRegular(Relative(root, f)));
            }
            else
            {
                found.Add(new InputFile(f, Relative(root, f)));
            }
        }
        return found;
    }

    private static string Relative(string root, string path)
    {
        var rel = Path.GetRelativePath(root, path);
        return rel == "." ? Path.GetFileName(path) : rel.Replace('\\', '/');
    }
}
