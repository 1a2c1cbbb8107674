using Briefing.Web.Data.Entities;

namespace Briefing.Web.Features.Topics;

/// <summary>A topic as the editor holds it: unsaved until <see cref="TopicAdminService.SaveAsync"/>; keeps the
/// <see cref="Version"/> it was loaded at so a save over someone else's change is refused.</summary>
public sealed class TopicDraft
{
    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string NameHe { get; set; } = "";
    public string? DescriptionEn { get; set; }
    public string? DescriptionHe { get; set; }
    public string Color { get; set; } = "#1565c0";
    public int SortOrder { get; set; }
    public double Threshold { get; set; } = 1.0;
    public bool IsArchived { get; set; }
    public Guid Version { get; set; }
    public List<RuleDraft> Rules { get; set; } = [];

    public static TopicDraft From(Topic topic) => new()
    {
        Id = topic.Id, Slug = topic.Slug, NameEn = topic.NameEn, NameHe = topic.NameHe, DescriptionEn = topic.DescriptionEn,
        DescriptionHe = topic.DescriptionHe, Color = topic.Color, SortOrder = topic.SortOrder, Threshold = topic.Threshold,
        IsArchived = topic.IsArchived, Version = topic.Version,
        Rules = [.. topic.Rules.OrderBy(r => r.SortOrder).ThenBy(r => r.Id).Select(RuleDraft.From)],
    };

    /// <summary>The draft as the classifier sees it (enabled rules only, in order).</summary>
    public Analysis.Topics.TopicDefinition ToDefinition() => new(Slug, Threshold,
        [.. Rules.Where(r => r.IsEnabled).Select(r => r.ToDefinition())]);

    /// <summary>Every rule, enabled or not, so validation also checks rules switched off for now.</summary>
    public Analysis.Topics.TopicDefinition ToDefinitionForValidation() => new(Slug, Threshold, [.. Rules.Select(r => r.ToDefinition())]);
}

/// <summary>One rule being edited; the term lists are edited as text, one term item per line.</summary>
public sealed class RuleDraft
{
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public List<string> AnyOf { get; set; } = [];
    public List<string> AllOf { get; set; } = [];
    public List<string> NoneOf { get; set; } = [];
    public int? WithinWords { get; set; }
    public RuleScope Scope { get; set; }
    public double Weight { get; set; } = 1.0;
    public bool IsEnabled { get; set; } = true;

    public string AnyOfText { get => Join(AnyOf); set => AnyOf = Lines(value); }
    public string AllOfText { get => Join(AllOf); set => AllOf = Lines(value); }
    public string NoneOfText { get => Join(NoneOf); set => NoneOf = Lines(value); }

    public static RuleDraft From(TopicRule rule) => new()
    {
        Id = rule.Id, Key = rule.Key, Name = rule.Name, AnyOf = [.. rule.AnyOf], AllOf = [.. rule.AllOf], NoneOf = [.. rule.NoneOf],
        WithinWords = rule.WithinWords, Scope = rule.Scope, Weight = rule.Weight, IsEnabled = rule.IsEnabled,
    };

    public Analysis.Topics.TopicRule ToDefinition() => TopicAssignmentService.ToDefinition(new TopicRule
    {
        Key = Key, Name = Name, AnyOf = AnyOf, AllOf = AllOf, NoneOf = NoneOf, WithinWords = WithinWords, Scope = Scope,
        Weight = Weight, IsEnabled = IsEnabled,
    });

    private static string Join(List<string> items) => string.Join('\n', items);

    private static List<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}

/// <summary>The outcome of a change: saved, refused with problems to show, or refused because someone saved first.</summary>
public sealed record TopicChangeResult(bool Succeeded, IReadOnlyList<string> Problems, bool Conflict = false, Guid? Version = null, string? Slug = null)
{
    public static TopicChangeResult Ok(Guid version, string slug) => new(true, [], Version: version, Slug: slug);
    public static TopicChangeResult Invalid(params string[] problems) => new(false, problems);
    public static TopicChangeResult Invalid(IReadOnlyList<string> problems) => new(false, problems);
    public static readonly TopicChangeResult Stale = new(false, [], Conflict: true);
}

public sealed record TopicListItem(int Id, string Slug, string NameEn, string NameHe, string Color, int SortOrder, bool IsArchived,
    int? MergedIntoId, int RuleCount, int ArticleCount, Guid Version);

/// <summary>What saving a draft would change on stored articles (the most recent <see cref="Examined"/> of <see cref="Stored"/>).</summary>
public sealed record ImpactPreview(int Examined, int Stored, int Added, int Removed, int Unchanged,
    IReadOnlyList<ImpactExample> AddedExamples, IReadOnlyList<ImpactExample> RemovedExamples);

public sealed record ImpactExample(int ArticleId, string Title, string Language, DateTime PublishedAt);

public enum ManualDecision { Include, Exclude, Clear }

public sealed record ManualRow(int ArticleId, string Title, string Language, DateTime PublishedAt, bool IsExcluded);

public sealed record ArticleHit(int ArticleId, string Title, string Language, DateTime PublishedAt, string? Membership);
