namespace Briefing.Analysis.Text;

/// <summary>
/// Text in matching form (see <see cref="TextNormalizer"/>) together with a map from every normalized character
/// back to the span of the original text it came from, so evidence can point into the text the user sees.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _originalStarts;
    private readonly int[] _originalEnds;

    internal NormalizedText(string original, string text, int[] originalStarts, int[] originalEnds)
    {
        Original = original;
        Text = text;
        _originalStarts = originalStarts;
        _originalEnds = originalEnds;
    }

    /// <summary>The text as given.</summary>
    public string Original { get; }

    /// <summary>The matching form.</summary>
    public string Text { get; }

    /// <summary>Maps a span of <see cref="Text"/> to the span of <see cref="Original"/> that produced it.</summary>
    public (int Start, int Length) ToOriginal(int start, int length) =>
        OffsetMap.ToOriginal(_originalStarts, _originalEnds, Text.Length, Original.Length, start, length);
}

internal static class OffsetMap
{
    public static (int Start, int Length) ToOriginal(
        ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int normalizedLength, int originalLength, int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, normalizedLength);
        if (length == 0)
        {
            var at = start < normalizedLength ? starts[start] : originalLength;
            return (at, 0);
        }
        var originalStart = starts[start];
        return (originalStart, ends[start + length - 1] - originalStart);
    }
}
