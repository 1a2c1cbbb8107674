using System.Buffers;
using System.Globalization;
using System.Text;
using Briefing.Analysis.Text;

namespace Briefing.Analysis.Ingestion;

/// <summary>
/// The comparison form of text for fingerprints and story signatures: NFC, Hebrew points removed, geresh/gershayim
/// unified, punctuation dropped, case folded, whitespace collapsed. Two copies of one article fold to the same string.
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        // Compatibility decomposition only matters for accented Latin, ligatures and presentation forms; plain ASCII and
        // Hebrew (whose points are separate characters already) skip it, which keeps folding cheap on bulk imports.
        if (NeedsDecomposition(text))
        {
            var decomposed = text.Normalize(NormalizationForm.FormKD);
            return FoldPlain(decomposed).Normalize(NormalizationForm.FormC);
        }
        return FoldPlain(text);
    }

    /// <summary>The words of <see cref="Fold"/>.</summary>
    public static string[] Words(string text) => Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>True when <see cref="Fold"/> must decompose and recompose <paramref name="text"/>; otherwise <see cref="FoldCore"/> alone folds it.</summary>
    internal static bool NeedsDecomposition(ReadOnlySpan<char> text)
    {
        // Everything below U+0080 is ASCII; the scan only looks closer at the rest.
        var i = text.IndexOfAnyExceptInRange('\0', '\u007F');
        if (i < 0) return false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= '\u0080' && c is not (>= '\u0590' and <= '\u05FF') && !char.IsPunctuation(c) && !char.IsWhiteSpace(c) && c is not ('\u20AC' or '\u2022' or '\u00B7')) return true;
        }
        return false;
    }

    private static string FoldPlain(string text)
    {
        if (text.Length <= 1024)
        {
            Span<char> small = stackalloc char[text.Length];
            return new string(small[..FoldCore(text, small)]);
        }
        var rented = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            return new string(rented, 0, FoldCore(text, rented));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Folds text that needs no decomposition into <paramref name="destination"/> (at least as long as the text: folding
    /// never lengthens it — a space is written only in place of at least one dropped character); returns the length written.
    /// </summary>
    internal static int FoldCore(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            bool letterOrDigit;
            if (c < '\u0080') letterOrDigit = char.IsAsciiLetterOrDigit(c); // no marks or format characters in ASCII
            else if (CharCase.IsHebrewLetter(c)) letterOrDigit = true;
            else
            {
                if (c is >= '\u0591' and <= '\u05C7' && c != '\u05BE' && c != '\u05C0' && c != '\u05C3' && c != '\u05C6') continue; // niqqud and cantillation
                var category = char.GetUnicodeCategory(c);
                if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format) continue;
                letterOrDigit = char.IsLetterOrDigit(c);
            }
            if (letterOrDigit)
            {
                if (space && length > 0) destination[length++] = ' ';
                space = false;
                destination[length++] = CharCase.ToLowerInvariant(c);
            }
            else if (c is '\'' or '\u05F3' or '"' or '\u05F4' or '\u2019' or '\u2018' or '`' or '\u00B4' && length > 0 && !space)
            {
                // apostrophes and gershayim inside a word (ג'ן, ארה"ב, Tehran's) are part of it, in any of their forms
                continue;
            }
            else space = true;
        }
        return length;
    }
}
