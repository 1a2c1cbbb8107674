using System.Text.RegularExpressions;
using Briefing.E2E.Infrastructure;
using Briefing.Web.Features.Audit;
using Briefing.Web.Features.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefing.E2E;

/// <summary>A staff member imports files, a paste and a feed through the Import page, in English and Hebrew.</summary>
public class ImportTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly KestrelApp app = new();
    private static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "fixtures", .. parts]);

    public async ValueTask InitializeAsync()
    {
        app.Settings["Briefing:Admin:Email"] = "admin@briefing.test";
        app.Settings["Briefing:Admin:Password"] = "admin-password-123";
        app.Start();
        await app.Services.GetRequiredService<UserAdminService>().CreateAsync("staff@briefing.test", Roles.Staff, "staff-password-123", CurrentUser.System);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Staff_import_files_see_progress_and_results_then_duplicates_and_read_the_hebrew_article_right_to_left()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "staff@briefing.test", "staff-password-123");
        await page.WaitForInteractiveAsync();
        await page.GotoAsync(app.BaseUrl + "/import");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("date-note")).ToContainTextAsync("flagged");

        var files = new[] { Fixture("corpus", "en01.html"), Fixture("corpus", "he03.txt"), Fixture("hostile", "image.png") };
        await page.Locator("input[type=file]").SetInputFilesAsync(files);

        await Expect(page.GetByTestId("progress-text")).ToHaveTextAsync("3 of 3 files", new() { Timeout = 30_000 });
        var rows = page.GetByTestId("import-result");
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(page.Locator("[data-testid=import-result][data-status=imported]")).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-testid=import-result][data-status=imported]").First).ToContainTextAsync("Netanyahu, Rubio vow");
        var failed = page.Locator("[data-testid=import-result][data-status=failed]");
        await Expect(failed).ToContainTextAsync("image.png");
        await Expect(failed.GetByTestId("result-error")).ToHaveTextAsync("failed: not a file type Briefing reads");
        await Expect(failed.GetByTestId("result-error-detail")).Not.ToBeEmptyAsync();
        await Expect(page.GetByTestId("batch-summary")).ToHaveTextAsync("Done: 2 imported, 0 duplicate, 1 failed.");
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync("import-results-en");

        // The same files again: reported as duplicates of the stored articles, nothing stored twice.
        await page.Locator("input[type=file]").SetInputFilesAsync(files[..2]);
        await Expect(page.GetByTestId("batch-summary")).ToHaveTextAsync("Done: 0 imported, 2 duplicate, 0 failed.", new() { Timeout = 30_000 });
        var duplicate = page.Locator("[data-testid=import-result][data-status=duplicate]").Nth(1);
        await Expect(duplicate).ToContainTextAsync("he03.txt");
        await Expect(duplicate.GetByTestId("result-duplicate-of")).ToContainTextAsync("נתניהו דחה את הנסיעה");

        await duplicate.GetByTestId("result-duplicate-of").ClickAsync();
        await Expect(page.GetByTestId("article-body")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.GetByTestId("article-title")).ToContainTextAsync("נתניהו דחה את הנסיעה");
    }

    [Fact]
    public async Task A_pasted_undated_article_is_flagged_and_a_feed_error_is_shown_in_hebrew_too()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "staff@briefing.test", "staff-password-123");
        await page.WaitForInteractiveAsync();
        await page.GotoAsync(app.BaseUrl + "/import");
        await page.WaitForInteractiveAsync();

        await page.GetByTestId("paste-title").FillAsync("Ministers meet on Caspian freight rates");
        await page.GetByTestId("paste-text").FillAsync(string.Join("\n\n", Enumerable.Repeat(
            "Transport ministers from Azerbaijan and Kazakhstan met in Baku to discuss freight rates on the Middle Corridor. " +
            "They agreed to publish a joint tariff table and to review customs procedures at the Caspian ports.", 3)));
        await page.GetByTestId("paste-import").ClickAsync();
        var pasted = page.Locator("[data-testid=import-result][data-status=imported]");
        await Expect(pasted).ToContainTextAsync("Ministers meet on Caspian freight rates");
        await Expect(pasted.GetByTestId("result-estimated")).ToBeVisibleAsync();

        // A loopback address is refused by the address guard: the first poll fails and the row says why, in the reader's language.
        await page.GetByTestId("feed-url").FillAsync("http://127.0.0.1:9/feed.xml");
        await page.GetByTestId("feed-name").FillAsync("Closed port");
        await page.GetByTestId("feed-add").ClickAsync();
        await Expect(page.GetByTestId("feed-result")).ToContainTextAsync("error: a private or local address, which feeds may not use", new() { Timeout = 30_000 });
        await Expect(page.GetByTestId("feed-error-detail")).Not.ToBeEmptyAsync();
        // The interval is changed in the row, and kept.
        await page.GetByTestId("feed-row-interval").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "7 days" }).ClickAsync();
        await Expect(page.GetByTestId("feed-row-interval")).ToHaveValueAsync("7 days");
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("feed-row-interval")).ToHaveValueAsync("7 days");
        await page.GetByTestId("feed-url").FillAsync("ftp://example.org/feed");
        await page.GetByTestId("feed-add").ClickAsync();
        await Expect(page.GetByTestId("feed-error")).ToContainTextAsync("http");
        // A full-page shot of a scrolled page paints the fixed app bar mid-page.
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync("import-en");
        // Every row's actions fit the table, not hidden past a horizontal scroll.
        var table = page.Locator("[data-testid=feeds] .mud-table-container");
        var (scrollWidth, clientWidth) = (await table.EvaluateAsync<int>("t => t.scrollWidth"), await table.EvaluateAsync<int>("t => t.clientWidth"));
        Assert.True(scrollWidth <= clientWidth, $"the feeds table is {scrollWidth} px wide in {clientWidth} px");

        await page.GetByTestId("language-switch").ClickAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.GetByTestId("date-note")).ToContainTextAsync("תאריך משוער");
        await Expect(page.GetByTestId("feed-result")).ToContainTextAsync("שגיאה: כתובת פרטית או מקומית");
        await Expect(page.GetByTestId("feed-row-interval")).ToHaveValueAsync("7 ימים");
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync("import-he");
    }
}
