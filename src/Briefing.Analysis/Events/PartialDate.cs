using System.Globalization;

namespace Briefing.Analysis.Events;

/// <summary>
/// A date known only to some precision: a day, a month, a year, or not at all.
/// Fields finer than the precision are null, so two values compare equal only when they say the same thing.
/// </summary>
public readonly record struct PartialDate
{
    private PartialDate(int? year, int? month, int? day, DatePrecision precision)
    {
        Year = year;
        Month = month;
        Day = day;
        Precision = precision;
    }

    public int? Year { get; }
    public int? Month { get; }
    public int? Day { get; }
    public DatePrecision Precision { get; }

    /// <summary>No date can be given.</summary>
    public static PartialDate Unknown => new(null, null, null, DatePrecision.Unknown);

    public static PartialDate OfDay(DateOnly date) => new(date.Year, date.Month, date.Day, DatePrecision.Day);

    public static PartialDate OfMonth(int year, int month) => new(year, month, null, DatePrecision.Month);

    public static PartialDate OfYear(int year) => new(year, null, null, DatePrecision.Year);

    /// <summary>Parses "YYYY-MM-DD", "YYYY-MM", "YYYY"; null or empty gives <see cref="Unknown"/>.</summary>
    public static PartialDate Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return Unknown;
        var parts = text.Split('-');
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        return parts.Length switch
        {
            1 => OfYear(year),
            2 => OfMonth(year, int.Parse(parts[1], CultureInfo.InvariantCulture)),
            _ => OfDay(new DateOnly(year, int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture))),
        };
    }

    /// <summary>"YYYY-MM-DD", "YYYY-MM" or "YYYY" to match the precision; null when unknown.</summary>
    public string? Format() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        DatePrecision.Year => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}"),
        _ => null,
    };

    /// <summary>The first day the value can denote (for sorting); null when unknown.</summary>
    public DateOnly? EarliestDay => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year!.Value, Month!.Value, Day!.Value),
        DatePrecision.Month => new DateOnly(Year!.Value, Month!.Value, 1),
        DatePrecision.Year => new DateOnly(Year!.Value, 1, 1),
        _ => null,
    };

    /// <summary>The last day the value can denote; null when unknown.</summary>
    public DateOnly? LatestDay => Precision switch
    {
        DatePrecision.Day => EarliestDay,
        DatePrecision.Month => new DateOnly(Year!.Value, Month!.Value, DateTime.DaysInMonth(Year.Value, Month.Value)),
        DatePrecision.Year => new DateOnly(Year!.Value, 12, 31),
        _ => null,
    };

    /// <summary>The same date reduced to a coarser precision (never made finer).</summary>
    public PartialDate Coarsen(DatePrecision precision) => (precision, Precision) switch
    {
        (_, DatePrecision.Unknown) or (DatePrecision.Unknown, _) => Unknown,
        (DatePrecision.Year, _) => OfYear(Year!.Value),
        (DatePrecision.Month, DatePrecision.Day or DatePrecision.Month) => OfMonth(Year!.Value, Month!.Value),
        _ => this,
    };

    public override string ToString() => Format() ?? "unknown";
}
