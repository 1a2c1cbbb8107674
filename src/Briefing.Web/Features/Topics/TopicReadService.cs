using Briefing.Web.Data;
using Briefing.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Features.Topics;

public sealed record TopicDetails(int Id, string Slug, string NameEn, string NameHe, string? DescriptionEn, string? DescriptionHe,
    string Color, double Threshold, bool IsArchived, int ArticleCount, IReadOnlyList<TopicRuleView> Rules);

/// <summary>A rule as staff see it, with how many of the topic's articles it found evidence in.</summary>
public sealed record TopicRuleView(string Key, string Name, IReadOnlyList<string> AnyOf, IReadOnlyList<string> AllOf,
    IReadOnlyList<string> NoneOf, int? WithinWords, RuleScope Scope, double Weight, bool IsEnabled, int ArticleHits, int TermHits);

public sealed record TopicArticleQuery(string? Language = null, DateTime? From = null, DateTime? To = null, int Skip = 0, int Take = 20);

public sealed record TopicArticleRow(int Id, string Title, string Language, string? SourceName, DateTime PublishedAt, bool PublishedIsEstimated,
    double Score, AssignmentOrigin Origin, IReadOnlyList<string> Terms);

/// <summary>Articles per week for one topic; <see cref="Counts"/> lines up with <see cref="WeeklyVolume.WeekStarts"/>.</summary>
public sealed record TopicWeekly(string Slug, string NameEn, string NameHe, string Color, IReadOnlyList<int> Counts);

public sealed record WeeklyVolume(IReadOnlyList<DateOnly> WeekStarts, IReadOnlyList<TopicWeekly> Topics);

/// <summary>What staff read about topics: details with rule hit counts from stored evidence, articles, weekly volume.</summary>
public sealed class TopicReadService(IDbContextFactory<BriefingDbContext> dbFactory, TimeProvider clock)
{
    public async Task<TopicDetails?> DetailsAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var topic = await db.Topics.AsNoTracking().Include(t => t.Rules).FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        if (topic is null)
            return null;
        var articleHits = new Dictionary<string, int>(StringComparer.Ordinal);
        var termHits = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        await foreach (var json in db.ArticleTopics.AsNoTracking().Where(at => at.TopicId == topic.Id && !at.IsExcluded)
                           .Select(at => at.EvidenceJson).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            count++;
            var evidence = TopicAssignmentService.DeserializeEvidence(json);
            foreach (var rule in evidence.Select(e => e.Rule).Distinct())
                articleHits[rule] = articleHits.GetValueOrDefault(rule) + 1;
            foreach (var e in evidence)
                termHits[e.Rule] = termHits.GetValueOrDefault(e.Rule) + 1;
        }
        return new TopicDetails(topic.Id, topic.Slug, topic.NameEn, topic.NameHe, topic.DescriptionEn, topic.DescriptionHe, topic.Color,
            topic.Threshold, topic.IsArchived, count,
            [.. topic.Rules.OrderBy(r => r.SortOrder).Select(r => new TopicRuleView(r.Key, r.Name, r.AnyOf, r.AllOf, r.NoneOf, r.WithinWords,
                r.Scope, r.Weight, r.IsEnabled, articleHits.GetValueOrDefault(r.Key), termHits.GetValueOrDefault(r.Key)))]);
    }

    public async Task<(int Total, List<TopicArticleRow> Items)> ArticlesAsync(int topicId, TopicArticleQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = db.ArticleTopics.AsNoTracking().Where(at => at.TopicId == topicId && !at.IsExcluded);
        if (!string.IsNullOrEmpty(query.Language))
            rows = rows.Where(at => at.Article!.Language == query.Language);
        if (query.From is { } from)
            rows = rows.Where(at => at.PublishedAt >= from);
        if (query.To is { } to)
            rows = rows.Where(at => at.PublishedAt < to);
        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.OrderByDescending(at => at.PublishedAt).ThenByDescending(at => at.ArticleId)
            .Skip(query.Skip).Take(query.Take)
            .Select(at => new
            {
                at.ArticleId, at.Article!.Title, at.Article.Language, at.Article.SourceName, at.Article.PublishedAt, at.Article.PublishedIsEstimated,
                at.Score, at.Origin, at.EvidenceJson,
            })
            .ToListAsync(cancellationToken);
        return (total, [.. page.Select(a => new TopicArticleRow(a.ArticleId, a.Title, a.Language, a.SourceName, a.PublishedAt, a.PublishedIsEstimated,
            a.Score, a.Origin, [.. TopicAssignmentService.DeserializeEvidence(a.EvidenceJson).Select(e => e.Term).Distinct().Take(6)]))]);
    }

    /// <summary>Articles per week (weeks start on Sunday, as the dashboard's) for the last <paramref name="weeks"/> weeks.</summary>
    public async Task<WeeklyVolume> WeeklyAsync(int weeks, string? slug = null, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var lastStart = today.AddDays(-(int)today.DayOfWeek);
        var firstStart = lastStart.AddDays(-7 * (weeks - 1));
        var from = firstStart.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var topics = await db.Topics.AsNoTracking().Where(t => slug == null ? !t.IsArchived : t.Slug == slug)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Slug).ToListAsync(cancellationToken);
        var ids = topics.Select(t => t.Id).ToList();
        var dates = await db.ArticleTopics.AsNoTracking().Where(at => ids.Contains(at.TopicId) && !at.IsExcluded && at.PublishedAt >= from)
            .Select(at => new { at.TopicId, at.PublishedAt }).ToListAsync(cancellationToken);
        var counts = ids.ToDictionary(id => id, _ => new int[weeks]);
        foreach (var d in dates)
        {
            var week = (DateOnly.FromDateTime(d.PublishedAt).DayNumber - firstStart.DayNumber) / 7;
            if (week >= 0 && week < weeks)
                counts[d.TopicId][week]++;
        }
        return new WeeklyVolume([.. Enumerable.Range(0, weeks).Select(w => firstStart.AddDays(7 * w))],
            [.. topics.Select(t => new TopicWeekly(t.Slug, t.NameEn, t.NameHe, t.Color, counts[t.Id]))]);
    }
}
