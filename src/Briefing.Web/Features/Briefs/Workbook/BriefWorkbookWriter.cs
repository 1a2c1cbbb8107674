using ClosedXML.Excel;

namespace Briefing.Web.Features.Briefs.Workbook;

/// <summary>
/// Renders a <see cref="BriefDocument"/> as an .xlsx workbook: Summary, one sheet per topic, Recommendations,
/// Articles, Changes. The same document always gives the same bytes, so a snapshot can store and re-serve them.
/// </summary>
public sealed class BriefWorkbookWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string SummarySheet = "Summary";
    public const string RecommendationsSheet = "Recommendations";
    public const string ArticlesSheet = "Articles";
    public const string ChangesSheet = "Changes";
    private const string FontName = "Arial";
    private const int DefaultMaxSources = 5;

    /// <summary>A download name such as "brief-2025-W32.xlsx".</summary>
    public static string FileName(BriefDocument document)
    {
        var week = new string((document.Week ?? "").Where(c => char.IsAsciiLetterOrDigit(c) || c == '-').ToArray());
        return week.Length == 0 ? "brief.xlsx" : $"brief-{week}.xlsx";
    }

    public byte[] Write(BriefDocument document)
    {
        using var output = new MemoryStream();
        Write(document, output);
        return output.ToArray();
    }

    /// <summary>
    /// For HTTP response bodies, which refuse synchronous writes: the workbook is built in memory (CPU-bound), then
    /// copied asynchronously. Same bytes as <see cref="Write(BriefDocument)"/>.
    /// </summary>
    public async Task WriteAsync(BriefDocument document, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = Write(document);
        await output.WriteAsync(bytes, cancellationToken);
    }

    /// <summary>
    /// Writes the workbook to <paramref name="output"/> (which stays open) with synchronous writes; the bytes do not
    /// depend on the stream type. A seekable stream should be positioned at its start.
    /// </summary>
    public void Write(BriefDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var generatedAt = AsUtc(document.GeneratedAtUtc);
        var additions = new Dictionary<string, SheetAdditions>(StringComparer.OrdinalIgnoreCase);
        using var saved = new MemoryStream();
        using (var workbook = Build(document, generatedAt, additions))
        {
            // ClosedXML 0.95.4 holds every cell and builds its save on top of what building left behind: for a large
            // brief one collection between the two keeps the peak ~10 MB lower (10k events + 10k articles: 295 MB
            // instead of 305, docs/benchmarks.md). A weekly export is rare enough for one blocking collection.
            if (document.Topics.Sum(t => t.Events.Count + t.Articles.Count) > LargeBriefItems)
                GC.Collect();
            workbook.SaveAs(saved, new SaveOptions { ValidatePackage = false, EvaluateFormulasBeforeSaving = false, GenerateCalculationChain = false });
        }
        saved.Position = 0;
        if (output.CanSeek)
        {
            WorkbookPackage.Finish(saved, output, generatedAt, additions);
            return;
        }
        // ZipArchive writes different local headers to non-seekable streams; finish in memory so bytes never differ.
        using var finished = new MemoryStream();
        WorkbookPackage.Finish(saved, finished, generatedAt, additions);
        finished.Position = 0;
        finished.CopyTo(output);
    }

    private const int LargeBriefItems = 5_000;

    private static XLWorkbook Build(BriefDocument document, DateTime generatedAt, Dictionary<string, SheetAdditions> additions)
    {
        var labels = BriefLabels.For(document.Language);
        var workbook = new XLWorkbook(XLEventTracking.Disabled);
        workbook.Style.Font.FontName = FontName;
        SetProperties(workbook, document, labels, generatedAt);

        var names = new SheetNames();
        var summaryName = names.Allocate(SummarySheet);
        var recommendationsName = names.Allocate(RecommendationsSheet);
        var articlesName = names.Allocate(ArticlesSheet);
        var changesName = names.Allocate(ChangesSheet);
        var topicNames = document.Topics.Select((t, i) => names.Allocate(t.Name, string.IsNullOrWhiteSpace(t.Slug) ? $"Topic {i + 1}" : t.Slug)).ToList();

        additions[summaryName] = WriteSummary(workbook.AddWorksheet(summaryName), document, labels, generatedAt);
        for (var i = 0; i < document.Topics.Count; i++)
            additions[topicNames[i]] = WriteTopic(workbook.AddWorksheet(topicNames[i]), document.Topics[i], labels, $"Topic_{i + 1}");
        additions[recommendationsName] = WriteRecommendations(workbook.AddWorksheet(recommendationsName), document, labels);
        additions[articlesName] = WriteArticles(workbook.AddWorksheet(articlesName), document, labels);
        additions[changesName] = WriteChanges(workbook.AddWorksheet(changesName), document, labels);
        workbook.Worksheet(1).SetTabActive();
        return workbook;
    }

    private static void SetProperties(XLWorkbook workbook, BriefDocument document, BriefLabels labels, DateTime generatedAt)
    {
        var properties = workbook.Properties;
        properties.Title = CellText.Clean($"{labels.Title} {document.Week}".Trim());
        properties.Subject = CellText.Clean($"{labels.Subject} {document.From:yyyy-MM-dd} – {document.To:yyyy-MM-dd}");
        properties.Author = CellText.Clean(document.Author);
        properties.LastModifiedBy = CellText.Clean(document.Author);
        properties.Keywords = CellText.Clean(string.Join(", ", document.Topics.Select(t => t.Name)));
        properties.Category = labels.Title;
        properties.Created = generatedAt;
        properties.Modified = generatedAt;
    }

    private static SheetAdditions WriteSummary(IXLWorksheet sheet, BriefDocument document, BriefLabels labels, DateTime generatedAt)
    {
        string[] countHeaders =
        [
            labels.Topic, labels.Events, labels.EventsPrevious, labels.RecommendationsCount,
            labels.RecommendationsPrevious, labels.ArticlesCount, labels.ArticlesPrevious, labels.BottomLine,
        ];
        var columns = countHeaders.Length;
        var writer = new SheetWriter(sheet, labels.RightToLeft, columns);
        writer.Wrapped(columns, 70);

        writer.Text(1, 1, $"{labels.Title} {document.Week}".Trim());
        SheetWriter.StyleHeader(sheet.Range(1, 1, 1, columns));
        sheet.Range(1, 1, 1, columns).Style.Font.FontSize = 14;
        sheet.Row(1).Height = 22;

        var row = 3;
        KeyValue(writer, row++, labels.Week).Text(row - 1, 2, document.Week);
        KeyValue(writer, row++, labels.From).Date(row - 1, 2, document.From);
        KeyValue(writer, row++, labels.To).Date(row - 1, 2, document.To);
        KeyValue(writer, row++, labels.GeneratedAtUtc).DateTime(row - 1, 2, generatedAt);
        KeyValue(writer, row++, labels.Author).Text(row - 1, 2, document.Author);

        row++;
        KeyValue(writer, row, labels.OverallSummary);
        var overall = CellText.Clean(document.OverallSummary);
        var summaryRange = sheet.Range(row, 2, row, columns);
        summaryRange.Merge();
        // Written through SheetWriter for the formula rule; the merged width decides the row height, not column B.
        writer.Text(row, 2, overall);
        summaryRange.Style.Alignment.WrapText = true;
        summaryRange.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.Row(row).Height = RowHeight(overall, 130);
        sheet.Cell(row, 1).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        row += 2;

        var countsHeader = row;
        writer.HeaderRow(row++, countHeaders);
        foreach (var topic in document.Topics)
        {
            writer.Text(row, 1, topic.Name);
            writer.Number(row, 2, topic.ThisWeek.Events);
            writer.Number(row, 3, topic.PreviousWeek.Events);
            writer.Number(row, 4, topic.ThisWeek.Recommendations);
            writer.Number(row, 5, topic.PreviousWeek.Recommendations);
            writer.Number(row, 6, topic.ThisWeek.Articles);
            writer.Number(row, 7, topic.PreviousWeek.Articles);
            var bottomLine = CellText.Clean(topic.BottomLine);
            writer.Text(row, 8, bottomLine);
            sheet.Row(row).Height = RowHeight(bottomLine, 68);
            row++;
        }
        writer.AddTable("Summary_Topics", countHeaders, countsHeader, row - 1);
        row = Math.Max(row, countsHeader + 2) + 1;

        WriteChangeCounts(writer, row, document, labels);

        // Columns 2–7 hold counts and the week's key values; the header texts would make them needlessly wide.
        for (var column = 2; column < columns; column++) writer.Note(column, 12);
        writer.ApplyWidths();
        for (var column = 2; column < columns; column++) sheet.Column(column).Width = Math.Min(sheet.Column(column).Width, 16);
        sheet.Range(countsHeader, 2, countsHeader, columns - 1).Style.Alignment.WrapText = true;
        sheet.Row(countsHeader).Height = 32;
        sheet.SheetView.FreezeRows(1);
        writer.PrintSetup(1);
        return writer.Additions;
    }

    private static SheetWriter KeyValue(SheetWriter writer, int row, string label)
    {
        Bold(writer.Text(row, 1, label));
        return writer;
    }

    private static void Bold(IXLCell? cell)
    {
        if (cell is not null) cell.Style.Font.Bold = true;
    }

    private static void WriteChangeCounts(SheetWriter writer, int row, BriefDocument document, BriefLabels labels)
    {
        var kinds = new[] { BriefChangeKind.New, BriefChangeKind.Updated, BriefChangeKind.Removed };
        Bold(writer.Text(row, 1, labels.WhatChanged));
        row++;
        writer.HeaderRow(row++, [labels.Topic, .. kinds.Select(labels.ChangeKind)]);

        var topicOrder = document.Topics.Select(t => t.Name)
            .Concat(document.Changes.Select(c => c.Topic))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(name => document.Changes.Any(c => string.Equals(c.Topic, name, StringComparison.OrdinalIgnoreCase)));
        foreach (var topic in topicOrder)
        {
            writer.Text(row, 1, topic);
            for (var k = 0; k < kinds.Length; k++)
            {
                var count = document.Changes.Count(c => c.Kind == kinds[k] && string.Equals(c.Topic, topic, StringComparison.OrdinalIgnoreCase));
                writer.Number(row, 2 + k, count);
            }
            row++;
        }
        Bold(writer.Text(row, 1, "Σ"));
        for (var k = 0; k < kinds.Length; k++)
            writer.Number(row, 2 + k, document.Changes.Count(c => c.Kind == kinds[k])).Style.Font.Bold = true;
    }

    private static SheetAdditions WriteTopic(IXLWorksheet sheet, BriefTopicSection topic, BriefLabels labels, string tableName)
    {
        var sourceColumns = Math.Clamp(topic.Events.Count == 0 ? 1 : topic.Events.Max(e => e.Sources.Count), 1, DefaultMaxSources);
        List<string> headers = [labels.Date, labels.Type, labels.Summary, labels.Actors, labels.Place];
        for (var i = 0; i < sourceColumns; i++) headers.Add(labels.SourceHeader(i));
        headers.Add(labels.Quote);
        var quoteColumn = headers.Count;

        var writer = new SheetWriter(sheet, labels.RightToLeft, headers.Count);
        writer.DateColumn(1);
        writer.Wrapped(3, 60);
        writer.Wrapped(quoteColumn, 50);
        for (var i = 0; i < sourceColumns; i++) writer.LinkColumn(6 + i);
        writer.HeaderRow(1, headers);

        var row = 2;
        foreach (var item in topic.Events)
        {
            writer.Date(row, 1, item.Date, item.Precision);
            writer.Text(row, 2, labels.EventType(item.Type));
            writer.Text(row, 3, item.Summary);
            writer.Text(row, 4, string.Join(", ", item.Actors));
            writer.Text(row, 5, item.Place);
            WriteSources(writer, row, 6, sourceColumns, item.Sources);
            writer.Text(row, quoteColumn, item.Quote);
            row++;
        }
        writer.FinishTable(tableName, headers, row - 1);
        return writer.Additions;
    }

    /// <summary>One link per column; sources beyond the last column are appended to it as text so none is lost.</summary>
    private static void WriteSources(SheetWriter writer, int row, int firstColumn, int columns, IReadOnlyList<BriefSource> sources)
    {
        for (var i = 0; i < Math.Min(columns, sources.Count); i++)
        {
            if (i == columns - 1 && sources.Count > columns)
            {
                var rest = sources.Skip(i).Select(s => string.IsNullOrWhiteSpace(s.Title) ? s.Url : $"{s.Title} ({s.Url})");
                writer.Text(row, firstColumn + i, string.Join("\n", rest));
                continue;
            }
            writer.Link(row, firstColumn + i, sources[i].Title, sources[i].Url);
        }
    }

    private static SheetAdditions WriteRecommendations(IXLWorksheet sheet, BriefDocument document, BriefLabels labels)
    {
        string[] headers = [labels.Date, labels.Who, labels.ToWhom, labels.What, labels.Topic, labels.Source];
        var writer = new SheetWriter(sheet, labels.RightToLeft, headers.Length);
        writer.DateColumn(1);
        writer.Wrapped(4, 70);
        writer.LinkColumn(6);
        writer.HeaderRow(1, headers);
        var row = 2;
        foreach (var topic in document.Topics)
        {
            foreach (var item in topic.Recommendations)
            {
                writer.Date(row, 1, item.Date, item.Precision);
                writer.Text(row, 2, item.Who);
                writer.Text(row, 3, item.ToWhom);
                writer.Text(row, 4, item.What);
                writer.Text(row, 5, string.IsNullOrWhiteSpace(item.Topic) ? topic.Name : item.Topic);
                writer.Link(row, 6, item.SourceTitle, item.SourceUrl);
                row++;
            }
        }
        writer.FinishTable("Recommendations_Table", headers, row - 1);
        return writer.Additions;
    }

    private static SheetAdditions WriteArticles(IXLWorksheet sheet, BriefDocument document, BriefLabels labels)
    {
        string[] headers = [labels.Date, labels.ArticleTitle, labels.Source, labels.Language, labels.Topics, labels.Link];
        var writer = new SheetWriter(sheet, labels.RightToLeft, headers.Length);
        writer.DateColumn(1);
        writer.Wrapped(2, 70);
        writer.LinkColumn(6);
        writer.HeaderRow(1, headers);
        var row = 2;
        foreach (var (article, topics) in DistinctArticles(document))
        {
            writer.Date(row, 1, article.Date);
            writer.Text(row, 2, article.Title);
            writer.Text(row, 3, article.Source);
            writer.Text(row, 4, labels.LanguageName(article.Language));
            writer.Text(row, 5, string.Join(", ", topics));
            writer.Link(row, 6, article.Url, article.Url);
            row++;
        }
        writer.FinishTable("Articles_Table", headers, row - 1);
        return writer.Additions;
    }

    /// <summary>An article listed under several topics is one row naming all of them.</summary>
    internal static List<(BriefArticle Article, List<string> Topics)> DistinctArticles(BriefDocument document)
    {
        var rows = new List<(BriefArticle Article, List<string> Topics)>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var topic in document.Topics)
        {
            foreach (var article in topic.Articles)
            {
                var key = !string.IsNullOrWhiteSpace(article.Id) ? "id:" + article.Id
                    : !string.IsNullOrWhiteSpace(article.Url) ? "url:" + article.Url.Trim()
                    : $"title:{article.Date:yyyy-MM-dd}:{article.Title}";
                if (!byKey.TryGetValue(key, out var index))
                {
                    index = rows.Count;
                    byKey[key] = index;
                    rows.Add((article, new List<string>()));
                }
                var names = rows[index].Topics;
                foreach (var name in article.Topics.Append(topic.Name))
                {
                    if (!string.IsNullOrWhiteSpace(name) && !names.Contains(name, StringComparer.OrdinalIgnoreCase)) names.Add(name);
                }
            }
        }
        return rows;
    }

    private static SheetAdditions WriteChanges(IXLWorksheet sheet, BriefDocument document, BriefLabels labels)
    {
        string[] headers = [labels.Change, labels.Topic, labels.Date, labels.Type, labels.Summary, labels.Detail];
        var writer = new SheetWriter(sheet, labels.RightToLeft, headers.Length);
        writer.DateColumn(3);
        writer.Wrapped(5, 60);
        writer.Wrapped(6, 50);
        writer.HeaderRow(1, headers);
        var row = 2;
        foreach (var change in document.Changes)
        {
            writer.Text(row, 1, labels.ChangeKind(change.Kind));
            writer.Text(row, 2, change.Topic);
            writer.Date(row, 3, change.Date, change.Precision);
            writer.Text(row, 4, labels.EventType(change.Type));
            writer.Text(row, 5, change.Summary);
            writer.Text(row, 6, change.Detail);
            row++;
        }
        writer.FinishTable("Changes_Table", headers, row - 1);
        return writer.Additions;
    }

    /// <summary>Excel does not size merged or explicitly wrapped summary rows itself; estimate lines from the width.</summary>
    private static double RowHeight(string text, int charactersPerLine)
    {
        if (text.Length == 0) return 15;
        var lines = text.Split('\n').Sum(line => Math.Max(1, (int)Math.Ceiling(line.TrimEnd('\r').Length / (double)charactersPerLine)));
        return Math.Min(409, Math.Max(15, lines * 15));
    }

    private static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
