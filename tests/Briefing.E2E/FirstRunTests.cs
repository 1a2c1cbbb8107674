using Briefing.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefing.E2E;

/// <summary>A new installation: set-up page, first admin, dashboard, sign-out, sign-in, lockout.</summary>
public class FirstRunTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly KestrelApp app = new();

    public ValueTask InitializeAsync()
    {
        app.Start();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task New_user_goes_from_setup_to_dashboard_signs_out_and_back_in()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "en-US" });
        var page = await context.NewPageAsync();

        await page.GotoAsync(app.BaseUrl + "/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/setup$"));
        await page.FillAsync("#email", "first@briefing.test");
        await page.FillAsync("#password", "short");
        await page.FillAsync("#confirm", "short");
        // The browser's own minlength check stops a short password before it is sent.
        await page.ClickAsync("button[type=submit]");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/setup$"));

        await page.FillAsync("#password", "first-admin-password");
        await page.FillAsync("#confirm", "first-admin-password");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("empty-state")).ToContainTextAsync("importing articles");
        await Expect(page.GetByTestId("admin-menu")).ToBeVisibleAsync();

        // The set-up page is gone once a user exists.
        await page.GotoAsync(app.BaseUrl + "/setup");
        await page.WaitForInteractiveAsync();
        Assert.DoesNotContain("/setup", page.Url);

        await page.GetByTestId("sign-out").ClickAsync();
        await Expect(page.GetByTestId("sign-in-message")).ToContainTextAsync("signed out");

        await page.SignInAsync(app.BaseUrl, "first@briefing.test", "first-admin-password");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("user-name")).ToHaveTextAsync("first@briefing.test");
    }

    [Fact]
    public async Task Wrong_passwords_give_a_clear_message_and_lock_the_account_after_five()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "en-US" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/setup");
        await page.FillAsync("#email", "owner@briefing.test");
        await page.FillAsync("#password", "owner-password-123");
        await page.FillAsync("#confirm", "owner-password-123");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForInteractiveAsync();
        await page.GetByTestId("sign-out").ClickAsync();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await page.SignInAsync(app.BaseUrl, "owner@briefing.test", "wrong-password-" + attempt);
            await Expect(page.GetByTestId("sign-in-message")).ToContainTextAsync("Wrong email or password");
        }
        await page.SignInAsync(app.BaseUrl, "owner@briefing.test", "wrong-password-5");
        await Expect(page.GetByTestId("sign-in-message")).ToContainTextAsync("locked");
        await page.ScreenshotAsync("signin-locked-en");

        // Even the right password is refused while locked.
        await page.SignInAsync(app.BaseUrl, "owner@briefing.test", "owner-password-123");
        await Expect(page.GetByTestId("sign-in-message")).ToContainTextAsync("locked");
    }
}
