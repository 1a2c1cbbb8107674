using Briefing.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Features.Topics;

public sealed record TopicSummary(int Id, string Slug, string NameEn, string NameHe, string Color, int ArticleCount, int EventCount);

public sealed class TopicService(IDbContextFactory<BriefingDbContext> dbFactory)
{
    public async Task<List<TopicSummary>> ListAsync(bool includeArchived = false, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Topics.AsNoTracking()
            .Where(t => includeArchived || !t.IsArchived)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Slug)
            .Select(t => new TopicSummary(t.Id, t.Slug, t.NameEn, t.NameHe, t.Color,
                db.ArticleTopics.Count(at => at.TopicId == t.Id && !at.IsExcluded),
                db.EventTopics.Count(et => et.TopicId == t.Id && et.Event!.Status != Data.Entities.EventStatus.Rejected)))
            .ToListAsync(cancellationToken);
    }
}
