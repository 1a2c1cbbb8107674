using Briefing.Analysis.Events;

namespace Briefing.Analysis.Tests.Events;

public class DebugDump
{
    [Fact]
    public void Dump()
    {
        var file = Environment.GetEnvironmentVariable("DUMP_FILE") ?? "he07.txt";
        var (title, body) = file == "seed" ? ("", SeedArticle.Read()) : file.StartsWith('/') ? ("", File.ReadAllText(file)) : CorpusText.Read(file);
        var r = EventExtractor.CreateDefault().Extract(title, body, "he", DateOnly.Parse(Environment.GetEnvironmentVariable("DUMP_PUB") ?? "2025-08-04", System.Globalization.CultureInfo.InvariantCulture), false);
        foreach (var e in r.Events)
            File.AppendAllText("/tmp/evdbg/out.txt", $"{e.Type} {e.Date} [{string.Join(", ", e.Actors.Select(a => a.NameEn))}] «{e.Trigger}» {e.Summary} || {e.Quote}\n");
        foreach (var p in r.ProposedActors)
            File.AppendAllText("/tmp/evdbg/out.txt", $"PROPOSED {p.Name} {p.Kind}\n");
        Assert.NotNull(r);
    }
}
