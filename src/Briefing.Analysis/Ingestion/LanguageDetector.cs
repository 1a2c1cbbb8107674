namespace Briefing.Analysis.Ingestion;

/// <summary>Language from the script of the letters, with a declared language (html lang, feed language) as a tie-breaker.</summary>
public static class LanguageDetector
{
    private const int SampleLength = 200_000;

    /// <summary>"he" when Hebrew letters are at least 30% of letters (Hebrew news quotes Latin names freely), else the script's language.</summary>
    public static string Detect(string text, string? declared = null)
    {
        var counts = new LetterCounts();
        counts.Add(text.AsSpan(0, Math.Min(text.Length, SampleLength)));
        return counts.Language(declared);
    }

    /// <summary><see cref="Detect"/> of <paramref name="title"/> + "\n" + <paramref name="text"/>, without building that string.</summary>
    internal static string DetectJoined(string title, string text, string? declared = null)
    {
        var counts = new LetterCounts();
        counts.Add(title.AsSpan(0, Math.Min(title.Length, SampleLength)));
        var left = SampleLength - title.Length - 1; // the newline between them is no letter, but takes its place in the sample
        if (left > 0) counts.Add(text.AsSpan(0, Math.Min(text.Length, left)));
        return counts.Language(declared);
    }

    /// <summary>"en-US" → "en", "iw" → "he"; null for empty input.</summary>
    public static string? Normalise(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared)) return null;
        var code = declared.Trim().Split('-', '_')[0].ToLowerInvariant();
        if (code == "iw") return "he";
        return code.Length is 2 or 3 && code.All(char.IsAsciiLetterLower) ? code : null;
    }

    private struct LetterCounts
    {
        private int _hebrew, _latin, _arabic, _cyrillic, _letters;

        public void Add(ReadOnlySpan<char> sample)
        {
            foreach (var c in sample)
            {
                // ASCII and the Hebrew letters are almost all of the text: decided by range, without char.IsLetter.
                if (c < '\u0080')
                {
                    if (char.IsAsciiLetter(c))
                    {
                        _letters++;
                        _latin++;
                    }
                    continue;
                }
                if (c is >= '\u05D0' and <= '\u05EA')
                {
                    _letters++;
                    _hebrew++;
                    continue;
                }
                if (!char.IsLetter(c)) continue;
                _letters++;
                // ASCII and the Hebrew letters were counted above; what is left of either script is here.
                if (c is >= '\uFB1D' and <= '\uFB4F') _hebrew++;
                else if (c is >= '\u00C0' and <= '\u024F') _latin++;
                else if (c is >= '\u0600' and <= '\u06FF') _arabic++;
                else if (c is >= '\u0400' and <= '\u04FF') _cyrillic++;
            }
        }

        public readonly string Language(string? declared)
        {
            var declaredCode = Normalise(declared);
            if (_letters < 20) return declaredCode ?? (_hebrew > _latin ? "he" : _latin > 0 ? "en" : "und");
            if (_hebrew * 10 >= _letters * 3) return "he";
            if (_arabic * 2 > _letters) return declaredCode is "fa" or "ur" ? declaredCode : "ar";
            if (_cyrillic * 2 > _letters) return declaredCode is "uk" or "bg" ? declaredCode : "ru";
            if (_latin * 2 > _letters) return declaredCode is { } code && code != "he" ? code : "en";
            return declaredCode ?? "und";
        }
    }
}
