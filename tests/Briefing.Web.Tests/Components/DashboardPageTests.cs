using Briefing.Web.Data.Entities;
using Briefing.Web.Features.Dashboard;
using Briefing.Web.Tests.Infrastructure;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Components;

public class DashboardPageTests : BriefingComponentTest
{
    protected override void RegisterServices(IServiceCollection services) => services.AddSingleton<DashboardService>().AddSingleton<Briefing.Web.Features.Topics.TopicReadService>();

    [Fact]
    public void A_new_installation_shows_the_topics_and_tells_how_to_import()
    {
        UseCulture("en-US");
        var page = RenderInteractive<DashboardPage>();
        page.WaitForElement("[data-testid=empty-state]");
        Assert.Contains("Go to Import", page.Find("[data-testid=empty-state]").TextContent);
        Assert.Equal(3, page.FindAll("[data-testid^=topic-card-]").Count);
        Assert.Contains("Section 907", page.Find("[data-testid=topic-card-section-907]").TextContent);
    }

    [Fact]
    public async Task Cards_count_articles_this_week_and_in_total_and_list_latest_events_in_hebrew()
    {
        // Clock: Wednesday 2025-08-13; the week starts on Sunday 2025-08-10.
        await using (var db = Database.CreateDbContext())
        {
            var iran = db.Topics.Single(t => t.Slug == "iran");
            foreach (var (title, published) in new[] { ("ישן", new DateTime(2025, 8, 1)), ("השבוע", new DateTime(2025, 8, 11)), ("היום", new DateTime(2025, 8, 13)) })
            {
                var article = new Article { Title = title, Text = "t", Language = "he", ContentHash = Guid.NewGuid().ToString("N"), PublishedAt = DateTime.SpecifyKind(published, DateTimeKind.Utc), ImportedAt = DateTime.UtcNow, SourceName = "מקור" };
                article.Topics.Add(new ArticleTopic { Topic = iran, PublishedAt = article.PublishedAt, EvidenceJson = "[]" });
                db.Articles.Add(article);
            }
            var ev = new Event { Type = EventType.Statement, Year = 2025, Month = 8, Precision = DatePrecision.Month, SortDate = new DateTime(2025, 8, 1, 0, 0, 0, DateTimeKind.Utc), Summary = "Joint statement on Iran" };
            ev.Topics.Add(new EventTopic { Topic = iran, SortDate = ev.SortDate });
            db.Events.Add(ev);
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }

        UseCulture("he-IL");
        var page = RenderInteractive<DashboardPage>();
        page.WaitForElement("[data-testid=latest-articles]");
        var card = page.Find("[data-testid=topic-card-iran]");
        Assert.Contains("איראן", card.TextContent);
        Assert.Equal("2", card.QuerySelector("[data-testid=articles-this-week]")!.TextContent.Trim());
        Assert.Equal("3", card.QuerySelector("[data-testid=articles-total]")!.TextContent.Trim());
        Assert.Contains("Joint statement on Iran", card.TextContent);
        Assert.Contains("הצהרה", card.TextContent);
        Assert.Empty(page.FindAll("[data-testid=empty-state]"));
        Assert.Contains("היום", page.Find("[data-testid=latest-articles]").TextContent);
        // The weekly volume chart: 1 August falls in the week of 27 July; 11 and 13 August in the current week.
        var volume = page.Find("[data-testid=topic-volume-chart] [data-testid=weekly-table]");
        Assert.Equal(["0", "0", "0", "0", "0", "0", "0", "0", "0", "1", "0", "2"],
            volume.QuerySelectorAll("td[data-slug=iran]").Select(td => td.TextContent));
    }
}
