
namespace Triangulate.Evaluation;

/// <summary>The gold, the dossier, and the alignment between their documents and offsets, as every scorer needs them.</summary>
/// <threadsafety>Immutable after construction.</threadsafety>
public sealed class EvalContext
{
    private readonly Dictionary<string, DossierDocument> _byGoldId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _goldIdByDocId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _originalText = new(StringComparer.Ordinal);

    /// <summary>Aligns <paramref name="dossier"/>'s documents with <paramref name="gold"/>'s by file name.</summary>
    /// <param name="gold">The gold file.</param>
    /// <param name="dossier">The dossier produced from the gold's folder.</param>
    /// <param name="originalTexts">Gold short id → the file's text as the annotator saw it (for span positions).</param>
    public EvalContext(GoldFile gold, Dossier dossier, IReadOnlyDictionary<string, string> originalTexts)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(originalTexts);
        Gold = gold;
        Dossier = dossier;
        foreach (var (goldId, file) in gold.Documents)
        {
            var doc = dossier.Documents.FirstOrDefault(d => Path.GetFileName(d.File) == file || d.File == file);
            if (doc is not null)
            {
                _byGoldId[goldId] = doc;
                _goldIdByDocId[doc.Id] = goldId;
            }
            if (originalTexts.TryGetValue(goldId, out var text))
            {
                _originalText[goldId] = text;
            }
        }
    }

    /// <summary>The gold annotation.</summary>
    public GoldFile Gold { get; }

    /// <summary>The dossier under test.</summary>
    public Dossier Dossier { get; }

    /// <summary>The dossier document for a gold short id, or null when the tool did not produce it.</summary>
    public DossierDocument? DocumentFor(string goldId) => _byGoldId.GetValueOrDefault(goldId);

    /// <summary>The gold short id for a dossier document id, or null.</summary>
    public string? GoldIdFor(string docId) => _goldIdByDocId.GetValueOrDefault(docId);

    /// <summary>The original file text for a gold short id, or null.</summary>
    public string? OriginalText(string goldId) => _originalText.GetValueOrDefault(goldId);

    /// <summary>Every position of <paramref name="span"/> in the original file (gold spans are verbatim substrings; a repeated block gives several).</summary>
    public IReadOnlyList<TextSpan> GoldSpanPositions(string goldId, string span)
    {
        var text = OriginalText(goldId);
        var result = new List<TextSpan>();
        if (text is null || string.IsNullOrEmpty(span))
        {
            return result;
        }
        var at = 0;
        while ((at = text.IndexOf(span, at, StringComparison.Ordinal)) >= 0)
        {
            result.Add(new TextSpan(at, at + span.Length));
            at += 1;
        }
        return result;
    }

    /// <summary>Maps a span of a dossier document's cleaned text to the original file text.</summary>
    public TextSpan ToOriginal(string docId, int start, int end)
    {
        var doc = Dossier.Document(docId);
        if (doc is null)
        {
            return new TextSpan(start, end);
        }
        var s = doc.ToOriginal(start);
        var e = end > start ? doc.ToOriginal(end - 1) + 1 : s;
        return new TextSpan(s, e);
    }
}

/// <summary>Scores one dossier section against the gold.</summary>
/// <remarks>Implementations are stateless; matching never depends on the order of items in either file.</remarks>
public interface IGoldScorer
{
    /// <summary>The section name (<c>claims</c>, <c>dates</c>, …), matching the dossier section it scores.</summary>
    string Section { get; }

    /// <summary>Scores the section.</summary>
    EvalSection Score(EvalContext context);
}
