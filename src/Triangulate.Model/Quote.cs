namespace Triangulate.Model;

/// <summary>A quotation and who said it.</summary>
/// <param name="Doc">The document id.</param>
/// <param name="Start">Offset of the quoted words (without quote marks) in the cleaned text.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Text">The quoted words, verbatim, without the quote marks.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record Quote(string Doc, int Start, int End, string Text)
{
    /// <summary>Entity id of the speaker, once resolved.</summary>
    public string? Speaker { get; init; }

    /// <summary>The speaker as written near the quote ("He", "a Syrian defense ministry spokesman").</summary>
    public string? SpeakerText { get; init; }

    /// <summary>The reporting verb ("said", "described … as", "noted").</summary>
    public string? Verb { get; init; }

    /// <summary><c>speech</c> (a full quote), <c>partial</c> (words quoted inside a sentence) or <c>scare</c> (a label in quote marks, not speech).</summary>
    public string Kind { get; init; } = "speech";

    /// <summary>Confidence in [0, 1] of the speaker attribution.</summary>
    public double Confidence { get; init; } = 1.0;
}
