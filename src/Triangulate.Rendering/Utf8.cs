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
}
