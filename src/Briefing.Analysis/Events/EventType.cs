namespace Briefing.Analysis.Events;

/// <summary>The kinds of event a timeline shows. The API uses the lower-case names (see <see cref="EventTypeNames"/>).</summary>
public enum EventType
{
    Meeting,
    Visit,
    Statement,
    Recommendation,
    Legislation,
    Agreement,
}

/// <summary>Stable lower-case names for <see cref="EventType"/> as used in the API and the database.</summary>
public static class EventTypeNames
{
    /// <summary>"meeting", "visit", "statement", "recommendation", "legislation" or "agreement".</summary>
    public static string ToName(this EventType type) => type.ToString().ToLowerInvariant();

    /// <summary>Parses a lower-case (or any-case) type name; false when it is not one of the six.</summary>
    public static bool TryParse(string? name, out EventType type) =>
        Enum.TryParse(name, ignoreCase: true, out type) && Enum.IsDefined(type);
}
