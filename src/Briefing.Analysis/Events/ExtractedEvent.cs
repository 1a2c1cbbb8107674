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
/// <see cref="StatuteKey"/> names the tracked law a legislation event is about; <see cref="DateFromSentence"/> is true
/// when a date expression in the quote itself gave the date (otherwise it came from the article's lead or publication date).
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
    RecommendationDetail? Recommendation = null,
    string? StatuteKey = null,
    bool DateFromSentence = false);
