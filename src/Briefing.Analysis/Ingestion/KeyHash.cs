namespace Briefing.Analysis.Ingestion;

/// <summary>
/// Sets of short keys as sorted 64-bit hashes, so that the size of their intersection is one linear merge. Two distinct
/// keys of a few dozen articles share a hash with a probability of about 10⁻¹³, far below anything clustering notices.
/// </summary>
public static class KeyHash
{
    /// <summary>FNV-1a over the UTF-16 code units, then a 64-bit finaliser (SplitMix64) to spread short keys.</summary>
    public static ulong Of(ReadOnlySpan<char> key)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in key)
            hash = (hash ^ c) * 0x100000001B3UL;
        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBUL;
        return hash ^ (hash >> 31);
    }

    public static ulong[] SortedDistinct(IReadOnlyCollection<string> keys)
    {
        if (keys.Count == 0)
            return [];
        var hashes = new ulong[keys.Count];
        var i = 0;
        foreach (var key in keys)
            hashes[i++] = Of(key);
        Array.Sort(hashes);
        var distinct = 1;
        for (var j = 1; j < hashes.Length; j++)
            if (hashes[j] != hashes[distinct - 1])
                hashes[distinct++] = hashes[j];
        return distinct == hashes.Length ? hashes : hashes[..distinct];
    }

    /// <summary>How many values two sorted, duplicate-free arrays share.</summary>
    public static int CountShared(ulong[] a, ulong[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            var x = a[i];
            var y = b[j];
            if (x == y) { shared++; i++; j++; }
            else if (x < y) i++;
            else j++;
        }
        return shared;
    }
}
