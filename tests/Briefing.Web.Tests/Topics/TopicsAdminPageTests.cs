// Service calls here are short; passing the test token to each one would only add noise.
#pragma warning disable xUnit1051

using Briefing.Web.Features.Topics;
using Briefing.Web.Tests.Infrastructure;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Topics;

public sealed class TopicsAdminPageTests : BriefingComponentTest
{
    private TopicServices topics = default!;

    protected override void RegisterServices(IServiceCollection services)
    {
        topics = new TopicServices(Database, Clock);
        services.AddSingleton(topics.Assignments);
        services.AddSingleton(topics.Job);
        services.AddSingleton(topics.Admin_);
    }

    private IRenderedComponent<TopicsAdminPage> RenderPage()
    {
        UseCulture("en-US");
        AddAuthorization().SetAuthorized("admin@briefing.test").SetRoles("Admin");
        var page = RenderInteractive<TopicsAdminPage>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=topics-table] tbody tr").Count));
        return page;
    }

    [Fact]
    public void Creating_a_topic_opens_its_rule_editor_and_a_bad_slug_is_refused()
    {
        var page = RenderPage();
        page.Find("[data-testid=new-topic-slug]").Change("Bad slug!");
        page.Find("[data-testid=new-topic-name-en]").Change("Caspian energy");
        page.Find("[data-testid=new-topic-name-he]").Change("אנרגיה בים הכספי");
        page.Find("[data-testid=create-topic]").Click();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=topics-table] tbody tr").Count));
        Assert.DoesNotContain("/admin/topics/", Services.GetRequiredService<NavigationManager>().Uri);

        page.Find("[data-testid=new-topic-slug]").Change("caspian-energy");
        page.Find("[data-testid=create-topic]").Click();
        page.WaitForAssertion(() => Assert.EndsWith("/admin/topics/caspian-energy", Services.GetRequiredService<NavigationManager>().Uri));
        Assert.Equal(4, page.FindAll("[data-testid=topics-table] tbody tr").Count);
    }

    [Fact]
    public async Task Archiving_and_restoring_a_topic_is_audited_and_takes_it_out_of_classification()
    {
        var page = RenderPage();
        page.Find("[data-testid=archive-section-907]").Click();
        page.WaitForAssertion(() => Assert.Contains("Restore", page.Find("[data-testid=archive-section-907]").TextContent));
        await topics.Job.Completion;
        Assert.DoesNotContain("section-907", (await topics.Assignments.CompiledAsync()).TopicIds.Keys);

        page.Find("[data-testid=archive-section-907]").Click();
        page.WaitForAssertion(() => Assert.Contains("Archive", page.Find("[data-testid=archive-section-907]").TextContent));
        await topics.Job.Completion;
        Assert.Contains("section-907", (await topics.Assignments.CompiledAsync()).TopicIds.Keys);
        await using var db = Database.CreateDbContext();
        Assert.Equal(["topic.archive", "topic.restore"],
            await db.AuditEntries.Where(a => a.EntityId == "section-907").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }
}
