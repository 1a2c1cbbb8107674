using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;

namespace Briefing.Web.Infrastructure;

/// <summary>
/// Worker threads of their own that yield to every normal thread (nice 10 on Linux), for a pipeline whose one
/// sequential stage sets the pace: there, a bulk import's storing thread. With as many workers as cores, the storing
/// thread keeps a core and the workers fill whatever time is left, rather than taking turns with it (docs/benchmarks.md,
/// bulk import). Elsewhere than Linux the workers run at normal priority.
/// </summary>
internal sealed class LowPriorityWorkers : IDisposable
{
    private const int Niceness = 10;

    private readonly BlockingCollection<Action> work = new();
    private readonly Thread[] threads;

    public LowPriorityWorkers(int count, string name)
    {
        threads = [.. Enumerable.Range(0, count).Select(i => new Thread(Run) { IsBackground = true, Name = $"{name} {i}" })];
        foreach (var thread in threads)
            thread.Start();
    }

    /// <summary>Maps every input on the workers, results in input order; the first exception is rethrown here.</summary>
    public TResult[] Map<TInput, TResult>(IReadOnlyList<TInput> inputs, Func<TInput, TResult> map)
    {
        var results = new TResult[inputs.Count];
        var next = -1;
        ExceptionDispatchInfo? failure = null;
        using var done = new CountdownEvent(threads.Length);
        for (var w = 0; w < threads.Length; w++)
            work.Add(() =>
            {
                try
                {
                    int i;
                    while (failure is null && (i = Interlocked.Increment(ref next)) < inputs.Count)
                        results[i] = map(inputs[i]);
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
                }
                finally
                {
                    done.Signal();
                }
            });
        done.Wait();
        failure?.Throw();
        return results;
    }

    public void Dispose() => work.CompleteAdding();

    private void Run()
    {
        if (OperatingSystem.IsLinux())
            _ = setpriority(0, gettid(), Niceness); // PRIO_PROCESS with a thread id: Linux schedules threads
        foreach (var action in work.GetConsumingEnumerable())
            action();
    }

    // Plain DllImport: LibraryImport's generated stubs would need unsafe code enabled for two int-only calls.
    [DllImport("libc")]
    private static extern int gettid();

    [DllImport("libc")]
    private static extern int setpriority(int which, int who, int priority);
}
