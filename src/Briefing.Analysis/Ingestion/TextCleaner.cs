using System.Buffers;
using System.Text;

namespace Briefing.Analysis.Ingestion;

/// <summary>
/// Makes decoded text safe and canonical: NFC, no C0/C1 controls except tab and newline, no bidi embedding or
/// override characters (they can make a title read differently from what is stored), no zero-width junk.
/// </summary>
/// <remarks>
/// Each step writes into a pooled character buffer and only the result becomes a string: a bulk import cleans every
/// article, and building it character by character in string builders (and a string per line) cost more than the
/// cleaning itself. Neither step ever lengthens the text, so a buffer as long as the input is always enough.
/// </remarks>
public static class TextCleaner
{
    /// <summary>Cleans multi-line text: NFC, neutralised controls, normalised newlines and spaces, at most one blank line in a row.</summary>
    public static string CleanBody(string text) => Clean(text, keepNewlines: true);

    /// <summary>Cleans one line (a title, caption, source): everything of <see cref="CleanBody"/> and newlines become spaces.</summary>
    public static string CleanLine(string? text) => text is null ? "" : Clean(text, keepNewlines: false);

    private static string Clean(string text, bool keepNewlines)
    {
        var normalised = ToNfc(text);
        var neutralised = ArrayPool<char>.Shared.Rent(normalised.Length);
        var collapsed = ArrayPool<char>.Shared.Rent(normalised.Length);
        try
        {
            var kept = neutralised.AsSpan(0, Neutralise(normalised, keepNewlines, neutralised));
            return new string(collapsed, 0, keepNewlines ? CollapseLines(kept, collapsed) : CollapseSpaces(kept, collapsed));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(neutralised);
            ArrayPool<char>.Shared.Return(collapsed);
        }
    }

    internal static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'
        or '\u200E' or '\u200F' or '\u061C';

    // Characters that are NFC whatever surrounds them: no decomposition, no combining class, never part of a composition
    // (Latin below the combining marks, the Hebrew letters — their precomposed forms are excluded from composition — and
    // common punctuation). Text made only of them needs no normalisation check, which on Linux is a call into ICU.
    private static readonly SearchValues<char> StableUnderNfc = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x300).Select(c => (char)c))
        + "אבגדהוזחטיךכלםמןנסעףפץצקרשת\u05BE\u05F3\u05F4\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u20AC");

    private static string ToNfc(string text) =>
        !text.AsSpan().ContainsAnyExcept(StableUnderNfc) || text.IsNormalized(NormalizationForm.FormC)
            ? text
            : text.Normalize(NormalizationForm.FormC);

    private static int Neutralise(string normalised, bool keepNewlines, Span<char> output)
    {
        var length = 0;
        for (var i = 0; i < normalised.Length; i++)
        {
            var c = normalised[i];
            // Printable ASCII and Hebrew letters, nearly all of a text, pass unchanged.
            if (c is >= ' ' and < '\u007F' or >= '\u05D0' and <= '\u05EA') output[length++] = c;
            else if (c == '\r')
            {
                if (i + 1 < normalised.Length && normalised[i + 1] == '\n') continue;
                output[length++] = keepNewlines ? '\n' : ' ';
            }
            else if (c is '\n' or '\u2028' or '\u2029' or '\u0085') output[length++] = keepNewlines ? '\n' : ' ';
            else if (c is '\t' or '\u00A0' or '\u2007' or '\u202F' or '\u3000' or '\f' or '\v') output[length++] = ' ';
            else if (char.IsControl(c) || IsBidiControl(c) || c is '\uFEFF' or '\u200B' or '\u2060' or '\uFFFE' or '\uFFFF') continue;
            else if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < normalised.Length && char.IsLowSurrogate(normalised[i + 1]))
                {
                    output[length++] = c;
                    output[length++] = normalised[++i];
                }
                // an unpaired surrogate is dropped: it cannot be stored or rendered
            }
            else output[length++] = c;
        }
        return length;
    }

    /// <summary>
    /// Each line with its spaces collapsed and trimmed; lines joined by one newline, or by two where empty lines were
    /// between them; empty lines at the start and the end dropped.
    /// </summary>
    private static int CollapseLines(ReadOnlySpan<char> text, Span<char> output)
    {
        var length = 0;
        var blank = 0;           // empty lines since the last line with content
        var lineStarted = false; // the current line has content written
        var space = false;       // a space is pending before the next character of the line
        foreach (var c in text)
        {
            if (c == '\n')
            {
                if (!lineStarted) blank++;
                lineStarted = false;
                space = false;
            }
            else if (IsSpace(c))
            {
                space = lineStarted;
            }
            else
            {
                if (!lineStarted)
                {
                    if (length > 0)
                    {
                        output[length++] = '\n';
                        if (blank > 0) output[length++] = '\n';
                    }
                    blank = 0;
                    lineStarted = true;
                }
                else if (space)
                {
                    output[length++] = ' ';
                }
                space = false;
                output[length++] = c;
            }
        }
        return length;
    }

    // char.IsWhiteSpace with the ASCII and Hebrew letters answered by range.
    private static bool IsSpace(char c) => c < '\u0080' ? c is ' ' or (>= '\t' and <= '\r') : c is not (>= '\u05D0' and <= '\u05EA') && char.IsWhiteSpace(c);

    /// <summary>Runs of whitespace other than newlines become one space; leading and trailing ones go.</summary>
    private static int CollapseSpaces(ReadOnlySpan<char> line, Span<char> output)
    {
        var length = 0;
        var space = false;
        foreach (var c in line)
        {
            if (c != '\n' && IsSpace(c))
            {
                space = length > 0;
                continue;
            }
            if (space) output[length++] = ' ';
            space = false;
            output[length++] = c;
        }
        return length;
    }
}
