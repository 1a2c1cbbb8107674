using Briefing.Analysis.Topics;
using Briefing.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Data;

/// <summary>The topics every installation starts with (from the analysis library's seed); added once, then curated by admins.</summary>
public static class SeedData
{
    public static async Task SeedTopicsAsync(BriefingDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var existing = await db.Topics.Select(t => t.Slug).ToListAsync(cancellationToken);
        foreach (var seed in SeedTopics.All.Where(s => !existing.Contains(s.Slug)))
        {
            db.Topics.Add(new Topic
            {
                Slug = seed.Slug, NameEn = seed.NameEn, NameHe = seed.NameHe, DescriptionEn = seed.DescriptionEn,
                DescriptionHe = seed.DescriptionHe, Color = seed.Color, SortOrder = seed.Order, Threshold = seed.Definition.Threshold,
                CreatedAt = now, UpdatedAt = now,
                Rules = [.. seed.Definition.Rules.Select((r, i) => ToEntity(r, i))],
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public static Entities.TopicRule ToEntity(Analysis.Topics.TopicRule rule, int order) => new()
    {
        Key = rule.Id, Name = rule.Name, AnyOf = [.. rule.AnyOf], AllOf = [.. rule.AllOf], NoneOf = [.. rule.NoneOf],
        WithinWords = rule.WithinWords, Weight = rule.Weight, SortOrder = order,
        Scope = rule.Scope switch
        {
            Analysis.Topics.RuleScope.Title => Entities.RuleScope.Title,
            Analysis.Topics.RuleScope.Body => Entities.RuleScope.Body,
            _ => Entities.RuleScope.TitleAndBody,
        },
    };
}
