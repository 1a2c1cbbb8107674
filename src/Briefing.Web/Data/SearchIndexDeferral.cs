using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Data;

/// <summary>
/// Defers the SQLite trigram index during a bulk import: maintained row by row it costs the storing thread more than
/// any other step (docs/benchmarks.md), while indexing the new rows in one statement afterwards costs a third as much.
/// While deferred, articles added meanwhile (by anyone) are found by search only after the catch-up. A deferral left by
/// a crash is caught up when any process next opens the database (<see cref="DatabaseInitializer"/>), so the index is
/// never left incomplete. PostgreSQL keeps its own trigram index; nothing is deferred there.
/// </summary>
public static class SearchIndexDeferral
{
    // The articles past the marker: added while the index was deferred.
    private const string IndexDeferredArticles = """
        INSERT INTO ArticleSearch(rowid, SearchText)
          SELECT Id, SearchText FROM Articles WHERE Id > (SELECT AfterArticleId FROM SearchIndexDeferrals WHERE Id = 1)
        """;

    /// <summary>
    /// Starts deferring; false when the database is not SQLite or a deferral is already running (then whoever started
    /// it catches up, new rows included).
    /// </summary>
    public static async Task<bool> BeginAsync(BriefingDbContext db, DateTime now, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite())
            return false;
        var started = await db.Database.ExecuteSqlAsync($"""
            INSERT OR IGNORE INTO SearchIndexDeferrals (Id, AfterArticleId, StartedAt)
            VALUES (1, (SELECT IFNULL(MAX(Id), 0) FROM Articles), {now:O})
            """, cancellationToken);
        return started == 1;
    }

    /// <summary>
    /// Indexes the articles added since the deferral began (or since the last call) and moves the marker past them,
    /// in one transaction; the deferral goes on. A bulk import calls it every few thousand articles, so the indexing
    /// runs while the workers parse the next files instead of all at the end — in chunks of 2,000 it costs the same as
    /// one statement (docs/benchmarks.md). Returns how many articles were indexed.
    /// </summary>
    public static async Task<int> IndexSoFarAsync(BriefingDbContext db, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite())
            return 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var indexed = await db.Database.ExecuteSqlRawAsync(IndexDeferredArticles, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            "UPDATE SearchIndexDeferrals SET AfterArticleId = (SELECT IFNULL(MAX(Id), 0) FROM Articles) WHERE Id = 1", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return indexed;
    }

    /// <summary>Indexes every article added since the deferral began and ends it, in one transaction; true if there was one.</summary>
    public static async Task<bool> CatchUpAsync(BriefingDbContext db, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite())
            return false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var indexed = await db.Database.ExecuteSqlRawAsync(IndexDeferredArticles, cancellationToken);
        var ended = await db.Database.ExecuteSqlRawAsync("DELETE FROM SearchIndexDeferrals", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ended > 0 || indexed > 0;
    }
}
