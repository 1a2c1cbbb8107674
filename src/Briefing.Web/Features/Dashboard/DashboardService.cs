using Briefing.Web.Data;
using Briefing.Web.Data.Entities;
using Briefing.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Features.Dashboard;

public sealed record DashboardEvent(int Id, EventType Type, int? Year, int? Month, int? Day, DatePrecision Precision, string Summary);

public sealed record TopicCard(int Id, string Slug, string NameEn, string NameHe, string Color, string? DescriptionEn, string? DescriptionHe,
    int ArticlesThisWeek, int ArticlesTotal, List<DashboardEvent> LatestEvents);

public sealed record LatestArticle(int Id, string Title, string Language, string? SourceName, DateTime PublishedAt, bool PublishedIsEstimated);

public sealed record DashboardModel(DateTime WeekStart, List<TopicCard> Topics, List<LatestArticle> LatestArticles, int TotalArticles);

public sealed class DashboardService(IDbContextFactory<BriefingDbContext> dbFactory, TimeProvider clock, IOptions<BriefingOptions> options)
{
    public async Task<DashboardModel> LoadAsync(CancellationToken cancellationToken = default)
    {
        var weekStart = WeekStart(clock.GetUtcNow().UtcDateTime.Date, options.Value.FirstDayOfWeek);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var topics = await db.Topics.AsNoTracking().Where(t => !t.IsArchived).OrderBy(t => t.SortOrder)
            .Select(t => new { t.Id, t.Slug, t.NameEn, t.NameHe, t.Color, t.DescriptionEn, t.DescriptionHe })
            .ToListAsync(cancellationToken);

        var cards = new List<TopicCard>(topics.Count);
        foreach (var t in topics)
        {
            var assigned = db.ArticleTopics.Where(at => at.TopicId == t.Id && !at.IsExcluded);
            var total = await assigned.CountAsync(cancellationToken);
            var thisWeek = await assigned.CountAsync(at => at.PublishedAt >= weekStart, cancellationToken);
            var events = await db.EventTopics.Where(et => et.TopicId == t.Id && et.Event!.Status != EventStatus.Rejected)
                .OrderByDescending(et => et.SortDate).Take(3)
                .Select(et => new DashboardEvent(et.EventId, et.Event!.Type, et.Event.Year, et.Event.Month, et.Event.Day, et.Event.Precision, et.Event.Summary))
                .ToListAsync(cancellationToken);
            cards.Add(new TopicCard(t.Id, t.Slug, t.NameEn, t.NameHe, t.Color, t.DescriptionEn, t.DescriptionHe, thisWeek, total, events));
        }

        var latest = await db.Articles.AsNoTracking().Where(a => a.DuplicateOfId == null)
            .OrderByDescending(a => a.ImportedAt).ThenByDescending(a => a.Id).Take(8)
            .Select(a => new LatestArticle(a.Id, a.Title, a.Language, a.SourceName, a.PublishedAt, a.PublishedIsEstimated))
            .ToListAsync(cancellationToken);
        var totalArticles = await db.Articles.CountAsync(a => a.DuplicateOfId == null, cancellationToken);
        return new DashboardModel(weekStart, cards, latest, totalArticles);
    }

    public static DateTime WeekStart(DateTime day, DayOfWeek firstDay)
    {
        var diff = ((int)day.DayOfWeek - (int)firstDay + 7) % 7;
        return DateTime.SpecifyKind(day.Date.AddDays(-diff), DateTimeKind.Utc);
    }
}
