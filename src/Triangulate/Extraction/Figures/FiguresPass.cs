using Triangulate.Execution;

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
        // Per document, in parallel, with time and memory budgets: a document the extractor cannot handle becomes a
        // problem naming it, and every other document keeps its claims.
        var (found, problems) = PerDocument.Map<IReadOnlyList<FigureClaim>>(dossier.Documents, Name,
            (doc, ct) => _extractor.Extract(doc, ct), [], cancellationToken);
        var claims = new List<FigureClaim>(found.Sum(f => f.Count));
        foreach (var f in found)
        {
            claims.AddRange(f);
        }
        return dossier with { Claims = claims, Problems = problems.Count == 0 ? dossier.Problems : [.. dossier.Problems, .. problems] };
    }
}
