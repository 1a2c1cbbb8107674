using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Briefing.Bench.Import;

/// <summary>
/// End-to-end bulk import: N generated articles (default 100,000; Hebrew and English, 3–5 KB) written as .txt files,
/// then imported by the real <c>import</c> verb — the built app run as a child process, exactly as an operator runs
/// it — into a fresh SQLite database. Peak working set is the child's VmHWM (sampled from /proc while it runs).
/// Baselines in the same run: the very rows the import stored (Articles, ArticleRaws, ArticleTopics, with the FTS
/// triggers of the schema) inserted into a second fresh database with prepared ADO.NET INSERTs in transactions of 200
/// rows, with the app's connection settings; then the same without the trigger, plus one index rebuild.
/// Usage: dotnet run -c Release --project bench/Briefing.Bench -- import [COUNT] [--keep] [--workstation-gc]
/// (--workstation-gc runs the app with DOTNET_gcServer=0 to compare memory with the web SDK's default server GC).
/// </summary>
public sealed class BulkImportBenchmark : IBenchmark
{
    public string Name => "import";

    public async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 100_000;
        var keep = args.Contains("--keep");
        var workstationGc = args.Contains("--workstation-gc");
        var work = Path.Combine(Path.GetTempPath(), $"briefing-import-bench-{Guid.NewGuid():N}");
        var input = Path.Combine(work, "input");
        var data = Path.Combine(work, "data");
        Directory.CreateDirectory(input);
        try
        {
            var generation = Stopwatch.StartNew();
            var bytes = new NewsCorpusWriter(seed: 20251125).Write(input, count);
            Console.WriteLine($"import: generated {count:N0} files, {bytes / 1048576.0:F0} MB, in {generation.Elapsed.TotalSeconds:F1} s ({input})");

            var (exitCode, elapsed, cpu, peakKb, summary) = await RunImportVerbAsync(input, data, workstationGc);
            Console.WriteLine($"  import verb exit code {exitCode} ({(workstationGc ? "workstation" : "server")} GC): {summary}");
            if (exitCode is not (0 or 1))
                return 1;
            var database = Path.Combine(data, "briefing.db");
            var stored = Scalar(database, "SELECT COUNT(*) FROM Articles");
            var stories = Scalar(database, "SELECT COUNT(*) FROM Articles WHERE StoryId IS NOT NULL AND StoryId <> Id");
            var topics = Scalar(database, "SELECT COUNT(*) FROM ArticleTopics");
            Console.WriteLine($"  end to end (process start, migration, read, parse, de-dup, cluster, classify, store): {elapsed.TotalSeconds:F1} s = " +
                $"{count / elapsed.TotalSeconds:N0} files/s, {stored / elapsed.TotalSeconds:N0} stored articles/s; peak working set {peakKb / 1024.0:F0} MB");
            // On a shared machine the wall clock mostly measures the neighbours; CPU time says what the import costs.
            Console.WriteLine($"  CPU time of the import process {cpu.TotalSeconds:F1} s (user+system, both cores) = {count / cpu.TotalSeconds:N0} files per CPU-second; " +
                $"on 2 idle cores at most {2 * count / cpu.TotalSeconds:N0} files/s");
            Console.WriteLine($"  stored {stored:N0} articles ({count - stored:N0} duplicates), {stories:N0} joined an earlier story, {topics:N0} topic rows; load {LoadAverage()}");

            var (rows, insertTime, _) = RawInsertBaseline(database, withSearchIndex: true);
            Console.WriteLine($"  baseline raw SQLite (prepared INSERTs, transactions of 200 rows, same {rows:N0} rows incl. raws/topics, FTS5 trigram triggers): " +
                $"{insertTime.TotalSeconds:F1} s = {stored / insertTime.TotalSeconds:N0} articles/s");
            // What the search index costs: the same inserts with the FTS triggers dropped.
            var (_, plainTime, rebuildTime) = RawInsertBaseline(database, withSearchIndex: false);
            Console.WriteLine($"  same raw inserts without the FTS5 trigram index: {plainTime.TotalSeconds:F1} s = {stored / plainTime.TotalSeconds:N0} articles/s; " +
                $"building the index once afterwards ('rebuild'): {rebuildTime.TotalSeconds:F1} s, together {stored / (plainTime + rebuildTime).TotalSeconds:N0} articles/s");
            Console.WriteLine($"  ratio end-to-end / raw insert: {insertTime.TotalSeconds / elapsed.TotalSeconds:P0} of the raw insert rate");
            return exitCode;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (!keep)
                try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<(int ExitCode, TimeSpan Elapsed, TimeSpan Cpu, long PeakKb, string Summary)> RunImportVerbAsync(string input, string data, bool workstationGc)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var app = Path.Combine(RepoRoot(), "src", "Briefing.Web", "bin", configuration, "net10.0", "Briefing.Web.dll");
        if (!File.Exists(app))
            throw new FileNotFoundException("Build the app first (the bench's project reference does): " + app);
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { app, "import", input },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // Settings as environment variables: the verb's positional path would swallow a following --Key=value.
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Logging__LogLevel__Default"] = "Warning",
                ["Briefing__DataDirectory"] = data,
                ["Briefing__SampleData"] = "false",
            },
        };
        if (workstationGc)
            start.Environment["DOTNET_gcServer"] = "0";
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        long peakKb = 0;
        var cpu = TimeSpan.Zero;
        while (!process.HasExited)
        {
            peakKb = Math.Max(peakKb, PeakKb(process.Id));
            cpu = CpuTime(process.Id) is { } sample && sample > cpu ? sample : cpu;
            await Task.Delay(100);
        }
        await process.WaitForExitAsync();
        stopwatch.Stop();
        // The verb's progress goes to stderr; its last line says whether storing or parsing held the import up.
        var split = (await errors).Split('\n', '\r').LastOrDefault(l => l.StartsWith("storing", StringComparison.Ordinal));
        return (process.ExitCode, stopwatch.Elapsed, cpu, peakKb, (await output).Trim() + (split is null ? "" : $" ({split.Trim()})"));
    }

    /// <summary>user + system time of a running process from /proc/PID/stat (clock ticks of 1/100 s); null once it is gone.</summary>
    private static TimeSpan? CpuTime(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return TimeSpan.FromSeconds((long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0);
        }
        catch (IOException) { return null; }
    }

    /// <summary>The process's peak resident set (VmHWM) in KB; 0 once it is gone.</summary>
    private static long PeakKb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        }
        catch (IOException) { return 0; }
    }

    /// <summary>Copies the stored rows into a fresh migrated database; only the INSERTs are timed.</summary>
    private static (long Rows, TimeSpan InsertTime, TimeSpan RebuildTime) RawInsertBaseline(string sourcePath, bool withSearchIndex)
    {
        using var target = new BenchDatabase();
        if (!withSearchIndex)
        {
            using var drop = new SqliteConnection(target.ConnectionString);
            drop.Open();
            using var command = drop.CreateCommand();
            command.CommandText = "DROP TRIGGER IF EXISTS Articles_search_insert;";
            command.ExecuteNonQuery();
        }
        using var source = new SqliteConnection($"Data Source={sourcePath}");
        using var destination = new SqliteConnection(target.ConnectionString);
        source.Open();
        destination.Open();
        // The app's own connection settings (in-memory statement journals, synchronous=NORMAL, 32 MB cache), so the
        // baseline differs from the import only in what the import does.
        using (var pragmas = destination.CreateCommand())
        {
            pragmas.CommandText = Briefing.Web.Data.SqlitePragmas.Statements;
            pragmas.ExecuteNonQuery();
        }
        var insertTime = TimeSpan.Zero;
        long rows = 0;
        // Transactions of 200 rows, as the import's batches: one transaction for everything made the trigram index
        // four times slower (its pending terms grew without bound), which flattered the import.
        var transaction = destination.BeginTransaction();
        foreach (var table in new[] { "Articles", "ArticleRaws", "ArticleTopics" })
        {
            var columns = Columns(source, table);
            using var insert = destination.CreateCommand();
            insert.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
            var parameters = columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
            insert.Transaction = transaction;
            insert.Prepare();

            using var read = source.CreateCommand();
            read.CommandText = $"SELECT {string.Join(", ", columns)} FROM {table}";
            using var reader = read.ExecuteReader();
            var batch = new List<object[]>(BatchRows);
            while (true)
            {
                batch.Clear();
                while (batch.Count < BatchRows && reader.Read())
                {
                    var values = new object[columns.Count];
                    reader.GetValues(values);
                    batch.Add(values);
                }
                if (batch.Count == 0)
                    break;
                var stopwatch = Stopwatch.StartNew();
                insert.Transaction = transaction;
                foreach (var values in batch)
                {
                    for (var i = 0; i < values.Length; i++)
                        parameters[i].Value = values[i];
                    insert.ExecuteNonQuery();
                }
                transaction.Commit();
                transaction.Dispose();
                transaction = destination.BeginTransaction();
                insertTime += stopwatch.Elapsed;
                rows += batch.Count;
            }
        }
        transaction.Dispose();
        var rebuild = TimeSpan.Zero;
        if (!withSearchIndex)
        {
            using var command = destination.CreateCommand();
            command.CommandText = "INSERT INTO ArticleSearch(ArticleSearch) VALUES('rebuild');";
            var stopwatch = Stopwatch.StartNew();
            command.ExecuteNonQuery();
            rebuild = stopwatch.Elapsed;
        }
        return (rows, insertTime, rebuild);
    }

    private const int BatchRows = 200;

    private static List<string> Columns(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
        using var reader = command.ExecuteReader();
        var columns = new List<string>();
        while (reader.Read())
            columns.Add("\"" + reader.GetString(0) + "\"");
        return columns;
    }

    private static long Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Briefing.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Briefing.sln not found above " + AppContext.BaseDirectory);
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
