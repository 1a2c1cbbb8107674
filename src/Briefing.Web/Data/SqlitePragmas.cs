using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Briefing.Web.Data;

/// <summary>
/// Per-connection SQLite settings, applied each time EF Core opens a connection (pooled native connections keep them,
/// re-applying costs microseconds). Measured on bulk imports (docs/benchmarks.md):
/// <list type="bullet">
/// <item><c>temp_store=MEMORY</c>: an INSERT that fires triggers or checks foreign keys keeps a statement journal of
/// the pages it touches; past 64 KB SQLite spilled it to a file in /var/tmp, which was two thirds of all the writes
/// of an import.</item>
/// <item><c>synchronous=NORMAL</c>: with WAL, commits no longer wait for an fsync; a crash of the process loses
/// nothing, a power cut may lose the last commits but never corrupts the file (and imports are idempotent).</item>
/// <item><c>cache_size</c> 32 MB instead of 2 MB: indexes keyed by hash are touched at random.</item>
/// <item><c>wal_autocheckpoint</c> 8,192 pages (32 MB) instead of 1,000: a batch of 200 imported articles writes about
/// 3 MB, so the default copied the log into the database (and synced both) after nearly every batch, index pages
/// written again and again; a 100k-article import took 70 s instead of 75 s. <c>journal_size_limit</c> (64 MB, above what
/// batches reach) trims the log file after a larger transaction, such as a migration's index rebuild, instead of keeping it.</item>
/// </list>
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const string Statements = "PRAGMA temp_store=MEMORY; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768; PRAGMA wal_autocheckpoint=8192; PRAGMA journal_size_limit=67108864;";

    public static readonly SqlitePragmas Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Statements;
        command.ExecuteNonQuery();
    }
}
