namespace Briefing.Analysis.Actors;

/// <summary>A name found in an actor position that the gazetteer does not know, for an admin to confirm.</summary>
/// <param name="Name">The name as written.</param>
/// <param name="Kind">Person, or organization when the name ends in a word like "Council" or "Institute".</param>
/// <param name="Language">"he" or "en".</param>
/// <param name="Context">The sentence it was found in.</param>
/// <param name="Start">Offset of the name in the body.</param>
/// <param name="Length">Length of the name in the body.</param>
public sealed record ProposedActor(string Name, ActorKind Kind, string Language, string Context, int Start, int Length);
