using Briefing.Web.Data.Entities;
using Briefing.Web.Features.Audit;
using Briefing.Web.Features.Events;
using Briefing.Web.Features.Timelines;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Tests.Events;

/// <summary>Curation on the real pipeline: each action is audited and survives re-processing of every article.</summary>
public class EventReviewTests : IAsyncLifetime
{
    private static readonly CurrentUser Admin = new("admin-id", "admin@briefing.test");
    private EventsTestBed bed = default!;

    public async ValueTask InitializeAsync() => bed = await EventsTestBed.CreateAsync();

    public async ValueTask DisposeAsync() => await bed.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<TimelineEvent> SeedMeetingAsync() =>
        (await bed.TimelineAsync()).Single(e => e.Type == EventType.Meeting && e.Actors.Any(a => a.Key == "hikmet-hajiyev"));

    private async Task<TimelineEvent?> GetAsync(int id) => await bed.Timelines.GetAsync(id, Ct);

    private async Task<List<AuditEntry>> AuditAsync(string action)
    {
        await using var db = bed.Database.CreateDbContext();
        return await db.AuditEntries.Where(a => a.Action == action).ToListAsync(Ct);
    }

    private async Task<int> ActorIdAsync(string key)
    {
        await using var db = bed.Database.CreateDbContext();
        return await db.Actors.Where(a => a.Key == key).Select(a => a.Id).SingleAsync(Ct);
    }

    [Fact]
    public async Task An_edit_is_audited_curated_and_survives_reprocessing()
    {
        var meeting = await SeedMeetingAsync();
        var rubio = await ActorIdAsync("marco-rubio");
        var edit = new EventEdit(EventType.Visit, DatePrecision.Month, 2025, 11, null, "Jerusalem", "Hajiyev visited Israel and met Netanyahu",
            [.. meeting.Actors.Where(a => a.Key != "marco-rubio").Select(a => new EventActorRef(a.Id, a.Role))]);

        var result = await bed.Review.EditAsync(meeting.Id, meeting.Version, edit, Admin, Ct);
        Assert.True(result.Succeeded, result.Error);

        var audit = Assert.Single(await AuditAsync("event.edit"));
        Assert.Equal("admin@briefing.test", audit.User);
        Assert.Equal(meeting.Id.ToString(), audit.EntityId);
        Assert.Contains("\"meeting\"", audit.Before);
        Assert.Contains("Hajiyev visited Israel", audit.After);

        await bed.Analysis.ReprocessAllAsync(cancellationToken: Ct);

        var after = await GetAsync(meeting.Id);
        Assert.NotNull(after);
        Assert.Equal((EventType.Visit, DatePrecision.Month, 2025, 11, "Jerusalem"), (after.Type, after.Precision, after.Year, after.Month, after.Place));
        Assert.Equal("Hajiyev visited Israel and met Netanyahu", after.Summary);
        Assert.Equal("2025-11", after.DateText);
        Assert.True(after.IsCurated);
        Assert.Equal(EventStatus.Confirmed, after.Status);
        Assert.DoesNotContain(after.Actors, a => a.Id == rubio);
        Assert.Equal(meeting.Sources.Select(s => s.Id).Order(), after.Sources.Select(s => s.Id).Order());
        // Re-extraction did not file the same sentence again as a second meeting.
        Assert.DoesNotContain(await bed.TimelineAsync(), e => e.Id != meeting.Id && e.Type == EventType.Meeting && e.Actors.Any(a => a.Key == "hikmet-hajiyev"));
        // The topic timelines follow the new date.
        var inTopic = (await bed.Timelines.QueryAsync(new TimelineFilter("israel-azerbaijan-us", From: new DateOnly(2025, 11, 1), To: new DateOnly(2025, 11, 30)), Ct))!.Items;
        Assert.Contains(inTopic, e => e.Id == meeting.Id);
    }

    [Fact]
    public async Task A_stale_edit_is_refused_with_a_conflict()
    {
        var meeting = await SeedMeetingAsync();
        var edit = new EventEdit(meeting.Type, DatePrecision.Unknown, null, null, null, null, "First admin's summary", [.. meeting.Actors.Select(a => new EventActorRef(a.Id, a.Role))]);
        Assert.True((await bed.Review.EditAsync(meeting.Id, meeting.Version, edit, Admin, Ct)).Succeeded);

        var stale = await bed.Review.EditAsync(meeting.Id, meeting.Version, edit with { Summary = "Second admin's summary" }, Admin, Ct);
        Assert.False(stale.Succeeded);
        Assert.True(stale.Conflict);
        Assert.Contains("changed this event meanwhile", stale.Error);
        Assert.Equal("First admin's summary", (await GetAsync(meeting.Id))!.Summary);
        Assert.Single(await AuditAsync("event.edit"));

        var bad = await bed.Review.EditAsync(meeting.Id, (await GetAsync(meeting.Id))!.Version, edit with { Precision = DatePrecision.Day, Year = 2025, Month = 2, Day = 30 }, Admin, Ct);
        Assert.False(bad.Succeeded);
        Assert.False(bad.Conflict);
    }

