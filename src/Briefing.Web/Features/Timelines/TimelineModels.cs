using Briefing.Web.Data.Entities;

namespace Briefing.Web.Features.Timelines;

public sealed record TimelineActor(int Id, string Key, string Name, string? NameHe, ActorKind Kind, string Role);

public sealed record TimelineSource(int Id, int ArticleId, string Title, string Language, string? Url, string? SourceName, DateOnly Published, string Quote);

public sealed record TimelineEvent(
    int Id, EventType Type, int? Year, int? Month, int? Day, DatePrecision Precision, DateTime? SortDate,
    string Summary, string? Place, EventStatus Status, bool IsCurated,
    string? RecommendedBy, string? RecommendedTo, string? RecommendationText, string? StatuteKey, string? Language, Guid Version,
    IReadOnlyList<TimelineActor> Actors, IReadOnlyList<string> Topics, IReadOnlyList<TimelineSource> Sources)
{
    /// <summary>The API's date string, as precise as the sources allow: "YYYY-MM-DD", "YYYY-MM", "YYYY" or null.</summary>
    public string? DateText => Precision switch
    {
        DatePrecision.Day when Year is { } y && Month is { } m && Day is { } d => $"{y:D4}-{m:D2}-{d:D2}",
        DatePrecision.Month when Year is { } y && Month is { } m => $"{y:D4}-{m:D2}",
        DatePrecision.Year when Year is { } y => $"{y:D4}",
        _ => null,
    };
}

/// <summary>
/// What a timeline shows. <see cref="Statuses"/> null means every status except rejected. Date bounds are inclusive days
/// and compare with the first day an event's date can mean; undated events only appear when no bound is given.
/// </summary>
public sealed record TimelineFilter(
    string? Topic = null,
    IReadOnlyCollection<EventType>? Types = null,
    string? Actor = null,
    DateOnly? From = null,
    DateOnly? To = null,
    IReadOnlyCollection<EventStatus>? Statuses = null,
    string? Statute = null,
    bool RecommendationsOnly = false,
    bool NewestFirst = false,
    int Skip = 0,
    int Take = 500,
    int CountLimit = 1000);

/// <summary>
/// One page of events; <see cref="Total"/> counts matches up to the filter's CountLimit (then <see cref="TotalIsCapped"/>):
/// an exact count of a large timeline costs more than the page itself and nobody reads past "1000+".
/// </summary>
public sealed record TimelinePage(int Total, IReadOnlyList<TimelineEvent> Items, bool TotalIsCapped = false);

public sealed record ActorOption(int Id, string Key, string NameEn, string? NameHe, ActorKind Kind);
