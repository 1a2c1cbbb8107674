using System.Text.RegularExpressions;
using Briefing.Web.Data;
using Briefing.Web.Data.Entities;
using Briefing.Web.Features.Audit;
using Briefing.Web.Features.Topics;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Features.Events;

public sealed record ActorRow(
    int Id, string Key, ActorKind Kind, string NameEn, string? NameHe, IReadOnlyList<string> Aliases, string? Role, string? AffiliationKey,
    IReadOnlyList<string> Titles, IReadOnlyList<string> Metonyms, IReadOnlyList<string> Adjectives, string? Capital, bool IsAdvisoryBody,
    ActorStatus Status, Guid Version, int EventCount)
{
    public ActorEdit ToEdit() => new(Key, Kind, NameEn, NameHe, Aliases, Role, AffiliationKey, Titles, Metonyms, Adjectives, Capital, IsAdvisoryBody);
}

public sealed record ActorEdit(
    string Key, ActorKind Kind, string NameEn, string? NameHe, IReadOnlyList<string> Aliases, string? Role, string? AffiliationKey,
    IReadOnlyList<string> Titles, IReadOnlyList<string> Metonyms, IReadOnlyList<string> Adjectives, string? Capital, bool IsAdvisoryBody);

public sealed record ActorResult(bool Succeeded, string? Error = null, bool Conflict = false, int? ActorId = null)
{
    public static ActorResult Fail(string error) => new(false, error);
    public static readonly ActorResult Stale = new(false, "Someone changed this actor meanwhile. Reload to see their change, then try again.", Conflict: true);
}

