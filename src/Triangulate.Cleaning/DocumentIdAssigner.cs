using System.Security.Cryptography;
using System.Text;

namespace Triangulate.Cleaning;

/// <summary>Keeps document ids unique within one run while keeping them stable across runs.</summary>
/// <remarks>
/// The id is the hash of the normalized cleaned text, so the same article read twice from the same file is the same
/// document (a re-ingest is a no-op). The same text under two different files (a syndicated copy) is two documents:
/// the later file gets the text hash plus a hash of its file name, and the reuse stage reports the pair as a duplicate.
/// Files are read in sorted order, so the assignment is the same on every run. A store applies the same rule across runs (see <see cref="CopyId"/>).
/// </remarks>
/// <threadsafety>Not thread-safe: one instance per run, called in input order.</threadsafety>
public sealed class DocumentIdAssigner
{
    private readonly Dictionary<string, string> _fileById = new(StringComparer.Ordinal);

    /// <summary>The id of <paramref name="document"/> as a copy of the same text from another source: its id plus a hash of its file.</summary>
    /// <remarks>The stores use it too, so the same text filed by two sources is two documents whether both come in one run or in two
    /// (a store that already holds the text from another file stores the newcomer under this id).</remarks>
    public static string CopyId(CleanDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Id + "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document.Source.File)))[..8];
    }

    /// <summary>Returns <paramref name="document"/>, or null when it repeats an already-seen document (same text, same file); re-ids a copy from another file.</summary>
    public CleanDocument? Assign(CleanDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!_fileById.TryGetValue(document.Id, out var file))
        {
            _fileById[document.Id] = document.Source.File;
            return document;
        }
        if (file == document.Source.File)
        {
            return null;
        }
        var id = CopyId(document);
        if (!_fileById.TryAdd(id, document.Source.File))
        {
            return null;
        }
        return document with { Id = id };
    }
}
