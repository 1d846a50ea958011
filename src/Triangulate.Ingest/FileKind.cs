using System.Runtime.InteropServices;
using System.Text;

namespace Triangulate.Ingest;

/// <summary>Tells regular files from FIFOs, sockets and devices, which .NET reports as files too: opening a FIFO to read blocks until a
/// writer comes, so an input folder holding one would hang the run.</summary>
/// <remarks>
/// .NET has no public API for the file type, so this asks the runtime's own native shim (<c>SystemNative_Stat</c>, the call behind
/// <see cref="FileInfo"/>), whose status record starts with two 32-bit fields, flags then mode, with the POSIX type bits in the mode.
/// Where the shim is missing (Windows) every existing file counts as regular.
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
internal static class FileKind
{
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    /// <summary>True unless <paramref name="path"/> (links followed) is known to be something other than a regular file.</summary>
    public static bool IsRegular(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }
        var bytes = new byte[Encoding.UTF8.GetMaxByteCount(path.Length) + 1];
        Encoding.UTF8.GetBytes(path, bytes);
        // The status record is about 120 bytes; a generous buffer keeps a future, longer record from overrunning it.
        var status = new byte[512];
        try
        {
            if (Stat(bytes, status) != 0)
            {
                return true; // gone or unreadable: opening it reports the real reason
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return true;
        }
        var mode = BitConverter.ToInt32(status, 4);
        return (mode & TypeMask) == RegularFile;
    }

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code enabled for the whole library; two byte arrays marshal as pinned pointers anyway.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat([In] byte[] path, [Out] byte[] status);
#pragma warning restore SYSLIB1054
}
