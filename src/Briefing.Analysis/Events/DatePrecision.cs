namespace Briefing.Analysis.Events;

/// <summary>How much of an event's date the source supports.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
    Unknown,
}
