namespace Triangulate.Rendering;

/// <summary>Writes a dossier in one output format.</summary>
/// <remarks>Implementations write through <see cref="AtomicFile"/>, so an interrupted run never leaves a truncated file.</remarks>
public interface IDossierRenderer
{
    /// <summary>Format name used by <c>--format</c>: <c>json</c>, <c>md</c>, <c>html</c>, <c>csv</c>.</summary>
    string Format { get; }

    /// <summary>Writes the dossier's files into <paramref name="directory"/>; returns the paths written.</summary>
    IReadOnlyList<string> Write(Dossier dossier, string directory);
}

/// <summary>The renderers the library ships, by format name.</summary>
public static class Renderers
{
    /// <summary>Every built-in renderer. Each stage that adds a format registers it here.</summary>
    public static IReadOnlyList<IDossierRenderer> All { get; } =
    [
        new Json.JsonRenderer(),
        new Markdown.MarkdownRenderer(),
        new Html.HtmlRenderer(),
        new Csv.CsvRenderer(),
    ];

    /// <summary>The formats written when <c>--format</c> is not given.</summary>
    public static IReadOnlyList<string> DefaultFormats { get; } = ["json", "md", "html", "csv"];

    /// <summary>Finds a renderer by format name (case-insensitive), or null.</summary>
    public static IDossierRenderer? Find(string format) =>
        All.FirstOrDefault(r => string.Equals(r.Format, format, StringComparison.OrdinalIgnoreCase));
}
