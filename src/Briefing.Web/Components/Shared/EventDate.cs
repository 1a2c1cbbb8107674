using System.Globalization;
using Briefing.Web.Data.Entities;

namespace Briefing.Web.Components.Shared;

/// <summary>Shows a date at the precision its source supports: "24 Nov 2025", "Nov 2025", "1992", or "date unknown".</summary>
public static class EventDate
{
    public static string Format(int? year, int? month, int? day, DatePrecision precision, CultureInfo culture) => precision switch
    {
        DatePrecision.Day when year is { } y && month is { } m && day is { } d => new DateTime(y, m, d).ToString("d MMM yyyy", culture),
        DatePrecision.Month when year is { } y && month is { } m => new DateTime(y, m, 1).ToString("MMM yyyy", culture),
        DatePrecision.Year when year is { } y => y.ToString(CultureInfo.InvariantCulture),
        _ => culture.TwoLetterISOLanguageName == "he" ? "תאריך לא ידוע" : "date unknown",
    };
}
