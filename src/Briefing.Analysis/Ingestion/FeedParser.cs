using System.Xml;
using System.Xml.Linq;

namespace Briefing.Analysis.Ingestion;

/// <summary>
/// RSS 2.0, RSS 1.0 (RDF) and Atom → one article per item. XML is read with DTDs prohibited and no resolver, so
/// external entities (XXE) and entity expansion (billion laughs) are refused before anything is expanded.
/// </summary>
internal static class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";

    public static XmlReaderSettings SafeSettings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = maxCharacters,
        IgnoreProcessingInstructions = true,
        IgnoreComments = true,
        CloseInput = true,
    };

    public static ParseOutcome Parse(string xml, IngestLimits limits, CancellationToken cancel)
    {
        var guard = MarkupGuard.Check(xml, limits.MaxHtmlDepth, limits.MaxHtmlElements, isXml: true, cancel);
        if (guard is not null) return new ParseOutcome { Error = guard, Kind = InputKind.Feed };

        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), SafeSettings(Math.Max(xml.Length * 2L, 1024)));
            document = XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            return Fail("The feed declares a DTD (<!DOCTYPE …>). DTDs are refused because they allow entity expansion (\"billion laughs\") "
                + "and external entities (XXE). RSS and Atom never need one: remove the DOCTYPE and upload again.");
        }
        catch (XmlException e)
        {
            return Fail($"The file is not well-formed XML (line {e.LineNumber}, position {e.LinePosition}): {e.Message}");
        }
        cancel.ThrowIfCancellationRequested();

        var root = document.Root!;
        IEnumerable<XElement> items;
        string? feedTitle, feedLanguage;
        var isAtom = root.Name == Atom + "feed";
        if (root.Name.LocalName == "rss")
        {
            var channel = root.Element("channel");
            if (channel is null) return Fail("The RSS file has no <channel> element.");
            items = channel.Elements("item");
            feedTitle = channel.Element("title")?.Value;
            feedLanguage = channel.Element("language")?.Value;
        }
        else if (isAtom)
        {
            items = root.Elements(Atom + "entry");
            feedTitle = root.Element(Atom + "title")?.Value;
            feedLanguage = (string?)root.Attribute(XNamespace.Xml + "lang");
        }
        else if (root.Name.LocalName == "RDF")
        {
            items = root.Elements(Rss1 + "item");
            feedTitle = root.Element(Rss1 + "channel")?.Element(Rss1 + "title")?.Value;
            feedLanguage = null;
        }
        else
        {
            return Fail($"The XML file is not an RSS 2.0 or Atom feed (its root element is <{root.Name.LocalName}>).");
        }

        var outcomeWarnings = new List<string>();
        var itemList = items.ToList();
        if (itemList.Count > limits.MaxItemsPerFeed)
        {
            outcomeWarnings.Add($"The feed has {itemList.Count} items; only the first {limits.MaxItemsPerFeed} were read.");
            itemList = itemList.Take(limits.MaxItemsPerFeed).ToList();
        }
        if (itemList.Count == 0) return Fail("The feed has no items.");

        var source = TextCleaner.CleanLine(feedTitle);
        var articles = new List<ParsedArticle>(itemList.Count);
        for (var index = 0; index < itemList.Count; index++)
        {
            cancel.ThrowIfCancellationRequested();
            articles.Add(isAtom ? AtomItem(itemList[index], index, source, feedLanguage, limits) : RssItem(itemList[index], index, source, feedLanguage, limits));
        }
        return new ParseOutcome { Kind = InputKind.Feed, Articles = articles, Warnings = outcomeWarnings };
    }

    private static ParseOutcome Fail(string message) =>
        new() { Kind = InputKind.Feed, Error = new IngestError(IngestErrorKind.Malformed, message) };

    private static ParsedArticle RssItem(XElement item, int index, string source, string? language, IngestLimits limits)
    {
        var ns = item.Name.Namespace;
        var link = item.Element(ns + "link")?.Value;
        var guid = item.Element(ns + "guid");
        if (string.IsNullOrWhiteSpace(link) && guid is not null && (string?)guid.Attribute("isPermaLink") != "false") link = guid.Value;
        var html = NonEmpty(item.Element(Content + "encoded")?.Value) ?? NonEmpty(item.Element(ns + "description")?.Value);
        var date = NonEmpty(item.Element(ns + "pubDate")?.Value) ?? NonEmpty(item.Element(DublinCore + "date")?.Value);
        var summary = item.Element(Content + "encoded") is not null ? NonEmpty(item.Element(ns + "description")?.Value) : null;
        return Item(index, item.Element(ns + "title")?.Value, link, html, summary, date, source, language, limits);
    }

    private static ParsedArticle AtomItem(XElement entry, int index, string source, string? language, IngestLimits limits)
    {
        var links = entry.Elements(Atom + "link").ToList();
        var link = (string?)(links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault())?.Attribute("href");
        var content = entry.Element(Atom + "content");
        var summary = entry.Element(Atom + "summary");
        var html = NonEmpty(content is null ? null : AtomText(content)) ?? NonEmpty(summary is null ? null : AtomText(summary));
        var date = NonEmpty(entry.Element(Atom + "published")?.Value) ?? NonEmpty(entry.Element(Atom + "updated")?.Value);
        var title = entry.Element(Atom + "title");
        return Item(index, title is null ? null : AtomText(title), link, html, content is not null && summary is not null ? AtomText(summary) : null,
            date, source, (string?)entry.Attribute(XNamespace.Xml + "lang") ?? language, limits);
    }

    // Atom type="xhtml" content is markup inside the element; "html" and "text" are strings.
    private static string AtomText(XElement element) => (string?)element.Attribute("type") == "xhtml"
        ? string.Concat(element.Nodes().Select(n => n.ToString()))
        : element.Value;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static ParsedArticle Item(int index, string? rawTitle, string? link, string? html, string? summary, string? date,
        string source, string? language, IngestLimits limits)
    {
        var warnings = new List<string>();
        var title = FragmentText(rawTitle);
        var paragraphs = new List<string>();
        string? sanitized = null;
        if (html is not null)
        {
            if (MarkupGuard.Check(html, limits.MaxHtmlDepth, limits.MaxHtmlElements, isXml: false, CancellationToken.None) is { } tooDeep)
            {
                warnings.Add("Item content skipped: " + tooDeep.Message);
            }
            else
            {
                var document = HtmlContent.CreateParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
                var body = document.Body!;
                paragraphs = HtmlContent.Paragraphs(body);
                sanitized = HtmlContent.SanitizeInPlace(document, body, link);
            }
        }
        var text = TextCleaner.CleanBody(string.Join("\n\n", paragraphs));
        if (string.IsNullOrEmpty(title)) title = PlainTextArticleParser.FallbackTitle(text);
        var published = DateParsing.ParseTimestamp(date, warnings, limits.Now);
        var url = UrlCanonicalizer.TryCanonicalize(link);
        return new ParsedArticle
        {
            Title = title,
            Subtitle = summary is null ? null : NullIfEmpty(FragmentText(summary)),
            SourceName = NullIfEmpty(source),
            Text = text,
            Language = LanguageDetector.DetectJoined(title, text, language),
            Url = url,
            CanonicalUrl = url,
            Published = published,
            PublishedSource = published is null ? PublishedSource.None : PublishedSource.Feed,
            SanitizedHtml = sanitized,
            ItemLabel = "#" + (index + 1),
            Warnings = warnings,
        };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    // Titles and summaries are short strings that may carry tags or entities; a linear tag strip is enough and never nests.
    private static string FragmentText(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        var builder = new System.Text.StringBuilder(value.Length);
        var inTag = false;
        foreach (var c in value)
        {
            if (c == '<') inTag = true;
            else if (c == '>' && inTag) { inTag = false; builder.Append(' '); }
            else if (!inTag) builder.Append(c);
        }
        return TextCleaner.CleanLine(System.Net.WebUtility.HtmlDecode(builder.ToString()));
    }
}
