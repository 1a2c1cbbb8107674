using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Analysis.Ingestion;

/// <summary>
/// Published dates from metadata (ISO 8601, RFC 822) and from printed datelines in Hebrew and English.
/// Impossible dates (30 February, before 1900, after 2100 or well after the caller's clock) are never returned;
/// they are reported through the warnings list instead.
/// </summary>
public static partial class DateParsing
{
    private static readonly DateTimeOffset Earliest = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Latest = new(2100, 12, 31, 23, 59, 59, TimeSpan.Zero);

    private static readonly Dictionary<string, int> EnglishMonths = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["january"] = 1, ["feb"] = 2, ["february"] = 2, ["mar"] = 3, ["march"] = 3, ["apr"] = 4, ["april"] = 4,
        ["may"] = 5, ["jun"] = 6, ["june"] = 6, ["jul"] = 7, ["july"] = 7, ["aug"] = 8, ["august"] = 8,
        ["sep"] = 9, ["sept"] = 9, ["september"] = 9, ["oct"] = 10, ["october"] = 10, ["nov"] = 11, ["november"] = 11,
        ["dec"] = 12, ["december"] = 12,
    };

    private static readonly Dictionary<string, int> HebrewMonths = new()
    {
        ["ינואר"] = 1, ["פברואר"] = 2, ["מרץ"] = 3, ["מרס"] = 3, ["אפריל"] = 4, ["מאי"] = 5, ["יוני"] = 6,
        ["יולי"] = 7, ["אוגוסט"] = 8, ["ספטמבר"] = 9, ["אוקטובר"] = 10, ["נובמבר"] = 11, ["דצמבר"] = 12,
    };

    private static readonly Dictionary<string, TimeSpan> ZoneNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = TimeSpan.Zero, ["UT"] = TimeSpan.Zero, ["UTC"] = TimeSpan.Zero, ["Z"] = TimeSpan.Zero,
        ["EST"] = TimeSpan.FromHours(-5), ["EDT"] = TimeSpan.FromHours(-4), ["CST"] = TimeSpan.FromHours(-6),
        ["CDT"] = TimeSpan.FromHours(-5), ["MST"] = TimeSpan.FromHours(-7), ["MDT"] = TimeSpan.FromHours(-6),
        ["PST"] = TimeSpan.FromHours(-8), ["PDT"] = TimeSpan.FromHours(-7), ["IST"] = TimeSpan.FromHours(2),
        ["IDT"] = TimeSpan.FromHours(3), ["CET"] = TimeSpan.FromHours(1), ["CEST"] = TimeSpan.FromHours(2),
        ["BST"] = TimeSpan.FromHours(1),
    };

    /// <summary>
    /// A metadata timestamp: ISO 8601 / RFC 3339 (article:published_time, JSON-LD, Atom, &lt;time datetime&gt;) or
    /// RFC 822 (RSS pubDate, tolerant of a missing weekday, two-digit years and named zones). Returned in the offset the
    /// text states (UTC when it states none). Unreadable or impossible values add a warning and return null.
    /// </summary>
    public static DateTimeOffset? ParseTimestamp(string? value, ICollection<string>? warnings = null, DateTimeOffset? now = null)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        var iso = IsoPattern().Match(text);
        if (iso.Success)
        {
            var offset = TimeSpan.Zero;
            var zone = iso.Groups["zone"].Value;
            if (zone.Length > 1 && !TryParseOffset(zone, out offset)) return Reject(warnings, text, "its time zone is not valid");
            return Build(warnings, text, now, Int(iso, "y"), Int(iso, "m"), Int(iso, "d"),
                IntOr(iso, "h"), IntOr(iso, "min"), IntOr(iso, "s"), offset);
        }
        var rfc = Rfc822Pattern().Match(text);
        if (rfc.Success && EnglishMonths.TryGetValue(rfc.Groups["mon"].Value.TrimEnd('.'), out var month))
        {
            var year = Int(rfc, "y");
            if (rfc.Groups["y"].Value.Length == 2) year += year < 50 ? 2000 : 1900;
            var offset = TimeSpan.Zero;
            var zone = rfc.Groups["zone"].Value;
            if (zone.Length > 0 && !TryParseOffset(zone, out offset) && !ZoneNames.TryGetValue(zone, out offset)) offset = TimeSpan.Zero;
            return Build(warnings, text, now, year, month, Int(rfc, "d"), IntOr(rfc, "h"), IntOr(rfc, "min"), IntOr(rfc, "s"), offset);
        }
        return FindDate(text, null, now) ?? Reject(warnings, text, "it is not a recognisable date");
    }

    /// <summary>
    /// The first full date (day, month and year) printed in a line: "09.08.2025", "2025-08-09", "24 בנובמבר 2025",
    /// "Nov. 24, 2025", "November 24, 2025", "24 November 2025". Returned at midnight with offset zero.
    /// </summary>
    /// <param name="line">The text to search (only its first 400 characters are read).</param>
    /// <param name="warnings">Receives a note for each impossible date seen.</param>
    /// <param name="now">The caller's clock; dates more than two days after it are impossible.</param>
    /// <param name="monthFirst">Read ambiguous slashed dates (05/11/2025) as month/day, as English-language US pages print them.
    /// Unambiguous ones (11/24/2025) are read month-first whatever this says.</param>
    /// <param name="twoDigitYear">Also accept "11.10.25" (day.month.two-digit year), as Israeli sites print in bylines;
    /// only for short byline/meta text, where a dotted triple is not a version number or a score.</param>
    public static DateTimeOffset? FindDate(string line, ICollection<string>? warnings = null, DateTimeOffset? now = null, bool monthFirst = false,
        bool twoDigitYear = false)
    {
        if (line.Length > 400) line = line[..400];
        // Every pattern below needs digits (\d: any decimal digit, as char.IsDigit); the plain text parser asks about
        // each short line of a page, and most have none.
        if (!HasDigit(line)) return null;
        var full = FindFullDate(line, warnings, now, monthFirst);
        if (full is not null || !twoDigitYear) return full;
        foreach (Match match in ShortYearPattern().Matches(line))
        {
            var year = Int(match, "y");
            var found = Build(warnings, match.Value, now, year < 70 ? 2000 + year : 1900 + year, Int(match, "m"), Int(match, "d"), 0, 0, 0, TimeSpan.Zero);
            if (found is not null) return found;
        }
        return null;
    }

    private static bool HasDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (c < '\u0080' ? char.IsAsciiDigit(c) : char.IsDigit(c))
                return true;
        return false;
    }

    private static DateTimeOffset? FindFullDate(string line, ICollection<string>? warnings, DateTimeOffset? now, bool monthFirst)
    {
        foreach (Match match in DatelinePattern().Matches(line))
        {
            int day, month, year;
            if (match.Groups["iy"].Success)
            {
                (year, month, day) = (Int(match, "iy"), Int(match, "im"), Int(match, "id"));
            }
            else if (match.Groups["ny"].Success)
            {
                (day, month, year) = (Int(match, "nd"), Int(match, "nm"), Int(match, "ny"));
                if ((month > 12 && day <= 12) || (monthFirst && match.Groups["sep"].Value == "/" && month <= 12)) (day, month) = (month, day);
            }
            else if (match.Groups["hy"].Success)
            {
                if (!HebrewMonths.TryGetValue(match.Groups["hm"].Value, out month)) continue;
                (day, year) = (Int(match, "hd"), Int(match, "hy"));
            }
            else if (match.Groups["ey"].Success)
            {
                if (!EnglishMonths.TryGetValue(match.Groups["em"].Value, out month)) continue;
                (day, year) = (Int(match, "ed"), Int(match, "ey"));
            }
            else
            {
                if (!EnglishMonths.TryGetValue(match.Groups["fm"].Value, out month)) continue;
                (day, year) = (Int(match, "fd"), Int(match, "fy"));
            }
            var found = Build(warnings, match.Value, now, year, month, day, 0, 0, 0, TimeSpan.Zero);
            if (found is not null) return found;
        }
        return null;
    }

    private static DateTimeOffset? Build(ICollection<string>? warnings, string text, DateTimeOffset? now,
        int year, int month, int day, int hour, int minute, int second, TimeSpan offset)
    {
        if (year < Earliest.Year || year > Latest.Year) return Reject(warnings, text, $"the year {year} is outside 1900–2100");
        if (month is < 1 or > 12) return Reject(warnings, text, $"there is no month {month}");
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return Reject(warnings, text, $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has no day {day}");
        if (hour > 23 || minute > 59 || second > 60) return Reject(warnings, text, "the time of day is not valid");
        if (offset.Duration() > TimeSpan.FromHours(14)) return Reject(warnings, text, "its time zone is not valid");
        var value = new DateTimeOffset(year, month, day, hour, minute, Math.Min(second, 59), offset);
        if (now is { } clock && value > clock.AddDays(2)) return Reject(warnings, text, "it is in the future");
        return value;
    }

    private static DateTimeOffset? Reject(ICollection<string>? warnings, string text, string why)
    {
        warnings?.Add($"Impossible date \"{Shorten(text)}\" ignored: {why}.");
        return null;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private static bool TryParseOffset(string zone, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (zone is "Z" or "z") return true;
        var match = OffsetPattern().Match(zone);
        if (!match.Success) return false;
        var hours = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var minutes = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        if (hours > 14 || minutes > 59) return false;
        offset = new TimeSpan(hours, minutes, 0) * (match.Groups[1].Value == "-" ? -1 : 1);
        return true;
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
    private static int IntOr(Match match, string group) => match.Groups[group].Success ? Int(match, group) : 0;

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[T ](?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2})(?:[.,]\d+)?)?)?\s*(?<zone>Z|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(?:[A-Za-z]{2,9}\.?,?\s*)?(?<d>\d{1,2})\s+(?<mon>[A-Za-z]{3,9}\.?)\s+(?<y>\d{4}|\d{2})(?:\s+(?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2}))?)?\s*(?<zone>[+-]\d{4}|[+-]\d{2}:\d{2}|[A-Za-z]{1,5})?\s*$", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Rfc822Pattern();

    [GeneratedRegex(@"(?<![\d.])(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{2})(?![\d.])", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex ShortYearPattern();

    [GeneratedRegex(@"^([+-])(\d{2}):?(\d{2})$", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex OffsetPattern();

    // Alternatives: ISO y-m-d; numeric d.m.y (day first, as printed in Israel and Europe); Hebrew "24 בנובמבר 2025";
    // English "Nov. 24, 2025" / "November 24 2025"; English "24 November 2025".
    [GeneratedRegex(@"(?<![\d.])(?:(?<iy>\d{4})-(?<im>\d{1,2})-(?<id>\d{1,2})|(?<nd>\d{1,2})(?<sep>[./-])(?<nm>\d{1,2})\k<sep>(?<ny>\d{4})|(?<hd>\d{1,2})\s+ב?(?<hm>[\u05D0-\u05EA]{3,7})\s+(?<hy>\d{4})|(?<em>[A-Za-z]{3,9})\.?\s+(?<ed>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<ey>\d{4})|(?<fd>\d{1,2})(?:st|nd|rd|th)?\s+(?<fm>[A-Za-z]{3,9})\.?,?\s+(?<fy>\d{4}))(?![\d])", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex DatelinePattern();
}
