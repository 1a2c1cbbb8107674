using Briefing.Web.Features.Briefs.Workbook;

namespace Briefing.Bench.Briefs;

internal enum SaxCellKind { Empty, Text, Number, Date, Link }

/// <summary>One cell for the streaming baseline; Style is an index into <see cref="SaxBriefWriter"/>'s stylesheet.</summary>
internal readonly record struct SaxCell(SaxCellKind Kind, string? Text = null, double Number = 0, uint Style = 0, Uri? Link = null);

internal sealed record SaxSheet(string Name, string? TableName, string[] Headers, int[] WrappedColumns, Func<IEnumerable<SaxCell[]>> Rows);

/// <summary>The same sheets, columns and cell rules as <see cref="BriefWorkbookWriter"/>, as rows for a streaming writer.</summary>
internal static class SaxSheetContent
{
    public const uint Default = 0, Header = 1, Day = 2, Month = 3, Year = 4, DateTimeStyle = 5, Wrap = 6, QuotePrefix = 7, QuotePrefixWrap = 8, LinkStyle = 9;

    public static List<SaxSheet> Build(BriefDocument document, BriefLabels labels)
    {
        var names = new SheetNames();
        var summaryName = names.Allocate(BriefWorkbookWriter.SummarySheet);
        var recommendationsName = names.Allocate(BriefWorkbookWriter.RecommendationsSheet);
        var articlesName = names.Allocate(BriefWorkbookWriter.ArticlesSheet);
        var changesName = names.Allocate(BriefWorkbookWriter.ChangesSheet);
        var sheets = new List<SaxSheet> { Summary(summaryName, document, labels) };
        for (var i = 0; i < document.Topics.Count; i++)
        {
            var topic = document.Topics[i];
            sheets.Add(Topic(names.Allocate(topic.Name, topic.Slug), $"Topic_{i + 1}", topic, labels));
        }
        sheets.Add(new SaxSheet(recommendationsName, "Recommendations_Table",
            [labels.Date, labels.Who, labels.ToWhom, labels.What, labels.Topic, labels.Source], [3],
            () => document.Topics.SelectMany(t => t.Recommendations.Select(r => new[]
            {
                Date(r.Date, r.Precision), Text(r.Who), Text(r.ToWhom), Text(r.What, wrap: true),
                Text(string.IsNullOrWhiteSpace(r.Topic) ? t.Name : r.Topic), Link(r.SourceTitle, r.SourceUrl),
            }))));
        sheets.Add(new SaxSheet(articlesName, "Articles_Table",
            [labels.Date, labels.ArticleTitle, labels.Source, labels.Language, labels.Topics, labels.Link], [1],
            () => BriefWorkbookWriter.DistinctArticles(document).Select(a => new[]
            {
                Date(a.Article.Date, BriefDatePrecision.Day), Text(a.Article.Title, wrap: true), Text(a.Article.Source),
                Text(labels.LanguageName(a.Article.Language)), Text(string.Join(", ", a.Topics)), Link(a.Article.Url, a.Article.Url),
            })));
        sheets.Add(new SaxSheet(changesName, "Changes_Table",
            [labels.Change, labels.Topic, labels.Date, labels.Type, labels.Summary, labels.Detail], [4, 5],
            () => document.Changes.Select(c => new[]
            {
                Text(labels.ChangeKind(c.Kind)), Text(c.Topic), Date(c.Date, c.Precision), Text(labels.EventType(c.Type)),
                Text(c.Summary, wrap: true), Text(c.Detail, wrap: true),
            })));
        return sheets;
    }

