using System.Xml;

namespace Triangulate.Watching;

/// <summary>What <c>triangulate watch</c> follows: feed URLs (from an OPML file or a list of URLs) and/or a drop folder.</summary>
/// <param name="Feeds">RSS/Atom feed URLs (http or https), without duplicates.</param>
/// <param name="Folder">A folder whose new files are ingested, or null.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record WatchTargets(IReadOnlyList<Uri> Feeds, string? Folder)
{
    /// <summary>Reads the argument of <c>watch</c>: a folder (drop folder), an <c>.opml</c> file (every <c>xmlUrl</c>), or a text file of URLs (one a line, <c>#</c> comments).</summary>
    /// <exception cref="ArgumentException">The path does not exist, or names no usable feed.</exception>
    public static WatchTargets Parse(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        if (Directory.Exists(argument))
        {
            return new WatchTargets([], Path.GetFullPath(argument));
        }
        if (Uri.TryCreate(argument, UriKind.Absolute, out var single) && (single.Scheme == Uri.UriSchemeHttp || single.Scheme == Uri.UriSchemeHttps))
        {
            return new WatchTargets([single], null);
        }
        if (!File.Exists(argument))
        {
            throw new ArgumentException($"{argument}: no such file or folder (expected feeds.opml, a text file of feed URLs, a feed URL, or a drop folder)", nameof(argument));
        }
        var urls = new List<string>();
        if (argument.EndsWith(".opml", StringComparison.OrdinalIgnoreCase) || LooksLikeOpml(argument))
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            try
            {
                using var reader = XmlReader.Create(argument, settings);
                while (reader.Read())
                {
                    if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "outline" && reader.GetAttribute("xmlUrl") is { Length: > 0 } url)
                    {
                        urls.Add(url.Trim());
                    }
                }
            }
            catch (XmlException ex)
            {
                throw new ArgumentException($"{argument}: malformed OPML ({ex.Message})", nameof(argument), ex);
            }
        }
        else
        {
            foreach (var raw in File.ReadLines(argument))
            {
                var line = raw.Trim();
                if (line.Length > 0 && !line.StartsWith('#'))
                {
                    urls.Add(line.Split((char[])[' ', '\t'], 2)[0]);
                }
            }
        }
        var feeds = new List<Uri>();
        var bad = new List<string>();
        foreach (var u in urls)
        {
            if (Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                if (!feeds.Contains(uri))
                {
                    feeds.Add(uri);
                }
            }
            else
            {
                bad.Add(u);
            }
        }
        if (bad.Count > 0)
        {
            throw new ArgumentException($"{argument}: not http(s) URLs: {string.Join(", ", bad.Take(5))}{(bad.Count > 5 ? ", …" : "")}", nameof(argument));
        }
        if (feeds.Count == 0)
        {
            throw new ArgumentException($"{argument}: names no feed URL", nameof(argument));
        }
        return new WatchTargets(feeds, null);
    }

    private static bool LooksLikeOpml(string path)
    {
        using var reader = new StreamReader(path);
        var buffer = new char[512];
        var n = reader.Read(buffer, 0, buffer.Length);
        return new string(buffer, 0, n).Contains("<opml", StringComparison.OrdinalIgnoreCase);
    }
}
