using System.Text;

namespace Briefing.Analysis.Ingestion;

/// <summary>
/// Makes decoded text safe and canonical: NFC, no C0/C1 controls except tab and newline, no bidi embedding or
/// override characters (they can make a title read differently from what is stored), no zero-width junk.
/// </summary>
public static class TextCleaner
{
    /// <summary>Cleans multi-line text: NFC, neutralised controls, normalised newlines and spaces, at most one blank line in a row.</summary>
    public static string CleanBody(string text)
    {
        var cleaned = Neutralise(text, keepNewlines: true);
        var lines = cleaned.Split('\n');
        var builder = new StringBuilder(cleaned.Length);
        var blank = 0;
        foreach (var raw in lines)
        {
            var line = CollapseSpaces(raw);
            if (line.Length == 0)
            {
                blank++;
                continue;
            }
            if (builder.Length > 0) builder.Append(blank > 0 ? "\n\n" : "\n");
            builder.Append(line);
            blank = 0;
        }
        return builder.ToString();
    }

    /// <summary>Cleans one line (a title, caption, source): everything of <see cref="CleanBody"/> and newlines become spaces.</summary>
    public static string CleanLine(string? text) => text is null ? "" : CollapseSpaces(Neutralise(text, keepNewlines: false));

    internal static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'
        or '\u200E' or '\u200F' or '\u061C';

    private static string Neutralise(string text, bool keepNewlines)
    {
        var normalised = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(normalised.Length);
        for (var i = 0; i < normalised.Length; i++)
        {
            var c = normalised[i];
            if (c == '\r')
            {
                if (i + 1 < normalised.Length && normalised[i + 1] == '\n') continue;
                builder.Append(keepNewlines ? '\n' : ' ');
            }
            else if (c is '\n' or '\u2028' or '\u2029' or '\u0085') builder.Append(keepNewlines ? '\n' : ' ');
            else if (c is '\t' or '\u00A0' or '\u2007' or '\u202F' or '\u3000' or '\f' or '\v') builder.Append(' ');
            else if (char.IsControl(c) || IsBidiControl(c) || c is '\uFEFF' or '\u200B' or '\u2060' or '\uFFFE' or '\uFFFF') continue;
            else if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < normalised.Length && char.IsLowSurrogate(normalised[i + 1]))
                {
                    builder.Append(c).Append(normalised[++i]);
                }
                // an unpaired surrogate is dropped: it cannot be stored or rendered
            }
            else builder.Append(c);
        }
        return builder.ToString();
    }

    private static string CollapseSpaces(string line)
    {
        var builder = new StringBuilder(line.Length);
        var space = false;
        foreach (var c in line)
        {
            if (c == ' ' || (char.IsWhiteSpace(c) && c != '\n'))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