    private static SaxSheet Summary(string name, BriefDocument document, BriefLabels labels)
    {
        IEnumerable<SaxCell[]> Rows()
        {
            yield return [];
            yield return [Text(labels.Week), Text(document.Week)];
            yield return [Text(labels.From), Date(document.From, BriefDatePrecision.Day)];
            yield return [Text(labels.To), Date(document.To, BriefDatePrecision.Day)];
            yield return [Text(labels.GeneratedAtUtc), new SaxCell(SaxCellKind.Date, Number: document.GeneratedAtUtc.ToOADate(), Style: DateTimeStyle)];
            yield return [Text(labels.Author), Text(document.Author)];
            yield return [Text(labels.OverallSummary), Text(document.OverallSummary, wrap: true)];
            yield return [];
            yield return [Text(labels.Topic), Text(labels.Events), Text(labels.EventsPrevious), Text(labels.RecommendationsCount),
                Text(labels.RecommendationsPrevious), Text(labels.ArticlesCount), Text(labels.ArticlesPrevious), Text(labels.BottomLine)];
            foreach (var t in document.Topics)
            {
                yield return [Text(t.Name), Number(t.ThisWeek.Events), Number(t.PreviousWeek.Events), Number(t.ThisWeek.Recommendations),
                    Number(t.PreviousWeek.Recommendations), Number(t.ThisWeek.Articles), Number(t.PreviousWeek.Articles), Text(t.BottomLine, wrap: true)];
            }
            yield return [];
            yield return [Text(labels.WhatChanged)];
            foreach (var kind in new[] { BriefChangeKind.New, BriefChangeKind.Updated, BriefChangeKind.Removed })
                yield return [Text(labels.ChangeKind(kind)), Number(document.Changes.Count(c => c.Kind == kind))];
        }
        return new SaxSheet(name, null, [$"{labels.Title} {document.Week}"], [7], Rows);
    }

    private static SaxSheet Topic(string name, string tableName, BriefTopicSection topic, BriefLabels labels)
    {
        var sourceColumns = Math.Clamp(topic.Events.Count == 0 ? 1 : topic.Events.Max(e => e.Sources.Count), 1, 5);
        var headers = new List<string> { labels.Date, labels.Type, labels.Summary, labels.Actors, labels.Place };
        for (var i = 0; i < sourceColumns; i++) headers.Add(labels.SourceHeader(i));
        headers.Add(labels.Quote);
        return new SaxSheet(name, tableName, headers.ToArray(), [2, headers.Count - 1], () => topic.Events.Select(e =>
        {
            var row = new SaxCell[headers.Count];
            row[0] = Date(e.Date, e.Precision);
            row[1] = Text(labels.EventType(e.Type));
            row[2] = Text(e.Summary, wrap: true);
            row[3] = Text(string.Join(", ", e.Actors));
            row[4] = Text(e.Place);
            for (var s = 0; s < Math.Min(sourceColumns, e.Sources.Count); s++) row[5 + s] = Link(e.Sources[s].Title, e.Sources[s].Url);
            row[^1] = Text(e.Quote, wrap: true);
            return row;
        }));
    }

    private static SaxCell Text(string? text, bool wrap = false)
    {
        var clean = CellText.Clean(text);
        if (clean.Length == 0) return default;
        var quote = CellText.LooksLikeFormula(clean);
        return new SaxCell(SaxCellKind.Text, clean, Style: wrap ? (quote ? QuotePrefixWrap : Wrap) : (quote ? QuotePrefix : Default));
    }

    private static SaxCell Number(int value) => new(SaxCellKind.Number, Number: value);

    private static SaxCell Date(DateOnly? date, BriefDatePrecision precision)
    {
        if (date is not { } value || precision == BriefDatePrecision.Unknown) return default;
        var style = precision switch { BriefDatePrecision.Month => Month, BriefDatePrecision.Year => Year, _ => Day };
        return new SaxCell(SaxCellKind.Date, Number: value.ToDateTime(TimeOnly.MinValue).ToOADate(), Style: style);
    }

    private static SaxCell Link(string? title, string? url)
    {
        var uri = CellText.WebUri(url);
        var cleanTitle = CellText.Clean(title).Trim();
        var cleanUrl = CellText.Clean(url).Trim();
        if (uri is null) return Text(cleanUrl.Length == 0 ? cleanTitle : cleanTitle.Length == 0 || cleanTitle == cleanUrl ? cleanUrl : $"{cleanTitle} ({cleanUrl})");
        var text = cleanTitle.Length > 0 ? cleanTitle : uri.AbsoluteUri;
        return CellText.LooksLikeFormula(text)
            ? new SaxCell(SaxCellKind.Link, text, Style: QuotePrefix, Link: uri)
            : new SaxCell(SaxCellKind.Link, text, Style: LinkStyle, Link: uri);
    }
}
