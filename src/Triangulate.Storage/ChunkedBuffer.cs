namespace Triangulate.Storage;

/// <summary>A write-only stream kept as a list of 1 MB chunks: growing never copies what is written (a <see cref="MemoryStream"/>
/// doubles and copies, holding up to three times the length at once), and <see cref="ToArray"/> makes the one exact-size copy.</summary>
internal sealed class ChunkedBuffer : Stream
{
    private const int ChunkSize = 1 << 20;
    private readonly List<byte[]> _chunks = [];
    private int _used = ChunkSize;
    private long _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            if (_used == ChunkSize)
            {
                _chunks.Add(GC.AllocateUninitializedArray<byte>(ChunkSize));
                _used = 0;
            }
            var n = Math.Min(buffer.Length, ChunkSize - _used);
            buffer[..n].CopyTo(_chunks[^1].AsSpan(_used));
            _used += n;
            _length += n;
            buffer = buffer[n..];
        }
    }

    /// <summary>The bytes written, in one array.</summary>
    /// <exception cref="OverflowException">More than an array can hold (2 GB).</exception>
    public byte[] ToArray()
    {
        var result = GC.AllocateUninitializedArray<byte>(checked((int)_length));
        var at = 0;
        foreach (var chunk in _chunks)
        {
            var n = (int)Math.Min(ChunkSize, _length - at);
            chunk.AsSpan(0, n).CopyTo(result.AsSpan(at));
            at += n;
        }
        return result;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        _chunks.Clear();
        base.Dispose(disposing);
    }
}
