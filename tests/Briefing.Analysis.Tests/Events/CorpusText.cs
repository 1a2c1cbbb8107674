using System.Globalization;
using System.Text;
using System.Xml;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Briefing.Analysis.Tests.Events;

/// <summary>
/// A simple stand-in for the ingestion cleaner, only for reading the dev corpus in tests: .txt whole, .html the
/// &lt;article&gt; (or the block with most paragraphs) as text, feed items from content:encoded or description.
/// </summary>
internal static class CorpusText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "figure", "figcaption", "section", "header", "footer",
        "article", "aside", "br", "blockquote", "tr", "main", "nav",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template" };

    public static string CorpusDirectory => Path.Combine(AppContext.BaseDirectory, "fixtures", "corpus");

    /// <summary>(title, body) of a corpus entry such as "he05.txt", "en02.html" or "feed.xml#3".</summary>
    public static (string Title, string Body) Read(string file)
    {
        var hash = file.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
            return FeedItem(Path.Combine(CorpusDirectory, file[..hash]), int.Parse(file[(hash + 1)..], CultureInfo.InvariantCulture));
        var path = Path.Combine(CorpusDirectory, file);
        var content = File.ReadAllText(path);
        if (file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            return ("", content);
        var document = new HtmlParser().ParseDocument(content);
        var main = document.QuerySelector("article") ?? MostParagraphs(document);
        return (document.Title ?? "", BlockText(main));
    }

    public static string HtmlToText(string html)
    {
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        return BlockText(document.Body!);
    }

    private static IElement MostParagraphs(IDocument document) =>
        document.QuerySelectorAll("p").Select(p => p.ParentElement!).GroupBy(e => e).OrderByDescending(g => g.Count()).Select(g => g.Key)
            .FirstOrDefault() ?? document.Body!;

    private static string BlockText(INode root)
    {
        var builder = new StringBuilder();
        Append(root, builder);
        return builder.ToString();
    }

    private static void Append(INode node, StringBuilder builder)
    {
        if (node is IText text)
        {
            builder.Append(text.Data);
            return;
        }
        if (node is not IElement element)
            return;
        if (Skipped.Contains(element.LocalName))
            return;
        var block = Blocks.Contains(element.LocalName);
        if (block)
            builder.Append('\n');
        foreach (var child in element.ChildNodes)
            Append(child, builder);
        if (block)
            builder.Append('\n');
    }

    private static (string Title, string Body) FeedItem(string path, int number)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(path, settings);
        var index = 0;
        while (reader.ReadToFollowing("item"))
        {
            index++;
            if (index != number)
                continue;
            string title = "", description = "", content = "";
            using var item = reader.ReadSubtree();
            while (item.Read())
            {
                if (item.NodeType != XmlNodeType.Element)
                    continue;
                switch (item.Name)
                {
                    case "title": title = item.ReadElementContentAsString(); break;
                    case "description": description = item.ReadElementContentAsString(); break;
                    case "content:encoded": content = item.ReadElementContentAsString(); break;
                }
            }
            var body = content.Length > 0 ? content : description;
            return (title, HtmlToText(body));
        }
        throw new InvalidOperationException($"{path} has no item {number}.");
    }
}
