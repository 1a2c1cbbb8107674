namespace Briefing.Analysis.Events;

/// <summary>How much of an event's date the source supports.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
    Unknown,
}

/// <summary>Stable lower-case names for <see cref="DatePrecision"/> as used in the API ("day", "month", "year", "unknown").</summary>
public static class DatePrecisionNames
{
    public static string ToName(this DatePrecision precision) => precision.ToString().ToLowerInvariant();

    public static bool TryParse(string? name, out DatePrecision precision) =>
        Enum.TryParse(name, ignoreCase: true, out precision) && Enum.IsDefined(precision);
}
