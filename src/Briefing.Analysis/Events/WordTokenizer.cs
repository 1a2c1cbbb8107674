using System.Globalization;
using System.Text;

namespace Briefing.Analysis.Events;

/// <summary>
/// Splits text into words without changing offsets. Keeps ארה"ב, אזרבייג'ן, U.S. and Sa'ar as single words;
/// the key unifies ״/׳/’ with ASCII quotes, drops niqqud and dots, and drops an English possessive 's.
/// </summary>
internal static class WordTokenizer
{
    public static List<WordToken> Tokenize(string text, int from = 0, int to = -1)
    {
        if (to < 0)
            to = text.Length;
        var tokens = new List<WordToken>();
        var key = new StringBuilder();
        var i = from;
        while (i < to)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var segmentStart = i;
            key.Clear();
            while (i < to)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    key.Append(char.ToLowerInvariant(c));
                    i++;
                }
                else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                {
                    i++;
                }
                else if (IsQuote(c) && i + 1 < to && char.IsLetter(text[i + 1]) && i > start)
                {
                    key.Append(IsDoubleQuote(c) ? '"' : '\'');
                    i++;
                }
                else if (c == '.' && i - segmentStart == 1 && i + 1 < to && char.IsLetter(text[i + 1]) && char.IsUpper(text[i - 1]))
                {
                    // U.S., U.N.: an acronym with dots is one word; the key drops the dots.
                    i++;
                    segmentStart = i;
                }
                else
                {
                    break;
                }
            }
            if (i < to && text[i] == '.' && i - segmentStart == 1 && segmentStart > start)
                i++; // the final dot of U.S.
            var isHebrew = IsHebrewLetter(text[start]);
            var k = key.ToString();
            if (!isHebrew && k.Length > 2 && k.EndsWith("'s", StringComparison.Ordinal))
                k = k[..^2];
            tokens.Add(new WordToken(start, i, k, isHebrew));
        }
        return tokens;
    }

    public static bool IsHebrewLetter(char c) => c is >= '\u05D0' and <= '\u05EA';

    private static bool IsQuote(char c) => c is '\'' or '"' or '\u05F3' or '\u05F4' or '\u2019' or '\u2018' or '\u201D' or '\u201C';

    private static bool IsDoubleQuote(char c) => c is '"' or '\u05F4' or '\u201D' or '\u201C';

    /// <summary>The keys of a phrase, tokenized the same way as text.</summary>
    public static string[] Keys(string phrase) => Tokenize(phrase).Select(t => t.Key).ToArray();
}
