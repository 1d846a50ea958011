using Triangulate.Dossier;
using Triangulate.Ingest;

namespace Triangulate.Rendering.Json;

/// <summary>Writes <c>dossier.json</c> (contract <c>triangulate/1</c>).</summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public sealed class JsonRenderer : IDossierRenderer
{
    /// <inheritdoc/>
    public string Format => "json";

    /// <inheritdoc/>
    public IReadOnlyList<string> Write(Dossier.Dossier dossier, string directory) => Write(dossier, directory, null);

    /// <inheritdoc/>
    /// <remarks>When the dossier cannot be written whole, the items that cannot be written (a NaN or infinite number, say) are left
    /// out, each named in the file's own <c>problems</c> and in <paramref name="problems"/>, and the rest is written.</remarks>
    public IReadOnlyList<string> Write(Dossier.Dossier dossier, string directory, ICollection<Problem>? problems)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var path = Path.Combine(directory, "dossier.json");
        try
        {
            AtomicFile.Write(path, s => DossierJson.Serialize(s, dossier));
        }
        catch (Exception ex) when (RenderGuard.IsSectionFailure(ex))
        {
            var (clean, dropped) = DossierJson.WithoutUnwritable(dossier);
            if (dropped.Count == 0)
            {
                throw;
            }
            AtomicFile.Write(path, s => DossierJson.Serialize(s, clean with { Problems = [.. clean.Problems, .. dropped] }));
            foreach (var p in dropped)
            {
                problems?.Add(p);
            }
        }
        return [path];
    }
}
