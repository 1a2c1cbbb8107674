using Briefing.Web.Data;
using Briefing.Web.Features.Audit;
using Briefing.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Features.Briefs;

/// <summary>The <c>export-brief --week YYYY-Www [--topics a,b] [--language he|en] --out FILE.xlsx</c> verb.</summary>
public static class BriefCommands
{
    internal static async Task<int> ExportAsync(WebApplication app, CliArguments args)
    {
        var firstDay = app.Services.GetRequiredService<IOptions<BriefingOptions>>().Value.FirstDayOfWeek;
        if (!BriefWeek.TryParse(args.Required("week"), firstDay, out var week))
            throw new CliUsageException("--week must be an ISO week like 2025-W32.");
        var output = CliArguments.ResolveOutputPath(args.Required("out"));
        await DatabaseInitializer.MigrateIfSqliteAsync(app.Services);
        var composer = app.Services.GetRequiredService<BriefComposer>();
        var document = await composer.ComposeAsync(new BriefRequest(week, BriefEndpoints.Split(args.Optional("topics")),
            BriefEndpoints.Language(args.Optional("language")), CurrentUser.System.Name));
        await File.WriteAllBytesAsync(output, composer.Render(document));
        await Console.Error.WriteLineAsync($"Wrote {output}: {document.Topics.Sum(t => t.Events.Count)} events, " +
            $"{document.Topics.Sum(t => t.Recommendations.Count)} recommendations, {document.Topics.Sum(t => t.Articles.Count)} articles ({week.From:yyyy-MM-dd} – {week.To:yyyy-MM-dd}).");
        return 0;
    }
}
