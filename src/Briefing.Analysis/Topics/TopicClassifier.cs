using System.Runtime.InteropServices;
using Briefing.Analysis.Text;

namespace Briefing.Analysis.Topics;

/// <summary>
/// Assigns topics to an article from rules given as data. Compile once from all topics (one <see cref="TermMatcher{T}"/>
/// holds every term of every rule), then call <see cref="Classify"/> per article; safe to share between threads.
/// See <see cref="TopicRule"/> for how rules score.
/// </summary>
public sealed class TopicClassifier
{
    /// <summary>Most anchors a rule counts, so one repeated word cannot carry a topic alone.</summary>
    public const double RuleHitCap = 3;

    /// <summary>What an anchor in the title counts for, against 1 in the body.</summary>
    public const double TitleHitValue = 2;

    /// <summary>Evidence kept per rule; scores use every anchor.</summary>
    public const int MaxEvidencePerRule = 10;

    internal const int TitleField = 0;
    internal const int BodyField = 1;
    private static readonly string[] FieldNames = ["title", "body"];
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoActors = new Dictionary<string, IReadOnlyList<string>>();

    private readonly TopicDefinition[] _topics;
    private readonly CompiledRule[] _rules;
    private readonly int[] _anchorRuleOfGroup;
    private readonly int _groupCount;
    private readonly TermMatcher<int> _matcher;

    [ThreadStatic] private static ClassifierScratch? s_scratch;

    /// <summary>Compiles the topics. <paramref name="actorAliases"/> resolves <c>@actor:KEY</c> items (key → aliases).</summary>
    public TopicClassifier(IEnumerable<TopicDefinition> topics, IReadOnlyDictionary<string, IReadOnlyList<string>>? actorAliases = null)
    {
        ArgumentNullException.ThrowIfNull(topics);
        actorAliases ??= NoActors;
        _topics = [.. topics];
        var warnings = new List<string>();
        var rules = new List<CompiledRule>();
        var anchorRuleOfGroup = new List<int>();
        var terms = new List<KeyValuePair<string, int>>();

        int AddGroup(IEnumerable<string> items, int anchorRule, string where)
        {
            var group = anchorRuleOfGroup.Count;
            anchorRuleOfGroup.Add(anchorRule);
            var any = false;
            foreach (var item in items)
            {
                foreach (var term in TermItems.Expand(item, actorAliases, w => warnings.Add($"{where}: {w}")))
                {
                    terms.Add(new(term, group));
                    any = true;
                }
            }
            if (!any)
            {
                warnings.Add($"{where}: no terms");
            }
            return group;
        }

        for (var t = 0; t < _topics.Length; t++)
        {
            foreach (var rule in _topics[t].Rules)
            {
                var where = $"{_topics[t].Slug}/{rule.Id}";
                var ruleIndex = rules.Count;
                var allOf = rule.AllOf ?? [];
                var anyOf = rule.AnyOf ?? [];
                IEnumerable<string> anchorItems = anyOf.Count > 0 ? anyOf : allOf.Take(1);
                var requiredItems = anyOf.Count > 0 ? allOf : allOf.Skip(1);
                var anchor = AddGroup(anchorItems, ruleIndex, where);
                var required = requiredItems.Select(item => AddGroup([item], -1, where)).ToArray();
                var none = rule.NoneOf is { Count: > 0 } ? AddGroup(rule.NoneOf, -1, where + " none-of") : -1;
                rules.Add(new CompiledRule(rule, t, anchor, required, none));
            }
        }
        _rules = [.. rules];
        _anchorRuleOfGroup = [.. anchorRuleOfGroup];
        _groupCount = anchorRuleOfGroup.Count;
        _matcher = new TermMatcher<int>(terms);
        warnings.AddRange(_matcher.IgnoredTerms.Select(t => $"term without words ignored: '{t}'"));
        Warnings = warnings;
    }

