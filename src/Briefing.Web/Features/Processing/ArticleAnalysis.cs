using Briefing.Web.Data;
using Briefing.Web.Data.Entities;
using Briefing.Web.Features.Topics;

namespace Briefing.Web.Features.Processing;

/// <summary>What one analysis pass needs, prepared once per batch (compiled rules, gazetteer).</summary>
public sealed record AnalysisContext(CompiledTopics Topics);

/// <summary>
/// The one entry point every stored article passes through, on import and on re-processing: topic assignment, then
/// event extraction. Ingestion knows nothing of either; each plugs in here.
/// </summary>
public sealed class ArticleAnalysis(TopicAssignmentService topics)
{
    public async Task<AnalysisContext> PrepareAsync(CancellationToken cancellationToken) =>
        new(await topics.CompiledAsync(cancellationToken));

    /// <summary>Analyses a new article being added to <paramref name="db"/> (saved by the caller, in its transaction).</summary>
    public void AnalyzeNew(BriefingDbContext db, Article article, AnalysisContext context) =>
        topics.Apply(db, article, [], context.Topics);
}
