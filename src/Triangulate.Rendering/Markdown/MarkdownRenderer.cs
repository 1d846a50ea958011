using System.Buffers;
using System.Globalization;
using System.Text;

namespace Triangulate.Rendering.Markdown;

/// <summary>Writes <c>dossier.md</c>: the dossier's sections as Markdown, for pasting into a newsroom document.</summary>
/// <remarks>Article text is untrusted: every piece of it goes through <see cref="Cell"/>, which escapes pipes, line breaks, inline HTML, link brackets and emphasis, so no article can add a link, an image, raw HTML or break a table.</remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public sealed class MarkdownRenderer : IDossierRenderer
{
    /// <inheritdoc/>
    public string Format => "md";

    /// <inheritdoc/>
    public IReadOnlyList<string> Files { get; } = ["dossier.md"];

    /// <inheritdoc/>
    public void Render(Dossier dossier, string file, Stream output) => Render(dossier, file, output, null);

    /// <inheritdoc/>
    public void Render(Dossier dossier, string file, Stream output, ICollection<Problem>? problems) =>
        Utf8.Write(output, false, Build(dossier, problems));

    /// <summary>Renders the whole dossier as Markdown text.</summary>
    public static string Render(Dossier dossier) => Render(dossier, null);

    /// <summary>Renders the whole dossier as Markdown text; a section that fails is replaced by a note and reported to <paramref name="problems"/>.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="problems">Receives one problem per section that could not be rendered; may be null.</param>
    public static string Render(Dossier dossier, ICollection<Problem>? problems) => Build(dossier, problems).ToString();

    private static StringBuilder Build(Dossier dossier, ICollection<Problem>? problems)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var md = new StringBuilder();
        var failed = new List<Problem>();
        void Section(string title, Action<StringBuilder> render) =>
            RenderGuard.Section(md, FileName, title, render, (sb, reason) => sb
                .AppendLine(CultureInfo.InvariantCulture, $"## {title}").AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"> **This section could not be rendered** ({Cell(reason)}). The rest of the report is complete.").AppendLine(),
                failed);
        Section("Dossier", sb =>
        {
            var title = dossier.Clusters.Count > 0 && !string.IsNullOrWhiteSpace(dossier.Clusters[0].Label) ? "Dossier: " + Cell(dossier.Clusters[0].Label) : "Dossier";
            sb.AppendLine(CultureInfo.InvariantCulture, $"# {title}").AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"{dossier.Documents.Count} documents, {dossier.Claims.Count} figure claims. Schema `{Cell(dossier.Schema)}`, {Cell(dossier.Generator)}.").AppendLine();
            if (dossier.NotExtracted.Count > 0)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"_Not extracted yet: {string.Join(", ", dossier.NotExtracted)}._").AppendLine();
            }
        });
        DossierView? view = null;
        Section("Headline figures", sb => HeadlineFigures(sb, view ??= new DossierView(dossier)));
        Section("Flags", sb => Flags(sb, view ??= new DossierView(dossier)));
        Section("Claims", sb => Claims(sb, view ??= new DossierView(dossier)));
        Section("Timeline", sb => Timeline(sb, view ??= new DossierView(dossier)));
        Section("Entities and places", sb => Entities(sb, view ??= new DossierView(dossier)));
        Section("Quotes", sb => Quotes(sb, view ??= new DossierView(dossier)));
        Section("Copy graph", sb => CopyGraph(sb, view ??= new DossierView(dossier)));
        Section("Documents", sb => Documents(sb, dossier));
        Section("What was cleaned", sb => Cleaning(sb, dossier));
        Section("Problems", sb => Problems(sb, [.. dossier.Problems, .. failed]));
        foreach (var p in failed)
        {
            problems?.Add(p);
        }
        return md;
    }

    private const string FileName = "dossier.md";

    private static void Empty(StringBuilder md, DossierView v, string section, string what) =>
        md.Append('_').Append(v.EmptyMessage(section, what)).AppendLine("_").AppendLine();

    private static void HeadlineFigures(StringBuilder md, DossierView v)
    {
        md.AppendLine("## Headline figures").AppendLine();
        var series = v.SeriesInOrder();
        if (series.Count == 0)
        {
            Empty(md, v, "series", "figure series");
            return;
        }
        md.AppendLine("| measure | group | place | low | best | high | claims | origins | flags |");
        md.AppendLine("|---|---|---|--:|--:|--:|--:|--:|---|");
        foreach (var s in series)
        {
            var flags = v.FlagsOf(s).Select(f => f.Kind.Code().Replace('_', ' ')).Concat(s.Steps.Where(x => x.Relation is SeriesRelation.Conflict or SeriesRelation.Revision).Select(x => x.Relation.Code())).Distinct(StringComparer.Ordinal);
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {Cell(s.Measure)} | {Cell(s.Who)} | {Cell(s.Place ?? "")} | {DossierView.Number(s.Estimate.Low)} | **{DossierView.Number(s.Estimate.Best)}** | {DossierView.Number(s.Estimate.High)} | {s.Points.Count} | {s.Origins} | {Cell(string.Join(", ", flags))} |");
        }
        md.AppendLine();
        foreach (var s in series)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"### {Cell(Capitalize(s.Measure))} — {Cell(s.Who)}{(s.Place is null ? "" : " — " + Cell(s.Place))}").AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"Low {DossierView.Number(s.Estimate.Low)} · best **{DossierView.Number(s.Estimate.Best)}** · high {DossierView.Number(s.Estimate.High)}; {s.Origins} independent origin{(s.Origins == 1 ? "" : "s")}{(s.OriginNames is { Count: > 0 } n ? " (" + Cell(string.Join(", ", n.Select(v.Readable))) + ")" : "")}.").AppendLine();
            if (!string.IsNullOrWhiteSpace(s.Estimate.Why))
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"_{Cell(v.Readable(s.Estimate.Why))}_").AppendLine();
            }
            md.AppendLine("How the figure evolved:").AppendLine();
            var relationOf = s.Steps.GroupBy(x => x.To, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var id in s.Points)
            {
                var c = v.Claim(id);
                if (c is null)
                {
                    md.AppendLine(CultureInfo.InvariantCulture, $"- `{Cell(id)}` (claim missing)");
                    continue;
                }
                var date = v.ClaimDate(c)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
                var step = relationOf.TryGetValue(id, out var st) ? $" — **{Cell(st.Relation.Code())}**: {Cell(v.Readable(st.Why))}" : "";
                md.AppendLine(CultureInfo.InvariantCulture, $"- {date}: {Cell(DossierView.Figure(c))} — {Cell(v.DocLabel(c.Doc))}, “{Cell(c.Span)}” (`{Cell(c.Id)}`){step}");
            }
            md.AppendLine();
        }
    }

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static void Flags(StringBuilder md, DossierView v)
    {
        md.AppendLine("## Flags").AppendLine();
        if (v.Dossier.Flags.Count == 0)
        {
            Empty(md, v, "flags", "consistency flags");
            return;
        }
        foreach (var f in v.Dossier.Flags)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- **{Cell(f.Kind.Code().Replace('_', ' '))}**: {Cell(v.Readable(f.Detail))} (claims {string.Join(", ", f.Claims.Select(c => "`" + Cell(c) + "`"))})");
        }
        md.AppendLine();
    }

    private static void Claims(StringBuilder md, DossierView v)
    {
        md.AppendLine("## Claims").AppendLine();
        if (v.Dossier.Claims.Count == 0)
        {
            Empty(md, v, "claims", "figure claims");
            return;
        }
        md.AppendLine("| figure | measure | group | source | outlet | date | sentence | id |");
        md.AppendLine("|--:|---|---|---|---|---|---|---|");
        foreach (var c in v.Dossier.Claims)
        {
            var doc = v.Doc(c.Doc);
            var sentence = Cell(c.Span);
            if (doc is not null && v.Sentence(c) is { } s)
            {
                sentence = Cell(doc.Text[s.SentenceStart..s.Start].TrimStart()) + "**" + Cell(doc.Text[s.Start..s.End]) + "**" + Cell(doc.Text[s.End..s.SentenceEnd].TrimEnd());
            }
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {Cell(DossierView.Figure(c))} | {Cell(c.Measure)} | {Cell(c.Who ?? "")} | {Cell(c.AttributedTo ?? "unattributed")} | {Cell(v.DocLabel(c.Doc))} | {v.ClaimDate(c)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""} | {sentence} | `{Cell(c.Id)}` |");
        }
        md.AppendLine();
    }

    private static void Timeline(StringBuilder md, DossierView v)
    {
        md.AppendLine("## Timeline").AppendLine();
        if (v.Dossier.Timeline.Count == 0)
        {
            Empty(md, v, "timeline", "dated events");
            return;
        }
        foreach (var t in v.Dossier.Timeline)
        {
            var docs = string.Join(", ", t.Docs.Select(d => Cell(v.DocLabel(d))));
            md.AppendLine(CultureInfo.InvariantCulture, $"- **{Cell(t.Date)}**{(t.Precision == DatePrecision.Day ? "" : " (" + Cell(t.Precision.Code()) + ")")}: {Cell(t.Summary)}{(docs.Length == 0 ? "" : " — " + docs)}");
        }
        md.AppendLine();
    }

    private static void Entities(StringBuilder md, DossierView v)
    {
        md.AppendLine("## Entities and places").AppendLine();
        if (v.Dossier.Entities.Count == 0)
        {
            Empty(md, v, "entities", "entities");
            return;
        }
        md.AppendLine("| type | name | also written | mentions | roles / location |");
        md.AppendLine("|---|---|---|--:|---|");
        foreach (var e in v.Dossier.Entities.OrderBy(e => e.Type.Code(), StringComparer.Ordinal).ThenByDescending(e => e.Mentions.Count).ThenBy(e => e.Canonical, StringComparer.Ordinal))
        {
            var extra = e.Geo is { } g
                ? $"{g.Lat.ToString("0.####", CultureInfo.InvariantCulture)}, {g.Lon.ToString("0.####", CultureInfo.InvariantCulture)}{(g.Admin1 is null ? "" : " · " + g.Admin1)}{(g.Country is null ? "" : " · " + g.Country)} ({g.SourceId})"
                : e.Roles is { Count: > 0 } r ? string.Join("; ", r) : e.GeoNote ?? "";
            var aliases = string.Join(", ", e.Aliases.Where(a => !string.Equals(a, e.Canonical, StringComparison.Ordinal)));
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(e.Type.Code())} | {Cell(e.Canonical)} | {Cell(aliases)} | {e.Mentions.Count} | {Cell(extra)} |");
        }
        md.AppendLine();
    }

    private static void Quotes(StringBuilder md, DossierView v)
    {
        md.AppendLine("## Quotes").AppendLine();
        if (v.Dossier.Quotes.Count == 0)
        {
            Empty(md, v, "quotes", "quotations");
            return;
        }
        foreach (var q in v.Dossier.Quotes.Where(q => q.Kind != "scare"))
        {
            var speaker = v.Entity(q.Speaker)?.Canonical ?? q.SpeakerText ?? "speaker not resolved";
            md.AppendLine(CultureInfo.InvariantCulture, $"> “{Cell(q.Text)}”").AppendLine(">");
            md.AppendLine(CultureInfo.InvariantCulture, $"> — {Cell(speaker)}{(q.Verb is null ? "" : " (" + Cell(q.Verb) + ")")}, {Cell(v.DocLabel(q.Doc))}").AppendLine();
        }
        var scare = v.Dossier.Quotes.Count(q => q.Kind == "scare");
        if (scare > 0)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"_{scare} words in quote marks that are labels rather than speech are not listed._").AppendLine();
        }
    }

    private static void CopyGraph(StringBuilder md, DossierView v)
    {
        md.AppendLine("## Copy graph").AppendLine();
        if (!v.NotExtracted("reuse"))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"{v.Dossier.Documents.Count} documents trace back to {v.OriginGroups.Count} independent origin{(v.OriginGroups.Count == 1 ? "" : "s")}.").AppendLine();
        }
        var links = v.Dossier.Reuse.Where(l => l.A != l.B).ToList();
        if (links.Count == 0)
        {
            Empty(md, v, "reuse", "text reuse between documents");
            return;
        }
        foreach (var g in v.OriginGroups.Where(g => g.Docs.Count > 1))
        {
            var origin = g.Source;
            md.AppendLine(CultureInfo.InvariantCulture, $"- Origin **{Cell(v.DocLabel(origin))}** (`{Cell(origin)}`), also run by: {string.Join(", ", g.Docs.Where(d => d != origin).Select(d => Cell(v.DocLabel(d))))}");
        }
        md.AppendLine().AppendLine("Links:").AppendLine();
        foreach (var l in links)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"- {Cell(v.DocLabel(l.A))} {(l.Directed ? "→" : "—")} {Cell(v.DocLabel(l.B))}: {Cell(l.Kind.Code())}, similarity {l.Score.ToString("0.00", CultureInfo.InvariantCulture)}{(l.Evidence is null ? "" : " — " + Cell(l.Evidence))}");
        }
        md.AppendLine();
    }

    private static void Documents(StringBuilder md, Dossier dossier)
    {
        md.AppendLine("## Documents").AppendLine();
        md.AppendLine("| id | file | outlet | published | how | title |");
        md.AppendLine("|---|---|---|---|---|---|");
        foreach (var d in dossier.Documents)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| `{d.Id}` | {Cell(Printable.Escape(d.File))} | {Cell(d.Outlet ?? d.Provenance ?? "")} | {Cell(d.Published?.Date ?? "unknown")} | {Cell(d.Published?.How.Code() ?? "")} | {Cell(d.Title ?? "")} |");
        }
        md.AppendLine();
        // Documents in a language the English rules do not read: kept in the pile, their figures, names and quotes not read.
        var notRead = dossier.Documents.Where(d => d.Language is { } l && l != "en").ToList();
        if (notRead.Count > 0)
        {
            md.AppendLine("Not read (language): " + string.Join(", ", notRead.Select(d => $"`{d.Id}` {Cell(Printable.Escape(d.File))} ({Cell(d.Language!)})"))).AppendLine();
        }
    }

    private static void Cleaning(StringBuilder md, Dossier dossier)
    {
        md.AppendLine("## What was cleaned").AppendLine();
        var any = false;
        foreach (var d in dossier.Documents)
        {
            foreach (var r in d.Removed)
            {
                any = true;
                md.AppendLine(CultureInfo.InvariantCulture, $"- `{d.Id}` {Cell(Printable.Escape(d.File))}, {r.Kind} at {r.Start}–{r.End}: “{Cell(Short(r.Text))}” ({Cell(r.Rule)})");
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

    private static void Problems(StringBuilder md, IReadOnlyList<Problem> problems)
    {
        if (problems.Count == 0)
        {
            return;
        }
        md.AppendLine("## Problems").AppendLine();
        foreach (var p in problems)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {p.Severity.Code()} ({p.Stage.Name}) {Cell(Printable.Escape(p.File))}: {Cell(p.Reason)}");
        }
        md.AppendLine();
    }

    /// <summary>Escapes text for a Markdown table cell or inline position.</summary>
    public static string Cell(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Most cells need no escape at all: found with one vectorised search, the text is returned as it is.
        var first = text.AsSpan().IndexOfAny(s_cellAttention);
        if (first < 0)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length + 16);
        sb.Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '|': sb.Append("\\|"); break;
                case '[': sb.Append("\\["); break;
                case ']': sb.Append("\\]"); break;
                case '*': sb.Append("\\*"); break;
                case '_': sb.Append("\\_"); break;
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\r': break;
                case '\n': sb.Append(' '); break;
                case '`': sb.Append("\\`"); break;
                case '\t': sb.Append(' '); break;
                // Other control characters (an escape sequence in a file name) are shown, not passed to whoever views the file.
                case var _ when Printable.IsControl(c): sb.Append(Printable.Escape(c.ToString()).Replace("\\", "\\\\", StringComparison.Ordinal)); break;
                default:
                    // Direction overrides, embeddings, isolates and marks would reorder the table around the cell, and
                    // zero-width spaces split names: Markdown cannot isolate them, so they are left out.
                    if (!Unicode.IsHiddenControl(c))
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        return sb.ToString();
    }

    // Every character Cell changes or drops: Markdown punctuation, HTML-significant characters, controls (C0, DEL, C1, line and
    // paragraph separators) and the hidden controls (Unicode.IsHiddenControl).
    private static readonly SearchValues<char> s_cellAttention = SearchValues.Create(
        "\\|[]*_&<>`\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u200B\u2060\uFEFF\u00AD"
        + new string([.. Enumerable.Range(0, 32).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c)]));

    private static string Short(string s)
    {
        var t = s.Trim();
        return t.Length <= 90 ? t : t[..87] + "...";
    }
}