    /// <summary>Problems found while compiling (unknown actors, empty lists) — show them to the admin who edits rules.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Number of distinct compiled term patterns across all topics.</summary>
    public int PatternCount => _matcher.PatternCount;

    /// <summary>The topics whose score reaches their threshold, highest score first, each with its evidence.</summary>
    public IReadOnlyList<TopicAssignment> Classify(string title, string body)
    {
        var scratch = Run(title ?? "", body ?? "", trace: false);
        List<TopicAssignment>? assignments = null;
        for (var t = 0; t < _topics.Length; t++)
        {
            var score = scratch.TopicScores[t];
            if (score < _topics[t].Threshold || score <= 0)
            {
                continue;
            }
            var evidence = new List<TopicEvidence>();
            foreach (var counted in scratch.Counted)
            {
                var rule = _rules[counted.Rule];
                if (rule.Topic == t && rule.Rule.Weight > 0 && counted.EvidenceIndex < MaxEvidencePerRule)
                {
                    evidence.Add(ToEvidence(scratch, title ?? "", body ?? "", counted.Occurrence, rule.Rule.Id));
                }
            }
            (assignments ??= []).Add(new TopicAssignment(_topics[t].Slug, Math.Round(score, 3), evidence));
        }
        return assignments is null ? [] : [.. assignments.OrderByDescending(a => a.Score)];
    }

    /// <summary>Every topic and every rule with hits, scores and the anchors that did not count and why — for the
    /// rule editor's test box and impact previews.</summary>
    public IReadOnlyList<TopicTrace> Explain(string title, string body)
    {
        title ??= "";
        body ??= "";
        var scratch = Run(title, body, trace: true);
        var traces = new List<TopicTrace>(_topics.Length);
        var ruleIndex = 0;
        for (var t = 0; t < _topics.Length; t++)
        {
            var ruleTraces = new List<RuleTrace>();
            foreach (var _ in _topics[t].Rules)
            {
                var rule = _rules[ruleIndex];
                var evidence = scratch.Counted.Where(c => c.Rule == ruleIndex)
                    .Select(c => ToEvidence(scratch, title, body, c.Occurrence, rule.Rule.Id)).ToList();
                var rejected = scratch.Rejected.Where(r => r.Rule == ruleIndex)
                    .Select(r => new RejectedAnchor(ToEvidence(scratch, title, body, r.Occurrence, rule.Rule.Id), r.Reason)).ToList();
                var hits = scratch.RuleHits[ruleIndex];
                ruleTraces.Add(new RuleTrace(rule.Rule.Id, rule.Rule.Name, rule.Rule.Weight, hits, Math.Round(RuleScore(rule, hits), 3), evidence, rejected));
                ruleIndex++;
            }
            var score = scratch.TopicScores[t];
            traces.Add(new TopicTrace(_topics[t].Slug, Math.Round(score, 3), _topics[t].Threshold,
                score >= _topics[t].Threshold && score > 0, ruleTraces));
        }
        return traces;
    }

    private static double RuleScore(CompiledRule rule, double hits) => rule.Rule.Weight * Math.Min(hits, RuleHitCap);

    private ClassifierScratch Run(string title, string body, bool trace)
    {
        var scratch = s_scratch ??= new ClassifierScratch();
        scratch.Prepare(_groupCount, _rules.Length, _topics.Length);
        MatchField(scratch, TitleField, title);
        MatchField(scratch, BodyField, body);
        foreach (var group in scratch.Touched)
        {
            var ruleIndex = _anchorRuleOfGroup[group];
            if (ruleIndex >= 0)
            {
                EvaluateRule(scratch, ruleIndex, trace);
            }
        }
        return scratch;
    }

