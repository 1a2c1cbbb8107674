namespace Briefing.Web.Data.Entities;

public enum ActorKind { Person, Organization, State }

/// <summary>Dismissed: a proposal an admin turned down; kept so extraction does not propose it again.</summary>
public enum ActorStatus { Confirmed, Proposed, Dismissed }

/// <summary>A gazetteer entry: canonical English name, Hebrew name and spelling variants in both languages.</summary>
public class Actor : IVersioned
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public ActorKind Kind { get; set; }
    public required string NameEn { get; set; }
    public string? NameHe { get; set; }
    public List<string> Aliases { get; set; } = [];
    public string? Role { get; set; }
    /// <summary>For people and organizations: the key of the state they belong to.</summary>
    public string? AffiliationKey { get; set; }
    /// <summary>Descriptions that name the actor when no name follows ("ראש הממשלה", "Israel's prime minister").</summary>
    public List<string> Titles { get; set; } = [];
    /// <summary>For states: the capital and set phrases standing for the state ("Baku", "the Islamic Republic").</summary>
    public List<string> Metonyms { get; set; } = [];
    /// <summary>For states: adjectives and demonyms ("Azeri", "אזרי").</summary>
    public List<string> Adjectives { get; set; } = [];
    public string? Capital { get; set; }
    /// <summary>Think tanks and policy institutes: what they publish is a recommendation.</summary>
    public bool IsAdvisoryBody { get; set; }
    public ActorStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; }
}
