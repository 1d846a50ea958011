using System.Buffers;

namespace Triangulate.Ingest;

/// <summary>Cuts the elements of a JSON array out of its bytes as they stream in, tracking strings and nesting only, so each element
/// can be parsed alone: memory stays at one element whatever the array's size, and a malformed element costs only itself.</summary>
/// <remarks>Feed the bytes in order with <see cref="Feed"/>; each complete element is handed to the callback with its 1-based index,
/// or with null bytes when it was longer than the limit (its bytes are not kept).</remarks>
internal sealed class JsonArrayElements(int maxElementBytes)
{
    private readonly ArrayBufferWriter<byte> _element = new(1 << 12);
    private bool _inString;
    private bool _escaped;
    private bool _tooLong;
    private int _depth;

    /// <summary>The opening <c>[</c> was seen.</summary>
    public bool Started { get; private set; }

    /// <summary>The closing <c>]</c> was seen: bytes after it are ignored.</summary>
    public bool Ended { get; private set; }

    /// <summary>An element was begun and not finished (at the end of the input: the array was cut inside it).</summary>
    public bool InElement { get; private set; }

    /// <summary>The 1-based index of the latest element begun.</summary>
    public int Index { get; private set; }

    /// <summary>Reads the next bytes of the array; calls <paramref name="element"/> for each element they complete, with its index and
    /// its bytes (valid only during the call), or null bytes when the element was over the limit.</summary>
    public void Feed(ReadOnlySpan<byte> chunk, Action<int, ReadOnlyMemory<byte>?> element)
    {
        var from = 0; // start of the element bytes not yet copied
        for (var i = 0; i < chunk.Length && !Ended; i++)
        {
            var b = chunk[i];
            if (!Started)
            {
                if (b == '[')
                {
                    Started = true;
                    from = i + 1;
                }
                continue; // BOM and white space before the array
            }
            if (!InElement)
            {
                if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)',')
                {
                    continue;
                }
                if (b == ']')
                {
                    Ended = true;
                    continue;
                }
                Begin();
                from = i;
            }
            if (_inString)
            {
                SkipInString(b);
                continue;
            }
            var end = ElementEnd(b, i);
            if (end >= 0)
            {
                Append(chunk[from..end]);
                InElement = false;
                element(Index, _tooLong ? null : _element.WrittenMemory);
                from = i + 1;
            }
        }
        if (InElement)
        {
            Append(chunk[from..]);
        }
    }

    private void Begin()
    {
        InElement = true;
        Index++;
        _depth = 0;
        _inString = false;
        _escaped = false;
        _tooLong = false;
        _element.ResetWrittenCount();
    }

    // Inside a string only an unescaped quote matters: it closes the string.
    private void SkipInString(byte b)
    {
        if (_escaped)
        {
            _escaped = false;
        }
        else if (b == '\\')
        {
            _escaped = true;
        }
        else if (b == '"')
        {
            _inString = false;
        }
    }

    // Outside strings: tracks nesting; returns the exclusive end of the element within the chunk when byte i ends it, else -1.
    private int ElementEnd(byte b, int i)
    {
        switch (b)
        {
            case (byte)'"':
                _inString = true;
                break;
            case (byte)'{' or (byte)'[':
                _depth++;
                break;
            case (byte)'}' or (byte)']' when _depth > 0:
                _depth--;
                if (_depth == 0)
                {
                    return i + 1;
                }
                break;
            case (byte)']':
                Ended = true; // a scalar element closed by the array's own ']'
                return i;
            case (byte)',' when _depth == 0:
                return i;
        }
        return -1;
    }

    // Keeps the element's bytes up to the limit; past it, drops them and marks the element too long.
    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_tooLong)
        {
            return;
        }
        if (_element.WrittenCount + bytes.Length > maxElementBytes)
        {
            _tooLong = true;
            _element.ResetWrittenCount();
            return;
        }
        _element.Write(bytes);
    }
}
