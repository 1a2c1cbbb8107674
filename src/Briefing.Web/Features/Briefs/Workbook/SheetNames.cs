namespace Briefing.Web.Features.Briefs.Workbook;

/// <summary>
/// Hands out sheet names Excel accepts: at most 31 characters, none of []:*?/\, no leading or trailing apostrophe,
/// not "History", and unique ignoring case — also when long names only differ after the cut.
/// </summary>
public sealed class SheetNames
{
    public const int MaxLength = 31;
    private static readonly char[] Forbidden = ['[', ']', ':', '*', '?', '/', '\\'];
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase) { "History" };

    /// <summary>Returns a valid name based on <paramref name="wanted"/>, or on <paramref name="fallback"/> when nothing usable is left.</summary>
    public string Allocate(string? wanted, string fallback = "Sheet")
    {
        var name = Sanitize(wanted);
        if (name.Length == 0) name = Sanitize(fallback);
        if (name.Length == 0) name = "Sheet";

        var candidate = name;
        for (var n = 2; !_used.Add(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = CellText.Truncate(name, MaxLength - suffix.Length).TrimEnd() + suffix;
        }
        return candidate;
    }

    internal static string Sanitize(string? wanted)
    {
        if (string.IsNullOrWhiteSpace(wanted)) return "";
        var chars = CellText.Clean(wanted).ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (Array.IndexOf(Forbidden, chars[i]) >= 0 || char.IsControl(chars[i])) chars[i] = ' ';
        }
        var collapsed = string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        collapsed = collapsed.Trim('\'', ' ');
        return CellText.Truncate(collapsed, MaxLength).TrimEnd('\'', ' ');
    }
}
