using Briefing.Analysis.Text;

namespace Briefing.Analysis.Topics;

/// <summary>Checks a topic an admin edited before it is saved; each problem is a sentence to show next to the form.</summary>
public static class TopicValidation
{
    /// <summary>Problems with <paramref name="topic"/>; empty when it can be saved.</summary>
    public static IReadOnlyList<string> Validate(TopicDefinition topic, IReadOnlyDictionary<string, IReadOnlyList<string>>? actorAliases = null)
    {
        ArgumentNullException.ThrowIfNull(topic);
        actorAliases ??= new Dictionary<string, IReadOnlyList<string>>();
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(topic.Slug))
        {
            problems.Add("The topic needs a slug.");
        }
        if (!double.IsFinite(topic.Threshold) || topic.Threshold <= 0)
        {
            problems.Add("The threshold must be a number above zero.");
        }
        foreach (var duplicate in topic.Rules.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"Rule id '{duplicate.Key}' is used more than once.");
        }
        foreach (var rule in topic.Rules)
        {
            var name = string.IsNullOrWhiteSpace(rule.Name) ? rule.Id : rule.Name;
            if (string.IsNullOrWhiteSpace(rule.Id))
            {
                problems.Add($"Rule '{name}' needs an id.");
            }
            if (!double.IsFinite(rule.Weight) || rule.Weight == 0)
            {
                problems.Add($"Rule '{name}': the weight must be a non-zero number.");
            }
            if (rule.WithinWords is <= 0)
            {
                problems.Add($"Rule '{name}': 'within N words' must be at least 1.");
            }
            if ((rule.AnyOf?.Count ?? 0) == 0 && (rule.AllOf?.Count ?? 0) == 0)
            {
                problems.Add($"Rule '{name}' needs at least one 'any of' or 'all of' term.");
            }
            foreach (var (list, label) in new[] { (rule.AnyOf, "any of"), (rule.AllOf, "all of"), (rule.NoneOf, "none of") })
            {
                foreach (var item in list ?? [])
                {
                    var terms = TermItems.Expand(item, actorAliases, warning => problems.Add($"Rule '{name}' ({label}): {warning}.")).ToList();
                    if (terms.Count == 0 && !item.Contains(TermItems.ActorPrefix, StringComparison.OrdinalIgnoreCase))
                    {
                        problems.Add($"Rule '{name}' ({label}): '{item}' has no term.");
                    }
                    foreach (var term in terms.Where(t => TermPattern.Compile(t) is null))
                    {
                        problems.Add($"Rule '{name}' ({label}): '{term}' has no letters or digits to match.");
                    }
                }
            }
        }
        return problems;
    }
}
