using Briefing.Web.Data.Entities;
using Briefing.Web.Features.Events;
using Briefing.Web.Features.Ingestion;
using Briefing.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Tests.Events;

/// <summary>
/// A report of an event stored by an earlier batch must become another source of it, exactly as when both reports
/// arrive in one batch: stored events are matched as plain rows and only a matched one is attached for the update.
/// </summary>
public sealed class EventFilingAcrossBatchesTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)] // a bulk import keeps its candidates from batch to batch
    public async Task Importing_file_by_file_files_the_same_events_as_one_batch(bool keepCandidates)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var oneBatch = await EventsTestBed.CreateAsync();
        await using var fileByFile = await EventsTestBed.CreateAsync(withArticles: false);
        var files = Directory.EnumerateFiles(RepoPaths.Fixture("corpus")).Where(f => f.EndsWith(".txt") || f.EndsWith(".html") || f.EndsWith(".xml"))
            .Order().Append(EventsTestBed.SeedPath).ToList();
        var versionsAfterFirst = new Dictionary<int, Guid>();
        EventCandidateCache? candidates = null;
        if (keepCandidates)
            await using (var db = fileByFile.Database.CreateDbContext())
                candidates = Assert.IsType<EventCandidateCache>(await EventCandidateCache.ForImportAsync(db, ct));
        foreach (var file in files)
        {
            var (items, failure) = fileByFile.Ingestion.Parse(await File.ReadAllBytesAsync(file, ct), file, null, new ImportOptions(), ct);
            Assert.Null(failure);
            await fileByFile.Ingestion.StoreAsync(items, candidates, ct);
            if (versionsAfterFirst.Count == 0)
                await using (var db = fileByFile.Database.CreateDbContext())
                    foreach (var e in await db.Events.ToListAsync(ct))
                        versionsAfterFirst[e.Id] = e.Version;
        }

        // Nobody else wrote events: every batch after the first began with the kept candidates.
        if (candidates is not null)
            Assert.Equal(files.Count - 1, candidates.BatchesServed);
        var expected = await EventShapesAsync(oneBatch, ct);
        var actual = await EventShapesAsync(fileByFile, ct);
        Assert.True(expected.Count > 20);
        Assert.Equal(expected, actual);
        // Several events gained sources from later files: those were updated (new version, later UpdatedAt).
        Assert.Contains(actual, e => e.Contains("sources=en02.html,en03.txt,he05.txt"));
        await using (var db = fileByFile.Database.CreateDbContext())
        {
            var laterSourced = await db.Events.Where(e => versionsAfterFirst.Keys.Contains(e.Id) && e.Sources.Count > 1).ToListAsync(ct);
            Assert.All(laterSourced, e => Assert.NotEqual(versionsAfterFirst[e.Id], e.Version));
            // Topic rows of an event are not repeated when a later source shares the topic.
            Assert.False(await db.EventTopics.GroupBy(t => new { t.EventId, t.TopicId }).AnyAsync(g => g.Count() > 1, ct));
        }
    }

    [Fact]
    public async Task Kept_candidates_are_dropped_when_someone_else_writes_events_between_batches()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await EventsTestBed.CreateAsync(withArticles: false);
        EventCandidateCache candidates;
        await using (var db = bed.Database.CreateDbContext())
            candidates = Assert.IsType<EventCandidateCache>(await EventCandidateCache.ForImportAsync(db, ct));
        async Task<ImportResult> ImportAsync(string name)
        {
            var (items, _) = bed.Ingestion.Parse(await File.ReadAllBytesAsync(RepoPaths.Fixture("corpus", name), ct), name, null, new ImportOptions(), ct);
            return Assert.Single(await bed.Ingestion.StoreAsync(items, candidates, ct));
        }
        Assert.Equal(ImportStatus.Imported, (await ImportAsync("en02.html")).Status);
        // An editor changes every event meanwhile: each gets a new version, so the kept rows are stale.
        await using (var db = bed.Database.CreateDbContext())
        {
            foreach (var e in await db.Events.ToListAsync(ct))
                e.Summary += " (edited)";
            await db.SaveChangesAsync(ct);
        }

        // Filed against the stale versions, the update of the shared event would be refused as a concurrent edit.
        var later = await ImportAsync("en03.txt");
        Assert.Equal(ImportStatus.Imported, later.Status);
        await using (var db = bed.Database.CreateDbContext())
            Assert.True(await db.Events.AnyAsync(e => e.Summary.EndsWith(" (edited)") && e.Sources.Any(s => s.ArticleId == later.ArticleId), ct));
    }

    [Fact]
    public async Task Candidates_are_not_kept_when_a_counting_trigger_is_missing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await EventsTestBed.CreateAsync(withArticles: false);
        await using var db = bed.Database.CreateDbContext();
        Assert.NotNull(await EventCandidateCache.ForImportAsync(db, ct));
        // As after a migration that rebuilds the table: SQLite drops its triggers with it.
        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER EventTopics_count_delete", ct);
        Assert.Null(await EventCandidateCache.ForImportAsync(db, ct));
    }

    /// <summary>Each event as text: type, date, actors, topics and the files of its sources.</summary>
    private static async Task<List<string>> EventShapesAsync(EventsTestBed bed, CancellationToken ct)
    {
        await using var db = bed.Database.CreateDbContext();
        var fileOf = await db.Articles.ToDictionaryAsync(a => a.Id, a => a.FileName ?? "", ct);
        var events = await db.Events.Include(e => e.Actors).ThenInclude(a => a.Actor).Include(e => e.Sources).Include(e => e.Topics)
            .ThenInclude(t => t.Topic).AsSplitQuery().ToListAsync(ct);
        return [.. events.Select(e =>
            $"{e.Type} {e.Year}-{e.Month}-{e.Day} {e.Precision} actors={string.Join(",", e.Actors.Select(a => a.Actor!.Key + "/" + a.Role).Order())} " +
            $"topics={string.Join(",", e.Topics.Select(t => t.Topic!.Slug).Order())} " +
            $"sources={string.Join(",", e.Sources.Select(s => fileOf[s.ArticleId]).Distinct().Order())}").Order()];
    }
}
