namespace Briefing.Web.Data.Entities;

public enum EventType { Meeting, Visit, Statement, Recommendation, Legislation, Agreement }

public enum DatePrecision { Day, Month, Year, Unknown }

public enum EventStatus { Proposed, Confirmed, Rejected }

/// <summary>
/// Something that happened, dated at the precision its sources support. Confirmed or edited events are never
/// overwritten by re-extraction (<see cref="IsCurated"/>).
/// </summary>
public class Event : IVersioned
{
    public int Id { get; set; }
    public EventType Type { get; set; }
    public int? Year { get; set; }
    public int? Month { get; set; }
    public int? Day { get; set; }
    public DatePrecision Precision { get; set; }
    /// <summary>First day the date can mean (UTC midnight); orders the timeline. Null when unknown.</summary>
    public DateTime? SortDate { get; set; }
    public string? Place { get; set; }
    public required string Summary { get; set; }
    public EventStatus Status { get; set; }
    public bool IsCurated { get; set; }
    public string? RecommendedBy { get; set; }
    public string? RecommendedTo { get; set; }
    public string? RecommendationText { get; set; }
    /// <summary>The tracked law a legislation event is about (e.g. "section-907"), for the statute history view.</summary>
    public string? StatuteKey { get; set; }
    /// <summary>Language of the first source ("he"/"en"); the summary is written in it or in English.</summary>
    public string? Language { get; set; }
    /// <summary>Key used to merge the same event reported by several articles.</summary>
    public string? MergeKey { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid Version { get; set; }

    public List<EventActor> Actors { get; set; } = [];
    public List<EventSource> Sources { get; set; } = [];
    public List<EventTopic> Topics { get; set; } = [];
}

public class EventActor
{
    public int EventId { get; set; }
    public Event? Event { get; set; }
    public int ActorId { get; set; }
    public Actor? Actor { get; set; }
    /// <summary>participant, recommender or addressee.</summary>
    public string Role { get; set; } = "participant";
}

/// <summary>An article reporting the event, with the sentence quoted in its original language.</summary>
public class EventSource
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event? Event { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public required string Quote { get; set; }
    /// <summary>"title" or "body": the field of the article the quote comes from.</summary>
    public string QuoteField { get; set; } = "body";
    public int QuoteStart { get; set; }
    public int QuoteLength { get; set; }
}

/// <summary>Denormalised from the sources' article topics so a topic timeline is one indexed range scan.</summary>
public class EventTopic
{
    public int EventId { get; set; }
    public Event? Event { get; set; }
    public int TopicId { get; set; }
    public Topic? Topic { get; set; }
    public DateTime? SortDate { get; set; }
}
