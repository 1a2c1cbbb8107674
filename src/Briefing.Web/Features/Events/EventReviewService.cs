using Briefing.Web.Data;
using Briefing.Web.Data.Entities;
using Briefing.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Features.Events;

public sealed record EventActorRef(int ActorId, string Role);

/// <summary>An admin's correction of an event: the whole editable state, as the edit form holds it.</summary>
public sealed record EventEdit(
    EventType Type, DatePrecision Precision, int? Year, int? Month, int? Day, string? Place, string Summary,
    IReadOnlyList<EventActorRef> Actors,
    string? RecommendedBy = null, string? RecommendedTo = null, string? RecommendationText = null, string? StatuteKey = null);

public sealed record ReviewResult(bool Succeeded, string? Error = null, bool Conflict = false, int? EventId = null)
{
    public static ReviewResult Ok(int eventId) => new(true, EventId: eventId);
    public static ReviewResult Fail(string error) => new(false, error);
    public static readonly ReviewResult Stale = new(false, "Someone changed this event meanwhile. Reload it to see their change, then try again.", Conflict: true);
}

/// <summary>
/// Curation of extracted events: confirm, edit, reject, merge, split. Every action marks the events curated (so
/// re-extraction leaves them alone), writes an audit row with before/after in the same SaveChanges, and is refused when
/// the version the admin saw is stale.
/// </summary>
public sealed class EventReviewService(IDbContextFactory<BriefingDbContext> dbFactory, TimeProvider clock)
{
    public static readonly string[] Roles = ["participant", "recommender", "addressee"];

    public Task<ReviewResult> ConfirmAsync(int id, Guid version, CurrentUser user, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, user, "event.confirm", e => { e.Status = EventStatus.Confirmed; return null; }, cancellationToken);

    public Task<ReviewResult> RejectAsync(int id, Guid version, CurrentUser user, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, user, "event.reject", e => { e.Status = EventStatus.Rejected; return null; }, cancellationToken);

    /// <summary>Saves an admin's edit; the event becomes confirmed (an admin has looked at it).</summary>
    public Task<ReviewResult> EditAsync(int id, Guid version, EventEdit edit, CurrentUser user, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, user, "event.edit", e => Apply(e, edit), cancellationToken);

    /// <summary>Unites <paramref name="otherId"/> into <paramref name="keepId"/>: sources, actors and topics; the other event is deleted.</summary>
    public async Task<ReviewResult> MergeAsync(int keepId, Guid keepVersion, int otherId, Guid otherVersion, CurrentUser user, CancellationToken cancellationToken = default)
    {
        if (keepId == otherId)
            return ReviewResult.Fail("Choose two different events to merge.");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var keep = await LoadAsync(db, keepId, cancellationToken);
        var other = await LoadAsync(db, otherId, cancellationToken);
        if (keep is null || other is null)
            return ReviewResult.Fail("One of these events no longer exists. Reload the list.");
        if (keep.Version != keepVersion || other.Version != otherVersion)
            return ReviewResult.Stale;
        Guard(db, keep, keepVersion);
        Guard(db, other, otherVersion);
        var before = new { kept = Snapshot(keep), merged = Snapshot(other) };

        foreach (var source in other.Sources.ToList())
        {
            if (keep.Sources.Any(s => s.ArticleId == source.ArticleId && s.QuoteStart == source.QuoteStart && s.QuoteField == source.QuoteField))
                continue;
            keep.Sources.Add(new EventSource
            {
                ArticleId = source.ArticleId, Quote = source.Quote, QuoteField = source.QuoteField, QuoteStart = source.QuoteStart, QuoteLength = source.QuoteLength,
            });
        }
        foreach (var actor in other.Actors.Where(a => !keep.Actors.Any(k => k.ActorId == a.ActorId && k.Role == a.Role)).ToList())
            keep.Actors.Add(new EventActor { ActorId = actor.ActorId, Role = actor.Role });
        if (keep.Precision == DatePrecision.Unknown && other.Precision != DatePrecision.Unknown)
            (keep.Year, keep.Month, keep.Day, keep.Precision, keep.SortDate) = (other.Year, other.Month, other.Day, other.Precision, other.SortDate);
        keep.Place ??= other.Place;
        keep.StatuteKey ??= other.StatuteKey;
        keep.RecommendedBy ??= other.RecommendedBy;
        keep.RecommendedTo ??= other.RecommendedTo;
        keep.RecommendationText ??= other.RecommendationText;
        keep.Status = EventStatus.Confirmed;
        Touch(db, keep);
        db.Events.Remove(other);
        await SyncTopicsAsync(db, keep, cancellationToken);
        AuditLog.Add(db, user, "event.merge", "Event", keep.Id, before, Snapshot(keep), Now);
        return await SaveAsync(db, keep.Id, cancellationToken);
    }

