namespace Briefing.Web.Infrastructure;

/// <summary>The <c>Briefing</c> configuration section (INTERFACES.md).</summary>
public sealed class BriefingOptions
{
    public const string Section = "Briefing";

    /// <summary>Folder for the SQLite database; defaults to <c>data/</c> under the content root.</summary>
    public string? DataDirectory { get; set; }
    public DatabaseOptions Database { get; set; } = new();
    public bool SampleData { get; set; } = true;
    public AdminOptions Admin { get; set; } = new();
    /// <summary>First day of the brief week; Sunday by default (Israeli working week).</summary>
    public DayOfWeek FirstDayOfWeek { get; set; } = DayOfWeek.Sunday;
    public ImportSettings Import { get; set; } = new();
}

public sealed class DatabaseOptions
{
    public string Provider { get; set; } = "Sqlite";
}

public sealed class AdminOptions
{
    public string? Email { get; set; }
    public string? Password { get; set; }
}

public sealed class ImportSettings
{
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;
    public long MaxRequestBytes { get; set; } = 50 * 1024 * 1024;
    /// <summary>How often the feed scheduler looks for subscriptions that are due.</summary>
    public int FeedSchedulerSeconds { get; set; } = 30;
}

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Validated settings resolved once at start; an invalid value stops start-up naming its key.</summary>
public sealed record ResolvedSettings(DatabaseProvider Provider, string DataDirectory, string ConnectionString)
{
    public static ResolvedSettings Resolve(IConfiguration configuration, string contentRoot)
    {
        ValidateValues(configuration);
        var options = configuration.GetSection(BriefingOptions.Section).Get<BriefingOptions>() ?? new BriefingOptions();
        if (!Enum.TryParse<DatabaseProvider>(options.Database.Provider, ignoreCase: true, out var provider))
            throw new InvalidConfigurationException("Briefing:Database:Provider",
                $"'{options.Database.Provider}' is not a supported provider; use Sqlite or Postgres.");

        var dataDirectory = Path.GetFullPath(string.IsNullOrWhiteSpace(options.DataDirectory)
            ? Path.Combine(contentRoot, "data")
            : options.DataDirectory);
        try
        {
            Directory.CreateDirectory(dataDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new InvalidConfigurationException("Briefing:DataDirectory", $"cannot create '{dataDirectory}': {e.Message}");
        }

        var connectionString = configuration.GetConnectionString("Briefing");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
                throw new InvalidConfigurationException("ConnectionStrings:Briefing",
                    "is required when Briefing:Database:Provider is Postgres.");
            connectionString = $"Data Source={Path.Combine(dataDirectory, "briefing.db")}";
        }

        return new ResolvedSettings(provider, dataDirectory, connectionString);
    }

    private static void ValidateValues(IConfiguration configuration)
    {
        foreach (var key in new[] { "Briefing:Import:MaxFileBytes", "Briefing:Import:MaxRequestBytes", "Briefing:Import:FeedSchedulerSeconds" })
        {
            var value = configuration[key];
            if (value is not null && (!long.TryParse(value, out var number) || number <= 0))
                throw new InvalidConfigurationException(key, $"'{value}' must be a positive whole number.");
        }
        var sample = configuration["Briefing:SampleData"];
        if (sample is not null && !bool.TryParse(sample, out _))
            throw new InvalidConfigurationException("Briefing:SampleData", $"'{sample}' must be true or false.");
        var firstDay = configuration["Briefing:FirstDayOfWeek"];
        if (firstDay is not null && !Enum.TryParse<DayOfWeek>(firstDay, ignoreCase: true, out _))
            throw new InvalidConfigurationException("Briefing:FirstDayOfWeek", $"'{firstDay}' is not a day of the week.");
    }
}

public sealed class InvalidConfigurationException(string key, string problem)
    : Exception($"Invalid configuration {key}: {problem}")
{
    public string Key { get; } = key;
}
