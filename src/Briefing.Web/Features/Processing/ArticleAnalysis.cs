using Briefing.Analysis.Events;
using Briefing.Analysis.Topics;
using Briefing.Web.Data;
using Briefing.Web.Data.Entities;
using Briefing.Web.Features.Events;
using Briefing.Web.Features.Topics;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Features.Processing;

/// <summary>What one analysis pass over a batch needs, prepared once (compiled rules, gazetteer, event candidates).</summary>
public sealed record AnalysisContext(CompiledTopics Topics, EventFiling Events);

/// <summary>
/// What the analysis finds in one article, before anything is filed: pure CPU work that any thread may do (a bulk
/// import computes it on its parse workers). Valid for the compiled rules and the publication date it was found with.
/// </summary>
public sealed record ArticleFindings(CompiledTopics Topics, CompiledEvents Events, DateOnly PublishedDate, bool PublishedIsEstimated,
    IReadOnlyList<TopicAssignment> Assignments, ExtractionResult Extraction)
{
    public bool AppliesTo(Article article, AnalysisContext context) =>
        ReferenceEquals(Topics, context.Topics) && ReferenceEquals(Events, context.Events.Compiled)
        && PublishedDate == article.PublishedDate && PublishedIsEstimated == article.PublishedIsEstimated;
}

/// <summary>
/// The one entry point every stored article passes through, on import and on re-processing: topic assignment, then
/// event extraction. Ingestion knows nothing of either; each plugs in here.
/// </summary>
public sealed class ArticleAnalysis(TopicAssignmentService topics, EventExtractionService events, IDbContextFactory<BriefingDbContext> dbFactory)
{
    public async Task<AnalysisContext> PrepareAsync(CancellationToken cancellationToken) =>
        new(await topics.CompiledAsync(cancellationToken), new EventFiling(await events.CompiledAsync(cancellationToken)));

    /// <summary>Finds topics and events in an article's text; touches no database and is safe on any thread.</summary>
    public static ArticleFindings Find(AnalysisContext context, string title, string text, string language, DateOnly publishedDate, bool publishedIsEstimated) =>
        new(context.Topics, context.Events.Compiled, publishedDate, publishedIsEstimated,
            context.Topics.Classifier.Classify(title, text),
            context.Events.Compiled.Extractor.Extract(title, text, language, publishedDate, publishedIsEstimated));

    private static ArticleFindings Find(AnalysisContext context, Article article) =>
        Find(context, article.Title, article.Text, article.Language, article.PublishedDate, article.PublishedIsEstimated);

    /// <summary>
    /// Analyses an article being added to <paramref name="db"/> (saved by the caller, in its transaction), with the
    /// findings computed beforehand when they still apply.
    /// </summary>
    public async Task AnalyzeNewAsync(BriefingDbContext db, Article article, AnalysisContext context, CancellationToken cancellationToken,
        ArticleFindings? findings = null)
    {
        if (findings is null || !findings.AppliesTo(article, context))
            findings = Find(context, article);
        topics.Apply(db, article, [], context.Topics, findings.Assignments);
        await events.ApplyAsync(db, article, context.Events, findings.Extraction, cancellationToken);
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
            // The pure part on both cores; filing stays on this thread (one DbContext).
            var findings = batch.AsParallel().AsOrdered().Select(article => Find(context, article)).ToList();
            await context.Events.LoadKnownActorKeysAsync(db, findings.SelectMany(f => f.Extraction.ProposedActors), cancellationToken);
            for (var i = 0; i < batch.Count; i++)
            {
                topics.Apply(db, batch[i], [.. batch[i].Topics], context.Topics, findings[i].Assignments);
                await events.ApplyAsync(db, batch[i], context.Events, findings[i].Extraction, cancellationToken);
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
