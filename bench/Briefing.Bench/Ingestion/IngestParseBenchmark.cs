using System.Diagnostics;
using System.Text;
using Briefing.Analysis.Ingestion;

namespace Briefing.Bench.Ingestion;

/// <summary>
/// Parse throughput of the ingestion analysis (decode, detect, extract, fingerprint, story signature) over generated
/// 3–5 KB Hebrew and English articles as pasted text and saved HTML. Baseline in the same run: UTF-8 decoding and
/// line splitting of the same bytes, the least any parser must do.
/// Usage: dotnet run -c Release --project bench/Briefing.Bench -- ingest-parse [COUNT]
/// </summary>
public sealed class IngestParseBenchmark : IBenchmark
{
    public string Name => "ingest-parse";

    public Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 20_000;
        var inputs = Enumerable.Range(0, 64).Select(Generate).ToArray();
        var totalBytes = 0L;
        for (var i = 0; i < count; i++) totalBytes += inputs[i % inputs.Length].Bytes.Length;

        var checksum = 0L;
        var (baseline, _) = Measure.Run(() =>
        {
            for (var i = 0; i < count; i++)
            {
                var text = Encoding.UTF8.GetString(inputs[i % inputs.Length].Bytes);
                checksum += text.Split('\n').Length;
            }
        });

        var failures = 0;
        // CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var (elapsed, peak) = Measure.Run(() =>
        {
            for (var i = 0; i < count; i++)
            {
                var (bytes, name) = inputs[i % inputs.Length];
                var outcome = ArticleParser.Parse(bytes, name, null);
                if (!outcome.Succeeded) { failures++; continue; }
                foreach (var article in outcome.Articles)
                {
                    checksum += ContentFingerprint.Compute(article).Length;
                    checksum += StorySignature.Compute(article).NameKeys.Count;
                }
            }
        });

        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        Console.WriteLine($"ingest-parse: {count:N0} articles, {totalBytes / (1024.0 * 1024.0):F1} MB, failures {failures} (checksum {checksum})");
        Console.WriteLine($"  parse+fingerprint+signature: {elapsed.TotalSeconds:F2} s = {count / elapsed.TotalSeconds:N0} articles/s, {totalBytes / (1024.0 * 1024.0) / elapsed.TotalSeconds:F1} MB/s, peak working set {Measure.Mb(peak)}");
        Console.WriteLine($"  CPU time {cpu.TotalSeconds:F2} s = {count / cpu.TotalSeconds:N0} articles per CPU-second (one thread; machine load {LoadAverage()})");
        Console.WriteLine($"  baseline (UTF-8 decode + line split): {baseline.TotalSeconds:F2} s = {count / baseline.TotalSeconds:N0} articles/s");
        return Task.FromResult(failures == 0 ? 0 : 1);
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static readonly string[] HebrewSentences =
    [
        "שר החוץ נפגש היום עם עמיתו בבירה לשיחה ארוכה על שיתוף הפעולה בין המדינות, כך נמסר מלשכתו.",
        "לדברי גורמים שנכחו בפגישה, השניים סיכמו להקים צוות עבודה משותף שיבחן הרחבה של הסחר וההשקעות.",
        "בסיום הפגישה הוסכם כי השר יגיע לביקור גומלין בחודש הבא, ובמהלכו ייחתמו הסכמים בתחומי האנרגיה והמים.",
        "במשרד ציינו כי מדובר בשלב נוסף בהידוק היחסים, שנמשכים כבר שלושה עשורים ומתרחבים לתחומים חדשים.",
    ];

    private static readonly string[] EnglishSentences =
    [
        "The foreign minister met his counterpart in the capital on Monday for long talks on cooperation between the two countries.",
        "Officials who attended said the two sides agreed to set up a joint working group to examine trade and investment.",
        "A return visit is planned for next month, during which agreements on energy and water are expected to be signed.",
        "The ministry described the meeting as another step in ties that have grown steadily over three decades.",
    ];

    private static (byte[] Bytes, string Name) Generate(int seed)
    {
        var random = new Random(seed);
        var hebrew = seed % 2 == 0;
        var sentences = hebrew ? HebrewSentences : EnglishSentences;
        var paragraphs = new List<string>();
        var length = 0;
        var target = random.Next(3000, 5000);
        while (length < target)
        {
            var paragraph = string.Join(' ', Enumerable.Range(0, 3).Select(_ => sentences[random.Next(sentences.Length)])) + $" ({seed}-{paragraphs.Count})";
            paragraph = paragraph.TrimEnd(')') + ").";
            paragraphs.Add(paragraph);
            length += Encoding.UTF8.GetByteCount(paragraph);
        }
        var title = hebrew ? $"פגישה מדינית מספר {seed} בבירה" : $"Ministers meet for round {seed} of talks";
        if (seed % 4 < 2)
        {
            var text = $"News Site | World | Business | Sport\n\n{title}\n{(hebrew ? "השניים דנו בשיתוף פעולה" : "The two discussed cooperation and trade")}\n{(hebrew ? "מאת כתב" : "By Staff")} | 24.11.2025\n\n"
                + string.Join("\n\n", paragraphs) + "\n\nMost read\n1. Weather\n2. Markets\n© 2025 News Site";
            return (Encoding.UTF8.GetBytes(text), $"a{seed}.txt");
        }
        var html = $"<!DOCTYPE html><html lang=\"{(hebrew ? "he" : "en")}\"><head><title>{title} | News Site</title>"
            + "<meta property=\"article:published_time\" content=\"2025-11-24T10:00:00+02:00\"><link rel=\"canonical\" href=\"https://news.example/a/" + seed + "\"></head>"
            + "<body><header><nav><a href=\"/\">Home</a><a href=\"/world\">World</a></nav></header><main><article><h1>" + title + "</h1><div class=\"body\">"
            + string.Concat(paragraphs.Select(p => "<p>" + p + "</p>")) + "</div></article><aside class=\"sidebar\"><ol><li><a href=\"/x\">Other story</a></li></ol></aside></main>"
            + "<footer>© News Site</footer><script>var x = 1;</script></body></html>";
        return (Encoding.UTF8.GetBytes(html), $"a{seed}.html");
    }
}
