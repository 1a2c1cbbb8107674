namespace Briefing.Analysis.Ingestion;

/// <summary>Language from the script of the letters, with a declared language (html lang, feed language) as a tie-breaker.</summary>
public static class LanguageDetector
{
    /// <summary>"he" when Hebrew letters are at least 30% of letters (Hebrew news quotes Latin names freely), else the script's language.</summary>
    public static string Detect(string text, string? declared = null)
    {
        int hebrew = 0, latin = 0, arabic = 0, cyrillic = 0, letters = 0;
        var sample = text.AsSpan(0, Math.Min(text.Length, 200_000));
        foreach (var c in sample)
        {
            // ASCII and the Hebrew letters are almost all of the text: decided by range, without char.IsLetter.
            if (c < '\u0080')
            {
                if (char.IsAsciiLetter(c))
                {
                    letters++;
                    latin++;
                }
                continue;
            }
            if (c is >= '\u05D0' and <= '\u05EA')
            {
                letters++;
                hebrew++;
                continue;
            }
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c is >= '\u05D0' and <= '\u05EA' or >= '\uFB1D' and <= '\uFB4F') hebrew++;
            else if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F') latin++;
            else if (c is >= '\u0600' and <= '\u06FF') arabic++;
            else if (c is >= '\u0400' and <= '\u04FF') cyrillic++;
        }
        var declaredCode = Normalise(declared);
        if (letters < 20) return declaredCode ?? (hebrew > latin ? "he" : latin > 0 ? "en" : "und");
        if (hebrew * 10 >= letters * 3) return "he";
        if (arabic * 2 > letters) return declaredCode is "fa" or "ur" ? declaredCode : "ar";
        if (cyrillic * 2 > letters) return declaredCode is "uk" or "bg" ? declaredCode : "ru";
        if (latin * 2 > letters) return declaredCode is { } code && code != "he" ? code : "en";
        return declaredCode ?? "und";
    }

    /// <summary>"en-US" → "en", "iw" → "he"; null for empty input.</summary>
    public static string? Normalise(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared)) return null;
        var code = declared.Trim().Split('-', '_')[0].ToLowerInvariant();
        if (code == "iw") return "he";
        return code.Length is 2 or 3 && code.All(char.IsAsciiLetterLower) ? code : null;
    }
}
