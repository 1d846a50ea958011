namespace Triangulate.Evaluation;

/// <summary>Scores a dossier against a gold file by the rules of GOLD-FORMAT.md.</summary>
/// <threadsafety>Immutable after construction; thread-safe.</threadsafety>
public sealed class Evaluator
{
    /// <summary>The section order of reports.</summary>
    public static IReadOnlyList<string> SectionOrder { get; } = ["claims", "dates", "entities", "quotes", "reuse", "flags", "boilerplate"];

    private readonly IReadOnlyList<IGoldScorer> _scorers;

    /// <summary>Creates an evaluator with the given scorers (default: every scorer the library has).</summary>
    public Evaluator(IEnumerable<IGoldScorer>? scorers = null) => _scorers = [.. scorers ?? DefaultScorers()];

    /// <summary>The scorers the library ships. Each stage adds its own here.</summary>
    public static IEnumerable<IGoldScorer> DefaultScorers()
    {
        yield return new ClaimScorer();
        yield return new BoilerplateScorer();
        yield return new EntityScorer();
        yield return new QuoteScorer();
        yield return new DateScorer();
        yield return new ReuseScorer();
        yield return new FlagScorer();
    }

    /// <summary>Scores <paramref name="dossier"/>; sections without a scorer, or that no pass extracted, are reported as "not yet extracted".</summary>
    public EvalReport Evaluate(GoldFile gold, Dossier dossier, string goldPath)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(dossier);
        var originals = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, file) in gold.Documents)
        {
            var path = Path.Combine(gold.Folder, file);
            if (File.Exists(path))
            {
                originals[id] = File.ReadAllText(path);
            }
        }
        var context = new EvalContext(gold, dossier, originals);
        var sections = new List<EvalSection>();
        foreach (var name in SectionOrder)
        {
            var scorer = _scorers.FirstOrDefault(s => s.Section == name);
            var dossierSection = name == "boilerplate" ? null : name;
            if (scorer is null || (dossierSection is not null && dossier.NotExtracted.Contains(dossierSection)))
            {
                sections.Add(EvalSection.NotExtracted(name));
                continue;
            }
            sections.Add(scorer.Score(context));
        }
        return new EvalReport(goldPath, sections);
    }
}