/// <summary>
/// The actor gazetteer as admins curate it, and the actors extraction proposed. Audited; after a change the compiled
/// extractor and topic classifier (rules may name @actor:KEY) are rebuilt on next use.
/// </summary>
public sealed partial class ActorAdminService(IDbContextFactory<BriefingDbContext> dbFactory, TimeProvider clock,
    EventExtractionService events, TopicAssignmentService topics)
{
    public async Task<List<ActorRow>> ListAsync(string? search = null, ActorStatus status = ActorStatus.Confirmed, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Actors.AsNoTracking().Where(a => a.Status == status).OrderBy(a => a.Kind).ThenBy(a => a.NameEn)
            .Select(a => new { Actor = a, EventCount = db.EventActors.Where(ea => ea.ActorId == a.Id).Select(ea => ea.EventId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        // The gazetteer is small and aliases are stored as JSON arrays, so the search runs in memory.
        if (!string.IsNullOrWhiteSpace(search))
        {
            var t = search.Trim();
            rows = [.. rows.Where(r => new[] { r.Actor.Key, r.Actor.NameEn, r.Actor.NameHe, r.Actor.Role }.Concat(r.Actor.Aliases)
                .Any(x => x is not null && x.Contains(t, StringComparison.OrdinalIgnoreCase)))];
        }
        return [.. rows.Select(r => ToRow(r.Actor, r.EventCount))];
    }

    public async Task<ActorResult> CreateAsync(ActorEdit edit, CurrentUser user, CancellationToken cancellationToken = default)
    {
        if (Validate(edit) is { } error)
            return ActorResult.Fail(error);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Actors.AnyAsync(a => a.Key == edit.Key, cancellationToken))
            return ActorResult.Fail($"The key '{edit.Key}' is taken; choose another.");
        var actor = new Actor { Key = edit.Key, NameEn = edit.NameEn, Status = ActorStatus.Confirmed, CreatedAt = Now };
        Apply(actor, edit);
        db.Actors.Add(actor);
        // The audit row names the new id, so save twice inside one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        AuditLog.Add(db, user, "actor.create", "Actor", actor.Id, null, Snapshot(actor), Now);
        var result = await SaveAsync(db, actor.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public Task<ActorResult> UpdateAsync(int id, Guid version, ActorEdit edit, CurrentUser user, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, user, "actor.edit", a => Validate(edit) ?? Apply(a, edit), cancellationToken);

    /// <summary>Accepts an actor extraction proposed, optionally corrected first (key, names, kind…).</summary>
    public Task<ActorResult> ConfirmAsync(int id, Guid version, ActorEdit? edit, CurrentUser user, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, user, "actor.confirm", a =>
        {
            if (edit is not null && (Validate(edit) ?? Apply(a, edit)) is { } error)
                return error;
            a.Status = ActorStatus.Confirmed;
            return null;
        }, cancellationToken);

    /// <summary>Turns a proposal down; the row stays (dismissed) so extraction does not propose the name again.</summary>
    public Task<ActorResult> DismissAsync(int id, Guid version, CurrentUser user, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, user, "actor.dismiss", a =>
        {
            a.Status = ActorStatus.Dismissed;
            return null;
        }, cancellationToken);

    /// <summary>Deletes an actor; its roles in events go with it (the events stay).</summary>
    public async Task<ActorResult> DeleteAsync(int id, Guid version, CurrentUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await db.Actors.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (actor is null)
            return ActorResult.Fail("This actor no longer exists.");
        if (actor.Version != version)
            return ActorResult.Stale;
        db.Entry(actor).Property(a => a.Version).OriginalValue = version;
        AuditLog.Add(db, user, "actor.delete", "Actor", id, Snapshot(actor), null, Now);
        db.Actors.Remove(actor);
        return await SaveAsync(db, id, cancellationToken);
    }

    private async Task<ActorResult> ChangeAsync(int id, Guid version, CurrentUser user, string action, Func<Actor, string?> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await db.Actors.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (actor is null)
            return ActorResult.Fail("This actor no longer exists.");
        if (actor.Version != version)
            return ActorResult.Stale;
        db.Entry(actor).Property(a => a.Version).OriginalValue = version;
        var before = Snapshot(actor);
        var oldKey = actor.Key;
        if (change(actor) is { } error)
            return ActorResult.Fail(error);
        if (actor.Key != oldKey && await db.Actors.AnyAsync(a => a.Key == actor.Key && a.Id != id, cancellationToken))
            return ActorResult.Fail($"The key '{actor.Key}' is taken; choose another.");
        db.Entry(actor).Property(a => a.Status).IsModified = true;
        AuditLog.Add(db, user, action, "Actor", id, before, Snapshot(actor), Now);
        return await SaveAsync(db, id, cancellationToken);
    }

    private async Task<ActorResult> SaveAsync(BriefingDbContext db, int id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ActorResult.Stale;
        }
        events.Invalidate();
        topics.Invalidate();
        return new ActorResult(true, ActorId: id);
    }

    private static string? Validate(ActorEdit edit)
    {
        if (!KeyPattern().IsMatch(edit.Key ?? ""))
            return "The key is lower-case letters, digits and hyphens, at least two characters (e.g. hikmet-hajiyev).";
        if (string.IsNullOrWhiteSpace(edit.NameEn))
            return "The English name cannot be empty.";
        return null;
    }

    private static string? Apply(Actor actor, ActorEdit edit)
    {
        actor.Key = edit.Key.Trim();
        actor.Kind = edit.Kind;
        actor.NameEn = edit.NameEn.Trim();
        actor.NameHe = Blank(edit.NameHe);
        actor.Aliases = Clean(edit.Aliases);
        actor.Role = Blank(edit.Role);
        actor.AffiliationKey = Blank(edit.AffiliationKey);
        actor.Titles = Clean(edit.Titles);
        actor.Metonyms = Clean(edit.Metonyms);
        actor.Adjectives = Clean(edit.Adjectives);
        actor.Capital = Blank(edit.Capital);
        actor.IsAdvisoryBody = edit.IsAdvisoryBody;
        return null;
    }

    private static List<string> Clean(IReadOnlyList<string>? items) =>
        [.. (items ?? []).Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal)];

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static ActorRow ToRow(Actor a, int eventCount) => new(a.Id, a.Key, a.Kind, a.NameEn, a.NameHe, a.Aliases, a.Role, a.AffiliationKey,
        a.Titles, a.Metonyms, a.Adjectives, a.Capital, a.IsAdvisoryBody, a.Status, a.Version, eventCount);

    private static object Snapshot(Actor a) => new
    {
        a.Key, kind = a.Kind.ToString().ToLowerInvariant(), a.NameEn, a.NameHe, a.Aliases, a.Role, a.AffiliationKey, a.Titles, a.Metonyms,
        a.Adjectives, a.Capital, a.IsAdvisoryBody, status = a.Status.ToString().ToLowerInvariant(),
    };

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [GeneratedRegex(@"^[\p{Ll}\p{Lo}0-9][\p{Ll}\p{Lo}0-9-]{1,99}$")]
    private static partial Regex KeyPattern();
}
