namespace Triangulate.Ingest;

/// <summary>Reads a whole stream into memory up to a limit.</summary>
internal static class BoundedRead
{
    /// <summary>Reads all of <paramref name="stream"/>; returns null when it holds more than <paramref name="limit"/> bytes.</summary>
    public static byte[]? ReadAll(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    /// <summary>Formats a byte count for messages ("200 MB").</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.#} GB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.#} MB",
        >= 1L << 10 => $"{bytes / (double)(1L << 10):0.#} KB",
        _ => $"{bytes} bytes",
    };
}
