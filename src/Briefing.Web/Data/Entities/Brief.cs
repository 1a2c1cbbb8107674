namespace Briefing.Web.Data.Entities;

/// <summary>An immutable weekly brief: its content as JSON and the exact workbook bytes, so a download never changes.</summary>
public class Brief
{
    public int Id { get; set; }
    /// <summary>ISO week, e.g. 2025-W32.</summary>
    public required string Week { get; set; }
    public DateTime From { get; set; }
    public DateTime To { get; set; }
    public required string Title { get; set; }
    public string Language { get; set; } = "en";
    public string TopicSlugs { get; set; } = "";
    public required string ContentJson { get; set; }
    public required byte[] Workbook { get; set; }
    public required string Sha256 { get; set; }
    public string? AuthorId { get; set; }
    public required string AuthorEmail { get; set; }
    public DateTime CreatedAt { get; set; }
    public int? BasedOnId { get; set; }
}
