namespace Briefing.Analysis.Events;

/// <summary>Who recommends what to whom. Either side may be empty when the sentence does not say.</summary>
/// <param name="Recommenders">Who recommends (a think tank, an official, a columnist).</param>
/// <param name="Addressees">To whom the advice is addressed.</param>
/// <param name="What">The recommended action: the clause after the trigger, in the source language.</param>
public sealed record RecommendationDetail(IReadOnlyList<EventActor> Recommenders, IReadOnlyList<EventActor> Addressees, string What);
