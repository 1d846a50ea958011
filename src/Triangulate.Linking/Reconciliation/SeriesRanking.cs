namespace Triangulate.Linking.Reconciliation;

/// <summary>Puts series in reading order (<see cref="FigureSeries.Rank"/>): deaths first, then injured, missing, displaced,
/// detained or arrested, then the rest; totals (<c>all</c>) before groups; then the series with more points; then by id.</summary>
/// <remarks>Computed once, by <see cref="ReconciliationPass"/>; the report and the CSVs read the rank.</remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class SeriesRanking
{
    /// <summary>The same series, in the same order, each with its <see cref="FigureSeries.Rank"/> (1 = the headline).</summary>
    public static IReadOnlyList<FigureSeries> Ranked(IReadOnlyList<FigureSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var order = Enumerable.Range(0, series.Count)
            .OrderBy(i => MeasureRank(series[i].Measure))
            .ThenBy(i => string.Equals(series[i].Who, "all", StringComparison.Ordinal) ? 0 : 1)
            .ThenByDescending(i => series[i].Points.Count)
            .ThenBy(i => series[i].Id, StringComparer.Ordinal)
            .ToList();
        var ranked = new FigureSeries[series.Count];
        for (var r = 0; r < order.Count; r++)
        {
            ranked[order[r]] = series[order[r]] with { Rank = r + 1 };
        }
        return ranked;
    }

    /// <summary>Rank of a measure among headline figures: deaths first.</summary>
    public static int MeasureRank(string measure) => measure switch
    {
        Measures.Killed => 0,
        Measures.Injured => 1,
        Measures.Missing => 2,
        Measures.Displaced => 3,
        Measures.Detained or Measures.Arrested => 4,
        _ => 5,
    };
}
