namespace Triangulate.Extraction.Languages;

/// <summary>Marks each document of a pile with its language, once, so that every English-rule stage (figures, dates, entities,
/// quotes) reads only English documents and the reader gets one note per document not read.</summary>
/// <remarks>The first stage to run identifies the languages and adds, for each document not in English, a single warning under the
/// <c>language</c> stage; later stages find the documents already marked and add nothing. Thread-safe.</remarks>
internal static class DocumentLanguages
{
    /// <summary>The stage the "not read" notes are filed under.</summary>
    public static ProblemStage Stage { get; } = new("language");

    /// <summary>Whether the English rules may read <paramref name="document"/>: its language is English or not yet known.</summary>
    public static bool ReadsAsEnglish(DossierDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Language is null or LanguageIdentifier.English;
    }

    /// <summary>The pile with every document's language set, and one note per document not in English that has none yet.</summary>
    public static Dossier Mark(Dossier dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var languages = new string[dossier.Documents.Count];
        Parallel.For(0, languages.Length, new ParallelOptions { CancellationToken = cancellationToken },
            i => languages[i] = dossier.Documents[i].Language ?? LanguageIdentifier.Identify(dossier.Documents[i].Text));
        var noted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in dossier.Problems)
        {
            if (p.Stage == Stage && p.File is { } f)
            {
                noted.Add(f);
            }
        }
        var changed = false;
        var documents = new List<DossierDocument>(languages.Length);
        var notes = new List<Problem>();
        for (var i = 0; i < languages.Length; i++)
        {
            var doc = dossier.Documents[i];
            if (doc.Language != languages[i])
            {
                changed = true;
                doc = doc with { Language = languages[i] };
            }
            documents.Add(doc);
            if (languages[i] != LanguageIdentifier.English && noted.Add(doc.File))
            {
                notes.Add(new Problem(doc.File, $"written in {LanguageIdentifier.NameOf(languages[i])} ({languages[i]}): kept, but not read with English rules (figures, dates, names, quotes)", Stage, ProblemSeverity.Warning));
            }
        }
        if (!changed && notes.Count == 0)
        {
            return dossier;
        }
        return dossier with { Documents = documents, Problems = notes.Count == 0 ? dossier.Problems : [.. dossier.Problems, .. notes] };
    }
}
