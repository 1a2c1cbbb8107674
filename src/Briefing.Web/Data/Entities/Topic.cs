namespace Briefing.Web.Data.Entities;

/// <summary>A briefing topic that admins curate; its rules are data, so a fix needs no deploy.</summary>
public class Topic : IVersioned
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string NameEn { get; set; }
    public required string NameHe { get; set; }
    public string? DescriptionEn { get; set; }
    public string? DescriptionHe { get; set; }
    public string Color { get; set; } = "#1565c0";
    public int SortOrder { get; set; }
    public bool IsArchived { get; set; }
    public double Threshold { get; set; } = 1.0;
    public int? MergedIntoId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid Version { get; set; }
    public List<TopicRule> Rules { get; set; } = [];
}

public enum RuleScope { TitleAndBody, Title, Body }

/// <summary>any-of / all-of / none-of term lists, optionally within N words; terms are words, phrases or @actor:KEY.</summary>
public class TopicRule
{
    public int Id { get; set; }
    public int TopicId { get; set; }
    public Topic? Topic { get; set; }
    /// <summary>Stable identifier used in evidence (e.g. "iran-nuclear"); unique within the topic.</summary>
    public required string Key { get; set; }
    public required string Name { get; set; }
    public List<string> AnyOf { get; set; } = [];
    public List<string> AllOf { get; set; } = [];
    public List<string> NoneOf { get; set; } = [];
    public int? WithinWords { get; set; }
    public RuleScope Scope { get; set; }
    public double Weight { get; set; } = 1.0;
    public bool IsEnabled { get; set; } = true;
    public int SortOrder { get; set; }
}

public enum AssignmentOrigin { Rule, Manual }

/// <summary>An article in a topic, with the evidence that put it there; a manual exclusion survives re-classification.</summary>
public class ArticleTopic
{
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public int TopicId { get; set; }
    public Topic? Topic { get; set; }
    public double Score { get; set; }
    public AssignmentOrigin Origin { get; set; }
    /// <summary>Set by an admin: the article is kept out of the topic whatever the rules say.</summary>
    public bool IsExcluded { get; set; }
    /// <summary>JSON list of evidence (term, field, start, length, snippet, rule).</summary>
    public string EvidenceJson { get; set; } = "[]";
    public DateTime AssignedAt { get; set; }
    /// <summary>Denormalised from the article so topic timelines and weekly counts need no join.</summary>
    public DateTime PublishedAt { get; set; }
}
