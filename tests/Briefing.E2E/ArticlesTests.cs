using Briefing.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefing.E2E;

/// <summary>The bundled sample corpus on first start, searched and read in both languages.</summary>
public class ArticlesTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly KestrelApp app = new();

    public ValueTask InitializeAsync()
    {
        app.Settings["Briefing:SampleData"] = "true";
        app.Settings["Briefing:Admin:Email"] = "admin@briefing.test";
        app.Settings["Briefing:Admin:Password"] = "admin-password-123";
        app.Start();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Hebrew_search_finds_prefixed_words_and_the_article_reads_right_to_left_with_evidence()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "he-IL", ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "admin@briefing.test", "admin-password-123");
        await page.WaitForInteractiveAsync();
        // A Hebrew browser gets the Hebrew interface without asking.
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await page.ScreenshotAsync("dashboard-sample-he");

        await page.GotoAsync(app.BaseUrl + "/articles");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("articles-table")).ToContainTextAsync("SOCAR");
        await page.GetByTestId("article-search").FillAsync("אזרבייג");
        // Finds ואזרבייג'ן / לאזרבייג'ן (prefix letters) but not the Iran-only film review.
        await Expect(page.GetByTestId("articles-table")).ToContainTextAsync("נתניהו דחה את הנסיעה");
        await Expect(page.GetByTestId("articles-table")).Not.ToContainTextAsync("ג'אפר פנאהי");
        await page.ScreenshotAsync("articles-search-he");

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("SOCAR נכנסת לתמר") }).ClickAsync();
        await Expect(page.GetByTestId("article-body")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.GetByTestId("article-topics")).ToContainTextAsync("ישראל–אזרבייג'ן–ארה\"ב");
        await Expect(page.GetByTestId("article-body").Locator("mark.evidence").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("article-he");
    }

    [Fact]
    public async Task An_undated_article_is_flagged_and_a_person_sets_its_date()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "admin@briefing.test", "admin-password-123");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("latest-articles")).ToBeVisibleAsync();
        await page.ScreenshotAsync("dashboard-sample-en");
        await page.GotoAsync(app.BaseUrl + "/articles?q=" + Uri.EscapeDataString("ליסבון"));
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("ליסבון") }).First.ClickAsync();
        await Expect(page.GetByTestId("date-estimated")).ToBeVisibleAsync();
        await page.ScreenshotAsync("article-estimated-en");

        await page.GetByTestId("set-date").FillAsync("2024-10-03");
        await page.GetByTestId("set-date").PressAsync("Tab");
        await page.GetByTestId("save-date").ClickAsync();
        await Expect(page.GetByTestId("date-estimated")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("article-published")).ToContainTextAsync("2024");
    }
}
