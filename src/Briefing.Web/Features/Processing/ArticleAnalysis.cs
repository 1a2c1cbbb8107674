using Briefing.Web.Data;
using Briefing.Web.Data.Entities;
using Briefing.Web.Features.Events;
using Briefing.Web.Features.Topics;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Features.Processing;

/// <summary>What one analysis pass over a batch needs, prepared once (compiled rules, gazetteer, event candidates).</summary>
public sealed record AnalysisContext(CompiledTopics Topics, EventFiling Events);

/// <summary>
/// The one entry point every stored article passes through, on import and on re-processing: topic assignment, then
/// event extraction. Ingestion knows nothing of either; each plugs in here.
/// </summary>
public sealed class ArticleAnalysis(TopicAssignmentService topics, EventExtractionService events, IDbContextFactory<BriefingDbContext> dbFactory)
{
    public async Task<AnalysisContext> PrepareAsync(CancellationToken cancellationToken) =>
        new(await topics.CompiledAsync(cancellationToken), new EventFiling(await events.CompiledAsync(cancellationToken)));

    /// <summary>Analyses an article being added to <paramref name="db"/> (saved by the caller, in its transaction).</summary>
    public async Task AnalyzeNewAsync(BriefingDbContext db, Article article, AnalysisContext context, CancellationToken cancellationToken)
    {
        topics.Apply(db, article, [], context.Topics);
        await events.ApplyAsync(db, article, context.Events, cancellationToken);
    }

    /// <summary>
    /// Re-runs topic assignment and event extraction on every stored article, in batches (one transaction each).
    /// Manual topic rows and curated events are kept; events found only by the old analysis disappear.
    /// </summary>
    public async Task<int> ReprocessAllAsync(IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        topics.Invalidate();
        events.Invalidate();
        int total, done = 0, lastId = 0;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            total = await db.Articles.CountAsync(a => a.DuplicateOfId == null, cancellationToken);
        progress?.Report((0, total));
        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var batch = await db.Articles.Where(a => a.Id > lastId && a.DuplicateOfId == null).OrderBy(a => a.Id).Take(200)
                .Include(a => a.Topics).AsSplitQuery().ToListAsync(cancellationToken);
            if (batch.Count == 0)
                break;
            var ids = batch.Select(a => a.Id).ToList();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Forget what the previous analysis filed from these articles, except under curated events.
            await db.EventSources.Where(s => ids.Contains(s.ArticleId) && !s.Event!.IsCurated).ExecuteDeleteAsync(cancellationToken);
            await db.Events.Where(e => !e.IsCurated && !e.Sources.Any()).ExecuteDeleteAsync(cancellationToken);
            var context = await PrepareAsync(cancellationToken);
            foreach (var article in batch)
            {
                topics.Apply(db, article, [.. article.Topics], context.Topics);
                await events.ApplyAsync(db, article, context.Events, cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            lastId = batch[^1].Id;
            done += batch.Count;
            progress?.Report((done, total));
        }
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            await TopicAssignmentService.RefreshEventTopicsAsync(db, cancellationToken);
        return done;
    }
}
