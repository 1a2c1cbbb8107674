namespace Briefing.Analysis.Events;

/// <summary>A word in the original text: its span and a comparison key (lower case, unified quote marks, no dots or niqqud).</summary>
internal readonly record struct WordToken(int Start, int End, string Key, bool IsHebrew)
{
    public int Length => End - Start;
}
