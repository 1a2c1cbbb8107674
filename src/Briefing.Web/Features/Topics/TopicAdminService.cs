using System.Text.RegularExpressions;
using Briefing.Analysis.Topics;
using Briefing.Web.Data;
using Briefing.Web.Data.Entities;
using Briefing.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Features.Topics;

/// <summary>
/// Everything an admin does to topics, in one place: each change is validated, refused when the admin edited a stale
/// version, audited in the same transaction, and followed by background re-classification of stored articles.
/// </summary>
public sealed partial class TopicAdminService(
    IDbContextFactory<BriefingDbContext> dbFactory,
    TopicAssignmentService assignments,
    ReclassificationJob reclassification,
    TimeProvider clock)
{
    /// <summary>How many of the most recent stored articles an impact preview examines.</summary>
    public const int PreviewLimit = 5_000;
    private const int PreviewExamples = 5;

    public async Task<List<TopicListItem>> ListAsync(bool includeArchived = true, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Topics.AsNoTracking()
            .Where(t => includeArchived || !t.IsArchived)
            .OrderBy(t => t.IsArchived).ThenBy(t => t.SortOrder).ThenBy(t => t.Slug)
            .Select(t => new TopicListItem(t.Id, t.Slug, t.NameEn, t.NameHe, t.Color, t.SortOrder, t.IsArchived, t.MergedIntoId,
                t.Rules.Count, db.ArticleTopics.Count(at => at.TopicId == t.Id && !at.IsExcluded), t.Version))
            .ToListAsync(cancellationToken);
    }

    public async Task<TopicDraft?> LoadDraftAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var topic = await db.Topics.AsNoTracking().Include(t => t.Rules).FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        return topic is null ? null : TopicDraft.From(topic);
    }

    /// <summary>Problems that keep the draft from being saved (rules checked by <see cref="TopicValidation"/>).</summary>
    public async Task<IReadOnlyList<string>> ValidateAsync(TopicDraft draft, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return Validate(draft, await TopicAssignmentService.ActorAliasesAsync(db, cancellationToken));
    }

    private static List<string> Validate(TopicDraft draft, IReadOnlyDictionary<string, IReadOnlyList<string>> aliases)
    {
        AssignMissingKeys(draft);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(draft.NameEn) || string.IsNullOrWhiteSpace(draft.NameHe))
            problems.Add("The topic needs an English and a Hebrew name.");
        if (!ColorPattern().IsMatch(draft.Color ?? ""))
            problems.Add("The colour must be written as #RRGGBB.");
        problems.AddRange(TopicValidation.Validate(draft.ToDefinitionForValidation(), aliases));
        return problems;
    }

    /// <summary>A classifier of the unsaved draft alone, for the test box and the impact preview.</summary>
    public async Task<TopicClassifier> CompileDraftAsync(TopicDraft draft, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        AssignMissingKeys(draft);
        return new TopicClassifier([draft.ToDefinition()], await TopicAssignmentService.ActorAliasesAsync(db, cancellationToken));
    }

    /// <summary>
    /// Runs the unsaved draft over the most recent <paramref name="limit"/> stored articles and compares with what is
    /// stored now: +N newly assigned, −M no longer assigned. Manual inclusions and exclusions do not change.
    /// </summary>
    public async Task<ImpactPreview> PreviewImpactAsync(TopicDraft draft, int limit = PreviewLimit, CancellationToken cancellationToken = default)
    {
        var classifier = await CompileDraftAsync(draft, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.Articles.CountAsync(cancellationToken);
        var articles = await db.Articles.AsNoTracking().OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(limit)
            .Select(a => new { a.Id, a.Title, a.Text, a.Language, a.PublishedAt }).ToListAsync(cancellationToken);
        var ids = articles.Select(a => a.Id).ToList();
        var rows = await db.ArticleTopics.AsNoTracking().Where(at => at.TopicId == draft.Id && ids.Contains(at.ArticleId))
            .Select(at => new { at.ArticleId, at.Origin, at.IsExcluded }).ToDictionaryAsync(at => at.ArticleId, cancellationToken);
        var verdicts = new bool[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { CancellationToken = cancellationToken },
            i => verdicts[i] = classifier.Classify(articles[i].Title, articles[i].Text).Count > 0);

        int added = 0, removed = 0;
        List<ImpactExample> addedExamples = [], removedExamples = [];
        for (var i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            rows.TryGetValue(a.Id, out var row);
            if (row is not null && (row.Origin == AssignmentOrigin.Manual || row.IsExcluded))
                continue;
            var now = row is not null;
            if (verdicts[i] == now)
                continue;
            var example = new ImpactExample(a.Id, a.Title, a.Language, a.PublishedAt);
            if (verdicts[i])
            {
                if (added++ < PreviewExamples) addedExamples.Add(example);
            }
            else if (removed++ < PreviewExamples)
            {
                removedExamples.Add(example);
            }
        }
        return new ImpactPreview(articles.Count, stored, added, removed, articles.Count - added - removed, addedExamples, removedExamples);
    }

    /// <summary>Saves names, description, colour, order, threshold and rules of the draft as one audited change.</summary>
    public async Task<TopicChangeResult> SaveAsync(TopicDraft draft, CurrentUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var problems = Validate(draft, await TopicAssignmentService.ActorAliasesAsync(db, cancellationToken));
        if (problems.Count > 0)
            return TopicChangeResult.Invalid(problems);
        var topic = await db.Topics.Include(t => t.Rules).FirstOrDefaultAsync(t => t.Id == draft.Id, cancellationToken);
        if (topic is null)
            return TopicChangeResult.Invalid("This topic no longer exists.");
        if (topic.Version != draft.Version)
            return TopicChangeResult.Stale;

        var before = TopicSnapshot.Of(topic);
        var now = clock.GetUtcNow().UtcDateTime;
        topic.NameEn = draft.NameEn.Trim();
        topic.NameHe = draft.NameHe.Trim();
        topic.DescriptionEn = Blank(draft.DescriptionEn);
        topic.DescriptionHe = Blank(draft.DescriptionHe);
        topic.Color = draft.Color;
        topic.SortOrder = draft.SortOrder;
        topic.Threshold = draft.Threshold;
        topic.UpdatedAt = now;
        SyncRules(db, topic, draft.Rules);
        AuditLog.Add(db, user, "topic.update", "Topic", topic.Slug, before, TopicSnapshot.Of(topic), now);
        if (!await TrySaveAsync(db, topic, draft.Version, cancellationToken))
            return TopicChangeResult.Stale;
        AfterRulesChanged();
        return TopicChangeResult.Ok(topic.Version, topic.Slug);
    }

    public async Task<TopicChangeResult> CreateAsync(string slug, string nameEn, string nameHe, CurrentUser user, CancellationToken cancellationToken = default)
    {
        slug = (slug ?? "").Trim().ToLowerInvariant();
        if (!SlugPattern().IsMatch(slug))
            return TopicChangeResult.Invalid("The slug must be lower-case letters, digits and dashes, e.g. 'iran-sanctions'.");
        if (string.IsNullOrWhiteSpace(nameEn) || string.IsNullOrWhiteSpace(nameHe))
            return TopicChangeResult.Invalid("The topic needs an English and a Hebrew name.");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Topics.AnyAsync(t => t.Slug == slug, cancellationToken))
            return TopicChangeResult.Invalid($"A topic with the slug '{slug}' already exists.");
        var now = clock.GetUtcNow().UtcDateTime;
        var topic = new Topic
        {
            Slug = slug, NameEn = nameEn.Trim(), NameHe = nameHe.Trim(), CreatedAt = now, UpdatedAt = now,
            SortOrder = (await db.Topics.MaxAsync(t => (int?)t.SortOrder, cancellationToken) ?? 0) + 1,
        };
        db.Topics.Add(topic);
        AuditLog.Add(db, user, "topic.create", "Topic", slug, null, TopicSnapshot.Of(topic), now);
        await db.SaveChangesAsync(cancellationToken);
        assignments.Invalidate();
        return TopicChangeResult.Ok(topic.Version, slug);
    }

    public async Task<TopicChangeResult> SetArchivedAsync(int topicId, Guid version, bool archived, CurrentUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var topic = await db.Topics.Include(t => t.Rules).FirstOrDefaultAsync(t => t.Id == topicId, cancellationToken);
        if (topic is null)
            return TopicChangeResult.Invalid("This topic no longer exists.");
        if (topic.Version != version)
            return TopicChangeResult.Stale;
        if (!archived && topic.MergedIntoId is not null)
            return TopicChangeResult.Invalid("A topic merged into another cannot be restored.");
        var before = TopicSnapshot.Of(topic);
        var now = clock.GetUtcNow().UtcDateTime;
        topic.IsArchived = archived;
        topic.UpdatedAt = now;
        AuditLog.Add(db, user, archived ? "topic.archive" : "topic.restore", "Topic", topic.Slug, before, TopicSnapshot.Of(topic), now);
        if (!await TrySaveAsync(db, topic, version, cancellationToken))
            return TopicChangeResult.Stale;
        AfterRulesChanged();
        return TopicChangeResult.Ok(topic.Version, topic.Slug);
    }

    /// <summary>Moves a topic one place up (−1) or down (+1) among the active topics.</summary>
    public async Task<TopicChangeResult> MoveAsync(int topicId, int direction, CurrentUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var topics = await db.Topics.Where(t => !t.IsArchived).OrderBy(t => t.SortOrder).ThenBy(t => t.Slug).ToListAsync(cancellationToken);
        var index = topics.FindIndex(t => t.Id == topicId);
        var other = index + Math.Sign(direction);
        if (index < 0 || other < 0 || other >= topics.Count)
            return TopicChangeResult.Invalid("The topic cannot move further.");
        var before = topics.Select(t => t.Slug).ToList();
        (topics[index], topics[other]) = (topics[other], topics[index]);
        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < topics.Count; i++)
        {
            if (topics[i].SortOrder == i + 1)
                continue;
            topics[i].SortOrder = i + 1;
            topics[i].UpdatedAt = now;
        }
        AuditLog.Add(db, user, "topic.reorder", "Topic", topics[other].Slug, new { order = before }, new { order = topics.Select(t => t.Slug) }, now);
        await db.SaveChangesAsync(cancellationToken);
        return TopicChangeResult.Ok(topics[other].Version, topics[other].Slug);
    }

    /// <summary>
    /// Merges <paramref name="sourceId"/> into <paramref name="targetId"/>: the source's article and event assignments and
    /// its rules move to the target (so rule assignments stay put after re-classification); the source is archived
    /// with <see cref="Topic.MergedIntoId"/>. Where both topics hold an article, the target's row is kept.
    /// </summary>
    public async Task<TopicChangeResult> MergeAsync(int sourceId, int targetId, CurrentUser user, CancellationToken cancellationToken = default)
    {
        if (sourceId == targetId)
            return TopicChangeResult.Invalid("Choose two different topics to merge.");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var source = await db.Topics.Include(t => t.Rules).FirstOrDefaultAsync(t => t.Id == sourceId, cancellationToken);
        var target = await db.Topics.Include(t => t.Rules).FirstOrDefaultAsync(t => t.Id == targetId, cancellationToken);
        if (source is null || target is null)
            return TopicChangeResult.Invalid("This topic no longer exists.");
        if (source.IsArchived || target.IsArchived)
            return TopicChangeResult.Invalid("Archived topics cannot be merged.");
        var before = new { source = TopicSnapshot.Of(source), target = TopicSnapshot.Of(target) };
        var now = clock.GetUtcNow().UtcDateTime;

        var keys = target.Rules.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var order = target.Rules.Select(r => r.SortOrder).DefaultIfEmpty(-1).Max();
        foreach (var rule in source.Rules.OrderBy(r => r.SortOrder).ToList())
        {
            rule.Key = UniqueKey(rule.Key, keys, source.Slug);
            rule.SortOrder = ++order;
            source.Rules.Remove(rule);
            target.Rules.Add(rule);
        }

        var targetArticles = (await db.ArticleTopics.Where(at => at.TopicId == targetId).Select(at => at.ArticleId).ToListAsync(cancellationToken)).ToHashSet();
        var movedArticles = 0;
        foreach (var row in await db.ArticleTopics.Where(at => at.TopicId == sourceId).ToListAsync(cancellationToken))
        {
            db.ArticleTopics.Remove(row);
            if (!targetArticles.Add(row.ArticleId))
                continue;
            db.ArticleTopics.Add(new ArticleTopic
            {
                ArticleId = row.ArticleId, TopicId = targetId, Score = row.Score, Origin = row.Origin, IsExcluded = row.IsExcluded,
                EvidenceJson = row.EvidenceJson, AssignedAt = row.AssignedAt, PublishedAt = row.PublishedAt,
            });
            movedArticles++;
        }
        var targetEvents = (await db.EventTopics.Where(et => et.TopicId == targetId).Select(et => et.EventId).ToListAsync(cancellationToken)).ToHashSet();
        var movedEvents = 0;
        foreach (var row in await db.EventTopics.Where(et => et.TopicId == sourceId).ToListAsync(cancellationToken))
        {
            db.EventTopics.Remove(row);
            if (!targetEvents.Add(row.EventId))
                continue;
            db.EventTopics.Add(new EventTopic { EventId = row.EventId, TopicId = targetId, SortDate = row.SortDate });
            movedEvents++;
        }

        source.IsArchived = true;
        source.MergedIntoId = target.Id;
        source.UpdatedAt = target.UpdatedAt = now;
        AuditLog.Add(db, user, "topic.merge", "Topic", source.Slug, before,
            new { source = TopicSnapshot.Of(source), target = TopicSnapshot.Of(target), movedArticles, movedEvents }, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TopicChangeResult.Stale;
        }
        AfterRulesChanged();
        return TopicChangeResult.Ok(target.Version, target.Slug);
    }

    /// <summary>
    /// An admin's decision for one article in one topic. Include and Exclude are manual rows that re-classification
    /// leaves alone; Clear hands the article back to the rules (and re-applies them to it now).
    /// </summary>
    public async Task<TopicChangeResult> SetManualAsync(int topicId, int articleId, ManualDecision decision, CurrentUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var topic = await db.Topics.AsNoTracking().FirstOrDefaultAsync(t => t.Id == topicId, cancellationToken);
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (topic is null || article is null)
            return TopicChangeResult.Invalid("This article or topic no longer exists.");
        var row = await db.ArticleTopics.FirstOrDefaultAsync(at => at.TopicId == topicId && at.ArticleId == articleId, cancellationToken);
        var before = row is null ? null : RowState.Of(row);
        var now = clock.GetUtcNow().UtcDateTime;
        switch (decision)
        {
            case ManualDecision.Include or ManualDecision.Exclude:
                if (row is null)
                {
                    row = new ArticleTopic { ArticleId = articleId, TopicId = topicId, AssignedAt = now, PublishedAt = article.PublishedAt };
                    db.ArticleTopics.Add(row);
                }
                row.Origin = AssignmentOrigin.Manual;
                row.IsExcluded = decision == ManualDecision.Exclude;
                row.AssignedAt = now;
                break;
            case ManualDecision.Clear:
                var compiled = await assignments.CompiledAsync(cancellationToken);
                var assignment = compiled.Classifier.Classify(article.Title, article.Text).FirstOrDefault(a => a.Slug == topic.Slug);
                if (assignment is null)
                {
                    if (row is not null) db.ArticleTopics.Remove(row);
                }
                else
                {
                    if (row is null)
                    {
                        row = new ArticleTopic { ArticleId = articleId, TopicId = topicId, PublishedAt = article.PublishedAt };
                        db.ArticleTopics.Add(row);
                    }
                    row.Origin = AssignmentOrigin.Rule;
                    row.IsExcluded = false;
                    row.Score = assignment.Score;
                    row.EvidenceJson = TopicAssignmentService.SerializeEvidence(assignment.Evidence);
                    row.AssignedAt = now;
                }
                break;
        }
        var after = row is null || db.Entry(row).State == EntityState.Deleted ? null : RowState.Of(row);
        AuditLog.Add(db, user, "topic.manual." + decision.ToString().ToLowerInvariant(), "ArticleTopic", $"{topic.Slug}/{articleId}",
            before, after, now);
        await db.SaveChangesAsync(cancellationToken);
        return TopicChangeResult.Ok(topic.Version, topic.Slug);
    }

    /// <summary>The admin's manual inclusions and exclusions in a topic, newest first.</summary>
    public async Task<List<ManualRow>> ManualRowsAsync(int topicId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ArticleTopics.AsNoTracking().Where(at => at.TopicId == topicId && at.Origin == AssignmentOrigin.Manual)
            .OrderByDescending(at => at.AssignedAt)
            .Select(at => new ManualRow(at.ArticleId, at.Article!.Title, at.Article.Language, at.Article.PublishedAt, at.IsExcluded))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Stored articles whose title or text contains <paramref name="query"/>, with their standing in the topic.</summary>
    public async Task<List<ArticleHit>> FindArticlesAsync(int topicId, string query, int take = 20, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(query))
            return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Articles.AsNoTracking().WhereMatches(db, query)
            .OrderByDescending(a => a.PublishedAt).Take(take)
            .Select(a => new ArticleHit(a.Id, a.Title, a.Language, a.PublishedAt,
                a.Topics.Where(at => at.TopicId == topicId)
                    .Select(at => at.IsExcluded ? "excluded" : at.Origin == AssignmentOrigin.Manual ? "manual" : "rule").FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }

    private void AfterRulesChanged()
    {
        assignments.Invalidate();
        reclassification.Start();
    }

    private static async Task<bool> TrySaveAsync(BriefingDbContext db, Topic topic, Guid expectedVersion, CancellationToken cancellationToken)
    {
        // The stored version must still be the one the admin started from, whatever else this save changes.
        db.Entry(topic).Property(t => t.Version).OriginalValue = expectedVersion;
        db.Entry(topic).Property(t => t.Version).IsModified = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    private static void SyncRules(BriefingDbContext db, Topic topic, List<RuleDraft> drafts)
    {
        var kept = drafts.Where(d => d.Id != 0).Select(d => d.Id).ToHashSet();
        foreach (var removed in topic.Rules.Where(r => !kept.Contains(r.Id)).ToList())
        {
            topic.Rules.Remove(removed);
            db.Remove(removed);
        }
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var rule = draft.Id == 0 ? null : topic.Rules.FirstOrDefault(r => r.Id == draft.Id);
            if (rule is null)
            {
                rule = new Data.Entities.TopicRule { Key = draft.Key, Name = draft.Name };
                topic.Rules.Add(rule);
            }
            rule.Key = draft.Key.Trim();
            rule.Name = draft.Name.Trim();
            rule.AnyOf = [.. draft.AnyOf];
            rule.AllOf = [.. draft.AllOf];
            rule.NoneOf = [.. draft.NoneOf];
            rule.WithinWords = draft.WithinWords;
            rule.Scope = draft.Scope;
            rule.Weight = draft.Weight;
            rule.IsEnabled = draft.IsEnabled;
            rule.SortOrder = i;
        }
    }

    /// <summary>New rules get a key from their name; evidence refers to rules by key.</summary>
    private static void AssignMissingKeys(TopicDraft draft)
    {
        var keys = draft.Rules.Where(r => !string.IsNullOrWhiteSpace(r.Key)).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in draft.Rules.Where(r => string.IsNullOrWhiteSpace(r.Key)))
        {
            var stem = NonSlug().Replace((rule.Name ?? "").Trim().ToLowerInvariant(), "-").Trim('-');
            rule.Key = UniqueKey(stem.Length == 0 ? "rule" : stem.Length > 60 ? stem[..60] : stem, keys, null);
        }
    }

    private static string UniqueKey(string key, HashSet<string> taken, string? prefix)
    {
        var candidate = key;
        if (taken.Contains(candidate) && prefix is not null)
            candidate = $"{prefix}-{key}";
        for (var n = 2; taken.Contains(candidate); n++)
            candidate = $"{key}-{n}";
        taken.Add(candidate);
        return candidate;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColorPattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();

    private sealed record RowState(string Origin, bool IsExcluded, double Score)
    {
        public static RowState Of(ArticleTopic row) => new(row.Origin.ToString().ToLowerInvariant(), row.IsExcluded, row.Score);
    }
}

/// <summary>What the audit log keeps of a topic, before and after a change.</summary>
public sealed record TopicSnapshot(string Slug, string NameEn, string NameHe, string? DescriptionEn, string? DescriptionHe, string Color,
    int SortOrder, double Threshold, bool IsArchived, int? MergedIntoId, IReadOnlyList<RuleSnapshot> Rules)
{
    public static TopicSnapshot Of(Topic topic) => new(topic.Slug, topic.NameEn, topic.NameHe, topic.DescriptionEn, topic.DescriptionHe,
        topic.Color, topic.SortOrder, topic.Threshold, topic.IsArchived, topic.MergedIntoId,
        [.. topic.Rules.OrderBy(r => r.SortOrder).Select(r => new RuleSnapshot(r.Key, r.Name, [.. r.AnyOf], [.. r.AllOf], [.. r.NoneOf],
            r.WithinWords, r.Scope.ToString(), r.Weight, r.IsEnabled))]);
}

public sealed record RuleSnapshot(string Key, string Name, IReadOnlyList<string> AnyOf, IReadOnlyList<string> AllOf,
    IReadOnlyList<string> NoneOf, int? WithinWords, string Scope, double Weight, bool IsEnabled);
