using System.Runtime.Intrinsics;
using Briefing.Analysis.Text;

namespace Briefing.Analysis.Ingestion;

// The word-level parts of a signature: content-word MinHash and name keys, computed over spans into per-thread
// scratch buffers — bulk imports compute tens of thousands of signatures on several threads.
public sealed partial class StorySignature
{
    // Seeds of the 64 hash functions: seed ^ (golden ratio × (i + 1)).
    private static readonly ulong[] HashSalts = [.. Enumerable.Range(1, HashCount).Select(i => 0x9E3779B97F4A7C15UL * (ulong)i)];

    /// <summary>Buffers reused by one thread's signatures; texts too long to be worth keeping get buffers of their own.</summary>
    private sealed class Scratch
    {
        private const int KeepUpToChars = 64 * 1024;
        [ThreadStatic] private static Scratch? _current;

        public char[] Joined = [];
        public char[] Text = [];
        public char[] Key = [];
        public readonly SeedSet Seeds = new();

        public static Scratch ForThread(int textLength)
        {
            var scratch = textLength <= KeepUpToChars ? _current ??= new Scratch() : new Scratch();
            if (scratch.Text.Length < textLength) scratch.Text = new char[textLength];
            if (scratch.Joined.Length < textLength) scratch.Joined = new char[textLength];
            // A Latin key takes up to two letters per letter (x → KS).
            if (scratch.Key.Length < PhoneticKey.MaxLatinKeyLength(textLength)) scratch.Key = new char[PhoneticKey.MaxLatinKeyLength(textLength)];
            return scratch;
        }

        /// <summary>The parts one after another, in <see cref="Joined"/>: the text signed, without a string of its own.</summary>
        public ReadOnlySpan<char> Join(string first, string separator, string second)
        {
            first.CopyTo(Joined);
            separator.CopyTo(Joined.AsSpan(first.Length));
            second.CopyTo(Joined.AsSpan(first.Length + separator.Length));
            return Joined.AsSpan(0, first.Length + separator.Length + second.Length);
        }
    }

    /// <summary>
    /// The base hashes of the distinct content words (three letters or more, not a number; Hebrew without a prefix letter).
    /// Words are told apart by hash: two words with one hash would give the same 64 values, so nothing changes.
    /// </summary>
    private static ReadOnlySpan<ulong> ContentWordSeeds(ReadOnlySpan<char> text, bool hebrew, Scratch scratch)
    {
        ReadOnlySpan<char> folded = TextFolding.NeedsDecomposition(text)
            ? TextFolding.Fold(text.ToString())
            : scratch.Text.AsSpan(0, TextFolding.FoldCore(text, scratch.Text));
        // A word of three letters or more takes four characters with its space: no more seeds than that.
        var seeds = scratch.Seeds;
        seeds.Reset((folded.Length + 1) / 4 + 1);
        // The words between single spaces, found by a plain loop: a vectorised search per word of five letters cost more.
        for (var start = 0; start < folded.Length;)
        {
            var end = start;
            while (end < folded.Length && folded[end] != ' ') end++;
            var word = folded[start..end];
            start = end + 1;
            if (word.Length < 3 || IsNumber(word)) continue;
            if (hebrew && word.Length >= 5 && CharCase.IsHebrewPrefixLetter(word[0])) word = word[1..];
            seeds.Add(BaseHash(word));
        }
        return seeds.Items;
    }

    /// <summary>
    /// The distinct seeds of one text, in an open-addressing table reused by the thread. The seeds are mixed hashes, so
    /// their low bits pick the slot; a <see cref="HashSet{T}"/> cost more per word, and the MinHash then reads a plain span.
    /// </summary>
    private sealed class SeedSet
    {
        private int[] _slots = new int[1024]; // one more than the seed's index in _items; 0 is empty
        private ulong[] _items = new ulong[512];
        private int _mask;
        private int _count;

        public ReadOnlySpan<ulong> Items => _items.AsSpan(0, _count);

        /// <summary>Empties the set, with room for <paramref name="capacity"/> seeds at most half the table.</summary>
        public void Reset(int capacity)
        {
            var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
            if (_slots.Length < size) _slots = new int[size];
            else Array.Clear(_slots, 0, size);
            if (_items.Length < capacity) _items = new ulong[capacity];
            _mask = size - 1;
            _count = 0;
        }

