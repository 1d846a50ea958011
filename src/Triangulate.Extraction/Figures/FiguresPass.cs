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
        // Each document's language first: the English rules read only English documents; the others are kept, marked with their
        // language, and noted once (see DocumentLanguages) so the reader knows they were not read.
        dossier = Languages.DocumentLanguages.Mark(dossier, cancellationToken);
        var documents = dossier.Documents;
        var (found, problems) = PerDocument.Map<IReadOnlyList<FigureClaim>>(documents, Name,
            (doc, ct) => Languages.DocumentLanguages.ReadsAsEnglish(doc) ? _extractor.Extract(doc, ct) : [], [], cancellationToken);
        var claims = new List<FigureClaim>(found.Sum(f => f.Count));
        foreach (var f in found)
        {
            claims.AddRange(f);
        }
        MarkEarlierYears(claims, ReferenceYear(documents));
        return dossier with { Documents = documents, Claims = claims, Problems = problems.Count == 0 ? dossier.Problems : [.. dossier.Problems, .. problems] };
    }

    /// <summary>The year the pile is about: the earliest publication year of its dated documents (a retrospective published years
    /// later does not move it); null when no document is dated.</summary>
    internal static int? ReferenceYear(IEnumerable<DossierDocument> documents)
    {
        int? year = null;
        foreach (var d in documents)
        {
            if (d.Published?.Date is { Length: >= 4 } date && int.TryParse(date.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y)
                && y is > 1800 and < 2200)
            {
                year = year is null ? y : Math.Min(year.Value, y);
            }
        }
        return year;
    }

    /// <summary>Background figures by time: a figure whose clause names a year before the pile's own ("a 1992 explosion that killed
    /// 263 miners", "the floods in 2010 which affected 20 million") is about an earlier event.</summary>
    internal static void MarkEarlierYears(List<FigureClaim> claims, int? referenceYear)
    {
        if (referenceYear is not { } reference)
        {
            return;
        }
        for (var i = 0; i < claims.Count; i++)
        {
            if (claims[i].StatedYear is { } y && y < reference && claims[i].EventScope is null)
            {
                claims[i] = claims[i] with
                {
                    EventScope = FigureClaim.Background,
                    ConfidenceReason = (claims[i].ConfidenceReason is { } r ? r + "; " : string.Empty) + "background: an earlier year",
                };
            }
        }
    }
}
