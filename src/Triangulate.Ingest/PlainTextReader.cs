namespace Triangulate.Ingest;

/// <summary>Reads a plain-text article: the whole file is the article; the cleaner takes the first non-empty line as headline.</summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public sealed class PlainTextReader : IDocumentReader
{
    /// <inheritdoc/>
    public string Format => "txt";

    /// <inheritdoc/>
    public IEnumerable<IngestItem> Read(string name, Stream content, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        var bytes = BoundedRead.ReadAll(content, options.MaxDocumentBytes);
        if (bytes is null)
        {
            yield return IngestItem.Fail(name, $"larger than the {BoundedRead.Size(options.MaxDocumentBytes)} limit for one article (raise --max-file-mb if it really is one article)");
            yield break;
        }
        if (!TextDecoder.TryDecode(bytes, null, out var text, out var how))
        {
            yield return IngestItem.Fail(name, how);
            yield break;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            yield return IngestItem.Fail(name, "no text (only whitespace)");
            yield break;
        }
        yield return IngestItem.Of(new SourceDocument(name, text, Format) { Encoding = how, ByteLength = bytes.Length });
    }
}
