namespace Briefing.Web.Data.Entities;

/// <summary>Who changed what, when, with the state before and after (JSON), written in the same transaction as the change.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? UserId { get; set; }
    public required string User { get; set; }
    public required string Action { get; set; }
    public required string Entity { get; set; }
    public string? EntityId { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}
