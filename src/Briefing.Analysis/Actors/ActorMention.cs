namespace Briefing.Analysis.Actors;

/// <summary>How a mention names its actor.</summary>
public enum MentionForm
{
    Name,
    Title,
    Metonym,
    Adjective,
}

/// <summary>An actor named in a text span.</summary>
/// <param name="Actor">The gazetteer entry.</param>
/// <param name="Form">Name, title, metonym or adjective.</param>
/// <param name="Start">Offset of the mention in the text searched.</param>
/// <param name="End">Offset just past the mention.</param>
/// <param name="Locative">Written as a location ("in Baku", "בבאקו"): a capital then gives the place rather than an actor.</param>
public sealed record ActorMention(ActorDefinition Actor, MentionForm Form, int Start, int End, bool Locative);
