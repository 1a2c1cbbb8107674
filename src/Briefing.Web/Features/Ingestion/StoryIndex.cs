using System.Runtime.InteropServices;
using Briefing.Analysis.Ingestion;
using Briefing.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Features.Ingestion;

/// <summary>
/// Finds the story an incoming article belongs to without comparing it to every stored article: candidates come from
/// MinHash bands (same-language rewording) and shared name keys and numbers (the cross-language bridge), then
/// <see cref="StorySignature.Similarity"/> decides. Holds recent signatures in memory, loaded once from the database.
/// At most <see cref="Capacity"/> signatures and about <see cref="MaxBytes"/> of them are held (the oldest
/// publication dates leave first), so memory stays flat however many articles are imported; an article whose story
/// partner has left is only not clustered.
/// Each app instance keeps its own index; on PostgreSQL with several instances an article imported elsewhere after
/// start is not a candidate here until restart (clustering is then only less complete, never wrong).
/// </summary>
public sealed class StoryIndex(IDbContextFactory<BriefingDbContext> dbFactory)
{
    private const int Bands = 16, RowsPerBand = 4, MaxPostings = 400, MaxCandidates = 60;
    private const int RecentDays = 120, WindowDays = 10;

    private sealed record Entry(int Id, int Head, StorySignature Signature, DateOnly Date, long Bytes);

    private readonly Lock sync = new();
    private readonly Dictionary<int, Entry> entries = [];
    private readonly Dictionary<ulong, List<int>> bands = [];
    private readonly Dictionary<string, List<int>> keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> votes = [];
    private readonly PriorityQueue<int, (int Votes, int NegatedOrder)> top = new();
    private readonly SortedSet<(int Day, int Id)> byAge = [];
    private bool loaded;

    /// <summary>Most signatures held in memory.</summary>
    public int Capacity { get; init; } = 40_000;

    /// <summary>
    /// Most memory the held signatures may take, estimated. A Hebrew signature keeps a key for every content word
    /// (names cannot be told apart), several KB each, so a count alone did not keep memory flat.
    /// </summary>
    public long MaxBytes { get; init; } = 96L * 1024 * 1024;

    private long bytes;

    /// <summary>The estimated memory the held signatures take.</summary>
    public long HeldBytes
    {
        get { lock (sync) return bytes; }
    }

    public int Count
    {
        get { lock (sync) return entries.Count; }
    }

