namespace Briefing.Web.Data.Entities;

public enum ActorKind { Person, Organization, State }

public enum ActorStatus { Confirmed, Proposed }

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
    public ActorStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; }
}
