using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Briefing.Web.Features.Briefs.Workbook;

namespace Briefing.Bench.Briefs;

/// <summary>
/// Weekly brief export: BriefWorkbookWriter (ClosedXML) against a streaming OpenXmlWriter baseline on the same
/// synthetic brief. Each case runs in its own child process of this executable so its peak memory is its own:
/// the child builds the brief, warms up the JIT on two 1k briefs, resets the kernel's peak-RSS mark
/// (/proc/self/clear_refs), writes the workbook to a temp file and reports wall time, peak working set (VmHWM, so it
/// includes the runtime and the in-memory brief), the working set before writing and GC-allocated bytes.
/// Usage: brief [--quick] (skips the 100k case); one case: brief --case closedxml|sax --events N --articles N [--out FILE].
/// </summary>
public sealed class BriefExportBenchmark : IBenchmark
{
    private const double TargetSeconds = 2.0;
    private const long TargetBytes = 300L * 1024 * 1024;

    public string Name => "brief";

    public Task<int> RunAsync(string[] args)
    {
        var caseIndex = Array.IndexOf(args, "--case");
        return Task.FromResult(caseIndex >= 0 ? RunChild(args) : RunAll(args.Contains("--quick")));
    }

    private static int RunAll(bool quick)
    {
        var sizes = quick ? new[] { (10_000, 10_000, 3) } : new[] { (10_000, 10_000, 3), (50_000, 50_000, 1) };
        Console.WriteLine("Brief export: ClosedXML writer vs streaming OpenXmlWriter baseline (each run in its own process)");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        Console.WriteLine($"{"case",-34} {"writer",-10} {"time",9} {"CPU",8} {"peak WS",9} {"WS before",10} {"allocated",10} {"file",8}");
        var met = true;
        foreach (var (events, articles, repeats) in sizes)
        {
            var label = $"{events:N0} events + {articles:N0} articles";
            var closed = Best(Enumerable.Range(0, repeats).Select(_ => Child("closedxml", events, articles)).ToList());
            var sax = Best(Enumerable.Range(0, repeats).Select(_ => Child("sax", events, articles)).ToList());
            Print(label, "ClosedXML", closed);
            Print(label, "SAX", sax);
            Console.WriteLine($"{"",-34} {"ratio",-10} {closed.Seconds / sax.Seconds,8:F1}x {closed.CpuSeconds / sax.CpuSeconds,7:F1}x {closed.PeakBytes / (double)sax.PeakBytes,8:F1}x {"",10} {closed.Allocated / (double)sax.Allocated,9:F1}x");
            if (events == 10_000)
            {
                var ok = closed.Seconds <= TargetSeconds && closed.PeakBytes <= TargetBytes;
                met &= ok;
                Console.WriteLine($"target (≤ {TargetSeconds} s, ≤ {Measure.Mb(TargetBytes)} peak): {(ok ? "met" : "MISSED")}");
            }
        }
        if (quick) Console.WriteLine("(--quick: 100k case skipped)");
        return met ? 0 : 1;
    }

    /// <summary>Other builds share this machine; the load average says how far wall times are inflated.</summary>
    private static string LoadAverage()
    {
        try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "unknown"; }
    }

    private static ChildResult Best(List<ChildResult> runs) =>
        runs.OrderBy(r => r.Seconds).First() with { PeakBytes = runs.Max(r => r.PeakBytes) };

    private static void Print(string label, string writer, ChildResult r) =>
        Console.WriteLine($"{label,-34} {writer,-10} {r.Seconds,8:F2}s {r.CpuSeconds,7:F2}s {Measure.Mb(r.PeakBytes),9} {Measure.Mb(r.BeforeBytes),10} {Measure.Mb(r.Allocated),10} {r.FileBytes / (1024.0 * 1024.0),6:F1}MB");

    private sealed record ChildResult(double Seconds, long PeakBytes, long BeforeBytes, long Allocated, long FileBytes, double CpuSeconds);

    private static ChildResult Child(string writer, int events, int articles)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        foreach (var a in new[] { "brief", "--case", writer, "--events", events.ToString(CultureInfo.InvariantCulture), "--articles", articles.ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{writer} case failed (exit {process.ExitCode}): {output}");
        var parts = line.Split(' ');
        return new ChildResult(
            double.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture),
            long.Parse(parts[3], CultureInfo.InvariantCulture), long.Parse(parts[4], CultureInfo.InvariantCulture),
            long.Parse(parts[5], CultureInfo.InvariantCulture), double.Parse(parts[6], CultureInfo.InvariantCulture));
    }

    private static int RunChild(string[] args)
    {
        string Arg(string name) => args[Array.IndexOf(args, name) + 1];
        var writer = Arg("--case");
        var events = int.Parse(Arg("--events"), CultureInfo.InvariantCulture);
        var articles = int.Parse(Arg("--articles"), CultureInfo.InvariantCulture);
        Action<BriefDocument, Stream> write = writer switch
        {
            "closedxml" => new BriefWorkbookWriter().Write,
            "sax" => SaxBriefWriter.Write,
            _ => throw new ArgumentException($"unknown case {writer}"),
        };

        var keep = Array.IndexOf(args, "--out") >= 0;
        var path = keep ? Arg("--out") : Path.Combine(Path.GetTempPath(), $"brief-bench-{Environment.ProcessId}.xlsx");
        try
        {
            // A running server exports with jitted, tiered-up code; two mid-size briefs get there first.
            for (var i = 0; i < 2; i++)
            {
                using var warmUp = new MemoryStream();
                write(SyntheticBrief.Create(1_000, 1_000), warmUp);
            }
            var document = SyntheticBrief.Create(events, articles);
            // Aggressive mode also returns freed memory to the OS, so the baseline is the runtime plus the brief.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            ResetPeakWorkingSet();
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var before = process.WorkingSet64;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var cpuBefore = process.TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            using (var file = File.Create(path)) write(document, file);
            stopwatch.Stop();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            process.Refresh();
            GC.KeepAlive(document);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"RESULT {stopwatch.Elapsed.TotalSeconds} {process.PeakWorkingSet64} {before} {allocated} {new FileInfo(path).Length} {cpu.TotalSeconds}"));
            return 0;
        }
        finally
        {
            if (!keep) File.Delete(path);
        }
    }

    /// <summary>Linux: writing 5 to clear_refs resets VmHWM, so the peak excludes the brief generation and warm-up.</summary>
    private static void ResetPeakWorkingSet()
    {
        try { File.WriteAllText("/proc/self/clear_refs", "5"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { Console.Error.WriteLine("peak reset unavailable: " + e.Message); }
    }
}
