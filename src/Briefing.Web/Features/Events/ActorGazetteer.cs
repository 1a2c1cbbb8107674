using Briefing.Analysis.Actors;
using Briefing.Web.Data;
using Briefing.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using AnalysisActorKind = Briefing.Analysis.Actors.ActorKind;
using StoredActorKind = Briefing.Web.Data.Entities.ActorKind;

namespace Briefing.Web.Features.Events;

/// <summary>Maps the stored gazetteer (admins edit it) to the analysis library's definitions, and seeds it.</summary>
public static class ActorGazetteer
{
    public static ActorDefinition ToDefinition(Actor actor) => new(actor.Key, ToAnalysis(actor.Kind), actor.NameEn, actor.NameHe,
        actor.Aliases, actor.Role, actor.AffiliationKey, actor.Titles, actor.Metonyms, actor.Adjectives, actor.Capital, actor.IsAdvisoryBody);

    public static Actor ToEntity(ActorDefinition definition, DateTime now) => new()
    {
        Key = definition.Key, Kind = ToStored(definition.Kind), NameEn = definition.NameEn, NameHe = definition.NameHe,
        Aliases = [.. definition.Aliases], Role = definition.Role, AffiliationKey = definition.AffiliationKey,
        Titles = [.. definition.Titles ?? []], Metonyms = [.. definition.Metonyms ?? []], Adjectives = [.. definition.Adjectives ?? []],
        Capital = definition.Capital, IsAdvisoryBody = definition.IsAdvisoryBody, Status = ActorStatus.Confirmed, CreatedAt = now,
    };

    public static AnalysisActorKind ToAnalysis(StoredActorKind kind) => kind switch
    {
        StoredActorKind.Person => AnalysisActorKind.Person,
        StoredActorKind.Organization => AnalysisActorKind.Organization,
        _ => AnalysisActorKind.State,
    };

    public static StoredActorKind ToStored(AnalysisActorKind kind) => kind switch
    {
        AnalysisActorKind.Person => StoredActorKind.Person,
        AnalysisActorKind.Organization => StoredActorKind.Organization,
        _ => StoredActorKind.State,
    };

    /// <summary>Adds the seed actors that are not stored yet (by key); admins' edits to stored ones are kept.</summary>
    public static async Task SeedAsync(BriefingDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var existing = (await db.Actors.Select(a => a.Key).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var definition in SeedActors.All.Where(d => !existing.Contains(d.Key)))
            db.Actors.Add(ToEntity(definition, now));
        await db.SaveChangesAsync(cancellationToken);
    }
}
