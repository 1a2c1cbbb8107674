using Briefing.Web.Features.Events;
using Briefing.Web.Features.Ingestion;
using Briefing.Web.Features.Processing;
using Briefing.Web.Features.Timelines;
using Briefing.Web.Features.Topics;
using Briefing.Web.Infrastructure;
using Briefing.Web.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Web.Tests.Events;

/// <summary>A real SQLite database with the dev corpus and the canonical seed article imported through the pipeline.</summary>
public sealed class EventsTestBed : IAsyncDisposable
{
    public SqliteTestDatabase Database { get; private init; } = default!;
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 11, 24, 10, 0, 0, TimeSpan.Zero));
    public IngestionService Ingestion { get; private set; } = default!;
    public ArticleAnalysis Analysis { get; private set; } = default!;
    public EventExtractionService Extraction { get; private set; } = default!;
    public TopicAssignmentService Topics { get; private set; } = default!;
    public TimelineService Timelines { get; private set; } = default!;
    public EventReviewService Review { get; private set; } = default!;
    public ActorAdminService Actors { get; private set; } = default!;
    public int SeedArticleId { get; private set; }
    public Dictionary<string, int> ArticleIds { get; } = [];

    public static async Task<EventsTestBed> CreateAsync(bool withArticles = true, SqliteTestDatabase? database = null)
    {
        var bed = new EventsTestBed { Database = database ?? await SqliteTestDatabase.CreateAsync() };
        bed.Topics = new TopicAssignmentService(bed.Database, bed.Clock);
        bed.Extraction = new EventExtractionService(bed.Database, bed.Clock);
        bed.Analysis = new ArticleAnalysis(bed.Topics, bed.Extraction, bed.Database);
        bed.Ingestion = new IngestionService(bed.Database, bed.Analysis, new StoryIndex(bed.Database), bed.Clock, Options.Create(new BriefingOptions()));
        bed.Timelines = new TimelineService(bed.Database);
        bed.Review = new EventReviewService(bed.Database, bed.Clock);
        bed.Actors = new ActorAdminService(bed.Database, bed.Clock, bed.Extraction, bed.Topics);
        if (withArticles)
            await bed.ImportAsync();
        return bed;
    }

    private async Task ImportAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var items = new List<IngestionService.Pending>();
        var files = Directory.EnumerateFiles(RepoPaths.Fixture("corpus")).Where(f => f.EndsWith(".txt") || f.EndsWith(".html") || f.EndsWith(".xml")).Order().ToList();
        foreach (var file in files.Append(SeedPath))
        {
            var (parsed, failure) = Ingestion.Parse(await File.ReadAllBytesAsync(file, ct), file, null, new ImportOptions(), ct);
            Assert.Null(failure);
            items.AddRange(parsed);
        }
        foreach (var result in await Ingestion.StoreAsync(items, ct))
            if (result is { Status: ImportStatus.Imported, ArticleId: { } id } && result.Item is null)
                ArticleIds[Path.GetFileName(result.File!)] = id;
        SeedArticleId = ArticleIds[Path.GetFileName(SeedPath)];
    }

    public async Task<List<TimelineEvent>> TimelineAsync(string? topic = null, IReadOnlyCollection<Briefing.Web.Data.Entities.EventStatus>? statuses = null) =>
        [.. (await Timelines.QueryAsync(new TimelineFilter(topic, Statuses: statuses), TestContext.Current.CancellationToken))!.Items];

    /// <summary>
    /// The canonical seed article, beside the repository in shared/seeds (a git worktree sits deeper, so the nearest
    /// ancestor holding shared/seeds).
    /// </summary>
    public static string SeedPath
    {
        get
        {
            for (var dir = new DirectoryInfo(RepoPaths.Root).Parent; dir is not null; dir = dir.Parent)
            {
                var path = Path.Combine(dir.FullName, "shared", "seeds", "000_7678fdd83c2c5ead.txt");
                if (File.Exists(path))
                    return path;
            }
            throw new FileNotFoundException("shared/seeds/000_7678fdd83c2c5ead.txt not found above the repository root");
        }
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
