namespace Briefing.Web.Tests.Infrastructure;

public static class RepoPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Briefing.sln")))
                dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Briefing.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "fixtures", .. parts]);

    /// <summary>The canonical seed article lives beside the repository (it is not ours to commit).</summary>
    public static string Seed => Path.Combine(Root, "..", "shared", "seeds", "000_7678fdd83c2c5ead.txt");
}
