using System.Net;
using System.Text;

namespace Triangulate.Ingest.Html;

/// <summary>Protects the DOM parser from pathological pages: measures nesting depth in one linear pass and, for pages nested absurdly deep, strips tags instead of building a tree.</summary>
/// <remarks>HTML tree construction checks element scopes against the stack of open elements, which costs time proportional to the depth for every tag; a page nested 100,000 levels deep would take minutes. Real articles nest a few dozen levels.</remarks>
internal static class HtmlDepthGuard
{
    /// <summary>Depth above which a page is read as tag-stripped text.</summary>
    public const int MaxDepth = 2_000;

    private static readonly HashSet<string> s_void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "p", "li", "td", "tr", "option",
    };

    /// <summary>Approximate maximum nesting depth (open tags minus closed tags, void and optional-end elements ignored).</summary>
    public static int Depth(string html)
    {
        var depth = 0;
        var max = 0;
        for (var i = 0; i < html.Length - 1; i++)
        {
            if (html[i] != '<')
            {
                continue;
            }
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && end - start < 16 && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }
            if (end == start)
            {
                continue;
            }
            var name = html.AsSpan(start, end - start);
            if (IsVoid(name))
            {
                continue;
            }
            var gt = html.IndexOf('>', end);
            if (gt > 0 && html[gt - 1] == '/')
            {
                continue;
            }
            depth += closing ? -1 : 1;
            depth = Math.Max(depth, 0);
            max = Math.Max(max, depth);
        }
        return max;
    }

    /// <summary>Text of the page with tags removed, script/style contents dropped and entities decoded; block tags become line breaks.</summary>
    public static string StripTags(string html)
    {
        var sb = new StringBuilder(html.Length / 2);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<')
            {
                sb.Append(c);
                i++;
                continue;
            }
            var gt = html.IndexOf('>', i);
            if (gt < 0)
            {
                break;
            }
            var tag = html.AsSpan(i + 1, gt - i - 1).TrimStart('/');
            var nameEnd = 0;
            while (nameEnd < tag.Length && char.IsAsciiLetterOrDigit(tag[nameEnd]))
            {
                nameEnd++;
            }
            var name = tag[..nameEnd];
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                var close = html.IndexOf("</" + name.ToString(), gt, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : html.IndexOf('>', close) + 1;
                if (i <= 0)
                {
                    break;
                }
                continue;
            }
            if (name.Equals("p", StringComparison.OrdinalIgnoreCase) || name.Equals("br", StringComparison.OrdinalIgnoreCase) || name.Equals("div", StringComparison.OrdinalIgnoreCase))
            {
                if (sb.Length > 0 && sb[^1] != '\n')
                {
                    sb.Append('\n');
                }
            }
            i = gt + 1;
        }
        var lines = WebUtility.HtmlDecode(sb.ToString()).Split('\n').Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Where(l => l.Length > 0);
        return string.Join('\n', lines) + "\n";
    }

    private static bool IsVoid(ReadOnlySpan<char> name)
    {
        foreach (var v in s_void)
        {
            if (name.Equals(v, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
