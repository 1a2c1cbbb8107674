using Briefing.Analysis.Actors;
using Briefing.Analysis.Events;
using Briefing.Web.Data;
using Briefing.Web.Data.Entities;
using Briefing.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using AnalysisEventType = Briefing.Analysis.Events.EventType;
using AnalysisPrecision = Briefing.Analysis.Events.DatePrecision;
using StoredEvent = Briefing.Web.Data.Entities.Event;
using StoredEventType = Briefing.Web.Data.Entities.EventType;
using StoredPrecision = Briefing.Web.Data.Entities.DatePrecision;
using EventActor = Briefing.Web.Data.Entities.EventActor;
using EventSource = Briefing.Web.Data.Entities.EventSource;

namespace Briefing.Web.Features.Events;

/// <summary>The extractor compiled from the stored gazetteer, with actor ids by key.</summary>
public sealed record CompiledEvents(EventExtractor Extractor, IReadOnlyDictionary<string, int> ActorIds)
{
    private readonly Dictionary<int, string> keys = ActorIds.ToDictionary(p => p.Value, p => p.Key);
    public string? KeyOf(int actorId) => keys.GetValueOrDefault(actorId);
}

/// <summary>
/// A stored or newly added event that a report may turn out to be another source of. Stored ones are read as plain
/// rows with their signature computed once; only one that a report matches becomes a tracked entity
/// (<see cref="EventFiling.Track"/>), so a batch neither tracks nor scans thousands of events it does not touch.
/// </summary>
public sealed class EventCandidate(EventSignature signature, StoredEvent? entity, EventFiling.StoredEventRow? row = null,
    IEnumerable<(int TopicId, DateTime? SortDate)>? storedTopics = null)
{
    public EventSignature Signature { get; } = signature;
    internal StoredEvent? Entity { get; set; } = entity;
    internal EventFiling.StoredEventRow? Row { get; } = row;
    internal IEnumerable<(int TopicId, DateTime? SortDate)> StoredTopics { get; } = storedTopics ?? [];

    /// <summary>
    /// This candidate as a plain row once its batch is saved: a tracked one (added or updated by the batch) as the
    /// database now holds it, with its new version and topics, as <see cref="EventFiling.LoadCandidatesAsync"/> would read it.
    /// </summary>
    internal static EventCandidate AsStored(EventCandidate candidate) => candidate.Entity is not { } e
        ? candidate
        : new(candidate.Signature, null,
            new EventFiling.StoredEventRow(e.Id, e.Type, e.Year, e.Month, e.Day, e.Precision, e.MergeKey, e.SortDate, e.Version),
            [.. e.Topics.Select(t => (t.TopicId, t.SortDate))]);
}

/// <summary>
/// One batch's filing state: candidate events loaded once per (type, year), and those added meanwhile; which proposed
/// actor keys exist already (asked of the database once per batch, not once per name).
/// </summary>
public sealed class EventFiling(CompiledEvents compiled)
{
    private readonly HashSet<string> checkedKeys = new(StringComparer.Ordinal);
    private readonly HashSet<string> existingKeys = new(StringComparer.Ordinal);

    /// <summary>What matching and filing need of a stored event.</summary>
    public sealed record StoredEventRow(int Id, StoredEventType Type, int? Year, int? Month, int? Day, StoredPrecision Precision,
        string? MergeKey, DateTime? SortDate, Guid Version);

    public CompiledEvents Compiled { get; } = compiled;
    public Dictionary<(StoredEventType Type, int? Year), List<EventCandidate>> Candidates { get; } = [];
    public string? KeyOf(int actorId) => Compiled.KeyOf(actorId);

