using Briefing.Web.Data.Entities;
using Briefing.Web.Features.Admin;
using Briefing.Web.Features.Audit;
using Briefing.Web.Features.Events;
using Briefing.Web.Features.Timelines;
using Briefing.Web.Features.Topics;
using Briefing.Web.Tests.Infrastructure;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Events;

public class EventsReviewPageTests : BriefingComponentTest
{
    private EventsTestBed bed = default!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        bed = await EventsTestBed.CreateAsync(database: Database);
        AddAuthorization().SetAuthorized("admin@briefing.test").SetRoles("Admin");
    }

    protected override void RegisterServices(IServiceCollection services)
    {
        services.AddSingleton<TimelineService>();
        services.AddSingleton<TopicService>();
        services.AddSingleton<EventReviewService>();
    }

    private IRenderedComponent<EventsReviewPage> RenderPage()
    {
        var page = RenderInteractive<EventsReviewPage>();
        page.WaitForElement("[data-testid=event-card]");
        return page;
    }

    private static AngleSharp.Dom.IElement Card(IRenderedComponent<EventsReviewPage> page, int id) =>
        page.Find($"[data-testid=event-card][data-event-id='{id}']");

    [Fact]
    public async Task Confirming_removes_the_event_from_the_proposed_list_and_is_audited()
    {
        UseCulture("en-US");
        var page = RenderPage();
        var first = page.Find("[data-testid=event-card]");
        var id = int.Parse(first.GetAttribute("data-event-id")!);
        first.QuerySelector("[data-testid=review-confirm]")!.Click();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll($"[data-testid=event-card][data-event-id='{id}']")));

        await using var db = Database.CreateDbContext();
        var ev = await db.Events.SingleAsync(e => e.Id == id, Xunit.TestContext.Current.CancellationToken);
        Assert.Equal(EventStatus.Confirmed, ev.Status);
        Assert.True(ev.IsCurated);
        var audit = await db.AuditEntries.SingleAsync(Xunit.TestContext.Current.CancellationToken);
        Assert.Equal(("event.confirm", "admin@briefing.test"), (audit.Action, audit.User));
    }

    [Fact]
    public async Task An_edit_saves_through_the_form_and_a_stale_one_shows_the_conflict()
    {
        UseCulture("en-US");
        var page = RenderPage();
        var targetId = int.Parse(page.FindAll("[data-testid=event-card][data-type=meeting]")[0].GetAttribute("data-event-id")!);
        var target = (await bed.Timelines.GetAsync(targetId, Xunit.TestContext.Current.CancellationToken))!;

        Card(page, target.Id).QuerySelector("[data-testid=review-edit]")!.Click();
        page.Find("[data-testid=edit-summary]").Change("Hajiyev met Netanyahu (reviewed)");
        page.Find("[data-testid=edit-place]").Change("Jerusalem");
        page.Find("[data-testid=edit-save]").Click();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll($"[data-testid=event-card][data-event-id='{target.Id}']")));
        var saved = (await bed.Timelines.GetAsync(target.Id, Xunit.TestContext.Current.CancellationToken))!;
        Assert.Equal(("Hajiyev met Netanyahu (reviewed)", "Jerusalem", EventStatus.Confirmed), (saved.Summary, saved.Place, saved.Status));

        // Another admin changes an event the page already shows; this admin's reject is refused with a message.
        var other = page.FindAll("[data-testid=event-card]")[0];
        var otherId = int.Parse(other.GetAttribute("data-event-id")!);
        var current = (await bed.Timelines.GetAsync(otherId, Xunit.TestContext.Current.CancellationToken))!;
        Assert.True((await bed.Review.EditAsync(otherId, current.Version, new EventEdit(current.Type, current.Precision, current.Year, current.Month, current.Day,
            current.Place, "Changed elsewhere", [.. current.Actors.Select(a => new EventActorRef(a.Id, a.Role))]), new CurrentUser("x", "other@briefing.test"), Xunit.TestContext.Current.CancellationToken)).Succeeded);

        Card(page, otherId).QuerySelector("[data-testid=review-reject]")!.Click();
        page.WaitForElement("[data-testid=review-conflict]");
        Assert.Contains("changed this meanwhile", page.Find("[data-testid=review-conflict]").TextContent);
        Assert.Equal(EventStatus.Confirmed, (await bed.Timelines.GetAsync(otherId, Xunit.TestContext.Current.CancellationToken))!.Status);
    }
}
