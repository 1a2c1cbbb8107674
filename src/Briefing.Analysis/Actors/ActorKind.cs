namespace Briefing.Analysis.Actors;

/// <summary>What an actor is; the API uses the lower-case names.</summary>
public enum ActorKind
{
    Person,
    Organization,
    State,
}
