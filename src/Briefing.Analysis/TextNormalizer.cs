namespace Briefing.Analysis;

/// <summary>Placeholder until the normalisation work lands.</summary>
public static class TextNormalizer
{
}
