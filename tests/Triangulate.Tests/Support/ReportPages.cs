using System.Text;
using System.Text.RegularExpressions;
using Triangulate.Rendering.Html;

namespace Triangulate.Tests.Support;

/// <summary>Reads a paged dossier.html as the page's script does: its static markup plus every compressed page, inflated.</summary>
public static partial class ReportPages
{
    [GeneratedRegex("<script type=\"text/plain\" data-list=\"([^\"]+)\" data-page=\"(\\d+)\">([^<]*)</script>", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PageBlock();

    /// <summary>The markup of every page, keyed by list name and page number (from 1; the first page is the static markup).</summary>
    public static IReadOnlyList<(string List, int Page, string Html)> Pages(string html) =>
        [.. PageBlock().Matches(html).Select(m => (m.Groups[1].Value, int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), PagedList.Unpack(m.Groups[3].Value)))];

    /// <summary>The static markup followed by every page's inflated markup.</summary>
    public static string Expanded(string html)
    {
        var sb = new StringBuilder(html);
        foreach (var (_, _, page) in Pages(html))
        {
            sb.Append(page);
        }
        return sb.ToString();
    }
}
