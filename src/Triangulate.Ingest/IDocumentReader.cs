namespace Triangulate.Ingest;

/// <summary>Reads one input format into articles.</summary>
/// <remarks>Implementations never throw for bad content: they yield a problem naming the file (and line or record) and go on.</remarks>
public interface IDocumentReader
{
    /// <summary>Format name, e.g. <c>html</c>.</summary>
    string Format { get; }

    /// <summary>Reads the articles in <paramref name="content"/>.</summary>
    /// <param name="name">The file's name relative to its input root (used in documents and problems).</param>
    /// <param name="content">The (decompressed) content; the reader does not close it.</param>
    /// <param name="options">Limits.</param>
    IEnumerable<IngestItem> Read(string name, Stream content, IngestOptions options);
}
