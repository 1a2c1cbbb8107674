using Briefing.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Features.Ingestion;

/// <summary>On first start with an empty database, imports the sample corpus bundled with the app so a new user sees a living dashboard.</summary>
public static class SampleData
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "SampleData", "corpus");

    public static async Task ImportIfEmptyAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<BriefingDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            if (await db.Articles.AnyAsync(cancellationToken))
                return;
        if (!Directory.Exists(Folder))
            return;

        var ingestion = services.GetRequiredService<IngestionService>();
        var items = new List<IngestionService.Pending>();
        foreach (var file in Directory.EnumerateFiles(Folder).Where(f => !f.EndsWith(".json", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
        {
            var (parsed, failure) = ingestion.Parse(await File.ReadAllBytesAsync(file, cancellationToken), file, null, new ImportOptions(), cancellationToken);
            if (failure is null)
                items.AddRange(parsed);
        }
        var results = await ingestion.StoreAsync(items, cancellationToken);
        Console.WriteLine($"Imported the sample corpus: {results.Count(r => r.Status == ImportStatus.Imported)} articles.");
    }
}
