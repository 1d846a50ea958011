using Microsoft.Playwright;
using Triangulate.Pipeline;
using Triangulate.Rendering.Html;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Browser;

/// <summary>Opens dossier.html from disk in headless Chromium and uses it the way a reader does.</summary>
[Collection("browser")]
public sealed class ReportBrowserTests : IClassFixture<ChromiumFixture>, IDisposable
{
    private readonly ChromiumFixture _chromium;
    private readonly TempDir _dir = new();
    private readonly string _report;

    public ReportBrowserTests(ChromiumFixture chromium)
    {
        _chromium = chromium;
        _report = _dir.Write("dossier.html", HtmlRenderer.Render(SomeDossier.Small()));
    }

    public void Dispose() => _dir.Dispose();

    private sealed record Opened(IPage Page, List<string> Errors, List<string> Dialogs, List<string> Requests) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();
    }

    // Timeouts only bound a hung browser; they are not speed targets (those live in RenderScaleTests'
    // report and docs/report.md). CI shares 2 cores with the cluster tests' silo processes, so they are generous.
    private async Task<Opened> OpenAsync(string path, int width = 1280, int height = 900, int timeoutMs = 60_000)
    {
        Assert.SkipWhen(_chromium.Browser is null, _chromium.SkipReason);
        var context = await _chromium.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(timeoutMs);
        var errors = new List<string>();
        var dialogs = new List<string>();
        var requests = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type is "error" or "warning")
            {
                errors.Add($"{m.Type}: {m.Text}");
            }
        };
        page.PageError += (_, e) => errors.Add("page error: " + e);
        page.Dialog += async (_, d) =>
        {
            dialogs.Add(d.Message);
            await d.DismissAsync();
        };
        page.Request += (_, r) =>
        {
            if (!r.Url.StartsWith("file://", StringComparison.Ordinal))
            {
                requests.Add(r.Url);
            }
        };
        await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return new Opened(page, errors, dialogs, requests);
    }

    [Fact]
    public async Task Report_Opens_NoConsoleErrorsNoNetwork()
    {
        await using var o = await OpenAsync(_report);

        await o.Page.WaitForTimeoutAsync(300);

        Assert.Empty(o.Errors);
        Assert.Empty(o.Requests);
        Assert.Equal("7 of 7 claims", await o.Page.Locator("#f-count").TextContentAsync());
    }

    [Fact]
    public async Task ClaimsTable_FilterAndSearch_ShowsOnlyMatchingRows()
    {
        await using var o = await OpenAsync(_report);
        var rows = o.Page.Locator("#claims-table tbody tr:visible");

        await o.Page.SelectOptionAsync("#f-measure", "killed");
        Assert.Equal(5, await rows.CountAsync());
        Assert.Equal("5 of 7 claims", await o.Page.Locator("#f-count").TextContentAsync());

        await o.Page.SelectOptionAsync("#f-source", "Monitoring Group for Human Rights");
        Assert.Equal(4, await rows.CountAsync());

        await o.Page.FillAsync("#f-text", "on saturday");
        Assert.Equal(["claim-c-a-1", "claim-c-b-1"], await rows.EvaluateAllAsync<string[]>("rs => rs.map(r => r.id)"));

        await o.Page.ClickAsync("#f-clear");
        Assert.Equal(7, await rows.CountAsync());

        await o.Page.SelectOptionAsync("#f-doc", "d4e5f6a7");
        Assert.Equal(["claim-c-d-1"], await rows.EvaluateAllAsync<string[]>("rs => rs.map(r => r.id)"));
        Assert.Empty(o.Errors);
    }

    [Fact]
    public async Task ClaimsTable_SortByFigure_OrdersRows()
    {
        await using var o = await OpenAsync(_report);

        await o.Page.ClickAsync("#claims-table thead th:nth-child(1) button");
        var ascending = await o.Page.Locator("#claims-table tbody tr td:first-child").EvaluateAllAsync<string[]>("cs => cs.map(c => c.dataset.v)");
        await o.Page.ClickAsync("#claims-table thead th:nth-child(1) button");
        var descending = await o.Page.Locator("#claims-table tbody tr td:first-child").EvaluateAllAsync<string[]>("cs => cs.map(c => c.dataset.v)");

        var numbers = ascending.Where(v => v.Length > 0).Select(long.Parse).ToList();
        Assert.Equal(numbers.Order(), numbers);
        Assert.Equal("1311", descending[0]);
        Assert.Equal("descending", await o.Page.Locator("#claims-table thead th:nth-child(1)").GetAttributeAsync("aria-sort"));
    }

    [Fact]
    public async Task ChartPoint_Click_TargetsItsClaimRow()
    {
        await using var o = await OpenAsync(_report);
        // Given a filter that hides the target row
        await o.Page.SelectOptionAsync("#f-measure", "injured");

        // When the reader clicks the third point of the civilians chart
        await o.Page.Locator("#series-s-killed-civilians a.pt-link").Nth(2).ClickAsync();
        await o.Page.WaitForFunctionAsync("() => location.hash === '#claim-c-c-2'");
        await o.Page.WaitForTimeoutAsync(800);

        // Then the claim row is the target, shown again, and scrolled into view
        Assert.Equal("claim-c-c-2", await o.Page.EvaluateAsync<string>("() => document.querySelector(':target').id"));
        var row = o.Page.Locator("#claim-c-c-2");
        Assert.True(await row.IsVisibleAsync());
        Assert.True(await row.EvaluateAsync<bool>("r => { const b = r.getBoundingClientRect(); return b.top >= 0 && b.top < window.innerHeight; }"));
        Assert.Empty(o.Errors);
    }

    [Fact]
    public async Task ClaimRow_InArticleLink_JumpsToTheFigureInTheText()
    {
        await using var o = await OpenAsync(_report);

        await o.Page.Locator("#claim-c-a-1 a[href='#a-c-a-1']").ClickAsync();
        await o.Page.WaitForFunctionAsync("() => location.hash === '#a-c-a-1'");
        await o.Page.WaitForTimeoutAsync(800);

        var target = o.Page.Locator(":target");
        Assert.Equal("At least 745 civilians", await target.TextContentAsync());
        Assert.Equal("doc-a1b2c3d4", await target.EvaluateAsync<string>("t => t.closest('article').id"));
        Assert.True(await target.EvaluateAsync<bool>("t => { const b = t.getBoundingClientRect(); return b.top >= 0 && b.bottom <= window.innerHeight; }"));
    }

    [Fact]
    public async Task Map_ShowsEveryGeocodedPlace()
    {
        await using var o = await OpenAsync(_report);

        var circles = o.Page.Locator("#map circle.place");

        Assert.Equal(3, await circles.CountAsync());
        for (var i = 0; i < 3; i++)
        {
            var box = await circles.Nth(i).BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box!.Width > 4 && box.Height > 4);
        }
        var boxes = await circles.EvaluateAllAsync<double[][]>("cs => cs.map(c => { const b = c.getBoundingClientRect(); return [b.x, b.y]; })");
        Assert.Equal(3, boxes.Select(b => (Math.Round(b[0]), Math.Round(b[1]))).Distinct().Count());
    }

    [Fact]
    public async Task HostileArticle_RendersInert()
    {
        await using var o = await OpenAsync(_report);
        var article = o.Page.Locator("#doc-d4e5f6a7");

        await article.ScrollIntoViewIfNeededAsync();
        await article.HoverAsync();
        await o.Page.Locator("#doc-d4e5f6a7 details summary").ClickAsync();
        await o.Page.WaitForTimeoutAsync(300);

        Assert.Empty(o.Dialogs);
        Assert.True(await o.Page.EvaluateAsync<bool>($"() => window.{SomeDossier.HostileMarker} === undefined"));
        Assert.Equal(2, await o.Page.Locator("script").CountAsync());
        Assert.Equal(0, await o.Page.Locator("#articles img, #articles a[href^='javascript'], #articles script, #articles style").CountAsync());
        Assert.Equal("block", await o.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).display"));
        Assert.Contains("<script>window.__pwned = 1; alert('xss')</script>", await article.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(o.Requests);
    }

    [Theory]
    [InlineData(1280, 900, "report-desktop.png")]
    [InlineData(390, 844, "report-phone.png")]
    public async Task Report_AtWidth_FitsWithoutSidewaysScroll(int width, int height, string screenshot)
    {
        await using var o = await OpenAsync(_report, width, height);

        var scrollWidth = await o.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

        Assert.True(scrollWidth <= width, $"page is {scrollWidth}px wide at {width}px");
        // TRIANGULATE_SCREENSHOTS=DIR saves the screenshots shown in docs/report.md (relative to the repository root).
        if (Environment.GetEnvironmentVariable("TRIANGULATE_SCREENSHOTS") is { Length: > 0 } dir)
        {
            await SaveScreenshotAsync(o.Page, dir, width, screenshot);
        }
    }

    private static async Task SaveScreenshotAsync(IPage page, string dir, int width, string name)
    {
        dir = Path.Combine(Paths.Repo, dir);
        Directory.CreateDirectory(dir);
        await page.SetViewportSizeAsync(width, 900);
        var pageHeight = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        // The top of the report (header, headline figures, flags, the start of the claims) is what a README shows.
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(dir, name),
            FullPage = true,
            Clip = new Clip { X = 0, Y = 0, Width = width, Height = Math.Min(pageHeight, width >= 1000 ? 2300 : 2600) },
        });
        // TRIANGULATE_SCREENSHOT_SECTIONS=1 also saves each section on its own, to review the layout.
        if (Environment.GetEnvironmentVariable("TRIANGULATE_SCREENSHOT_SECTIONS") == "1")
        {
            foreach (var id in await page.Locator("section.block").EvaluateAllAsync<string[]>("ss => ss.map(s => s.id)"))
            {
                await page.Locator("#" + id).ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(dir, "sections", $"{width}-{id}.png") });
            }
        }
    }

    [Fact]
    public async Task Report_Print_HidesNavigationAndFilters()
    {
        await using var o = await OpenAsync(_report);

        await o.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await o.Page.Locator("nav.toc").IsVisibleAsync());
        Assert.False(await o.Page.Locator(".filters").IsVisibleAsync());
        Assert.True(await o.Page.Locator("#claims-table").IsVisibleAsync());
        var pdf = await o.Page.PdfAsync(new PagePdfOptions { Format = "A4" });
        Assert.True(pdf.Length > 10_000);
    }

    [Fact]
    public async Task LargeReport_ThousandArticles_LoadsAndFilters()
    {
        Assert.SkipWhen(_chromium.Browser is null, _chromium.SkipReason);
        var dossier = SomeDossier.Large(1000);
        var path = _dir.Write("large/dossier.html", HtmlRenderer.Render(dossier));

        var sw = System.Diagnostics.Stopwatch.StartNew();
        await using var o = await OpenAsync(path, timeoutMs: 300_000);
        var loadMs = sw.ElapsedMilliseconds;
        sw.Restart();
        await o.Page.SelectOptionAsync("#f-measure", "injured");
        await o.Page.WaitForFunctionAsync("() => document.getElementById('f-count').textContent.startsWith('1000 of')");
        var visible = await o.Page.Locator("#claims-table tbody tr:visible").CountAsync();
        var filterMs = sw.ElapsedMilliseconds;

        // The filter runs over every claim (all pages), and shows the first page of the matches.
        Assert.Empty(o.Errors);
        Assert.Equal($"1000 of {dossier.Claims.Count} claims", await o.Page.Locator("#f-count").TextContentAsync());
        Assert.Equal(HtmlRenderer.ClaimsPage, visible);
        Assert.Equal(["injured"], (await o.Page.Locator("#claims-table tbody tr").EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.measure)")).Distinct());
        Assert.Empty(o.Requests);
        if (Environment.GetEnvironmentVariable("TRIANGULATE_SCALE_REPORT") is { Length: > 0 } file)
        {
            File.AppendAllText(file, $"chromium: load {loadMs} ms, filter {filterMs} ms\n");
        }
    }

    [Fact]
    public async Task PagedReport_LinksIntoLaterPages_ShowTheirPageAndTarget()
    {
        Assert.SkipWhen(_chromium.Browser is null, _chromium.SkipReason);
        var dossier = SomeDossier.Large(200);
        var path = _dir.Write("paged/dossier.html", HtmlRenderer.Render(dossier));
        await using var o = await OpenAsync(path, 390, 844, timeoutMs: 120_000);
        var lastClaim = HtmlText.Slug(dossier.Claims[^1].Id);
        var lastDoc = HtmlText.Slug(dossier.Documents[^1].Id);
        Assert.Equal(0, await o.Page.Locator($"#claim-{lastClaim}").CountAsync());

        // A link to a claim on the last page of the table shows that page, with the row on screen
        await o.Page.EvaluateAsync($"() => location.hash = '#claim-{lastClaim}'");
        await o.Page.WaitForFunctionAsync($"() => {{ const r = document.getElementById('claim-{lastClaim}'); if (!r) return false; const b = r.getBoundingClientRect(); return b.height > 0 && b.top >= 0 && b.top < innerHeight; }}");
        Assert.Contains("Page 3 of 3", await o.Page.Locator("nav.pager[data-for=claims] output").TextContentAsync(), StringComparison.Ordinal);

        // The row's "in article" link reaches the highlighted figure in an article on a later page of the articles
        await o.Page.Locator($"#claim-{lastClaim} a[href^='#a-']").ClickAsync();
        await o.Page.WaitForFunctionAsync($"() => {{ const m = document.getElementById('a-{lastClaim}'); if (!m) return false; const b = m.getBoundingClientRect(); return b.height > 0 && b.top >= 0 && b.bottom <= innerHeight; }}");
        Assert.Equal($"doc-{lastDoc}", await o.Page.Locator($"#a-{lastClaim}").EvaluateAsync<string>("m => m.closest('article').id"));
        Assert.Equal("mark", await o.Page.Locator($"#a-{lastClaim}").EvaluateAsync<string>("m => m.tagName.toLowerCase()"));

        // The pager turns pages of articles
        await o.Page.Locator("nav.pager[data-for=articles] button[data-step='-1']").ClickAsync();
        await o.Page.WaitForFunctionAsync("() => document.querySelector('nav.pager[data-for=articles] output').textContent.startsWith('Page 9 of 10')");
        Assert.Equal(HtmlRenderer.ArticlesPage, await o.Page.Locator("#articles article.doc").CountAsync());
        Assert.Empty(o.Errors);
        Assert.Empty(o.Requests);
    }

    [Fact]
    public async Task PagedClaims_LinkAndPager_TurnToOnePage_WithoutLoadingTheTable_FilterStillSeesEveryClaim()
    {
        Assert.SkipWhen(_chromium.Browser is null, _chromium.SkipReason);
        var dossier = SomeDossier.Large(200);
        var path = _dir.Write("paged-claims/dossier.html", HtmlRenderer.Render(dossier));
        await using var o = await OpenAsync(path, 390, 844, timeoutMs: 120_000);
        var lastClaim = HtmlText.Slug(dossier.Claims[^1].Id);
        var count = $"{dossier.Claims.Count} claims";
        Assert.Equal(count, await o.Page.Locator("#f-count").TextContentAsync());

        // When a link leads to a claim on the last page of the table, then the reader turns back one page
        await o.Page.EvaluateAsync($"() => location.hash = '#claim-{lastClaim}'");
        await o.Page.WaitForFunctionAsync($"() => !!document.getElementById('claim-{lastClaim}')");
        await o.Page.Locator("nav.pager[data-for=claims] button[data-step='-1']").ClickAsync();
        await o.Page.WaitForFunctionAsync("() => document.querySelector('nav.pager[data-for=claims] output').textContent.startsWith('Page 2 of 3')");

        // Then the table shows page 2's rows in order, and nothing ran the filter over every row (its count is untouched)
        var ids = await o.Page.Locator("#claims-table tbody tr").EvaluateAllAsync<string[]>("rs => rs.map(r => r.id)");
        Assert.Equal(dossier.Claims.Skip(HtmlRenderer.ClaimsPage).Take(HtmlRenderer.ClaimsPage).Select(c => "claim-" + HtmlText.Slug(c.Id)), ids);
        Assert.Equal(count, await o.Page.Locator("#f-count").TextContentAsync());

        // And a filter afterwards still runs over every claim of every page
        await o.Page.SelectOptionAsync("#f-measure", "injured");
        var injured = dossier.Claims.Count(c => c.Measure == "injured");
        await o.Page.WaitForFunctionAsync($"() => document.getElementById('f-count').textContent === '{injured} of {dossier.Claims.Count} claims'");
        Assert.Equal(["injured"], (await o.Page.Locator("#claims-table tbody tr").EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.measure)")).Distinct());
        Assert.Empty(o.Errors);
    }

    [Fact]
    public async Task FiveThousandArticlePile_ReportUnderFifteenMegabytes_OpensAndReachesSentences()
    {
        Assert.SkipWhen(_chromium.Browser is null, _chromium.SkipReason);
        // Given 5,000 generated articles analysed as one pile
        var (dossier, took) = SyntheticPile.FiveThousand;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var html = HtmlRenderer.Render(dossier);
        var renderMs = sw.ElapsedMilliseconds;
        var path = _dir.Write("pile/dossier.html", html);
        var bytes = new FileInfo(path).Length;

        // When it is opened in Chromium
        sw.Restart();
        await using var o = await OpenAsync(path, 390, 844, timeoutMs: 300_000);
        await o.Page.WaitForFunctionAsync("() => document.querySelectorAll('#figures .card').length > 0");
        var loadMs = sw.ElapsedMilliseconds;

        // Then it is within budget, complete where it must be, and a headline tile reaches its sentence
        Assert.True(bytes <= 15 * 1024 * 1024, $"dossier.html is {bytes:#,0} bytes: " + SectionSizes(html));
        Assert.Equal(Math.Min(dossier.Series.Count, HtmlRenderer.SeriesPage), await o.Page.Locator("#figures .card.series").CountAsync());
        var all = ReportPages.Expanded(html);
        Assert.Equal(dossier.Series.Count, all.Split("<div class=\"card series\"").Length - 1);
        Assert.Equal(dossier.Flags.Count, all.Split("<li id=\"flag-").Length - 1);
        Assert.Equal(dossier.Timeline.Count, all.Split("<li><time datetime=").Length - 1);
        Assert.Equal(dossier.Claims.Count, all.Split("<tr id=\"claim-").Length - 1);
        Assert.Equal(dossier.Documents.Count, all.Split("<article class=\"doc\" id=\"doc-").Length - 1);
        var tile = o.Page.Locator("#figures a.tile.best").First;
        var claim = await tile.GetAttributeAsync("data-claim");
        sw.Restart();
        await tile.ClickAsync();
        await o.Page.WaitForFunctionAsync($"() => {{ const r = document.getElementById('claim-{claim}'); if (!r) return false; const b = r.getBoundingClientRect(); return b.height > 0 && b.top >= 0 && b.top < innerHeight; }}");
        var reachMs = sw.ElapsedMilliseconds;
        Assert.True(await o.Page.Locator($"#claim-{claim} td.sent mark.fig").IsVisibleAsync());
        var bad = await o.Page.EvaluateAsync<string[]>(OverflowingElements);
        Assert.True(bad.Length == 0, "wider than 390px: " + string.Join("; ", bad));
        Assert.Empty(o.Errors);
        Assert.Empty(o.Requests);
        if (Environment.GetEnvironmentVariable("TRIANGULATE_SCALE_REPORT") is { Length: > 0 } file)
        {
            File.AppendAllText(file, $"5,000-article pile: {dossier.Claims.Count} claims, {dossier.Entities.Count} entities, {dossier.Quotes.Count} quotes; analysis {took.TotalSeconds:0} s; html {bytes:#,0} B rendered in {renderMs} ms; chromium load {loadMs} ms, tile to sentence {reachMs} ms\n");
        }
    }

    /// <summary>Bytes of each section of a report, largest first, to say what outgrew a budget.</summary>
    private static string SectionSizes(string html) => string.Join(", ", html.Split("<section class=\"block\" id=\"").Skip(1)
        .Select(part => (Id: part[..part.IndexOf('"', StringComparison.Ordinal)], part.Length))
        .OrderByDescending(x => x.Length).Select(x => $"{x.Id} {x.Length:#,0}"));

    private static readonly Lazy<string> s_sampleHtml = new(() => HtmlRenderer.Render(Analyzer.Analyze([Paths.Sample])));

    /// <summary>Elements wider than the viewport, or reaching past its right edge outside any scrolling box (at most 20, described).</summary>
    internal const string OverflowingElements = """
        () => {
          const w = document.documentElement.clientWidth, bad = [];
          const clipped = el => { for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) { if (getComputedStyle(p).overflowX !== 'visible') return true; } return false; };
          for (const el of document.querySelectorAll('body *')) {
            const r = el.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) continue;
            if (r.width > w + 0.5 || (r.right > w + 0.5 && !clipped(el)) || r.left < -0.5) bad.push(`${el.tagName.toLowerCase()}#${el.id}.${el.getAttribute('class')} ${Math.round(r.left)}..${Math.round(r.right)}`);
          }
          return bad.slice(0, 20);
        }
        """;

    [Theory]
    [InlineData(390)]
    [InlineData(360)]
    public async Task SampleReport_AtPhoneWidth_NoElementWiderThanTheViewport(int width)
    {
        Assert.SkipUnless(Directory.Exists(Paths.Sample), $"sample corpus not found at {Paths.Sample}");
        var path = _dir.Write($"sample-{width}/dossier.html", s_sampleHtml.Value);

        await using var o = await OpenAsync(path, width, 844);
        // Open every collapsed list too, so their contents are measured.
        await o.Page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");

        var bad = await o.Page.EvaluateAsync<string[]>(OverflowingElements);

        Assert.True(bad.Length == 0, $"wider than {width}px: " + string.Join("; ", bad));
        Assert.Empty(o.Errors);
        Assert.Empty(o.Requests);
    }

    [Fact]
    public async Task SampleReport_HeadlineTileClick_ReachesTheHighlightedSentence()
    {
        Assert.SkipUnless(Directory.Exists(Paths.Sample), $"sample corpus not found at {Paths.Sample}");
        var path = _dir.Write("sample-tile/dossier.html", s_sampleHtml.Value);
        await using var o = await OpenAsync(path, 390, 844);
        var tile = o.Page.Locator("#figures a.tile.best").First;
        var claim = await tile.GetAttributeAsync("data-claim");

        await tile.ClickAsync();
        await o.Page.WaitForFunctionAsync($"() => location.hash === '#claim-{claim}'");
        // Smooth scrolling takes a moment on a busy machine: wait (bounded by the page timeout) until the row is on screen.
        await o.Page.WaitForFunctionAsync("() => { const t = document.querySelector(':target'); if (!t) return false; const b = t.getBoundingClientRect(); return b.top >= 0 && b.top < window.innerHeight; }");

        // The claim's row is the target, on screen, and its sentence has the figure highlighted with the tile's number.
        var row = o.Page.Locator(":target");
        Assert.Equal($"claim-{claim}", await row.GetAttributeAsync("id"));
        var mark = row.Locator("td.sent mark.fig");
        Assert.True(await mark.IsVisibleAsync());
        var number = (await tile.Locator("b").TextContentAsync())!;
        Assert.Contains(number.Replace(",", "", StringComparison.Ordinal), (await mark.TextContentAsync())!.Replace(",", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Empty(o.Errors);
        Assert.Empty(o.Requests);
    }

    [Fact]
    public async Task Map_CrowdedPlaces_LabelsDoNotOverlap()
    {
        // Given twelve places within a few kilometres of each other
        var small = SomeDossier.Small();
        var crowd = Enumerable.Range(0, 12).Select(i => small.Entities[0] with
        {
            Id = $"e-crowd-{i}",
            Canonical = $"Quarter {i}",
            Geo = small.Entities[0].Geo! with { Lat = 35.50 + 0.01 * (i % 4), Lon = 35.78 + 0.012 * (i / 4) },
        });
        var path = _dir.Write("crowd/dossier.html", HtmlRenderer.Render(small with { Entities = [.. small.Entities, .. crowd] }));
        await using var o = await OpenAsync(path);

        // When the labels' boxes are measured
        var boxes = await o.Page.Locator("#map text.plabel").EvaluateAllAsync<double[][]>("ts => ts.map(t => { const b = t.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; })");

        // Then some are drawn and no two overlap
        Assert.True(boxes.Length >= 3);
        for (var i = 0; i < boxes.Length; i++)
        {
            for (var j = i + 1; j < boxes.Length; j++)
            {
                var overlap = boxes[i][0] < boxes[j][2] && boxes[j][0] < boxes[i][2] && boxes[i][1] < boxes[j][3] && boxes[j][1] < boxes[i][3];
                Assert.False(overlap, $"labels {i} and {j} overlap");
            }
        }
    }

    [Fact]
    public async Task SampleReport_Opens_NoConsoleErrors()
    {
        Assert.SkipUnless(Directory.Exists(Paths.Sample), $"sample corpus not found at {Paths.Sample}");
        var dossier = Analyzer.Analyze([Paths.Sample]);
        var path = _dir.Write("sample/dossier.html", s_sampleHtml.Value);

        await using var o = await OpenAsync(path);
        await o.Page.WaitForTimeoutAsync(300);

        Assert.Empty(o.Errors);
        Assert.Empty(o.Requests);
        Assert.Equal(dossier.Documents.Count, await o.Page.Locator("article.doc").CountAsync());
        if (Environment.GetEnvironmentVariable("TRIANGULATE_SCREENSHOTS_SAMPLE") is { Length: > 0 } dir)
        {
            await SaveScreenshotAsync(o.Page, dir, 1280, "report-desktop.png");
            await SaveScreenshotAsync(o.Page, dir, 390, "report-phone.png");
        }
    }
}