    /// <summary>
    /// The stored events of one type and year, in id order, as candidates: three narrow queries, nothing tracked.
    /// (Loading them as tracked entities with their actors and topics made every batch's change detection scan them
    /// all; on a database of 100k articles that was the largest cost of an import.)
    /// </summary>
    public async Task<List<EventCandidate>> LoadCandidatesAsync(BriefingDbContext db, StoredEventType type, int? year, CancellationToken cancellationToken)
    {
        var events = db.Events.Where(e => e.Type == type && e.Year == year);
        var rows = await events.OrderBy(e => e.Id)
            .Select(e => new StoredEventRow(e.Id, e.Type, e.Year, e.Month, e.Day, e.Precision, e.MergeKey, e.SortDate, e.Version))
            .ToListAsync(cancellationToken);
        var actors = (await db.EventActors.Where(a => events.Any(e => e.Id == a.EventId)).Select(a => new { a.EventId, a.ActorId })
            .ToListAsync(cancellationToken)).ToLookup(a => a.EventId, a => a.ActorId);
        var topics = (await db.EventTopics.Where(t => events.Any(e => e.Id == t.EventId))
            .Select(t => new { t.EventId, t.TopicId, t.SortDate }).ToListAsync(cancellationToken))
            .ToLookup(t => t.EventId, t => (t.TopicId, t.SortDate));
        return [.. rows.Select(row => new EventCandidate(
            SignatureOf(row.Type, row.Precision, row.Year, row.Month, row.Day, actors[row.Id], row.MergeKey), null, row, topics[row.Id]))];
    }

    /// <summary>What a new event is compared by: its type, date, actors' keys and instrument.</summary>
    public EventSignature SignatureOf(StoredEvent e) =>
        SignatureOf(e.Type, e.Precision, e.Year, e.Month, e.Day, e.Actors.Select(a => a.ActorId), e.MergeKey);

    private EventSignature SignatureOf(StoredEventType type, StoredPrecision precision, int? year, int? month, int? day,
        IEnumerable<int> actorIds, string? mergeKey) =>
        new(EventExtractionService.ToAnalysis(type), EventExtractionService.DateOf(precision, year, month, day),
            actorIds.Select(KeyOf).OfType<string>().ToHashSet(StringComparer.Ordinal), mergeKey);

    /// <summary>
    /// The tracked entity of a candidate, attached on first use as a stub holding what filing reads (its topics, sort
    /// date) and its version: the update of its <see cref="StoredEvent.UpdatedAt"/> is then checked against
    /// concurrent edits like any other.
    /// </summary>
    public StoredEvent Track(BriefingDbContext db, EventCandidate candidate)
    {
        if (candidate.Entity is { } entity)
            return entity;
        var row = candidate.Row!;
        var stub = new StoredEvent
        {
            Id = row.Id, Type = row.Type, Year = row.Year, Month = row.Month, Day = row.Day, Precision = row.Precision,
            MergeKey = row.MergeKey, SortDate = row.SortDate, Version = row.Version, Summary = "",
            Topics = [.. candidate.StoredTopics.Select(t => new EventTopic { EventId = row.Id, TopicId = t.TopicId, SortDate = t.SortDate })],
        };
        db.Events.Attach(stub);
        return candidate.Entity = stub;
    }

    /// <summary>Looks up, in one query, which of these proposals' actor keys are already stored.</summary>
    public async Task LoadKnownActorKeysAsync(BriefingDbContext db, IEnumerable<ProposedActor> proposals, CancellationToken cancellationToken)
    {
        var keys = proposals.Select(p => EventExtractionService.ProposedKey(p.Name)).Where(checkedKeys.Add).ToList();
        foreach (var chunk in keys.Chunk(500))
            existingKeys.UnionWith(await db.Actors.Where(a => chunk.Contains(a.Key)).Select(a => a.Key).ToListAsync(cancellationToken));
    }

    /// <summary>True when the key is stored or added in this batch; otherwise records it as added.</summary>
    public bool ClaimActorKey(string key) => !existingKeys.Add(key);
}

