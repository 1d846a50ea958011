using System.Text;

namespace Triangulate.Ingest;

/// <summary>Reads lines of at most a given number of characters from a text reader, a buffer at a time; a longer line is reported
/// as too long and skipped to its end without being held in memory.</summary>
/// <remarks>Carriage returns are dropped wherever they stand in a line. A line is too long when a character of it (other than the
/// closing line feed) arrives once <c>maxChars</c> characters are held, the rule the earlier character-at-a-time reader applied.</remarks>
internal sealed class BoundedLineReader(TextReader reader, int maxChars)
{
    private readonly char[] _buffer = new char[1 << 14];
    private readonly StringBuilder _line = new();
    private int _pos;
    private int _len;

    /// <summary>The next line without its line break; <see cref="string.Empty"/> with <paramref name="tooLong"/> set for a line over
    /// the limit; null at the end of the text.</summary>
    public string? ReadLine(out bool tooLong)
    {
        tooLong = false;
        _line.Clear();
        while (true)
        {
            if (_pos == _len)
            {
                _len = reader.Read(_buffer, 0, _buffer.Length);
                _pos = 0;
                if (_len <= 0)
                {
                    _len = 0;
                    return _line.Length == 0 && !tooLong ? null : (tooLong ? string.Empty : _line.ToString());
                }
            }
            var rest = _buffer.AsSpan(_pos, _len - _pos);
            var newline = rest.IndexOf('\n');
            var segment = newline < 0 ? rest : rest[..newline];
            _pos += segment.Length + (newline < 0 ? 0 : 1);
            if (!tooLong)
            {
                tooLong = Append(segment);
                if (tooLong)
                {
                    _line.Clear();
                }
            }
            if (newline >= 0)
            {
                return tooLong ? string.Empty : _line.ToString();
            }
        }
    }

    // Appends a segment of the line (no line feed in it), dropping carriage returns; true when a character of it arrives once the
    // line holds maxChars characters.
    private bool Append(ReadOnlySpan<char> segment)
    {
        if (segment.IndexOf('\r') < 0)
        {
            var room = maxChars - _line.Length;
            if (segment.Length > room)
            {
                return true;
            }
            _line.Append(segment);
            return false;
        }
        foreach (var c in segment)
        {
            if (_line.Length >= maxChars)
            {
                return true;
            }
            if (c != '\r')
            {
                _line.Append(c);
            }
        }
        return false;
    }
}
