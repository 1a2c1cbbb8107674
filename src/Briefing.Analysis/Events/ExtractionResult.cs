using Briefing.Analysis.Actors;

namespace Briefing.Analysis.Events;

/// <summary>What one article yields: its events and names in actor positions that the gazetteer lacks.</summary>
public sealed record ExtractionResult(IReadOnlyList<ExtractedEvent> Events, IReadOnlyList<ProposedActor> ProposedActors);
