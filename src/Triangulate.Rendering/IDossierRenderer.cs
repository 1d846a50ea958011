namespace Triangulate.Rendering;

/// <summary>Writes a dossier in one output format, to streams: renderers never open files (the application's output writer does, atomically).</summary>
public interface IDossierRenderer
{
    /// <summary>Format name used by <c>--format</c>: <c>json</c>, <c>md</c>, <c>html</c>, <c>csv</c>.</summary>
    string Format { get; }

    /// <summary>The files this format consists of, by name (e.g. <c>dossier.json</c>; <c>claims.csv</c> and <c>events.csv</c>).</summary>
    IReadOnlyList<string> Files { get; }

    /// <summary>Writes the file named <paramref name="file"/> (one of <see cref="Files"/>) of <paramref name="dossier"/> to <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="file"/> is not one of <see cref="Files"/>.</exception>
    void Render(Dossier dossier, string file, Stream output);

    /// <summary>Writes the file, reporting to <paramref name="problems"/> each part (a section, a row) that could not be rendered and
    /// was replaced by a visible note; the rest of the file is complete.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="file">One of <see cref="Files"/>.</param>
    /// <param name="output">Where the file's bytes go.</param>
    /// <param name="problems">Receives the rendering problems; may be null.</param>
    /// <remarks>The default calls <see cref="Render(Dossier, string, Stream)"/> and reports nothing (a renderer without section guards).</remarks>
    void Render(Dossier dossier, string file, Stream output, ICollection<Problem>? problems) => Render(dossier, file, output);
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
