namespace Briefing.Analysis.Text;

/// <summary>A word in normalized text: a run of letters/digits (see <see cref="Tokenizer"/>).</summary>
/// <param name="Start">Offset in the normalized text.</param>
/// <param name="Length">Length in the normalized text (an English possessive <c>'s</c> is not included).</param>
/// <param name="StartsHebrew">Whether the word begins with a Hebrew letter, so Hebrew prefix letters may precede its stem.</param>
public readonly record struct Token(int Start, int Length, bool StartsHebrew)
{
    public int End => Start + Length;
}
