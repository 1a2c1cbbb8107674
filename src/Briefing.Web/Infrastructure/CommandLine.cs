using Briefing.Web.Data;
using Briefing.Web.Features.Audit;
using Briefing.Web.Features.Auth;

namespace Briefing.Web.Infrastructure;

/// <summary>
/// The CLI verbs of INTERFACES.md, run by the same executable without starting the web server.
/// Each feature implements its verb; this list names them all, so Program.cs knows a verb before any service exists.
/// </summary>
public static class CommandLine
{
    private static readonly Dictionary<string, Func<WebApplication, CliArguments, Task<int>>> Verbs = new(StringComparer.Ordinal)
    {
        ["migrate"] = MigrateAsync,
        ["create-user"] = CreateUserAsync,
        ["import"] = Features.Ingestion.IngestionCommands.ImportAsync,
        ["reclassify"] = Features.Topics.TopicAdministration.ReclassifyAsync,
        ["export-brief"] = Features.Briefs.BriefCommands.ExportAsync,
    };

    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.ContainsKey(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        try
        {
            return await Verbs[args[0]](app, CliArguments.Parse(args[1..]));
        }
        catch (CliUsageException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
    }

    private static async Task<int> MigrateAsync(WebApplication app, CliArguments args)
    {
        await DatabaseInitializer.MigrateAsync(app.Services);
        await DatabaseInitializer.SeedAsync(app.Services);
        await Console.Error.WriteLineAsync("Migrations applied.");
        return 0;
    }

    private static async Task<int> CreateUserAsync(WebApplication app, CliArguments args)
    {
        var email = args.Required("email");
        var role = args.Required("role");
        if (!Roles.IsValid(role))
            throw new CliUsageException($"--role must be {Roles.Admin} or {Roles.Staff}.");
        var password = args.Optional("password");
        if (password is null)
        {
            await Console.Error.WriteAsync("Password: ");
            password = Console.ReadLine();
            if (string.IsNullOrEmpty(password))
                throw new CliUsageException("No password given (pass --password or type it on standard input).");
        }
        await DatabaseInitializer.MigrateIfSqliteAsync(app.Services);
        var result = await app.Services.GetRequiredService<UserAdminService>().CreateAsync(email, role, password, CurrentUser.System);
        if (!result.Succeeded)
            throw new CliUsageException(result.Error ?? "The user could not be created.");
        await Console.Error.WriteLineAsync($"Created {role} {email}.");
        return 0;
    }
}

public sealed class CliUsageException(string message) : Exception(message);

/// <summary>Positional values and <c>--name value</c> options.</summary>
public sealed class CliArguments
{
    public List<string> Positional { get; } = [];
    public Dictionary<string, string> Options { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static CliArguments Parse(string[] args)
    {
        var parsed = new CliArguments();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var name = arg[2..];
                var eq = name.IndexOf('=');
                if (eq > 0)
                    parsed.Options[name[..eq]] = name[(eq + 1)..];
                else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    parsed.Options[name] = args[++i];
                else
                    parsed.Options[name] = "true";
            }
            else
            {
                parsed.Positional.Add(arg);
            }
        }
        return parsed;
    }

    /// <summary>
    /// `dotnet run` starts the app in the project folder, so a relative path is taken from the shell's folder ($PWD)
    /// when it does not exist relative to the process's own.
    /// </summary>
    public static string ResolvePath(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path) || Directory.Exists(path))
            return path;
        var shell = Environment.GetEnvironmentVariable("PWD");
        return string.IsNullOrEmpty(shell) ? path : Path.Combine(shell, path);
    }

    /// <summary>An output file: relative to the shell's folder ($PWD) when there is one, as a person typing it expects.</summary>
    public static string ResolveOutputPath(string path)
    {
        if (Path.IsPathRooted(path))
            return path;
        var shell = Environment.GetEnvironmentVariable("PWD");
        return string.IsNullOrEmpty(shell) ? Path.GetFullPath(path) : Path.Combine(shell, path);
    }

    public string Required(string name) =>
        Optional(name) ?? throw new CliUsageException($"--{name} is required.");

    public string? Optional(string name) => Options.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
