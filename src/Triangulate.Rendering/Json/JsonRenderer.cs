
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
    /// written so that a failure never leaves half a file in <paramref name="output"/>.</remarks>
    public void Render(Dossier dossier, string file, Stream output, ICollection<Problem>? problems)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(output);
        // A seekable output (the output writer's temporary file) is written directly and cut back on failure; any other stream
        // gets the file through a memory buffer, so a failure never leaves half a file in it.
        var buffer = output.CanSeek ? null : new MemoryStream();
        var target = buffer ?? output;
        var start = target.Position;
        try
        {
            DossierJson.Serialize(target, dossier);
        }
        catch (Exception ex) when (RenderGuard.IsSectionFailure(ex))
        {
            var (clean, dropped) = DossierJson.WithoutUnwritable(dossier);
            if (dropped.Count == 0)
            {
                throw;
            }
            target.SetLength(start);
            target.Position = start;
            DossierJson.Serialize(target, clean with { Problems = [.. clean.Problems, .. dropped] });
            foreach (var p in dropped)
            {
                problems?.Add(p);
            }
        }
        if (buffer is not null)
        {
            using (buffer)
            {
                buffer.Position = 0;
                buffer.CopyTo(output);
            }
        }
    }
}
