// Service calls here are short; passing the test token to each one would only add noise.
#pragma warning disable xUnit1051

using Briefing.Web.Tests.Infrastructure;

namespace Briefing.Web.Tests.Topics;

public sealed class ReclassificationJobTests : IAsyncLifetime
{
    private SqliteTestDatabase database = default!;
    private TopicServices services = default!;

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync();
        services = new TopicServices(database, TopicServices.Clock());
    }

    public async ValueTask DisposeAsync()
    {
        await services.Job.Completion;
        await database.DisposeAsync();
    }

    [Fact]
    public async Task One_run_at_a_time_a_start_during_a_run_queues_one_more_and_progress_reaches_the_total()
    {
        for (var i = 0; i < 30; i++)
            await services.AddArticleAsync($"Tehran talks {i}", "Iran's foreign minister spoke in Tehran about the nuclear programme and IAEA inspectors.");
        // Each pass over the articles first reports (0 of total).
        var passes = 0;
        services.Job.Changed += () =>
        {
            if (services.Job is { IsRunning: true, Done: 0, Total: > 0 }) passes++;
        };

        var first = services.Job.Start();
        var second = services.Job.Start();
        Assert.Same(first, second);
        await first;

        Assert.False(services.Job.IsRunning);
        Assert.Equal(30, services.Job.Done);
        Assert.Equal(30, services.Job.Total);
        Assert.Null(services.Job.LastError);
        Assert.Equal(2, passes);
        Assert.NotNull(services.Job.LastFinishedAt);
    }

    [Fact]
    public async Task Cancelling_stops_the_run_and_says_so()
    {
        var article = await services.AddArticleAsync("Tehran talks", "Iran's foreign minister spoke in Tehran about the nuclear programme.");
        await using (var db = database.CreateDbContext())
        {
            db.ArticleTopics.RemoveRange(db.ArticleTopics);
            await db.SaveChangesAsync();
        }
        services.Job.Changed += () =>
        {
            if (services.Job is { IsRunning: true, Done: 0, Total: > 0 }) services.Job.Cancel();
        };
        await services.Job.Start();

        Assert.False(services.Job.IsRunning);
        Assert.True(services.Job.LastWasCancelled);
        Assert.Null(services.Job.LastError);
        Assert.Equal(0, services.Job.Done);
        Assert.Null(await services.RowAsync(article, "iran"));
    }
}
