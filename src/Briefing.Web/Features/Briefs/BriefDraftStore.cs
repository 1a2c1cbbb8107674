using System.Collections.Concurrent;
using System.Security.Cryptography;
using Briefing.Web.Features.Briefs.Workbook;

namespace Briefing.Web.Features.Briefs;

/// <summary>
/// Unsaved drafts kept briefly in memory so the composer's "Download preview" is a plain GET
/// (<c>/api/briefs/drafts/{key}.xlsx</c>) rather than bytes pushed through the SignalR circuit.
/// Keys are random and a draft is only handed to the person who made it.
/// </summary>
public sealed class BriefDraftStore(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    private const int MaxDrafts = 500;
    private readonly ConcurrentDictionary<string, (BriefDocument Document, string Owner, DateTimeOffset Expires)> drafts = new();

    public static string NewKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Stores (or replaces) the draft under <paramref name="key"/>; each edit on the page refreshes it.</summary>
    public void Put(string key, BriefDocument document, string owner)
    {
        var now = clock.GetUtcNow();
        foreach (var (k, v) in drafts)
            if (v.Expires <= now)
                drafts.TryRemove(k, out _);
        if (drafts.Count >= MaxDrafts && !drafts.ContainsKey(key))
            foreach (var oldest in drafts.OrderBy(d => d.Value.Expires).Take(drafts.Count - MaxDrafts + 1))
                drafts.TryRemove(oldest.Key, out _);
        drafts[key] = (document, owner, now + Lifetime);
    }

    public BriefDocument? Get(string key, string owner) =>
        drafts.TryGetValue(key, out var draft) && draft.Owner == owner && draft.Expires > clock.GetUtcNow() ? draft.Document : null;

    public void Remove(string key) => drafts.TryRemove(key, out _);
}
