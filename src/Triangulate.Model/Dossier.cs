
namespace Triangulate.Model;

/// <summary>The reconciled dossier: every section of dossier.json (contract <c>triangulate/1</c>, see docs/dossier-schema.md).</summary>
/// <remarks>Immutable: pipeline passes return a new dossier with <c>with { … }</c>. Sections a pass has not filled are empty.</remarks>
/// <threadsafety>Immutable.</threadsafety>
public sealed record Dossier
{
    /// <summary>The contract version of this shape.</summary>
    public const string SchemaVersion = "triangulate/1";

    /// <summary>Always <see cref="SchemaVersion"/>.</summary>
    public string Schema { get; init; } = SchemaVersion;

    /// <summary>The tool version that wrote the dossier.</summary>
    public string Generator { get; init; } = "triangulate " + typeof(Dossier).Assembly.GetName().Version?.ToString(3);

    /// <summary>Documents, in a stable order (by file, then id).</summary>
    public IReadOnlyList<DossierDocument> Documents { get; init; } = [];

    /// <summary>Figure claims.</summary>
    public IReadOnlyList<FigureClaim> Claims { get; init; } = [];

    /// <summary>People, organisations, places and groups.</summary>
    public IReadOnlyList<Entity> Entities { get; init; } = [];

    /// <summary>Quotations with their speakers.</summary>
    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    /// <summary>Temporal expressions and their calendar values.</summary>
    public IReadOnlyList<DateMention> Dates { get; init; } = [];

    /// <summary>Text reuse between documents.</summary>
    public IReadOnlyList<ReuseLink> Reuse { get; init; } = [];

    /// <summary>Documents grouped by shared origin (every document in exactly one group), computed once from <see cref="Reuse"/>.</summary>
    public IReadOnlyList<OriginGroup> OriginGroups { get; init; } = [];

    /// <summary>Story clusters.</summary>
    public IReadOnlyList<StoryCluster> Clusters { get; init; } = [];

    /// <summary>Figure series with their reconciliation.</summary>
    public IReadOnlyList<FigureSeries> Series { get; init; } = [];

    /// <summary>Consistency flags.</summary>
    public IReadOnlyList<ConsistencyFlag> Flags { get; init; } = [];

    /// <summary>The dated events of the story.</summary>
    public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];

    /// <summary>Inputs or items that could not be processed, and stage warnings.</summary>
    public IReadOnlyList<Problem> Problems { get; init; } = [];

    /// <summary>Sections that no pass has filled yet (so readers can tell "none found" from "not extracted").</summary>
    public IReadOnlyList<string> NotExtracted { get; init; } = [];

    /// <summary>Finds a document by id, or null.</summary>
    public DossierDocument? Document(string id)
    {
        foreach (var d in Documents)
        {
            if (d.Id == id)
            {
                return d;
            }
        }
        return null;
    }
}
