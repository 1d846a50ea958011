using System.Buffers;
using System.Text;

namespace Triangulate.Rendering;

/// <summary>Writes rendered text to a stream as UTF-8.</summary>
internal static class Utf8
{
    /// <summary>Writes <paramref name="text"/> to <paramref name="output"/> as UTF-8, with a byte-order mark when <paramref name="bom"/>.</summary>
    public static void Write(Stream output, string text, bool bom)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (bom)
        {
            output.Write(Encoding.UTF8.GetPreamble());
        }
        output.Write(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Writes the text of <paramref name="parts"/>, in order, to <paramref name="output"/> as UTF-8, with a byte-order mark when
    /// <paramref name="bom"/>: the same bytes as <see cref="Write(Stream, string, bool)"/> of their concatenation, without building it.</summary>
    /// <remarks>One encoder runs over every chunk, so a surrogate pair split between chunks is encoded as a pair and a lone surrogate
    /// becomes U+FFFD exactly as <see cref="Encoding.GetBytes(string)"/> makes it.</remarks>
    public static void Write(Stream output, bool bom, params ReadOnlySpan<StringBuilder> parts)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (bom)
        {
            output.Write(Encoding.UTF8.GetPreamble());
        }
        var encoder = Encoding.UTF8.GetEncoder();
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            foreach (var part in parts)
            {
                foreach (var chunk in part.GetChunks())
                {
                    var chars = chunk.Span;
                    while (!chars.IsEmpty)
                    {
                        encoder.Convert(chars, buffer, flush: false, out var used, out var written, out _);
                        output.Write(buffer, 0, written);
                        chars = chars[used..];
                    }
                }
            }
            encoder.Convert([], buffer, flush: true, out _, out var last, out _);
            output.Write(buffer, 0, last);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
