namespace Briefing.Analysis.Topics;

/// <summary>Why a topic was assigned: one matched term.</summary>
/// <param name="Term">The term as written in the rule (or the actor alias).</param>
/// <param name="Field"><c>"title"</c> or <c>"body"</c>.</param>
/// <param name="Start">Offset in the original field text.</param>
/// <param name="Length">Length in the original field text.</param>
/// <param name="Snippet">About 80 characters of the field around the match, whitespace collapsed.</param>
/// <param name="RuleId">The rule whose anchor this is.</param>
public sealed record TopicEvidence(string Term, string Field, int Start, int Length, string Snippet, string RuleId);

/// <summary>A topic assigned to a text, with its score and evidence.</summary>
public sealed record TopicAssignment(string Slug, double Score, IReadOnlyList<TopicEvidence> Evidence);

/// <summary>How one rule fared on a text.</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Name">The rule's name.</param>
/// <param name="Weight">The rule's weight.</param>
/// <param name="CountedHits">Anchors that counted (title anchors count twice), before the cap.</param>
/// <param name="Score">What the rule added to the topic's score.</param>
/// <param name="Evidence">Anchors that counted.</param>
/// <param name="Rejected">Anchors that did not count, with <see cref="RejectedAnchor.Reason"/>.</param>
public sealed record RuleTrace(
    string RuleId,
    string Name,
    double Weight,
    double CountedHits,
    double Score,
    IReadOnlyList<TopicEvidence> Evidence,
    IReadOnlyList<RejectedAnchor> Rejected);

/// <summary>An anchor term that occurred but did not count.</summary>
public sealed record RejectedAnchor(TopicEvidence Anchor, string Reason);

/// <summary>How one topic fared on a text: every rule, assigned or not.</summary>
public sealed record TopicTrace(string Slug, double Score, double Threshold, bool Assigned, IReadOnlyList<RuleTrace> Rules);
