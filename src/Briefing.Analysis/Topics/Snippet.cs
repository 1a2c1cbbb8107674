using System.Buffers;

namespace Briefing.Analysis.Topics;

/// <summary>A short excerpt of a text around a match, cut at word boundaries, for evidence lists.</summary>
public static class Snippet
{
    private static readonly SearchValues<char> Breaks = SearchValues.Create(" \n\t\r\u00A0");

    /// <summary>About <paramref name="context"/> characters either side of the match, whitespace collapsed, with … where cut.</summary>
    public static string Around(string text, int start, int length, int context = 40)
    {
        ArgumentNullException.ThrowIfNull(text);
        start = Math.Clamp(start, 0, text.Length);
        var end = Math.Clamp(start + length, start, text.Length);
        var from = Math.Max(0, start - context);
        var to = Math.Min(text.Length, end + context);
        if (from > 0)
        {
            var space = text.AsSpan(from, start - from).IndexOfAny(Breaks);
            if (space >= 0)
            {
                from += space + 1;
            }
        }
        if (to < text.Length)
        {
            var space = text.AsSpan(end, to - end).LastIndexOfAny(Breaks);
            if (space >= 0)
            {
                to = end + space;
            }
        }
        Span<char> buffer = stackalloc char[to - from + 2];
        var written = 0;
        if (from > 0)
        {
            buffer[written++] = '…';
        }
        var lastWasSpace = true;
        foreach (var c in text.AsSpan(from, to - from))
        {
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    buffer[written++] = ' ';
                }
                lastWasSpace = true;
                continue;
            }
            buffer[written++] = c;
            lastWasSpace = false;
        }
        if (written > 0 && buffer[written - 1] == ' ')
        {
            written--;
        }
        if (to < text.Length)
        {
            buffer[written++] = '…';
        }
        return new string(buffer[..written]);
    }
}
