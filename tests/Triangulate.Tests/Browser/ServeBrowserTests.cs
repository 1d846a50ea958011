using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Triangulate.Serving;
using Triangulate.Tests.Serving;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Browser;

/// <summary><c>triangulate serve</c> used in headless Chromium at phone width: from the story list to a number's sentence.</summary>
[Collection("browser")]
public sealed class ServeBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Serve_StoryListToTileToSentence_AtPhoneWidth()
    {
        Assert.SkipWhen(chromium.Browser is null, chromium.SkipReason);
        using var dir = new TempDir();
        await using var app = ServeApp.Create(new ServeOptions(ServeAppTests.MakeStore(dir), Port: 0));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var context = await chromium.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        var errors = new List<string>();
        var outside = new List<string>();
        page.Console += (_, m) => { if (m.Type is "error" or "warning") { errors.Add(m.Text); } };
        page.PageError += (_, e) => errors.Add(e);
        page.Request += (_, r) => { if (!r.Url.StartsWith(address, StringComparison.Ordinal)) { outside.Add(r.Url); } };

        // When the reader opens the list, the largest story, then its best-estimate tile
        await page.GotoAsync(address + "/");
        await page.Locator("tbody tr a").First.ClickAsync();
        await page.WaitForURLAsync("**/story?name=*");
        var tile = page.Locator("#figures a.tile.best").First;
        var claim = await tile.GetAttributeAsync("data-claim");
        await tile.ClickAsync();
        await page.WaitForFunctionAsync($"() => {{ const r = document.getElementById('claim-{claim}'); if (!r) return false; const b = r.getBoundingClientRect(); return b.height > 0 && b.top >= 0 && b.top < innerHeight; }}");

        // Then the claim's sentence shows, highlighted, with nothing wider than the phone and nothing fetched elsewhere
        Assert.True(await page.Locator($"#claim-{claim} td.sent mark.fig").IsVisibleAsync());
        Assert.Empty(await page.EvaluateAsync<string[]>(ReportBrowserTests.OverflowingElements));
        Assert.Empty(errors);
        Assert.Empty(outside);
        if (Environment.GetEnvironmentVariable("TRIANGULATE_SCREENSHOTS") is { Length: > 0 } shots)
        {
            await page.GotoAsync(address + "/");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Paths.Repo, shots, "serve-phone.png"), FullPage = false });
            await page.SetViewportSizeAsync(1280, 800);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Paths.Repo, shots, "serve-desktop.png"), FullPage = false });
        }
        await context.CloseAsync();
    }
}