    private void MatchField(ClassifierScratch scratch, int field, string text)
    {
        var normalized = scratch.Normalized[field];
        var tokens = scratch.Tokens[field];
        TextNormalizer.Normalize(text, normalized);
        Tokenizer.Tokenize(normalized.Span, tokens);
        var matches = scratch.Matches;
        matches.Clear();
        _matcher.MatchRaw(normalized, text, tokens.Span, matches);
        foreach (var match in matches)
        {
            foreach (var (term, group) in _matcher.EntriesOf(match.Pattern))
            {
                var list = scratch.Occurrences[group];
                if (list.Count == 0)
                {
                    scratch.Touched.Add(group);
                }
                else
                {
                    // The same text matched twice for one group (a term listed twice, or an alias shared by two actors).
                    var last = list[^1];
                    if (last.Field == field && last.Start == match.Start && last.End == match.End)
                    {
                        continue;
                    }
                }
                list.Add(new Occurrence(field, match.TokenIndex, match.TokenCount, match.Start, match.End, term));
            }
        }
    }

    private void EvaluateRule(ClassifierScratch scratch, int ruleIndex, bool trace)
    {
        var rule = _rules[ruleIndex];
        var within = rule.Rule.WithinWords;
        var occurrences = scratch.Occurrences;
        Problem? globalProblem = null;
        if (within is null)
        {
            if (rule.None >= 0 && occurrences[rule.None].Count > 0)
            {
                globalProblem = new Problem(rule.None, occurrences[rule.None][0].Term);
            }
            else
            {
                foreach (var group in rule.Required)
                {
                    if (occurrences[group].Count == 0)
                    {
                        globalProblem = new Problem(group, null);
                        break;
                    }
                }
            }
        }

        double hits = 0;
        var evidenceCount = 0;
        var previousField = -1;
        var previousEnd = -1;
        foreach (var anchor in occurrences[rule.Anchor])
        {
            if (!InScope(rule.Rule.Scope, anchor.Field))
            {
                continue;
            }
            if (anchor.Field == previousField && anchor.TokenIndex < previousEnd)
            {
                continue;
            }
            var problem = globalProblem ?? (within is { } n ? ContextProblem(rule, anchor, n, occurrences) : null);
            if (problem is { } found)
            {
                if (trace)
                {
                    scratch.Rejected.Add(new RejectedOccurrence(ruleIndex, anchor, Describe(rule, found)));
                }
                continue;
            }
            previousField = anchor.Field;
            previousEnd = anchor.TokenIndex + anchor.TokenCount;
            hits += anchor.Field == TitleField ? TitleHitValue : 1;
            scratch.Counted.Add(new CountedOccurrence(ruleIndex, anchor, evidenceCount++));
        }
        scratch.RuleHits[ruleIndex] = hits;
        scratch.TopicScores[rule.Topic] += RuleScore(rule, hits);
    }

    private Problem? ContextProblem(CompiledRule rule, Occurrence anchor, int within, List<Occurrence>[] occurrences)
    {
        if (rule.None >= 0 && FindNear(occurrences[rule.None], anchor, within) is { } excluded)
        {
            return new Problem(rule.None, excluded.Term);
        }
        foreach (var group in rule.Required)
        {
            if (FindNear(occurrences[group], anchor, within) is null)
            {
                return new Problem(group, null);
            }
        }
        return null;
    }

    // Reasons are worded only for traces; Classify must not pay for strings it throws away.
    private static string Describe(CompiledRule rule, Problem problem)
    {
        var where = rule.Rule.WithinWords is { } n ? $"within {n} words" : "in title or body";
        return problem.ExcludedTerm is { } term
            ? $"excluded: '{term}' {where}"
            : $"missing {where}: {RequiredItemName(rule, problem.Group)}";
    }

    /// <summary>Why an anchor did not count: an excluding term found, or a required group missing.</summary>
    private readonly record struct Problem(int Group, string? ExcludedTerm);