/// <summary>
/// Extracts events from articles and files them: a report of an event already stored (same type, compatible date,
/// shared actors — <see cref="EventMerger.AreSame"/>) becomes another source of it, so a timeline never shows the same
/// meeting twice. Curated events (confirmed, edited, rejected) are never changed by extraction.
/// </summary>
public sealed class EventExtractionService(IDbContextFactory<BriefingDbContext> dbFactory, TimeProvider clock)
{
    private readonly EventMerger merger = new();
    private readonly RebuildableCache<CompiledEvents> compiled = new(ct => CompileAsync(dbFactory, ct));

    public void Invalidate() => compiled.Invalidate();

    public Task<CompiledEvents> CompiledAsync(CancellationToken cancellationToken = default) => compiled.GetAsync(cancellationToken);

    private static async Task<CompiledEvents> CompileAsync(IDbContextFactory<BriefingDbContext> dbFactory, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actors = await db.Actors.AsNoTracking().Where(a => a.Status == ActorStatus.Confirmed).ToListAsync(cancellationToken);
        return new CompiledEvents(new EventExtractor(actors.Select(ActorGazetteer.ToDefinition)), actors.ToDictionary(a => a.Key, a => a.Id));
    }

    /// <summary>
    /// Files the events extracted from <paramref name="article"/> (new or stored, its topics already assigned; extracted
    /// by the caller, possibly on another thread) in <paramref name="db"/> without saving. Quotes already filed under a
    /// curated event are left alone.
    /// </summary>
    public async Task ApplyAsync(BriefingDbContext db, Article article, EventFiling filing, ExtractionResult result, CancellationToken cancellationToken)
    {
        var events = filing.Compiled;
        if (result.Events.Count == 0 && result.ProposedActors.Count == 0)
            return;
        var now = clock.GetUtcNow().UtcDateTime;
        var topicIds = article.Topics.Where(t => !t.IsExcluded).Select(t => t.TopicId).ToList();
        var curatedQuotes = article.Id == 0 ? [] : (await db.EventSources
            .Where(s => s.ArticleId == article.Id && s.Event!.IsCurated).Select(s => s.QuoteStart).ToListAsync(cancellationToken)).ToHashSet();

        foreach (var extracted in result.Events)
        {
            if (curatedQuotes.Contains(extracted.QuoteStart))
                continue;
            var target = await FindSameAsync(db, extracted, filing, cancellationToken);
            if (target is null)
            {
                target = NewEvent(extracted, events, now);
                db.Events.Add(target);
                filing.Candidates[(target.Type, target.Year)].Add(new EventCandidate(filing.SignatureOf(target), target));
            }
            if (!target.Sources.Any(s => (s.Article == article || (article.Id != 0 && s.ArticleId == article.Id)) && s.QuoteStart == extracted.QuoteStart))
                target.Sources.Add(new EventSource
                {
                    Article = article, Quote = extracted.Quote, QuoteField = extracted.QuoteField == TextField.Title ? "title" : "body",
                    QuoteStart = extracted.QuoteStart, QuoteLength = extracted.QuoteLength,
                });
            foreach (var topicId in topicIds.Where(id => !target.Topics.Any(t => t.TopicId == id)))
                target.Topics.Add(new EventTopic { TopicId = topicId, SortDate = target.SortDate });
            target.UpdatedAt = now;
            // Tells the tracker what changed even where automatic detection is off (the bulk import turns it off).
            db.Entry(target).DetectChanges();
        }

        await filing.LoadKnownActorKeysAsync(db, result.ProposedActors, cancellationToken);
        foreach (var proposal in result.ProposedActors.DistinctBy(p => p.Name))
        {
            var key = ProposedKey(proposal.Name);
            if (filing.ClaimActorKey(key))
                continue;
            db.Actors.Add(new Actor
            {
                Key = key, Kind = ActorGazetteer.ToStored(proposal.Kind), NameEn = proposal.Language == "he" ? proposal.Name : proposal.Name,
                NameHe = proposal.Language == "he" ? proposal.Name : null, Aliases = [proposal.Name], Role = proposal.Context,
                Status = ActorStatus.Proposed, CreatedAt = now,
            });
        }
    }

