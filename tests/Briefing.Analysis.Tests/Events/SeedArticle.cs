namespace Briefing.Analysis.Tests.Events;

/// <summary>
/// The canonical seed article lives outside the repository (copyright): in ../shared/seeds beside the repository root
/// (for a git worktree nested deeper, the nearest ancestor holding shared/seeds).
/// </summary>
internal static class SeedArticle
{
    private const string FileName = "000_7678fdd83c2c5ead.txt";

    public static string Read()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Briefing.sln")))
            directory = directory.Parent;
        for (var candidate = directory?.Parent; candidate is not null; candidate = candidate.Parent)
        {
            var path = Path.Combine(candidate.FullName, "shared", "seeds", FileName);
            if (File.Exists(path))
                return File.ReadAllText(path);
        }
        throw new FileNotFoundException($"shared/seeds/{FileName} not found above the repository root", FileName);
    }
}
