namespace Briefing.Analysis.Actors;

/// <summary>What an actor is; the API uses the lower-case names.</summary>
public enum ActorKind
{
    Person,
    Organization,
    State,
}

/// <summary>Stable lower-case names for <see cref="ActorKind"/> as used in the API ("person", "organization", "state").</summary>
public static class ActorKindNames
{
    public static string ToName(this ActorKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string? name, out ActorKind kind) => Enum.TryParse(name, ignoreCase: true, out kind) && Enum.IsDefined(kind);
}
