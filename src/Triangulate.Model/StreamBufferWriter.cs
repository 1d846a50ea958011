using System.Buffers;

namespace Triangulate.Model;

/// <summary>A buffer writer that passes what is written on to a stream a buffer at a time, so a <see cref="System.Text.Json.Utf8JsonWriter"/>
/// over it holds one pooled buffer, not the whole document.</summary>
internal sealed class StreamBufferWriter(Stream stream) : IBufferWriter<byte>, IDisposable
{
    private const int Size = 1 << 16;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(Size);
    private int _written;

    /// <inheritdoc/>
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length - _written);
        _written += count;
    }

    /// <inheritdoc/>
    public Memory<byte> GetMemory(int sizeHint = 0) => Reserve(sizeHint);

    /// <inheritdoc/>
    public Span<byte> GetSpan(int sizeHint = 0) => Reserve(sizeHint).Span;

    /// <summary>Writes what the buffer holds to the stream.</summary>
    public void Flush()
    {
        if (_written > 0)
        {
            stream.Write(_buffer, 0, _written);
            _written = 0;
        }
    }

    /// <summary>Returns the buffer to the pool (without writing it).</summary>
    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    // Room for at least sizeHint bytes (at least one): the buffered bytes go to the stream first when they leave too little.
    private Memory<byte> Reserve(int sizeHint)
    {
        ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
        var need = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written < need)
        {
            Flush();
            if (_buffer.Length < need)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = ArrayPool<byte>.Shared.Rent(need);
            }
        }
        return _buffer.AsMemory(_written);
    }
}
