using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Triangulate.Rendering.Html;

/// <summary>Writes <c>dossier.html</c>: one self-contained report (inline CSS, script and SVG; no network) that opens from disk.</summary>
/// <remarks>
/// Sections: headline figures (each series with low/best/high, origins, flags and an SVG chart whose points link to their claims),
/// flags, a sortable and filterable claims table with each claim's verbatim sentence, the timeline, an SVG map of geocoded
/// places, the copy graph, entities, quotes, and the cleaned articles with claim spans anchored by id.
/// Article text is untrusted: every string is escaped (<see cref="HtmlText"/>), only http(s) URLs become links, and a
/// Content-Security-Policy with the hashes of the page's own style and script blocks any other script.
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public sealed class HtmlRenderer : IDossierRenderer
{
    private const int MaxGraphNodes = 60;
    private const int MaxChartPoints = 80;
    private const int MaxListedLinks = 2000;

    /// <summary>Rows of the claims table per page; a longer table is paged, the later pages stored compressed.</summary>
    internal const int ClaimsPage = 200;

    /// <summary>Series cards per page (the headline figures come first, in <see cref="DossierView.SeriesInOrder"/>).</summary>
    internal const int SeriesPage = 24;

    /// <summary>Articles per page.</summary>
    internal const int ArticlesPage = 20;

    /// <summary>Entities per page, within each kind.</summary>
    internal const int EntitiesPage = 150;

    /// <summary>Quotes per page.</summary>
    internal const int QuotesPage = 100;

    /// <summary>Flags, timeline entries and reuse links per page.</summary>
    internal const int ListPage = 100;

    /// <summary>Links listed inline in one item (a timeline entry's articles, a flag's claims) before "and N more".</summary>
    private const int InlineLinks = 12;

    /// <summary>Steps and flags shown on a series card before a link to the rest.</summary>
    private const int CardNotes = 6;
    private const int MaxMapLabels = 40;

    /// <inheritdoc/>
    public string Format => "html";

    /// <summary>The report title; when null, one built from the event (measure, place, month), else the first story cluster's label, else "Dossier".</summary>
    public string? Title { get; init; }

    /// <inheritdoc/>
    public IReadOnlyList<string> Files { get; } = ["dossier.html"];

    /// <inheritdoc/>
    public void Render(Dossier dossier, string file, Stream output) => Render(dossier, file, output, null);

    /// <inheritdoc/>
    public void Render(Dossier dossier, string file, Stream output, ICollection<Problem>? problems)
    {
        // Streamed from the builders: the report is never copied into one string, nor that string into one byte array.
        var (head, body, tail) = Build(dossier, Title, problems);
        Utf8.Write(output, false, head, body, tail);
    }

    private const string FileName = "dossier.html";

    /// <summary>Renders the whole report as one HTML document.</summary>
    /// <param name="dossier">The dossier; inconsistent references (unknown ids, offsets outside the text) are tolerated.</param>
    /// <param name="title">Report title, or null for the default.</param>
    public static string Render(Dossier dossier, string? title = null) => Render(dossier, title, null);

    /// <summary>Renders the whole report as one HTML document; a section that fails is replaced by a visible note and reported to <paramref name="problems"/>.</summary>
    /// <param name="dossier">The dossier; inconsistent references (unknown ids, offsets outside the text) are tolerated.</param>
    /// <param name="title">Report title, or null for the default.</param>
    /// <param name="problems">Receives one problem per section that could not be rendered; may be null.</param>
    public static string Render(Dossier dossier, string? title, ICollection<Problem>? problems)
    {
        var (head, body, tail) = Build(dossier, title, problems);
        return new StringBuilder(head.Length + body.Length + tail.Length).Append(head).Append(body).Append(tail).ToString();
    }

    // The report in three parts, in page order: the head (to the opening body tag), the body's sections, and the script and closing tags.
    private static (StringBuilder Head, StringBuilder Body, StringBuilder Tail) Build(Dossier dossier, string? title, ICollection<Problem>? problems)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var failed = new List<Problem>();
        DossierView? view = null;
        DossierView V() => view ??= new DossierView(dossier);
        // Not sized to the articles: a long report's later pages leave the body packed, and a builder grows in small chunks
        // (never copied), whereas one capacity the size of every article's text was a single block of tens of megabytes.
        var body = new StringBuilder(64 * 1024);
        var heading = title ?? V().EventTitle() ?? (dossier.Clusters.Count > 0 && !string.IsNullOrWhiteSpace(dossier.Clusters[0].Label) ? dossier.Clusters[0].Label : "Dossier");
        void Section(string id, string name, Action<StringBuilder> render) =>
            RenderGuard.Section(body, FileName, name, render, (sb, reason) =>
            {
                SectionStart(sb, id, HtmlText.Escape(name), null);
                sb.Append("<p class=\"empty render-failed\" role=\"alert\">This section could not be rendered (");
                E(sb, reason).Append("). The rest of the report is complete.</p>\n</section>\n");
            }, failed);
        Section("header", "Header", sb => Header(sb, V(), heading));
        body.Append("<main>\n");
        Section("figures", "Headline figures", sb => Figures(sb, V()));
        Section("flags", "Flags", sb => Flags(sb, V()));
        Section("claims", "Claims", sb => Claims(sb, V()));
        Section("timeline", "Timeline", sb => Timeline(sb, V()));
        Section("map", "Map", sb => Map(sb, V()));
        Section("copy-graph", "Copy graph", sb => CopyGraph(sb, V()));
        Section("entities", "Entities", sb => Entities(sb, V()));
        Section("quotes", "Quotes", sb => Quotes(sb, V()));
        Section("articles", "Articles", sb => Articles(sb, V()));
        Section("problems", "Problems", sb => Problems(sb, V(), failed));
        body.Append("</main>\n");
        Section("footer", "Footer", sb => Footer(sb, V()));
        Section("data", "Embedded data", sb => DataIsland(sb, dossier));
        foreach (var p in failed)
        {
            problems?.Add(p);
        }

        var css = HtmlAssets.Css;
        var js = HtmlAssets.Js;
        var page = new StringBuilder(css.Length + 1024);
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src '")
            .Append(s_cssHash).Append("'; script-src '").Append(s_jsHash).Append("'; base-uri 'none'; form-action 'none'\">\n");
        page.Append("<meta name=\"referrer\" content=\"no-referrer\">\n");
        page.Append("<meta name=\"generator\" content=\"").Append(HtmlText.Escape(dossier.Generator)).Append("\">\n");
        page.Append("<title>").Append(HtmlText.Escape(heading)).Append(" · Triangulate dossier</title>\n");
        page.Append("<style>").Append(css).Append("</style>\n</head>\n<body>\n");
        var tail = new StringBuilder(js.Length + 64).Append("<script>").Append(js).Append("</script>\n</body>\n</html>\n");
        return (page, body, tail);
    }

    // The hashes of the page's own style and script for its Content-Security-Policy (constant: computed once).
    private static readonly string s_cssHash = Sha256(HtmlAssets.Css);
    private static readonly string s_jsHash = Sha256(HtmlAssets.Js);

    private static string Sha256(string s) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(s)));

    private static StringBuilder E(StringBuilder sb, string? text) => text is null ? sb : HtmlText.AppendEscaped(sb, text);

    /// <summary>A name or title from an article: escaped and direction-isolated.</summary>
    private static StringBuilder Bdi(StringBuilder sb, string? text) => text is null ? sb : HtmlText.AppendIsolated(sb, text);

    private static string Inv(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);

    private static void Header(StringBuilder sb, DossierView v, string heading)
    {
        var d = v.Dossier;
        var outlets = d.Documents.Select(x => x.Outlet).Where(o => !string.IsNullOrWhiteSpace(o)).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var dates = d.Documents.Select(x => DossierView.ParseDate(x.Published?.Date)).OfType<DateOnly>().ToList();
        sb.Append("<header class=\"top\">\n<h1>");
        E(sb, heading);
        sb.Append("</h1>\n<div class=\"sub\">Triangulated from ").Append(d.Documents.Count).Append(d.Documents.Count == 1 ? " article" : " articles");
        if (dates.Count > 0)
        {
            sb.Append(" published ").Append(DateRange(dates.Min(), dates.Max()));
        }
        sb.Append(". Every figure links to the words it comes from.</div>\n<div class=\"stats\">");
        Stat(sb, d.Documents.Count, "articles");
        Stat(sb, outlets, outlets == 1 ? "named outlet" : "named outlets");
        if (v.NotExtracted("reuse"))
        {
            sb.Append("<div class=\"stat\"><b>?</b><span>independent origins</span></div>");
        }
        else
        {
            Stat(sb, v.OriginGroups.Count, "independent origins");
        }
        Stat(sb, d.Claims.Count, "figure claims");
        Stat(sb, d.Series.Count, "series");
        Stat(sb, d.Flags.Count, "flags");
        sb.Append("</div>\n</header>\n<nav class=\"toc\" aria-label=\"Sections\">");
        foreach (var (id, label) in new[] { ("figures", "Headline figures"), ("flags", "Flags"), ("claims", "Claims"), ("timeline", "Timeline"), ("places", "Map"), ("copies", "Copy graph"), ("entities", "Entities"), ("quotes", "Quotes"), ("articles", "Articles") })
        {
            sb.Append("<a href=\"#").Append(id).Append("\">").Append(label).Append("</a>");
        }
        sb.Append("</nav>\n");
    }

    private static string DateRange(DateOnly a, DateOnly b) =>
        a == b ? a.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
        : a.ToString("d MMM yyyy", CultureInfo.InvariantCulture) + " – " + b.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static void Stat(StringBuilder sb, int n, string label) =>
        sb.Append("<div class=\"stat\"><b>").Append(n.ToString("#,0", CultureInfo.InvariantCulture)).Append("</b><span>").Append(label).Append("</span></div>");

    private static void SectionStart(StringBuilder sb, string id, string title, string? lead)
    {
        sb.Append("<section class=\"block\" id=\"").Append(id).Append("\">\n<h2>").Append(title).Append("</h2>\n");
        if (lead is not null)
        {
            sb.Append("<p class=\"lead\">").Append(lead).Append("</p>\n");
        }
    }

    private static void Empty(StringBuilder sb, DossierView v, string section, string what)
    {
        sb.Append("<p class=\"empty").Append(v.NotExtracted(section) ? " pending" : "").Append("\" data-empty=\"")
            .Append(v.NotExtracted(section) ? "not-extracted" : "none-found").Append("\">");
        E(sb, v.EmptyMessage(section, what)).Append("</p>\n");
    }

    // ---------- headline figures ----------

    private static void Figures(StringBuilder sb, DossierView v)
    {
        SectionStart(sb, "figures", "Headline figures", "Each series gathers the claims that count the same thing. Low / best / high follow UCDP practice; the chart shows how the figure evolved, and each point links to its claim.");
        var series = v.SeriesInOrder();
        if (series.Count == 0)
        {
            Empty(sb, v, "series", "figure series");
        }
        else
        {
            var list = PagedList.Open(sb, "series", series.Count, SeriesPage, "series", "div", "cards");
            foreach (var s in series)
            {
                list.BeginItem();
                SeriesCard(sb, v, s);
                list.EndItem();
            }
            sb.Append("</div>\n");
            list.WriteData(sb);
        }
        BackgroundFigures(sb, v);
        sb.Append("</section>\n");
    }

    /// <summary>Figures about something other than the event (an earlier disaster, a war's overall toll), listed apart so they are not read as this event's counts.</summary>
    private static void BackgroundFigures(StringBuilder sb, DossierView v)
    {
        var background = v.BackgroundClaims();
        if (background.Count == 0)
        {
            return;
        }
        sb.Append("<div class=\"background\" id=\"background-figures\"><h3>Background figures <small class=\"muted\">not counted above</small></h3>\n")
            .Append("<p class=\"lead\">Figures the articles give about earlier or wider events, for context; they stay out of this event's series and estimates.</p>\n<ul class=\"flaglist\">\n");
        foreach (var c in background.Take(200))
        {
            sb.Append("<li><a href=\"#claim-").Append(HtmlText.Slug(c.Id)).Append("\"><b>");
            E(sb, DossierView.Figure(c)).Append("</b> ");
            E(sb, c.Measure);
            if (!string.IsNullOrEmpty(c.Who) && c.Who != "all")
            {
                sb.Append(" · ");
                E(sb, c.Who);
            }
            sb.Append("</a> <span class=\"muted small\">");
            Bdi(sb, v.DocLabel(c.Doc)).Append("</span></li>\n");
        }
        if (background.Count > 200)
        {
            sb.Append("<li class=\"muted\">and ").Append(background.Count - 200).Append(" more in the claims table</li>\n");
        }
        sb.Append("</ul></div>\n");
    }

    private static void SeriesCard(StringBuilder sb, DossierView v, FigureSeries s)
    {
        sb.Append("<div class=\"card series\" id=\"series-").Append(HtmlText.Slug(s.Id)).Append("\">\n<h3>");
        E(sb, Capitalize(s.Measure)).Append(" <small>· ");
        E(sb, string.Equals(s.Who, "all", StringComparison.Ordinal) ? "total" : s.Who);
        if (!string.IsNullOrWhiteSpace(s.Place))
        {
            sb.Append(" · ");
            E(sb, s.Place);
        }
        sb.Append("</small></h3>\n<div class=\"lbh\">");
        Tile(sb, v, s, "low", s.Estimate.Low, "");
        Tile(sb, v, s, "best", s.Estimate.Best, " best");
        Tile(sb, v, s, "high", s.Estimate.High, "");
        sb.Append("</div>\n");
        sb.Append("<div class=\"meta\">").Append(s.Points.Count).Append(s.Points.Count == 1 ? " claim" : " claims").Append(" · ")
            .Append(s.Origins).Append(s.Origins == 1 ? " independent origin" : " independent origins");
        if (s.OriginNames is { Count: > 0 } names)
        {
            sb.Append(": ");
            E(sb, string.Join(", ", names.Take(InlineLinks).Select(v.Readable)));
            More(sb, names.Count - InlineLinks);
        }
        sb.Append("</div>\n");
        Chart(sb, v, s);
        if (!string.IsNullOrWhiteSpace(s.Estimate.Why))
        {
            sb.Append("<p class=\"why\">");
            E(sb, DossierView.Shorten(v.Readable(s.Estimate.Why), 600)).Append("</p>\n");
        }
        var steps = s.Steps.Where(x => x.Relation is SeriesRelation.Conflict or SeriesRelation.Revision).ToList();
        var flags = v.FlagsOf(s);
        if (steps.Count + flags.Count > 0)
        {
            sb.Append("<ul class=\"flags\">");
            foreach (var st in steps.Take(CardNotes))
            {
                sb.Append("<li><span class=\"badge ").Append(st.Relation == SeriesRelation.Conflict ? "bad" : "warn").Append("\">");
                E(sb, st.Relation.Code()).Append("</span> ");
                E(sb, v.Readable(st.Why));
                sb.Append(" <a href=\"#claim-").Append(HtmlText.Slug(st.To)).Append("\">claim</a></li>");
            }
            foreach (var f in flags.Take(CardNotes))
            {
                sb.Append("<li>");
                FlagBadge(sb, f.Kind);
                sb.Append(' ');
                E(sb, v.Readable(f.Detail)).Append("</li>");
            }
            var more = Math.Max(0, steps.Count - CardNotes) + Math.Max(0, flags.Count - CardNotes);
            if (more > 0)
            {
                sb.Append("<li class=\"muted\">and ").Append(more.ToString("#,0", CultureInfo.InvariantCulture))
                    .Append(" more: every step is in the <a href=\"#claims\">claims</a>, every flag under <a href=\"#flags\">Flags</a></li>");
            }
            sb.Append("</ul>\n");
        }
        sb.Append("</div>\n");
    }

    /// <summary>One of low / best / high: a link to the claim that states the value, with its qualifier words ("about 20").</summary>
    private static void Tile(StringBuilder sb, DossierView v, FigureSeries s, string label, long? value, string cls)
    {
        var claim = v.ClaimFor(s, value);
        if (claim is null)
        {
            sb.Append("<div class=\"tile").Append(cls).Append("\"><span>").Append(label).Append("</span><b>").Append(DossierView.Number(value)).Append("</b></div>");
            return;
        }
        var words = claim.Qualifier is Qualifier.Exact or Qualifier.Range or Qualifier.Vague ? "" : DossierView.QualifierWords(claim.Qualifier);
        sb.Append("<a class=\"tile").Append(cls).Append("\" href=\"#claim-").Append(HtmlText.Slug(claim.Id)).Append("\" data-claim=\"").Append(HtmlText.Slug(claim.Id)).Append("\" title=\"");
        E(sb, $"{label}: {DossierView.Figure(claim)} — {v.DocLabel(claim.Doc)} (see the sentence)").Append("\"><span>").Append(label).Append("</span>");
        if (words.Length > 0)
        {
            sb.Append("<i>");
            E(sb, words).Append("</i> ");
        }
        sb.Append("<b>").Append(DossierView.Number(value)).Append("</b></a>");
    }

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static void Chart(StringBuilder sb, DossierView v, FigureSeries s)
    {
        var pts = new List<(FigureClaim Claim, long Value, DateOnly? Date)>();
        foreach (var id in s.Points)
        {
            if (v.Claim(id) is { } c && DossierView.ValueOf(c) is { } value)
            {
                pts.Add((c, value, v.ClaimDate(c)));
            }
        }
        if (pts.Count == 0)
        {
            return;
        }
        var claimsInSeries = pts.Count;
        pts = ThinPoints(pts, s);
        const double W = 360, H = 150, L = 46, R = 14, T = 10, B = 26;
        var max = Math.Max(pts.Max(p => p.Value), Math.Max(s.Estimate.High ?? 0, s.Estimate.Best ?? 0));
        var top = NiceCeiling(max * 1.08);
        var dated = pts.All(p => p.Date is not null);
        var d0 = dated ? pts.Min(p => p.Date!.Value) : default;
        var d1 = dated ? pts.Max(p => p.Date!.Value) : default;
        var span = dated ? d1.DayNumber - d0.DayNumber : 0;
        double X(int i, DateOnly? d) => span > 0 && d is { } dd
            ? L + (W - L - R) * (dd.DayNumber - d0.DayNumber) / span
            : pts.Count == 1 ? L + (W - L - R) / 2 : L + (W - L - R) * i / (pts.Count - 1);
        double Y(double value) => T + (H - T - B) * (1 - value / top);

        sb.Append("<svg class=\"chart\" viewBox=\"0 0 ").Append(Inv(W)).Append(' ').Append(Inv(H)).Append("\" role=\"img\" aria-label=\"");
        E(sb, ChartName(s, claimsInSeries, pts.Min(p => p.Value), pts.Max(p => p.Value), dated ? d0 : null, dated ? d1 : null)).Append("\">");
        foreach (var f in new[] { 0.0, 0.5, 1.0 })
        {
            var y = Y(top * f);
            sb.Append("<line class=\"grid\" x1=\"").Append(Inv(L)).Append("\" x2=\"").Append(Inv(W - R)).Append("\" y1=\"").Append(Inv(y)).Append("\" y2=\"").Append(Inv(y)).Append("\"/>");
            sb.Append("<text x=\"").Append(Inv(L - 6)).Append("\" y=\"").Append(Inv(y + 3)).Append("\" text-anchor=\"end\">").Append(Short(top * f)).Append("</text>");
        }
        if (s.Estimate.Low is { } lo && s.Estimate.High is { } hi && hi >= lo)
        {
            sb.Append("<rect class=\"band\" x=\"").Append(Inv(L)).Append("\" width=\"").Append(Inv(W - L - R)).Append("\" y=\"").Append(Inv(Y(hi)))
                .Append("\" height=\"").Append(Inv(Math.Max(1, Y(lo) - Y(hi)))).Append("\"><title>low–high ").Append(DossierView.Number(lo)).Append('–').Append(DossierView.Number(hi)).Append("</title></rect>");
        }
        if (s.Estimate.Best is { } best)
        {
            var y = Y(best);
            sb.Append("<line class=\"bestline\" x1=\"").Append(Inv(L)).Append("\" x2=\"").Append(Inv(W - R)).Append("\" y1=\"").Append(Inv(y)).Append("\" y2=\"").Append(Inv(y)).Append("\"/>");
        }
        sb.Append("<line class=\"axis\" x1=\"").Append(Inv(L)).Append("\" x2=\"").Append(Inv(W - R)).Append("\" y1=\"").Append(Inv(H - B)).Append("\" y2=\"").Append(Inv(H - B)).Append("\"/>");
        var pos = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        var previous = (X: double.NaN, Y: double.NaN);
        for (var i = 0; i < pts.Count; i++)
        {
            var p = (X: X(i, pts[i].Date), Y: Y(pts[i].Value));
            // Points on the same day with the same value (a copied figure) would hide each other: nudge the later one right so both stay clickable.
            if (Math.Abs(p.X - previous.X) < 6 && Math.Abs(p.Y - previous.Y) < 6)
            {
                p.X = Math.Min(W - R, previous.X + 9);
            }
            pos.TryAdd(pts[i].Claim.Id, p);
            previous = p;
        }
        var relationOf = new Dictionary<string, SeriesRelation>(StringComparer.Ordinal);
        foreach (var st in s.Steps)
        {
            relationOf.TryAdd(st.To, st.Relation);
        }
        for (var i = 1; i < pts.Count; i++)
        {
            var a = pos[pts[i - 1].Claim.Id];
            var b = pos[pts[i].Claim.Id];
            var rel = relationOf.TryGetValue(pts[i].Claim.Id, out var r) ? r.Code() : "step";
            sb.Append("<line class=\"seg rel-").Append(HtmlText.Slug(rel)).Append("\" x1=\"").Append(Inv(a.X)).Append("\" y1=\"").Append(Inv(a.Y))
                .Append("\" x2=\"").Append(Inv(b.X)).Append("\" y2=\"").Append(Inv(b.Y)).Append("\"/>");
        }
        // x labels: first and last date (or point numbers when undated).
        var firstLabel = dated ? d0.ToString("d MMM", CultureInfo.InvariantCulture) : "first";
        var lastLabel = dated ? d1.ToString("d MMM", CultureInfo.InvariantCulture) : "latest";
        sb.Append("<text x=\"").Append(Inv(L)).Append("\" y=\"").Append(Inv(H - 8)).Append("\">").Append(firstLabel).Append("</text>");
        if (pts.Count > 1 && (!dated || span > 0))
        {
            sb.Append("<text x=\"").Append(Inv(W - R)).Append("\" y=\"").Append(Inv(H - 8)).Append("\" text-anchor=\"end\">").Append(lastLabel).Append("</text>");
        }
        for (var i = 0; i < pts.Count; i++)
        {
            var (c, value, date) = pts[i];
            var p = pos[c.Id];
            sb.Append("<a class=\"pt-link\" href=\"#claim-").Append(HtmlText.Slug(c.Id)).Append("\" data-claim=\"").Append(HtmlText.Slug(c.Id)).Append("\"><circle class=\"pt\" r=\"5\" cx=\"")
                .Append(Inv(p.X)).Append("\" cy=\"").Append(Inv(p.Y)).Append("\"><title>");
            E(sb, $"{DossierView.Figure(c)} — {v.DocLabel(c.Doc)}{(date is { } dd ? ", " + dd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")}");
            sb.Append("</title></circle></a>");
        }
        if (pts.Count <= 24)
        {
            // Value labels above their point, else below it; a label that would cover another label or a point (or repeats
            // the previous value) is left out: the point's tooltip and claim still give it.
            var taken = pos.Values.Select(p => new Box(p.X - 6, p.Y - 6, p.X + 6, p.Y + 6)).ToList();
            long? last = null;
            foreach (var (c, value, _) in pts)
            {
                if (value == last)
                {
                    continue;
                }
                last = value;
                var p = pos[c.Id];
                var text = Short(value);
                var w = text.Length * 5.6 + 2;
                var x = Math.Clamp(p.X, L + w / 2, W - R - w / 2);
                foreach (var baseline in new[] { p.Y - 9, p.Y + 17 })
                {
                    var box = new Box(x - w / 2, baseline - 9, x + w / 2, baseline + 2);
                    if (box.Y0 < 0 || box.Y1 > H - B + 1 || taken.Exists(t => t.Overlaps(box, 1)))
                    {
                        continue;
                    }
                    taken.Add(box);
                    sb.Append("<text class=\"val\" x=\"").Append(Inv(x)).Append("\" y=\"").Append(Inv(baseline)).Append("\" text-anchor=\"middle\" aria-hidden=\"true\">").Append(text).Append("</text>");
                    break;
                }
            }
        }
        sb.Append("</svg>\n<div class=\"legend small\"><span><i class=\"bandkey\"></i>low–high</span><span><i class=\"bestkey\"></i>best</span><span>● a claim (click to see it)</span></div>\n");
    }

    /// <summary>Points drawn on a chart: all of them up to <see cref="MaxChartPoints"/>; beyond that one point per distinct day and
    /// value, then an even sample that always keeps the first, the last and the claims behind low, best and high (the claims
    /// table lists every claim of the series).</summary>
    private static List<(FigureClaim Claim, long Value, DateOnly? Date)> ThinPoints(List<(FigureClaim Claim, long Value, DateOnly? Date)> pts, FigureSeries s)
    {
        if (pts.Count <= MaxChartPoints)
        {
            return pts;
        }
        var distinct = pts.DistinctBy(p => (p.Date, p.Value)).ToList();
        if (distinct.Count <= MaxChartPoints)
        {
            return distinct;
        }
        var keep = new HashSet<int> { 0, distinct.Count - 1 };
        for (var i = 0; i < distinct.Count; i++)
        {
            if (distinct[i].Value == s.Estimate.Low || distinct[i].Value == s.Estimate.Best || distinct[i].Value == s.Estimate.High)
            {
                keep.Add(i);
            }
        }
        var step = (double)(distinct.Count - 1) / (MaxChartPoints - Math.Min(keep.Count, MaxChartPoints / 2));
        for (var x = 0.0; x < distinct.Count && keep.Count < MaxChartPoints; x += step)
        {
            keep.Add((int)x);
        }
        return [.. keep.Order().Take(MaxChartPoints).Select(i => distinct[i])];
    }

    /// <summary>A rectangle in SVG units.</summary>
    private readonly record struct Box(double X0, double Y0, double X1, double Y1)
    {
        public bool Overlaps(Box o, double gap) => X0 < o.X1 + gap && o.X0 < X1 + gap && Y0 < o.Y1 + gap && o.Y0 < Y1 + gap;
    }

    /// <summary>The chart's accessible name: what it counts, how many claims, over which days, and the range and best estimate.</summary>
    private static string ChartName(FigureSeries s, int points, long min, long max, DateOnly? from, DateOnly? to)
    {
        var sb = new StringBuilder("Chart of ");
        sb.Append(s.Measure).Append(" (").Append(string.Equals(s.Who, "all", StringComparison.Ordinal) ? "total" : s.Who).Append(") over time: ")
            .Append(points).Append(points == 1 ? " claim" : " claims");
        if (from is { } a && to is { } b)
        {
            sb.Append(a == b ? " on " + a.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : " from " + DateRange(a, b));
        }
        sb.Append(min == max ? ", all " + DossierView.Number(min) : ", from " + DossierView.Number(min) + " to " + DossierView.Number(max));
        if (s.Estimate.Best is { } best)
        {
            sb.Append("; best estimate ").Append(DossierView.Number(best));
        }
        return sb.Append('.').ToString();
    }

    private static double NiceCeiling(double x)
    {
        if (x <= 0)
        {
            return 1;
        }
        var mag = Math.Pow(10, Math.Floor(Math.Log10(x)));
        foreach (var m in new[] { 1.0, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 })
        {
            if (m * mag >= x)
            {
                return m * mag;
            }
        }
        return 10 * mag;
    }

    private static string Short(double x) => x >= 10_000
        ? (x / 1000).ToString("0.#", CultureInfo.InvariantCulture) + "k"
        : x.ToString("#,0", CultureInfo.InvariantCulture);

    // ---------- flags ----------

    private static readonly Dictionary<FlagKind, (string Label, string Tone)> s_flagKinds = new()
    {
        [FlagKind.ComponentsExceedTotal] = ("components exceed total", "bad"),
        [FlagKind.ComponentsMatchTotal] = ("components match total", "ok"),
        [FlagKind.ComponentsBelowTotal] = ("components below total", "warn"),
        [FlagKind.TimeScopeConflict] = ("time scope conflict", "warn"),
        [FlagKind.SameValueDifferentCategory] = ("same value, different category", "warn"),
        [FlagKind.ConflictingValuesSameSource] = ("conflicting values, same source", "bad"),
        [FlagKind.ConflictingValuesSameTime] = ("conflicting values, same time", "bad"),
        [FlagKind.UnexplainedDecrease] = ("unexplained decrease", "bad"),
        [FlagKind.UnsourcedFigure] = ("unsourced figure", "warn"),
    };

    private static void FlagBadge(StringBuilder sb, FlagKind kind)
    {
        var (label, tone) = s_flagKinds.TryGetValue(kind, out var k) ? k : (kind.Code().Replace('_', ' '), "warn");
        sb.Append("<span class=\"badge ").Append(tone).Append("\">");
        E(sb, label).Append("</span>");
    }

    private static void Flags(StringBuilder sb, DossierView v)
    {
        SectionStart(sb, "flags", "Flags", "Consistency checks across claims: what does not add up, and what does.");
        if (v.Dossier.Flags.Count == 0)
        {
            Empty(sb, v, "flags", "consistency flags");
            sb.Append("</section>\n");
            return;
        }
        var count = v.Dossier.Flags.Count;
        var list = PagedList.Open(sb, "flags", count, ListPage, "flags", "ul", "flaglist");
        var i = 0;
        foreach (var f in v.Dossier.Flags)
        {
            list.BeginItem();
            sb.Append("<li id=\"flag-").Append(i++).Append("\">");
            FlagBadge(sb, f.Kind);
            sb.Append(' ');
            E(sb, v.Readable(f.Detail));
            if (f.Claims.Count > 0)
            {
                sb.Append(" <span class=\"small muted\">Claims:</span> ");
                ClaimLinks(sb, v, f.Claims.Take(InlineLinks));
                More(sb, f.Claims.Count - InlineLinks);
            }
            sb.Append("</li>\n");
            list.EndItem();
        }
        sb.Append("</ul>\n");
        list.WriteData(sb);
        sb.Append("</section>\n");
    }

    private static void More(StringBuilder sb, int more)
    {
        if (more > 0)
        {
            sb.Append(" <span class=\"muted\">and ").Append(more.ToString("#,0", CultureInfo.InvariantCulture)).Append(" more</span>");
        }
    }

    private static void ClaimLinks(StringBuilder sb, DossierView v, IEnumerable<string> claimIds)
    {
        var first = true;
        foreach (var id in claimIds)
        {
            if (!first)
            {
                sb.Append(", ");
            }
            first = false;
            sb.Append("<a href=\"#claim-").Append(HtmlText.Slug(id)).Append("\">");
            if (v.Claim(id) is { } c)
            {
                E(sb, DossierView.Figure(c)).Append(" <span class=\"muted\">(");
                E(sb, v.DocLabel(c.Doc)).Append(")</span>");
            }
            else
            {
                E(sb, id);
            }
            sb.Append("</a>");
        }
    }

    // ---------- claims ----------

    private static void Claims(StringBuilder sb, DossierView v)
    {
        var claims = v.Dossier.Claims;
        SectionStart(sb, "claims", "Claims", "Every figure stated in the articles, verbatim. Filter, sort by a column, or follow a claim to its place in the article.");
        if (claims.Count == 0)
        {
            Empty(sb, v, "claims", "figure claims");
            sb.Append("</section>\n");
            return;
        }
        sb.Append("<div class=\"filters\" role=\"search\">");
        FilterSelect(sb, "f-measure", "Measure", claims.Select(c => (c.Measure, c.Measure)));
        FilterSelect(sb, "f-who", "Group", claims.Select(c => (c.Who ?? "", string.IsNullOrEmpty(c.Who) ? "(unspecified)" : c.Who!)));
        FilterSelect(sb, "f-source", "Source", claims.Select(c => (Source(v, c), Source(v, c))));
        FilterSelect(sb, "f-doc", "Document", claims.Select(c => (c.Doc, v.DocLabel(c.Doc) + " · " + (v.Doc(c.Doc)?.Title ?? Path.GetFileName(v.Doc(c.Doc)?.File ?? c.Doc)))));
        sb.Append("<label for=\"f-text\">Search<input id=\"f-text\" type=\"search\" placeholder=\"words in the sentence\"></label>");
        sb.Append("<button type=\"button\" id=\"f-clear\">Clear</button><output id=\"f-count\" for=\"f-measure f-who f-source f-doc f-text\">")
            .Append(claims.Count).Append(" claims</output></div>\n");
        sb.Append("<div class=\"tablewrap\"><table class=\"claims\" id=\"claims-table\">\n<thead><tr>");
        foreach (var (label, type) in new[] { ("Figure", "num"), ("Measure", "text"), ("Group", "text"), ("Source", "text"), ("Outlet", "text"), ("Date", "text"), ("Sentence", "text") })
        {
            sb.Append("<th scope=\"col\" data-type=\"").Append(type).Append("\"><button type=\"button\">").Append(label).Append("</button></th>");
        }
        sb.Append("</tr></thead>\n<tbody").Append(PagedList.Attributes("claims", claims.Count, ClaimsPage)).Append(">\n");
        var list = new PagedList(sb, "claims", ClaimsPage);
        foreach (var c in claims)
        {
            list.BeginItem();
            var doc = v.Doc(c.Doc);
            var date = v.ClaimDate(c);
            var series = v.SeriesOf(c.Id);
            sb.Append("<tr id=\"claim-").Append(HtmlText.Slug(c.Id)).Append("\" data-measure=\"");
            E(sb, c.Measure).Append("\" data-who=\"");
            E(sb, c.Who ?? "").Append("\" data-source=\"");
            E(sb, Source(v, c)).Append("\" data-doc=\"");
            E(sb, c.Doc).Append("\">");
            sb.Append("<td class=\"num\" data-label=\"Figure\" data-v=\"").Append(DossierView.ValueOf(c)?.ToString(CultureInfo.InvariantCulture) ?? "").Append("\">");
            E(sb, DossierView.Figure(c));
            if (c.Cumulative)
            {
                sb.Append(" <span class=\"badge\" title=\"running total\">total</span>");
            }
            if (c.EventScope == FigureClaim.Background)
            {
                sb.Append(" <span class=\"badge\" title=\"about an earlier or wider event, not this one\">background</span>");
            }
            if (c.Confidence < 0.7)
            {
                sb.Append(" <span class=\"badge warn\" title=\"");
                E(sb, c.ConfidenceReason ?? "low confidence").Append("\">unsure</span>");
            }
            sb.Append("</td><td data-label=\"Measure\">");
            E(sb, c.Measure);
            sb.Append("</td><td data-label=\"Group\">");
            E(sb, c.Who ?? "");
            sb.Append("</td><td data-label=\"Source\">");
            if (c.AttributedTo is null)
            {
                sb.Append("<span class=\"muted\">unattributed</span>");
            }
            else
            {
                E(sb, c.AttributedTo);
            }
            sb.Append("</td><td data-label=\"Outlet\">");
            DocLink(sb, v, c.Doc);
            sb.Append("</td>");
            sb.Append("<td class=\"date\" data-label=\"Date\" data-v=\"").Append(date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "").Append("\">")
                .Append(date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "<span class=\"muted\">—</span>");
            if (c.TimeOrDay is { } ts)
            {
                sb.Append("<div class=\"small muted scope\">");
                E(sb, ts.Text).Append("</div>");
            }
            sb.Append("</td><td class=\"sent\" data-label=\"Sentence\">");
            if (doc is not null && v.Sentence(c) is { } s)
            {
                sb.Append('“');
                HtmlText.AppendEscaped(sb, doc.Text.AsSpan(s.SentenceStart, s.Start - s.SentenceStart).TrimStart());
                sb.Append("<mark class=\"fig\">");
                HtmlText.AppendEscaped(sb, doc.Text.AsSpan(s.Start, s.End - s.Start));
                sb.Append("</mark>");
                HtmlText.AppendEscaped(sb, doc.Text.AsSpan(s.End, s.SentenceEnd - s.End).TrimEnd());
                sb.Append('”');
            }
            else
            {
                sb.Append("<mark class=\"fig\">");
                E(sb, c.Span).Append("</mark>");
            }
            sb.Append(" <a class=\"small\" href=\"#a-").Append(HtmlText.Slug(c.Id)).Append("\">in article ↗</a>");
            if (series is not null)
            {
                sb.Append(" <a class=\"small\" href=\"#series-").Append(HtmlText.Slug(series.Id)).Append("\">series</a>");
            }
            sb.Append("</td></tr>\n");
            list.EndItem();
        }
        sb.Append("</tbody></table></div>\n");
        PagedList.Pager(sb, "claims", claims.Count, ClaimsPage, "claims");
        list.WriteData(sb);
        sb.Append("</section>\n");
    }

    private static string Source(DossierView v, FigureClaim c) =>
        c.AttributedEntity is { } id && v.Entity(id) is { } e ? e.Canonical : c.AttributedTo ?? "unattributed";

    private static void FilterSelect(StringBuilder sb, string id, string label, IEnumerable<(string Value, string Label)> options)
    {
        sb.Append("<label for=\"").Append(id).Append("\">").Append(label).Append("<select id=\"").Append(id).Append("\"><option value=\"\">All</option>");
        foreach (var (value, text) in options.DistinctBy(o => o.Value, StringComparer.Ordinal).OrderBy(o => o.Label, StringComparer.OrdinalIgnoreCase))
        {
            sb.Append("<option value=\"");
            E(sb, value).Append("\">");
            E(sb, text.Length > 70 ? text[..67] + "…" : text).Append("</option>");
        }
        sb.Append("</select></label>");
    }

    // ---------- timeline ----------

    private static void Timeline(StringBuilder sb, DossierView v)
    {
        SectionStart(sb, "timeline", "Timeline", "The dated events of the story, with the articles that report them.");
        if (v.Dossier.Timeline.Count == 0)
        {
            Empty(sb, v, "timeline", "dated events");
            sb.Append("</section>\n");
            return;
        }
        var count = v.Dossier.Timeline.Count;
        var list = PagedList.Open(sb, "timeline", count, ListPage, "dated events", "ol", "timeline");
        foreach (var t in v.Dossier.Timeline)
        {
            list.BeginItem();
            sb.Append("<li><time datetime=\"");
            E(sb, t.Date).Append("\">");
            E(sb, t.Date).Append("</time>");
            if (t.Precision != DatePrecision.Day)
            {
                sb.Append("<span class=\"badge\">");
                E(sb, t.Precision.Code().Replace('_', ' ')).Append("</span> ");
            }
            E(sb, t.Summary);
            sb.Append("<div class=\"small muted\">");
            if (t.Docs.Count > 0)
            {
                sb.Append("Reported by ");
                DocLinks(sb, v, t.Docs.Take(InlineLinks));
                More(sb, t.Docs.Count - InlineLinks);
            }
            if (t.Claims.Count > 0)
            {
                sb.Append(" · Figures: ");
                ClaimLinks(sb, v, t.Claims.Take(InlineLinks));
                More(sb, t.Claims.Count - InlineLinks);
            }
            sb.Append("</div></li>\n");
            list.EndItem();
        }
        sb.Append("</ol>\n");
        list.WriteData(sb);
        sb.Append("</section>\n");
    }

    private static void DocLinks(StringBuilder sb, DossierView v, IEnumerable<string> docs)
    {
        var first = true;
        foreach (var d in docs)
        {
            if (!first)
            {
                sb.Append(", ");
            }
            first = false;
            sb.Append("<a href=\"#doc-").Append(HtmlText.Slug(d)).Append("\">");
            Bdi(sb, v.DocLabel(d)).Append("</a>");
        }
    }

    private static void DocLink(StringBuilder sb, DossierView v, string doc)
    {
        sb.Append("<a href=\"#doc-").Append(HtmlText.Slug(doc)).Append("\" title=\"");
        E(sb, v.DocTooltip(doc)).Append("\">");
        Bdi(sb, v.DocLabel(doc)).Append("</a>");
    }

    // ---------- map ----------

    private static void Map(StringBuilder sb, DossierView v)
    {
        SectionStart(sb, "places", "Map of places", "Places the articles name that the gazetteer located, drawn on a latitude/longitude grid (no map tiles; the report works offline).");
        var places = v.GeocodedPlaces();
        var unplaced = v.Dossier.Entities.Where(e => e.Type == EntityType.Place && e.Geo is null).ToList();
        if (places.Count == 0)
        {
            Empty(sb, v, "entities", "geocoded places");
        }
        else
        {
            MapSvg(sb, places);
            sb.Append("<div class=\"tablewrap\"><table class=\"places stack\"><thead><tr><th>Place</th><th>Admin area</th><th>Country</th><th>Lat, lon</th><th>Precision</th><th>Mentions</th></tr></thead><tbody")
                .Append(PagedList.Attributes("places", places.Count, ListPage)).Append(">\n");
            var list = new PagedList(sb, "places", ListPage);
            foreach (var p in places.OrderByDescending(p => p.Mentions.Count).ThenBy(p => p.Canonical, StringComparer.Ordinal))
            {
                list.BeginItem();
                var g = p.Geo!;
                sb.Append("<tr><td><a href=\"#ent-").Append(HtmlText.Slug(p.Id)).Append("\">");
                Bdi(sb, p.Canonical).Append("</a></td><td>");
                E(sb, g.Admin1 ?? "").Append("</td><td>");
                E(sb, g.Country ?? "").Append("</td><td class=\"mono\">")
                    .Append(g.Lat.ToString("0.####", CultureInfo.InvariantCulture)).Append(", ").Append(g.Lon.ToString("0.####", CultureInfo.InvariantCulture))
                    .Append("</td><td>").Append(g.Precision).Append("</td><td>").Append(p.Mentions.Count).Append("</td></tr>\n");
                list.EndItem();
            }
            sb.Append("</tbody></table></div>\n");
            PagedList.Pager(sb, "places", places.Count, ListPage, "places");
            list.WriteData(sb);
        }
        if (unplaced.Count > 0)
        {
            sb.Append("<p class=\"small muted\">Not located: ");
            var first = true;
            foreach (var p in unplaced)
            {
                if (!first)
                {
                    sb.Append("; ");
                }
                first = false;
                E(sb, p.Canonical);
                if (p.GeoNote is { } note)
                {
                    sb.Append(" (");
                    E(sb, note).Append(')');
                }
            }
            sb.Append("</p>\n");
        }
        sb.Append("</section>\n");
    }

    private static void MapSvg(StringBuilder sb, IReadOnlyList<Entity> places)
    {
        var lat0 = places.Min(p => p.Geo!.Lat);
        var lat1 = places.Max(p => p.Geo!.Lat);
        var lon0 = places.Min(p => p.Geo!.Lon);
        var lon1 = places.Max(p => p.Geo!.Lon);
        // Pad the box by a fifth of its size, and never show less than two degrees, so a single town still has context.
        var padLat = Math.Max((lat1 - lat0) * 0.2, Math.Max(0, 1.0 - (lat1 - lat0) / 2));
        var padLon = Math.Max((lon1 - lon0) * 0.2, Math.Max(0, 1.0 - (lon1 - lon0) / 2));
        lat0 = Math.Max(-89, lat0 - padLat);
        lat1 = Math.Min(89, lat1 + padLat);
        lon0 = Math.Max(-180, lon0 - padLon);
        lon1 = Math.Min(180, lon1 + padLon);
        // Equirectangular projection with longitudes shrunk by cos(mid latitude), so shapes are not stretched.
        var k = Math.Cos((lat0 + lat1) / 2 * Math.PI / 180);
        var wDeg = (lon1 - lon0) * k;
        var hDeg = lat1 - lat0;
        const double W = 720;
        var h = Math.Clamp(W * hDeg / wDeg, 300, 440);
        var scale = Math.Min(W / wDeg, h / hDeg);
        // Widen the shorter side so the grid fills the whole frame.
        var midLon = (lon0 + lon1) / 2;
        var midLat = (lat0 + lat1) / 2;
        lon0 = midLon - W / scale / k / 2;
        lon1 = midLon + W / scale / k / 2;
        lat0 = midLat - h / scale / 2;
        lat1 = midLat + h / scale / 2;
        double X(double lon) => (lon - lon0) * k * scale;
        double Y(double lat) => (lat1 - lat) * scale;

        sb.Append("<div class=\"svgbox\"><svg class=\"map\" id=\"map\" viewBox=\"0 0 ").Append(Inv(W)).Append(' ').Append(Inv(h))
            .Append("\" role=\"img\" aria-label=\"");
        E(sb, $"Map of {places.Count} located {(places.Count == 1 ? "place" : "places")}, most mentioned first: {string.Join(", ", places.OrderByDescending(p => p.Mentions.Count).Take(8).Select(p => p.Canonical))}{(places.Count > 8 ? " and others" : "")}.").Append("\">");
        sb.Append("<rect class=\"frame\" x=\"").Append(Inv(X(lon0))).Append("\" y=\"").Append(Inv(Y(lat1))).Append("\" width=\"").Append(Inv(X(lon1) - X(lon0)))
            .Append("\" height=\"").Append(Inv(Y(lat0) - Y(lat1))).Append("\"/>");
        var step = GraticuleStep(Math.Max(lat1 - lat0, lon1 - lon0));
        for (var lat = Math.Ceiling(lat0 / step) * step; lat <= lat1; lat += step)
        {
            sb.Append("<line class=\"grat\" x1=\"").Append(Inv(X(lon0))).Append("\" x2=\"").Append(Inv(X(lon1))).Append("\" y1=\"").Append(Inv(Y(lat))).Append("\" y2=\"").Append(Inv(Y(lat))).Append("\"/>");
            sb.Append("<text class=\"glabel\" x=\"").Append(Inv(X(lon0) + 3)).Append("\" y=\"").Append(Inv(Y(lat) - 3)).Append("\">").Append(Degrees(lat, 'N', 'S')).Append("</text>");
        }
        for (var lon = Math.Ceiling(lon0 / step) * step; lon <= lon1; lon += step)
        {
            sb.Append("<line class=\"grat\" y1=\"").Append(Inv(Y(lat1))).Append("\" y2=\"").Append(Inv(Y(lat0))).Append("\" x1=\"").Append(Inv(X(lon))).Append("\" x2=\"").Append(Inv(X(lon))).Append("\"/>");
            sb.Append("<text class=\"glabel\" x=\"").Append(Inv(X(lon) + 3)).Append("\" y=\"").Append(Inv(Y(lat0) - 4)).Append("\">").Append(Degrees(lon, 'E', 'W')).Append("</text>");
        }
        var maxMentions = Math.Max(1, places.Max(p => p.Mentions.Count));
        var ordered = places.OrderByDescending(p => p.Mentions.Count).ThenBy(p => p.Canonical, StringComparer.Ordinal).ToList();
        var dots = new List<(Entity Place, double X, double Y, double R)>(ordered.Count);
        foreach (var p in ordered)
        {
            var g = p.Geo!;
            var x = X(g.Lon);
            var y = Y(g.Lat);
            var r = 4 + 6 * Math.Sqrt((double)p.Mentions.Count / maxMentions);
            dots.Add((p, x, y, r));
            sb.Append("<a href=\"#ent-").Append(HtmlText.Slug(p.Id)).Append("\"><circle class=\"place\" data-entity=\"").Append(HtmlText.Slug(p.Id)).Append("\" cx=\"").Append(Inv(x)).Append("\" cy=\"").Append(Inv(y))
                .Append("\" r=\"").Append(Inv(r)).Append("\"><title>");
            E(sb, $"{p.Canonical} ({g.Lat.ToString("0.###", CultureInfo.InvariantCulture)}, {g.Lon.ToString("0.###", CultureInfo.InvariantCulture)}) — {p.Mentions.Count} mentions");
            sb.Append("</title></circle></a>");
        }
        // Labels after every dot, so none hides under a later dot: the most mentioned places first, each at the first of right,
        // left, above or below its dot that covers no other label and no other dot; a place with no free spot keeps its tooltip only.
        var taken = new List<Box>();
        var labels = 0;
        foreach (var (p, x, y, r) in dots)
        {
            if (labels >= MaxMapLabels)
            {
                break;
            }
            var name = DossierView.Shorten(p.Canonical, 28);
            var w = name.Length * 6.4 + 4;
            (double X, double Y, string Anchor, Box Box)[] spots =
            [
                (x + r + 3, y + 4, "start", new Box(x + r + 2, y - 8, x + r + 3 + w, y + 6)),
                (x - r - 3, y + 4, "end", new Box(x - r - 3 - w, y - 8, x - r - 2, y + 6)),
                (x, y - r - 4, "middle", new Box(x - w / 2, y - r - 16, x + w / 2, y - r - 2)),
                (x, y + r + 12, "middle", new Box(x - w / 2, y + r, x + w / 2, y + r + 14)),
            ];
            foreach (var spot in spots)
            {
                var b = spot.Box;
                if (b.X0 < 0 || b.X1 > W || b.Y0 < 0 || b.Y1 > h || taken.Exists(t => t.Overlaps(b, 1))
                    || dots.Exists(d => !ReferenceEquals(d.Place, p) && new Box(d.X - d.R, d.Y - d.R, d.X + d.R, d.Y + d.R).Overlaps(b, 0)))
                {
                    continue;
                }
                taken.Add(b);
                labels++;
                sb.Append("<text class=\"plabel\" x=\"").Append(Inv(spot.X)).Append("\" y=\"").Append(Inv(spot.Y)).Append("\" text-anchor=\"").Append(spot.Anchor).Append("\">");
                E(sb, name).Append("</text>");
                break;
            }
        }
        sb.Append("</svg></div>\n");
    }

    private static double GraticuleStep(double extent)
    {
        foreach (var s in new[] { 0.1, 0.25, 0.5, 1, 2, 5, 10, 15, 30 })
        {
            if (extent / s <= 8)
            {
                return s;
            }
        }
        return 45;
    }

    private static string Degrees(double d, char pos, char neg) =>
        Math.Abs(d).ToString("0.##", CultureInfo.InvariantCulture) + "°" + (d >= 0 ? pos : neg);

    // ---------- copy graph ----------

    private static readonly string[] s_groupColors = ["#1f5fa8", "#b42318", "#1a7f37", "#b45309", "#6941c6", "#0e7490", "#c11574", "#4d5761"];

    private static void CopyGraph(StringBuilder sb, DossierView v)
    {
        SectionStart(sb, "copies", "Copy graph", "Which articles copied or paraphrased which. Articles joined by reuse count as one independent origin.");
        var links = v.Dossier.Reuse.Where(l => l.A != l.B && v.Doc(l.A) is not null && v.Doc(l.B) is not null).ToList();
        var docs = v.Dossier.Documents.Count;
        if (!v.NotExtracted("reuse"))
        {
            sb.Append("<p><b>").Append(docs).Append("</b> articles trace back to <b>").Append(v.OriginGroups.Count).Append("</b> independent ")
            .Append(v.OriginGroups.Count == 1 ? "origin" : "origins").Append(".</p>\n");
        }
        if (links.Count == 0)
        {
            Empty(sb, v, "reuse", "text reuse between articles");
            sb.Append("</section>\n");
            return;
        }
        var degree = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var l in links)
        {
            degree[l.A] = degree.GetValueOrDefault(l.A) + 1;
            degree[l.B] = degree.GetValueOrDefault(l.B) + 1;
        }
        var nodes = degree.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(MaxGraphNodes).Select(kv => kv.Key)
            .OrderBy(v.OriginGroupOf).ThenBy(d => DossierView.ParseDate(v.Doc(d)?.Published?.Date) ?? DateOnly.MaxValue).ThenBy(d => d, StringComparer.Ordinal).ToList();
        const double W = 640;
        var H = nodes.Count <= 4 ? 240.0 : 460.0;
        var cx = W / 2;
        var cy = H / 2;
        var radius = nodes.Count <= 4 ? 80 : Math.Min(W, H) / 2 - 70;
        // Two articles read left to right; more sit on a circle, grouped by origin.
        var startAngle = nodes.Count == 2 ? Math.PI : -Math.PI / 2;
        var pos = new Dictionary<string, (double X, double Y, double A)>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            var a = startAngle + 2 * Math.PI * i / nodes.Count;
            pos[nodes[i]] = (cx + radius * Math.Cos(a), cy + radius * Math.Sin(a), a);
        }
        sb.Append("<div class=\"two\"><div class=\"svgbox\"><svg class=\"graph\" id=\"copy-graph\" viewBox=\"0 0 ").Append(Inv(W)).Append(' ').Append(Inv(H))
            .Append("\" role=\"img\" aria-label=\"Copy graph of ").Append(nodes.Count).Append(" articles\">");
        sb.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"#5b6675\"/></marker></defs>");
        foreach (var l in links)
        {
            if (!pos.TryGetValue(l.A, out var a) || !pos.TryGetValue(l.B, out var b))
            {
                continue;
            }
            // Stop the line at the node's edge so the arrow head stays visible.
            var dx = b.X - a.X;
            var dy = b.Y - a.Y;
            var len = Math.Max(1, Math.Sqrt(dx * dx + dy * dy));
            var bx = b.X - dx / len * 9;
            var by = b.Y - dy / len * 9;
            sb.Append("<line class=\"edge kind-").Append(HtmlText.Slug(l.Kind.Code())).Append("\" x1=\"").Append(Inv(a.X)).Append("\" y1=\"").Append(Inv(a.Y))
                .Append("\" x2=\"").Append(Inv(bx)).Append("\" y2=\"").Append(Inv(by)).Append('"');
            if (l.Directed)
            {
                sb.Append(" marker-end=\"url(#arrow)\"");
            }
            sb.Append("><title>");
            E(sb, $"{v.DocLabel(l.A)} → {v.DocLabel(l.B)}: {l.Kind.Code()}, similarity {l.Score.ToString("0.00", CultureInfo.InvariantCulture)}{(l.Evidence is null ? "" : ". " + l.Evidence)}");
            sb.Append("</title></line>");
        }
        foreach (var d in nodes)
        {
            var p = pos[d];
            var color = s_groupColors[Math.Max(0, v.OriginGroupOf(d)) % s_groupColors.Length];
            sb.Append("<a href=\"#doc-").Append(HtmlText.Slug(d)).Append("\"><circle class=\"node\" r=\"7\" fill=\"").Append(color).Append("\" cx=\"").Append(Inv(p.X)).Append("\" cy=\"").Append(Inv(p.Y)).Append("\"><title>");
            E(sb, $"{v.DocLabel(d)} — {v.Doc(d)?.Title ?? v.Doc(d)?.File}");
            sb.Append("</title></circle></a>");
            var right = Math.Cos(p.A) >= -0.01;
            var lx = p.X + Math.Cos(p.A) * 14;
            var ly = p.Y + Math.Sin(p.A) * 14 + 4 + (Math.Abs(Math.Sin(p.A)) > 0.9 ? 8 * Math.Sign(Math.Sin(p.A)) : 0);
            var anchor = Math.Abs(Math.Cos(p.A)) < 0.3 ? "middle" : right ? "start" : "end";
            var label = v.DocLabel(d);
            sb.Append("<text class=\"nlabel\" x=\"").Append(Inv(lx)).Append("\" y=\"").Append(Inv(ly)).Append("\" text-anchor=\"").Append(anchor).Append("\">");
            E(sb, label.Length > 22 ? label[..21] + "…" : label).Append("</text>");
        }
        sb.Append("</svg><div class=\"legend\"><span><i class=\"copy\"></i>copy / duplicate</span><span><i class=\"paraphrase\"></i>paraphrase</span><span><i class=\"shared\"></i>shared origin</span><span>→ direction supported by dates or stated provenance</span></div>");
        if (degree.Count > nodes.Count)
        {
            sb.Append("<p class=\"small muted\">Showing the ").Append(nodes.Count).Append(" most linked of ").Append(degree.Count).Append(" articles; every link is listed.</p>");
        }
        sb.Append("</div>\n<div><h3 class=\"small muted\">Independent origins with copies</h3><ul class=\"groups\">\n");
        var shown = 0;
        foreach (var g in v.OriginGroups.Where(g => g.Docs.Count > 1))
        {
            var origin = g.Source;
            sb.Append("<li><b>");
            DocLink(sb, v, origin);
            sb.Append("</b> <span class=\"muted\">and ").Append(g.Docs.Count - 1).Append(g.Docs.Count == 2 ? " other" : " others").Append(":</span> ");
            DocLinks(sb, v, g.Docs.Where(d => d != origin).Take(20));
            if (g.Docs.Count > 21)
            {
                sb.Append(" …");
            }
            sb.Append("</li>\n");
            if (++shown >= 30)
            {
                break;
            }
        }
        sb.Append("</ul></div></div>\n");
        // The strongest links are listed (all of them in any report of a normal story); dossier.json keeps every one.
        var listed = links.Count <= MaxListedLinks ? links : [.. links.OrderByDescending(l => l.Score).ThenBy(l => l.A, StringComparer.Ordinal).ThenBy(l => l.B, StringComparer.Ordinal).Take(MaxListedLinks)];
        sb.Append("<details><summary>").Append(listed.Count == links.Count ? "All " : "The strongest ").Append(listed.Count.ToString("#,0", CultureInfo.InvariantCulture))
            .Append(listed.Count == links.Count ? "" : " of " + links.Count.ToString("#,0", CultureInfo.InvariantCulture)).Append(" reuse links</summary><div class=\"tablewrap\"><table class=\"stack\"><thead><tr><th>From</th><th>To</th><th>Kind</th><th>Similarity</th><th>Evidence</th></tr></thead><tbody")
            .Append(PagedList.Attributes("links", listed.Count, ListPage)).Append(">\n");
        var list = new PagedList(sb, "links", ListPage);
        foreach (var l in listed)
        {
            list.BeginItem();
            sb.Append("<tr><td>");
            DocLinks(sb, v, [l.A]);
            sb.Append("</td><td>");
            DocLinks(sb, v, [l.B]);
            sb.Append("</td><td>");
            E(sb, l.Kind.Code()).Append(l.Directed ? "" : " <span class=\"muted small\">(direction unknown)</span>").Append("</td><td>")
                .Append(l.Score.ToString("0.00", CultureInfo.InvariantCulture)).Append("</td><td class=\"small\">");
            E(sb, DossierView.Shorten(l.Evidence ?? "", 160)).Append("</td></tr>\n");
            list.EndItem();
        }
        sb.Append("</tbody></table></div>");
        PagedList.Pager(sb, "links", listed.Count, ListPage, "reuse links");
        if (listed.Count < links.Count)
        {
            sb.Append("<p class=\"small muted\">The other ").Append((links.Count - listed.Count).ToString("#,0", CultureInfo.InvariantCulture)).Append(" links are in dossier.json.</p>");
        }
        list.WriteData(sb);
        sb.Append("</details>\n</section>\n");
    }

    // ---------- entities and quotes ----------

    private static void Entities(StringBuilder sb, DossierView v)
    {
        SectionStart(sb, "entities", "Entities", "People, organisations, places and groups, with every spelling seen.");
        if (v.Dossier.Entities.Count == 0)
        {
            Empty(sb, v, "entities", "entities");
            sb.Append("</section>\n");
            return;
        }
        foreach (var type in v.Dossier.Entities.Select(e => e.Type).Distinct().OrderBy(TypeRank))
        {
            sb.Append("<h3>");
            var ofType = v.Dossier.Entities.Where(e => e.Type == type).OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Canonical, StringComparer.Ordinal).ToList();
            var name = "entities-" + HtmlText.Slug(type.Code());
            E(sb, Capitalize(Plural(type))).Append("</h3>\n");
            var list = PagedList.Open(sb, name, ofType.Count, EntitiesPage, Plural(type), "div", "ents");
            foreach (var e in ofType)
            {
                list.BeginItem();
                sb.Append("<div class=\"ent\" id=\"ent-").Append(HtmlText.Slug(e.Id)).Append("\"><h4>");
                Bdi(sb, e.Canonical).Append("</h4><div class=\"small muted\">").Append(e.Mentions.Count).Append(e.Mentions.Count == 1 ? " mention" : " mentions");
                var docCount = e.Mentions.Select(m => m.Doc).Distinct(StringComparer.Ordinal).Count();
                sb.Append(" in ").Append(docCount).Append(docCount == 1 ? " article" : " articles").Append("</div>");
                if (e.Roles is { Count: > 0 } roles)
                {
                    sb.Append("<div class=\"small\">");
                    E(sb, string.Join("; ", roles)).Append("</div>");
                }
                var aliases = e.Aliases.Where(a => !string.Equals(a, e.Canonical, StringComparison.Ordinal)).ToList();
                if (aliases.Count > 0)
                {
                    sb.Append("<div class=\"small\">Also: ");
                    for (var k = 0; k < aliases.Count; k++)
                    {
                        Bdi(sb.Append(k == 0 ? "" : " · "), aliases[k]);
                    }
                    sb.Append("</div>");
                }
                if (e.Geo is { } g)
                {
                    sb.Append("<div class=\"small mono\">").Append(g.Lat.ToString("0.####", CultureInfo.InvariantCulture)).Append(", ").Append(g.Lon.ToString("0.####", CultureInfo.InvariantCulture));
                    if (g.Admin1 is not null || g.Country is not null)
                    {
                        sb.Append(" · ");
                        E(sb, string.Join(", ", new[] { g.Admin1, g.Country }.Where(x => !string.IsNullOrEmpty(x))));
                    }
                    sb.Append(" <span class=\"muted\">");
                    E(sb, g.SourceId).Append("</span></div>");
                }
                sb.Append("</div>\n");
                list.EndItem();
            }
            sb.Append("</div>\n");
            list.WriteData(sb);
        }
        sb.Append("</section>\n");
    }

    private static int TypeRank(EntityType type) => type switch { EntityType.Person => 0, EntityType.Organization => 1, EntityType.Group => 2, EntityType.Place => 3, _ => 4 };

    private static string Plural(EntityType type) => type switch { EntityType.Person => "people", EntityType.Organization => "organisations", EntityType.Group => "groups", EntityType.Place => "places", _ => type.Code() };

    private static void Quotes(StringBuilder sb, DossierView v)
    {
        SectionStart(sb, "quotes", "Quotes", "Quotations and who said them, linked to the article.");
        if (v.Dossier.Quotes.Count == 0)
        {
            Empty(sb, v, "quotes", "quotations");
            sb.Append("</section>\n");
            return;
        }
        var quotes = v.Dossier.Quotes.OrderBy(q => q.Kind == "scare" ? 1 : 0).ToList();
        var list = PagedList.Open(sb, "quotes", quotes.Count, QuotesPage, "quotes", "div", "quotelist");
        foreach (var q in quotes)
        {
            list.BeginItem();
            var speaker = v.Entity(q.Speaker)?.Canonical ?? q.SpeakerText;
            sb.Append("<blockquote class=\"quote").Append(q.Kind == "scare" ? " scare" : "").Append("\"><p>“");
            E(sb, q.Text).Append("”</p><footer>");
            if (speaker is not null)
            {
                sb.Append("— ");
                if (q.Speaker is not null && v.Entity(q.Speaker) is not null)
                {
                    sb.Append("<a href=\"#ent-").Append(HtmlText.Slug(q.Speaker)).Append("\">");
                    Bdi(sb, speaker).Append("</a>");
                }
                else
                {
                    Bdi(sb, speaker);
                }
                if (q.Verb is not null)
                {
                    sb.Append(" <span class=\"muted\">(");
                    E(sb, q.Verb).Append(")</span>");
                }
            }
            else
            {
                sb.Append("<span class=\"muted\">speaker not resolved</span>");
            }
            if (q.Kind != "speech")
            {
                sb.Append(" <span class=\"badge\">");
                E(sb, q.Kind).Append("</span>");
            }
            sb.Append(" · <a href=\"#").Append(QuoteAnchor(q.Doc, q.Start)).Append("\" title=\"");
            E(sb, v.DocTooltip(q.Doc)).Append("\">");
            Bdi(sb, v.DocLabel(q.Doc)).Append("</a></footer></blockquote>\n");
            list.EndItem();
        }
        sb.Append("</div>\n");
        list.WriteData(sb);
        sb.Append("</section>\n");
    }

    private static string QuoteAnchor(string doc, int start) => "q-" + HtmlText.Slug(doc) + "-" + start.ToString(CultureInfo.InvariantCulture);

    // ---------- articles ----------

    private static void Articles(StringBuilder sb, DossierView v)
    {
        SectionStart(sb, "articles", "Articles", "The cleaned text every offset refers to. Figures are highlighted; what the cleaner removed is listed under each article.");
        if (v.Dossier.Documents.Count == 0)
        {
            sb.Append("<p class=\"empty\">No articles.</p>\n</section>\n");
            return;
        }
        var spansByDoc = new Dictionary<string, List<(int Start, int End, string Id, string Class, string Title)>>(StringComparer.Ordinal);
        foreach (var c in v.Dossier.Claims)
        {
            Add(spansByDoc, c.Doc, (c.Start, c.End, "a-" + HtmlText.Slug(c.Id), "fig", $"{c.Measure}: {DossierView.Figure(c)}"));
        }
        foreach (var q in v.Dossier.Quotes)
        {
            Add(spansByDoc, q.Doc, (q.Start, q.End, QuoteAnchor(q.Doc, q.Start), "qt", "quote"));
        }
        // Documents in a language the English rules do not read: kept and shown, their figures, names and quotes not read.
        var notRead = v.Dossier.Documents.Where(d => d.Language is { } l && l != "en").ToList();
        if (notRead.Count > 0)
        {
            sb.Append("<p class=\"small\">Not read (language): ");
            for (var i = 0; i < notRead.Count; i++)
            {
                sb.Append(i == 0 ? "" : ", ").Append("<span class=\"mono\">");
                E(sb, notRead[i].File).Append("</span> (");
                E(sb, notRead[i].Language!).Append(')');
            }
            sb.Append("</p>\n");
        }
        var count = v.Dossier.Documents.Count;
        var list = PagedList.Open(sb, "articles", count, ArticlesPage, "articles", "div", "doclist");
        foreach (var d in v.Dossier.Documents)
        {
            list.BeginItem();
            sb.Append("<article class=\"doc\" id=\"doc-").Append(HtmlText.Slug(d.Id)).Append("\"><h3>");
            Bdi(sb, string.IsNullOrWhiteSpace(d.Title) ? Path.GetFileName(d.File) : d.Title).Append("</h3><div class=\"meta\">");
            Bdi(sb, v.Outlet(d.Id));
            if (d.Published is { } pub)
            {
                sb.Append(" · ");
                E(sb, pub.Date).Append(" <span class=\"small\">(");
                E(sb, pub.How.Code()).Append(")</span>");
            }
            if (d.Dateline is { } dl)
            {
                sb.Append(" · dateline ");
                E(sb, dl.Place);
            }
            sb.Append(" · <span class=\"mono\">");
            E(sb, d.File).Append("</span>");
            if (d.Language is { } lang && lang != "en")
            {
                sb.Append(" · <span class=\"badge\">not read (");
                E(sb, lang).Append(")</span>");
            }
            if (HtmlText.SafeHttpUrl(d.Url) is { } url)
            {
                sb.Append(" · <a href=\"");
                E(sb, url).Append("\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">original</a>");
            }
            var group = v.OriginGroupOf(d.Id);
            if (group >= 0 && v.OriginGroups[group].Docs.Count > 1)
            {
                sb.Append(" · <span class=\"badge\">shares text with ").Append(v.OriginGroups[group].Docs.Count - 1).Append(" other").Append(v.OriginGroups[group].Docs.Count > 2 ? "s" : "").Append("</span>");
            }
            sb.Append("</div>\n<div class=\"body\">");
            ArticleText(sb, d.Text, spansByDoc.GetValueOrDefault(d.Id));
            sb.Append("</div>\n");
            if (d.Removed.Count > 0 || d.Provenance is not null)
            {
                sb.Append("<details><summary>What the cleaner removed (").Append(d.Removed.Count).Append(")</summary><ul>");
                foreach (var r in d.Removed)
                {
                    sb.Append("<li><span class=\"badge\">");
                    E(sb, r.Kind).Append("</span> <span class=\"removed\">");
                    E(sb, r.Text.Length > 300 ? r.Text[..300] + "…" : r.Text).Append("</span> <span class=\"muted\">");
                    E(sb, r.Rule).Append("</span></li>");
                }
                if (d.Provenance is { } prov)
                {
                    sb.Append("<li>Stated provenance: ");
                    E(sb, prov).Append("</li>");
                }
                sb.Append("</ul></details>\n");
            }
            sb.Append("</article>\n");
            list.EndItem();
        }
        sb.Append("</div>\n");
        list.WriteData(sb);
        sb.Append("</section>\n");

        static void Add(Dictionary<string, List<(int, int, string, string, string)>> map, string doc, (int, int, string, string, string) span)
        {
            if (!map.TryGetValue(doc, out var list))
            {
                map[doc] = list = [];
            }
            list.Add(span);
        }
    }

    /// <summary>Writes the escaped text with spans marked; nested spans nest (a figure inside a quote), and a span that crosses another's edge gets an empty anchor with its id so links still land.</summary>
    private static void ArticleText(StringBuilder sb, string text, List<(int Start, int End, string Id, string Class, string Title)>? spans)
    {
        if (spans is null || spans.Count == 0)
        {
            E(sb, text);
            return;
        }
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var pos = 0;
        var open = new Stack<int>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        void CloseUpTo(int limit)
        {
            while (open.Count > 0 && open.Peek() <= limit)
            {
                var end = open.Pop();
                HtmlText.AppendEscaped(sb, text.AsSpan(pos, end - pos));
                sb.Append("</mark>");
                pos = end;
            }
        }
        foreach (var (rawStart, rawEnd, id, cls, title) in spans)
        {
            if (!ids.Add(id))
            {
                continue;
            }
            var start = Math.Clamp(rawStart, 0, text.Length);
            var end = Math.Clamp(rawEnd, start, text.Length);
            CloseUpTo(start);
            HtmlText.AppendEscaped(sb, text.AsSpan(pos, start - pos));
            pos = start;
            if (open.Count > 0 && end > open.Peek())
            {
                // Crosses the edge of an open span: keep the link target with an empty anchor.
                sb.Append("<span class=\"anchor\" id=\"").Append(id).Append("\"></span>");
                continue;
            }
            sb.Append("<mark class=\"").Append(cls).Append("\" id=\"").Append(id).Append("\" title=\"");
            E(sb, title).Append("\">");
            open.Push(end);
        }
        CloseUpTo(int.MaxValue);
        HtmlText.AppendEscaped(sb, text.AsSpan(pos));
    }

    // ---------- problems, footer, data ----------

    private static void Problems(StringBuilder sb, DossierView v, IReadOnlyList<Problem> failedSections)
    {
        if (v.Dossier.Problems.Count + failedSections.Count == 0)
        {
            return;
        }
        SectionStart(sb, "problems", "Problems", "Inputs that could not be read, and stage warnings.");
        sb.Append("<ul class=\"flaglist\">\n");
        foreach (var p in v.Dossier.Problems.Concat(failedSections))
        {
            sb.Append("<li><span class=\"badge ").Append(p.Severity == ProblemSeverity.Error ? "bad" : "warn").Append("\">");
            E(sb, p.Severity.Code()).Append("</span> <span class=\"mono\">");
            E(sb, p.File).Append("</span> ");
            E(sb, p.Reason).Append(" <span class=\"muted small\">(");
            E(sb, p.Stage.Name).Append(")</span></li>\n");
        }
        sb.Append("</ul>\n</section>\n");
    }

    private static void Footer(StringBuilder sb, DossierView v)
    {
        sb.Append("<footer class=\"foot\">Generated by ");
        E(sb, v.Dossier.Generator).Append(" · schema <span class=\"mono\">");
        E(sb, v.Dossier.Schema).Append("</span>");
        if (v.Dossier.NotExtracted.Count > 0)
        {
            sb.Append(" · not extracted yet: ");
            E(sb, string.Join(", ", v.Dossier.NotExtracted));
        }
        sb.Append(". Figures are as stated in the articles; check each against its sentence before publishing.</footer>\n");
    }

    /// <summary>A small machine-readable index of the report (documents and claims), embedded as JSON with <c>&lt;</c> escaped.</summary>
    /// <remarks>A report whose articles are paged stores the index compressed like the pages (<c>type="application/octet-stream"</c>,
    /// <c>data-encoding="deflate-raw;base64"</c>), so the index of a large pile does not outweigh the report.</remarks>
    private static void DataIsland(StringBuilder sb, Dossier d)
    {
        var json = ReportData.Of(d).ToJson();
        if (d.Documents.Count > ArticlesPage)
        {
            sb.Append("<script type=\"application/octet-stream\" data-encoding=\"deflate-raw;base64\" id=\"triangulate-data\">");
            PagedList.AppendPacked(sb, json.AsMemory());
            sb.Append("</script>\n");
            return;
        }
        sb.Append("<script type=\"application/json\" id=\"triangulate-data\">")
            .Append(HtmlText.JsonForScript(json))
            .Append("</script>\n");
    }
}
