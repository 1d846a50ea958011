namespace Triangulate.Rendering;

/// <summary>Writes a dossier in one output format.</summary>
/// <remarks>Implementations write through <see cref="AtomicFile"/>, so an interrupted run never leaves a truncated file.</remarks>
public interface IDossierRenderer
{
    /// <summary>Format name used by <c>--format</c>: <c>json</c>, <c>md</c>, <c>html</c>, <c>csv</c>.</summary>
    string Format { get; }

    /// <summary>Writes the dossier's files into <paramref name="directory"/>; returns the paths written.</summary>
    IReadOnlyList<string> Write(Dossier.Dossier dossier, string directory);

    /// <summary>Writes the dossier's files, reporting to <paramref name="problems"/> each part (a section, a row) that could not be
    /// rendered and was replaced by a visible note; the rest of each file is complete.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="directory">The output folder.</param>
    /// <param name="problems">Receives the rendering problems; may be null.</param>
    /// <remarks>The default calls <see cref="Write(Dossier.Dossier, string)"/> and reports nothing (a renderer without section guards).</remarks>
    IReadOnlyList<string> Write(Dossier.Dossier dossier, string directory, ICollection<Ingest.Problem>? problems) => Write(dossier, directory);
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
