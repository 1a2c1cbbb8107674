using Briefing.Web.Data;
using Briefing.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Features.Timelines;

/// <summary>
/// Events in order, per topic (one range scan of EventTopics on TopicId+SortDate) or across topics, filtered and paged,
/// then one query per detail list (actors, topics, sources) for the page's events only.
/// </summary>
public sealed class TimelineService(IDbContextFactory<BriefingDbContext> dbFactory)
{
    /// <summary>The events matching <paramref name="filter"/>; null when its topic does not exist.</summary>
    public async Task<TimelinePage?> QueryAsync(TimelineFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        int? topicId = null;
        if (!string.IsNullOrWhiteSpace(filter.Topic))
        {
            topicId = await db.Topics.Where(t => t.Slug == filter.Topic).Select(t => (int?)t.Id).FirstOrDefaultAsync(cancellationToken);
            if (topicId is null)
                return null;
        }
        int? actorId = null;
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            actorId = await FindActorAsync(db, filter.Actor.Trim(), cancellationToken);
            if (actorId is null)
                return new TimelinePage(0, []);
        }

        var events = db.Events.AsNoTracking();
        if (filter.Types is { Count: > 0 } types)
            events = events.Where(e => types.Contains(e.Type));
        events = filter.Statuses is { Count: > 0 } statuses
            ? events.Where(e => statuses.Contains(e.Status))
            : events.Where(e => e.Status != EventStatus.Rejected);
        if (actorId is { } actor)
            events = events.Where(e => e.Actors.Any(a => a.ActorId == actor));
        if (!string.IsNullOrWhiteSpace(filter.Statute))
            events = events.Where(e => e.StatuteKey == filter.Statute);
        if (filter.RecommendationsOnly)
            events = events.Where(e => e.Type == EventType.Recommendation);

        var from = filter.From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var toExclusive = filter.To?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        IQueryable<Row> rows;
        if (topicId is { } topic)
        {
            var inTopic = db.EventTopics.Where(et => et.TopicId == topic);
            if (from is { } f) inTopic = inTopic.Where(et => et.SortDate >= f);
            if (toExclusive is { } t) inTopic = inTopic.Where(et => et.SortDate < t);
            rows = from et in inTopic join e in events on et.EventId equals e.Id select new Row { EventId = et.EventId, SortDate = et.SortDate };
        }
        else
        {
            if (from is { } f) events = events.Where(e => e.SortDate >= f);
            if (toExclusive is { } t) events = events.Where(e => e.SortDate < t);
            rows = events.Select(e => new Row { EventId = e.Id, SortDate = e.SortDate });
        }

