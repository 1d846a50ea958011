using Triangulate.Cleaning;
using Triangulate.Ingest;

namespace Triangulate.Storage;

/// <summary>Keeps ingested documents and written dossiers. SQLite is the embedded default; a server store implements the same interface.</summary>
/// <remarks>
/// Adding is idempotent: a document whose id is already stored from the same file is skipped, so ingesting the same folder twice adds
/// nothing; the same text from another file is stored as a copy (see <see cref="StoreResult.Renamed"/>).
/// Each <see cref="Add"/> call is one transaction: the batch is stored whole or not at all.
/// </remarks>
public interface IDossierStore : IDisposable
{
    /// <summary>Stores a batch of cleaned documents (and the problems met reading them) in one transaction.</summary>
    /// <returns>How many documents were new and how many were already stored.</returns>
    StoreResult Add(IReadOnlyList<CleanDocument> documents, IReadOnlyList<Problem>? problems = null);

    /// <summary>Number of stored documents.</summary>
    int Count { get; }

    /// <summary>Reads stored documents back (all, or those whose file starts with <paramref name="filePrefix"/>), in file order.</summary>
    IReadOnlyList<CleanDocument> Documents(string? filePrefix = null);

    /// <summary>Stores a dossier's JSON under a name (e.g. the output folder), replacing an earlier one of that name.</summary>
    void SaveDossier(string name, Dossier dossier);

    /// <summary>Loads the dossier stored under <paramref name="name"/>, or null.</summary>
    Dossier? LoadDossier(string name);
}

/// <summary>The outcome of storing a batch.</summary>
/// <param name="Added">Documents that were new.</param>
/// <param name="Skipped">Documents already stored (same text from the same file).</param>
public readonly record struct StoreResult(int Added, int Skipped)
{
    /// <summary>Documents stored under another id than they came with, old id → stored id: the same text was already stored from another
    /// file, so this copy got <see cref="Cleaning.DocumentIdAssigner.CopyId"/>, as it would have in one run with both files.</summary>
    public IReadOnlyDictionary<string, string>? Renamed { get; init; }
}