    [Fact]
    public async Task Confirm_and_reject_are_audited_and_survive_reprocessing()
    {
        var timeline = await bed.TimelineAsync("section-907");
        var law = timeline.First(e => e.StatuteKey == "section-907" && e.Year == 1992);
        var statement = timeline.First(e => e.Type == EventType.Statement && e.Status == EventStatus.Proposed);

        Assert.True((await bed.Review.ConfirmAsync(law.Id, law.Version, Admin, Ct)).Succeeded);
        Assert.True((await bed.Review.RejectAsync(statement.Id, statement.Version, Admin, Ct)).Succeeded);
        Assert.Single(await AuditAsync("event.confirm"));
        Assert.Single(await AuditAsync("event.reject"));

        await bed.Analysis.ReprocessAllAsync(cancellationToken: Ct);

        var confirmed = await GetAsync(law.Id);
        Assert.Equal(EventStatus.Confirmed, confirmed!.Status);
        Assert.Equal(law.Sources.Count, confirmed.Sources.Count);
        var rejected = await GetAsync(statement.Id);
        Assert.Equal(EventStatus.Rejected, rejected!.Status);
        // A rejected event stays rejected: re-extraction does not bring its sentence back as a new event.
        var quotes = statement.Sources.Select(s => (s.ArticleId, s.Quote)).ToHashSet();
        Assert.DoesNotContain(await bed.TimelineAsync(), e => e.Sources.Any(s => quotes.Contains((s.ArticleId, s.Quote))));
    }

    [Fact]
    public async Task Merge_unites_sources_and_actors_and_survives_reprocessing()
    {
        var timeline = await bed.TimelineAsync("israel-azerbaijan-us");
        var meeting = timeline.Single(e => e.Type == EventType.Meeting && e.Actors.Any(a => a.Key == "hikmet-hajiyev"));
        var statement = timeline.Single(e => e.Type == EventType.Statement && e.Actors.Any(a => a.Key == "hikmet-hajiyev"));

        var result = await bed.Review.MergeAsync(meeting.Id, meeting.Version, statement.Id, statement.Version, Admin, Ct);
        Assert.True(result.Succeeded, result.Error);
        Assert.Null(await GetAsync(statement.Id));
        var merged = (await GetAsync(meeting.Id))!;
        Assert.Equal(meeting.Sources.Count + statement.Sources.Count, merged.Sources.Count);
        Assert.Superset(statement.Actors.Select(a => (a.Id, a.Role)).ToHashSet(), merged.Actors.Select(a => (a.Id, a.Role)).ToHashSet());
        var audit = Assert.Single(await AuditAsync("event.merge"));
        Assert.Contains("merged", audit.Before);

        await bed.Analysis.ReprocessAllAsync(cancellationToken: Ct);

        var after = (await GetAsync(meeting.Id))!;
        Assert.Equal(merged.Sources.Select(s => s.Id).Order(), after.Sources.Select(s => s.Id).Order());
        Assert.DoesNotContain(await bed.TimelineAsync(), e => e.Id != meeting.Id && e.Actors.Any(a => a.Key == "hikmet-hajiyev") && e.Type is EventType.Statement or EventType.Meeting);
    }

    [Fact]
    public async Task Split_moves_chosen_sources_to_a_new_event_and_survives_reprocessing()
    {
        var summit = (await bed.TimelineAsync("section-907")).Single(e => e.Type == EventType.Agreement && e.DateText == "2025-08-08" && e.Actors.Any(a => a.Key == "nikol-pashinyan"));
        var hebrew = summit.Sources.Where(s => s.Language == "he").Select(s => s.Id).ToList();
        Assert.NotEmpty(hebrew);

        Assert.False((await bed.Review.SplitAsync(summit.Id, summit.Version, [.. summit.Sources.Select(s => s.Id)], Admin, Ct)).Succeeded);
        var result = await bed.Review.SplitAsync(summit.Id, summit.Version, hebrew, Admin, Ct);
        Assert.True(result.Succeeded, result.Error);
        var created = (await GetAsync(result.EventId!.Value))!;
        Assert.Equal(hebrew.Order(), created.Sources.Select(s => s.Id).Order());
        Assert.True(created.IsCurated);
        Assert.Contains("section-907", created.Topics);
        Assert.Equal(summit.Actors.Select(a => $"{a.Key}:{a.Role}").Order(), created.Actors.Select(a => $"{a.Key}:{a.Role}").Order());
        var audit = Assert.Single(await AuditAsync("event.split"));
        Assert.Contains("created", audit.After);

        await bed.Analysis.ReprocessAllAsync(cancellationToken: Ct);

        var original = (await GetAsync(summit.Id))!;
        Assert.DoesNotContain(original.Sources, s => hebrew.Contains(s.Id));
        Assert.Equal(summit.Sources.Count - hebrew.Count, original.Sources.Count);
        Assert.Equal(hebrew.Order(), (await GetAsync(created.Id))!.Sources.Select(s => s.Id).Order());
    }

    [Fact]
    public async Task A_stale_merge_is_refused()
    {
        var timeline = await bed.TimelineAsync("israel-azerbaijan-us");
        var a = timeline[0];
        var b = timeline[1];
        Assert.True((await bed.Review.ConfirmAsync(b.Id, b.Version, Admin, Ct)).Succeeded);
        var stale = await bed.Review.MergeAsync(a.Id, a.Version, b.Id, b.Version, Admin, Ct);
        Assert.True(stale.Conflict);
        Assert.NotNull(await GetAsync(b.Id));
    }
}
