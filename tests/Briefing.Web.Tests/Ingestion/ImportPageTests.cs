using System.Text;
using Briefing.Web.Features.Ingestion;
using Briefing.Web.Features.Ingestion.Feeds;
using Briefing.Web.Features.Processing;
using Briefing.Web.Features.Topics;
using Briefing.Web.Infrastructure;
using Briefing.Web.Tests.Infrastructure;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace Briefing.Web.Tests.Ingestion;

/// <summary>The Import page's batch handling: limits checked before reading, results per file, cancel between files.</summary>
public class ImportPageTests : BriefingComponentTest
{
    private const long MaxFileBytes = 8 * 1024, MaxRequestBytes = 20 * 1024;

    protected override void RegisterServices(IServiceCollection services)
    {
        services.AddSingleton(Options.Create(new BriefingOptions { Import = { MaxFileBytes = MaxFileBytes, MaxRequestBytes = MaxRequestBytes } }));
        services.AddSingleton(Options.Create(new FeedSettings()));
        services.AddLogging();
        FeedFetcher.AddHttpClient(services);
        services.AddSingleton<FeedFetcher>();
        services.AddSingleton<TopicAssignmentService>();
        services.AddSingleton<Briefing.Web.Features.Events.EventExtractionService>();
        services.AddSingleton<ArticleAnalysis>();
        services.AddSingleton<StoryIndex>();
        services.AddSingleton<IngestionService>();
        services.AddSingleton<FeedSubscriptionService>();
    }

    /// <summary>A browser file whose bytes can be held back until the test releases them, and which counts reads.</summary>
    private sealed class TestFile(string name, byte[] content, Task? release = null) : IBrowserFile
    {
        public int Opened { get; private set; }
        public string Name => name;
        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;
        public long Size => content.Length;
        public string ContentType => "text/plain";

        public Stream OpenReadStream(long maxAllowedSize = 512000, CancellationToken cancellationToken = default)
        {
            Opened++;
            if (content.Length > maxAllowedSize)
                throw new IOException("over the allowed size");
            return new HeldStream(content, release ?? Task.CompletedTask);
        }

        private sealed class HeldStream(byte[] content, Task release) : MemoryStream(content)
        {
            public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            {
                await release.WaitAsync(cancellationToken);
                return await base.ReadAsync(buffer, cancellationToken);
            }

            public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
                await ReadAsync(buffer.AsMemory(offset, count), cancellationToken);
        }
    }

    private static byte[] Article(string title, int paragraphs = 3) => Encoding.UTF8.GetBytes(title + "\nBy Staff | 20.11.2025\n\n" + string.Join("\n\n",
        Enumerable.Range(0, paragraphs).Select(i => $"{title} was discussed by the ministers in paragraph {i}, who agreed to publish a joint tariff table and to review customs procedures.")));

    private Task SelectAsync(IRenderedComponent<ImportPage> page, params IBrowserFile[] files)
    {
        var upload = page.FindComponent<MudFileUpload<IReadOnlyList<IBrowserFile>>>();
        return page.InvokeAsync(() => upload.Instance.FilesChanged.InvokeAsync(files));
    }

    private async Task<int> ArticlesAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.Articles.CountAsync(Xunit.TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_batch_over_the_request_limit_is_refused_before_any_file_is_read()
    {
        UseCulture("en-US");
        var page = RenderInteractive<ImportPage>();
        var files = Enumerable.Range(0, 3).Select(i => new TestFile($"f{i}.txt", new byte[MaxFileBytes - 10])).ToArray();

        await SelectAsync(page, files);

        Assert.Contains("over the limit", page.Find("[data-testid=batch-error]").TextContent);
        Assert.All(files, f => Assert.Equal(0, f.Opened));
        Assert.Equal(0, await ArticlesAsync());
    }

    [Fact]
    public async Task An_oversize_file_fails_unread_while_the_others_are_imported()
    {
        UseCulture("en-US");
        var page = RenderInteractive<ImportPage>();
        var big = new TestFile("big.txt", new byte[MaxFileBytes + 1]);

        await SelectAsync(page, new TestFile("one.txt", Article("Caspian freight talks")), big, new TestFile("two.txt", Article("Haifa port record")));

        page.WaitForAssertion(() => Assert.Equal("3 of 3 files", page.Find("[data-testid=progress-text]").TextContent.Trim()));
        var rows = page.FindAll("[data-testid=import-result]");
        Assert.Equal(["imported", "failed", "imported"], rows.Select(r => r.GetAttribute("data-status")));
        Assert.Contains("over the limit", rows[1].TextContent);
        Assert.Equal(0, big.Opened);
        Assert.Equal(2, await ArticlesAsync());
        Assert.Contains("/articles/", page.Find("[data-testid=result-link]").GetAttribute("href"));
    }

    [Fact]
    public async Task Cancel_stops_the_batch_between_files_and_keeps_what_was_stored()
    {
        UseCulture("en-US");
        var page = RenderInteractive<ImportPage>();
        var held = new TaskCompletionSource();
        var files = new[]
        {
            new TestFile("one.txt", Article("Caspian freight talks")),
            new TestFile("two.txt", Article("Haifa port record"), held.Task),
            new TestFile("three.txt", Article("Knesset water pricing")),
        };

        var batch = SelectAsync(page, files);
        page.WaitForAssertion(() => Assert.Equal("1 of 3 files", page.Find("[data-testid=progress-text]").TextContent.Trim()));
        await page.InvokeAsync(() => page.Find("[data-testid=import-cancel]").Click());
        await batch;

        page.WaitForAssertion(() => Assert.Contains("Cancelled after 1 of 3 files", page.Find("[data-testid=batch-summary]").TextContent));
        Assert.Single(page.FindAll("[data-testid=import-result]"));
        Assert.Equal(0, files[2].Opened);
        Assert.Equal(1, await ArticlesAsync());
    }

    [Fact]
    public void The_page_says_what_happens_to_an_article_without_a_date_in_hebrew()
    {
        UseCulture("he-IL");
        var page = RenderInteractive<ImportPage>();
        Assert.Contains("תאריך משוער", page.Find("[data-testid=date-note]").TextContent);
        Assert.NotNull(page.Find("[data-testid=feeds]"));
    }
}
