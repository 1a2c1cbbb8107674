using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;

namespace Briefing.Web.Infrastructure;

/// <summary>
/// Worker threads of their own that yield to the rest of the process (10 nice steps below the caller's, on Linux), for
/// a pipeline whose one sequential stage sets the pace: there, a bulk import's storing thread. With as many workers as
/// cores, the storing thread keeps a core and the workers fill whatever time is left, rather than taking turns with it
/// (docs/benchmarks.md, bulk import). Where the priority cannot be lowered, the workers run at the caller's.
/// </summary>
internal sealed class LowPriorityWorkers : IDisposable
{
    private const int NiceSteps = 10, LowestPriority = 19;

    private readonly BlockingCollection<Action> work = new();
    private readonly Thread[] threads;
    private readonly int? niceness = TargetNiceness();

    public LowPriorityWorkers(int count, string name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        threads = [.. Enumerable.Range(0, count).Select(i => new Thread(Run) { IsBackground = true, Name = $"{name} {i}" })];
        foreach (var thread in threads)
            thread.Start();
    }

    /// <summary>Maps every input on the workers, results in input order; the first exception is rethrown here.</summary>
    public TResult[] Map<TInput, TResult>(IReadOnlyList<TInput> inputs, Func<TInput, TResult> map)
    {
        ObjectDisposedException.ThrowIf(work.IsAddingCompleted, this);
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

    public void Dispose()
    {
        work.CompleteAdding();
        foreach (var thread in threads)
            thread.Join();
        work.Dispose();
    }

    private void Run()
    {
        if (niceness is { } value)
            LowerCurrentThread(value);
        foreach (var action in work.GetConsumingEnumerable())
            action();
    }

    // Ten steps below the creating thread's priority, not an absolute value: under "nice 10" an import's workers must
    // still yield to its storing thread.
    private static int? TargetNiceness()
    {
        if (!OperatingSystem.IsLinux())
            return null;
        try
        {
            Marshal.SetLastPInvokeError(0);
            var current = getpriority(0, 0);
            return current == -1 && Marshal.GetLastPInvokeError() != 0 ? null : Math.Min(LowestPriority, current + NiceSteps);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static void LowerCurrentThread(int value)
    {
        try
        {
            // PRIO_PROCESS with who = 0 is the calling thread on Linux, which schedules threads, not processes.
            _ = setpriority(0, 0, value);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Left at the caller's priority: slower on a busy machine, never wrong.
        }
    }

    // Plain DllImport: LibraryImport's generated stubs would need unsafe code enabled for two int-only calls.
    [DllImport("libc", SetLastError = true)]
    private static extern int getpriority(int which, int who);

    [DllImport("libc")]
    private static extern int setpriority(int which, int who, int priority);
}
