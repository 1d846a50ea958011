namespace Triangulate.Model;

/// <summary>Claims that count the same thing across documents, in the order of the time they refer to.</summary>
/// <param name="Id">Series id, e.g. <c>s-killed-civilians</c>.</param>
/// <param name="Measure">The measure counted.</param>
/// <param name="Who">The group counted (<c>all</c> for totals).</param>
/// <param name="Points">Claim ids in time order.</param>
/// <param name="Steps">One relation per consecutive pair of points.</param>
/// <param name="Origins">Number of independent origins (outlets that copied each other or cite the same counter count once).</param>
/// <param name="Estimate">The reconciled low / best / high.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record FigureSeries(string Id, string Measure, string Who, IReadOnlyList<string> Points, IReadOnlyList<SeriesStep> Steps, int Origins, Estimate Estimate)
{
    /// <summary>Names of the independent origins (counters), e.g. "Syrian Observatory for Human Rights".</summary>
    public IReadOnlyList<string>? OriginNames { get; init; }

    /// <summary>The place scope shared by the series, when there is one.</summary>
    public string? Place { get; init; }

    /// <summary>Position in reading order, from 1 (deaths first, totals before groups, then more points); 0 when not ranked.</summary>
    /// <remarks>Set once by reconciliation; the report and the CSVs list series in this order.</remarks>
    public int Rank { get; init; }
}

/// <summary>How one point of a series relates to the previous one.</summary>
/// <param name="From">Earlier claim id.</param>
/// <param name="To">Later claim id.</param>
/// <param name="Relation"><c>repeat</c>, <c>update</c>, <c>revision</c> (a stated downward correction) or <c>conflict</c>.</param>
/// <param name="Why">One sentence a user can check.</param>
public sealed record SeriesStep(string From, string To, SeriesRelation Relation, string Why);

/// <summary>A low / best / high estimate in the spirit of UCDP GED, with its reasons.</summary>
/// <param name="Low">Most conservative value the evidence supports.</param>
/// <param name="Best">The preferred value.</param>
/// <param name="High">Highest value the evidence supports.</param>
/// <param name="Why">Which claims and origins, and why one was preferred (recency, independence, specificity); says when the evidence is thin.</param>
public sealed record Estimate(long? Low, long? Best, long? High, string Why);

/// <summary>A consistency problem (or a check that passed) across claims.</summary>
/// <param name="Kind"><c>components_exceed_total</c>, <c>components_match_total</c>, <c>components_below_total</c>, <c>time_scope_conflict</c>, <c>same_value_different_category</c>, <c>conflicting_values_same_source</c>, <c>conflicting_values_same_time</c>, <c>unexplained_decrease</c>, <c>unsourced_figure</c>.</param>
/// <param name="Claims">The claim ids involved.</param>
/// <param name="Docs">The document ids involved.</param>
/// <param name="Detail">One sentence that explains the flag.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record ConsistencyFlag(FlagKind Kind, IReadOnlyList<string> Claims, IReadOnlyList<string> Docs, string Detail);
