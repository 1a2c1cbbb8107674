using System.Diagnostics;
using Briefing.Analysis.Topics;
using Briefing.Bench.Classification;
using Briefing.Web.Data;
using Briefing.Web.Features.Topics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Bench.Reclassify;

/// <summary>
/// Re-classifying N stored articles (default 100k, 3–5 KB, half Hebrew) with the seed topics through
/// <see cref="TopicAssignmentService.ReclassifyAllAsync"/> on SQLite — first with no assignments stored (inserts), then
/// again over the stored assignments (updates). Baseline in the same run: classification alone over the same texts
/// (regenerated from the same seed; only the Classify calls are timed), no database.
/// </summary>
public sealed class ReclassifyBenchmark : IBenchmark
{
    private const int Seed = 4907;

    public string Name => "reclassify";

    public async Task<int> RunAsync(string[] args)
    {
        var count = Option(args, "--articles", 100_000);
        using var database = new BenchDatabase();
        Console.WriteLine($"Generating {count:N0} articles of 3–5 KB (half Hebrew) into {database.Path}…");
        var generate = Stopwatch.StartNew();
        var characters = Generate(database.ConnectionString, count);
        Console.WriteLine($"  generated in {generate.Elapsed.TotalSeconds:F1} s ({characters / 1e6:F0} M characters)");

        var service = new TopicAssignmentService(database, TimeProvider.System);
        var firstRun = await TimeReclassifyAsync(service, count, "re-classify, nothing stored yet (inserts)");
        var secondRun = await TimeReclassifyAsync(service, count, "re-classify over stored assignments (updates)");

        await using (var db = database.CreateDbContext())
            Console.WriteLine($"  assignments stored: {await db.ArticleTopics.CountAsync():N0}");

        var classifier = new TopicClassifier(SeedTopics.Definitions);
        var classify = TimeSpan.Zero;
        var assigned = 0;
        foreach (var article in Articles(count))
        {
            var start = Stopwatch.GetTimestamp();
            assigned += classifier.Classify(article.Title, article.Body).Count;
            classify += Stopwatch.GetElapsedTime(start);
        }
        Console.WriteLine($"baseline, classification alone in memory (1 thread): {classify.TotalSeconds:F1} s, {count / classify.TotalSeconds:N0} articles/s, {assigned:N0} assignments");
        Console.WriteLine($"share of re-classification spent classifying: {classify.TotalSeconds / firstRun.TotalSeconds:P0} (inserts), {classify.TotalSeconds / secondRun.TotalSeconds:P0} (updates)");
        Console.WriteLine($"target: 100,000 articles in ≤ 60 s — {(firstRun.TotalSeconds * 100_000 / count <= 60 && secondRun.TotalSeconds * 100_000 / count <= 60 ? "met" : "NOT met")}");
        return 0;
    }

    private static async Task<TimeSpan> TimeReclassifyAsync(TopicAssignmentService service, int count, string label)
    {
        var sw = Stopwatch.StartNew();
        var done = await service.ReclassifyAllAsync();
        sw.Stop();
        Console.WriteLine($"{label}: {done:N0} articles in {sw.Elapsed.TotalSeconds:F1} s, {count / sw.Elapsed.TotalSeconds:N0} articles/s");
        return sw.Elapsed;
    }

    private static IEnumerable<GeneratedArticle> Articles(int count) =>
        new CorpusGenerator(Seed).Articles(count, SeedTopics.Definitions);

    private static long Generate(string connectionString, int count)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        // Re-classification does not read the search index; filling 400 MB of FTS5 trigrams would only slow the set-up.
        using (var drop = connection.CreateCommand())
        {
            drop.CommandText = "DROP TRIGGER IF EXISTS Articles_search_insert";
            drop.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO Articles (Id, Title, Text, Language, ContentHash, PublishedAt, PublishedDate, PublishedIsEstimated, ImportedAt, Version, SearchText, SourceName)
            VALUES ($id, $title, $text, $lang, $hash, $published, $date, 0, $published, $version, $search, 'Generated')
            """;
        var id = insert.Parameters.Add("$id", SqliteType.Integer);
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        var text = insert.Parameters.Add("$text", SqliteType.Text);
        var lang = insert.Parameters.Add("$lang", SqliteType.Text);
        var hash = insert.Parameters.Add("$hash", SqliteType.Text);
        var published = insert.Parameters.Add("$published", SqliteType.Text);
        var date = insert.Parameters.Add("$date", SqliteType.Text);
        var version = insert.Parameters.Add("$version", SqliteType.Text);
        var search = insert.Parameters.Add("$search", SqliteType.Text);
        var start = new DateTime(2024, 1, 1);
        long characters = 0;
        var i = 0;
        foreach (var article in Articles(count))
        {
            i++;
            var when = start.AddMinutes(i * 7);
            id.Value = i;
            title.Value = article.Title;
            text.Value = article.Body;
            lang.Value = article.Hebrew ? "he" : "en";
            hash.Value = i.ToString("x64");
            published.Value = when.ToString("yyyy-MM-dd HH:mm:ss");
            date.Value = when.ToString("yyyy-MM-dd");
            version.Value = Guid.NewGuid().ToString().ToUpperInvariant();
            // Stored as the app stores it, so loading an article costs what it costs in production.
            search.Value = ArticleSearch.Fold(article.Title + " " + article.Body);
            insert.ExecuteNonQuery();
            characters += article.Title.Length + article.Body.Length;
        }
        transaction.Commit();
        return characters;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
    }
}
