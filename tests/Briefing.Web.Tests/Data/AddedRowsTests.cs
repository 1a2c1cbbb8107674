using Briefing.Web.Data;
using Briefing.Web.Data.Entities;
using Briefing.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Tests.Data;

/// <summary>The bulk import's prepared INSERTs must store exactly what EF Core's own save stores.</summary>
public sealed class AddedRowsTests
{
    private static Article NewArticle(int topicId) => new()
    {
        Title = "Hajiyev met Netanyahu", Subtitle = null, Caption = "caption", Text = "text", SanitizedHtml = "<p>text</p>",
        Language = "en", Url = "https://example.org/a", CanonicalUrl = "https://example.org/a",
        PublishedAt = new DateTime(2025, 11, 23, 18, 30, 5, 123, DateTimeKind.Utc), PublishedIsEstimated = true,
        PublishedDate = new DateOnly(2025, 11, 23), ImportedAt = new DateTime(2025, 11, 24, 10, 0, 0, DateTimeKind.Utc),
        ContentHash = "abc123", StorySignature = "s1|en|...", FileName = "a.txt", Warnings = "line 1\nline 2", SearchText = "folded",
        Raw = new ArticleRaw { Content = [1, 2, 3, 0, 255], FileName = "a.txt", ContentType = "text/plain; charset=utf-8" },
        Topics = [new ArticleTopic { TopicId = topicId, Score = 2.5, AssignedAt = new DateTime(2025, 11, 24, 10, 0, 0, DateTimeKind.Utc) }],
    };

    [Fact]
    public async Task Rows_inserted_with_prepared_commands_equal_those_ef_core_saves_and_dependents_get_the_new_keys()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await SqliteTestDatabase.CreateAsync();
        int topicId, byEf, byRows;
        await using (var db = database.CreateDbContext())
        {
            topicId = await db.Topics.Select(t => t.Id).FirstAsync(ct);
            var article = NewArticle(topicId);
            db.Articles.Add(article);
            await db.SaveChangesAsync(ct);
            byEf = article.Id;
        }
        await using (var db = database.CreateDbContext())
        {
            var article = NewArticle(topicId);
            db.Articles.Add(article);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            AddedRows.Insert(db, [article]);
            AddedRows.Insert(db, [article.Raw!]);
            Assert.Equal(EntityState.Unchanged, db.Entry(article).State);
            await db.SaveChangesAsync(ct); // the topic row, against the new article id
            await transaction.CommitAsync(ct);
            byRows = article.Id;
            Assert.True(byRows > byEf);
        }

        Assert.Equal(await RowAsync(database, "Articles", "Id", byEf, "Id", "Version"), await RowAsync(database, "Articles", "Id", byRows, "Id", "Version"));
        Assert.Equal(await RowAsync(database, "ArticleRaws", "ArticleId", byEf, "ArticleId"), await RowAsync(database, "ArticleRaws", "ArticleId", byRows, "ArticleId"));
        Assert.Equal(await RowAsync(database, "ArticleTopics", "ArticleId", byEf, "ArticleId"), await RowAsync(database, "ArticleTopics", "ArticleId", byRows, "ArticleId"));

        // The stored version is the tracked one: a later edit passes the concurrency check.
        await using (var db = database.CreateDbContext())
        {
            var article = await db.Articles.SingleAsync(a => a.Id == byRows, ct);
            Assert.NotEqual(Guid.Empty, article.Version);
            article.Title = "edited";
            await db.SaveChangesAsync(ct);
        }
    }

    private static Actor NewActor(string key) => new()
    {
        Key = key, Kind = ActorKind.Person, NameEn = "Hikmet Hajiyev", NameHe = "חיקמת חאג'ייב", Aliases = ["Hajiyev", "חאג'ייב"],
        Role = "adviser", AffiliationKey = "azerbaijan", Titles = ["the president's adviser"], Metonyms = [], Adjectives = ["\"quoted\""],
        Capital = null, IsAdvisoryBody = false, Status = ActorStatus.Proposed, CreatedAt = new DateTime(2025, 11, 24, 10, 0, 0, DateTimeKind.Utc),
    };

    [Fact]
    public async Task Actors_with_list_columns_are_stored_as_ef_core_stores_them()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await SqliteTestDatabase.CreateAsync();
        var byEf = NewActor("test:hajiyev-ef");
        var byRows = NewActor("test:hajiyev-rows");
        await using (var db = database.CreateDbContext())
        {
            db.Actors.Add(byEf);
            await db.SaveChangesAsync(ct);
        }
        await using (var db = database.CreateDbContext())
        {
            db.Actors.Add(byRows);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            AddedRows.Insert(db, [byRows]);
            await transaction.CommitAsync(ct);
        }

        Assert.Equal(
            (await RowAsync(database, "Actors", "Id", byEf.Id, "Id", "Version")).Select(c => c.Replace("-ef", "")),
            (await RowAsync(database, "Actors", "Id", byRows.Id, "Id", "Version")).Select(c => c.Replace("-rows", "")));
        await using var check = database.CreateDbContext();
        var stored = await check.Actors.SingleAsync(a => a.Id == byRows.Id, ct);
        Assert.Equal(["Hajiyev", "חאג'ייב"], stored.Aliases);
        Assert.Equal(byRows.Version, stored.Version);
    }

    [Fact]
    public async Task Outside_a_transaction_nothing_is_written()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();
        var article = NewArticle(await db.Topics.Select(t => t.Id).FirstAsync(TestContext.Current.CancellationToken));
        db.Articles.Add(article);
        Assert.Throws<InvalidOperationException>(() => AddedRows.Insert(db, [article]));
        Assert.Equal(0, await db.Articles.CountAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Every column of one row as text (type-tagged), except the named ones.</summary>
    private static async Task<List<string>> RowAsync(SqliteTestDatabase database, string table, string keyColumn, int key, params string[] except)
    {
        await using var db = database.CreateDbContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" WHERE \"{keyColumn}\" = {key}";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var values = new List<string>();
        for (var i = 0; i < reader.FieldCount; i++)
            if (!except.Contains(reader.GetName(i)))
                values.Add($"{reader.GetName(i)}:{reader.GetDataTypeName(i)}:{(reader.IsDBNull(i) ? "NULL" : reader.GetValue(i) is byte[] b ? Convert.ToHexString(b) : reader.GetValue(i))}");
        return values;
    }
}
