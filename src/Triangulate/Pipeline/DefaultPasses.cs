namespace Triangulate.Pipeline;

/// <summary>The standard passes in their standard order. Each stage registers its pass here.</summary>
internal static class DefaultPasses
{
    /// <summary>Creates the default passes, in run order.</summary>
    public static IEnumerable<IDossierPass> Create()
    {
        // Order matters: figures → time (resolves claims' time scopes and dates) → timeline → entities (resolves
        // attributions and places) → reuse/clustering → reconciliation (needs origins and dates).
        yield return new Extraction.Figures.FiguresPass();
        yield return new Extraction.Time.TimePass();
        yield return new Linking.Timeline.TimelinePass();
        yield return new Extraction.Entities.EntitiesPass();
        yield return new Extraction.Time.LocalTimePass(); // "local time" takes its offset from the place the entities pass found
        yield return new Linking.Reuse.ReusePass();
        yield return new Linking.Reconciliation.ReconciliationPass();
    }
}
