
namespace Triangulate.Linking.Reuse;

/// <summary>What reuse detection needs to know about one document: its sentences, word shingles and MinHash signatures.</summary>
/// <remarks>Built per document by <see cref="ReuseDetector.Profile"/> (stateless, thread-safe), so a streaming run can profile documents in parallel and keep only the profiles.</remarks>
/// <threadsafety>Immutable.</threadsafety>
public sealed class ReuseProfile
{
    internal ReuseProfile(DossierDocument document, List<Sentence> sentences, uint[] shingleSignature, uint[] contentSignature, ulong[] content, ulong[] words)
    {
        Words = words;
        Document = document;
        Sentences = sentences;
        ShingleSignature = shingleSignature;
        ContentSignature = contentSignature;
        Content = content;
    }

    /// <summary>The document profiled.</summary>
    public DossierDocument Document { get; }

    /// <summary>Number of distinct content words (stems and numbers).</summary>
    public int ContentWords => Content.Length;

    internal ulong[] Content { get; }

    internal List<Sentence> Sentences { get; }

    /// <summary>The hash of every word in text order (<see cref="Sentence.FirstWord"/> indexes it), for comparing sentences by word order.</summary>
    internal ulong[] Words { get; }

    internal uint[] ShingleSignature { get; }

    internal uint[] ContentSignature { get; }

    /// <summary>The origin the document states (<see cref="ReuseDetector.StatedOrigin"/>), computed once rather than per pair.</summary>
    internal string? Origin { get; init; }

    /// <summary>The document's publication day, when it has one, computed once rather than per pair.</summary>
    internal DateOnly? Day { get; init; }
}
