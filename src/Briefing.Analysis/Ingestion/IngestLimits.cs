namespace Briefing.Analysis.Ingestion;

/// <summary>
/// Bounds that keep one hostile input from exhausting time or memory. The web app binds these from configuration;
/// <see cref="MaxRequestBytes"/> is enforced by the caller (it sums a batch), the rest by <see cref="ArticleParser"/>.
/// </summary>
public sealed record IngestLimits
{
    public static IngestLimits Default { get; } = new();

    /// <summary>Largest single file accepted (default 10 MB); larger → <see cref="IngestErrorKind.TooLarge"/>.</summary>
    public long MaxFileBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>Largest request/batch (default 50 MB); checked by the caller with <see cref="RequestTooLarge"/>.</summary>
    public long MaxRequestBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Feed items beyond this are skipped with a warning.</summary>
    public int MaxItemsPerFeed { get; init; } = 500;

    /// <summary>Deepest element nesting accepted in HTML or XML; deeper input is rejected as malformed.</summary>
    public int MaxHtmlDepth { get; init; } = 512;

    /// <summary>Most elements accepted in one HTML document.</summary>
    public int MaxHtmlElements { get; init; } = 100_000;

    /// <summary>Wall-clock budget for parsing one file; exceeded → <see cref="IngestErrorKind.Malformed"/> with a timeout message.</summary>
    public TimeSpan ParseTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The caller's clock. When set, dates more than two days after it are treated as impossible.
    /// Null disables the future check (only the fixed 1900–2100 range applies).
    /// </summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>The error a caller should report when a batch's total size exceeds <see cref="MaxRequestBytes"/>; null when within.</summary>
    public IngestError? RequestTooLarge(long totalBytes) => totalBytes > MaxRequestBytes
        ? new IngestError(IngestErrorKind.TooLarge,
            $"The upload is {Bytes(totalBytes)}, over the limit of {Bytes(MaxRequestBytes)} per request. Send the files in smaller batches.")
        : null;

    internal static string Bytes(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024.0 * 1024.0):0.#} MB"
        : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes} bytes";
}
