using System.Globalization;
using System.Text;

namespace Triangulate.Rendering;

/// <summary>Makes untrusted names (file names, URLs, record ids) safe to print on a terminal or in a line-based output.</summary>
/// <remarks>
/// A control character in a file name would otherwise reach the terminal raw (an escape sequence recolours or rewrites the
/// screen) or, as a line break, forge a second message line. Each one becomes a visible escape — <c>\n</c>, <c>\r</c>,
/// <c>\t</c>, <c>\x1b</c>, <c>\u0085</c> — so the name stays recognisable and the message stays one line. Everything else is
/// kept as it is.
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class Printable
{
    /// <summary>Returns <paramref name="text"/> with every control character (C0, DEL, C1, line and paragraph separators) as a visible escape.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }
        var first = IndexOfControl(text);
        if (first < 0)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length + 8);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsControl(c))
            {
                sb.Append(c);
                continue;
            }
            switch (c)
            {
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    sb.Append(c < 0x100 ? "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture) : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>True when <paramref name="c"/> would act on a terminal or break a line rather than print.</summary>
    public static bool IsControl(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    private static int IndexOfControl(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsControl(text[i]))
            {
                return i;
            }
        }
        return -1;
    }
}
