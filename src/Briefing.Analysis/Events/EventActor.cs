using Briefing.Analysis.Actors;

namespace Briefing.Analysis.Events;

/// <summary>A participant of an event, by gazetteer key and canonical names.</summary>
public sealed record EventActor(string Key, string NameEn, string? NameHe, ActorKind Kind)
{
    internal static EventActor From(ActorDefinition actor) => new(actor.Key, actor.NameEn, actor.NameHe, actor.Kind);
}
