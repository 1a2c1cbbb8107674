using System.Diagnostics;
using Briefing.Web.Data;
using Briefing.Web.Features.Events;
using Briefing.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Features.Ingestion;

/// <summary>The <c>import PATH… [--published YYYY-MM-DD] [--source NAME]</c> verb: folders recursively, progress on stderr.</summary>
public static class IngestionCommands
{
    private const int BatchSize = 200;
    private const int DeferSearchIndexFrom = 1_000;
    private const int IndexEveryArticles = 2_000;

    // As many workers as cores, at a lower priority than the storing thread: it keeps a core, they fill the rest. (At
    // normal priority, three busy threads shared two cores and the storing thread ran a third of the time descheduled.)
    private static readonly int ParseWorkers = Environment.ProcessorCount;

    internal static async Task<int> ImportAsync(WebApplication app, CliArguments args)
    {
        if (args.Positional.Count == 0)
            throw new CliUsageException("usage: import PATH… [--published YYYY-MM-DD] [--source NAME]");
        DateOnly? published = null;
        if (args.Optional("published") is { } value)
            published = DateOnly.TryParseExact(value, "yyyy-MM-dd", out var date) ? date : throw new CliUsageException("--published must be YYYY-MM-DD.");
        var options = new ImportOptions(args.Optional("source"), published);
        var files = new List<string>();
        foreach (var given in args.Positional)
        {
            var path = CliArguments.ResolvePath(given);
            if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            else if (File.Exists(path))
                files.Add(path);
            else
                throw new CliUsageException($"No such file or folder: {given}");
        }

        await DatabaseInitializer.MigrateIfSqliteAsync(app.Services);
        var ingestion = app.Services.GetRequiredService<IngestionService>();
        var counts = new Dictionary<ImportStatus, int>();
        var stopwatch = Stopwatch.StartNew();
        var done = 0;
        var analysis = await app.Services.GetRequiredService<Processing.ArticleAnalysis>().PrepareAsync(CancellationToken.None);
        var dbFactory = app.Services.GetRequiredService<IDbContextFactory<BriefingDbContext>>();
        // A large import indexes its articles for search in chunks as it goes, not batch by batch (a third of the cost).
        // Event candidates are read once and kept across batches while nobody else writes events (SQLite keeps the count).
        bool deferred;
        EventCandidateCache? candidates;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            deferred = files.Count >= DeferSearchIndexFrom && await SearchIndexDeferral.BeginAsync(db, DateTime.UtcNow);
            candidates = await EventCandidateCache.ForImportAsync(db);
        }
        // Which side holds the import up: the storing thread, or reading, parsing and analysing on the workers.
        var storing = new Stopwatch();
        var waiting = Stopwatch.StartNew();
        var unindexed = 0;
        try
        {
            await foreach (var batch in ParsedBatches(ingestion, analysis, files, options))
            {
                waiting.Stop();
                storing.Start();
                var results = new List<ImportResult>(batch.Failures);
                if (batch.Items.Count > 0)
                    results.AddRange(await ingestion.StoreAsync(batch.Items, candidates));
                // While the workers parse the next files, index what is stored so far: little is left for the end.
                unindexed += results.Count(r => r.Status == ImportStatus.Imported);
                if (deferred && unindexed >= IndexEveryArticles)
                {
                    await using var db = await dbFactory.CreateDbContextAsync();
                    await SearchIndexDeferral.IndexSoFarAsync(db);
                    unindexed = 0;
                }
                storing.Stop();
                waiting.Start();
                foreach (var result in results)
                {
                    counts[result.Status] = counts.GetValueOrDefault(result.Status) + 1;
                    if (result.Status == ImportStatus.Failed)
                        Console.Error.WriteLine($"failed: {result.File}{result.Item}: {result.Error}");
                }
                done += batch.Files;
                Console.Error.Write($"\r{done}/{files.Count} files, {counts.GetValueOrDefault(ImportStatus.Imported)} imported, " +
                    $"{counts.GetValueOrDefault(ImportStatus.Duplicate)} duplicate, {counts.GetValueOrDefault(ImportStatus.Failed)} failed   ");
            }
        }
        finally
        {
            waiting.Stop();
            if (deferred)
            {
                Console.Error.WriteLine();
                Console.Error.Write("indexing the last articles for search… ");
                var indexing = Stopwatch.StartNew();
                await using var db = await dbFactory.CreateDbContextAsync();
                await SearchIndexDeferral.CatchUpAsync(db);
                Console.Error.Write($"{indexing.Elapsed.TotalSeconds:F1} s");
            }
        }
        Console.Error.WriteLine();
        Console.Error.WriteLine($"storing {storing.Elapsed.TotalSeconds:F1} s, waiting for parsed files {waiting.Elapsed.TotalSeconds:F1} s");
        var seconds = stopwatch.Elapsed.TotalSeconds;
        Console.WriteLine($"{counts.GetValueOrDefault(ImportStatus.Imported)} imported, {counts.GetValueOrDefault(ImportStatus.Duplicate)} duplicate, " +
            $"{counts.GetValueOrDefault(ImportStatus.Failed)} failed in {seconds:F1} s");
        return counts.GetValueOrDefault(ImportStatus.Failed) == 0 ? 0 : 1;
    }

    private sealed record Batch(List<IngestionService.Pending> Items, List<ImportResult> Failures, int Files);

    /// <summary>
    /// Reads, parses and analyses files on worker threads while the previous batch is being stored (memory stays flat);
    /// the storing thread only de-duplicates and files.
    /// </summary>
    private static async IAsyncEnumerable<Batch> ParsedBatches(IngestionService ingestion, Processing.AnalysisContext analysis,
        List<string> files, ImportOptions options)
    {
        var channel = System.Threading.Channels.Channel.CreateBounded<Batch>(2);
        var producer = Task.Run(async () =>
        {
            try
            {
                using var workers = new LowPriorityWorkers(ParseWorkers, "parse worker");
                foreach (var chunk in files.Chunk(BatchSize))
                {
                    var parsed = workers.Map<string, (IReadOnlyList<IngestionService.Pending> Items, ImportResult? Failure)>(chunk, file =>
                    {
                        try
                        {
                            var length = new FileInfo(file).Length;
                            if (length > ingestion.Limits.MaxFileBytes)
                                return ([], ImportResult.Failed(file, null,
                                    $"The file is {length / 1048576.0:F1} MB, over the limit of {ingestion.Limits.MaxFileBytes / 1048576.0:F0} MB.", 413));
                            var (items, failure) = ingestion.Parse(File.ReadAllBytes(file), file, null, options);
                            foreach (var item in items)
                                ingestion.FindTopicsAndEvents(item, analysis);
                            return (items, failure);
                        }
                        catch (IOException e)
                        {
                            return ([], ImportResult.Failed(file, null, "cannot read the file: " + e.Message, 422));
                        }
                    });
                    await channel.Writer.WriteAsync(new Batch(
                        [.. parsed.SelectMany(p => p.Items)], [.. parsed.Select(p => p.Failure).OfType<ImportResult>()], chunk.Length));
                }
            }
            finally
            {
                channel.Writer.Complete();
            }
        });
        await foreach (var batch in channel.Reader.ReadAllAsync())
            yield return batch;
        await producer;
    }
}
