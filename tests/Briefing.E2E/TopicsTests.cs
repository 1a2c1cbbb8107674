using Briefing.E2E.Infrastructure;
using Briefing.Web.Data;
using Briefing.Web.Data.Entities;
using Briefing.Web.Features.Audit;
using Briefing.Web.Features.Auth;
using Briefing.Web.Features.Topics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefing.E2E;

/// <summary>An admin adds a rule with the live test box and the impact preview; staff then see the article in the topic.</summary>
public class TopicsTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string SaffronTitle = "Saffron exports hit a record";
    private readonly KestrelApp app = new();

    public async ValueTask InitializeAsync()
    {
        app.Settings["Briefing:Admin:Email"] = "admin@briefing.test";
        app.Settings["Briefing:Admin:Password"] = "admin-password-123";
        app.Start();
        await app.Services.GetRequiredService<UserAdminService>().CreateAsync("staff@briefing.test", Roles.Staff, "staff-password-123", CurrentUser.System);
        await AddArticleAsync(SaffronTitle, "Growers in Khorasan sold more saffron abroad than ever; saffron prices fell.", "en", 0);
        await AddArticleAsync("Tehran and Washington trade messages on the nuclear file",
            "Iran's foreign minister said in Tehran that talks with the United States on the Iranian nuclear programme could resume.", "en", 9);
        await AddArticleAsync("איראן: שר החוץ בטהרן דיבר על תוכנית הגרעין האיראנית",
            "שר החוץ האיראני אמר בטהרן כי השיחות עם ארה\"ב על הגרעין של איראן יחודשו.", "he", 16);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private async Task AddArticleAsync(string title, string text, string language, int daysAgo)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<BriefingDbContext>>();
        var assignments = app.Services.GetRequiredService<TopicAssignmentService>();
        await using var db = await factory.CreateDbContextAsync();
        var published = DateTime.UtcNow.Date.AddDays(-daysAgo);
        var article = new Article
        {
            Title = title, Text = text, Language = language, ContentHash = Guid.NewGuid().ToString("N"), PublishedAt = published,
            PublishedDate = DateOnly.FromDateTime(published), ImportedAt = published, SourceName = "E2E",
            SearchText = ArticleSearch.Fold(title + " " + text),
        };
        assignments.Apply(db, article, [], await assignments.CompiledAsync());
        db.Articles.Add(article);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Admin_adds_a_rule_previews_and_saves_then_staff_see_the_article_and_the_audit_log_shows_the_change()
    {
        await using var adminContext = await browser.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1440, Height = 1000 } });
        var admin = await adminContext.NewPageAsync();
        await admin.SignInAsync(app.BaseUrl, "admin@briefing.test", "admin-password-123");
        await admin.WaitForInteractiveAsync();
        await admin.GotoAsync(app.BaseUrl + "/admin/topics");
        await admin.WaitForInteractiveAsync();
        await Expect(admin.GetByTestId("topics-table")).ToContainTextAsync("section-907");
        await admin.ScreenshotAsync("topics-admin-en");
        await admin.GetByTestId("edit-iran").ClickAsync();
        await Expect(admin.GetByTestId("test-box")).ToBeVisibleAsync();

        // The test box scores the text as typed, with the rules as edited.
        await admin.GetByTestId("test-title").FillAsync(SaffronTitle);
        await admin.GetByTestId("test-body").FillAsync("Growers in Khorasan sold more saffron abroad than ever.");
        await Expect(admin.GetByTestId("test-not-assigned")).ToBeVisibleAsync();

        var rules = await admin.Locator("textarea[data-testid=rule-any]").CountAsync();
        await admin.GetByTestId("add-rule").ClickAsync();
        await admin.Locator("input[data-testid=rule-name]").Nth(rules).FillAsync("Saffron trade");
        await admin.Locator("textarea[data-testid=rule-any]").Nth(rules).FillAsync("saffron");
        await admin.Locator("input[data-testid=rule-weight]").Nth(rules).FillAsync("2");
        await admin.Locator("input[data-testid=rule-weight]").Nth(rules).BlurAsync();
        await Expect(admin.GetByTestId("test-assigned")).ToBeVisibleAsync();
        await Expect(admin.Locator("[data-testid=test-highlight] mark.hit").First).ToHaveTextAsync("Saffron");

        await admin.GetByTestId("preview").ClickAsync();
        await Expect(admin.GetByTestId("impact-added")).ToHaveTextAsync("+1");
        await Expect(admin.GetByTestId("impact-removed")).ToHaveTextAsync("−0");
        await Expect(admin.GetByTestId("impact-added-examples")).ToContainTextAsync(SaffronTitle);
        await admin.EvaluateAsync("window.scrollTo(0, 0)");
        await admin.ScreenshotAsync("topic-editor-en");
        await admin.GetByTestId("save").ClickAsync();
        await Expect(admin.GetByTestId("reclassify-done")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await admin.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
        await Expect(admin.GetByTestId("audit-table")).ToContainTextAsync("topic.update");
        await Expect(admin.GetByTestId("audit-table")).ToContainTextAsync("Saffron trade");

        await using var staffContext = await browser.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1440, Height = 1000 } });
        var staff = await staffContext.NewPageAsync();
        await staff.SignInAsync(app.BaseUrl, "staff@briefing.test", "staff-password-123");
        await staff.WaitForInteractiveAsync();
        await staff.GotoAsync(app.BaseUrl + "/topics/iran");
        await staff.WaitForInteractiveAsync();
        await Expect(staff.GetByTestId("topic-articles")).ToContainTextAsync(SaffronTitle);
        await Expect(staff.GetByTestId("article-total")).ToHaveTextAsync("3");
        await Expect(staff.GetByTestId("topic-rules")).ToContainTextAsync("Saffron trade");
        await Expect(staff.GetByTestId("edit-topic")).ToHaveCountAsync(0);
        await staff.EvaluateAsync("window.scrollTo(0, 0)");
        await staff.ScreenshotAsync("topic-page-en");

        await staff.GetByTestId("language-switch").ClickAsync();
        await staff.WaitForInteractiveAsync();
        await Expect(staff.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(staff.GetByTestId("topic-name")).ToHaveTextAsync("איראן");
        await staff.EvaluateAsync("window.scrollTo(0, 0)");
        await staff.ScreenshotAsync("topic-page-he");

        // The dashboard charts every topic's weekly volume; the saffron article (published today) is in the current week.
        await staff.GotoAsync(app.BaseUrl + "/");
        await staff.WaitForInteractiveAsync();
        await Expect(staff.Locator("[data-testid=topic-volume-chart] td[data-slug=iran]").Last).ToHaveTextAsync("1");
        await staff.EvaluateAsync("window.scrollTo(0, 0)");
        await staff.ScreenshotAsync("dashboard-volume-he");

        // Staff cannot open the rule editor.
        await staff.GotoAsync(app.BaseUrl + "/admin/topics/iran");
        await Expect(staff.GetByTestId("access-denied")).ToBeVisibleAsync();

        await admin.GetByTestId("language-switch").ClickAsync();
        await Expect(admin.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await admin.GotoAsync(app.BaseUrl + "/admin/topics/iran");
        await admin.WaitForInteractiveAsync();
        await Expect(admin.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "בדיקה" })).ToBeVisibleAsync();
        await admin.GetByTestId("test-title").FillAsync("איראן: שר החוץ בטהרן");
        await admin.GetByTestId("test-body").FillAsync("שר החוץ האיראני אמר בטהרן כי השיחות עם ארה\"ב על הגרעין של איראן יחודשו.");
        await Expect(admin.GetByTestId("test-assigned")).ToBeVisibleAsync();
        await admin.EvaluateAsync("window.scrollTo(0, 0)");
        await admin.ScreenshotAsync("topic-editor-he");
    }
}
