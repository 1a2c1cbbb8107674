namespace Briefing.Web.Features.Ingestion.Feeds;

/// <summary>The <c>Briefing:Feeds</c> configuration section. The scheduler tick is <c>Briefing:Import:FeedSchedulerSeconds</c>.</summary>
public sealed class FeedSettings
{
    public const string Section = "Briefing:Feeds";
    public const int MinimumIntervalMinutes = 5;
    public const int MaximumIntervalMinutes = 7 * 24 * 60;
    /// <summary>Back-off after errors never waits longer than this between polls.</summary>
    public static readonly TimeSpan MaximumBackOff = TimeSpan.FromHours(24);

    /// <summary>False stops the background poller (feeds can still be polled by hand with "poll now").</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>Budget for one fetch: connecting, redirects and reading the whole body.</summary>
    public int TimeoutSeconds { get; set; } = 20;
    public int MaxRedirects { get; set; } = 5;
    /// <summary>
    /// False (the default) refuses feeds on loopback, private and link-local addresses, so a subscription cannot be used
    /// to reach the server's own network; true for an intranet feed server (and for tests on 127.0.0.1).
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>interval × 2^errors, capped at <see cref="MaximumBackOff"/>.</summary>
    public static TimeSpan NextDelay(int intervalMinutes, int consecutiveErrors)
    {
        var interval = TimeSpan.FromMinutes(Math.Max(intervalMinutes, MinimumIntervalMinutes));
        if (consecutiveErrors <= 0)
            return interval;
        var factor = Math.Pow(2, Math.Min(consecutiveErrors, 20));
        return TimeSpan.FromMinutes(Math.Min(interval.TotalMinutes * factor, MaximumBackOff.TotalMinutes));
    }
}
