using Briefing.Web.Infrastructure;

namespace Briefing.Web.Tests.Ingestion;

/// <summary>The bulk import's parse workers: results in input order, failures surface, and they yield to the storing thread.</summary>
public sealed class LowPriorityWorkersTests
{
    [Fact]
    public void Map_returns_every_result_in_input_order_off_the_calling_thread()
    {
        using var workers = new LowPriorityWorkers(2, "test worker");
        var inputs = Enumerable.Range(0, 5_000).ToList();
        var threads = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        var results = workers.Map(inputs, i =>
        {
            threads[Environment.CurrentManagedThreadId] = true;
            Thread.SpinWait(200);
            return i * 3;
        });
        Assert.Equal(inputs.Select(i => i * 3), results);
        Assert.DoesNotContain(Environment.CurrentManagedThreadId, threads.Keys);
        // The workers serve batch after batch.
        Assert.Equal([2, 4], workers.Map([1, 2], i => i * 2));
    }

    [Fact]
    public void A_failure_on_a_worker_is_rethrown_to_the_caller()
    {
        using var workers = new LowPriorityWorkers(2, "test worker");
        var error = Assert.Throws<InvalidDataException>(() => workers.Map(Enumerable.Range(0, 100).ToList(),
            i => i == 42 ? throw new InvalidDataException("file 42") : i));
        Assert.Equal("file 42", error.Message);
        Assert.Equal([1], workers.Map([1], i => i)); // and the workers live on
    }

    [Fact]
    public void The_workers_run_ten_nice_steps_below_their_creator()
    {
        // Linux only, as the project is; field 19 of /proc/thread-self/stat is the thread's nice value.
        static int Nice() => int.Parse(File.ReadAllText("/proc/thread-self/stat").Split(") ")[1].Split(' ')[16]);
        var creator = Nice();
        using var workers = new LowPriorityWorkers(1, "test worker");
        Assert.Equal(Math.Min(19, creator + 10), workers.Map([0], _ => Nice())[0]);
        Assert.Equal(creator, Nice());
    }

    [Fact]
    public void After_disposal_no_work_is_taken()
    {
        var workers = new LowPriorityWorkers(2, "test worker");
        workers.Dispose();
        Assert.Throws<ObjectDisposedException>(() => workers.Map([1], i => i));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LowPriorityWorkers(0, "none"));
    }
}
