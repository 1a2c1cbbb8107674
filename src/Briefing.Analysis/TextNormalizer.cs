using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Briefing.Analysis.Text;

namespace Briefing.Analysis;

/// <summary>
/// Brings Hebrew and English text to the form terms are matched in: canonically equivalent spellings collapse
/// (NFC, then all combining marks — niqqud, cantillation, Latin accents — removed), gershayim variants
/// (״ " “ ” „ ″, and '' typed between Hebrew letters) become ASCII <c>"</c>, geresh variants (׳ ' ’ ‘ ` ´) become ASCII <c>'</c>, maqaf and dashes become
/// <c>-</c>, letters are lower-cased, invisible format characters (RLM, ZWJ, soft hyphen) are dropped and whitespace
/// runs (including line breaks) collapse to one space.
/// </summary>
public static class TextNormalizer
{
    private static readonly ConcurrentDictionary<char, string> Decompositions = new();

    /// <summary>Normalizes <paramref name="text"/> keeping the map back to original offsets.</summary>
    public static NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new NormalizationBuffer(text.Length + 16);
        Normalize(text, buffer);
        return new NormalizedText(text, new string(buffer.Span), buffer.Starts[..buffer.Length], buffer.Ends[..buffer.Length]);
    }

    /// <summary>The matching form only, for keys and comparisons where offsets are not needed.</summary>
    public static string NormalizeToString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NormalizeToString(text.AsSpan());
    }

    /// <summary>
    /// The matching form of a span. Normalizes into this thread's buffer: the offset maps a <see cref="NormalizedText"/>
    /// keeps cost four times the text itself, and every imported article's search text passes through here. A text
    /// longer than <see cref="KeepBufferUpToChars"/> gets a buffer of its own, so that one 10 MB file does not leave a
    /// 100 MB buffer on a pool thread for the life of the process.
    /// </summary>
    public static string NormalizeToString(ReadOnlySpan<char> text)
    {
        var buffer = text.Length <= KeepBufferUpToChars ? t_toStringBuffer ??= new NormalizationBuffer() : new NormalizationBuffer();
        Normalize(text, buffer);
        return new string(buffer.Span);
    }

    internal const int KeepBufferUpToChars = 64 * 1024;

    [ThreadStatic] private static NormalizationBuffer? t_toStringBuffer;

    /// <summary>How many characters this thread's kept buffer holds (for tests).</summary>
    internal static int KeptBufferCapacity => t_toStringBuffer?.Chars.Length ?? 0;

    internal static void Normalize(ReadOnlySpan<char> source, NormalizationBuffer output)
    {
        output.Reset(source.Length + 16);
        var pendingSpace = false;
        var spaceStart = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            char mapped;
            if (c < 0x80)
            {
                if (c is ' ' or '\n' or '\r' or '\t' or '\f' or '\v')
                {
                    if (!pendingSpace) { pendingSpace = true; spaceStart = i; }
                    continue;
                }
                mapped = c switch
                {
                    >= 'A' and <= 'Z' => (char)(c + 32),
                    '`' => '\'',
                    _ => c,
                };
                // Two apostrophes typed for gershayim between Hebrew letters (ארה''ב) are one gershayim.
                if (c == '\'' && i + 2 < source.Length && source[i + 1] == '\'' && !pendingSpace && output.Length > 0
                    && CharCase.IsHebrewLetter(output.Chars[output.Length - 1]) && CharCase.IsHebrewLetter(source[i + 2]))
                {
                    output.Append('"', i, i + 2);
                    i++;
                    continue;
                }
            }
            else if (c is >= '\u05D0' and <= '\u05EA')
            {
                mapped = c;
            }
            else
            {
                switch (c)
                {
                    case '\u05F4' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033':
                        mapped = '"';
                        break;
                    case '\u05F3' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u00B4' or '\u02BC' or '\u2032':
                        mapped = '\'';
                        break;
                    case '\u05BE' or (>= '\u2010' and <= '\u2015') or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D':
                        mapped = '-';
                        break;
                    default:
                        if (char.IsWhiteSpace(c))
                        {
                            if (!pendingSpace) { pendingSpace = true; spaceStart = i; }
                            continue;
                        }
                        var category = CharUnicodeInfo.GetUnicodeCategory(c);
                        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
                        {
                            // The mark belongs to the letter before it: widen that letter's original span.
                            if (output.Length > 0 && !pendingSpace && output.Ends[output.Length - 1] == i)
                            {
                                output.Ends[output.Length - 1] = i + 1;
                            }
                            continue;
                        }
                        if (category is UnicodeCategory.Format)
                        {
                            continue;
                        }
                        if (category is UnicodeCategory.Surrogate)
                        {
                            mapped = c;
                            break;
                        }
                        FlushSpace(output, ref pendingSpace, spaceStart);
                        AppendDecomposed(c, i, output);
                        continue;
                }
            }
            FlushSpace(output, ref pendingSpace, spaceStart);
            output.Append(mapped, i, i + 1);
        }
    }

    private static void FlushSpace(NormalizationBuffer output, ref bool pendingSpace, int spaceStart)
    {
        if (!pendingSpace)
        {
            return;
        }
        pendingSpace = false;
        if (output.Length > 0)
        {
            output.Append(' ', spaceStart, spaceStart + 1);
        }
    }

    private static void AppendDecomposed(char c, int index, NormalizationBuffer output)
    {
        var decomposed = Decompositions.GetOrAdd(c, static ch =>
        {
            var builder = new StringBuilder();
            foreach (var part in ch.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(part) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark))
                {
                    builder.Append(char.ToLowerInvariant(part));
                }
            }
            return builder.ToString();
        });
        foreach (var part in decomposed)
        {
            output.Append(part, index, index + 1);
        }
    }
}
