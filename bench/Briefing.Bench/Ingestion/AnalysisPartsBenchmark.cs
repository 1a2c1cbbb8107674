using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Briefing.Analysis.Actors;
using Briefing.Analysis.Events;
using Briefing.Analysis.Ingestion;
using Briefing.Analysis.Topics;
using Briefing.Bench.Import;
using Briefing.Web.Data;

namespace Briefing.Bench.Ingestion;

/// <summary>
/// CPU cost of each pure analysis step of a bulk import, one at a time, over the bulk-import corpus (pasted-page .txt
/// articles from <see cref="NewsCorpusWriter"/>): parse, fold, content fingerprint, story signature (compute, serialize;
/// the digest also takes the similarity to the previous article), event extraction, topic classification (seed topics and actors, as a fresh
/// database has them) and the search text. Prints a SHA-256 digest of every output, so a change
/// meant to be output-preserving can be checked by comparing digests before and after.
/// Usage: analysis-parts [COUNT] (default 2000).
/// </summary>
public sealed class AnalysisPartsBenchmark : IBenchmark
{
    public string Name => "analysis-parts";

    public Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 2000;
        var inputs = Corpus(count);
        var extractor = EventExtractor.CreateDefault();
        var classifier = SeedClassifier();

        var parsed = new List<ParsedArticle>(count);
        var parse = Cpu("parse", count, () =>
        {
            parsed.Clear();
            foreach (var (bytes, name) in inputs)
                parsed.AddRange(ArticleParser.Parse(bytes, name, null).Articles);
        });
        var folded = new string[parsed.Count];
        var fold = Cpu("fold", parsed.Count, () => { for (var i = 0; i < parsed.Count; i++) folded[i] = TextFolding.Fold(parsed[i].Text); });
        var fingerprints = new string[parsed.Count];
        var fingerprint = Cpu("fingerprint", parsed.Count, () => { for (var i = 0; i < parsed.Count; i++) fingerprints[i] = ContentFingerprint.Compute(parsed[i]); });
        var signatures = new StorySignature[parsed.Count];
        var signature = Cpu("signature", parsed.Count, () => { for (var i = 0; i < parsed.Count; i++) signatures[i] = StorySignature.Compute(parsed[i]); });
        // The signature's stored form, written for every imported article.
        var serialized = new string[parsed.Count];
        var serialize = Cpu("serialize", parsed.Count, () => { for (var i = 0; i < parsed.Count; i++) serialized[i] = signatures[i].Serialize(); });
        var results = new ExtractionResult[parsed.Count];
        var extract = Cpu("extract", parsed.Count, () =>
        {
            for (var i = 0; i < parsed.Count; i++)
            {
                var a = parsed[i];
                var published = a.Published is { } p ? DateOnly.FromDateTime(p.DateTime) : new DateOnly(2025, 1, 1);
                results[i] = extractor.Extract(a.Title, a.Text, a.Language, published, a.Published is null);
            }
        });

        var topics = new IReadOnlyList<TopicAssignment>[parsed.Count];
        var classify = Cpu("classify", parsed.Count, () => { for (var i = 0; i < parsed.Count; i++) topics[i] = classifier.Classify(parsed[i].Title, parsed[i].Text); });
        var searchTexts = new string[parsed.Count];
        var searchFold = Cpu("search-fold", parsed.Count, () =>
        {
            for (var i = 0; i < parsed.Count; i++) searchTexts[i] = ArticleSearch.Fold(parsed[i].Title, parsed[i].Text);
        });

        Console.WriteLine($"analysis-parts: {count:N0} articles (bulk-import corpus), CPU time and allocation per article:");
        Console.WriteLine($"  {parse}, {fold}, {fingerprint}, {signature}, {serialize}, {extract}, {classify}, {searchFold}");
        Console.WriteLine($"  output digest: {Digest(parsed, folded, fingerprints, signatures, results)}");
        Console.WriteLine($"  classify and search-text digest: {Sha256(topics.Select(t => JsonSerializer.Serialize(t)).Concat(searchTexts))}");
        // The corpus's invented names are not in the gazetteer; the extract benchmark's articles yield many events.
        var generated = Extraction.GeneratedArticles.Create(count, seed: 907);
        var events = generated.Select(a => JsonSerializer.Serialize(extractor.Extract("", a.Body, a.Language, new DateOnly(2025, 8, 9), false)));
        Console.WriteLine($"  extract digest (extract benchmark's articles): {Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', events))))}");
        // The bulk corpus touches few seed topics; the generated articles are written around them.
        Console.WriteLine($"  classify digest (extract benchmark's articles): {Sha256(generated.Select(a => JsonSerializer.Serialize(classifier.Classify("", a.Body))))}");
        return Task.FromResult(0);
    }

    // The best of three passes after a warm-up pass: the least disturbed by the neighbours on a shared machine.
    // CPU time includes the garbage collector's; allocation is reported beside it since it drives GC pauses.
    private static string Cpu(string name, int count, Action work)
    {
        work();
        var best = double.MaxValue;
        long allocated = 0;
        for (var pass = 0; pass < 3; pass++)
        {
            GC.Collect();
            var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
            var before = Process.GetCurrentProcess().TotalProcessorTime;
            work();
            best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds / count);
            allocated = (GC.GetAllocatedBytesForCurrentThread() - bytesBefore) / count;
        }
        return $"{name} {best:F3} ms {allocated / 1024.0:F0} KB";
    }

    /// <summary>The classifier a freshly seeded database compiles: seed topics, seed actors' names and aliases.</summary>
    private static TopicClassifier SeedClassifier() => new(SeedTopics.Definitions, SeedActors.All.ToDictionary(a => a.Key,
        a => (IReadOnlyList<string>)[.. new[] { a.NameEn, a.NameHe }.OfType<string>().Concat(a.Aliases).Distinct()]));

    private static string Sha256(IEnumerable<string> lines) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));

    private static List<(byte[] Bytes, string Name)> Corpus(int count)
    {
        var folder = Path.Combine(Path.GetTempPath(), "briefing-analysis-parts-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        try
        {
            new NewsCorpusWriter(seed: 42).Write(folder, count);
            return Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Select(f => (File.ReadAllBytes(f), Path.GetFileName(f))).ToList();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Digest(List<ParsedArticle> parsed, string[] folded, string[] fingerprints, StorySignature[] signatures, ExtractionResult[] results)
    {
        var all = new StringBuilder();
        for (var i = 0; i < parsed.Count; i++)
        {
            all.Append(JsonSerializer.Serialize(parsed[i])).Append('\n').Append(folded[i]).Append('\n').Append(fingerprints[i]).Append('\n');
            all.Append(signatures[i].Serialize()).Append('\n');
            if (i > 0) all.Append(BitConverter.DoubleToInt64Bits(StorySignature.Similarity(signatures[i - 1], signatures[i]))).Append('\n');
            all.Append(JsonSerializer.Serialize(results[i])).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())));
    }
}
