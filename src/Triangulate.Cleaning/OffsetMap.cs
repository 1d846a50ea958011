namespace Triangulate.Cleaning;

/// <summary>Maps offsets in a cleaned text back to the original text it was cut from.</summary>
/// <remarks>
/// The cleaner only deletes ranges, never rewrites characters, so the cleaned text is a concatenation of
/// original segments. Each segment is (cleaned start, original start, length), sorted by cleaned start.
/// </remarks>
/// <threadsafety>Immutable after construction; safe to share.</threadsafety>
public sealed class OffsetMap
{
    private readonly int[] _cleanStarts;
    private readonly int[] _originalStarts;
    private readonly int[] _lengths;

    /// <summary>Builds a map from kept segments of the original, in order.</summary>
    /// <param name="keptSegments">Original ranges [start, end) that make up the cleaned text, in increasing order, not overlapping.</param>
    public OffsetMap(IReadOnlyList<(int Start, int End)> keptSegments)
    {
        ArgumentNullException.ThrowIfNull(keptSegments);
        _cleanStarts = new int[keptSegments.Count];
        _originalStarts = new int[keptSegments.Count];
        _lengths = new int[keptSegments.Count];
        var clean = 0;
        for (var i = 0; i < keptSegments.Count; i++)
        {
            var (start, end) = keptSegments[i];
            _cleanStarts[i] = clean;
            _originalStarts[i] = start;
            _lengths[i] = end - start;
            clean += end - start;
        }
        CleanLength = clean;
    }

    /// <summary>An identity map for a text of <paramref name="length"/> characters.</summary>
    public static OffsetMap Identity(int length) => new([(0, length)]);

    /// <summary>Length of the cleaned text.</summary>
    public int CleanLength { get; }

    /// <summary>The segments as (cleaned start, original start, length) triples, for the dossier.</summary>
    public IReadOnlyList<int[]> Segments
    {
        get
        {
            var result = new int[_cleanStarts.Length][];
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = [_cleanStarts[i], _originalStarts[i], _lengths[i]];
            }
            return result;
        }
    }

    /// <summary>Original offset of the cleaned offset <paramref name="cleanOffset"/> (an end offset maps to one past its character).</summary>
    public int ToOriginal(int cleanOffset)
    {
        if (_cleanStarts.Length == 0)
        {
            return cleanOffset;
        }
        var index = Array.BinarySearch(_cleanStarts, cleanOffset);
        if (index < 0)
        {
            index = ~index - 1;
        }
        index = Math.Clamp(index, 0, _cleanStarts.Length - 1);
        return _originalStarts[index] + Math.Min(cleanOffset - _cleanStarts[index], _lengths[index]);
    }

    /// <summary>Maps a half-open cleaned span to the original text (end maps as one past the last character).</summary>
    public TextSpan ToOriginal(TextSpan span)
    {
        if (span.Length == 0)
        {
            var p = ToOriginal(span.Start);
            return new TextSpan(p, p);
        }
        return new TextSpan(ToOriginal(span.Start), ToOriginal(span.End - 1) + 1);
    }
}
