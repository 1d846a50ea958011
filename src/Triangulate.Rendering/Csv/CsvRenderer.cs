using System.Globalization;

namespace Triangulate.Rendering.Csv;

/// <summary>Writes <c>claims.csv</c> (one row per figure claim) and <c>events.csv</c> (one row per reconciled figure, in the shape of conflict-event datasets such as ACLED and UCDP GED). Columns: docs/csv.md.</summary>
/// <remarks>RFC 4180 (comma, CRLF, quotes doubled), UTF-8, with a byte-order mark by default so spreadsheet programs read the encoding right.</remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public sealed class CsvRenderer : IDossierRenderer
{
    /// <summary>The columns of claims.csv, in order.</summary>
    public static IReadOnlyList<string> ClaimColumns { get; } =
    [
        "claim_id", "doc_id", "file", "outlet", "published", "url", "measure", "who", "value", "low", "high", "qualifier", "figure_text",
        "attributed_to", "attributed_entity", "source_name", "date", "time_scope", "time_from", "time_to", "place_scope", "location",
        "admin1", "country", "latitude", "longitude", "geo_precision", "cumulative", "part_of", "series_id", "confidence", "confidence_reason",
        "sentence", "start", "end",
    ];

    /// <summary>The columns of events.csv, in order: the columns an ACLED or UCDP GED coder expects (<c>event_date</c>, <c>year</c>,
    /// <c>event_type</c>, <c>fatalities</c> with its low and high, <c>actor1</c>, <c>admin1</c>, <c>location</c>, coordinates, <c>source</c>,
    /// <c>notes</c>), plus what ties a row to the dossier (series id, measure, group, first and last date, origins, claim ids).</summary>
    public static IReadOnlyList<string> EventColumns { get; } =
    [
        "event_id", "event_date", "year", "event_type", "measure", "who", "fatalities", "fatalities_low", "fatalities_high", "qualifier", "actor1",
        "country", "admin1", "location", "latitude", "longitude", "geo_precision", "date_start", "date_end", "time_precision", "date_prec",
        "source", "number_of_sources", "source_original", "origins", "claims", "notes",
    ];

    /// <inheritdoc/>
    public string Format => "csv";

    /// <summary>Whether to start each file with a UTF-8 byte-order mark (default true: Excel then reads UTF-8; pandas strips it).</summary>
    public bool Bom { get; init; } = true;

    /// <summary>Whether text fields starting with <c>= + - @</c> or a tab get an apostrophe in front, so spreadsheets do not evaluate them (default true).</summary>
    public bool ProtectFormulas { get; init; } = true;

    /// <inheritdoc/>
    public IReadOnlyList<string> Files { get; } = ["claims.csv", "events.csv"];

    /// <inheritdoc/>
    public void Render(Dossier dossier, string file, Stream output) => Render(dossier, file, output, null);

    /// <inheritdoc/>
    /// <remarks>Streamed from the table's builder: a large pile's claims.csv is never one string, nor that string one byte array.</remarks>
    public void Render(Dossier dossier, string file, Stream output, ICollection<Problem>? problems) => Utf8.Write(output, Bom, (file switch
    {
        "claims.csv" => ClaimsTable(dossier, problems),
        "events.csv" => EventsTable(dossier, problems),
        _ => throw new ArgumentException($"csv has no file '{file}'", nameof(file)),
    }).Written);

    /// <summary>Renders claims.csv as text (no BOM).</summary>
    public string RenderClaims(Dossier dossier) => RenderClaims(dossier, null);

    /// <summary>Renders events.csv as text (no BOM).</summary>
    public string RenderEvents(Dossier dossier) => RenderEvents(dossier, null);

    /// <summary>Renders claims.csv as text (no BOM); a row that fails is replaced by a row with its id and a note, and reported to <paramref name="problems"/>.</summary>
    public string RenderClaims(Dossier dossier, ICollection<Problem>? problems) => ClaimsTable(dossier, problems).ToString();

    private CsvTable ClaimsTable(Dossier dossier, ICollection<Problem>? problems)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var v = new DossierView(dossier);
        var t = new CsvTable(ClaimColumns, ProtectFormulas);
        var noteColumn = ClaimColumns.Count - 4; // confidence_reason
        foreach (var c in dossier.Claims)
        {
            var failure = t.GuardedRow(c.Id, noteColumn, _ =>
            {
                var doc = v.Doc(c.Doc);
                var place = PlaceOf(v, c);
                var sentence = v.Sentence(c) is { } s && doc is not null ? doc.Text[s.SentenceStart..s.SentenceEnd].Trim() : null;
                t.Text(c.Id).Text(c.Doc).Text(doc?.File is null ? null : Printable.Escape(doc.File)).Text(doc?.Outlet).Text(doc?.Published?.Date).Text(doc?.Url)
                    .Text(c.Measure).Text(c.Who).Num(c.Value).Num(c.Low).Num(c.High).Text(DossierView.QualifierCode(c.Qualifier)).Text(c.Span)
                    .Text(c.AttributedTo).Text(c.AttributedEntity).Text(v.Entity(c.AttributedEntity)?.Canonical ?? c.AttributedTo)
                    .Text(Iso(v.ClaimDate(c))).Text(c.TimeOrDay?.Text).Text(c.TimeOrDay?.From).Text(c.TimeOrDay?.To)
                    .Text(c.PlaceScope?.Text).Text(place?.Geo?.Name ?? place?.Canonical).Text(place?.Geo?.Admin1).Text(place?.Geo?.Country)
                    .Num(place?.Geo?.Lat).Num(place?.Geo?.Lon).Num(place?.Geo?.Precision)
                    .Bool(c.Cumulative).Text(c.PartOf).Text(v.SeriesOf(c.Id)?.Id).Num(c.Confidence, 3).Text(c.ConfidenceReason)
                    .Text(sentence).Num(c.Start).Num(c.End);
                t.EndRow();
            });
            Report(problems, "claims.csv", "claim " + c.Id, failure);
        }
        return t;
    }

    /// <summary>Renders events.csv as text (no BOM): one row per figure series, in reading order; claims that no series holds (vague
    /// amounts, background figures, increments) have no row of their own — they are in claims.csv. A row that fails is replaced by a row
    /// with its id and a note, and reported to <paramref name="problems"/>.</summary>
    public string RenderEvents(Dossier dossier, ICollection<Problem>? problems) => EventsTable(dossier, problems).ToString();

    private CsvTable EventsTable(Dossier dossier, ICollection<Problem>? problems)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var v = new DossierView(dossier);
        var t = new CsvTable(EventColumns, ProtectFormulas);
        var noteColumn = EventColumns.Count - 1; // notes
        var actors = new ActorFinder(v);
        var central = CentralPlace(v);
        foreach (var s in v.SeriesInOrder())
        {
            var failure = t.GuardedRow(s.Id, noteColumn, _ =>
            {
                var claims = s.Points.Select(v.Claim).OfType<FigureClaim>().ToList();
                var best = v.ClaimFor(s, s.Estimate.Best);
                var notes = new List<string>();
                if (!string.IsNullOrWhiteSpace(s.Estimate.Why))
                {
                    notes.Add(s.Estimate.Why);
                }
                notes.AddRange(s.Steps.Where(x => x.Relation is SeriesRelation.Conflict or SeriesRelation.Revision).Select(x => $"{x.Relation.Code()}: {x.Why}"));
                notes.AddRange(v.FlagsOf(s).Select(f => $"{f.Kind.Code()}: {f.Detail}"));
                var place = PlaceOf(v, claims);
                if (place?.Geo is null && s.Place is null && central is not null)
                {
                    place = central;
                    notes.Add($"location: {central.Canonical}, the place most articles name (the figures state none)");
                }
                var originals = s.OriginNames is { Count: > 0 } names ? names : claims.Select(c => SourceName(v, c)).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                EventRow(t, v, s, claims, best is null ? null : DossierView.QualifierCode(best.Qualifier), actors.Of(claims), originals, place, notes);
            });
            Report(problems, "events.csv", "series " + s.Id, failure);
        }
        return t;
    }

    private static void EventRow(CsvTable t, DossierView v, FigureSeries s, IReadOnlyList<FigureClaim> claims, string? qualifier, string? actor,
        IReadOnlyList<string> originals, Entity? place, List<string> notes)
    {
        DateOnly? start = null, end = null;
        foreach (var c in claims)
        {
            var from = DossierView.ParseDate(c.TimeOrDay?.From) ?? v.ClaimDate(c);
            var to = DossierView.ParseDate(c.TimeOrDay?.To) ?? v.ClaimDate(c);
            if (from is { } f && (start is null || f < start))
            {
                start = f;
            }
            if (to is { } e && (end is null || e > end))
            {
                end = e;
            }
        }
        var days = start is { } a && end is { } b ? b.DayNumber - a.DayNumber : (int?)null;
        var outlets = claims.Select(c => v.Outlet(c.Doc)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var geo = place?.Geo;
        t.Text(s.Id).Text(Iso(start)).Num(start?.Year).Text(DossierView.MeasureNoun(s.Measure)).Text(s.Measure).Text(s.Who)
            .Num(s.Estimate.Best).Num(s.Estimate.Low).Num(s.Estimate.High).Text(qualifier).Text(actor)
            .Text(geo?.Country).Text(geo?.Admin1).Text(geo?.Name ?? place?.Canonical ?? s.Place).Num(geo?.Lat).Num(geo?.Lon).Num(geo?.Precision)
            .Text(Iso(start)).Text(Iso(end))
            .Num(days is { } d1 ? d1 == 0 ? 1 : d1 <= 7 ? 2 : 3 : null)
            .Num(days is { } d2 ? d2 == 0 ? 1 : d2 <= 5 ? 2 : d2 <= 7 ? 3 : d2 <= 31 ? 4 : 5 : null)
            .Text(string.Join("; ", outlets)).Num(outlets.Count).Text(string.Join("; ", originals)).Num(s.Origins)
            .Text(string.Join(" ", claims.Select(c => c.Id))).Text(string.Join(" | ", notes));
        t.EndRow();
    }

    // The located place most articles name: where an event row is when its figures state no place of their own.
    private static Entity? CentralPlace(DossierView v) => v.Dossier.Entities
        .Where(e => e.Type == EntityType.Place && e.Geo is not null)
        .OrderByDescending(e => e.Mentions.Select(m => m.Doc).Distinct(StringComparer.Ordinal).Count())
        .ThenByDescending(e => e.Mentions.Count).ThenBy(e => e.Id, StringComparer.Ordinal)
        .FirstOrDefault();

    private static void Report(ICollection<Problem>? problems, string file, string row, string? failure)
    {
        if (failure is not null)
        {
            problems?.Add(new Problem(file, $"{row} could not be rendered ({failure}); a row with a note stands in its place and the rest of the file is complete", ProblemStage.Render));
        }
    }

    private static string? SourceName(DossierView v, FigureClaim c) => v.Entity(c.AttributedEntity)?.Canonical ?? c.AttributedTo;

    private static Entity? PlaceOf(DossierView v, FigureClaim c) => v.Entity(c.PlaceScope?.Entity);

    /// <summary>The place most claims of a series are scoped to, preferring geocoded ones, then the most precise.</summary>
    private static Entity? PlaceOf(DossierView v, List<FigureClaim> claims) =>
        claims.Select(c => PlaceOf(v, c)).OfType<Entity>()
            .GroupBy(e => e.Id, StringComparer.Ordinal)
            .OrderByDescending(g => g.First().Geo is null ? 0 : 1).ThenByDescending(g => g.Count()).ThenBy(g => g.First().Geo?.Precision ?? 9).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First()).FirstOrDefault();

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
