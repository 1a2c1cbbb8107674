using System.Diagnostics;
using Briefing.Web.Features.Dashboard;
using Briefing.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Briefing.Bench.Dashboard;

/// <summary>
/// Dashboard queries over N generated articles (default 100k) spread over three topics and two years.
/// Baseline in the same run: the same counts as hand-written SQL on a raw connection.
/// </summary>
public sealed class DashboardBenchmark : IBenchmark
{
    public string Name => "dashboard";

    public async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0]) : 100_000;
        const int runs = 50;
        using var database = new BenchDatabase();
        Console.WriteLine($"Generating {count:N0} articles with topic assignments…");
        Generate(database.ConnectionString, count);

        var clock = new FixedClock(new DateTimeOffset(2025, 8, 13, 9, 0, 0, TimeSpan.Zero));
        var service = new DashboardService(database, clock, Options.Create(new BriefingOptions()));
        await service.LoadAsync(); // warm-up: JIT, query compilation, page cache
        var product = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            await service.LoadAsync();
            product.Add(sw.Elapsed.TotalMilliseconds);
        }

        var baseline = new List<double>();
        await using (var connection = new SqliteConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            for (var i = 0; i < runs + 1; i++)
            {
                var sw = Stopwatch.StartNew();
                foreach (var topicId in new[] { 1, 2, 3 })
                {
                    await Scalar(connection, $"SELECT COUNT(*) FROM ArticleTopics WHERE TopicId={topicId} AND IsExcluded=0");
                    await Scalar(connection, $"SELECT COUNT(*) FROM ArticleTopics WHERE TopicId={topicId} AND IsExcluded=0 AND PublishedAt >= '2025-08-10 00:00:00'");
                }
                await Scalar(connection, "SELECT COUNT(*) FROM Articles WHERE DuplicateOfId IS NULL");
                if (i > 0) baseline.Add(sw.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine($"dashboard load (EF, {count:N0} articles): p50 {Percentile(product, 50):F1} ms, p95 {Percentile(product, 95):F1} ms over {runs} runs");
        Console.WriteLine($"baseline raw SQL counts:           p50 {Percentile(baseline, 50):F1} ms, p95 {Percentile(baseline, 95):F1} ms");
        Console.WriteLine($"ratio (p50 product / baseline): {Percentile(product, 50) / Percentile(baseline, 50):F2}");
        return 0;
    }

    private static async Task Scalar(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteScalarAsync();
    }

    internal static double Percentile(List<double> values, int p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static void Generate(string connectionString, int count)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var article = connection.CreateCommand();
        article.CommandText = """
            INSERT INTO Articles (Id, Title, Text, Language, ContentHash, PublishedAt, PublishedIsEstimated, ImportedAt, Version, SearchText, SourceName)
            VALUES ($id, $title, 'body', $lang, $hash, $published, 0, $published, $version, $title, 'Generated')
            """;
        using var assignment = connection.CreateCommand();
        assignment.CommandText = """
            INSERT INTO ArticleTopics (ArticleId, TopicId, Score, Origin, IsExcluded, EvidenceJson, AssignedAt, PublishedAt)
            VALUES ($id, $topic, 1.0, 0, 0, '[]', $published, $published)
            """;
        var random = new Random(42);
        var start = new DateTime(2023, 8, 13);
        for (var i = 1; i <= count; i++)
        {
            var published = start.AddMinutes(random.Next(0, 2 * 365 * 24 * 60)).ToString("yyyy-MM-dd HH:mm:ss");
            article.Parameters.Clear();
            article.Parameters.AddWithValue("$id", i);
            article.Parameters.AddWithValue("$title", $"Generated article {i}");
            article.Parameters.AddWithValue("$lang", i % 2 == 0 ? "he" : "en");
            article.Parameters.AddWithValue("$hash", i.ToString("x64"));
            article.Parameters.AddWithValue("$published", published);
            article.Parameters.AddWithValue("$version", Guid.NewGuid().ToString().ToUpperInvariant());
            article.ExecuteNonQuery();
            foreach (var topic in new[] { 1, 2, 3 }.Where(t => random.Next(3) == 0 || t == i % 3 + 1))
            {
                assignment.Parameters.Clear();
                assignment.Parameters.AddWithValue("$id", i);
                assignment.Parameters.AddWithValue("$topic", topic);
                assignment.Parameters.AddWithValue("$published", published);
                assignment.ExecuteNonQuery();
            }
        }
        transaction.Commit();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
