using Briefing.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Features.Ingestion.Feeds;

/// <summary>
/// Every <c>Briefing:Import:FeedSchedulerSeconds</c>, polls the subscriptions that are due. Off with
/// <c>Briefing:Feeds:Enabled=false</c>. One failing poll is logged and never stops the loop.
/// </summary>
public sealed class FeedPoller(FeedSubscriptionService feeds, IOptions<FeedSettings> settings, IOptions<BriefingOptions> options,
    TimeProvider clock, ILogger<FeedPoller> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.Enabled)
        {
            log.LogInformation("Feed polling is off (Briefing:Feeds:Enabled=false).");
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.Import.FeedSchedulerSeconds)), clock);
        try
        {
            do
            {
                try
                {
                    await feeds.PollDueAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogError(e, "Polling the due feeds failed; trying again at the next tick.");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
