using System.Net;
using Briefing.Web.Features.Auth;
using Briefing.Web.Features.Briefs;
using Briefing.Web.Features.Briefs.Workbook;
using Briefing.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Briefs;

/// <summary>The composer's "Download preview": a plain GET of the unsaved draft, for its owner only.</summary>
public class BriefDraftEndpointTests : IAsyncLifetime
{
    private readonly BriefingAppFactory app = new();

    public ValueTask InitializeAsync()
    {
        _ = app.Server;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task The_owner_downloads_the_draft_as_a_workbook_and_nobody_else_does()
    {
        var ct = TestContext.Current.CancellationToken;
        var draft = new BriefDocument
        {
            Week = "2025-W32", From = new DateOnly(2025, 8, 3), To = new DateOnly(2025, 8, 9), Language = "he", Author = BriefingAppFactory.AdminEmail,
            GeneratedAtUtc = new DateTime(2025, 8, 10, 8, 0, 0, DateTimeKind.Utc), OverallSummary = "=draft summary",
            Topics = [new BriefTopicSection { Slug = "section-907", Name = "סעיף 907", BottomLine = "שורה תחתונה",
                Events = [new BriefEvent { Id = "7", Type = "legislation", Date = new DateOnly(2025, 8, 8), Summary = "ויתור על סעיף 907" }] }],
        };
        var key = BriefDraftStore.NewKey();
        app.Services.GetRequiredService<BriefDraftStore>().Put(key, draft, BriefingAppFactory.AdminEmail);

        var admin = await app.ClientWithTokenAsync(BriefingAppFactory.AdminEmail, BriefingAppFactory.AdminPassword);
        var response = await admin.GetAsync($"/api/briefs/drafts/{key}.xlsx", ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(BriefWorkbookWriter.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("draft-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var workbook = OpenpyxlReader.Read(await response.Content.ReadAsByteArrayAsync(ct));
        var summary = workbook.GetProperty("sheets").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Summary");
        Assert.True(summary.GetProperty("rtl").GetBoolean());
        var cells = summary.GetProperty("cells").EnumerateArray().ToList();
        Assert.Contains(cells, c => c.GetProperty("value").ValueKind == System.Text.Json.JsonValueKind.String && c.GetProperty("value").GetString() == "שורה תחתונה");
        Assert.Contains(cells, c => c.GetProperty("value").ValueKind == System.Text.Json.JsonValueKind.String && c.GetProperty("value").GetString() == "=draft summary"
            && c.GetProperty("type").GetString() == "s");

        await app.CreateUserAsync("staff@briefing.test", Roles.Staff, "staff-password-123");
        var staff = await app.ClientWithTokenAsync("staff@briefing.test", "staff-password-123");
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/briefs/drafts/{key}.xlsx", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/briefs/drafts/{BriefDraftStore.NewKey()}.xlsx", ct)).StatusCode);
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/briefs/drafts/{key}.xlsx", ct)).StatusCode);
    }
}
