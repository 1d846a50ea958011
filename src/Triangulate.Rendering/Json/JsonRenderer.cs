
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
    public void Render(Dossier dossier, string file, Stream output) => Render(dossier, file, output, null);

    /// <inheritdoc/>
    /// <remarks>When the dossier cannot be written whole, the items that cannot be written (a NaN or infinite number, say) are left
    /// out, each named in the file's own <c>problems</c> and in <paramref name="problems"/>, and the rest is written. The dossier is
    /// serialised to memory first, so a failure never leaves half a file in <paramref name="output"/>.</remarks>
    public void Render(Dossier dossier, string file, Stream output, ICollection<Problem>? problems)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        try
        {
            DossierJson.Serialize(buffer, dossier);
        }
        catch (Exception ex) when (RenderGuard.IsSectionFailure(ex))
        {
            var (clean, dropped) = DossierJson.WithoutUnwritable(dossier);
            if (dropped.Count == 0)
            {
                throw;
            }
            buffer.SetLength(0);
            DossierJson.Serialize(buffer, clean with { Problems = [.. clean.Problems, .. dropped] });
            foreach (var p in dropped)
            {
                problems?.Add(p);
            }
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}
