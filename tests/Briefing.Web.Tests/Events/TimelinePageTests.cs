using Briefing.Web.Features.Timelines;
using Briefing.Web.Features.Topics;
using Briefing.Web.Tests.Infrastructure;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Events;

public class TimelinePageTests : BriefingComponentTest
{
    private EventsTestBed bed = default!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        bed = await EventsTestBed.CreateAsync(database: Database);
    }

    protected override void RegisterServices(IServiceCollection services)
    {
        services.AddSingleton<TimelineService>();
        services.AddSingleton<TopicService>();
    }

    private IRenderedComponent<TimelinesPage> RenderTopic(string? slug)
    {
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        return Render<TimelinesPage>(p => p.Add(x => x.Slug, slug));
    }

    private static List<string> Types(IRenderedComponent<TimelinesPage> page) =>
        [.. page.FindAll("[data-testid=event-card]").Select(c => c.GetAttribute("data-type")!)];

    [Fact]
    public void A_topic_timeline_shows_seed_events_in_hebrew_with_quotes_right_to_left()
    {
        UseCulture("he-IL");
        var page = RenderTopic("israel-azerbaijan-us");
        page.WaitForElement("[data-testid=timeline-list]");
        var cards = page.FindAll("[data-testid=event-card]");
        var meeting = cards.First(c => c.TextContent.Contains("חיכמת חגיייב") && c.GetAttribute("data-type") == "meeting");
        Assert.Contains("פגישה", meeting.TextContent);
        Assert.Contains("תאריך לא ידוע", page.Markup);
        var quote = meeting.QuerySelectorAll("[data-testid=event-quote]").First(q => q.TextContent.Contains("נפגש"));
        Assert.Equal("rtl", quote.GetAttribute("dir"));
        Assert.Contains(meeting.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/articles/{bed.SeedArticleId}");
        // Dates at their precision, grouped: the Section 907 law of 1992 under "1992".
        Assert.Contains(page.FindAll("[data-testid=timeline-group-date]"), d => d.TextContent.Trim() == "1992");
    }

    [Fact]
    public void Type_chips_and_the_date_range_filter_the_timeline()
    {
        UseCulture("en-US");
        var page = RenderTopic("section-907");
        page.WaitForElement("[data-testid=timeline-list]");
        var all = Types(page);
        Assert.Contains("legislation", all);
        Assert.Contains("agreement", all);

        page.Find("[data-testid=type-chip-legislation]").Click();
        page.WaitForAssertion(() => Assert.All(Types(page), t => Assert.Equal("legislation", t)));
        Assert.NotEmpty(Types(page));
        Assert.Contains("1992", page.Markup);

        page.Find("[data-testid=type-chip-agreement]").Click();
        page.WaitForAssertion(() => Assert.Equal(["agreement", "legislation"], Types(page).Distinct().Order()));

        page.Find("[data-testid=date-from]").Change("2025-08-01");
        page.WaitForAssertion(() => Assert.DoesNotContain(page.FindAll("[data-testid=timeline-group-date]"), d => d.TextContent.Trim() == "1992"));
        Assert.Contains(page.FindAll("[data-testid=timeline-group-date]"), d => d.TextContent.Contains("Aug 2025"));

        page.Find("[data-testid=clear-filters]").Click();
        page.WaitForAssertion(() => Assert.Equal(all.Count, Types(page).Count));
    }

    [Fact]
    public void The_recommendations_view_shows_who_recommends_what_to_whom()
    {
        UseCulture("en-US");
        var page = RenderTopic("israel-azerbaijan-us");
        page.WaitForElement("[data-testid=timeline-list]");
        page.FindAll(".mud-tab").First(t => t.TextContent.Contains("Recommendations")).Click();
        page.WaitForElement("[data-testid=recommendations-table]");
        var besa = page.FindAll("[data-testid=recommendation-row]").First(r => r.QuerySelector("[data-testid=recommendation-who]")!.TextContent.Contains("BESA"));
        Assert.Contains("United States", besa.QuerySelector("[data-testid=recommendation-to]")!.TextContent);
        Assert.Contains("לשלב את אזרבייג'ן", besa.QuerySelector("[data-testid=recommendation-what]")!.TextContent);
    }
}
