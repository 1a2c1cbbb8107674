namespace Briefing.Bench;

/// <summary>One named benchmark; each measures the product path beside a baseline in the same run.</summary>
public interface IBenchmark
{
    string Name { get; }
    Task<int> RunAsync(string[] args);
}
