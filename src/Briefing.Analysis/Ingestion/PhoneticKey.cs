using Briefing.Analysis.Text;

namespace Briefing.Analysis.Ingestion;

/// <summary>
/// A coarse consonant skeleton shared by a name's Hebrew and Latin spellings: טראמפ and Trump → TRMP,
/// פזשכיאן and Pezeshkian → PZSKN, אזרבייג'ן and Azerbaijan → ZRBJN. Vowels and the Hebrew letters that usually
/// write vowels (א ה ו י ע) are dropped; b/v/w, p/f, k/q/g/c, s/sh and t/th each fall into one class.
/// Keys are written into caller-supplied spans so story signatures can key thousands of words without allocating.
/// </summary>
internal static class PhoneticKey
{
    /// <summary>The key of a Latin-script word; empty when it has no consonants.</summary>
    public static string Latin(string word)
    {
        Span<char> key = word.Length <= 256 ? stackalloc char[MaxLatinKeyLength(word.Length)] : new char[MaxLatinKeyLength(word.Length)];
        return new string(key[..Latin(word, key)]);
    }

    /// <summary>The longest key <see cref="Latin(ReadOnlySpan{char}, Span{char})"/> can write for a word of this length (x → KS).</summary>
    public static int MaxLatinKeyLength(int wordLength) => 2 * wordLength;

    /// <summary>Writes the key of a Latin-script word into <paramref name="key"/>; returns its length.</summary>
    public static int Latin(ReadOnlySpan<char> word, Span<char> key)
    {
        var length = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = CharCase.ToLowerInvariant(word[i]);
            var next = i + 1 < word.Length ? CharCase.ToLowerInvariant(word[i + 1]) : '\0';
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
                Append(key, ref length, digraph);
                i++;
                continue;
            }
            Append(key, ref length, c switch
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
        return length;
    }

    /// <summary>The keys of a Hebrew word: as written, and without one or two leading prefix letters (ו ב ה ל מ ש כ).</summary>
    public static IEnumerable<string> Hebrew(string word)
    {
        var keys = new string[HebrewKeyCount(word)];
        var key = new char[word.Length];
        for (var k = 0; k < keys.Length; k++) keys[k] = new string(key, 0, HebrewKey(word.AsSpan(k), key));
        return keys;
    }

    /// <summary>
    /// How many keys a Hebrew word has: 1, or 2–3 when it may carry one or two prefix letters. Key k is
    /// <see cref="HebrewKey"/> of the word without its first k letters.
    /// </summary>
    public static int HebrewKeyCount(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || !CharCase.IsHebrewPrefixLetter(word[0])) return 1;
        return word.Length >= 5 && CharCase.IsHebrewPrefixLetter(word[1]) ? 3 : 2;
    }

    /// <summary>Writes the key of a Hebrew word (at most one letter per letter) into <paramref name="key"/>; returns its length.</summary>
    public static int HebrewKey(ReadOnlySpan<char> word, Span<char> key)
    {
        var length = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var geresh = i + 1 < word.Length && word[i + 1] is '\'' or '׳';
            if (geresh) i++;
            Append(key, ref length, c switch
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
        return length;
    }

    // Doubled letters (Witkoff, Pezeshkian's "sh") collapse: Hebrew never writes a consonant twice.
    private static void Append(Span<char> key, ref int length, string letters)
    {
        foreach (var k in letters)
        {
            if (length > 0 && key[length - 1] == k) continue;
            key[length++] = k;
        }
    }
}
