namespace Briefing.Web.Infrastructure;

/// <summary>
/// A value compiled once from the database (a classifier, an extractor) and rebuilt on next use after
/// <see cref="Invalidate"/>; concurrent first callers share one build.
/// </summary>
public sealed class RebuildableCache<T>(Func<CancellationToken, Task<T>> build) where T : class
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private T? value;

    public void Invalidate() => value = null;

    public async Task<T> GetAsync(CancellationToken cancellationToken)
    {
        if (value is { } ready)
            return ready;
        await gate.WaitAsync(cancellationToken);
        try
        {
            return value ??= await build(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }
}
