using System.Buffers;
using System.Text;

namespace Triangulate.Rendering.Html;

/// <summary>Escaping for untrusted text in HTML content, attributes, ids and embedded JSON.</summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class HtmlText
{
    /// <summary>Appends <paramref name="text"/> escaped for HTML content and quoted attribute values.</summary>
    /// <remarks>Escapes <c>&amp; &lt; &gt; " '</c>; drops C0 control characters other than tab and line breaks, and lone surrogates, so no input can open a tag, close an attribute or a raw-text element such as <c>&lt;/style&gt;</c>.
    /// Drops the explicit direction controls (embeddings, overrides, isolates: U+202A–202E, U+2066–2069) too, so an unclosed
    /// override in an article cannot reorder the report's text after it; direction marks stay.</remarks>
    public static StringBuilder AppendEscaped(StringBuilder sb, ReadOnlySpan<char> text)
    {
        ArgumentNullException.ThrowIfNull(sb);
        var run = 0;
        var i = 0;
        // Runs of ordinary characters are found with a vectorised search and appended whole; only the characters that may need
        // escaping or dropping (s_attention) go through the per-character test.
        while (true)
        {
            var next = text[i..].IndexOfAny(s_attention);
            if (next < 0)
            {
                break;
            }
            i += next;
            var c = text[i];
            string? rep = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            var drop = rep is null && ((c < ' ' && c is not ('\t' or '\n' or '\r')) || c == '\u007f' || Unicode.IsDirectionalFormatting(c)
                || (char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])))
                || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]))));
            i++;
            if (rep is null && !drop)
            {
                continue;
            }
            sb.Append(text[run..(i - 1)]);
            if (rep is not null)
            {
                sb.Append(rep);
            }
            run = i;
        }
        return sb.Append(text[run..]);
    }

    // Every character AppendEscaped may replace or drop: the five HTML-significant ones, C0 controls (but tab and line breaks) and DEL, the explicit direction
    // controls and surrogates (kept when paired).
    private static readonly SearchValues<char> s_attention = SearchValues.Create(
        "&<>\"'\u007f\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069" + new string([.. Enumerable.Range(0, 32).Where(c => c is not (9 or 10 or 13)).Select(c => (char)c)])
        + new string([.. Enumerable.Range(0xD800, 0x800).Select(c => (char)c)]));

    /// <summary>Appends <paramref name="text"/> escaped (see <see cref="AppendEscaped"/>) inside <c>&lt;bdi&gt;</c>, so a name or title in a
    /// right-to-left script (or one starting with digits) keeps its own direction without reordering the text around it.</summary>
    public static StringBuilder AppendIsolated(StringBuilder sb, ReadOnlySpan<char> text)
    {
        ArgumentNullException.ThrowIfNull(sb);
        return AppendEscaped(sb.Append("<bdi>"), text).Append("</bdi>");
    }

    /// <summary>Returns <paramref name="text"/> escaped for HTML (see <see cref="AppendEscaped"/>).</summary>
    public static string Escape(string? text) => text is null ? "" : AppendEscaped(new StringBuilder(text.Length + 16), text).ToString();

    /// <summary>Turns any id into a fragment-safe id: ASCII letters, digits, <c>-</c> and <c>_</c> pass; anything else becomes <c>.XXXX</c> (its UTF-16 code in hex).</summary>
    /// <remarks>Injective, so distinct dossier ids never collide, and safe inside <c>id="…"</c> and <c>href="#…"</c> without further escaping.</remarks>
    public static string Slug(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return "_";
        }
        StringBuilder? sb = null;
        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var ok = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_';
            if (ok)
            {
                sb?.Append(c);
                continue;
            }
            sb ??= new StringBuilder(id, 0, i, id.Length + 8);
            sb.Append('.').Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb?.ToString() ?? id;
    }

    /// <summary>Makes JSON safe inside <c>&lt;script type="application/json"&gt;</c>: every <c>&lt;</c> becomes <c>\u003c</c> (and <c>&gt;</c>, <c>&amp;</c>, U+2028/9 likewise), so no <c>&lt;/script&gt;</c> or <c>&lt;!--</c> can occur.</summary>
    /// <remarks>The characters only occur inside JSON strings, where the escape means the same character.</remarks>
    public static string JsonForScript(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var sb = new StringBuilder(json.Length + 64);
        foreach (var c in json)
        {
            switch (c)
            {
                case '<': sb.Append("\\u003c"); break;
                case '>': sb.Append("\\u003e"); break;
                case '&': sb.Append("\\u0026"); break;
                case '\u2028': sb.Append("\\u2028"); break;
                case '\u2029': sb.Append("\\u2029"); break;
                default:
                    if (Unicode.IsDirectionalFormatting(c))
                    {
                        // The same character to a JSON reader, but no override in the page's source view.
                        sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Returns <paramref name="url"/> when it is an absolute http(s) URL, else null (so <c>javascript:</c>, <c>data:</c> and relative links are never emitted as links).</summary>
    public static string? SafeHttpUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }
        return uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;
    }
}
