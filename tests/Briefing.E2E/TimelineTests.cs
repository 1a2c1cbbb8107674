using System.Text.RegularExpressions;
using Briefing.E2E.Infrastructure;
using Briefing.Web.Features.Ingestion;
using Briefing.Web.Features.Processing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefing.E2E;

/// <summary>Timelines on the sample corpus plus the canonical seed article, in Hebrew and English; curation survives re-processing.</summary>
public class TimelineTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Email = "admin@briefing.test", Password = "admin-password-123";
    private readonly KestrelApp app = new();

    public async ValueTask InitializeAsync()
    {
        app.Settings["Briefing:SampleData"] = "true";
        app.Settings["Briefing:Admin:Email"] = Email;
        app.Settings["Briefing:Admin:Password"] = Password;
        app.Start();
        var ingestion = app.Services.GetRequiredService<IngestionService>();
        var (items, failure) = ingestion.Parse(await File.ReadAllBytesAsync(SeedPath()), "000_7678fdd83c2c5ead.txt", null, new ImportOptions());
        Assert.Null(failure);
        Assert.All(await ingestion.StoreAsync(items), r => Assert.NotEqual(ImportStatus.Failed, r.Status));
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private static string SeedPath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Briefing.sln")))
            dir = dir.Parent;
        for (var candidate = dir?.Parent; candidate is not null; candidate = candidate.Parent)
        {
            var path = Path.Combine(candidate.FullName, "shared", "seeds", "000_7678fdd83c2c5ead.txt");
            if (File.Exists(path))
                return path;
        }
        throw new FileNotFoundException("shared/seeds/000_7678fdd83c2c5ead.txt not found above the repository root");
    }

    /// <summary>The full page and, since timelines are long, the first screenful on its own to look at.</summary>
    private static async Task ShootAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(name);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots(), name + "-top.png") });
    }

    private static string Screenshots()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Briefing.sln")))
            dir = dir.Parent;
        return Path.Combine(dir!.FullName, "artifacts", "screenshots");
    }

    private async Task<IPage> SignedInAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, Email, Password);
        await page.WaitForInteractiveAsync();
        return page;
    }

    [Fact]
    public async Task The_hebrew_timeline_shows_the_seed_events_right_to_left_and_filters_by_type_and_date()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "he-IL", ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await SignedInAsync(context);
        await page.GotoAsync(app.BaseUrl + "/timelines/israel-azerbaijan-us");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");

        var cards = page.GetByTestId("event-card");
        var meeting = cards.Filter(new() { HasText = "חיכמת חגיייב" }).And(page.Locator("[data-type=meeting]"));
        await Expect(meeting.First).ToBeVisibleAsync();
        await Expect(meeting.First).ToContainTextAsync("פגישה");
        await Expect(meeting.First).ToContainTextAsync("בנימין נתניהו");
        await Expect(meeting.First.Locator("[data-testid=event-quote][dir=rtl]").Filter(new() { HasText = "נפגש" }).First).ToBeVisibleAsync();
        await Expect(cards.And(page.Locator("[data-type=statement]")).Filter(new() { HasText = "מרקו רוביו" }).First).ToBeVisibleAsync();
        await Expect(cards.And(page.Locator("[data-type=recommendation]")).Filter(new() { HasText = "מרכז בגין-סאדאת" }).First).ToBeVisibleAsync();
        await Expect(cards.And(page.Locator("[data-type=recommendation]")).Filter(new() { HasText = "אטלנטי" }).First).ToBeVisibleAsync();
        await ShootAsync(page, "timeline-he");
        await meeting.First.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots(), "timeline-he-seed-events.png") });

        // Type filter: only meetings remain.
        await page.GetByTestId("type-chip-meeting").ClickAsync();
        await Expect(page.Locator("[data-testid=event-card]:not([data-type=meeting])")).ToHaveCountAsync(0);
        await Expect(meeting.First).ToBeVisibleAsync();
        await page.GetByTestId("type-chip-meeting").ClickAsync();

        // Date filter: from 2025-08-01 the undated seed meeting and the 2022–2023 events are gone.
        await Expect(page.GetByTestId("timeline-group-date").Filter(new() { HasText = "2022" }).First).ToBeVisibleAsync();
        await page.GetByTestId("date-from").FillAsync("2025-08-01");
        await page.GetByTestId("date-from").PressAsync("Tab");
        await Expect(page.GetByTestId("timeline-group-date").Filter(new() { HasText = "2022" })).ToHaveCountAsync(0);
        await Expect(meeting).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("timeline-group-date").First).ToContainTextAsync("2025");
        await ShootAsync(page, "timeline-he-filtered");
    }

    [Fact]
    public async Task The_english_timeline_the_recommendations_view_and_the_statute_history()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await SignedInAsync(context);
        await page.GotoAsync(app.BaseUrl + "/timelines/section-907");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
        await Expect(page.GetByTestId("timeline-group-date").Filter(new() { HasText = "1992" }).First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("event-card").And(page.Locator("[data-type=agreement]")).Filter(new() { HasText = "Nikol Pashinyan" }).First).ToContainTextAsync("Sources (3)");
        await ShootAsync(page, "timeline-en");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Recommendations" }).ClickAsync();
        var besa = page.GetByTestId("recommendation-row").Filter(new() { HasText = "BESA Center" }).First;
        await Expect(besa).ToContainTextAsync("United States");
        await Expect(besa).ToContainTextAsync("לשלב את אזרבייג'ן");
        await page.ScreenshotAsync("recommendations-en");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Statute history" }).ClickAsync();
        await Expect(page.GetByTestId("statute-history")).ToContainTextAsync("1992");
        await Expect(page.GetByTestId("statute-history")).ToContainTextAsync("2025");
        await ShootAsync(page, "statute-history-en");
    }

    [Fact]
    public async Task An_admins_edit_of_an_event_survives_reprocessing()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await SignedInAsync(context);
        await page.GotoAsync(app.BaseUrl + "/admin/events?type=meeting");
        await page.WaitForInteractiveAsync();
        var card = page.GetByTestId("event-card").Filter(new() { HasText = "Hikmet Hajiyev" }).First;
        await Expect(card).ToBeVisibleAsync();
        await ShootAsync(page, "events-review-en");

        await card.GetByTestId("review-edit").ClickAsync();
        await page.GetByTestId("edit-summary").FillAsync("Hajiyev met Netanyahu in Jerusalem (checked by an editor)");
        await page.GetByTestId("edit-place").FillAsync("Jerusalem");
        await page.GetByTestId("edit-place").PressAsync("Tab");
        await ShootAsync(page, "events-review-edit-en");
        await page.GetByTestId("edit-save").ClickAsync();
        await Expect(page.GetByTestId("event-card").Filter(new() { HasText = "checked by an editor" })).ToHaveCountAsync(0);

        await app.Services.GetRequiredService<ArticleAnalysis>().ReprocessAllAsync(cancellationToken: TestContext.Current.CancellationToken);

        await page.GotoAsync(app.BaseUrl + "/admin/events?status=confirmed&type=meeting");
        await page.WaitForInteractiveAsync();
        var edited = page.GetByTestId("event-card").Filter(new() { HasText = "checked by an editor" });
        await Expect(edited).ToHaveCountAsync(1);
        await Expect(edited).ToContainTextAsync("Jerusalem");
        await Expect(edited).ToContainTextAsync("Hikmet Hajiyev");
        // The re-run did not bring the meeting back as a new proposal.
        await page.GotoAsync(app.BaseUrl + "/admin/events?type=meeting");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("review-count")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("event-card").Filter(new() { HasText = "Hikmet Hajiyev" }).Filter(new() { HasText = "נפגש" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_actors_page_lists_the_gazetteer_and_adds_an_actor_the_extractor_then_knows()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "he-IL", ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await SignedInAsync(context);
        await page.GotoAsync(app.BaseUrl + "/admin/actors");
        await page.WaitForInteractiveAsync();
        await page.GetByTestId("actor-search").FillAsync("חגיי");
        await Expect(page.GetByTestId("actors-table")).ToContainTextAsync("Hikmet Hajiyev");
        await ShootAsync(page, "actors-he");

        await page.GetByTestId("actor-search").FillAsync("");
        await page.GetByTestId("actor-new").ClickAsync();
        await page.GetByTestId("actor-key").FillAsync("yossi-testman");
        await page.GetByTestId("actor-name-en").FillAsync("Yossi Testman");
        await page.GetByTestId("actor-name-he").FillAsync("יוסי טסטמן");
        await page.GetByTestId("actor-role").FillAsync("envoy");
        await page.GetByTestId("actor-role").PressAsync("Tab");
        await page.GetByTestId("actor-save").ClickAsync();
        await Expect(page.GetByTestId("actor-form")).ToHaveCountAsync(0);
        await page.GetByTestId("actor-search").FillAsync("טסטמן");
        await Expect(page.GetByTestId("actors-table")).ToContainTextAsync("Yossi Testman");

        var extraction = app.Services.GetRequiredService<Briefing.Web.Features.Events.EventExtractionService>();
        Assert.Contains("yossi-testman", (await extraction.CompiledAsync(TestContext.Current.CancellationToken)).ActorIds.Keys);
    }
}
