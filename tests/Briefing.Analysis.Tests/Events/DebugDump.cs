using Briefing.Analysis.Events;

namespace Briefing.Analysis.Tests.Events;

public class DebugDump(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var file = Environment.GetEnvironmentVariable("DUMP_FILE") ?? "he07.txt";
        var (title, body) = file == "seed" ? ("", SeedArticle.Read()) : CorpusText.Read(file);
        var r = EventExtractor.CreateDefault().Extract(title, body, "he", new DateOnly(2025, 8, 4), false);
        foreach (var e in r.Events)
            File.AppendAllText("/tmp/evdbg/out.txt", $"{e.Type} {e.Date} [{string.Join(", ", e.Actors.Select(a => a.NameEn))}] «{e.Trigger}» {e.Summary} || {e.Quote}\n");
        foreach (var p in r.ProposedActors)
            output.WriteLine($"PROPOSED {p.Name} {p.Kind}");
        Assert.NotNull(r);
    }
}
