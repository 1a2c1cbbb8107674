namespace Briefing.Analysis.Topics;

/// <summary>Where a rule looks for its anchor terms.</summary>
public enum RuleScope
{
    Title,
    Body,
    TitleAndBody,
}

/// <summary>
/// A topic as data: it is assigned when the sum of its rules' scores reaches <paramref name="Threshold"/>.
/// </summary>
public sealed record TopicDefinition(string Slug, double Threshold, IReadOnlyList<TopicRule> Rules);

/// <summary>
/// One rule of a topic. Each entry of the lists is a term item: a word or phrase (Hebrew or English; Hebrew words
/// also match behind prefix letters ו ה ב כ ל מ ש; a trailing <c>*</c> on a word matches any word it begins; a leading
/// <c>=</c> makes the term case-sensitive, e.g. <c>=US</c>), several alternatives separated by <c>|</c>, or
/// <c>@actor:KEY</c> standing for every alias of that actor (aliases supplied to <see cref="TopicClassifier"/>).
/// <list type="bullet">
/// <item>Every occurrence of an <paramref name="AnyOf"/> term in the <paramref name="Scope"/> is an anchor.
/// With an empty AnyOf, the first AllOf item supplies the anchors.</item>
/// <item>An anchor counts only if every <paramref name="AllOf"/> item occurs — within <paramref name="WithinWords"/>
/// words of it in the same field when that is set, else anywhere in title or body — and no <paramref name="NoneOf"/>
/// term occurs within WithinWords of it (or, without WithinWords, anywhere in title or body).</item>
/// <item>The rule scores <paramref name="Weight"/> × counted anchors (a title anchor counts twice; overlapping anchors
/// once), at most <see cref="TopicClassifier.RuleHitCap"/> anchors. A negative weight makes a rule count against the
/// topic, e.g. for sport or culture vocabulary.</item>
/// </list>
/// </summary>
public sealed record TopicRule(
    string Id,
    string Name,
    IReadOnlyList<string> AnyOf,
    IReadOnlyList<string> AllOf,
    IReadOnlyList<string> NoneOf,
    int? WithinWords,
    RuleScope Scope,
    double Weight);
