namespace Briefing.Analysis.Text;

/// <summary>Reusable output of one normalization, so hot paths do not allocate per article.</summary>
internal sealed class NormalizationBuffer(int capacity = 4096)
{
    public char[] Chars = new char[capacity];
    public int[] Starts = new int[capacity];
    public int[] Ends = new int[capacity];
    public int Length;

    public ReadOnlySpan<char> Span => Chars.AsSpan(0, Length);

    public void Reset(int expectedLength)
    {
        Length = 0;
        if (Chars.Length < expectedLength)
        {
            Grow(expectedLength);
        }
    }

    public void Append(char c, int originalStart, int originalEnd)
    {
        if (Length == Chars.Length)
        {
            Grow(Length * 2);
        }
        Chars[Length] = c;
        Starts[Length] = originalStart;
        Ends[Length] = originalEnd;
        Length++;
    }

    private void Grow(int capacity)
    {
        capacity = Math.Max(capacity, 16);
        Array.Resize(ref Chars, capacity);
        Array.Resize(ref Starts, capacity);
        Array.Resize(ref Ends, capacity);
    }
}
