namespace Triangulate.Analysis;

/// <summary>The standard passes in their standard order. Each stage registers its pass here.</summary>
internal static class DefaultPasses
{
    /// <summary>Creates the default passes, in run order.</summary>
    public static IEnumerable<IDossierPass> Create()
    {
        // Order matters: figures → time (resolves claims' time scopes) → entities (resolves attributions and places)
        // → reuse/clustering → reconciliation (needs origins and dates) → timeline.
        yield return new Extraction.Figures.FiguresPass();
        // reuse/clustering: after entities, before reconciliation (reconciliation counts reused texts as one origin).
        yield return new Linking.Reuse.ReusePass();
        // reconciliation: after reuse; needs claims with time scopes and attributions.
        yield return new Linking.Reconciliation.ReconciliationPass();
    }
}
