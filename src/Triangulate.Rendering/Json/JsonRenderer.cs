
namespace Triangulate.Rendering.Json;

/// <summary>Writes <c>dossier.json</c> (contract <c>triangulate/1</c>).</summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public sealed class JsonRenderer : IDossierRenderer
{
    /// <inheritdoc/>
    public string Format => "json";

    /// <inheritdoc/>
    public IReadOnlyList<string> Files { get; } = ["dossier.json"];

    /// <inheritdoc/>
    public void Render(Dossier dossier, string file, Stream output) => DossierJson.Serialize(output, dossier);
}
