using Briefing.Web.Data;
using Briefing.Web.Data.Entities;
using Briefing.Web.Features.Audit;
using Briefing.Web.Features.Topics;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Features.Articles;

public sealed record ArticleFilter(string? Topic = null, string? Query = null, string? Language = null, string? Source = null,
    DateOnly? From = null, DateOnly? To = null, int Skip = 0, int Take = 25);

public sealed record ArticleSummary(int Id, string Title, string Language, string? SourceName, string? Url, DateOnly PublishedDate,
    bool PublishedIsEstimated, int? StoryId, IReadOnlyList<string> Topics);

public sealed record ArticleTopicView(string Slug, string NameEn, string NameHe, string Color, double Score, AssignmentOrigin Origin,
    bool IsExcluded, IReadOnlyList<EvidenceItem> Evidence);

public sealed record RelatedArticle(int Id, string Title, string Language, string? SourceName, DateOnly PublishedDate);

public sealed record ArticleDetail(int Id, string Title, string? Subtitle, string? Caption, string Text, string Language, string? SourceName,
    string? Url, string? CanonicalUrl, DateOnly PublishedDate, bool PublishedIsEstimated, DateTime ImportedAt, string? FileName,
    string? ItemLabel, string? Warnings, int? DuplicateOfId, int StoryId, Guid Version, IReadOnlyList<ArticleTopicView> Topics,
    IReadOnlyList<RelatedArticle> AlsoReportedBy, IReadOnlyList<int> EventIds, IReadOnlyList<ApiArticleTopic> ApiTopics);

/// <summary>Reads articles for the list, the article page and the API; sets a publication date a person knows.</summary>
public sealed class ArticleQueryService(IDbContextFactory<BriefingDbContext> dbFactory, TimeProvider clock)
{
    public async Task<(int Total, List<ArticleSummary> Items)> SearchAsync(ArticleFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var articles = db.Articles.AsNoTracking().Where(a => a.DuplicateOfId == null);
        if (!string.IsNullOrWhiteSpace(filter.Topic))
            articles = articles.Where(a => a.Topics.Any(t => t.Topic!.Slug == filter.Topic && !t.IsExcluded));
        if (!string.IsNullOrWhiteSpace(filter.Language))
            articles = articles.Where(a => a.Language == filter.Language);
        if (!string.IsNullOrWhiteSpace(filter.Source))
            articles = articles.Where(a => a.SourceName == filter.Source);
        if (filter.From is { } from)
            articles = articles.Where(a => a.PublishedDate >= from);
        if (filter.To is { } to)
            articles = articles.Where(a => a.PublishedDate <= to);
        if (!string.IsNullOrWhiteSpace(filter.Query))
            articles = articles.WhereMatches(db, filter.Query);

        var total = await articles.CountAsync(cancellationToken);
        var items = await articles.OrderByDescending(a => a.PublishedDate).ThenByDescending(a => a.Id)
            .Skip(Math.Max(0, filter.Skip)).Take(Math.Clamp(filter.Take, 1, 200))
            .Select(a => new ArticleSummary(a.Id, a.Title, a.Language, a.SourceName, a.Url, a.PublishedDate, a.PublishedIsEstimated, a.StoryId,
                a.Topics.Where(t => !t.IsExcluded).OrderBy(t => t.Topic!.SortOrder).Select(t => t.Topic!.Slug).ToList()))
            .ToListAsync(cancellationToken);
        return (total, items);
    }

    public async Task<List<string>> SourcesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Articles.Where(a => a.SourceName != null).Select(a => a.SourceName!).Distinct().OrderBy(s => s).Take(500).ToListAsync(cancellationToken);
    }

    public async Task<ArticleDetail?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var a = await db.Articles.AsNoTracking().Include(x => x.Topics).ThenInclude(t => t.Topic)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (a is null)
            return null;
        var storyId = a.StoryId ?? a.Id;
        var related = await db.Articles.AsNoTracking()
            .Where(x => x.Id != a.Id && x.DuplicateOfId == null && (x.Id == storyId || x.StoryId == storyId))
            .OrderBy(x => x.PublishedDate)
            .Select(x => new RelatedArticle(x.Id, x.Title, x.Language, x.SourceName, x.PublishedDate))
            .ToListAsync(cancellationToken);
        var eventIds = await db.EventSources.Where(s => s.ArticleId == id).Select(s => s.EventId).Distinct().ToListAsync(cancellationToken);
        var topics = a.Topics.OrderBy(t => t.Topic!.SortOrder)
            .Select(t => new ArticleTopicView(t.Topic!.Slug, t.Topic.NameEn, t.Topic.NameHe, t.Topic.Color, t.Score, t.Origin, t.IsExcluded,
                TopicAssignmentService.DeserializeEvidence(t.EvidenceJson)))
            .ToList();
        return new ArticleDetail(a.Id, a.Title, a.Subtitle, a.Caption, a.Text, a.Language, a.SourceName, a.Url, a.CanonicalUrl, a.PublishedDate,
            a.PublishedIsEstimated, a.ImportedAt, a.FileName, a.ItemLabel, a.Warnings, a.DuplicateOfId, storyId, a.Version, topics, related, eventIds,
            TopicEvidenceJson.ToApi(a.Topics));
    }

    /// <summary>A person sets the real publication date of an article whose date was estimated (or wrong). Audited.</summary>
    public async Task<string?> SetPublishedDateAsync(int id, DateOnly date, Guid version, CurrentUser user, CancellationToken cancellationToken = default)
    {
        if (date.Year < 1900 || date > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(2))
            return "The date must be between 1900 and today.";
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var article = await db.Articles.Include(a => a.Topics).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
            return "No such article.";
        db.Entry(article).Property(a => a.Version).OriginalValue = version;
        var before = new { published = article.PublishedDate, estimated = article.PublishedIsEstimated };
        article.PublishedDate = date;
        article.PublishedAt = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        article.PublishedIsEstimated = false;
        foreach (var topic in article.Topics)
            topic.PublishedAt = article.PublishedAt;
        AuditLog.Add(db, user, "article.published", "Article", id, before, new { published = date, estimated = false }, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return "Someone changed this article meanwhile; reload it and try again.";
        }
        return null;
    }
}
