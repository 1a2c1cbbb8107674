// Service calls here are short; passing the test token to each one would only add noise.
#pragma warning disable xUnit1051

using Briefing.Web.Data;
using Briefing.Web.Data.Entities;
using Briefing.Web.Features.Audit;
using Briefing.Web.Features.Topics;
using Briefing.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Web.Tests.Topics;

/// <summary>The topic services wired as the app wires them, over a real SQLite database.</summary>
public sealed class TopicServices
{
    public static readonly CurrentUser Admin = new("admin-id", "admin@briefing.test");

    public TopicServices(SqliteTestDatabase database, TimeProvider clock)
    {
        Database = database;
        Assignments = new TopicAssignmentService(database, clock);
        Job = new ReclassificationJob(Assignments, NullLogger<ReclassificationJob>.Instance);
        Admin_ = new TopicAdminService(database, Assignments, Job, clock);
        Reader = new TopicReadService(database, clock);
    }

    public SqliteTestDatabase Database { get; }
    public TopicAssignmentService Assignments { get; }
    public ReclassificationJob Job { get; }
    public TopicAdminService Admin_ { get; }
    public TopicReadService Reader { get; }

    public static FakeTimeProvider Clock() => new(new DateTimeOffset(2025, 8, 13, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Creates a topic with one rule (any of <paramref name="terms"/>) and waits for re-classification.</summary>
    public async Task<TopicDraft> CreateTopicAsync(string slug, params string[] terms)
    {
        var created = await Admin_.CreateAsync(slug, slug + " (en)", slug + " (he)", Admin);
        Assert.True(created.Succeeded, string.Join("; ", created.Problems));
        var draft = (await Admin_.LoadDraftAsync(slug))!;
        draft.Rules.Add(new RuleDraft { Name = "Main", AnyOf = [.. terms] });
        var saved = await Admin_.SaveAsync(draft, Admin);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Problems));
        await Job.Completion;
        return (await Admin_.LoadDraftAsync(slug))!;
    }

    /// <summary>Stores an article as ingestion would, and classifies it with the stored rules.</summary>
    public async Task<int> AddArticleAsync(string title, string text, string language = "en", DateTime? published = null)
    {
        await using var db = Database.CreateDbContext();
        var when = published ?? new DateTime(2025, 8, 12, 8, 0, 0, DateTimeKind.Utc);
        var article = new Article
        {
            Title = title, Text = text, Language = language, ContentHash = Guid.NewGuid().ToString("N"), PublishedAt = when,
            PublishedDate = DateOnly.FromDateTime(when), ImportedAt = when, SourceName = "Test", SearchText = ArticleSearch.Fold(title + " " + text),
        };
        Assignments.Apply(db, article, [], await Assignments.CompiledAsync());
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article.Id;
    }

    public async Task<ArticleTopic?> RowAsync(int articleId, string slug)
    {
        await using var db = Database.CreateDbContext();
        return await db.ArticleTopics.AsNoTracking().SingleOrDefaultAsync(at => at.ArticleId == articleId && at.Topic!.Slug == slug);
    }
}
