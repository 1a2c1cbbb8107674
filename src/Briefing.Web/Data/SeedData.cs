using Briefing.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Data;

/// <summary>The three topics every installation starts with; added once, then curated by admins.</summary>
public static class SeedData
{
    public static async Task SeedTopicsAsync(BriefingDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var existing = await db.Topics.Select(t => t.Slug).ToListAsync(cancellationToken);
        var order = 0;
        foreach (var seed in SeedTopics)
        {
            order++;
            if (existing.Contains(seed.Slug))
                continue;
            db.Topics.Add(new Topic
            {
                Slug = seed.Slug, NameEn = seed.NameEn, NameHe = seed.NameHe, DescriptionEn = seed.DescriptionEn,
                DescriptionHe = seed.DescriptionHe, Color = seed.Color, SortOrder = order, CreatedAt = now, UpdatedAt = now,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record TopicSeed(string Slug, string NameEn, string NameHe, string DescriptionEn, string DescriptionHe, string Color);

    private static readonly TopicSeed[] SeedTopics =
    [
        new("israel-azerbaijan-us", "Israel–Azerbaijan–US", "ישראל–אזרבייג'ן–ארה\"ב",
            "Israel–Azerbaijan ties and trilateral cooperation with the United States, including Azerbaijan and the Abraham Accords.",
            "הקשרים בין ישראל לאזרבייג'ן ושיתוף הפעולה המשולש עם ארה\"ב, כולל אזרבייג'ן והסכמי אברהם.", "#00897b"),
        new("iran", "Iran", "איראן",
            "Iran's nuclear programme, regional aggression and proxies, sanctions, and Israel–Iran or US–Iran confrontation and talks.",
            "תוכנית הגרעין האיראנית, התוקפנות האזורית ושלוחיה, הסנקציות, והעימות והמגעים של ישראל וארה\"ב מול איראן.", "#c62828"),
        new("section-907", "Section 907", "סעיף 907",
            "Section 907 of the FREEDOM Support Act (1992) restricting US aid to Azerbaijan: waivers, suspension and repeal efforts.",
            "סעיף 907 לחוק התמיכה בחירות (1992) המגביל סיוע אמריקני לאזרבייג'ן: ויתורים, השעיה ומאמצי ביטול.", "#6a1b9a"),
    ];
}
