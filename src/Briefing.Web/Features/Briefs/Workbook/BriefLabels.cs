namespace Briefing.Web.Features.Briefs.Workbook;

/// <summary>Workbook texts in the brief's language. Sheet names of the fixed sheets stay English so scripts can find them.</summary>
internal sealed class BriefLabels
{
    public required bool RightToLeft { get; init; }
    public required string Title { get; init; }
    public required string Subject { get; init; }
    public required string Week { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public required string GeneratedAtUtc { get; init; }
    public required string Author { get; init; }
    public required string OverallSummary { get; init; }
    public required string Topic { get; init; }
    public required string Topics { get; init; }
    public required string Events { get; init; }
    public required string EventsPrevious { get; init; }
    public required string RecommendationsCount { get; init; }
    public required string RecommendationsPrevious { get; init; }
    public required string ArticlesCount { get; init; }
    public required string ArticlesPrevious { get; init; }
    public required string BottomLine { get; init; }
    public required string WhatChanged { get; init; }
    public required string Count { get; init; }
    public required string Date { get; init; }
    public required string Type { get; init; }
    public required string Summary { get; init; }
    public required string Actors { get; init; }
    public required string Place { get; init; }
    public required string Source { get; init; }
    public required string Quote { get; init; }
    public required string Who { get; init; }
    public required string ToWhom { get; init; }
    public required string What { get; init; }
    public required string ArticleTitle { get; init; }
    public required string Language { get; init; }
    public required string Link { get; init; }
    public required string Change { get; init; }
    public required string Detail { get; init; }
    public required IReadOnlyDictionary<string, string> EventTypes { get; init; }
    public required IReadOnlyDictionary<string, string> Languages { get; init; }
    public required IReadOnlyDictionary<BriefChangeKind, string> ChangeKinds { get; init; }

    /// <summary>"Source", "Source 2", … — table headers must be unique.</summary>
    public string SourceHeader(int index) => index == 0 ? Source : $"{Source} {index + 1}";

    public string EventType(string? type) =>
        type is not null && EventTypes.TryGetValue(type.Trim(), out var label) ? label : type ?? "";

    public string LanguageName(string? code) =>
        code is not null && Languages.TryGetValue(code.Trim(), out var label) ? label : code ?? "";

    public string ChangeKind(BriefChangeKind kind) =>
        ChangeKinds.TryGetValue(kind, out var label) ? label : kind.ToString();

    public static BriefLabels For(string? language) =>
        string.Equals(language?.Trim(), "he", StringComparison.OrdinalIgnoreCase) ? Hebrew : English;

    public static readonly BriefLabels English = new()
    {
        RightToLeft = false,
        Title = "Weekly brief",
        Subject = "Policy brief",
        Week = "Week",
        From = "From",
        To = "To",
        GeneratedAtUtc = "Generated at (UTC)",
        Author = "Author",
        OverallSummary = "Overall summary",
        Topic = "Topic",
        Topics = "Topics",
        Events = "Events",
        EventsPrevious = "Events (previous week)",
        RecommendationsCount = "Recommendations",
        RecommendationsPrevious = "Recommendations (previous week)",
        ArticlesCount = "Articles",
        ArticlesPrevious = "Articles (previous week)",
        BottomLine = "Bottom line",
        WhatChanged = "What changed since the last brief",
        Count = "Count",
        Date = "Date",
        Type = "Type",
        Summary = "Summary",
        Actors = "Actors",
        Place = "Place",
        Source = "Source",
        Quote = "Quote",
        Who = "Who",
        ToWhom = "To whom",
        What = "What",
        ArticleTitle = "Title",
        Language = "Language",
        Link = "Link",
        Change = "Change",
        Detail = "What changed",
        EventTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["meeting"] = "Meeting",
            ["visit"] = "Visit",
            ["statement"] = "Statement",
            ["recommendation"] = "Recommendation",
            ["legislation"] = "Legislation",
            ["agreement"] = "Agreement",
        },
        Languages = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["he"] = "Hebrew",
            ["en"] = "English",
        },
        ChangeKinds = new Dictionary<BriefChangeKind, string>
        {
            [BriefChangeKind.New] = "New",
            [BriefChangeKind.Updated] = "Updated",
            [BriefChangeKind.Removed] = "Removed",
        },
    };

    public static readonly BriefLabels Hebrew = new()
    {
        RightToLeft = true,
        Title = "תדריך שבועי",
        Subject = "תדריך מדיניות",
        Week = "שבוע",
        From = "מתאריך",
        To = "עד תאריך",
        GeneratedAtUtc = "הופק בתאריך (UTC)",
        Author = "מחבר",
        OverallSummary = "סיכום כללי",
        Topic = "נושא",
        Topics = "נושאים",
        Events = "אירועים",
        EventsPrevious = "אירועים (שבוע קודם)",
        RecommendationsCount = "המלצות",
        RecommendationsPrevious = "המלצות (שבוע קודם)",
        ArticlesCount = "כתבות",
        ArticlesPrevious = "כתבות (שבוע קודם)",
        BottomLine = "שורה תחתונה",
        WhatChanged = "מה השתנה מאז התדריך הקודם",
        Count = "מספר",
        Date = "תאריך",
        Type = "סוג",
        Summary = "תקציר",
        Actors = "גורמים",
        Place = "מקום",
        Source = "מקור",
        Quote = "ציטוט",
        Who = "ממליץ",
        ToWhom = "נמען",
        What = "ההמלצה",
        ArticleTitle = "כותרת",
        Language = "שפה",
        Link = "קישור",
        Change = "שינוי",
        Detail = "מה השתנה",
        EventTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["meeting"] = "פגישה",
            ["visit"] = "ביקור",
            ["statement"] = "הצהרה",
            ["recommendation"] = "המלצה",
            ["legislation"] = "חקיקה",
            ["agreement"] = "הסכם",
        },
        Languages = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["he"] = "עברית",
            ["en"] = "אנגלית",
        },
        ChangeKinds = new Dictionary<BriefChangeKind, string>
        {
            [BriefChangeKind.New] = "חדש",
            [BriefChangeKind.Updated] = "עודכן",
            [BriefChangeKind.Removed] = "הוסר",
        },
    };
}
