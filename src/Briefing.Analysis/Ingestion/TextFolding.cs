using System.Globalization;
using System.Text;

namespace Briefing.Analysis.Ingestion;

/// <summary>
/// The comparison form of text for fingerprints and story signatures: NFC, Hebrew points removed, geresh/gershayim
/// unified, punctuation dropped, case folded, whitespace collapsed. Two copies of one article fold to the same string.
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        // Compatibility decomposition only matters for accented Latin, ligatures and presentation forms; plain ASCII and
        // Hebrew (whose points are separate characters already) skip it, which keeps folding cheap on bulk imports.
        var needsDecomposition = HasNonHebrewNonAscii(text);
        var decomposed = needsDecomposition ? text.Normalize(NormalizationForm.FormKD) : text;
        var space = false;
        foreach (var c in decomposed)
        {
            if (c is >= '\u0591' and <= '\u05C7' && c != '\u05BE' && c != '\u05C0' && c != '\u05C3' && c != '\u05C6') continue; // niqqud and cantillation
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0) builder.Append(' ');
                space = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '\u05F3' or '"' or '\u05F4' or '\u2019' or '\u2018' or '`' or '\u00B4' && builder.Length > 0 && !space)
            {
                // apostrophes and gershayim inside a word (ג'ן, ארה"ב, Tehran's) are part of it, in any of their forms
                continue;
            }
            else space = true;
        }
        var folded = builder.ToString();
        return needsDecomposition ? folded.Normalize(NormalizationForm.FormC) : folded;
    }

    private static bool HasNonHebrewNonAscii(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0080' && c is not (>= '\u0590' and <= '\u05FF') && !char.IsPunctuation(c) && !char.IsWhiteSpace(c) && c is not ('\u20AC' or '\u2022' or '\u00B7')) return true;
        }
        return false;
    }

    /// <summary>The words of <see cref="Fold"/>.</summary>
    public static string[] Words(string text) => Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
