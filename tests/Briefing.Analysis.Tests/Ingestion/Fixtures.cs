using System.Text.Json;
using Briefing.Analysis.Ingestion;

namespace Briefing.Analysis.Tests.Ingestion;

/// <summary>Paths and cached parses of the dev corpus, hostile fixtures and the canonical seed article.</summary>
internal static class Fixtures
{
    public static string Corpus(string file) => Path.Combine(AppContext.BaseDirectory, "fixtures", "corpus", file);
    public static string Hostile(string file) => Path.Combine(AppContext.BaseDirectory, "fixtures", "hostile", file);

    /// <summary>The seed lives outside the repository (copyright): &lt;repo root&gt;/../shared/seeds/.</summary>
    public static string Seed()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Briefing.sln"))) directory = directory.Parent;
        Assert.NotNull(directory);
        // Beside the repository on CI and in the main checkout; git worktrees sit one level deeper, so keep looking up.
        for (var candidate = directory.Parent; candidate is not null; candidate = candidate.Parent)
        {
            var seed = Path.Combine(candidate.FullName, "shared", "seeds", "000_7678fdd83c2c5ead.txt");
            if (File.Exists(seed)) return seed;
        }
        Assert.Fail($"The seed article was not found in shared/seeds beside or above {directory.FullName}.");
        return "";
    }

    public static ParseOutcome Parse(byte[] content, string? fileName, string? contentType = null, IngestLimits? limits = null) =>
        ArticleParser.Parse(content, fileName, contentType, limits, TestContext.Current.CancellationToken);

    public static ParseOutcome ParsePasted(string text, string? title = null, string? source = null) =>
        ArticleParser.ParsePasted(text, title, source, null, TestContext.Current.CancellationToken);

    private static readonly Dictionary<string, ParseOutcome> Parsed = new();

    public static ParseOutcome ParseCorpusFile(string file)
    {
        lock (Parsed)
        {
            if (!Parsed.TryGetValue(file, out var outcome))
            {
                outcome = ArticleParser.Parse(File.ReadAllBytes(Corpus(file)), file, null, null, CancellationToken.None);
                Parsed[file] = outcome;
            }
            return outcome;
        }
    }

    /// <summary>"he05.txt" or "feed.xml#3" → the parsed article.</summary>
    public static ParsedArticle CorpusArticle(string label)
    {
        var hash = label.IndexOf('#');
        var file = hash < 0 ? label : label[..hash];
        var outcome = ParseCorpusFile(file);
        Assert.True(outcome.Succeeded, $"{file}: {outcome.Error}");
        if (hash < 0)
        {
            return Assert.Single(outcome.Articles);
        }
        var item = label[hash..];
        return Assert.Single(outcome.Articles, a => a.ItemLabel == item);
    }

    public sealed record Label(string File, string Language, string Title, string? Published, string? DuplicateOf, string? Url);

    public static IReadOnlyList<Label> Labels { get; } = LoadLabels();

    private static List<Label> LoadLabels()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Corpus("labels.json")));
        return document.RootElement.EnumerateArray().Select(e => new Label(
            e.GetProperty("file").GetString()!,
            e.GetProperty("language").GetString()!,
            e.GetProperty("title").GetString()!,
            e.GetProperty("published").GetString(),
            e.GetProperty("duplicate_of").GetString(),
            e.GetProperty("url").GetString())).ToList();
    }

    public static string Squash(string? text) => string.Join(' ', (text ?? "").Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
