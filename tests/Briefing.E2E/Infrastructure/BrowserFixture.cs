using Microsoft.Playwright;

namespace Briefing.E2E.Infrastructure;

/// <summary>One headless Debian chromium for the whole run (Playwright's own browser download cannot work here).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    public IBrowser Browser { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        const string chromium = "/usr/bin/chromium";
        if (!File.Exists(chromium))
            throw new InvalidOperationException("Debian chromium is missing at /usr/bin/chromium; scripts/test.sh installs it (apt-get install -y chromium).");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
    }
}
