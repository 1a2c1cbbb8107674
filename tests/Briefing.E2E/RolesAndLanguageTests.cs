using System.Text.RegularExpressions;
using Briefing.E2E.Infrastructure;
using Briefing.Web.Features.Audit;
using Briefing.Web.Features.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefing.E2E;

public class RolesAndLanguageTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly KestrelApp app = new();

    public async ValueTask InitializeAsync()
    {
        app.Settings["Briefing:Admin:Email"] = "admin@briefing.test";
        app.Settings["Briefing:Admin:Password"] = "admin-password-123";
        app.Start();
        var users = app.Services.GetRequiredService<UserAdminService>();
        await users.CreateAsync("staff@briefing.test", Roles.Staff, "staff-password-123", CurrentUser.System);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Dashboard_in_english_then_hebrew_right_to_left()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "admin@briefing.test", "admin-password-123");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
        await Expect(page.GetByTestId("topic-card-israel-azerbaijan-us")).ToContainTextAsync("Israel–Azerbaijan–US");
        await page.ScreenshotAsync("dashboard-en");

        await page.GetByTestId("language-switch").ClickAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "he");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "לוח מחוונים" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("topic-card-iran")).ToContainTextAsync("איראן");
        // Hebrew is sent as text, not as numeric entities.
        Assert.Contains("איראן", await (await page.APIRequest.GetAsync(app.BaseUrl + "/")).TextAsync());
        await page.ScreenshotAsync("dashboard-he");

        // The language is remembered for the user, not only in this browser.
        await using var other = await browser.Browser.NewContextAsync(new() { Locale = "en-US" });
        var second = await other.NewPageAsync();
        await second.SignInAsync(app.BaseUrl, "admin@briefing.test", "admin-password-123");
        await second.WaitForInteractiveAsync();
        await Expect(second.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
    }

    [Fact]
    public async Task Staff_does_not_see_admin_pages_and_is_refused_on_navigation()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "en-US" });
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "staff@briefing.test", "staff-password-123");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("nav-menu")).ToContainTextAsync("Timelines");
        await Expect(page.GetByTestId("admin-menu")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Users" })).ToHaveCountAsync(0);

        await page.GotoAsync(app.BaseUrl + "/admin/users");
        await Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("users-table")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("staff-denied-en");
    }

    [Fact]
    public async Task Admin_creates_a_staff_user_and_the_audit_log_shows_it()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "en-US" });
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "admin@briefing.test", "admin-password-123");
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Users" }).ClickAsync();
        await page.GetByTestId("new-user-email").FillAsync("analyst@briefing.test");
        await page.GetByTestId("create-user").ClickAsync();
        await Expect(page.GetByTestId("generated-password")).ToContainTextAsync("analyst@briefing.test");
        await Expect(page.GetByTestId("users-table")).ToContainTextAsync("analyst@briefing.test");
        await page.ScreenshotAsync("users-en");

        await page.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
        await Expect(page.GetByTestId("audit-table")).ToContainTextAsync("user.create");
        await Expect(page.GetByTestId("audit-table")).ToContainTextAsync("analyst@briefing.test");
        Assert.Matches(new Regex("/admin/audit$"), page.Url);
    }

    [Fact]
    public async Task Staff_creates_a_token_uses_it_and_revokes_it()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "en-US" });
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "staff@briefing.test", "staff-password-123");
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "API tokens" }).ClickAsync();
        await page.GetByTestId("token-name").FillAsync("nightly script");
        await page.GetByTestId("issue-token").ClickAsync();
        var token = await page.GetByTestId("new-token").Locator("code").InnerTextAsync();
        Assert.StartsWith("brf_", token);

        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync("/api/topics", TestContext.Current.CancellationToken)).StatusCode);

        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await Expect(page.GetByTestId("tokens-table")).ToContainTextAsync("Revoked");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await http.GetAsync("/api/topics", TestContext.Current.CancellationToken)).StatusCode);
    }
}
