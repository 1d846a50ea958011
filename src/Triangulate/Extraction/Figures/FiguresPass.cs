
namespace Triangulate.Extraction.Figures;

/// <summary>The figures pass: fills <c>claims[]</c> with every figure each document states.</summary>
/// <remarks>Stateless and thread-safe. Claim ids are deterministic: <c>c-{doc[..8]}-{n:000}</c>.</remarks>
public sealed class FiguresPass : IDossierPass, ISectionProvider
{
    private readonly FigureExtractor _extractor = new();

    /// <inheritdoc/>
    public string Name => "figures";

    /// <inheritdoc/>
    public IReadOnlyList<string> Sections { get; } = ["claims"];

    /// <inheritdoc/>
    public Dossier Apply(Dossier dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var claims = new List<FigureClaim>();
        foreach (var doc in dossier.Documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            claims.AddRange(_extractor.Extract(doc, cancellationToken));
        }
        return dossier with { Claims = claims };
    }
}
