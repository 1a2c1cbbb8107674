using Briefing.Web.Data;
using Microsoft.EntityFrameworkCore;
using StoredEventType = Briefing.Web.Data.Entities.EventType;

namespace Briefing.Web.Features.Events;

/// <summary>
/// Keeps a bulk import's event candidates from one batch to the next. Each batch otherwise read every stored event of
/// the types and years it files again, with their actors and topics: at 100k articles a ninth of the storing thread's
/// time, growing with the database (docs/benchmarks.md, bulk import). The candidates are trusted only while nobody else
/// has written to the event tables, which a trigger-kept counter tells (migration EventChangeCount): it must read, when
/// a batch begins, what it read inside the previous batch's own transaction, and nothing may have been written between
/// a batch's start and its transaction. Otherwise, after a failed batch, or when the gazetteer was recompiled, the
/// candidates are read afresh, as without the cache. SQLite only.
/// </summary>
public sealed class EventCandidateCache
{
    private const string ReadCount = "SELECT Value FROM EventChangeCount WHERE Id = 1";
    // The triggers of migration EventChangeCount: insert, update and delete on each table that filing reads.
    private static readonly string[] TriggerNames =
        [.. from table in new[] { "Events", "EventActors", "EventTopics" } from write in new[] { "insert", "update", "delete" } select $"{table}_count_{write}"];
    private static readonly string CountTriggers =
        $"SELECT COUNT(*) AS Value FROM sqlite_master WHERE type = 'trigger' AND name IN ({string.Join(", ", TriggerNames.Select(n => $"'{n}'"))})";

    /// <summary>
    /// A cache for an import into <paramref name="db"/>'s database, or null where the count cannot be trusted: not
    /// SQLite, or a trigger missing (SQLite drops a table's triggers when a migration rebuilds the table).
    /// </summary>
    public static async Task<EventCandidateCache?> ForImportAsync(BriefingDbContext db, CancellationToken cancellationToken = default) =>
        db.Database.IsSqlite() && await db.Database.SqlQueryRaw<int>(CountTriggers).AsAsyncEnumerable().SingleAsync(cancellationToken) == TriggerNames.Length
            ? new EventCandidateCache()
            : null;

    /// <summary>How many batches began with the kept candidates (for tests and diagnostics).</summary>
    internal int BatchesServed { get; private set; }

    private Dictionary<(StoredEventType Type, int? Year), List<EventCandidate>> candidates = [];
    private CompiledEvents? compiled;
    private long? countAfterLastBatch;
    private long countAtStart;
    private bool unchangedSinceStart;
    private long? countAtCommit;

    /// <summary>Hands a beginning batch the candidates kept, if they are still what the database holds.</summary>
    public async Task FillAsync(BriefingDbContext db, EventFiling filing, CancellationToken cancellationToken)
    {
        countAtStart = await CountAsync(db, cancellationToken);
        if (countAtStart != countAfterLastBatch || !ReferenceEquals(compiled, filing.Compiled))
        {
            Forget();
            return;
        }
        // Copies of the lists (the batch appends its new events to them); the candidates themselves are shared, and a
        // batch that tracks one marks it, so every batch ends in Keep or Forget.
        foreach (var (key, list) in candidates)
            filing.Candidates[key] = [.. list];
        BatchesServed++;
    }

    /// <summary>First thing inside the batch's transaction (which holds the write lock): was anything written since it began?</summary>
    public async Task TransactionBeganAsync(BriefingDbContext db, CancellationToken cancellationToken) =>
        unchangedSinceStart = await CountAsync(db, cancellationToken) == countAtStart;

    /// <summary>Last thing inside the batch's transaction, after its own writes: the count the next batch must find.</summary>
    public async Task BeforeCommitAsync(BriefingDbContext db, CancellationToken cancellationToken) =>
        countAtCommit = unchangedSinceStart ? await CountAsync(db, cancellationToken) : null;

    /// <summary>After the batch committed: its candidates, those it filed under as they are now stored.</summary>
    public void Keep(EventFiling filing)
    {
        if (countAtCommit is null)
        {
            Forget();
            return;
        }
        candidates = filing.Candidates.ToDictionary(p => p.Key, p => p.Value.Select(EventCandidate.AsStored).ToList());
        compiled = filing.Compiled;
        countAfterLastBatch = countAtCommit;
    }

    /// <summary>Drops the candidates: the next batch reads them afresh.</summary>
    public void Forget()
    {
        candidates = [];
        compiled = null;
        countAfterLastBatch = null;
    }

    private static async Task<long> CountAsync(BriefingDbContext db, CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<long>(ReadCount).AsAsyncEnumerable().SingleAsync(cancellationToken);
}
