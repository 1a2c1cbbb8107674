using System.Text.Json;
using Briefing.E2E.Infrastructure;
using Briefing.Web.Tests.Briefs;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefing.E2E;

/// <summary>The weekly brief end to end on the sample corpus: compose the summit week in Hebrew, edit, save, download, read it back independently.</summary>
public class BriefTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Email = "admin@briefing.test", Password = "admin-password-123";
    private readonly KestrelApp app = new();

    public ValueTask InitializeAsync()
    {
        app.Settings["Briefing:SampleData"] = "true";
        app.Settings["Briefing:Admin:Email"] = Email;
        app.Settings["Briefing:Admin:Password"] = Password;
        app.Start();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_hebrew_brief_of_the_summit_week_is_composed_edited_saved_and_downloaded_as_a_right_to_left_workbook()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "he-IL", ViewportSize = new() { Width = 1366, Height = 900 }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, Email, Password);
        await page.WaitForInteractiveAsync();

        await page.GotoAsync(app.BaseUrl + "/briefs/compose?week=2025-W32");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("week-label")).ToHaveTextAsync("2025-W32");
        await Expect(page.GetByTestId("language-he")).ToHaveAttributeAsync("aria-checked", "true");
        await page.GetByTestId("compose").ClickAsync();
        var topic = page.GetByTestId("draft-topic-section-907");
        await Expect(topic.GetByTestId("topic-heading")).ToHaveTextAsync("סעיף 907");
        await Expect(page.GetByTestId("brief-draft")).ToHaveAttributeAsync("dir", "rtl");

        var rows = topic.Locator("[data-testid^=events-section-907-][data-included]");
        var summit = rows.Filter(new() { Has = page.Locator("[data-type=legislation]") }).Filter(new() { Has = page.Locator("[data-date='2025-08-08']") });
        await Expect(summit.First).ToBeVisibleAsync();
        // Untick one other event of the week (a topic with only the summit would leave nothing else to untick).
        var summitRow = await summit.First.GetAttributeAsync("data-testid");
        var others = topic.Locator($"[data-testid^=events-section-907-][data-included]:not([data-testid='{summitRow}'])");
        var untickedTopic = "section-907";
        var unticked = others.First;
        if (await others.CountAsync() == 0)
        {
            untickedTopic = "israel-azerbaijan-us";
            unticked = page.GetByTestId("draft-topic-israel-azerbaijan-us").Locator("[data-testid^=events-israel-azerbaijan-us-][data-included]").First;
        }
        var untickedSummary = (await unticked.GetByTestId("event-summary").TextContentAsync())!.Trim();
        var untickedTopicName = (await page.GetByTestId($"draft-topic-{untickedTopic}").GetByTestId("topic-heading").TextContentAsync())!.Trim();
        await unticked.Locator("input[type=checkbox]").ClickAsync();
        await Expect(unticked).ToHaveAttributeAsync("data-included", "false");

        const string bottomLine = "הוויתור על סעיף 907 נחתם בבית הלבן; לעקוב אחרי תגובת הקונגרס.";
        await page.GetByTestId("bottom-line-section-907").FillAsync(bottomLine);
        await page.GetByTestId("bottom-line-section-907").PressAsync("Tab");
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync("brief-composer-he");

        // The preview is the edited draft, downloaded over plain HTTP.
        var preview = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-preview").ClickAsync());
        var previewSheets = Sheets(OpenpyxlReader.Read(await BytesAsync(preview)));
        Assert.DoesNotContain(untickedSummary, Texts(TopicSheet(previewSheets, untickedTopicName)));

        await page.GetByTestId("save-brief").ClickAsync();
        await Expect(page.GetByTestId("saved-alert")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("briefs-table")).ToContainTextAsync("2025-W32");
        await page.ScreenshotAsync("brief-list-he");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("saved-download").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename);
        var workbook = OpenpyxlReader.Read(await BytesAsync(download));
        var sheets = Sheets(workbook);

        var names = sheets.Select(s => s.GetProperty("name").GetString()).ToList();
        foreach (var expected in new[] { "Summary", "סעיף 907", "Recommendations", "Articles", "Changes" })
            Assert.Contains(expected, names);
        Assert.All(sheets, s => Assert.True(s.GetProperty("rtl").GetBoolean(), $"{s.GetProperty("name")} should be right-to-left"));

        var section907 = sheets.Single(s => s.GetProperty("name").GetString() == "סעיף 907");
        var cells = section907.GetProperty("cells").EnumerateArray().ToList();
        var legislationRows = cells.Where(c => c.GetProperty("value").ValueKind == JsonValueKind.String && c.GetProperty("value").GetString() == "חקיקה")
            .Select(c => c.GetProperty("row").GetInt32()).ToHashSet();
        var summitDate = Assert.Single(cells, c => legislationRows.Contains(c.GetProperty("row").GetInt32()) && c.GetProperty("col").GetInt32() == 1
            && c.GetProperty("isDate").GetBoolean() && c.GetProperty("value").GetString()!.StartsWith("2025-08-08", StringComparison.Ordinal));
        Assert.Equal("d", summitDate.GetProperty("type").GetString());
        // Every date column cell below the header is a real Excel date.
        Assert.All(cells.Where(c => c.GetProperty("col").GetInt32() == 1 && c.GetProperty("row").GetInt32() > 1), c => Assert.True(c.GetProperty("isDate").GetBoolean()));
        Assert.DoesNotContain(untickedSummary, Texts(TopicSheet(sheets, untickedTopicName)));

        Assert.Contains(bottomLine, Texts(sheets.Single(s => s.GetProperty("name").GetString() == "Summary")));

        // The saved brief downloads byte-identical again.
        var again = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("saved-download").ClickAsync());
        Assert.Equal(await BytesAsync(download), await BytesAsync(again));

        // A new version starts from the snapshot: the bottom line is there and the unticked event stays unticked (absent).
        await page.Locator("[data-testid^=new-version-]").First.ClickAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("bottom-line-section-907")).ToHaveValueAsync(bottomLine);
        await Expect(page.GetByTestId($"draft-topic-{untickedTopic}")).Not.ToContainTextAsync(untickedSummary);
        await Expect(summit.First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_english_composer_and_list_read_left_to_right()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, Email, Password);
        await page.WaitForInteractiveAsync();
        await page.GotoAsync(app.BaseUrl + "/briefs/compose?week=2025-W32");
        await page.WaitForInteractiveAsync();
        await page.GetByTestId("topic-chip-iran").ClickAsync();
        await Expect(page.GetByTestId("topic-chip-iran")).ToHaveAttributeAsync("data-selected", "false");
        await page.GetByTestId("compose").ClickAsync();
        await Expect(page.GetByTestId("brief-draft")).ToHaveAttributeAsync("dir", "ltr");
        await Expect(page.GetByTestId("draft-topic-section-907").GetByTestId("topic-heading")).ToHaveTextAsync("Section 907");
        await Expect(page.GetByTestId("draft-topic-iran")).ToHaveCountAsync(0);
        await page.GetByTestId("overall-summary").FillAsync("The Section 907 waiver dominated the week.");
        await page.GetByTestId("overall-summary").PressAsync("Tab");
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync("brief-composer-en");

        await page.GetByTestId("save-brief").ClickAsync();
        await Expect(page.GetByTestId("saved-alert")).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
        await page.ScreenshotAsync("brief-list-en");
        await page.GetByTestId("brief-search").FillAsync("dominated the week");
        await Expect(page.GetByTestId("briefs-table").Locator("tbody tr")).ToHaveCountAsync(1);
        await page.GetByTestId("brief-search").FillAsync("no brief says this");
        await Expect(page.GetByTestId("briefs-empty")).ToBeVisibleAsync();
    }

    private static List<JsonElement> Sheets(JsonElement workbook) => [.. workbook.GetProperty("sheets").EnumerateArray()];

    /// <summary>Sheet names are the topic names, cut to Excel's 31 characters.</summary>
    private static JsonElement TopicSheet(List<JsonElement> sheets, string topicName) =>
        sheets.Single(s => s.GetProperty("name").GetString() is { } name && topicName.StartsWith(name.TrimEnd('…', '~'), StringComparison.Ordinal) && name is not ("Summary" or "Recommendations" or "Articles" or "Changes"));

    private static string Texts(JsonElement sheet) => string.Join("\n", sheet.GetProperty("cells").EnumerateArray()
        .Where(c => c.GetProperty("value").ValueKind == JsonValueKind.String).Select(c => c.GetProperty("value").GetString()));

    private static async Task<byte[]> BytesAsync(IDownload download) => await File.ReadAllBytesAsync((await download.PathAsync())!);
}
