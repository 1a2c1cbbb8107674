namespace Briefing.Analysis.Topics;

/// <summary>Expands a rule's term item into the terms to match: <c>a|b</c> alternatives and <c>@actor:KEY</c> aliases.</summary>
public static class TermItems
{
    /// <summary>The prefix that makes an item stand for an actor's aliases.</summary>
    public const string ActorPrefix = "@actor:";

    /// <summary>The terms an item stands for; unknown actor keys are reported to <paramref name="warn"/>.</summary>
    public static IEnumerable<string> Expand(
        string item, IReadOnlyDictionary<string, IReadOnlyList<string>> actorAliases, Action<string>? warn = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        foreach (var raw in item.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!raw.StartsWith(ActorPrefix, StringComparison.OrdinalIgnoreCase))
            {
                yield return raw;
                continue;
            }
            var key = raw[ActorPrefix.Length..].Trim();
            if (!actorAliases.TryGetValue(key, out var aliases))
            {
                warn?.Invoke($"unknown actor '{key}' in '{item}'");
                continue;
            }
            foreach (var alias in aliases)
            {
                if (!string.IsNullOrWhiteSpace(alias))
                {
                    yield return alias;
                }
            }
        }
    }
}
