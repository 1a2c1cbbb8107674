namespace Briefing.Web.Data.Entities;

public enum SourceKind { Manual, File, Feed, Api }

/// <summary>Where articles come from: an outlet named on import, or an RSS/Atom subscription polled on a schedule.</summary>
public class Source
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public SourceKind Kind { get; set; }
    public string? FeedUrl { get; set; }
    public int PollIntervalMinutes { get; set; } = 60;
    public bool IsEnabled { get; set; } = true;
    public string? ETag { get; set; }
    public string? LastModified { get; set; }
    public DateTime? LastPolledAt { get; set; }
    public DateTime? NextPollAt { get; set; }
    public string? LastResult { get; set; }
    public int ConsecutiveErrors { get; set; }
    public DateTime CreatedAt { get; set; }
}
