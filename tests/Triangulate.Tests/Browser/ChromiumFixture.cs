using Microsoft.Playwright;

namespace Triangulate.Tests.Browser;

/// <summary>One headless Debian Chromium per test class, driven by Playwright's bundled node driver (no browser download).</summary>
/// <remarks>When Chromium is absent (run tests/browser/install.sh), <see cref="Browser"/> is null and the tests skip with <see cref="SkipReason"/>.</remarks>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>Where the tests look for Chromium: TRIANGULATE_CHROMIUM, else /usr/bin/chromium.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("TRIANGULATE_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public string SkipReason { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            SkipReason = $"Chromium not found at {ExecutablePath}: run tests/browser/install.sh (or set TRIANGULATE_CHROMIUM) to run the browser tests.";
            return;
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Timeout = 60_000,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
    }
}
