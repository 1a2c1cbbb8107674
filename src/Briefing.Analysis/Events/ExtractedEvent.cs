namespace Briefing.Analysis.Events;

/// <summary>Where a quote sits: in the title or in the body.</summary>
public enum TextField
{
    Title,
    Body,
}

/// <summary>
/// One event found in one article. <see cref="Quote"/> is the source sentence in the original language;
/// <see cref="QuoteStart"/>/<see cref="QuoteLength"/> locate it in the field it came from.
/// </summary>
public sealed record ExtractedEvent(
    EventType Type,
    PartialDate Date,
    IReadOnlyList<EventActor> Actors,
    string? Place,
    string Summary,
    string Quote,
    TextField QuoteField,
    int QuoteStart,
    int QuoteLength,
    string Language,
    string Trigger,
    RecommendationDetail? Recommendation = null);
