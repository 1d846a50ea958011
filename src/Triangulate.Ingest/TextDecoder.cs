using System.Text;
using System.Text.Unicode;
using UtfUnknown;

namespace Triangulate.Ingest;

/// <summary>Turns bytes into text: byte-order mark, then strict UTF-8, then a declared or detected charset.</summary>
/// <remarks>
/// Binary content (known magic numbers, or many NUL bytes that are not UTF-16) is refused rather than decoded into
/// garbage. Code-page encodings (Windows-1252, Windows-1256, ISO-8859-x, …) are registered on first use.
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class TextDecoder
{
    private static readonly Lazy<bool> s_codePages = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    /// <summary>Decodes <paramref name="bytes"/>; on failure returns false and a reason a user can read.</summary>
    /// <param name="bytes">The whole content.</param>
    /// <param name="declaredCharset">A charset declared by the container (HTTP header, HTML meta), or null.</param>
    /// <param name="text">The decoded text, NUL characters removed.</param>
    /// <param name="description">Encoding name and how it was chosen, or the failure reason.</param>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, string? declaredCharset, out string text, out string description)
    {
        _ = s_codePages.Value;
        text = string.Empty;
        if (bytes.IsEmpty)
        {
            description = "empty file";
            return false;
        }
        if (BinaryKind(bytes) is { } kind)
        {
            description = $"binary content ({kind}), not text";
            return false;
        }

        // 1. Byte-order marks.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Finish(new UTF8Encoding(false, false), bytes[3..], "utf-8 (BOM)", out text, out description);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return Finish(new UTF32Encoding(false, false), bytes[4..], "utf-32le (BOM)", out text, out description);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Finish(new UnicodeEncoding(false, false), bytes[2..], "utf-16le (BOM)", out text, out description);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Finish(new UnicodeEncoding(true, false), bytes[2..], "utf-16be (BOM)", out text, out description);
        }

        // 2. UTF-16 without a BOM: NUL bytes in every other position.
        if (Utf16Guess(bytes) is { } utf16)
        {
            return Finish(utf16.Encoding, bytes, utf16.Name + " (no BOM, detected)", out text, out description);
        }
        if (NulShare(bytes) > 0.1)
        {
            description = "binary content (many NUL bytes), not text";
            return false;
        }

        // 3. Strict UTF-8 (ASCII is UTF-8).
        if (Utf8.IsValid(bytes))
        {
            return Finish(new UTF8Encoding(false, false), bytes, "utf-8 (valid)", out text, out description);
        }

        // 4. A declared charset, when it names a known encoding other than UTF-8 (the bytes are not UTF-8).
        if (declaredCharset is not null && TryGetEncoding(declaredCharset, out var declared) && declared.CodePage != Encoding.UTF8.CodePage)
        {
            return Finish(declared, bytes, $"{declared.WebName} (declared)", out text, out description);
        }

        // 5. Detection.
        var detected = CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected;
        if (detected?.Encoding is { } enc && enc.CodePage != Encoding.UTF8.CodePage && detected.Confidence >= 0.2f)
        {
            return Finish(enc, bytes, $"{enc.WebName} (detected, confidence {detected.Confidence:0.00})", out text, out description);
        }
        if (detected?.EncodingName is { } name && TryGetEncoding(name, out var byName) && byName.CodePage != Encoding.UTF8.CodePage)
        {
            return Finish(byName, bytes, $"{byName.WebName} (detected)", out text, out description);
        }

        // 6. Mostly UTF-8 with a few bad bytes: keep the text, replace the bad bytes, say so.
        var windows1252 = Encoding.GetEncoding(1252);
        return Finish(windows1252, bytes, "windows-1252 (fallback: not valid UTF-8 and no charset detected)", out text, out description);
    }

    /// <summary>Resolves a charset label (e.g. <c>windows-1256</c>, <c>latin1</c>) to an encoding.</summary>
    public static bool TryGetEncoding(string label, out Encoding encoding)
    {
        _ = s_codePages.Value;
        try
        {
            encoding = Encoding.GetEncoding(label.Trim().Trim('"', '\''));
            return true;
        }
        catch (ArgumentException)
        {
            encoding = Encoding.UTF8;
            return false;
        }
    }

    private static bool Finish(Encoding encoding, ReadOnlySpan<byte> bytes, string how, out string text, out string description)
    {
        text = encoding.GetString(bytes);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            text = text.Replace("\0", string.Empty, StringComparison.Ordinal);
            how += ", NUL characters removed";
        }
        description = how;
        return true;
    }

    private static string? BinaryKind(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G'])) return "PNG image";
        if (b.StartsWith((ReadOnlySpan<byte>)[(byte)'P', (byte)'K', 3, 4])) return "ZIP archive";
        if (b.StartsWith((ReadOnlySpan<byte>)[0x7F, (byte)'E', (byte)'L', (byte)'F'])) return "ELF executable";
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "JPEG image";
        if (b.StartsWith("GIF8"u8)) return "GIF image";
        if (b.StartsWith("%PDF"u8)) return "PDF document";
        if (b.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B])) return "gzip data";
        if (b.StartsWith("MZ"u8) && b.Length > 64) return "Windows executable";
        if (b.StartsWith("SQLite format 3"u8)) return "SQLite database";
        return null;
    }

    private static double NulShare(ReadOnlySpan<byte> b)
    {
        var sample = b[..Math.Min(b.Length, 8192)];
        var nul = sample.Count((byte)0);
        return (double)nul / sample.Length;
    }

    private static (Encoding Encoding, string Name)? Utf16Guess(ReadOnlySpan<byte> b)
    {
        var sample = b[..Math.Min(b.Length & ~1, 8192)];
        if (sample.Length < 4)
        {
            return null;
        }
        int evenNul = 0, oddNul = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenNul++;
            if (sample[i + 1] == 0) oddNul++;
        }
        var pairs = sample.Length / 2;
        // Latin-script UTF-16 has a NUL in the high byte of nearly every character and almost none in the low byte.
        if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return (new UnicodeEncoding(false, false), "utf-16le");
        if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return (new UnicodeEncoding(true, false), "utf-16be");
        return null;
    }
}
