namespace Briefing.Analysis.Events;

/// <summary>A sentence of the input: its text and where it starts in the input; <paramref name="Paragraph"/> counts blank-line-free blocks.</summary>
public sealed record Sentence(string Text, int Start, int Paragraph)
{
    public int End => Start + Text.Length;
}
