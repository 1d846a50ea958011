namespace Triangulate.Analysis;

/// <summary>The standard passes in their standard order. Each stage registers its pass here.</summary>
internal static class DefaultPasses
{
    /// <summary>Creates the default passes, in run order.</summary>
    public static IEnumerable<IDossierPass> Create()
    {
        // Order matters: figures → time (resolves claims' time scopes) → entities (resolves attributions and places)
        // → reuse/clustering → reconciliation (needs origins and dates) → timeline.
        // (figures pass: registered here by the figures branch)
        yield return new Extraction.Time.TimePass();
    }
}
