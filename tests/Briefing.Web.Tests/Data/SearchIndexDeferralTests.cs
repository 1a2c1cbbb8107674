using Briefing.Web.Data;
using Briefing.Web.Data.Entities;
using Briefing.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Data;

/// <summary>A bulk import may defer the SQLite trigram index; the index must come out complete and consistent.</summary>
public class SearchIndexDeferralTests : IAsyncLifetime
{
    private SqliteTestDatabase database = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => database = await SqliteTestDatabase.CreateAsync();

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    private async Task<int> AddAsync(string text)
    {
        await using var db = database.CreateDbContext();
        var article = new Article
        {
            Title = text[..Math.Min(10, text.Length)], Text = text, Language = "en", ContentHash = Guid.NewGuid().ToString("N"),
            PublishedAt = DateTime.UtcNow, ImportedAt = DateTime.UtcNow, SearchText = ArticleSearch.Fold(text),
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync(Ct);
        return article.Id;
    }

    private async Task<List<int>> FindAsync(string query)
    {
        await using var db = database.CreateDbContext();
        return await db.Articles.WhereMatches(db, query).Select(a => a.Id).OrderBy(id => id).ToListAsync(Ct);
    }

    private async Task<bool> BeginAsync()
    {
        await using var db = database.CreateDbContext();
        return await SearchIndexDeferral.BeginAsync(db, DateTime.UtcNow, Ct);
    }

    private async Task<bool> CatchUpAsync()
    {
        await using var db = database.CreateDbContext();
        return await SearchIndexDeferral.CatchUpAsync(db, Ct);
    }

    /// <summary>FTS5's own check of the index against the articles' text; throws when they disagree.</summary>
    private async Task AssertIndexConsistentAsync()
    {
        await using var db = database.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync("INSERT INTO ArticleSearch(ArticleSearch, rank) VALUES ('integrity-check', 1)", Ct);
    }

    [Fact]
    public async Task While_deferred_new_articles_wait_and_the_catch_up_indexes_them_all()
    {
        var before = await AddAsync("Aliyev met Netanyahu in Jerusalem");
        Assert.True(await BeginAsync());
        Assert.False(await BeginAsync()); // one deferral at a time; its owner catches up for everyone
        var during = await AddAsync("Netanyahu and Rubio issued a joint statement");

        Assert.Equal([before], await FindAsync("netanyahu"));

        Assert.True(await CatchUpAsync());
        Assert.Equal([before, during], await FindAsync("netanyahu"));
        await AssertIndexConsistentAsync();
        Assert.False(await CatchUpAsync());

        var after = await AddAsync("Netanyahu visited Baku"); // the triggers index again once the deferral ended
        Assert.Equal([before, during, after], await FindAsync("netanyahu"));
        await AssertIndexConsistentAsync();
    }

    [Fact]
    public async Task Text_changed_during_a_deferral_is_indexed_as_it_ends_up_both_for_old_and_new_articles()
    {
        var indexed = await AddAsync("Section 907 limits aid to Azerbaijan");
        Assert.True(await BeginAsync());
        var deferred = await AddAsync("Draft text about a waiver");
        await using (var db = database.CreateDbContext())
        {
            foreach (var article in await db.Articles.Where(a => a.Id == indexed || a.Id == deferred).ToListAsync(Ct))
                article.SearchText = ArticleSearch.Fold(article.Id == indexed ? "Section 907 was waived again" : "The waiver was signed in March");
            await db.SaveChangesAsync(Ct);
        }
        Assert.True(await CatchUpAsync());

        await AssertIndexConsistentAsync();
        Assert.Equal([indexed], await FindAsync("waived again"));
        Assert.Empty(await FindAsync("limits aid"));
        Assert.Equal([deferred], await FindAsync("signed in march"));
        Assert.Empty(await FindAsync("draft text"));
    }

    [Fact]
    public async Task Indexing_so_far_keeps_deferring_later_articles_and_changes_to_either_side_stay_consistent()
    {
        Assert.True(await BeginAsync());
        var first = await AddAsync("Hajiyev met Netanyahu in Jerusalem");
        var second = await AddAsync("Hajiyev visited Baku");
        await using (var db = database.CreateDbContext())
            Assert.Equal(2, await SearchIndexDeferral.IndexSoFarAsync(db, Ct));
        Assert.Equal([first, second], await FindAsync("hajiyev"));
        await AssertIndexConsistentAsync();

        // Still deferring: a new article waits, while an indexed one is updated and deleted through the triggers.
        var third = await AddAsync("Hajiyev spoke with Rubio");
        Assert.Equal([first, second], await FindAsync("hajiyev"));
        await using (var db = database.CreateDbContext())
        {
            var article = await db.Articles.SingleAsync(a => a.Id == first, Ct);
            article.SearchText = ArticleSearch.Fold("Hajiyev met Herzog");
            db.Articles.Remove(await db.Articles.SingleAsync(a => a.Id == second, Ct));
            await db.SaveChangesAsync(Ct);
        }
        Assert.Equal([first], await FindAsync("hajiyev"));
        Assert.Equal([first], await FindAsync("herzog"));
        Assert.Empty(await FindAsync("netanyahu"));

        Assert.True(await CatchUpAsync());
        Assert.Equal([first, third], await FindAsync("hajiyev"));
        await AssertIndexConsistentAsync();
    }

    [Fact]
    public async Task A_deferral_left_by_a_crashed_import_is_caught_up_when_the_database_is_next_opened()
    {
        Assert.True(await BeginAsync());
        var orphan = await AddAsync("Hajiyev met Netanyahu");
        Assert.Empty(await FindAsync("hajiyev"));

        var services = new ServiceCollection().AddSingleton<IDbContextFactory<BriefingDbContext>>(database).BuildServiceProvider();
        await DatabaseInitializer.MigrateAsync(services, Ct);

        Assert.Equal([orphan], await FindAsync("hajiyev"));
        await AssertIndexConsistentAsync();
        Assert.True(await BeginAsync()); // nothing left over
    }

    [Fact]
    public async Task Percent_and_underscore_in_a_query_are_taken_literally()
    {
        var percent = await AddAsync("Aid rose by 50% this year");
        var plain = await AddAsync("Aid rose by 500 million");
        var underscore = await AddAsync("The file was named aid_2025");
        var spaced = await AddAsync("The file was named aid 2025");

        Assert.Equal([percent], await FindAsync("50%"));
        Assert.Equal([underscore], await FindAsync("aid_2025"));
        Assert.Equal([percent, plain], await FindAsync("aid rose"));
        Assert.Contains(spaced, await FindAsync("aid 2025"));
    }

    [Fact]
    public async Task Segments_are_merged_only_when_sixteen_pile_up_and_the_index_stays_whole()
    {
        await using (var db = database.CreateDbContext())
            Assert.Equal(16L, await db.Database.SqlQueryRaw<long>("SELECT v AS Value FROM ArticleSearch_config WHERE k = 'automerge'").SingleAsync(Ct));
        // Each article its own transaction, so each is flushed as a segment of its own and merges happen on the way.
        var ids = new List<int>();
        for (var i = 0; i < 40; i++)
            ids.Add(await AddAsync($"Briefing number {i:D3} on Section 907"));
        Assert.Equal(ids, await FindAsync("section 907"));
        Assert.Equal([ids[17]], await FindAsync("number 017"));
        await AssertIndexConsistentAsync();
    }
}
