using System.Diagnostics;
using System.Globalization;
using Briefing.Analysis;
using Briefing.Analysis.Events;

namespace Briefing.Bench.Extraction;

/// <summary>
/// Event extraction throughput on generated 3–5 KB Hebrew and English news articles (half each), beside a baseline
/// that only splits sentences and normalizes the text — the floor any extraction pays.
/// Usage: extract [--articles N] (default 2000).
/// </summary>
public sealed class ExtractionBenchmark : IBenchmark
{
    public string Name => "extract";

    public Task<int> RunAsync(string[] args)
    {
        var count = args.Length >= 2 && args[0] == "--articles" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
        var articles = GeneratedArticles.Create(count, seed: 907);
        var bytes = articles.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Body));
        var extractor = EventExtractor.CreateDefault();
        var published = new DateOnly(2025, 8, 9);

        // Warm-up: JIT and the matchers' first use.
        foreach (var a in articles.Take(50))
            extractor.Extract("", a.Body, a.Language, published, false);

        long baselineSentences = 0;
        var (baselineTime, _) = Measure.Run(() =>
        {
            foreach (var a in articles)
            {
                baselineSentences += SentenceSplitter.Split(a.Body).Count;
                TextNormalizer.Normalize(a.Body);
            }
        });

        long events = 0;
        // On a shared machine wall time says more about the neighbours than about the code: report CPU time too.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var pauseBefore = GC.GetTotalPauseDuration();
        var gen0Before = GC.CollectionCount(0);
        var gen2Before = GC.CollectionCount(2);
        var (time, peak) = Measure.Run(() =>
        {
            foreach (var a in articles)
                events += extractor.Extract("", a.Body, a.Language, published, false).Events.Count;
        });
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var pause = GC.GetTotalPauseDuration() - pauseBefore;
        var collections = $"{GC.CollectionCount(0) - gen0Before} GCs ({GC.CollectionCount(2) - gen2Before} gen2)";

        Console.WriteLine($"articles: {count} ({bytes / count} bytes average, half Hebrew, half English), sentences: {baselineSentences}");
        Console.WriteLine($"baseline (split sentences + normalize): {Rate(count, baselineTime)} articles/s wall");
        Console.WriteLine($"extract (events + proposed actors):     {Rate(count, cpu)} articles per CPU-second, {Rate(count, time)} articles/s wall, " +
            $"{events} events, {cpu.TotalMilliseconds / count:F2} CPU-ms/article, " +
            $"{allocated / 1024.0 / count:F0} KB allocated/article, GC pauses {pause.TotalMilliseconds / count:F2} ms/article in {collections}, peak working set {Measure.Mb(peak)}");
        return Task.FromResult(events > 0 ? 0 : 1);
    }

    private static string Rate(int count, TimeSpan elapsed) => (count / elapsed.TotalSeconds).ToString("F0", CultureInfo.InvariantCulture);
}
