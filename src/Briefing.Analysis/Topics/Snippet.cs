using System.Text;

namespace Briefing.Analysis.Topics;

/// <summary>A short excerpt of a text around a match, cut at word boundaries, for evidence lists.</summary>
public static class Snippet
{
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
            var space = text.IndexOfAny([' ', '\n', '\t'], from, start - from);
            if (space >= 0)
            {
                from = space + 1;
            }
        }
        if (to < text.Length)
        {
            var space = text.LastIndexOfAny([' ', '\n', '\t'], to - 1, to - end);
            if (space >= 0)
            {
                to = space;
            }
        }
        var builder = new StringBuilder(to - from + 2);
        if (from > 0)
        {
            builder.Append('…');
        }
        var lastWasSpace = false;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }
                lastWasSpace = true;
                continue;
            }
            builder.Append(c);
            lastWasSpace = false;
        }
        if (to < text.Length)
        {
            builder.Append('…');
        }
        return builder.ToString().Trim();
    }
}
