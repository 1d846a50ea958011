using Triangulate.Rendering;

namespace Triangulate.Storage.Output;

/// <summary>The one place that turns rendered dossiers into files: each file is written to a temporary file and renamed over its target.</summary>
/// <threadsafety>Stateless; concurrent writes to different folders are safe.</threadsafety>
public static class DossierWriter
{
    /// <summary>Writes <paramref name="dossier"/> into <paramref name="directory"/> with every renderer given; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(Dossier dossier, string directory, IEnumerable<IDossierRenderer> renderers)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(renderers);
        var written = new List<string>();
        foreach (var renderer in renderers)
        {
            foreach (var file in renderer.Files)
            {
                var path = Path.Combine(directory, file);
                AtomicFile.Write(path, stream => renderer.Render(dossier, file, stream));
                written.Add(path);
            }
        }
        return written;
    }

    /// <summary>Writes <paramref name="dossier"/> into <paramref name="directory"/> in the named formats (unknown names are skipped).</summary>
    public static IReadOnlyList<string> Write(Dossier dossier, string directory, IEnumerable<string> formats) =>
        Write(dossier, directory, formats.Select(Renderers.Find).OfType<IDossierRenderer>());
}
