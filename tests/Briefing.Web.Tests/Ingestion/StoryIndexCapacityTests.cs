using Briefing.Analysis.Ingestion;
using Briefing.Web.Features.Ingestion;
using Briefing.Web.Tests.Infrastructure;

namespace Briefing.Web.Tests.Ingestion;

public class StoryIndexCapacityTests : IAsyncLifetime
{
    private SqliteTestDatabase database = default!;

    public async ValueTask InitializeAsync() => database = await SqliteTestDatabase.CreateAsync();

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    private static StorySignature Signature(int story, DateOnly date) => StorySignature.Compute(new ParsedArticle
    {
        Title = FeedXml.Items[story].Title,
        Text = FeedXml.Items[story].Body,
        Language = "en",
        Published = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
    });

    [Fact]
    public async Task Over_capacity_the_oldest_publication_date_leaves_and_the_rest_are_still_found()
    {
        var index = new StoryIndex(database) { Capacity = 2 };
        await index.EnsureLoadedAsync(TestContext.Current.CancellationToken);
        var day = new DateOnly(2025, 11, 20);
        var (a, b, c) = (Signature(0, day), Signature(1, day.AddDays(1)), Signature(2, day.AddDays(2)));

        index.Add(11, 11, b, day.AddDays(1));
        index.Add(10, 10, a, day);
        Assert.Equal(10, index.FindStory(a, day));
        index.Add(12, 12, c, day.AddDays(2));

        Assert.Equal(2, index.Count);
        Assert.Null(index.FindStory(a, day));
        Assert.Equal(11, index.FindStory(b, day.AddDays(1)));
        Assert.Equal(12, index.FindStory(c, day.AddDays(2)));
    }

    [Fact]
    public async Task Over_its_memory_budget_the_index_lets_the_oldest_go_whatever_the_count()
    {
        var day = new DateOnly(2025, 11, 20);
        var (a, b, c) = (Signature(0, day), Signature(1, day.AddDays(1)), Signature(2, day.AddDays(2)));
        // A budget that holds two of these signatures but not three.
        var probe = new StoryIndex(database);
        await probe.EnsureLoadedAsync(TestContext.Current.CancellationToken);
        probe.Add(1, 1, b, day);
        probe.Add(2, 2, c, day);
        var index = new StoryIndex(database) { MaxBytes = probe.HeldBytes + 1 };
        await index.EnsureLoadedAsync(TestContext.Current.CancellationToken);

        index.Add(10, 10, a, day);
        index.Add(11, 11, b, day.AddDays(1));
        index.Add(12, 12, c, day.AddDays(2));

        Assert.Equal(2, index.Count);
        Assert.True(index.HeldBytes <= index.MaxBytes);
        Assert.Null(index.FindStory(a, day));
        Assert.Equal(12, index.FindStory(c, day.AddDays(2)));
    }
}