    private async Task<StoredEvent?> FindSameAsync(BriefingDbContext db, ExtractedEvent extracted, EventFiling filing, CancellationToken cancellationToken)
    {
        var signature = EventSignature.Of(extracted);
        var type = ToStored(extracted.Type);
        var year = extracted.Date.Year;
        // Candidates: same type and year (or both undated), loaded once per batch, plus those added in this batch.
        if (!filing.Candidates.TryGetValue((type, year), out var candidates))
        {
            // Sources are not loaded: a popular event's hundreds of reports would be read again for every batch, and
            // none can be this article's (new articles have none; re-processing deletes them first, and curated
            // quotes are skipped above), so the check below needs only the sources added in this batch.
            candidates = await filing.LoadCandidatesAsync(db, type, year, cancellationToken);
            filing.Candidates[(type, year)] = candidates;
        }
        foreach (var candidate in candidates)
            if (merger.AreSame(signature, candidate.Signature))
                return filing.Track(db, candidate);
        return null;
    }

    private static StoredEvent NewEvent(ExtractedEvent extracted, CompiledEvents events, DateTime now)
    {
        var date = extracted.Date;
        var ev = new StoredEvent
        {
            Type = ToStored(extracted.Type),
            Year = date.Year, Month = date.Month, Day = date.Day, Precision = ToStored(date.Precision),
            SortDate = date.EarliestDay?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Place = extracted.Place, Summary = extracted.Summary, Status = EventStatus.Proposed, Language = extracted.Language,
            StatuteKey = extracted.StatuteKey, MergeKey = EventSignature.Of(extracted).Instrument,
            RecommendedBy = extracted.Recommendation is { } r ? string.Join(", ", r.Recommenders.Select(a => a.NameEn)) : null,
            RecommendedTo = extracted.Recommendation is { } r2 ? string.Join(", ", r2.Addressees.Select(a => a.NameEn)) : null,
            RecommendationText = extracted.Recommendation?.What,
            CreatedAt = now, UpdatedAt = now,
        };
        void AddActor(string key, string role)
        {
            if (events.ActorIds.TryGetValue(key, out var id) && !ev.Actors.Any(a => a.ActorId == id && a.Role == role))
                ev.Actors.Add(new EventActor { ActorId = id, Role = role });
        }
        foreach (var actor in extracted.Actors)
            AddActor(actor.Key, "participant");
        foreach (var actor in extracted.Recommendation?.Recommenders ?? [])
            AddActor(actor.Key, "recommender");
        foreach (var actor in extracted.Recommendation?.Addressees ?? [])
            AddActor(actor.Key, "addressee");
        return ev;
    }

    public static PartialDate DateOf(StoredPrecision precision, int? year, int? month, int? day) => precision switch
    {
        StoredPrecision.Day when year is { } y && month is { } m && day is { } d => PartialDate.OfDay(new DateOnly(y, m, d)),
        StoredPrecision.Month when year is { } y && month is { } m => PartialDate.OfMonth(y, m),
        StoredPrecision.Year when year is { } y => PartialDate.OfYear(y),
        _ => PartialDate.Unknown,
    };

    public static StoredEventType ToStored(AnalysisEventType type) => (StoredEventType)(int)type;
    public static AnalysisEventType ToAnalysis(StoredEventType type) => (AnalysisEventType)(int)type;
    public static StoredPrecision ToStored(AnalysisPrecision precision) => precision switch
    {
        AnalysisPrecision.Day => StoredPrecision.Day,
        AnalysisPrecision.Month => StoredPrecision.Month,
        AnalysisPrecision.Year => StoredPrecision.Year,
        _ => StoredPrecision.Unknown,
    };

    /// <summary>The gazetteer key a proposed name is stored under.</summary>
    public static string ProposedKey(string name) => "proposed-" + Slug(name);

    private static string Slug(string name)
    {
        var chars = name.Trim().ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray();
        var slug = new string(chars).Trim('-');
        while (slug.Contains("--")) slug = slug.Replace("--", "-");
        return slug.Length > 80 ? slug[..80] : slug;
    }
}
