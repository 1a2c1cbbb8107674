using Briefing.Web.Data;
using Briefing.Web.Data.Entities;
using Briefing.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Tests.Data;

/// <summary>The same data-layer behaviour on both supported providers, against real databases.</summary>
public class DataLayerTests(PostgresServer postgres)
{
    public static TheoryData<string> Providers => ["sqlite", "postgres"];

    private async Task<(IDbContextFactory<BriefingDbContext> Factory, IAsyncDisposable? Owner)> DatabaseAsync(string provider)
    {
        if (provider == "postgres")
            return (await postgres.CreateDatabaseAsync(), null);
        var sqlite = await SqliteTestDatabase.CreateAsync();
        return (sqlite, sqlite);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Migrations_create_the_model_and_seed_the_three_topics(string provider)
    {
        var (factory, owner) = await DatabaseAsync(provider);
        await using var _ = owner;
        await using var db = factory.CreateDbContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        var slugs = await db.Topics.OrderBy(t => t.SortOrder).Select(t => t.Slug).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["israel-azerbaijan-us", "iran", "section-907"], slugs);
        Assert.All(await db.Topics.ToListAsync(TestContext.Current.CancellationToken), t => Assert.False(string.IsNullOrWhiteSpace(t.NameHe)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_article_with_topic_and_event_round_trips_with_hebrew_text_and_utc_dates(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var (factory, owner) = await DatabaseAsync(provider);
        await using var _ = owner;
        var published = new DateTime(2025, 2, 2, 8, 30, 0, DateTimeKind.Utc);
        int articleId;
        await using (var db = factory.CreateDbContext())
        {
            var topic = await db.Topics.SingleAsync(t => t.Slug == "iran", ct);
            var article = new Article
            {
                Title = "נתניהו ורוביו: הצהרה משותפת על איראן", Text = "גוף הכתבה", Language = "he", ContentHash = new string('a', 64),
                PublishedAt = published, ImportedAt = published, Raw = new ArticleRaw { Content = [1, 2, 3], FileName = "a.txt" },
            };
            article.Topics.Add(new ArticleTopic { Topic = topic, Score = 2.5, Origin = AssignmentOrigin.Rule, PublishedAt = published, AssignedAt = published, EvidenceJson = "[]" });
            db.Articles.Add(article);
            var actor = new Actor { Key = "netanyahu", NameEn = "Benjamin Netanyahu", NameHe = "בנימין נתניהו", Aliases = ["נתניהו", "Netanyahu"], Kind = ActorKind.Person };
            var ev = new Event { Type = EventType.Statement, Year = 2025, Month = 2, Day = 2, Precision = DatePrecision.Day, SortDate = published.Date, Summary = "Joint statement on Iran" };
            ev.Actors.Add(new EventActor { Actor = actor });
            ev.Sources.Add(new EventSource { Article = article, Quote = "הצהרה משותפת" });
            ev.Topics.Add(new EventTopic { Topic = topic, SortDate = published.Date });
            db.Events.Add(ev);
            await db.SaveChangesAsync(ct);
            articleId = article.Id;
        }

        await using (var db = factory.CreateDbContext())
        {
            var article = await db.Articles.Include(a => a.Raw).Include(a => a.Topics).SingleAsync(a => a.Id == articleId, ct);
            Assert.Equal("נתניהו ורוביו: הצהרה משותפת על איראן", article.Title);
            Assert.Equal(published, article.PublishedAt);
            Assert.Equal([1, 2, 3], article.Raw!.Content);
            Assert.Single(article.Topics);
            var ev = await db.Events.Include(e => e.Actors).ThenInclude(a => a.Actor).SingleAsync(ct);
            Assert.Equal(["נתניהו", "Netanyahu"], ev.Actors.Single().Actor!.Aliases);
            var timeline = await db.EventTopics.Where(et => et.Topic!.Slug == "iran").OrderBy(et => et.SortDate).Select(et => et.Event!.Summary).ToListAsync(ct);
            Assert.Equal(["Joint statement on Iran"], timeline);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_stale_save_of_a_curated_row_is_refused(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var (factory, owner) = await DatabaseAsync(provider);
        await using var _ = owner;
        await using var first = factory.CreateDbContext();
        await using var second = factory.CreateDbContext();
        var mine = await first.Topics.SingleAsync(t => t.Slug == "iran", ct);
        var theirs = await second.Topics.SingleAsync(t => t.Slug == "iran", ct);

        theirs.NameEn = "Iran (edited by the other admin)";
        await second.SaveChangesAsync(ct);

        mine.NameEn = "Iran (my edit)";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync(ct));
        await using var check = factory.CreateDbContext();
        Assert.Equal("Iran (edited by the other admin)", (await check.Topics.SingleAsync(t => t.Slug == "iran", ct)).NameEn);
    }

    [Theory]
    [InlineData("Hajiyev met Netanyahu", "ישראל ואזרבייג׳ן חתמו על הסכם")]
    [InlineData("", "text only")]
    [InlineData("Title only", "")]
    [InlineData("ends with a mark ָ", "  starts with spaces\n\nand lines")]
    public void An_articles_search_text_is_its_title_and_text_folded_as_one(string title, string text) =>
        Assert.Equal(ArticleSearch.Fold(title + "\n" + text), ArticleSearch.Fold(title, text));

    /// <summary>Stores one article per text, folded for search, and returns a search over them giving the texts found.</summary>
    private static async Task<Func<string, Task<List<string>>>> SearchableAsync(IDbContextFactory<BriefingDbContext> factory, string[] texts)
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var db = factory.CreateDbContext())
        {
            foreach (var text in texts)
                db.Articles.Add(new Article
                {
                    Title = text[..Math.Min(5, text.Length)], Text = text, Language = "he", ContentHash = Guid.NewGuid().ToString("N"),
                    PublishedAt = DateTime.UtcNow, ImportedAt = DateTime.UtcNow, SearchText = ArticleSearch.Fold(text),
                });
            await db.SaveChangesAsync(ct);
        }
        return async query =>
        {
            await using var read = factory.CreateDbContext();
            return await read.Articles.WhereMatches(read, query).Select(a => a.Text).ToListAsync(ct);
        };
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Search_finds_hebrew_substrings_through_prefixes_and_geresh_variants(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var (factory, owner) = await DatabaseAsync(provider);
        await using var _ = owner;
        var find = await SearchableAsync(factory, ["ישראל ואזרבייג׳ן חתמו על הסכם", "The Atlantic Council urged Washington", "טהרן הגיבה בחריפות"]);
        Assert.Equal(["ישראל ואזרבייג׳ן חתמו על הסכם"], await find("אזרבייג"));
        Assert.Equal(["ישראל ואזרבייג׳ן חתמו על הסכם"], await find("אזרבייג'ן"));
        Assert.Equal(["The Atlantic Council urged Washington"], await find("ATLANTIC council"));
        Assert.Empty(await find("Tehran"));
        Assert.Equal(3, (await find("   ")).Count);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Search_matches_wildcard_characters_literally_and_only_contiguous_text(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var (factory, owner) = await DatabaseAsync(provider);
        await using var _ = owner;
        string[] texts = ["Turnout rose 50% in [round 2]", "Turnout rose 50 points in round 2", "Is 2*3 six? Ask", "Is 2 times 3 six", "Aliyev met Herzog", "Aliyev said Aliyev may take the metro"];
        var find = await SearchableAsync(factory, texts);
        Assert.Equal([texts[0]], await find("50% in [round"));
        Assert.Equal([texts[2]], await find("2*3 six?"));
        Assert.Empty(await find("2*3 six?!"));
        Assert.Empty(await find("50_in"));
        // Every trigram of "aliyev met" occurs in the last article too, just not in one run.
        Assert.Equal([texts[4]], await find("ALIYEV MET"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Event_topics_are_rebuilt_from_the_topics_of_the_articles_reporting_them(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var (factory, owner) = await DatabaseAsync(provider);
        await using var _ = owner;
        await using (var db = factory.CreateDbContext())
        {
            var iran = await db.Topics.SingleAsync(t => t.Slug == "iran", ct);
            var s907 = await db.Topics.SingleAsync(t => t.Slug == "section-907", ct);
            var article = new Article { Title = "t", Text = "t", Language = "en", ContentHash = "h", PublishedAt = DateTime.UtcNow, ImportedAt = DateTime.UtcNow };
            article.Topics.Add(new ArticleTopic { Topic = iran, PublishedAt = article.PublishedAt });
            article.Topics.Add(new ArticleTopic { Topic = s907, PublishedAt = article.PublishedAt, IsExcluded = true });
            var ev = new Event { Type = EventType.Statement, Precision = DatePrecision.Unknown, Summary = "s" };
            ev.Sources.Add(new EventSource { Article = article, Quote = "q" });
            ev.Topics.Add(new EventTopic { Topic = s907 }); // stale
            db.Events.Add(ev);
            await db.SaveChangesAsync(ct);
            await Briefing.Web.Features.Topics.TopicAssignmentService.RefreshEventTopicsAsync(db, ct);
        }
        await using var check = factory.CreateDbContext();
        Assert.Equal(["iran"], await check.EventTopics.Select(et => et.Topic!.Slug).ToListAsync(ct));
    }
}
