namespace Briefing.Analysis.Text;

/// <summary>One occurrence of a term in a text.</summary>
/// <param name="Term">The term as it was given to the matcher.</param>
/// <param name="Payload">What the caller attached to the term.</param>
/// <param name="Start">Offset in the original text (prefix letters such as ב or ו are not included).</param>
/// <param name="Length">Length in the original text.</param>
/// <param name="TokenIndex">Index of the first word of the occurrence, for "within N words" tests.</param>
/// <param name="TokenCount">Number of words the occurrence spans.</param>
public readonly record struct TermMatch<TPayload>(string Term, TPayload Payload, int Start, int Length, int TokenIndex, int TokenCount);

/// <summary>An occurrence in normalized coordinates, before payloads are attached.</summary>
internal readonly record struct RawMatch(int Pattern, int TokenIndex, int TokenCount, int Start, int End);
