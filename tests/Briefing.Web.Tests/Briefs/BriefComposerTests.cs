using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Web.Data.Entities;
using Briefing.Web.Features.Audit;
using Briefing.Web.Features.Briefs;
using Briefing.Web.Features.Briefs.Workbook;
using Briefing.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Briefs;

/// <summary>The brief composed from the sample corpus the app imports on first start, through the service and the API.</summary>
public class BriefComposerTests : IAsyncLifetime
{
    private readonly BriefingAppFactory app = new();
    private static readonly BriefWeek SummitWeek = BriefWeek.Of(2025, 32, DayOfWeek.Sunday);

    public ValueTask InitializeAsync()
    {
        app.Settings["Briefing:SampleData"] = "true";
        _ = app.Server; // starts the app, which imports the sample corpus
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private BriefComposer Composer => app.Services.GetRequiredService<BriefComposer>();

    [Fact]
    public void Weeks_start_on_the_configured_day_and_are_labelled_by_iso_week()
    {
        Assert.Equal(new DateOnly(2025, 8, 3), SummitWeek.From);
        Assert.Equal(new DateOnly(2025, 8, 9), SummitWeek.To);
        Assert.Equal(new DateOnly(2025, 8, 4), BriefWeek.Of(2025, 32, DayOfWeek.Monday).From);
        Assert.Equal("2025-W31", SummitWeek.Previous.Label);
        Assert.Equal("2025-W32", BriefWeek.Containing(new DateOnly(2025, 8, 9), DayOfWeek.Sunday).Label);
        Assert.Equal("2025-W32", BriefWeek.LastCompleted(new DateOnly(2025, 8, 12), DayOfWeek.Sunday).Label);
        Assert.False(BriefWeek.TryParse("2025-W54", DayOfWeek.Sunday, out _));
        Assert.False(BriefWeek.TryParse("last week", DayOfWeek.Sunday, out _));
    }

    [Fact]
    public async Task The_summit_week_gathers_events_recommendations_and_articles_per_topic()
    {
        var brief = await Composer.ComposeAsync(new BriefRequest(SummitWeek, ["section-907", "iran"], "he", "tester"), TestContext.Current.CancellationToken);
        Assert.Equal(["section-907", "iran"], brief.Topics.Select(t => t.Slug).OrderByDescending(s => s.Length).ToList());
        var section907 = brief.Topics.Single(t => t.Slug == "section-907");
        Assert.Equal("סעיף 907", section907.Name);
        Assert.Contains(section907.Events, e => e.Type == "legislation" && e.Date == new DateOnly(2025, 8, 8));
        // The White House summit is reported by three sources and appears once.
        var summit = section907.Events.Single(e => e.Type == "legislation" && e.Date == new DateOnly(2025, 8, 8));
        Assert.True(summit.Sources.Count >= 2, "the summit event should carry several sources");
        Assert.All(section907.Articles, a => Assert.InRange(a.Date!.Value, SummitWeek.From, SummitWeek.To));
        Assert.Equal(section907.Events.Count, section907.ThisWeek.Events);
        Assert.Equal(section907.Articles.Count, section907.ThisWeek.Articles);
    }

    [Fact]
    public async Task A_saved_brief_downloads_byte_identical_and_later_briefs_list_what_changed()
    {
        var ct = TestContext.Current.CancellationToken;
        var user = new CurrentUser(null, "analyst@briefing.test");
        var document = await Composer.ComposeAsync(new BriefRequest(SummitWeek, ["section-907"], "en", user.Name), ct);
        Assert.Empty(document.Changes); // no brief saved before
        var id = await Composer.SaveAsync(document, user, cancellationToken: ct);

        var admin = await app.ClientWithTokenAsync(BriefingAppFactory.AdminEmail, BriefingAppFactory.AdminPassword);
        var first = await admin.GetByteArrayAsync($"/api/briefs/{id}.xlsx", ct);
        await Task.Delay(1100, ct);
        var second = await admin.GetByteArrayAsync($"/api/briefs/{id}.xlsx", ct);
        Assert.Equal(first, second);
        Assert.Equal(Composer.Render(document), first);

        // An admin rejects one of the brief's events: the next brief reports it as removed.
        var eventId = int.Parse(document.Topics.Single().Events.First().Id!);
        await using (var db = app.Services.GetRequiredService<IDbContextFactory<Briefing.Web.Data.BriefingDbContext>>().CreateDbContext())
        {
            var ev = await db.Events.SingleAsync(e => e.Id == eventId, ct);
            ev.Status = EventStatus.Rejected;
            ev.IsCurated = true;
            await db.SaveChangesAsync(ct);
        }
        var next = await Composer.ComposeAsync(new BriefRequest(SummitWeek, ["section-907"], "en", user.Name), ct);
        Assert.Contains(next.Changes, c => c.Kind == BriefChangeKind.Removed && c.EventId == eventId.ToString());
        Assert.DoesNotContain(next.Topics.Single().Events, e => e.Id == eventId.ToString());
    }

    [Fact]
    public async Task The_api_saves_snapshots_and_streams_the_weekly_workbook()
    {
        var ct = TestContext.Current.CancellationToken;
        var staff = await app.ClientWithTokenAsync(BriefingAppFactory.AdminEmail, BriefingAppFactory.AdminPassword);
        var weekly = await staff.GetAsync("/api/briefs/weekly.xlsx?week=2025-W32&topics=section-907&language=he", ct);
        Assert.Equal(HttpStatusCode.OK, weekly.StatusCode);
        Assert.Equal(BriefWorkbookWriter.ContentType, weekly.Content.Headers.ContentType?.MediaType);
        var read = OpenpyxlReader.Read(await weekly.Content.ReadAsByteArrayAsync(ct));
        var sheets = read.GetProperty("sheets").EnumerateArray().ToList();
        Assert.Contains(sheets, s => s.GetProperty("name").GetString() == "סעיף 907" && s.GetProperty("rtl").GetBoolean());

        var saved = await staff.PostAsJsonAsync("/api/briefs", new { week = "2025-W32", topics = new[] { "section-907" }, notes = "=HYPERLINK(\"http://evil\")" }, ct);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var id = (await saved.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetInt32();
        var workbook = OpenpyxlReader.Read(await staff.GetByteArrayAsync($"/api/briefs/{id}.xlsx", ct));
        var cells = workbook.GetProperty("sheets").EnumerateArray().SelectMany(s => s.GetProperty("cells").EnumerateArray()).ToList();
        // Notes typed as a formula stay text.
        Assert.DoesNotContain(cells, c => c.GetProperty("type").GetString() == "f");
        Assert.Contains(cells, c => c.GetProperty("value").ValueKind == JsonValueKind.String && c.GetProperty("value").GetString()!.StartsWith("=HYPERLINK"));

        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync("/api/briefs/weekly.xlsx?week=2025-W99", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/api/briefs/999999.xlsx", ct)).StatusCode);
        var list = await staff.GetFromJsonAsync<JsonElement>("/api/briefs", ct);
        Assert.Contains(list.EnumerateArray(), b => b.GetProperty("id").GetInt32() == id);
    }
}
