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

    [Fact]
    public void Every_feed_error_kind_and_import_failure_has_a_summary_in_both_languages()
    {
        var strings = TsvStringLocalizerFactory.Load();
        var keys = Enum.GetNames<Briefing.Web.Features.Ingestion.Feeds.FeedErrorKind>().Select(k => "Feeds.Error" + k)
            .Concat(["Import.FailedTooLarge", "Import.FailedUnsupported", "Import.FailedUnreadable", "Import.FailedOther"]);
        var missing = keys.Where(k => !strings.TryGetValue(k, out var s) || s.En.Length == 0 || s.He.Length == 0).ToList();
        Assert.True(missing.Count == 0, "missing: " + string.Join(", ", missing));
    }

    [GeneratedRegex("""L\["([A-Za-z0-9_.]+)"[\],]""")]
    private static partial Regex LiteralKey();
}
