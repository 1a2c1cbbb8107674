using System.Text.Json;
using Briefing.Web.Features.Ingestion;
using Briefing.Web.Features.Processing;
using Briefing.Web.Features.Topics;
using Briefing.Web.Infrastructure;
using Briefing.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Web.Tests.Ingestion;

public class IngestionServiceTests : IAsyncLifetime
{
    private SqliteTestDatabase database = default!;
    private IngestionService ingestion = default!;
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 11, 24, 10, 0, 0, TimeSpan.Zero));

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync();
        ingestion = new IngestionService(database, new ArticleAnalysis(new TopicAssignmentService(database, clock), new Briefing.Web.Features.Events.EventExtractionService(database, clock), database),
            new StoryIndex(database), clock, Options.Create(new BriefingOptions()));
    }

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    private async Task<List<ImportResult>> ImportCorpusAsync()
    {
        var results = new List<ImportResult>();
        var items = new List<IngestionService.Pending>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Fixture("corpus")).Where(f => f.EndsWith(".txt") || f.EndsWith(".html") || f.EndsWith(".xml")).Order())
        {
            var (parsed, failure) = ingestion.Parse(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken), file, null, new ImportOptions());
            Assert.Null(failure);
            items.AddRange(parsed);
        }
        results.AddRange(await ingestion.StoreAsync(items, TestContext.Current.CancellationToken));
        return results;
    }

    [Fact]
    public async Task The_corpus_is_stored_with_labelled_dates_and_the_exact_repost_reported_as_duplicate()
    {
        var results = await ImportCorpusAsync();
        var labels = JsonDocument.Parse(await File.ReadAllTextAsync(RepoPaths.Fixture("corpus", "labels.json"), TestContext.Current.CancellationToken)).RootElement;
        await using var db = database.CreateDbContext();
        var articles = await db.Articles.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);

        foreach (var label in labels.EnumerateArray())
        {
            var name = label.GetProperty("file").GetString()!;
            var (file, item) = name.Contains('#') ? (name.Split('#')[0], "#" + name.Split('#')[1]) : (name, null);
            var result = results.Single(r => Path.GetFileName(r.File) == file && r.Item == item);
            if (label.GetProperty("duplicate_of").GetString() is { } original)
            {
                Assert.Equal(ImportStatus.Duplicate, result.Status);
                Assert.Equal(articles.Single(a => a.FileName == original).Id, result.DuplicateOf);
                continue;
            }
            Assert.Equal(ImportStatus.Imported, result.Status);
            var article = articles.Single(a => a.Id == result.ArticleId);
            Assert.Equal(label.GetProperty("language").GetString(), article.Language);
            if (label.GetProperty("published").GetString() is { } published)
            {
                Assert.Equal(published, article.PublishedDate.ToString("yyyy-MM-dd"));
                Assert.False(article.PublishedIsEstimated, name);
            }
            else
            {
                // No date anywhere: the import date stands in and the article is flagged for a person to set.
                Assert.True(article.PublishedIsEstimated, name);
                Assert.Equal(new DateOnly(2025, 11, 24), article.PublishedDate);
            }
            Assert.NotNull(article.Raw ?? await db.ArticleRaws.FindAsync([article.Id], TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task Re_running_the_same_import_stores_nothing_twice()
    {
        var first = await ImportCorpusAsync();
        int count;
        await using (var db = database.CreateDbContext())
            count = await db.Articles.CountAsync(TestContext.Current.CancellationToken);
        var second = await ImportCorpusAsync();
        await using var check = database.CreateDbContext();
        Assert.Equal(count, await check.Articles.CountAsync(TestContext.Current.CancellationToken));
        Assert.All(second, r => Assert.Equal(ImportStatus.Duplicate, r.Status));
        Assert.Equal(first.Count(r => r.Status == ImportStatus.Imported), count);
    }

    [Fact]
    public async Task The_same_story_from_other_sources_and_in_hebrew_joins_one_cluster()
    {
        await ImportCorpusAsync();
        await using var db = database.CreateDbContext();
        var byFile = await db.Articles.AsNoTracking().Where(a => a.FileName != null).ToDictionaryAsync(a => a.FileName! + a.ItemLabel, TestContext.Current.CancellationToken);
        int Story(string file) => byFile[file].StoryId ?? byFile[file].Id;
        Assert.Equal(Story("en02.html"), Story("en03.txt"));
        Assert.Equal(Story("en02.html"), Story("he05.txt"));
        Assert.NotEqual(Story("en02.html"), Story("en01.html"));
        Assert.NotEqual(Story("he10.html"), Story("he12.txt"));
    }

    [Fact]
    public async Task Articles_are_classified_on_import()
    {
        var results = await ImportCorpusAsync();
        await using var db = database.CreateDbContext();
        var en01 = await db.Articles.Include(a => a.Topics).ThenInclude(t => t.Topic).SingleAsync(a => a.FileName == "en01.html", TestContext.Current.CancellationToken);
        Assert.Contains(en01.Topics, t => t.Topic!.Slug == "iran");
        var evidence = TopicAssignmentService.DeserializeEvidence(en01.Topics.Single(t => t.Topic!.Slug == "iran").EvidenceJson);
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.NotEmpty(e.Term));
        var distractor = await db.Articles.Include(a => a.Topics).SingleAsync(a => a.FileName == "he10.html", TestContext.Current.CancellationToken);
        Assert.Empty(distractor.Topics);
        Assert.NotEmpty(results);
    }

    [Fact]
    public async Task A_bad_file_in_a_batch_fails_alone_with_a_reason()
    {
        var (items, failure) = ingestion.Parse([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0], "photo.png", "image/png", new ImportOptions(), TestContext.Current.CancellationToken);
        Assert.Empty(items);
        Assert.Equal(415, failure!.ErrorStatus);
        Assert.False(string.IsNullOrWhiteSpace(failure.Error));
        var results = await ingestion.ImportPastedAsync("The Atlantic Council urged Washington to deepen ties with Baku. It said so in a report.", "Think tank urges ties", new ImportOptions(Published: new DateOnly(2025, 3, 1)), TestContext.Current.CancellationToken);
        Assert.Equal(ImportStatus.Imported, Assert.Single(results).Status);
        await using var db = database.CreateDbContext();
        var article = await db.Articles.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal("Think tank urges ties", article.Title);
        Assert.Equal(new DateOnly(2025, 3, 1), article.PublishedDate);
        Assert.False(article.PublishedIsEstimated);
    }

    [Fact]
    public async Task Imported_corpus_gets_every_required_topic_and_nothing_outside_required_or_optional()
    {
        var results = await ImportCorpusAsync();
        var labels = JsonDocument.Parse(await File.ReadAllTextAsync(RepoPaths.Fixture("corpus", "labels.json"), TestContext.Current.CancellationToken)).RootElement;
        await using var db = database.CreateDbContext();
        var assigned = await db.ArticleTopics.Where(at => !at.IsExcluded).Select(at => new { at.ArticleId, at.Topic!.Slug })
            .ToListAsync(TestContext.Current.CancellationToken);
        var problems = new List<string>();
        foreach (var label in labels.EnumerateArray().Where(l => l.GetProperty("duplicate_of").ValueKind == JsonValueKind.Null))
        {
            var name = label.GetProperty("file").GetString()!;
            var (file, item) = name.Contains('#') ? (name.Split('#')[0], "#" + name.Split('#')[1]) : (name, null);
            var id = results.Single(r => Path.GetFileName(r.File) == file && r.Item == item).ArticleId;
            var got = assigned.Where(a => a.ArticleId == id).Select(a => a.Slug).ToHashSet();
            var must = label.GetProperty("topics").EnumerateArray().Select(t => t.GetString()!).ToList();
            var optional = label.GetProperty("topics_optional").EnumerateArray().Select(t => t.GetString()!).ToList();
            problems.AddRange(must.Where(t => !got.Contains(t)).Select(t => $"{name}: missing {t}"));
            problems.AddRange(got.Where(t => !must.Contains(t) && !optional.Contains(t)).Select(t => $"{name}: unexpected {t}"));
        }
        Assert.Empty(problems);
    }
}
