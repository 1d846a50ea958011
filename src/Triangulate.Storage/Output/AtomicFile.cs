using System.Text;

namespace Triangulate.Storage.Output;

/// <summary>Writes files atomically: to a temporary file beside the target, flushed, then renamed over it.</summary>
/// <remarks>
/// A reader or an interrupted run never sees a half-written file. The data is not forced to the disk (no fsync): every
/// output is derived and can be written again from the store (<c>triangulate export</c>), and an fsync per file cost
/// more than the rendering itself when an archive run writes thousands of cluster dossiers.
/// </remarks>
/// <threadsafety>Stateless; concurrent writes to different targets are safe.</threadsafety>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="write"/>'s output to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush();
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
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
