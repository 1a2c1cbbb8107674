using System.Diagnostics;

namespace Briefing.Bench;

/// <summary>Wall time and peak working set around one piece of work.</summary>
public static class Measure
{
    public static (TimeSpan Elapsed, long PeakBytes) Run(Action work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var stopwatch = Stopwatch.StartNew();
        work();
        stopwatch.Stop();
        process.Refresh();
        return (stopwatch.Elapsed, process.PeakWorkingSet64);
    }

    public static string Mb(long bytes) => $"{bytes / (1024.0 * 1024.0):F0} MB";
}
