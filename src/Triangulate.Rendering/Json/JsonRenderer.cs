
namespace Triangulate.Rendering.Json;

/// <summary>Writes <c>dossier.json</c> (contract <c>triangulate/1</c>).</summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public sealed class JsonRenderer : IDossierRenderer
{
    /// <inheritdoc/>
    public string Format => "json";

    /// <inheritdoc/>
    public IReadOnlyList<string> Write(Dossier dossier, string directory)
    {
        var path = Path.Combine(directory, "dossier.json");
        AtomicFile.Write(path, s => DossierJson.Serialize(s, dossier));
        return [path];
    }
}
