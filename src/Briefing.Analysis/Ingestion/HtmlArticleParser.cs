using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Briefing.Analysis.Ingestion;

/// <summary>A saved article page → one article: metadata from the head, main content from the body.</summary>
internal static partial class HtmlArticleParser
{
    public static ParseOutcome Parse(string html, IngestLimits limits, CancellationToken cancel)
    {
        var guard = MarkupGuard.Check(html, limits.MaxHtmlDepth, limits.MaxHtmlElements, isXml: false, cancel);
        if (guard is not null) return new ParseOutcome { Error = guard, Kind = InputKind.Html };

        var document = HtmlContent.CreateParser().ParseDocument(html);
        cancel.ThrowIfCancellationRequested();
        var warnings = new List<string>();

        var canonical = UrlCanonicalizer.TryCanonicalize(document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href"))
            ?? UrlCanonicalizer.TryCanonicalize(Meta(document, "og:url"));
        var siteName = Clean(Meta(document, "og:site_name") ?? Meta(document, "application-name"));
        var heading = Headline(document);
        var title = Clean(Meta(document, "og:title") ?? Meta(document, "twitter:title"));
        // Some sites repeat their name in og:title too; only an exact site-name suffix is removed there.
        if (title is not null && siteName is not null) title = StripExactSiteSuffix(title, siteName);
        if (string.IsNullOrEmpty(title)) title = PrintedHeadline(Clean(heading?.TextContent), StripSiteSuffix(Clean(document.Title), siteName, Clean(heading?.TextContent)));
        if (string.IsNullOrEmpty(title)) title = Clean(heading?.TextContent);

        var published = PublishedFromMetadata(document, warnings, limits.Now);
        var publishedSource = published is null ? PublishedSource.None : PublishedSource.Metadata;
        if (published is null && VisibleDateline(document, heading, DeclaredLanguageOf(document), warnings, limits.Now) is { } printed)
        {
            (published, publishedSource) = (printed, PublishedSource.Dateline);
        }
        var declaredLanguage = document.DocumentElement.GetAttribute("lang") ?? Meta(document, "og:locale");
        var subtitle = Subtitle(heading);
        var caption = Clean(document.QuerySelector("article figcaption, main figcaption, figure figcaption")?.TextContent);

        var body = document.Body ?? document.DocumentElement;
        foreach (var figure in body.QuerySelectorAll("figcaption").ToList()) figure.Remove();
        HtmlContent.RemoveFurniture(body);
        cancel.ThrowIfCancellationRequested();
        var container = HtmlContent.FindMainContainer(body, cancel);
        var paragraphs = HtmlContent.Paragraphs(container)
            .Where(p => p != title && p != subtitle)
            .ToList();
        var text = TextCleaner.CleanBody(string.Join("\n\n", paragraphs));
        cancel.ThrowIfCancellationRequested();
        var sanitized = HtmlContent.SanitizeInPlace(document, container, canonical);

        if (string.IsNullOrWhiteSpace(title) && text.Length == 0)
        {
            return new ParseOutcome { Kind = InputKind.Html, Error = new IngestError(IngestErrorKind.Malformed,
                "The HTML page has no title and no readable text; save the article page itself (not a frame or an empty shell).") };
        }
        if (string.IsNullOrWhiteSpace(title))
        {
            title = PlainTextArticleParser.FallbackTitle(text);
            warnings.Add("No title found in the page; the first words of the text are used.");
        }

        return new ParseOutcome
        {
            Kind = InputKind.Html,
            Articles =
            [
                new ParsedArticle
                {
                    Title = title,
                    Subtitle = subtitle,
                    SourceName = siteName ?? SiteFromTitle(Clean(document.Title)),
                    Caption = string.IsNullOrEmpty(caption) ? null : caption,
                    Text = text,
                    Language = LanguageDetector.DetectJoined(title, text, declaredLanguage),
                    Url = canonical,
                    CanonicalUrl = canonical,
                    Published = published,
                    PublishedSource = publishedSource,
                    SanitizedHtml = sanitized,
                    Warnings = warnings,
                },
            ],
        };
    }

    // The article's own h1 (inside article or main) before any other; a one- or two-word h1 is usually the site's logo.
    private static IElement? Headline(IDocument document) =>
        document.QuerySelector("article h1, main h1, [itemprop=headline]")
        ?? document.QuerySelectorAll("h1").FirstOrDefault(h => h.TextContent.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length >= 3);

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                var content = meta.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(content)) return content;
            }
        }
        return null;
    }

    private static string? Clean(string? text)
    {
        var cleaned = TextCleaner.CleanLine(text);
        return cleaned.Length == 0 ? null : cleaned;
    }

    private static string? Subtitle(IElement? heading)
    {
        var next = heading?.NextElementSibling;
        if (next is null) return null;
        if (next.LocalName is "h2" or "h3" || Regex.IsMatch(next.ClassName ?? "", "sub|dek|standfirst|lead|summary|excerpt", RegexOptions.IgnoreCase))
        {
            return Clean(next.TextContent);
        }
        return null;
    }

    private static string? DeclaredLanguageOf(IDocument document) => LanguageDetector.Normalise(document.DocumentElement.GetAttribute("lang"));

    // A date printed by the headline (byline, meta line, time element without datetime) when the head carries none.
    private static DateTimeOffset? VisibleDateline(IDocument document, IElement? heading, string? language, List<string> warnings, DateTimeOffset? now)
    {
        var candidates = new List<IElement>();
        for (var sibling = heading?.NextElementSibling; sibling is not null && candidates.Count < 4; sibling = sibling.NextElementSibling)
        {
            candidates.Add(sibling);
        }
        candidates.AddRange(document.QuerySelectorAll("time, [class*=date], [class*=time], [class*=byline], [class*=meta]").Take(10));
        foreach (var element in candidates)
        {
            var text = element.TextContent;
            if (text.Length > 300) continue;
            if (DateParsing.FindDate(text, warnings, now, monthFirst: language is "en", twoDigitYear: text.Length <= 80) is { } date) return date;
        }
        return null;
    }

    private static DateTimeOffset? PublishedFromMetadata(IHtmlDocument document, List<string> warnings, DateTimeOffset? now)
    {
        foreach (var key in (string[])["article:published_time", "datePublished", "og:published_time", "pubdate", "publish-date", "date", "dc.date", "dcterms.created"])
        {
            var value = Meta(document, key);
            if (value is not null && DateParsing.ParseTimestamp(value, warnings, now) is { } fromMeta) return fromMeta;
        }
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            if (JsonLdDatePublished(script.TextContent) is { } value && DateParsing.ParseTimestamp(value, warnings, now) is { } fromJson) return fromJson;
        }
        foreach (var time in document.QuerySelectorAll("article time[datetime], time[datetime]"))
        {
            if (DateParsing.ParseTimestamp(time.GetAttribute("datetime"), warnings, now) is { } fromTime) return fromTime;
        }
        return null;
    }

    private static string? JsonLdDatePublished(string json)
    {
        try
        {
            using var parsed = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return Find(parsed.RootElement, 0);
        }
        catch (JsonException)
        {
            return null;
        }

        static string? Find(JsonElement element, int depth)
        {
            if (depth > 32) return null;
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    if (element.TryGetProperty("datePublished", out var date) && date.ValueKind == JsonValueKind.String) return date.GetString();
                    foreach (var property in element.EnumerateObject())
                    {
                        if (Find(property.Value, depth + 1) is { } found) return found;
                    }
                    return null;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        if (Find(item, depth + 1) is { } found) return found;
                    }
                    return null;
                default:
                    return null;
            }
        }
    }

    // Without og:title the printed h1 is the headline when it says much the same as <title> (which is often an SEO variant).
    private static string? PrintedHeadline(string? heading, string? title)
    {
        if (string.IsNullOrEmpty(heading)) return title;
        if (string.IsNullOrEmpty(title)) return heading;
        var headingWords = TextFolding.Words(heading).ToHashSet();
        var titleWords = TextFolding.Words(title);
        var shared = titleWords.Count(headingWords.Contains);
        return shared * 2 >= Math.Min(headingWords.Count, titleWords.Length) ? heading : title;
    }

    /// <summary>"Headline | Site", "Headline - Site", "Headline – Site" → "Headline".</summary>
    internal static string? StripSiteSuffix(string? title, string? siteName, string? heading = null)
    {
        if (string.IsNullOrEmpty(title)) return title;
        var parts = TitleSeparator().Split(title);
        if (parts.Length < 2) return title;
        if (siteName is not null && string.Equals(parts[^1].Trim(), siteName, StringComparison.OrdinalIgnoreCase))
        {
            return title[..title.LastIndexOf(parts[^1], StringComparison.Ordinal)].TrimEnd(' ', '|', '-', '–', '—', ':', '·');
        }
        // Without a site name: the rest is the headline when the page's <h1> says so, or when the last segment is a short name.
        var last = parts[^1].Trim();
        var rest = title[..title.LastIndexOf(parts[^1], StringComparison.Ordinal)].TrimEnd(' ', '|', '-', '–', '—', ':', '·');
        if (heading is not null && string.Equals(TextFolding.Fold(heading), TextFolding.Fold(rest), StringComparison.Ordinal)) return rest;
        return last.Split(' ').Length <= 4 && rest.Split(' ').Length >= 2 ? rest : title;
    }

    private static string StripExactSiteSuffix(string title, string siteName)
    {
        var parts = TitleSeparator().Split(title);
        return parts.Length >= 2 && string.Equals(parts[^1].Trim(), siteName, StringComparison.OrdinalIgnoreCase)
            ? title[..title.LastIndexOf(parts[^1], StringComparison.Ordinal)].TrimEnd(' ', '|', '-', '–', '—', ':', '·')
            : title;
    }

    private static string? SiteFromTitle(string? title)
    {
        if (title is null) return null;
        var parts = TitleSeparator().Split(title);
        return parts.Length >= 2 && parts[^1].Trim().Split(' ').Length <= 5 ? parts[^1].Trim() : null;
    }

    [GeneratedRegex(@"\s+[|\-–—·]\s+|\s+::\s+", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex TitleSeparator();
}
