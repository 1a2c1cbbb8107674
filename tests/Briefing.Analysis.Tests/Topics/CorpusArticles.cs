using System.Text;
using System.Text.Json;
using System.Xml;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Briefing.Analysis.Tests.Topics;

/// <summary>A labelled corpus item as title and body text.</summary>
public sealed record CorpusArticle(string File, string Language, string Title, string Body, string[] Topics, string[] OptionalTopics);

/// <summary>
/// Stand-in text extraction for the dev corpus, kept in the tests so classification can be evaluated before the real
/// cleaner lands: HTML → &lt;article&gt; (or the element holding most paragraphs) without page chrome; RSS → item title
/// and description/content stripped of tags; .txt → the whole file as body.
/// </summary>
public static class CorpusArticles
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "fixtures", "corpus");

    public static IReadOnlyList<CorpusArticle> Load()
    {
        using var labels = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, "labels.json")));
        var feedItems = ReadFeed(Path.Combine(Directory, "feed.xml"));
        var articles = new List<CorpusArticle>();
        foreach (var label in labels.RootElement.EnumerateArray())
        {
            var file = label.GetProperty("file").GetString()!;
            var (title, body) = file switch
            {
                _ when file.StartsWith("feed.xml#", StringComparison.Ordinal) => feedItems[int.Parse(file["feed.xml#".Length..]) - 1],
                _ when file.EndsWith(".html", StringComparison.Ordinal) => ReadHtml(File.ReadAllText(Path.Combine(Directory, file))),
                _ => ("", File.ReadAllText(Path.Combine(Directory, file))),
            };
            articles.Add(new CorpusArticle(file, label.GetProperty("language").GetString()!, title, body,
                Strings(label.GetProperty("topics")), Strings(label.GetProperty("topics_optional"))));
        }
        return articles;
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    private static (string Title, string Body) ReadHtml(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var title = document.QuerySelector("meta[property='og:title']")?.GetAttribute("content")
            ?? document.QuerySelector("h1")?.TextContent ?? document.Title ?? "";
        foreach (var chrome in document.QuerySelectorAll("nav, aside, footer, header, script, style, noscript, form, .ad-slot").ToList())
        {
            chrome.Remove();
        }
        var content = document.QuerySelector("article")
            ?? document.QuerySelectorAll("div, main, section").OrderByDescending(e => e.Children.Count(c => c.LocalName == "p")).FirstOrDefault()
            ?? document.Body!;
        content.QuerySelector("h1")?.Remove();
        return (title.Trim(), BlockText(content));
    }

    private static string BlockText(IElement element)
    {
        var builder = new StringBuilder();
        foreach (var block in element.QuerySelectorAll("p, h2, h3, h4, li, blockquote"))
        {
            if (block.QuerySelector("p, li") is null)
            {
                builder.AppendLine(block.TextContent.Trim());
            }
        }
        return builder.Length > 0 ? builder.ToString() : element.TextContent;
    }

    private static List<(string Title, string Body)> ReadFeed(string path)
    {
        var items = new List<(string, string)>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(path, settings);
        string? title = null;
        var body = new StringBuilder();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "item")
            {
                title = "";
                body.Clear();
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "item" && title is not null)
            {
                items.Add((title, body.ToString()));
                title = null;
            }
            else if (title is not null && reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "title":
                        title = reader.ReadElementContentAsString().Trim();
                        break;
                    case "description" or "encoded":
                        body.AppendLine(BlockText(new HtmlParser().ParseDocument("<body>" + reader.ReadElementContentAsString() + "</body>").Body!));
                        break;
                }
            }
        }
        return items;
    }
}
