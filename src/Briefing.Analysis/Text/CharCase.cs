namespace Briefing.Analysis.Text;

/// <summary>
/// Invariant lower-casing and letter tests with fast paths for the two scripts of the news: ASCII (a bit operation)
/// and Hebrew (uncased). Anything else goes to <see cref="char"/>'s own methods, so results are always identical to them;
/// only the cost differs (char.ToLowerInvariant goes through TextInfo for every character).
/// </summary>
internal static class CharCase
{
    public static char ToLowerInvariant(char c)
    {
        if (c < '\u0080') return char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        if (c is >= '\u0590' and <= '\u05FF') return c; // the Hebrew block has no cased letters
        return char.ToLowerInvariant(c);
    }

    public static bool IsLetterOrDigit(char c) =>
        c < '\u0080' ? char.IsAsciiLetterOrDigit(c) : IsHebrewLetter(c) || char.IsLetterOrDigit(c);

    public static bool IsLetter(char c) =>
        c < '\u0080' ? char.IsAsciiLetter(c) : IsHebrewLetter(c) || char.IsLetter(c);

    public static bool IsHebrewLetter(char c) => c is >= '\u05D0' and <= '\u05EA';

    /// <summary>ו ה ב כ ל מ ש: the letters a Hebrew word may carry in front ("and", "the", "in", "as", "to", "from", "that").</summary>
    public static bool IsHebrewPrefixLetter(char c) => c is 'ו' or 'ה' or 'ב' or 'כ' or 'ל' or 'מ' or 'ש';
}
