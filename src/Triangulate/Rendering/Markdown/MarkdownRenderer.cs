using System.Globalization;
using System.Text;

namespace Triangulate.Rendering.Markdown;

/// <summary>Writes <c>dossier.md</c>: the dossier's sections as Markdown, for pasting into a newsroom document.</summary>
/// <remarks>Article text is untrusted: table cells escape pipes and line breaks, and inline HTML is escaped.</remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public sealed class MarkdownRenderer : IDossierRenderer
{
    /// <inheritdoc/>
    public string Format => "md";

    /// <inheritdoc/>
    public IReadOnlyList<string> Write(Dossier.Dossier dossier, string directory)
    {
        var path = Path.Combine(directory, "dossier.md");
        AtomicFile.WriteText(path, Render(dossier));
        return [path];
    }

    /// <summary>Renders the whole dossier as Markdown text.</summary>
    public static string Render(Dossier.Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var md = new StringBuilder();
        md.AppendLine("# Dossier").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{dossier.Documents.Count} documents, {dossier.Claims.Count} figure claims. Schema `{dossier.Schema}`, {dossier.Generator}.").AppendLine();
        if (dossier.NotExtracted.Count > 0)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"_Not extracted yet: {string.Join(", ", dossier.NotExtracted)}._").AppendLine();
        }
        Documents(md, dossier);
        Cleaning(md, dossier);
        Problems(md, dossier);
        return md.ToString();
    }

    private static void Documents(StringBuilder md, Dossier.Dossier dossier)
    {
        md.AppendLine("## Documents").AppendLine();
        md.AppendLine("| id | file | outlet | published | how | title |");
        md.AppendLine("|---|---|---|---|---|---|");
        foreach (var d in dossier.Documents)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| `{d.Id}` | {Cell(d.File)} | {Cell(d.Outlet ?? d.Provenance ?? "")} | {Cell(d.Published?.Date ?? "unknown")} | {Cell(d.Published?.How ?? "")} | {Cell(d.Title ?? "")} |");
        }
        md.AppendLine();
    }

    private static void Cleaning(StringBuilder md, Dossier.Dossier dossier)
    {
        md.AppendLine("## What was cleaned").AppendLine();
        var any = false;
        foreach (var d in dossier.Documents)
        {
            foreach (var r in d.Removed)
            {
                any = true;
                md.AppendLine(CultureInfo.InvariantCulture, $"- `{d.Id}` {Cell(d.File)}, {r.Kind} at {r.Start}–{r.End}: “{Cell(Short(r.Text))}” ({Cell(r.Rule)})");
            }
            if (d.Dateline is { } line)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- `{d.Id}` dateline: {Cell(line.Place)}{(line.Agency is null ? "" : ", " + Cell(line.Agency))}");
            }
            if (d.Provenance is { } prov)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- `{d.Id}` states its provenance: {Cell(prov)}");
            }
        }
        if (!any)
        {
            md.AppendLine("Nothing was removed.");
        }
        md.AppendLine();
    }

    private static void Problems(StringBuilder md, Dossier.Dossier dossier)
    {
        if (dossier.Problems.Count == 0)
        {
            return;
        }
        md.AppendLine("## Problems").AppendLine();
        foreach (var p in dossier.Problems)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {p.Severity} ({p.Stage}) {Cell(p.File)}: {Cell(p.Reason)}");
        }
        md.AppendLine();
    }

    /// <summary>Escapes text for a Markdown table cell or inline position.</summary>
    public static string Cell(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '|': sb.Append("\\|"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\r': break;
                case '\n': sb.Append(' '); break;
                case '`': sb.Append("\\`"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    private static string Short(string s)
    {
        var t = s.Trim();
        return t.Length <= 90 ? t : t[..87] + "...";
    }
}
