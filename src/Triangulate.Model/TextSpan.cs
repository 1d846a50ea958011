namespace Triangulate.Model;

/// <summary>Characters [<see cref="Start"/>, <see cref="End"/>) of a text, usually a document's cleaned text.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="End">Index one past the last character.</param>
/// <threadsafety>Immutable value; safe to share.</threadsafety>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>Returns the covered characters of <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span does not lie inside <paramref name="text"/>.</exception>
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;
}
