using System.Globalization;
using System.Text.Json;

namespace Triangulate.Evaluation;

/// <summary>One annotated event of the test bed.</summary>
/// <param name="Id">The event's folder name.</param>
/// <param name="Folder">The folder holding its articles and <c>gold.json</c>.</param>
/// <param name="Split"><c>dev</c>, <c>sealed</c>, or <c>unassigned</c> when <c>split.json</c> does not name it.</param>
public sealed record TestBedEvent(string Id, string Folder, string Split);

/// <summary>
/// A folder of annotated events (<c>corpus/</c>): each subfolder with a <c>gold.json</c> is an event, and <c>split.json</c> beside
/// them says which are <c>dev</c> (read while changing rules) and which are <c>sealed</c> (scored, never read).
/// </summary>
/// <threadsafety>Immutable.</threadsafety>
public sealed record TestBed(string Root, IReadOnlyList<TestBedEvent> Events)
{
    /// <summary>The split of the development events.</summary>
    public const string Dev = "dev";

    /// <summary>The split of the sealed events.</summary>
    public const string Sealed = "sealed";

    /// <summary>An event that <c>split.json</c> does not name yet.</summary>
    public const string Unassigned = "unassigned";

    /// <summary>Whether <paramref name="folder"/> is a test bed (it has no gold.json itself, but subfolders that do).</summary>
    public static bool IsTestBed(string folder) =>
        Directory.Exists(folder) && !File.Exists(Path.Combine(folder, "gold.json"))
        && Directory.EnumerateDirectories(folder).Any(d => File.Exists(Path.Combine(d, "gold.json")));

    /// <summary>Loads the events under <paramref name="root"/> (sorted by id) with their split.</summary>
    /// <exception cref="InvalidDataException"><c>split.json</c> exists but is not valid; the message names it.</exception>
    public static TestBed Load(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var splits = ReadSplit(Path.Combine(root, "split.json"));
        var events = Directory.EnumerateDirectories(root)
            .Where(d => File.Exists(Path.Combine(d, "gold.json")))
            .Select(d => Path.GetFileName(d)!)
            .Order(StringComparer.Ordinal)
            .Select(id => new TestBedEvent(id, Path.Combine(root, id), splits.GetValueOrDefault(id, Unassigned)))
            .ToList();
        return new TestBed(Path.GetFullPath(root), events);
    }

    /// <summary>Reads <c>split.json</c>: <c>{"seed": N, "dev": [ids], "sealed": [ids]}</c>; an absent file assigns nothing.</summary>
    public static IReadOnlyDictionary<string, string> ReadSplit(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return result;
        }
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            foreach (var split in new[] { Dev, Sealed })
            {
                if (doc.RootElement.TryGetProperty(split, out var ids) && ids.ValueKind == JsonValueKind.Array)
                {
                    foreach (var id in ids.EnumerateArray())
                    {
                        result[id.GetString() ?? string.Empty] = split;
                    }
                }
            }
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not a valid split file ({ex.Message})", ex);
        }
        return result;
    }
}