        var limit = Math.Max(filter.CountLimit, filter.Skip + filter.Take);
        var total = await rows.Take(limit + 1).CountAsync(cancellationToken);
        var bounded = from is not null || toExclusive is not null;
        // Undated events go last either way; with a date bound there are none, and the index gives the order.
        IOrderedQueryable<Row> ordered = filter.NewestFirst
            ? (bounded ? rows.OrderByDescending(r => r.SortDate) : rows.OrderBy(r => r.SortDate == null).ThenByDescending(r => r.SortDate)).ThenByDescending(r => r.EventId)
            : (bounded ? rows.OrderBy(r => r.SortDate) : rows.OrderBy(r => r.SortDate == null).ThenBy(r => r.SortDate)).ThenBy(r => r.EventId);
        var ids = await ordered.Skip(Math.Max(0, filter.Skip)).Take(Math.Clamp(filter.Take, 1, 10_000)).Select(r => r.EventId).ToListAsync(cancellationToken);
        return new TimelinePage(Math.Min(total, limit), await LoadAsync(db, ids, cancellationToken), total > limit);
    }

    public async Task<TimelineEvent?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await LoadAsync(db, [id], cancellationToken)).FirstOrDefault();
    }

    /// <summary>Confirmed actors whose key or English or Hebrew name contains <paramref name="text"/>, for autocomplete.</summary>
    public async Task<List<ActorOption>> SearchActorsAsync(string? text, int take = 20, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actors = db.Actors.AsNoTracking().Where(a => a.Status == ActorStatus.Confirmed);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var t = text.Trim().ToLower();
            actors = actors.Where(a => a.Key.Contains(t) || a.NameEn.ToLower().Contains(t) || (a.NameHe != null && a.NameHe.Contains(t)));
        }
        return await actors.OrderBy(a => a.NameEn).Take(take)
            .Select(a => new ActorOption(a.Id, a.Key, a.NameEn, a.NameHe, a.Kind)).ToListAsync(cancellationToken);
    }

    /// <summary>The statutes that legislation events are about (e.g. "section-907"), for the statute history view.</summary>
    public async Task<List<string>> StatutesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Events.AsNoTracking().Where(e => e.StatuteKey != null && e.Status != EventStatus.Rejected)
            .Select(e => e.StatuteKey!).Distinct().OrderBy(k => k).ToListAsync(cancellationToken);
    }

    private static async Task<int?> FindActorAsync(BriefingDbContext db, string text, CancellationToken cancellationToken)
    {
        var lower = text.ToLowerInvariant();
        return await db.Actors.Where(a => a.Key == text || a.NameEn.ToLower() == lower || a.NameHe == text)
            .OrderBy(a => a.Status).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
    }

    private static async Task<List<TimelineEvent>> LoadAsync(BriefingDbContext db, List<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
            return [];
        var events = await db.Events.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new
            {
                e.Id, e.Type, e.Year, e.Month, e.Day, e.Precision, e.SortDate, e.Summary, e.Place, e.Status, e.IsCurated,
                e.RecommendedBy, e.RecommendedTo, e.RecommendationText, e.StatuteKey, e.Language, e.Version,
            })
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        var actors = (await db.EventActors.AsNoTracking().Where(a => ids.Contains(a.EventId))
                .Select(a => new { a.EventId, Actor = new TimelineActor(a.ActorId, a.Actor!.Key, a.Actor.NameEn, a.Actor.NameHe, a.Actor.Kind, a.Role) })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.EventId, a => a.Actor);
        var topics = (await db.EventTopics.AsNoTracking().Where(t => ids.Contains(t.EventId))
                .Select(t => new { t.EventId, t.Topic!.Slug, t.Topic.SortOrder }).ToListAsync(cancellationToken))
            .ToLookup(t => t.EventId);
        var sources = (await db.EventSources.AsNoTracking().Where(s => ids.Contains(s.EventId))
                .Select(s => new
                {
                    s.EventId,
                    Source = new TimelineSource(s.Id, s.ArticleId, s.Article!.Title, s.Article.Language, s.Article.Url, s.Article.SourceName, s.Article.PublishedDate, s.Quote),
                })
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.EventId, s => s.Source);

        var result = new List<TimelineEvent>(ids.Count);
        foreach (var id in ids)
        {
            if (!events.TryGetValue(id, out var e))
                continue;
            result.Add(new TimelineEvent(e.Id, e.Type, e.Year, e.Month, e.Day, e.Precision, e.SortDate, e.Summary, e.Place, e.Status, e.IsCurated,
                e.RecommendedBy, e.RecommendedTo, e.RecommendationText, e.StatuteKey, e.Language, e.Version,
                [.. actors[id].OrderBy(a => RoleOrder(a.Role)).ThenBy(a => a.Name)],
                [.. topics[id].OrderBy(t => t.SortOrder).Select(t => t.Slug)],
                [.. sources[id].OrderBy(s => s.Published).ThenBy(s => s.Id)]));
        }
        return result;
    }

    private static int RoleOrder(string role) => role switch { "recommender" => 0, "participant" => 1, _ => 2 };

    private sealed class Row
    {
        public int EventId { get; init; }
        public DateTime? SortDate { get; init; }
    }
}
