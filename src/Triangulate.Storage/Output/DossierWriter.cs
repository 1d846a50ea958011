using Triangulate.Rendering;

namespace Triangulate.Storage.Output;

/// <summary>The one place that turns rendered dossiers into files, all or nothing: every file is rendered to a temporary file in the
/// target folder first and all are renamed together at the end; on any failure the temporary files are deleted and the previous
/// outputs stay.</summary>
/// <threadsafety>Stateless; concurrent writes to different folders are safe.</threadsafety>
public static class DossierWriter
{
    /// <summary>Writes <paramref name="dossier"/> into <paramref name="directory"/> with every renderer given; returns the paths written.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="directory">The output folder.</param>
    /// <param name="renderers">The formats.</param>
    /// <param name="problems">Receives each section or row a renderer could not render (a note stands in its place); may be null.</param>
    public static IReadOnlyList<string> Write(Dossier dossier, string directory, IEnumerable<IDossierRenderer> renderers, ICollection<Problem>? problems = null)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(renderers);
        var written = new List<string>();
        using var set = AtomicFile.BeginSet();
        foreach (var renderer in renderers)
        {
            foreach (var file in renderer.Files)
            {
                var path = Path.Combine(directory, file);
                AtomicFile.Write(path, stream => renderer.Render(dossier, file, stream, problems));
                written.Add(path);
            }
        }
        set.Commit();
        return written;
    }

    /// <summary>Writes <paramref name="dossier"/> into <paramref name="directory"/> in the named formats (unknown names are skipped).</summary>
    public static IReadOnlyList<string> Write(Dossier dossier, string directory, IEnumerable<string> formats) =>
        Write(dossier, directory, formats.Select(Renderers.Find).OfType<IDossierRenderer>());
}
