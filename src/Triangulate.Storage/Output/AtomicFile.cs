using System.Text;

namespace Triangulate.Storage.Output;

/// <summary>Writes files atomically: to a temporary file beside the target, flushed, then renamed over it.</summary>
/// <remarks>
/// A reader or an interrupted run never sees a half-written file, and inside an <see cref="AtomicOutputSet"/> never a mix of old and new files. The data is not forced to the disk (no fsync): every
/// output is derived and can be written again from the store (<c>triangulate export</c>), and an fsync per file cost
/// more than the rendering itself when an archive run writes thousands of cluster dossiers.
/// </remarks>
/// <threadsafety>Stateless; concurrent writes to different targets are safe.</threadsafety>
public static class AtomicFile
{
    private static readonly AsyncLocal<AtomicOutputSet?> s_set = new();

    internal static void Restore(AtomicOutputSet? outer) => s_set.Value = outer;

    /// <summary>Starts a set of outputs written all or not at all: until <see cref="AtomicOutputSet.Commit"/>, every <see cref="Write"/> on this
    /// flow of execution only fills a temporary file beside its target; the commit renames them all, and disposing an uncommitted set deletes
    /// them, so a failure in any one (a full disk, a file-size limit, a renderer bug) keeps the previous outputs as they were.</summary>
    public static AtomicOutputSet BeginSet()
    {
        var set = new AtomicOutputSet(s_set.Value);
        s_set.Value = set;
        return set;
    }

    /// <summary>Writes <paramref name="write"/>'s output to <paramref name="path"/> atomically (inside an <see cref="AtomicOutputSet"/>: when the set commits).</summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        var set = s_set.Value;
        var keep = false;
        try
        {
            try
            {
                using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
                write(stream);
                stream.Flush();
            }
            catch (ArgumentOutOfRangeException ex) when (ex.ParamName == "value")
            {
                // .NET reports a write past the file-size limit (EFBIG: ulimit -f, a file system's largest file) this way.
                throw new IOException($"{full}: the file is larger than the file-size limit allows", ex);
            }
            if (set is not null)
            {
                set.Add(temp, full);
                keep = true;
            }
            else
            {
                File.Move(temp, full, overwrite: true);
            }
        }
        finally
        {
            if (!keep && File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>Writes UTF-8 text (without BOM unless <paramref name="bom"/>) atomically.</summary>
    public static void WriteText(string path, string text, bool bom = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        Write(path, s =>
        {
            var bytes = new UTF8Encoding(bom).GetPreamble();
            s.Write(bytes);
            s.Write(Encoding.UTF8.GetBytes(text));
        });
    }
}

/// <summary>Outputs waiting in temporary files for one rename (see <see cref="AtomicFile.BeginSet"/>).</summary>
/// <threadsafety>For the flow that began it; writes from parallel tasks started inside it are collected safely.</threadsafety>
public sealed class AtomicOutputSet : IDisposable
{
    private readonly AtomicOutputSet? _outer;
    private readonly List<(string Temp, string Target)> _pending = [];
    private bool _done;

    internal AtomicOutputSet(AtomicOutputSet? outer) => _outer = outer;

    internal void Add(string temp, string target)
    {
        lock (_pending)
        {
            _pending.Add((temp, target));
        }
    }

    /// <summary>Renames every written temporary file over its target (the same folder, so no rename needs space).</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        lock (_pending)
        {
            foreach (var (temp, target) in _pending)
            {
                File.Move(temp, target, overwrite: true);
            }
            _pending.Clear();
        }
        End();
    }

    /// <summary>Deletes the temporary files of an uncommitted set; the previous outputs stay.</summary>
    public void Dispose()
    {
        if (_done)
        {
            return;
        }
        lock (_pending)
        {
            foreach (var (temp, _) in _pending)
            {
                try
                {
                    File.Delete(temp);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Best effort: the failure that ended the set is the one to report.
                }
            }
            _pending.Clear();
        }
        End();
    }

    private void End()
    {
        _done = true;
        AtomicFile.Restore(_outer);
    }
}