        public void Add(ulong seed)
        {
            for (var i = (int)seed & _mask; ; i = (i + 1) & _mask)
            {
                var slot = _slots[i];
                if (slot == 0)
                {
                    _items[_count++] = seed;
                    _slots[i] = _count;
                    return;
                }
                if (_items[slot - 1] == seed) return;
            }
        }
    }

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (!char.IsDigit(c)) return false;
        return true;
    }

    private static ulong[] MinHashOf(ReadOnlySpan<ulong> seeds)
    {
        var minimum = new ulong[HashCount];
        Array.Fill(minimum, ulong.MaxValue);
        if (Vector256.IsHardwareAccelerated) MinHashVector(seeds, minimum);
        else MinHashScalar(seeds, minimum);
        return minimum;
    }

    private static void MinHashScalar(ReadOnlySpan<ulong> seeds, ulong[] minimum)
    {
        var salts = HashSalts;
        foreach (var seed in seeds)
        {
            for (var i = 0; i < minimum.Length; i++)
            {
                var h = Mix(seed ^ salts[i]);
                if (h < minimum[i]) minimum[i] = h;
            }
        }
    }

    // The same 64 mixes four lanes at a time: integer arithmetic, so the values are bit-identical to the scalar loop.
    private static void MinHashVector(ReadOnlySpan<ulong> seeds, ulong[] minimum)
    {
        const int lanes = 4;
        Span<Vector256<ulong>> best = stackalloc Vector256<ulong>[HashCount / lanes];
        Span<Vector256<ulong>> salts = stackalloc Vector256<ulong>[HashCount / lanes];
        for (var j = 0; j < best.Length; j++)
        {
            best[j] = Vector256<ulong>.AllBitsSet;
            salts[j] = Vector256.Create(HashSalts.AsSpan(j * lanes, lanes));
        }
        foreach (var seed in seeds)
        {
            var s = Vector256.Create(seed);
            for (var j = 0; j < best.Length; j++)
                best[j] = Vector256.Min(best[j], Mix(s ^ salts[j]));
        }
        for (var j = 0; j < best.Length; j++) best[j].CopyTo(minimum.AsSpan(j * lanes, lanes));
    }

    private static Vector256<ulong> Mix(Vector256<ulong> x)
    {
        x ^= Vector256.ShiftRightLogical(x, 33);
        x *= Vector256.Create(0xFF51AFD7ED558CCDUL);
        x ^= Vector256.ShiftRightLogical(x, 33);
        x *= Vector256.Create(0xC4CEB9FE1A85EC53UL);
        x ^= Vector256.ShiftRightLogical(x, 33);
        return x;
    }

    // FNV-1a over UTF-16 code units, finished by a mixer: stable across processes and runtimes (unlike string.GetHashCode),
    // so stored signatures stay comparable.
    private static ulong BaseHash(ReadOnlySpan<char> word)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in word)
        {
            hash ^= c;
            hash *= 0x100000001B3UL;
        }
        return Mix(hash);
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        x ^= x >> 33;
        return x;
    }

    // Tokenised from the raw text, not the folded one: the geresh in ג'ן / צ'י changes the sound.
    private static HashSet<string> HebrewKeys(ReadOnlySpan<char> text, Scratch scratch)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var lookup = keys.GetAlternateLookup<ReadOnlySpan<char>>();
        var word = scratch.Text;
        var length = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            // A word is letters, and apostrophes or gereshes after its first letter (written as an apostrophe).
            if (IsLetter(c) || (c is '\'' or '׳' && length > 0)) word[length++] = c == '׳' ? '\'' : c;
            else if (length > 0)
            {
                AddHebrewWordKeys(word.AsSpan(0, length).TrimEnd('\''), lookup, scratch.Key);
                length = 0;
            }
        }
        return keys;
    }

    private static void AddHebrewWordKeys(ReadOnlySpan<char> word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> keys, Span<char> key)
    {
        if (word.Length < 3) return;
        if (word[0] is >= 'א' and <= 'ת')
        {
            var count = PhoneticKey.HebrewKeyCount(word);
            for (var k = 0; k < count; k++) AddKey(keys, key[..PhoneticKey.HebrewKey(word[k..], key)]);
        }
        else if (char.IsAsciiLetter(word[0]))
        {
            AddKey(keys, key[..PhoneticKey.Latin(word, key)]);
        }
    }

    // Names in Latin script: capitalised words that do not open a sentence, and acronyms anywhere.
    private static HashSet<string> LatinNameKeys(ReadOnlySpan<char> text, Scratch scratch)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var lookup = keys.GetAlternateLookup<ReadOnlySpan<char>>();
        var sentenceStart = true;
        var word = scratch.Text;
        var length = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (IsLetter(c) || c == '\'' && length > 0)
            {
                word[length++] = c;
                continue;
            }
            if (length > 0)
            {
                var token = word.AsSpan(0, length).TrimEnd('\'');
                if (token.EndsWith("'s", StringComparison.Ordinal)) token = token[..^2];
                var capitalised = char.IsUpper(token[0]);
                if (capitalised && (!sentenceStart || IsAcronym(token)) && token.Length >= 3)
                    AddKey(lookup, scratch.Key.AsSpan(0, PhoneticKey.Latin(token, scratch.Key)));
                sentenceStart = false;
                length = 0;
            }
            if (c is '.' or '!' or '?' or '\n' or ':' or '"' or '“' or '—') sentenceStart = true;
        }
        return keys;
    }

    // char.IsLetter with ASCII and the Hebrew letters, nearly all of a text, answered by range.
    private static bool IsLetter(char c) => c < '\u0080' ? char.IsAsciiLetter(c) : c is >= '\u05D0' and <= '\u05EA' || char.IsLetter(c);

    private static bool IsAcronym(ReadOnlySpan<char> token)
    {
        if (token.Length < 2) return false;
        foreach (var c in token) if (!char.IsUpper(c)) return false;
        return true;
    }

    // Keys shorter than three letters say too little; a key already present allocates nothing.
    private static void AddKey(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> keys, ReadOnlySpan<char> key)
    {
        if (key.Length >= 3) keys.Add(key);
    }
}
