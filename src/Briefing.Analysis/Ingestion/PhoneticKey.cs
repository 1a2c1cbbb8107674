using System.Text;

namespace Briefing.Analysis.Ingestion;

/// <summary>
/// A coarse consonant skeleton shared by a name's Hebrew and Latin spellings: טראמפ and Trump → TRMP,
/// פזשכיאן and Pezeshkian → PZSKN, אזרבייג'ן and Azerbaijan → ZRBJN. Vowels and the Hebrew letters that usually
/// write vowels (א ה ו י ע) are dropped; b/v/w, p/f, k/q/g/c, s/sh and t/th each fall into one class.
/// </summary>
internal static class PhoneticKey
{
    private const string HebrewPrefixLetters = "ובהלמשכ";

    /// <summary>The key of a Latin-script word; empty when it has no consonants.</summary>
    public static string Latin(string word)
    {
        var w = word.ToLowerInvariant();
        var builder = new StringBuilder(w.Length);
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            string? digraph = (c, next) switch
            {
                ('s', 'h') => "S",
                ('z', 'h') => "Z",
                ('c', 'h') => "C",
                ('t', 's') or ('t', 'z') => "C",
                ('p', 'h') => "P",
                ('t', 'h') => "T",
                ('k', 'h') => "",
                ('g', 'h') => "K",
                ('c', 'k') => "K",
                ('d', 'j') => "J",
                _ => null,
            };
            if (digraph is not null)
            {
                Append(builder, digraph);
                i++;
                continue;
            }
            Append(builder, c switch
            {
                'b' or 'v' or 'w' => "B",
                'p' or 'f' => "P",
                'k' or 'q' or 'g' => "K",
                'c' => next is 'e' or 'i' or 'y' ? "S" : "K",
                'x' => "KS",
                'd' => "D", 't' => "T", 's' => "S", 'z' => "Z", 'l' => "L", 'm' => "M", 'n' => "N", 'r' => "R", 'j' => "J",
                _ => "",
            });
        }
        return builder.ToString();
    }

    /// <summary>The keys of a Hebrew word: as written, and without one or two leading prefix letters (ו ב ה ל מ ש כ).</summary>
    public static IEnumerable<string> Hebrew(string word)
    {
        yield return HebrewKey(word);
        if (word.Length >= 4 && HebrewPrefixLetters.Contains(word[0]))
        {
            yield return HebrewKey(word[1..]);
            if (word.Length >= 5 && HebrewPrefixLetters.Contains(word[1])) yield return HebrewKey(word[2..]);
        }
    }

    private static string HebrewKey(string word)
    {
        var builder = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var geresh = i + 1 < word.Length && word[i + 1] is '\'' or '׳';
            if (geresh) i++;
            Append(builder, c switch
            {
                'ג' when geresh => "J",
                'ז' => "Z",
                'צ' or 'ץ' => "C",
                'ת' or 'ט' => "T",
                'ב' => "B",
                'ו' when i == 0 => "B",
                'ג' or 'כ' or 'ך' or 'ק' => "K",
                'ד' => "D",
                'ל' => "L",
                'מ' or 'ם' => "M",
                'נ' or 'ן' => "N",
                'ס' or 'ש' => "S",
                'פ' or 'ף' => "P",
                'ר' => "R",
                _ => "",
            });
        }
        return builder.ToString();
    }

    // Doubled letters (Witkoff, Pezeshkian's "sh") collapse: Hebrew never writes a consonant twice.
    private static void Append(StringBuilder builder, string key)
    {
        foreach (var k in key)
        {
            if (builder.Length > 0 && builder[^1] == k) continue;
            builder.Append(k);
        }
    }
}
