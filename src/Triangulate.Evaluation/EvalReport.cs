namespace Triangulate.Evaluation;

/// <summary>The score of one dossier section against the gold.</summary>
/// <param name="Name">Section name: <c>claims</c>, <c>dates</c>, <c>entities</c>, <c>quotes</c>, <c>reuse</c>, <c>flags</c>, <c>boilerplate</c>.</param>
/// <param name="Status"><c>scored</c>, or <c>not yet extracted</c> when no pass fills the section.</param>
/// <param name="Metrics">Metric name → value (precision, recall, f1, accuracies, counts).</param>
/// <param name="Notes">Misses and false positives, one line each, for humans.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record EvalSection(string Name, string Status, IReadOnlyDictionary<string, double> Metrics, IReadOnlyList<string> Notes)
{
    /// <summary>A section that no pass fills yet.</summary>
    public static EvalSection NotExtracted(string name) => new(name, "not yet extracted", new Dictionary<string, double>(), []);
}

/// <summary>All section scores for one gold file.</summary>
/// <param name="Gold">Path of the gold file.</param>
/// <param name="Sections">Scores, in a fixed order.</param>
public sealed record EvalReport(string Gold, IReadOnlyList<EvalSection> Sections)
{
    /// <summary>Finds a section by name, or null.</summary>
    public EvalSection? Section(string name) => Sections.FirstOrDefault(s => s.Name == name);
}

/// <summary>Precision/recall/F1 arithmetic shared by the scorers.</summary>
public static class Prf
{
    /// <summary>Returns precision, recall and F1 for the counts (1.0 when there is nothing to find and nothing was predicted).</summary>
    public static (double Precision, double Recall, double F1) Of(int truePositives, int predicted, int gold)
    {
        var p = predicted == 0 ? (gold == 0 ? 1.0 : 0.0) : (double)truePositives / predicted;
        var r = gold == 0 ? 1.0 : (double)truePositives / gold;
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return (p, r, f);
    }

    /// <summary>Adds precision, recall and F1 to a metrics dictionary.</summary>
    public static void AddTo(IDictionary<string, double> metrics, int truePositives, int predicted, int gold, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var (p, r, f) = Of(truePositives, predicted, gold);
        metrics[prefix + "precision"] = p;
        metrics[prefix + "recall"] = r;
        metrics[prefix + "f1"] = f;
        metrics[prefix + "gold"] = gold;
        metrics[prefix + "predicted"] = predicted;
        metrics[prefix + "matched"] = truePositives;
    }
}
