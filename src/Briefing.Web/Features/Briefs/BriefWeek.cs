using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Web.Features.Briefs;

/// <summary>
/// A brief's week. Labels are ISO weeks ("2025-W32"); the seven days run from the configured first day of the week
/// (Sunday by default, as the Israeli working week does) on or before that ISO week's Monday.
/// </summary>
public readonly partial record struct BriefWeek(string Label, DateOnly From, DateOnly To)
{
    public static BriefWeek Of(int isoYear, int isoWeek, DayOfWeek firstDay)
    {
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(isoYear, isoWeek, DayOfWeek.Monday));
        var start = monday.AddDays(-(((int)monday.DayOfWeek - (int)firstDay + 7) % 7));
        return new BriefWeek($"{isoYear}-W{isoWeek:00}", start, start.AddDays(6));
    }

    public static bool TryParse(string? label, DayOfWeek firstDay, out BriefWeek week)
    {
        week = default;
        var match = label is null ? null : Pattern().Match(label.Trim());
        if (match is not { Success: true })
            return false;
        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var number = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (year is < 1900 or > 2100 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
            return false;
        week = Of(year, number, firstDay);
        return true;
    }

    /// <summary>The week that contains <paramref name="day"/>.</summary>
    public static BriefWeek Containing(DateOnly day, DayOfWeek firstDay)
    {
        var start = day.AddDays(-(((int)day.DayOfWeek - (int)firstDay + 7) % 7));
        // Label by the ISO week of the Monday inside these seven days.
        var monday = start.AddDays(((int)DayOfWeek.Monday - (int)start.DayOfWeek + 7) % 7);
        var dt = monday.ToDateTime(TimeOnly.MinValue);
        return new BriefWeek($"{ISOWeek.GetYear(dt)}-W{ISOWeek.GetWeekOfYear(dt):00}", start, start.AddDays(6));
    }

    /// <summary>The last completed week before <paramref name="today"/>: the composer's default.</summary>
    public static BriefWeek LastCompleted(DateOnly today, DayOfWeek firstDay) => Containing(today, firstDay).Previous;

    public BriefWeek Previous => Containing(From.AddDays(-7), (DayOfWeek)((int)From.DayOfWeek));

    [GeneratedRegex(@"^(\d{4})-W(\d{1,2})$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