    public async Task EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (loaded)
            return;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var newest = await db.Articles.MaxAsync(a => (DateOnly?)a.PublishedDate, cancellationToken);
        var rows = newest is { } n
            ? await db.Articles.AsNoTracking()
                .Where(a => a.DuplicateOfId == null && a.StorySignature != null && a.PublishedDate >= n.AddDays(-RecentDays))
                .Select(a => new { a.Id, a.StoryId, a.StorySignature, a.PublishedDate })
                .ToListAsync(cancellationToken)
            : [];
        lock (sync)
        {
            if (loaded)
                return;
            foreach (var row in rows)
                if (StorySignature.Parse(row.StorySignature) is { } signature)
                    AddLocked(row.Id, row.StoryId ?? row.Id, signature, row.PublishedDate);
            loaded = true;
        }
    }

    /// <summary>The head article id of the most similar known story, or null when the article starts a new story.</summary>
    public int? FindStory(StorySignature signature, DateOnly date)
    {
        lock (sync)
        {
            // Reused between calls (under the lock): a fresh dictionary per article grew and copied itself thousands of times.
            votes.Clear();
            foreach (var band in BandKeys(signature))
                Vote(bands, band);
            foreach (var key in signature.NameKeys)
                Vote(keys, key);
            foreach (var number in signature.Numbers)
                Vote(numbers, number);

            int? best = null;
            var bestScore = StorySignature.SameStoryThreshold;
            foreach (var id in MostVoted())
            {
                var entry = entries[id];
                if (Math.Abs(entry.Date.DayNumber - date.DayNumber) > WindowDays)
                    continue;
                var score = StorySignature.Similarity(signature, entry.Signature);
                if (score >= bestScore)
                {
                    bestScore = score;
                    best = entry.Head;
                }
            }
            return best;
        }
    }

    // The MaxCandidates ids with the most votes, most first, ties in the order they were first voted for (a stable
    // sort's order: the dictionary, cleared and never removed from, enumerates in insertion order) — a bounded heap
    // instead of sorting every id that got a vote.
    private List<int> MostVoted()
    {
        top.Clear();
        var order = 0;
        foreach (var (id, count) in votes)
        {
            var priority = (count, -order++);
            if (top.Count < MaxCandidates)
                top.Enqueue(id, priority);
            else if (top.TryPeek(out _, out var weakest) && priority.CompareTo(weakest) > 0)
                top.EnqueueDequeue(id, priority);
        }
        var ranked = new List<int>(top.Count);
        while (top.TryDequeue(out var id, out _))
            ranked.Add(id);
        ranked.Reverse();
        return ranked;
    }

    public void Add(int id, int head, StorySignature signature, DateOnly date)
    {
        lock (sync)
            AddLocked(id, head, signature, date);
    }

    private void AddLocked(int id, int head, StorySignature signature, DateOnly date)
    {
        var entry = new Entry(id, head, signature, date, EstimateBytes(signature));
        if (!entries.TryAdd(id, entry))
            return;
        bytes += entry.Bytes;
        byAge.Add((date.DayNumber, id));
        foreach (var band in BandKeys(signature))
            Post(bands, band, id);
        foreach (var key in signature.NameKeys)
            Post(keys, key, id);
        foreach (var number in signature.Numbers)
            Post(numbers, number, id);
        while (entries.Count > Capacity || (bytes > MaxBytes && entries.Count > 1))
            EvictOldestLocked();
    }

    private void EvictOldestLocked()
    {
        var (_, id) = byAge.Min;
        byAge.Remove(byAge.Min);
        var entry = entries[id];
        entries.Remove(id);
        bytes -= entry.Bytes;
        foreach (var band in BandKeys(entry.Signature))
            Unpost(bands, band, id);
        foreach (var key in entry.Signature.NameKeys)
            Unpost(keys, key, id);
        foreach (var number in entry.Signature.Numbers)
            Unpost(numbers, number, id);
    }

    // Object headers and the MinHash array; each band's posting (a dictionary slot and, mostly, a list of its own);
    // each key: its string, its set slot and its posting (measured with dotnet-gcdump: about 5 KB for a Hebrew article).
    private static long EstimateBytes(StorySignature signature)
    {
        long total = 160 + 24 + 8L * signature.MinHash.Length + Bands * 96;
        foreach (var key in signature.NameKeys)
            total += 22 + 2L * key.Length + 24 + 48;
        foreach (var number in signature.Numbers)
            total += 22 + 2L * number.Length + 24 + 48;
        return total;
    }

    private static void Unpost<TKey>(Dictionary<TKey, List<int>> index, TKey key, int id) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
            return;
        list.Remove(id);
        if (list.Count == 0)
            index.Remove(key);
    }

    private static void Post<TKey>(Dictionary<TKey, List<int>> index, TKey key, int id) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        if (list.Count < MaxPostings * 4)
            list.Add(id);
    }

    private void Vote<TKey>(Dictionary<TKey, List<int>> index, TKey key) where TKey : notnull
    {
        // A key shared by hundreds of articles (a country's name, "2025") says nothing about the story.
        if (!index.TryGetValue(key, out var list) || list.Count > MaxPostings)
            return;
        foreach (var id in list)
            CollectionsMarshal.GetValueRefOrAddDefault(votes, id, out _)++;
    }

    private static IEnumerable<ulong> BandKeys(StorySignature signature)
    {
        var hashes = signature.MinHash;
        for (var band = 0; band < Bands && (band + 1) * RowsPerBand <= hashes.Length; band++)
        {
            var key = (ulong)band * 0x9E3779B97F4A7C15UL;
            for (var row = 0; row < RowsPerBand; row++)
                key = (key ^ hashes[band * RowsPerBand + row]) * 0xBF58476D1CE4E5B9UL;
            yield return key;
        }
    }
}
