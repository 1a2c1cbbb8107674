using Briefing.Web.Data;
using Briefing.Web.Infrastructure;

// A verb's own arguments (paths, --email E) are not configuration; only --Key=value pairs are passed on. A verb runs
// once, so it does not watch its settings files: the watcher covers the content root recursively, where the default
// data folder lives, and woke for every database write of a bulk import.
var builder = WebApplication.CreateBuilder(CommandLine.IsVerb(args)
    ? [.. args.Where(a => a.StartsWith("--") && a.Contains('=')), "--hostBuilder:reloadConfigOnChange=false"]
    : args);
ResolvedSettings settings;
try
{
    settings = ResolvedSettings.Resolve(builder.Configuration, builder.Environment.ContentRootPath);
}
catch (InvalidConfigurationException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

builder.AddBriefing(settings);
var app = builder.Build();

if (CommandLine.IsVerb(args))
    return await CommandLine.RunAsync(app, args);

await app.PrepareDatabaseAsync();
app.UseBriefing();
Console.WriteLine($"Briefing data directory: {settings.DataDirectory} (database: {settings.Provider})");
await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
