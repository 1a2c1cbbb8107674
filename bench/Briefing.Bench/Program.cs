using System.Reflection;
using Briefing.Bench;

// Usage: dotnet run -c Release --project bench/Briefing.Bench -- NAME [options]
// Each benchmark prints its figures and the baseline measured in the same run.
var benchmarks = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .ToDictionary(b => b.Name, StringComparer.OrdinalIgnoreCase);

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var benchmark))
{
    Console.Error.WriteLine("usage: Briefing.Bench NAME [options]; NAME is one of: " + string.Join(", ", benchmarks.Keys.Order()));
    return 2;
}
return await benchmark.RunAsync(args[1..]);
