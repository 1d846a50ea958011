namespace Triangulate.Model;

/// <summary>Invisible characters that change how text is shown or split without being seen: direction controls and zero-width characters.</summary>
/// <remarks>
/// An unclosed right-to-left override in a name reorders the text after it in a report, and a zero-width space inside a
/// name splits it into two names. Renderers drop or isolate these characters; entity merging ignores them
/// (<see cref="Strip"/> keeps a map back to the original offsets).
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class Unicode
{
    /// <summary>The explicit direction controls: embeddings and overrides (U+202A–202E) and isolates (U+2066–2069).</summary>
    public static bool IsDirectionalFormatting(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>Direction marks: left-to-right, right-to-left and Arabic letter marks.</summary>
    public static bool IsDirectionMark(char c) => c is '\u200E' or '\u200F' or '\u061C';

    /// <summary>Zero-width characters that split or hide words: zero-width space, word joiner, byte-order mark, soft hyphen.</summary>
    /// <remarks>Zero-width (non-)joiners are not among them: Persian and Indic spelling needs them.</remarks>
    public static bool IsZeroWidth(char c) => c is '\u200B' or '\u2060' or '\uFEFF' or '\u00AD';

    /// <summary>Any of the above: characters a name or a plain-text cell is better without.</summary>
    public static bool IsHiddenControl(char c) => IsDirectionalFormatting(c) || IsDirectionMark(c) || IsZeroWidth(c);

    /// <summary>True when <paramref name="text"/> holds any <see cref="IsHiddenControl"/> character.</summary>
    public static bool HasHiddenControl(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsHiddenControl(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Removes every <see cref="IsHiddenControl"/> character.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return HasHiddenControl(text) ? Strip(text).Text : text;
    }

    /// <summary>Removes every <see cref="IsHiddenControl"/> character; <c>Map[i]</c> is the offset in <paramref name="text"/> of the stripped text's character <c>i</c> (and <c>Map[^1]</c> the original length).</summary>
    public static (string Text, int[] Map) Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new System.Text.StringBuilder(text.Length);
        var map = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsHiddenControl(text[i]))
            {
                sb.Append(text[i]);
                map.Add(i);
            }
        }
        map.Add(text.Length);
        return (sb.ToString(), [.. map]);
    }
}
