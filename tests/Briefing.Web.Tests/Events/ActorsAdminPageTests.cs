using Briefing.Web.Data.Entities;
using Briefing.Web.Features.Admin;
using Briefing.Web.Features.Events;
using Briefing.Web.Features.Topics;
using Briefing.Web.Tests.Infrastructure;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Events;

public class ActorsAdminPageTests : BriefingComponentTest
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        AddAuthorization().SetAuthorized("admin@briefing.test").SetRoles("Admin");
        await using var db = Database.CreateDbContext();
        db.Actors.Add(new Actor { Key = "proposed-jane-roe", NameEn = "Jane Roe", Aliases = ["Jane Roe"], Role = "envoy", Status = ActorStatus.Proposed });
        await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
    }

    protected override void RegisterServices(IServiceCollection services)
    {
        services.AddSingleton<TopicAssignmentService>();
        services.AddSingleton<EventExtractionService>();
        services.AddSingleton<ActorAdminService>();
    }

    [Fact]
    public async Task A_proposed_actor_is_confirmed_with_a_hebrew_name_and_the_search_finds_aliases()
    {
        UseCulture("en-US");
        var page = RenderInteractive<ActorsAdminPage>();
        page.WaitForAssertion(() => Assert.Contains("Hikmet Hajiyev", page.Find("[data-testid=actors-table]").TextContent));
        page.Find("[data-testid=actor-search]").Input("חיקמט");
        page.Find("[data-testid=actor-search]").Blur();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=actors-table] tbody tr")), TimeSpan.FromSeconds(3));

        page.Find("[data-testid=actor-search]").Input("");
        page.Find("[data-testid=actor-search]").Blur();
        page.WaitForAssertion(() => Assert.True(page.FindAll("[data-testid=actors-table] tbody tr").Count > 1));
        page.FindAll(".mud-toggle-item").First(b => b.TextContent.Contains("Proposed (1)")).Click();
        page.WaitForAssertion(() => Assert.Contains("Jane Roe", page.Find("[data-testid=actors-table]").TextContent));
        page.Find("[data-testid=actor-confirm]").Click();
        Assert.Equal("jane-roe", page.Find("[data-testid=actor-key]").GetAttribute("value"));
        page.Find("[data-testid=actor-name-he]").Change("ג'יין רו");
        page.Find("[data-testid=actor-save]").Click();
        page.WaitForAssertion(() => Assert.Contains("Proposed (0)", page.Find("[data-testid=actor-status]").TextContent));

        await using var db = Database.CreateDbContext();
        var jane = await db.Actors.SingleAsync(a => a.NameEn == "Jane Roe", Xunit.TestContext.Current.CancellationToken);
        Assert.Equal(("jane-roe", "ג'יין רו", ActorStatus.Confirmed), (jane.Key, jane.NameHe, jane.Status));
        Assert.Equal("actor.confirm", (await db.AuditEntries.SingleAsync(Xunit.TestContext.Current.CancellationToken)).Action);
    }
}
