using Triangulate.Ingest;

namespace Triangulate.Evaluation;

/// <summary>Scores a dossier against a gold file by the rules of GOLD-FORMAT.md.</summary>
/// <threadsafety>Immutable after construction; thread-safe.</threadsafety>
public sealed class Evaluator
{
    /// <summary>The section order of reports.</summary>
    public static IReadOnlyList<string> SectionOrder { get; } = ["claims", "dates", "entities", "quotes", "reuse", "flags", "estimates", "boilerplate"];

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
        yield return new EstimateScorer();
    }

    /// <summary>Scores <paramref name="dossier"/>; sections without a scorer, or that no pass extracted, are reported as "not yet extracted".</summary>
    public EvalReport Evaluate(GoldFile gold, Dossier dossier, string goldPath)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(dossier);
        var context = new EvalContext(gold, dossier, OriginalTexts(gold));
        var sections = new List<EvalSection>();
        foreach (var name in SectionOrder)
        {
            var scorer = _scorers.FirstOrDefault(s => s.Section == name);
            var dossierSection = name switch { "boilerplate" => null, "estimates" => "series", _ => name };
            if (scorer is null || (dossierSection is not null && dossier.NotExtracted.Contains(dossierSection)))
            {
                sections.Add(EvalSection.NotExtracted(name));
                continue;
            }
            sections.Add(scorer.Score(context));
        }
        return new EvalReport(goldPath, sections);
    }

    /// <summary>Gold short id → the document's text as read (before cleaning): what dossier offsets map back to. For a text file that
    /// is the decoded file; for HTML the extracted article text; for line N of a JSON Lines file (<c>name.jsonl:N</c>) its text.</summary>
    public static IReadOnlyDictionary<string, string> OriginalTexts(GoldFile gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        var ingestor = new Ingestor(new IngestOptions { UseManifests = false });
        foreach (var file in gold.Documents.Values.Select(FileOf).Distinct(StringComparer.Ordinal))
        {
            var path = Path.Combine(gold.Folder, file);
            if (!File.Exists(path))
            {
                continue;
            }
            foreach (var item in ingestor.Read(new InputFile(Path.GetFullPath(path), file)))
            {
                if (item.Document is { } d)
                {
                    byName[d.File] = d.Text;
                }
            }
        }
        var originals = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, name) in gold.Documents)
        {
            if (byName.TryGetValue(name, out var text))
            {
                originals[id] = text;
            }
        }
        return originals;
    }

    /// <summary>The file a gold document lives in: <c>articles.jsonl:3</c> → <c>articles.jsonl</c>.</summary>
    internal static string FileOf(string goldDocument)
    {
        var colon = goldDocument.LastIndexOf(':');
        return colon > 0 && goldDocument.AsSpan(colon + 1).IndexOfAnyExceptInRange('0', '9') < 0 && colon < goldDocument.Length - 1
            ? goldDocument[..colon]
            : goldDocument;
    }
}
