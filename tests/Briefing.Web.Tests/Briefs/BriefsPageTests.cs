using Briefing.Web.Features.Audit;
using Briefing.Web.Features.Briefs;
using Briefing.Web.Features.Topics;
using Briefing.Web.Tests.Infrastructure;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Briefs;

public class BriefsPageTests : BriefingComponentTest
{
    protected override void RegisterServices(IServiceCollection services)
    {
        services.AddSingleton<TopicService>();
        services.AddSingleton<BriefComposer>();
    }

    [Fact]
    public async Task Saved_briefs_are_listed_newest_first_with_plain_download_links_versions_and_search()
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        var composer = Services.GetRequiredService<BriefComposer>();
        var week = BriefWeek.Of(2025, 32, DayOfWeek.Sunday);
        var first = await composer.SaveAsync(await composer.ComposeAsync(new BriefRequest(week, ["iran"], "en", "a@briefing.test", "Quiet on Iran"), ct), new CurrentUser(null, "a@briefing.test"), cancellationToken: ct);
        Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await composer.SaveAsync(await composer.ComposeAsync(new BriefRequest(week, ["section-907", "iran"], "he", "b@briefing.test", "ויתור על סעיף 907"), ct), new CurrentUser(null, "b@briefing.test"), first, ct);

        UseCulture("en-US");
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/briefs?saved={second}");
        var page = RenderInteractive<BriefsPage>();
        page.WaitForElement("[data-testid=briefs-table]");
        var rows = page.FindAll("tbody tr");
        Assert.Equal([$"brief-{second}", $"brief-{first}"], rows.Select(r => r.GetAttribute("data-testid")));

        var download = page.Find($"[data-testid=download-{second}]");
        Assert.Equal($"/api/briefs/{second}.xlsx", download.GetAttribute("href"));
        Assert.True(download.HasAttribute("download"));
        Assert.Equal($"/api/briefs/{second}.xlsx", page.Find("[data-testid=saved-download]").GetAttribute("href"));
        Assert.Contains($"Based on #{first}", rows[0].TextContent);
        Assert.Contains("Section 907", rows[0].TextContent);
        Assert.Contains("Hebrew", rows[0].TextContent);
        Assert.Contains("b@briefing.test", rows[0].TextContent);
        Assert.Empty(rows[1].QuerySelectorAll("[data-testid=based-on]"));
        Assert.Equal($"/briefs/compose?from={first}", page.Find($"[data-testid=new-version-{first}]").GetAttribute("href"));

        page.Find("input[data-testid=brief-search], [data-testid=brief-search] input").Input("Quiet on Iran");
        Clock.Advance(TimeSpan.FromSeconds(1)); // MudBlazor's debounce runs on the injected TimeProvider
        page.WaitForAssertion(() => Assert.Equal([$"brief-{first}"], page.FindAll("tbody tr").Select(r => r.GetAttribute("data-testid"))), TimeSpan.FromSeconds(5));
        page.Find("input[data-testid=brief-search], [data-testid=brief-search] input").Input("nothing like this");
        Clock.Advance(TimeSpan.FromSeconds(1));
        page.WaitForElement("[data-testid=briefs-empty]", TimeSpan.FromSeconds(5));
    }
}
