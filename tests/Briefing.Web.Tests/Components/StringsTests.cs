using System.Text.RegularExpressions;
using Briefing.Web.Infrastructure;
using Briefing.Web.Tests.Infrastructure;

namespace Briefing.Web.Tests.Components;

public partial class StringsTests
{
    [Fact]
    public void Every_string_a_page_asks_for_exists_with_english_and_hebrew()
    {
        var strings = TsvStringLocalizerFactory.Load();
        var used = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", "Briefing.Web"), "*.razor", SearchOption.AllDirectories)
            .SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();
        Assert.NotEmpty(used);
        Assert.Empty(used.Where(u => !strings.ContainsKey(u.Key)).Select(u => $"{u.File}: {u.Key}"));
        Assert.Empty(strings.Where(s => s.Value.En.Length == 0 || s.Value.He.Length == 0).Select(s => s.Key));
    }

    [GeneratedRegex("""L\["([A-Za-z0-9_.]+)"[\],]""")]
    private static partial Regex LiteralKey();
}
