using Briefing.Web.Data;
using Briefing.Web.Features.Ingestion.Feeds;
using Briefing.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Ingestion;

/// <summary>The background poller inside the running app, on a one-second tick, against a local feed server.</summary>
public class FeedPollerTests : IAsyncLifetime
{
    private readonly BriefingAppFactory app = new();
    private LocalFeedServer server = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        server = await LocalFeedServer.StartAsync();
        server.Handler = LocalFeedServer.Feed(() => (FeedXml.Rss(2), "\"p\""));
        app.Settings["Briefing:Import:FeedSchedulerSeconds"] = "1";
        app.Settings["Briefing:Feeds:AllowPrivateAddresses"] = "true"; // the test feed server is on 127.0.0.1
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await server.DisposeAsync();
    }

    private async Task<int> ArticlesAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<BriefingDbContext>>().CreateDbContextAsync(Ct);
        return await db.Articles.CountAsync(Ct);
    }

    [Fact]
    public async Task A_new_subscription_is_polled_by_the_scheduler_without_anyone_asking()
    {
        var (feed, _) = await app.Services.GetRequiredService<FeedSubscriptionService>().AddAsync(server.BaseUrl + "/feed", "Example", 60, Briefing.Web.Features.Audit.CurrentUser.System, Ct);

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await ArticlesAsync() < 2 && DateTime.UtcNow < deadline)
            await Task.Delay(200, Ct);

        Assert.Equal(2, await ArticlesAsync());
        var shown = await app.Services.GetRequiredService<FeedSubscriptionService>().GetAsync(feed!.Id, Ct);
        Assert.Equal(new FeedPollResult(FeedPollKind.Imported, New: 2), shown!.LastResult);
    }

    [Fact]
    public async Task With_polling_switched_off_nothing_is_fetched()
    {
        app.Settings["Briefing:Feeds:Enabled"] = "false";
        await app.Services.GetRequiredService<FeedSubscriptionService>().AddAsync(server.BaseUrl + "/feed", "Example", 60, Briefing.Web.Features.Audit.CurrentUser.System, Ct);

        await Task.Delay(TimeSpan.FromSeconds(3), Ct);

        Assert.Empty(server.Requests);
        Assert.Equal(0, await ArticlesAsync());
    }
}
