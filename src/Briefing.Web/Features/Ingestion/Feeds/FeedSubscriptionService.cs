using Briefing.Web.Data;
using Briefing.Web.Data.Entities;
using Briefing.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Features.Ingestion.Feeds;

/// <summary>One subscription as the Import page shows it.</summary>
public sealed record FeedView(int Id, string Name, string Url, int IntervalMinutes, bool IsEnabled,
    DateTime? LastPolledAt, DateTime? NextPollAt, FeedPollResult? LastResult, int ConsecutiveErrors);

public enum FeedInputError { None, InvalidUrl, IntervalOutOfRange, AlreadySubscribed, NotFound }

/// <summary>
/// RSS/Atom subscriptions (<see cref="Source"/> rows of kind Feed): add, enable, delete, and poll — due ones from
/// <see cref="FeedPoller"/>, one by hand with "poll now". Polls run one at a time, so a feed is never fetched twice at once.
/// Every change to a subscription is audited with who made it and the subscription before and after.
/// </summary>
public sealed class FeedSubscriptionService(
    IDbContextFactory<BriefingDbContext> dbFactory,
    IngestionService ingestion,
    FeedFetcher fetcher,
    TimeProvider clock,
    ILogger<FeedSubscriptionService> log)
{
    private readonly SemaphoreSlim polling = new(1, 1);

    public async Task<List<FeedView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Sources.AsNoTracking().Where(s => s.Kind == SourceKind.Feed).OrderBy(s => s.Name).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ToView)];
    }

    public async Task<FeedView?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.Kind == SourceKind.Feed, cancellationToken);
        return row is null ? null : ToView(row);
    }

    /// <summary>Subscribes to a feed; it is first polled at the scheduler's next tick (or at once with "poll now").</summary>
    public async Task<(FeedView? Feed, FeedInputError Error)> AddAsync(string url, string? name, int intervalMinutes, CurrentUser user,
        CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || !FeedFetcher.IsHttp(uri) || uri.Host.Length == 0)
            return (null, FeedInputError.InvalidUrl);
        if (intervalMinutes is < FeedSettings.MinimumIntervalMinutes or > FeedSettings.MaximumIntervalMinutes)
            return (null, FeedInputError.IntervalOutOfRange);
        var address = uri.AbsoluteUri;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Sources.AnyAsync(s => s.Kind == SourceKind.Feed && s.FeedUrl == address, cancellationToken))
            return (null, FeedInputError.AlreadySubscribed);
        var now = clock.GetUtcNow().UtcDateTime;
        var source = new Source
        {
            Name = string.IsNullOrWhiteSpace(name) ? uri.Host : name.Trim()[..Math.Min(name.Trim().Length, 200)],
            Kind = SourceKind.Feed,
            FeedUrl = address,
            PollIntervalMinutes = intervalMinutes,
            IsEnabled = true,
            NextPollAt = now,
            CreatedAt = now,
        };
        // The id exists only once saved, so the audit row takes a second save, in the same transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Sources.Add(source);
        await db.SaveChangesAsync(cancellationToken);
        AuditLog.Add(db, user, "feed.subscribe", "Feed", source.Id, null, Snapshot(source), now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (ToView(source), FeedInputError.None);
    }

    public async Task<FeedInputError> SetEnabledAsync(int id, bool enabled, CurrentUser user, CancellationToken cancellationToken = default) =>
        await UpdateAsync(id, enabled ? "feed.enable" : "feed.disable", user, feed =>
        {
            feed.IsEnabled = enabled;
            if (enabled)
                feed.NextPollAt = clock.GetUtcNow().UtcDateTime;
        }, cancellationToken);

    public async Task<FeedInputError> SetIntervalAsync(int id, int intervalMinutes, CurrentUser user, CancellationToken cancellationToken = default)
    {
        if (intervalMinutes is < FeedSettings.MinimumIntervalMinutes or > FeedSettings.MaximumIntervalMinutes)
            return FeedInputError.IntervalOutOfRange;
        return await UpdateAsync(id, "feed.interval", user, feed =>
        {
            feed.PollIntervalMinutes = intervalMinutes;
            feed.NextPollAt = (feed.LastPolledAt ?? clock.GetUtcNow().UtcDateTime) + FeedSettings.NextDelay(intervalMinutes, feed.ConsecutiveErrors);
        }, cancellationToken);
    }

    /// <summary>Ends the subscription; articles already imported from it stay.</summary>
    public async Task<FeedInputError> DeleteAsync(int id, CurrentUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var feed = await db.Sources.FirstOrDefaultAsync(s => s.Id == id && s.Kind == SourceKind.Feed, cancellationToken);
        if (feed is null)
            return FeedInputError.NotFound;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Articles.Where(a => a.SourceId == id).ExecuteUpdateAsync(u => u.SetProperty(a => a.SourceId, (int?)null), cancellationToken);
        AuditLog.Add(db, user, "feed.unsubscribe", "Feed", feed.Id, Snapshot(feed), null, clock.GetUtcNow().UtcDateTime);
        db.Sources.Remove(feed);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return FeedInputError.None;
    }

    /// <summary>Polls every enabled feed whose next poll time has come; returns how many were polled.</summary>
    public async Task<int> PollDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<int> due;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            due = await db.Sources.AsNoTracking()
                .Where(s => s.Kind == SourceKind.Feed && s.IsEnabled && (s.NextPollAt == null || s.NextPollAt <= now))
                .OrderBy(s => s.NextPollAt).Select(s => s.Id).ToListAsync(cancellationToken);
        foreach (var id in due)
            await PollAsync(id, cancellationToken);
        return due.Count;
    }

    /// <summary>Fetches one feed now (conditional GET), imports its new items and records the result and the next poll time.</summary>
    public async Task<FeedPollResult?> PollAsync(int id, CancellationToken cancellationToken = default)
    {
        await polling.WaitAsync(cancellationToken);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var feed = await db.Sources.FirstOrDefaultAsync(s => s.Id == id && s.Kind == SourceKind.Feed, cancellationToken);
            if (feed?.FeedUrl is null || !Uri.TryCreate(feed.FeedUrl, UriKind.Absolute, out var url))
                return null;

            var response = await fetcher.FetchAsync(url, feed.ETag, feed.LastModified, cancellationToken);
            var result = await ImportAsync(feed, response, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            feed.LastPolledAt = now;
            feed.LastResult = result.ToStored();
            feed.ConsecutiveErrors = result.Kind == FeedPollKind.Error ? feed.ConsecutiveErrors + 1 : 0;
            feed.NextPollAt = now + FeedSettings.NextDelay(feed.PollIntervalMinutes, feed.ConsecutiveErrors);
            if (result.Kind == FeedPollKind.Imported)
            {
                // Validators are kept only once the items they describe are stored.
                feed.ETag = response.ETag;
                feed.LastModified = response.LastModified;
            }
            await db.SaveChangesAsync(cancellationToken);
            if (result.Kind == FeedPollKind.Error)
                log.LogWarning("Feed {Feed} ({Url}) failed ({Errors} in a row): {Error}", feed.Name, feed.FeedUrl, feed.ConsecutiveErrors, result.Error);
            return result;
        }
        finally
        {
            polling.Release();
        }
    }

    private async Task<FeedPollResult> ImportAsync(Source feed, FeedResponse response, CancellationToken cancellationToken)
    {
        switch (response.Status)
        {
            case FeedFetchStatus.NotModified:
                return FeedPollResult.NotModified;
            case FeedFetchStatus.Failed:
                return FeedPollResult.Failure(response.ErrorKind, response.Error ?? "unknown error");
        }
        var (items, failure) = ingestion.ParseFeed(response.Content!, response.ContentType, new ImportOptions(feed.Name, SourceId: feed.Id), cancellationToken);
        if (failure is not null)
            return FeedPollResult.Failure(failure.ErrorStatus == 413 ? FeedErrorKind.TooLarge : FeedErrorKind.NotAFeed, failure.Error ?? "the feed could not be read");
        var results = await ingestion.StoreAsync(items, cancellationToken);
        return new FeedPollResult(FeedPollKind.Imported,
            results.Count(r => r.Status == ImportStatus.Imported),
            results.Count(r => r.Status == ImportStatus.Duplicate),
            results.Count(r => r.Status == ImportStatus.Failed));
    }

    private async Task<FeedInputError> UpdateAsync(int id, string action, CurrentUser user, Action<Source> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var feed = await db.Sources.FirstOrDefaultAsync(s => s.Id == id && s.Kind == SourceKind.Feed, cancellationToken);
        if (feed is null)
            return FeedInputError.NotFound;
        var before = Snapshot(feed);
        change(feed);
        AuditLog.Add(db, user, action, "Feed", feed.Id, before, Snapshot(feed), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return FeedInputError.None;
    }

    /// <summary>What an audit row records of a subscription (its settings; poll state changes by itself and is not audited).</summary>
    private static object Snapshot(Source feed) => new { feed.Name, Url = feed.FeedUrl, IntervalMinutes = feed.PollIntervalMinutes, Enabled = feed.IsEnabled };

    private static FeedView ToView(Source s) => new(s.Id, s.Name, s.FeedUrl ?? "", s.PollIntervalMinutes, s.IsEnabled,
        s.LastPolledAt, s.NextPollAt, FeedPollResult.Parse(s.LastResult), s.ConsecutiveErrors);
}
