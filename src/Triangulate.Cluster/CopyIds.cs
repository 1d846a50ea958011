using Triangulate.Cleaning;

namespace Triangulate.Cluster;

/// <summary>Document ids for exact copies (same cleaned text, different files), made independent of arrival order.</summary>
/// <remarks>On one machine <see cref="DocumentIdAssigner"/> gives the first file in sorted order the text hash and later files the hash plus a
/// file suffix. Silos see articles in any order, so the cluster grain re-derives the ids of its members in file order before analysing.</remarks>
internal static class CopyIds
{
    /// <summary>The id a later copy gets on one machine (text hash + file hash).</summary>
    public static CleanDocument AsCopy(CleanDocument document)
    {
        var assigner = new DocumentIdAssigner();
        var stand = document with { Source = document.Source with { File = "\0first" } };
        assigner.Assign(stand);
        return assigner.Assign(document) ?? document;
    }

    /// <summary>Ids as one run over <paramref name="documents"/> in file order would assign them.</summary>
    public static List<CleanDocument> Rederive(IReadOnlyList<CleanDocument> documents)
    {
        var assigner = new DocumentIdAssigner();
        var list = new List<CleanDocument>(documents.Count);
        foreach (var d in documents.OrderBy(d => d.Source.File, StringComparer.Ordinal))
        {
            var baseId = BoilerplateCleaner.IdOf(d.Text);
            if (assigner.Assign(d with { Id = baseId }) is { } assigned)
            {
                list.Add(assigned);
            }
        }
        return list;
    }
}