    /// <summary>An occurrence within <paramref name="within"/> words of the anchor in its field. Lists are in text
    /// order (title, then body), so a binary search skips to the window.</summary>
    private Occurrence? FindNear(List<Occurrence> candidates, Occurrence anchor, int within)
    {
        var span = CollectionsMarshal.AsSpan(candidates);
        var lowestStart = anchor.TokenIndex - within - (_matcher.MaxPatternWords - 1);
        int lo = 0, hi = span.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = span[mid];
            if (c.Field < anchor.Field || (c.Field == anchor.Field && c.TokenIndex < lowestStart))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        var anchorLast = anchor.TokenIndex + anchor.TokenCount - 1;
        for (var i = lo; i < span.Length; i++)
        {
            var candidate = span[i];
            if (candidate.Field != anchor.Field || candidate.TokenIndex > anchorLast + within)
            {
                break;
            }
            var gap = Math.Max(anchor.TokenIndex - (candidate.TokenIndex + candidate.TokenCount - 1), candidate.TokenIndex - anchorLast);
            if (gap <= within)
            {
                return candidate;
            }
        }
        return null;
    }

    private static string RequiredItemName(CompiledRule rule, int group)
    {
        var items = rule.Rule.AnyOf is { Count: > 0 } ? rule.Rule.AllOf : rule.Rule.AllOf.Skip(1).ToList();
        var position = Array.IndexOf(rule.Required, group);
        var item = position >= 0 && position < items.Count ? items[position] : "?";
        return item.Length > 60 ? item[..60] + "…" : item;
    }

    private static bool InScope(RuleScope scope, int field) => scope switch
    {
        RuleScope.Title => field == TitleField,
        RuleScope.Body => field == BodyField,
        _ => true,
    };

    private static TopicEvidence ToEvidence(ClassifierScratch scratch, string title, string body, Occurrence occurrence, string ruleId)
    {
        var text = occurrence.Field == TitleField ? title : body;
        var normalized = scratch.Normalized[occurrence.Field];
        var (start, length) = OffsetMap.ToOriginal(normalized.Starts, normalized.Ends, normalized.Length, text.Length,
            occurrence.Start, occurrence.End - occurrence.Start);
        return new TopicEvidence(occurrence.Term, FieldNames[occurrence.Field], start, length, Snippet.Around(text, start, length), ruleId);
    }

    private sealed record CompiledRule(TopicRule Rule, int Topic, int Anchor, int[] Required, int None);
}

internal readonly record struct Occurrence(int Field, int TokenIndex, int TokenCount, int Start, int End, string Term);

internal readonly record struct CountedOccurrence(int Rule, Occurrence Occurrence, int EvidenceIndex);

internal readonly record struct RejectedOccurrence(int Rule, Occurrence Occurrence, string Reason);

/// <summary>Per-thread working memory of the classifier, reused across articles.</summary>
internal sealed class ClassifierScratch
{
    public readonly NormalizationBuffer[] Normalized = [new(), new()];
    public readonly TokenBuffer[] Tokens = [new(), new()];
    public readonly List<RawMatch> Matches = [];
    public readonly List<int> Touched = [];
    public readonly List<CountedOccurrence> Counted = [];
    public readonly List<RejectedOccurrence> Rejected = [];
    public List<Occurrence>[] Occurrences = [];
    public double[] RuleHits = [];
    public double[] TopicScores = [];

    public void Prepare(int groups, int rules, int topics)
    {
        foreach (var group in Touched)
        {
            if (group < Occurrences.Length)
            {
                Occurrences[group].Clear();
            }
        }
        Touched.Clear();
        if (Occurrences.Length < groups)
        {
            var grown = new List<Occurrence>[groups];
            Array.Copy(Occurrences, grown, Occurrences.Length);
            for (var i = Occurrences.Length; i < groups; i++)
            {
                grown[i] = [];
            }
            Occurrences = grown;
        }
        if (RuleHits.Length < rules)
        {
            RuleHits = new double[rules];
        }
        else
        {
            Array.Clear(RuleHits, 0, rules);
        }
        if (TopicScores.Length < topics)
        {
            TopicScores = new double[topics];
        }
        else
        {
            Array.Clear(TopicScores, 0, topics);
        }
        Counted.Clear();
        Rejected.Clear();
    }
}
