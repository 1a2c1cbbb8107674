using Briefing.Web.Data;
using Briefing.Web.Features.Ingestion;
using Briefing.Web.Features.Ingestion.Feeds;
using Briefing.Web.Features.Processing;
using Briefing.Web.Features.Topics;
using Briefing.Web.Infrastructure;
using Briefing.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Web.Tests.Ingestion;

/// <summary>Subscriptions polled against a real HTTP server on 127.0.0.1, stored in real SQLite.</summary>
public class FeedPollingTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 11, 24, 10, 0, 0, TimeSpan.Zero));
    private SqliteTestDatabase database = default!;
    private LocalFeedServer server = default!;
    private ServiceProvider services = default!;
    private FeedSubscriptionService feeds = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly Briefing.Web.Features.Audit.CurrentUser Editor = new("u-7", "dana@example.org");

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync();
        server = await LocalFeedServer.StartAsync();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<IDbContextFactory<BriefingDbContext>>(database);
        collection.AddSingleton<TimeProvider>(clock);
        collection.AddSingleton(Options.Create(new BriefingOptions { Import = { MaxFileBytes = 64 * 1024 } }));
        collection.AddSingleton(Options.Create(new FeedSettings { TimeoutSeconds = 1, AllowPrivateAddresses = true }));
        FeedFetcher.AddHttpClient(collection);
        collection.AddSingleton<FeedFetcher>();
        collection.AddSingleton<TopicAssignmentService>();
        collection.AddSingleton<Briefing.Web.Features.Events.EventExtractionService>();
        collection.AddSingleton<ArticleAnalysis>();
        collection.AddSingleton<StoryIndex>();
        collection.AddSingleton<IngestionService>();
        collection.AddSingleton<FeedSubscriptionService>();
        services = collection.BuildServiceProvider();
        feeds = services.GetRequiredService<FeedSubscriptionService>();
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await server.DisposeAsync();
        await database.DisposeAsync();
    }

    private async Task<FeedView> SubscribeAsync(string path = "/feed", int interval = 30)
    {
        var (feed, error) = await feeds.AddAsync(server.BaseUrl + path, "Example News", interval, Editor, Ct);
        Assert.Equal(FeedInputError.None, error);
        return feed!;
    }

    private async Task<int> ArticleCountAsync()
    {
        await using var db = database.CreateDbContext();
        return await db.Articles.CountAsync(Ct);
    }

    [Fact]
    public async Task First_poll_imports_the_items_and_a_second_poll_with_the_etag_gets_304_and_imports_nothing()
    {
        server.Handler = LocalFeedServer.Feed(() => (FeedXml.Rss(2), "\"v1\""));
        var feed = await SubscribeAsync();

        var first = await feeds.PollAsync(feed.Id, Ct);
        Assert.Equal(new FeedPollResult(FeedPollKind.Imported, New: 2), first);
        await using (var db = database.CreateDbContext())
        {
            var articles = await db.Articles.AsNoTracking().OrderBy(a => a.Id).ToListAsync(Ct);
            Assert.Equal([FeedXml.Items[0].Title, FeedXml.Items[1].Title], articles.Select(a => a.Title));
            Assert.All(articles, a => Assert.Equal(feed.Id, a.SourceId));
            Assert.All(articles, a => Assert.Equal("Example News", a.SourceName));
            Assert.Equal(new DateOnly(2025, 11, 20), articles[0].PublishedDate);
        }

        clock.Advance(TimeSpan.FromMinutes(31));
        var second = await feeds.PollAsync(feed.Id, Ct);
        Assert.Equal(FeedPollKind.NotModified, second!.Kind);
        Assert.Equal(2, await ArticleCountAsync());
        Assert.Equal([null, "\"v1\""], server.Requests.Select(r => r.IfNoneMatch));
        Assert.Equal("Mon, 24 Nov 2025 08:00:00 GMT", server.Requests[1].IfModifiedSince);

        var shown = await feeds.GetAsync(feed.Id, Ct);
        Assert.Equal(FeedPollKind.NotModified, shown!.LastResult!.Kind);
        Assert.Equal(clock.GetUtcNow().UtcDateTime, shown.LastPolledAt);
        Assert.Equal(clock.GetUtcNow().UtcDateTime.AddMinutes(30), shown.NextPollAt);
        Assert.Equal(0, shown.ConsecutiveErrors);
    }

    [Fact]
    public async Task A_feed_that_gains_an_item_imports_only_the_new_item()
    {
        var version = 2;
        server.Handler = LocalFeedServer.Feed(() => (FeedXml.Rss(version), $"\"v{version}\""));
        var feed = await SubscribeAsync();
        await feeds.PollAsync(feed.Id, Ct);

        version = 3;
        var result = await feeds.PollAsync(feed.Id, Ct);

        Assert.Equal(new FeedPollResult(FeedPollKind.Imported, New: 1, Duplicate: 2), result);
        await using var db = database.CreateDbContext();
        Assert.Equal(3, await db.Articles.CountAsync(Ct));
        Assert.Single(await db.Articles.Where(a => a.Title == FeedXml.Items[2].Title).ToListAsync(Ct));
        Assert.Equal("\"v3\"", (await db.Sources.SingleAsync(s => s.Id == feed.Id, Ct)).ETag);
    }

    [Fact]
    public async Task A_server_slower_than_the_timeout_records_an_error_and_backs_off_doubling()
    {
        server.Handler = async context =>
        {
            try { await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted); }
            catch (OperationCanceledException) { }
        };
        var feed = await SubscribeAsync(interval: 30);

        var result = await feeds.PollAsync(feed.Id, Ct);
        Assert.Equal(FeedPollKind.Error, result!.Kind);
        Assert.Equal(FeedErrorKind.Timeout, result.ErrorKind);
        Assert.Contains("within 1 s", result.Error);
        var shown = await feeds.GetAsync(feed.Id, Ct);
        Assert.Equal(1, shown!.ConsecutiveErrors);
        Assert.Equal(clock.GetUtcNow().UtcDateTime.AddMinutes(60), shown.NextPollAt);
        Assert.Equal(result, shown.LastResult); // kind and detail survive storage

        await feeds.PollAsync(feed.Id, Ct);
        shown = await feeds.GetAsync(feed.Id, Ct);
        Assert.Equal(2, shown!.ConsecutiveErrors);
        Assert.Equal(clock.GetUtcNow().UtcDateTime.AddMinutes(120), shown.NextPollAt);
        Assert.Equal(0, await ArticleCountAsync());

        // Once the server answers again the errors are forgotten and the normal interval returns.
        server.Handler = LocalFeedServer.Feed(() => (FeedXml.Rss(1), "\"ok\""));
        await feeds.PollAsync(feed.Id, Ct);
        shown = await feeds.GetAsync(feed.Id, Ct);
        Assert.Equal(0, shown!.ConsecutiveErrors);
        Assert.Equal(clock.GetUtcNow().UtcDateTime.AddMinutes(30), shown.NextPollAt);
    }

    [Fact]
    public void Back_off_doubles_per_error_and_stops_at_a_day()
    {
        Assert.Equal(TimeSpan.FromMinutes(60), FeedSettings.NextDelay(60, 0));
        Assert.Equal(TimeSpan.FromMinutes(240), FeedSettings.NextDelay(60, 2));
        Assert.Equal(TimeSpan.FromHours(24), FeedSettings.NextDelay(60, 6));
        Assert.Equal(TimeSpan.FromHours(24), FeedSettings.NextDelay(60, 500));
    }

    [Theory]
    [InlineData("malformed", "not well-formed")]
    [InlineData("xxe", "DTD")]
    [InlineData("html", "not an RSS or Atom feed")]
    public async Task A_broken_feed_records_a_clear_error_and_stores_nothing(string kind, string expected)
    {
        var body = kind switch
        {
            "malformed" => FeedXml.Rss(2).Replace("</channel>", "", StringComparison.Ordinal),
            "xxe" => FeedXml.Xxe,
            _ => "<!doctype html><html><head><title>Example News</title></head><body><article><h1>Not a feed</h1><p>"
                + string.Concat(Enumerable.Repeat(FeedXml.Items[0].Body + " ", 3)) + "</p></article></body></html>",
        };
        server.Handler = async context =>
        {
            context.Response.Headers.ETag = "\"broken\"";
            context.Response.ContentType = kind == "html" ? "text/html" : "application/rss+xml";
            await context.Response.WriteAsync(body);
        };
        var feed = await SubscribeAsync();

        var result = await feeds.PollAsync(feed.Id, Ct);

        Assert.Equal(FeedPollKind.Error, result!.Kind);
        Assert.Equal(FeedErrorKind.NotAFeed, result.ErrorKind);
        Assert.Contains(expected, result.Error);
        Assert.Equal(0, await ArticleCountAsync());
        await using var db = database.CreateDbContext();
        var source = await db.Sources.SingleAsync(s => s.Id == feed.Id, Ct);
        Assert.Null(source.ETag); // the broken answer's validator would turn the next poll into a 304
        Assert.Equal(1, source.ConsecutiveErrors);
        Assert.StartsWith("error[NotAFeed]: ", source.LastResult);
    }

    [Fact]
    public async Task Redirects_are_followed_to_http_but_never_to_another_scheme()
    {
        server.Handler = async context =>
        {
            switch (context.Request.Path.Value)
            {
                case "/moved": context.Response.Redirect("/feed"); break;
                case "/to-file": context.Response.Redirect("file:///etc/passwd"); break;
                default: await LocalFeedServer.Feed(() => (FeedXml.Rss(1), "\"r\""))(context); break;
            }
        };
        var moved = await SubscribeAsync("/moved");
        var toFile = await SubscribeAsync("/to-file");

        Assert.Equal(new FeedPollResult(FeedPollKind.Imported, New: 1), await feeds.PollAsync(moved.Id, Ct));
        var refused = await feeds.PollAsync(toFile.Id, Ct);
        Assert.Equal(FeedPollKind.Error, refused!.Kind);
        Assert.Equal(FeedErrorKind.Redirect, refused.ErrorKind);
        Assert.Contains("only http and https", refused.Error);
    }

    [Fact]
    public async Task A_body_over_the_file_limit_is_cut_off_while_streaming()
    {
        server.Handler = async context =>
        {
            // No Content-Length: the cap has to hold while reading.
            context.Response.ContentType = "application/rss+xml";
            for (var i = 0; i < 200; i++)
                await context.Response.WriteAsync(new string(' ', 1024) + "\n");
        };
        var feed = await SubscribeAsync();
        var result = await feeds.PollAsync(feed.Id, Ct);
        Assert.Equal(FeedPollKind.Error, result!.Kind);
        Assert.Equal(FeedErrorKind.TooLarge, result.ErrorKind);
        Assert.Contains("larger than the limit", result.Error);
    }

    [Theory]
    [InlineData("error[Timeout]: No complete answer within 20 s.", FeedErrorKind.Timeout, "No complete answer within 20 s.")]
    [InlineData("error: The server answered 500.", FeedErrorKind.Other, "The server answered 500.")] // stored before kinds
    [InlineData("error[Gremlins]: odd", FeedErrorKind.Other, "odd")]
    [InlineData("error[Refused]: a: b]: c", FeedErrorKind.Refused, "a: b]: c")]
    public void Stored_errors_read_back_with_their_kind(string stored, FeedErrorKind kind, string detail)
    {
        var result = FeedPollResult.Parse(stored)!;
        Assert.Equal((FeedPollKind.Error, kind, detail), (result.Kind, result.ErrorKind, result.Error));
        if (kind != FeedErrorKind.Other)
            Assert.Equal(stored, result.ToStored());
    }

    [Fact]
    public async Task Only_enabled_feeds_that_are_due_are_polled()
    {
        server.Handler = LocalFeedServer.Feed(() => (FeedXml.Rss(1), "\"d\""));
        var due = await SubscribeAsync("/due");
        var disabled = await SubscribeAsync("/disabled");
        Assert.Equal(FeedInputError.None, await feeds.SetEnabledAsync(disabled.Id, false, Editor, Ct));

        Assert.Equal(1, await feeds.PollDueAsync(Ct));
        Assert.Equal(["/due"], server.Requests.Select(r => r.Path));
        // Polled just now: not due again until its interval has passed.
        Assert.Equal(0, await feeds.PollDueAsync(Ct));
        clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(1, await feeds.PollDueAsync(Ct));
        Assert.NotNull((await feeds.GetAsync(due.Id, Ct))!.LastPolledAt);
        Assert.Null((await feeds.GetAsync(disabled.Id, Ct))!.LastPolledAt);
    }

    [Theory]
    [InlineData("ftp://news.example/feed", 30, FeedInputError.InvalidUrl)]
    [InlineData("javascript:alert(1)", 30, FeedInputError.InvalidUrl)]
    [InlineData("news.example/feed", 30, FeedInputError.InvalidUrl)]
    [InlineData("https://news.example/feed", 4, FeedInputError.IntervalOutOfRange)]
    public async Task Subscriptions_need_an_http_address_and_an_interval_of_at_least_five_minutes(string url, int interval, FeedInputError expected)
    {
        var (feed, error) = await feeds.AddAsync(url, "x", interval, Editor, Ct);
        Assert.Null(feed);
        Assert.Equal(expected, error);
    }

    [Fact]
    public async Task Deleting_a_subscription_keeps_its_articles()
    {
        server.Handler = LocalFeedServer.Feed(() => (FeedXml.Rss(2), "\"k\""));
        var feed = await SubscribeAsync();
        await feeds.PollAsync(feed.Id, Ct);
        Assert.Equal(FeedInputError.AlreadySubscribed, (await feeds.AddAsync(feed.Url, "again", 30, Editor, Ct)).Error);

        Assert.Equal(FeedInputError.None, await feeds.DeleteAsync(feed.Id, Editor, Ct));

        Assert.Empty(await feeds.ListAsync(Ct));
        await using var db = database.CreateDbContext();
        Assert.Equal(2, await db.Articles.CountAsync(a => a.SourceId == null, Ct));
    }

    [Fact]
    public async Task Subscribing_changing_and_unsubscribing_are_each_audited_with_who_and_before_and_after()
    {
        server.Handler = LocalFeedServer.Feed(() => (FeedXml.Rss(1), "\"v1\""));
        var feed = await SubscribeAsync(interval: 30);
        Assert.Equal(FeedInputError.None, await feeds.SetIntervalAsync(feed.Id, 60, Editor, Ct));
        Assert.Equal(FeedInputError.None, await feeds.SetEnabledAsync(feed.Id, false, Editor, Ct));
        Assert.Equal(FeedInputError.None, await feeds.DeleteAsync(feed.Id, Editor, Ct));
        Assert.Equal(FeedInputError.NotFound, await feeds.SetEnabledAsync(feed.Id, true, Editor, Ct));

        await using var db = database.CreateDbContext();
        var rows = await db.AuditEntries.AsNoTracking().Where(e => e.Entity == "Feed").OrderBy(e => e.Id).ToListAsync(Ct);
        Assert.Equal(["feed.subscribe", "feed.interval", "feed.disable", "feed.unsubscribe"], rows.Select(r => r.Action));
        Assert.All(rows, r => Assert.Equal((feed.Id.ToString(), "u-7", "dana@example.org"), (r.EntityId, r.UserId, r.User)));
        Assert.Null(rows[0].Before);
        Assert.Contains("\"intervalMinutes\":30", rows[1].Before);
        Assert.Contains("\"intervalMinutes\":60", rows[1].After);
        Assert.Contains("\"enabled\":true", rows[2].Before);
        Assert.Contains("\"enabled\":false", rows[2].After);
        Assert.Contains(server.BaseUrl, rows[3].Before);
        Assert.Null(rows[3].After);
    }
}
