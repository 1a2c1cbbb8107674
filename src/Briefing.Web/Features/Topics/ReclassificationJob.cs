namespace Briefing.Web.Features.Topics;

/// <summary>
/// Re-classifies stored articles in the background after a topic change, one run at a time. A change that arrives
/// while a run is going queues one more run, so the last rules always get applied. Progress is observable.
/// </summary>
public sealed class ReclassificationJob(TopicAssignmentService assignments, ILogger<ReclassificationJob> logger)
{
    private readonly Lock sync = new();
    private CancellationTokenSource? cancellation;
    private bool rerunRequested;

    public bool IsRunning { get; private set; }
    public int Done { get; private set; }
    public int Total { get; private set; }
    public DateTime? LastFinishedAt { get; private set; }
    public bool LastWasCancelled { get; private set; }
    public string? LastError { get; private set; }

    /// <summary>The run in progress (or the last one); tests and the CLI await it.</summary>
    public Task Completion { get; private set; } = Task.CompletedTask;

    /// <summary>Raised on start, on progress and at the end — from a background thread.</summary>
    public event Action? Changed;

    /// <summary>Starts a run, or queues one more if a run is going. Returns the task of the run that will apply the latest rules.</summary>
    public Task Start()
    {
        lock (sync)
        {
            if (IsRunning)
            {
                rerunRequested = true;
                return Completion;
            }
            IsRunning = true;
            rerunRequested = false;
            Done = Total = 0;
            LastError = null;
            LastWasCancelled = false;
            cancellation = new CancellationTokenSource();
            Completion = Task.Run(() => RunLoopAsync(cancellation.Token));
            return Completion;
        }
    }

    public void Cancel()
    {
        lock (sync)
        {
            rerunRequested = false;
            cancellation?.Cancel();
        }
    }

    private async Task RunLoopAsync(CancellationToken cancellationToken)
    {
        Changed?.Invoke();
        try
        {
            while (true)
            {
                await assignments.ReclassifyAllAsync(new InlineProgress(p =>
                {
                    (Done, Total) = p;
                    Changed?.Invoke();
                }), cancellationToken);
                lock (sync)
                {
                    // A change saved while this pass ran may not be in it: one more pass.
                    if (!rerunRequested)
                        break;
                    rerunRequested = false;
                }
            }
        }
        catch (OperationCanceledException)
        {
            LastWasCancelled = true;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Re-classification failed");
            LastError = e.Message;
        }
        finally
        {
            lock (sync)
            {
                IsRunning = false;
                LastFinishedAt = DateTime.UtcNow;
                cancellation?.Dispose();
                cancellation = null;
            }
            Changed?.Invoke();
        }
    }

    /// <summary>Progress&lt;T&gt; posts to a captured context; here the report must happen in order, on the worker.</summary>
    private sealed class InlineProgress(Action<(int Done, int Total)> report) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => report(value);
    }
}
