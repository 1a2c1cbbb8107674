using System.Text.Json;
using Briefing.Analysis.Topics;
using Briefing.Web.Data;
using Briefing.Web.Data.Entities;
using Briefing.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Features.Topics;

public sealed record EvidenceItem(string Term, string Field, int Start, int Length, string Snippet, string Rule);

/// <summary>A compiled classifier with the database ids of the topics it knows.</summary>
public sealed record CompiledTopics(TopicClassifier Classifier, IReadOnlyDictionary<string, int> TopicIds);

/// <summary>
/// Assigns articles to topics with the rules stored in the database. The classifier is compiled once and cached until
/// topics, rules or actors change (<see cref="Invalidate"/>). Manual inclusions and exclusions are never overwritten.
/// </summary>
public sealed class TopicAssignmentService(IDbContextFactory<BriefingDbContext> dbFactory, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly RebuildableCache<CompiledTopics> compiled = new(ct => CompileAsync(dbFactory, ct));

    public void Invalidate() => compiled.Invalidate();

    public Task<CompiledTopics> CompiledAsync(CancellationToken cancellationToken = default) => compiled.GetAsync(cancellationToken);

    private static async Task<CompiledTopics> CompileAsync(IDbContextFactory<BriefingDbContext> dbFactory, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var topics = await db.Topics.AsNoTracking().Include(t => t.Rules).Where(t => !t.IsArchived && t.MergedIntoId == null)
            .ToListAsync(cancellationToken);
        var aliases = await ActorAliasesAsync(db, cancellationToken);
        return new CompiledTopics(new TopicClassifier(topics.Select(ToDefinition), aliases), topics.ToDictionary(t => t.Slug, t => t.Id));
    }

    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ActorAliasesAsync(BriefingDbContext db, CancellationToken cancellationToken)
    {
        var actors = await db.Actors.AsNoTracking().Where(a => a.Status == ActorStatus.Confirmed)
            .Select(a => new { a.Key, a.NameEn, a.NameHe, a.Aliases }).ToListAsync(cancellationToken);
        return actors.ToDictionary(a => a.Key, a => (IReadOnlyList<string>)[.. new[] { a.NameEn, a.NameHe }.OfType<string>().Concat(a.Aliases).Distinct()]);
    }

    public static TopicDefinition ToDefinition(Topic topic) => new(topic.Slug, topic.Threshold,
        [.. topic.Rules.Where(r => r.IsEnabled).OrderBy(r => r.SortOrder).Select(ToDefinition)]);

    public static Analysis.Topics.TopicRule ToDefinition(Data.Entities.TopicRule rule) => new(rule.Key, rule.Name, rule.AnyOf, rule.AllOf, rule.NoneOf,
        rule.WithinWords, rule.Scope switch
        {
            Data.Entities.RuleScope.Title => Analysis.Topics.RuleScope.Title,
            Data.Entities.RuleScope.Body => Analysis.Topics.RuleScope.Body,
            _ => Analysis.Topics.RuleScope.TitleAndBody,
        }, rule.Weight);

    /// <summary>
    /// Brings one article's rule assignments up to date in <paramref name="db"/> (not saved): adds, updates and removes
    /// rule rows; leaves manual rows and exclusions as they are. <paramref name="existing"/> are the article's current rows.
    /// </summary>
    public void Apply(BriefingDbContext db, Article article, IReadOnlyList<ArticleTopic> existing, CompiledTopics topics) =>
        Apply(db, article, existing, topics, topics.Classifier.Classify(article.Title, article.Text));

    /// <summary>As above, with the article already classified (re-classification classifies a batch in parallel).</summary>
    public void Apply(BriefingDbContext db, Article article, IReadOnlyList<ArticleTopic> existing, CompiledTopics topics,
        IReadOnlyList<TopicAssignment> assignments)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var assignedIds = new HashSet<int>();
        foreach (var assignment in assignments)
        {
            if (!topics.TopicIds.TryGetValue(assignment.Slug, out var topicId))
                continue;
            assignedIds.Add(topicId);
            var evidence = SerializeEvidence(assignment.Evidence);
            var row = existing.FirstOrDefault(e => e.TopicId == topicId);
            if (row is null)
            {
                var added = new ArticleTopic
                {
                    TopicId = topicId, Score = assignment.Score, Origin = AssignmentOrigin.Rule, EvidenceJson = evidence,
                    AssignedAt = now, PublishedAt = article.PublishedAt,
                };
                if (article.Id == 0) article.Topics.Add(added);
                else { added.ArticleId = article.Id; db.ArticleTopics.Add(added); }
            }
            else if (row.Origin == AssignmentOrigin.Rule && !row.IsExcluded)
            {
                row.Score = assignment.Score;
                row.EvidenceJson = evidence;
                row.PublishedAt = article.PublishedAt;
            }
        }
        foreach (var stale in existing.Where(e => e.Origin == AssignmentOrigin.Rule && !e.IsExcluded && !assignedIds.Contains(e.TopicId)))
            db.ArticleTopics.Remove(stale);
    }

    public static string SerializeEvidence(IEnumerable<TopicEvidence> evidence) =>
        JsonSerializer.Serialize(evidence.Select(e => new EvidenceItem(e.Term, e.Field, e.Start, e.Length, e.Snippet, e.RuleId)), Json);

    public static List<EvidenceItem> DeserializeEvidence(string json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<EvidenceItem>>(json, Json) ?? [];

    /// <summary>
    /// Re-runs the rules on every stored article in batches, each batch in its own transaction. Only the columns the
    /// rules read are loaded; a batch is classified on all cores, then its assignment rows are brought up to date.
    /// </summary>
    public async Task<int> ReclassifyAllAsync(IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        const int batchSize = 1000;
        Invalidate();
        var topics = await CompiledAsync(cancellationToken);
        int total, done = 0, lastId = 0;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            total = await db.Articles.CountAsync(cancellationToken);
        progress?.Report((0, total));
        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var batch = await db.Articles.AsNoTracking().Where(a => a.Id > lastId).OrderBy(a => a.Id).Take(batchSize)
                .Select(a => new Article { Id = a.Id, Title = a.Title, Text = a.Text, PublishedAt = a.PublishedAt, Language = a.Language, ContentHash = "" })
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
                break;
            var results = new IReadOnlyList<TopicAssignment>[batch.Count];
            Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = cancellationToken },
                i => results[i] = topics.Classifier.Classify(batch[i].Title, batch[i].Text));
            var firstId = batch[0].Id;
            lastId = batch[^1].Id;
            var rows = (await db.ArticleTopics.Where(at => at.ArticleId >= firstId && at.ArticleId <= lastId).ToListAsync(cancellationToken))
                .ToLookup(at => at.ArticleId);
            for (var i = 0; i < batch.Count; i++)
                Apply(db, batch[i], [.. rows[batch[i].Id]], topics, results[i]);
            await db.SaveChangesAsync(cancellationToken);
            done += batch.Count;
            progress?.Report((done, total));
        }
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            await RefreshEventTopicsAsync(db, cancellationToken);
        return done;
    }

    /// <summary>
    /// Timelines read event topics from a denormalised table; after articles change topics it is rebuilt from the
    /// events' sources (an event belongs to every topic of an article reporting it). One statement, in a transaction.
    /// </summary>
    public static async Task RefreshEventTopicsAsync(BriefingDbContext db, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"EventTopics\"", cancellationToken);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "EventTopics" ("EventId", "TopicId", "SortDate")
            SELECT DISTINCT s."EventId", at."TopicId", e."SortDate"
            FROM "EventSources" s
            JOIN "ArticleTopics" at ON at."ArticleId" = s."ArticleId" AND NOT at."IsExcluded"
            JOIN "Events" e ON e."Id" = s."EventId"
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
