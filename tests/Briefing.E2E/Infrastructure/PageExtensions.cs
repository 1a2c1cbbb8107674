using Microsoft.Playwright;

namespace Briefing.E2E.Infrastructure;

public static class PageExtensions
{
    /// <summary>Blazor Server pages only react to clicks once the circuit is up; the layout says so.</summary>
    public static async Task WaitForInteractiveAsync(this IPage page) =>
        await page.Locator("[data-interactive=true]").WaitForAsync(new() { Timeout = 30_000 });

    public static async Task SignInAsync(this IPage page, string baseUrl, string email, string password)
    {
        await page.GotoAsync(baseUrl + "/account/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
    }

    /// <summary>Screenshots for people to look at; written under artifacts/screenshots at the repository root.</summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Briefing.sln")))
            dir = dir.Parent;
        var target = Path.Combine(dir?.FullName ?? Path.GetTempPath(), "artifacts", "screenshots");
        Directory.CreateDirectory(target);
        await page.ScreenshotAsync(new() { Path = Path.Combine(target, name + ".png"), FullPage = true });
    }
}
