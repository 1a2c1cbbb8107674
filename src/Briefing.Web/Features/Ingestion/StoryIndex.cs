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
    // Entries live in numbered slots (reused after eviction); postings list slots, so that counting votes is an
    // array increment rather than a dictionary lookup per posting (tens of thousands per article).
    private readonly Dictionary<int, int> slotOfId = [];
    private Entry?[] slots = [];
    private int[] votes = [];
    private readonly Stack<int> freeSlots = new();
    private readonly List<int> voted = [];
    private readonly Dictionary<ulong, List<int>> bands = [];
    private readonly Dictionary<ulong, List<int>> keys = [];
    private readonly Dictionary<ulong, List<int>> numbers = [];
    // Reused by MostVoted on every call: the chosen candidates, and how many slots got each vote count.
    private readonly List<(int Slot, int Votes, int Order)> chosen = [];
    private int[] histogram = new int[64];
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
        get { lock (sync) return slotOfId.Count; }
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
            foreach (var band in BandKeys(signature))
                Vote(bands, band);
            foreach (var key in signature.NameHashes)
                Vote(keys, key);
            foreach (var number in signature.NumberHashes)
                Vote(numbers, number);

            int? best = null;
            var bestScore = StorySignature.SameStoryThreshold;
            foreach (var slot in MostVoted())
            {
                var entry = slots[slot]!;
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

    // The MaxCandidates slots with the most votes, most first, ties in the order they were first voted for (a stable
    // sort's order). A histogram of the vote counts gives the lowest count that makes the cut, so only the few slots
    // chosen are sorted: thousands of slots get a vote, and a heap over them all took 2 s of a 100k-article import.
    // Leaves the vote counts at zero.
    private List<int> MostVoted()
    {
        var most = 0;
        foreach (var slot in voted)
            most = Math.Max(most, votes[slot]);
        if (histogram.Length <= most)
            histogram = new int[Math.Max(most + 1, histogram.Length * 2)];
        else
            Array.Clear(histogram, 0, most + 1);
        foreach (var slot in voted)
            histogram[votes[slot]]++;
        // Lowest count still chosen, and how many with exactly that count are (the first ones voted for).
        var cut = most;
        var above = 0;
        while (cut > 1 && above + histogram[cut] < MaxCandidates)
            above += histogram[cut--];
        var tiesTaken = Math.Min(histogram[cut], MaxCandidates - above);

        chosen.Clear();
        for (var order = 0; order < voted.Count; order++)
        {
            var slot = voted[order];
            var count = votes[slot];
            votes[slot] = 0;
            if (count > cut)
                chosen.Add((slot, count, order));
            else if (count == cut && tiesTaken > 0)
            {
                chosen.Add((slot, count, order));
                tiesTaken--;
            }
        }
        voted.Clear();
        chosen.Sort(static (a, b) => a.Votes != b.Votes ? b.Votes.CompareTo(a.Votes) : a.Order.CompareTo(b.Order));
        var ranked = new List<int>(chosen.Count);
        foreach (var (slot, _, _) in chosen)
            ranked.Add(slot);
        return ranked;
    }

    public void Add(int id, int head, StorySignature signature, DateOnly date)
    {
        lock (sync)
            AddLocked(id, head, signature, date);
    }

    private void AddLocked(int id, int head, StorySignature signature, DateOnly date)
    {
        if (slotOfId.ContainsKey(id))
            return;
        var entry = new Entry(id, head, signature, date, EstimateBytes(signature));
        var slot = TakeSlot();
        slots[slot] = entry;
        slotOfId.Add(id, slot);
        bytes += entry.Bytes;
        byAge.Add((date.DayNumber, id));
        foreach (var band in BandKeys(signature))
            Post(bands, band, slot);
        foreach (var key in signature.NameHashes)
            Post(keys, key, slot);
        foreach (var number in signature.NumberHashes)
            Post(numbers, number, slot);
        while (slotOfId.Count > Capacity || (bytes > MaxBytes && slotOfId.Count > 1))
            EvictOldestLocked();
    }

    private int TakeSlot()
    {
        if (freeSlots.TryPop(out var free))
            return free;
        var slot = slotOfId.Count;
        if (slot == slots.Length)
        {
            // At most Capacity + 1 slots are ever in use (one over, just before an eviction).
            Array.Resize(ref slots, Math.Max(1024, slots.Length * 2));
            Array.Resize(ref votes, slots.Length);
        }
        return slot;
    }

    private void EvictOldestLocked()
    {
        var (_, id) = byAge.Min;
        byAge.Remove(byAge.Min);
        var slot = slotOfId[id];
        var entry = slots[slot]!;
        slotOfId.Remove(id);
        slots[slot] = null;
        freeSlots.Push(slot);
        bytes -= entry.Bytes;
        foreach (var band in BandKeys(entry.Signature))
            Unpost(bands, band, slot);
        foreach (var key in entry.Signature.NameHashes)
            Unpost(keys, key, slot);
        foreach (var number in entry.Signature.NumberHashes)
            Unpost(numbers, number, slot);
    }

    // Object headers and the MinHash array; each band's posting (a dictionary slot and, mostly, a list of its own);
    // each key: its string, its set slot and its posting (measured with dotnet-gcdump: about 5 KB for a Hebrew article).
    private static long EstimateBytes(StorySignature signature)
    {
        long total = 160 + 24 + 8L * signature.MinHash.Length + Bands * 96;
        foreach (var key in signature.NameKeys)
            total += 22 + 2L * key.Length + 24 + 48 + 8;
        foreach (var number in signature.Numbers)
            total += 22 + 2L * number.Length + 24 + 48 + 8;
        return total;
    }

    private static void Unpost(Dictionary<ulong, List<int>> index, ulong key, int slot)
    {
        if (!index.TryGetValue(key, out var list))
            return;
        list.Remove(slot);
        if (list.Count == 0)
            index.Remove(key);
    }

    private static void Post(Dictionary<ulong, List<int>> index, ulong key, int slot)
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        if (list.Count < MaxPostings * 4)
            list.Add(slot);
    }

    private void Vote(Dictionary<ulong, List<int>> index, ulong key)
    {
        // A key shared by hundreds of articles (a country's name, "2025") says nothing about the story.
        if (!index.TryGetValue(key, out var list) || list.Count > MaxPostings)
            return;
        foreach (var slot in CollectionsMarshal.AsSpan(list))
            if (votes[slot]++ == 0)
                voted.Add(slot);
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
