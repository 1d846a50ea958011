using System.Globalization;
using Triangulate.Rendering;

namespace Triangulate.Storage.Reading;

/// <summary>The one-row summary of a stored dossier that the story list shows (<see cref="StorySummary"/>), computed once when the dossier
/// is saved so that listing stories never parses a stored dossier.</summary>
public static class StorySummaries
{
    /// <summary>The summary of <paramref name="dossier"/> saved under <paramref name="name"/> at <paramref name="writtenAt"/>.</summary>
    public static StorySummary Of(string name, Dossier dossier, string writtenAt)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(writtenAt);
        var view = new DossierView(dossier);
        var label = dossier.Clusters.Count > 0 && !string.IsNullOrWhiteSpace(dossier.Clusters[0].Label) ? dossier.Clusters[0].Label : null;
        DateOnly? first = null, last = null;
        foreach (var d in dossier.Documents)
        {
            if (DossierView.ParseDate(d.Published?.Date) is { } day)
            {
                first = first is null || day < first ? day : first;
                last = last is null || day > last ? day : last;
            }
        }
        return new StorySummary(name, dossier.Documents.Count, dossier.Claims.Count, label, writtenAt)
        {
            Title = view.EventTitle(),
            FirstDate = first?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            LastDate = last?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Headline = view.SeriesInOrder() is { Count: > 0 } series ? Headline(series[0]) : null,
        };
    }

    /// <summary>A series' estimate in one line: "killed (all): low 700, best 745, high 800"; null for no series.</summary>
    public static string? Headline(FigureSeries? series) => series is null ? null
        : $"{series.Measure} ({series.Who}): low {DossierView.Number(series.Estimate.Low)}, best {DossierView.Number(series.Estimate.Best)}, high {DossierView.Number(series.Estimate.High)}";
}