/// <summary>The scores of every event of a test bed, and their means per split.</summary>
/// <param name="Bed">The test bed.</param>
/// <param name="Reports">Event id → its report.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record TestBedReport(TestBed Bed, IReadOnlyDictionary<string, EvalReport> Reports)
{
    /// <summary>The metrics a bed report summarises, as <c>section.metric</c>, in print order. Each is a share in [0, 1], higher is better.</summary>
    public static IReadOnlyList<string> HeadlineMetrics { get; } =
    [
        "claims.f1", "claims.precision", "claims.recall", "claims.qualifier_accuracy", "claims.attributed_to_accuracy",
        "claims.who_accuracy", "claims.time_scope_accuracy", "claims.background_accuracy",
        "dates.accuracy", "entities.f1", "entities.type_accuracy", "quotes.matched", "quotes.speaker_accuracy",
        "reuse.f1", "flags.recall", "flags.precision", "estimates.within_5pct", "boilerplate.recall",
    ];

    /// <summary>One metric of one event, or null when the event's section was not scored (no gold for it, or not extracted).</summary>
    public double? Metric(string eventId, string metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (!Reports.TryGetValue(eventId, out var report))
        {
            return null;
        }
        var dot = metric.IndexOf('.', StringComparison.Ordinal);
        var section = report.Section(metric[..dot]);
        return section is { Status: "scored" } && section.Metrics.TryGetValue(metric[(dot + 1)..], out var v) ? v : null;
    }

    /// <summary>The events of one split.</summary>
    public IEnumerable<TestBedEvent> EventsOf(string split) => Bed.Events.Where(e => e.Split == split && Reports.ContainsKey(e.Id));

    /// <summary>Mean of a metric over a split's events that scored it, the worst event and its value, and how many events counted.</summary>
    public SplitSummary Summary(string split, string metric)
    {
        var values = EventsOf(split).Select(e => (e.Id, Value: Metric(e.Id, metric))).Where(x => x.Value is not null).ToList();
        if (values.Count == 0)
        {
            return new SplitSummary(metric, null, null, null, 0);
        }
        var worst = values.MinBy(x => x.Value!.Value);
        return new SplitSummary(metric, values.Average(x => x.Value!.Value), worst.Id, worst.Value, values.Count);
    }

    /// <summary>A gold count summed over a split (e.g. <c>claims.gold</c>).</summary>
    public double Total(string split, string metric) => EventsOf(split).Sum(e => Metric(e.Id, metric) ?? 0);

    /// <summary>The report as JSON: per split, per metric, mean / worst / events; per event, its section scores.</summary>
    public string ToJson(bool includeSealedEvents)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("root", Bed.Root);
            foreach (var split in new[] { TestBed.Dev, TestBed.Sealed, TestBed.Unassigned })
            {
                var events = EventsOf(split).ToList();
                if (events.Count == 0)
                {
                    continue;
                }
                w.WriteStartObject(split);
                w.WriteNumber("events", events.Count);
                w.WriteNumber("gold_claims", Total(split, "claims.gold"));
                w.WriteStartObject("means");
                foreach (var metric in HeadlineMetrics)
                {
                    var s = Summary(split, metric);
                    if (s.Mean is null)
                    {
                        continue;
                    }
                    w.WriteStartObject(metric);
                    w.WriteNumber("mean", Math.Round(s.Mean.Value, 4));
                    w.WriteString("worst_event", s.WorstEvent);
                    w.WriteNumber("worst", Math.Round(s.Worst!.Value, 4));
                    w.WriteNumber("events", s.Events);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
                if (split != TestBed.Sealed || includeSealedEvents)
                {
                    w.WriteStartObject("per_event");
                    foreach (var e in events)
                    {
                        w.WriteStartObject(e.Id);
                        foreach (var metric in HeadlineMetrics)
                        {
                            if (Metric(e.Id, metric) is { } v)
                            {
                                w.WriteNumber(metric, Math.Round(v, 4));
                            }
                        }
                        w.WriteEndObject();
                    }
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Bed.Root}: {Reports.Count} events scored");
}

/// <summary>Runs the pipeline on every event of a test bed and scores it.</summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class TestBedRunner
{
    /// <summary>Analyses and scores each event (in id order) with <paramref name="analyze"/> (folder → dossier), reporting progress per event.</summary>
    /// <param name="bed">The test bed.</param>
    /// <param name="analyze">Runs the tool on one event's folder.</param>
    /// <param name="splits">Which splits to run (default: all).</param>
    /// <param name="progress">Receives each event's id as it starts.</param>
    /// <param name="cancellationToken">Stops between events.</param>
    public static TestBedReport Run(TestBed bed, Func<string, Dossier> analyze, IReadOnlyCollection<string>? splits = null,
        IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bed);
        ArgumentNullException.ThrowIfNull(analyze);
        var reports = new Dictionary<string, EvalReport>(StringComparer.Ordinal);
        var evaluator = new Evaluator();
        foreach (var e in bed.Events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (splits is not null && !splits.Contains(e.Split))
            {
                continue;
            }
            progress?.Report(e.Id);
            var path = Path.Combine(e.Folder, "gold.json");
            var gold = GoldFile.Load(path);
            reports[e.Id] = evaluator.Evaluate(gold, analyze(e.Folder), path);
        }
        return new TestBedReport(bed, reports);
    }
}

/// <summary>A metric summarised over one split.</summary>
/// <param name="Metric"><c>section.metric</c>.</param>
/// <param name="Mean">Mean over the events that scored it, or null when none did.</param>
/// <param name="WorstEvent">The event with the lowest value.</param>
/// <param name="Worst">Its value.</param>
/// <param name="Events">How many events scored it.</param>
public sealed record SplitSummary(string Metric, double? Mean, string? WorstEvent, double? Worst, int Events);