    /// <summary>Moves the chosen sources of an event to a new event (a copy of it to correct); both are curated.</summary>
    public async Task<ReviewResult> SplitAsync(int id, Guid version, IReadOnlyCollection<int> sourceIds, CurrentUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var original = await LoadAsync(db, id, cancellationToken);
        if (original is null)
            return ReviewResult.Fail("This event no longer exists. Reload the list.");
        if (original.Version != version)
            return ReviewResult.Stale;
        var moving = original.Sources.Where(s => sourceIds.Contains(s.Id)).ToList();
        if (moving.Count == 0 || moving.Count == original.Sources.Count)
            return ReviewResult.Fail("Choose some of the event's sources, not none and not all, to move to a new event.");
        Guard(db, original, version);
        var before = Snapshot(original);
        var now = Now;
        var split = new Event
        {
            Type = original.Type, Year = original.Year, Month = original.Month, Day = original.Day, Precision = original.Precision, SortDate = original.SortDate,
            Place = original.Place, Summary = original.Summary, Status = original.Status, IsCurated = true,
            RecommendedBy = original.RecommendedBy, RecommendedTo = original.RecommendedTo, RecommendationText = original.RecommendationText,
            StatuteKey = original.StatuteKey, Language = original.Language, MergeKey = original.MergeKey, CreatedAt = now, UpdatedAt = now,
            Actors = [.. original.Actors.Select(a => new EventActor { ActorId = a.ActorId, Role = a.Role })],
        };
        db.Events.Add(split);
        foreach (var source in moving)
            source.Event = split;
        db.ChangeTracker.DetectChanges();
        Touch(db, original);
        await SyncTopicsAsync(db, original, cancellationToken);
        await SyncTopicsAsync(db, split, cancellationToken);
        // The new event's id goes into the audit row, so save twice inside one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var saved = await SaveAsync(db, 0, cancellationToken);
        if (!saved.Succeeded)
            return saved;
        AuditLog.Add(db, user, "event.split", "Event", original.Id, before, new { kept = Snapshot(original), created = Snapshot(split) }, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ReviewResult.Ok(split.Id);
    }

    private async Task<ReviewResult> ChangeAsync(int id, Guid version, CurrentUser user, string action, Func<Event, string?> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ev = await LoadAsync(db, id, cancellationToken);
        if (ev is null)
            return ReviewResult.Fail("This event no longer exists. Reload the list.");
        if (ev.Version != version)
            return ReviewResult.Stale;
        Guard(db, ev, version);
        var before = Snapshot(ev);
        if (change(ev) is { } error)
            return ReviewResult.Fail(error);
        Touch(db, ev);
        await SyncTopicsAsync(db, ev, cancellationToken);
        AuditLog.Add(db, user, action, "Event", id, before, Snapshot(ev), Now);
        return await SaveAsync(db, id, cancellationToken);
    }

    private static string? Apply(Event e, EventEdit edit)
    {
        if (string.IsNullOrWhiteSpace(edit.Summary))
            return "The summary cannot be empty.";
        if (ValidateDate(edit) is { } dateError)
            return dateError;
        if (edit.Actors.Any(a => !Roles.Contains(a.Role)))
            return "An actor's role must be participant, recommender or addressee.";
        e.Type = edit.Type;
        e.Precision = edit.Precision;
        (e.Year, e.Month, e.Day) = edit.Precision switch
        {
            DatePrecision.Day => (edit.Year, edit.Month, edit.Day),
            DatePrecision.Month => (edit.Year, edit.Month, (int?)null),
            DatePrecision.Year => (edit.Year, null, null),
            _ => ((int?)null, (int?)null, (int?)null),
        };
        e.SortDate = e.Year is { } y ? new DateTime(y, e.Month ?? 1, e.Day ?? 1, 0, 0, 0, DateTimeKind.Utc) : null;
        e.Place = string.IsNullOrWhiteSpace(edit.Place) ? null : edit.Place.Trim();
        e.Summary = edit.Summary.Trim();
        e.RecommendedBy = Blank(edit.RecommendedBy);
        e.RecommendedTo = Blank(edit.RecommendedTo);
        e.RecommendationText = Blank(edit.RecommendationText);
        e.StatuteKey = Blank(edit.StatuteKey);
        var wanted = edit.Actors.Distinct().ToList();
        e.Actors.RemoveAll(a => !wanted.Contains(new EventActorRef(a.ActorId, a.Role)));
        foreach (var actor in wanted.Where(w => !e.Actors.Any(a => a.ActorId == w.ActorId && a.Role == w.Role)))
            e.Actors.Add(new EventActor { ActorId = actor.ActorId, Role = actor.Role });
        e.Status = EventStatus.Confirmed;
        return null;
    }

    private static string? ValidateDate(EventEdit edit)
    {
        if (edit.Precision == DatePrecision.Unknown)
            return null;
        if (edit.Year is not { } year || year < 1800 || year > 2200)
            return "Give a year between 1800 and 2200.";
        if (edit.Precision is DatePrecision.Month or DatePrecision.Day && edit.Month is not (>= 1 and <= 12))
            return "Give a month between 1 and 12.";
        if (edit.Precision == DatePrecision.Day && (edit.Day is not { } day || day < 1 || day > DateTime.DaysInMonth(year, edit.Month!.Value)))
            return "That day does not exist in that month.";
        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static Task<Event?> LoadAsync(BriefingDbContext db, int id, CancellationToken cancellationToken) =>
        db.Events.Include(e => e.Actors).Include(e => e.Sources).Include(e => e.Topics).AsSplitQuery().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    private static void Guard(BriefingDbContext db, Event e, Guid version) => db.Entry(e).Property(x => x.Version).OriginalValue = version;

    private void Touch(BriefingDbContext db, Event e)
    {
        e.IsCurated = true;
        e.UpdatedAt = Now;
        // Always an UPDATE, so the version check runs even when only related rows changed.
        db.Entry(e).Property(x => x.UpdatedAt).IsModified = true;
    }

    /// <summary>An event's topics are those of its sources' articles (as extraction files them), dated like the event.</summary>
    private static async Task SyncTopicsAsync(BriefingDbContext db, Event e, CancellationToken cancellationToken)
    {
        var articleIds = e.Sources.Select(s => s.ArticleId).Distinct().ToList();
        var topicIds = (await db.ArticleTopics.Where(t => articleIds.Contains(t.ArticleId) && !t.IsExcluded).Select(t => t.TopicId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        e.Topics.RemoveAll(t => !topicIds.Contains(t.TopicId));
        foreach (var topic in e.Topics)
            topic.SortDate = e.SortDate;
        foreach (var topicId in topicIds.Where(id => !e.Topics.Any(t => t.TopicId == id)))
            e.Topics.Add(new EventTopic { TopicId = topicId, SortDate = e.SortDate });
    }

    private static async Task<ReviewResult> SaveAsync(BriefingDbContext db, int eventId, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ReviewResult.Ok(eventId);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ReviewResult.Stale;
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static object Snapshot(Event e) => new
    {
        id = e.Id, type = e.Type.ToString().ToLowerInvariant(), e.Year, e.Month, e.Day, precision = e.Precision.ToString().ToLowerInvariant(),
        e.Place, e.Summary, status = e.Status.ToString().ToLowerInvariant(), e.RecommendedBy, e.RecommendedTo, e.RecommendationText, e.StatuteKey,
        actors = e.Actors.Select(a => new { a.ActorId, a.Role }).ToList(),
        sources = e.Sources.Select(s => new { s.Id, s.ArticleId, s.QuoteStart }).ToList(),
    };
}
