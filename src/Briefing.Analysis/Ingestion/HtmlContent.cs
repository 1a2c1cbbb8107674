using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace Briefing.Analysis.Ingestion;

/// <summary>
/// Main-content extraction from an HTML document or fragment: strips page furniture by role, element and class,
/// scores containers by the prose they hold directly (Readability's idea), and returns clean paragraphs plus
/// sanitised HTML of the chosen container.
/// </summary>
internal static partial class HtmlContent
{
    private static readonly HtmlSanitizer Sanitizer = new();

    private static readonly string[] FurnitureElements =
        ["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "form", "button", "input",
         "select", "textarea", "nav", "footer", "aside", "dialog", "menu"];

    private static readonly string[] BlockSelectors = ["p", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "li", "dd", "td"];

    [ThreadStatic] private static HtmlParser? cachedParser;

    // Creating a parser builds a browsing context; one per thread is reused (a parser is not shared across threads).
    public static HtmlParser CreateParser() => cachedParser ??= new HtmlParser(new HtmlParserOptions { IsScripting = false });

    /// <summary>Removes page furniture in place. Call after reading metadata, before <see cref="FindMainContainer"/>.</summary>
    public static void RemoveFurniture(IElement root)
    {
        foreach (var name in FurnitureElements)
        {
            foreach (var element in root.QuerySelectorAll(name).ToList()) element.Remove();
        }
        // A site header holds logo and menus; a header inside an article holds the headline and is kept.
        foreach (var header in root.QuerySelectorAll("header").ToList())
        {
            if (header.Closest("article") is null) header.Remove();
        }
        foreach (var element in root.QuerySelectorAll("[role],[class],[id],[hidden],[aria-hidden]").ToList())
        {
            if (element.LocalName is "html" or "body" or "article" or "main") continue;
            var role = element.GetAttribute("role");
            if (role is "navigation" or "banner" or "contentinfo" or "complementary" or "search" or "dialog" or "alert"
                || element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true"
                || IsFurnitureName(element.ClassName) || IsFurnitureName(element.Id))
            {
                element.Remove();
            }
        }
    }

    private static bool IsFurnitureName(string? names)
    {
        if (string.IsNullOrEmpty(names)) return false;
        foreach (var token in FurnitureTokenSplitter().Split(names.ToLowerInvariant()))
        {
            if (token is "ad" or "ads" or "advert" or "advertisement" or "adslot" or "sponsored" or "promo" or "promotion"
                or "sidebar" or "related" or "share" or "sharing" or "social" or "comment" or "comments" or "newsletter"
                or "cookie" or "cookies" or "consent" or "breadcrumb" or "breadcrumbs" or "tags" or "subscribe" or "popular"
                or "mostread" or "recommended" or "widget" or "footer" or "nav" or "navbar" or "menu" or "ticker"
                or "banner" or "outbrain" or "taboola" or "paywall" or "modal" or "popup" or "masthead" or "toolbar")
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"[\s_\-]+", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex FurnitureTokenSplitter();

    /// <summary>The element that holds most of the article's prose.</summary>
    public static IElement FindMainContainer(IElement root, CancellationToken cancel)
    {
        var explicitBody = root.QuerySelector("[itemprop=articleBody]");
        if (explicitBody is not null && ProseLength(explicitBody) >= 200) return explicitBody;

        var scores = new Dictionary<IElement, double>();
        var count = 0;
        foreach (var paragraph in root.QuerySelectorAll("p, pre, blockquote, div, td"))
        {
            if ((++count & 0x3FF) == 0) cancel.ThrowIfCancellationRequested();
            var own = OwnText(paragraph);
            if (own.Length < 25) continue;
            var score = 1 + Math.Min(own.Length / 100.0, 3) + own.Count(c => c is ',' or '،');
            score *= 1 - LinkDensity(paragraph);
            if (paragraph.LocalName is "div" or "td") score *= 0.5;
            // Text written straight into a div or cell (paragraphs split by <br>) makes that element the container itself.
            if (paragraph.LocalName is "div" or "td") Add(scores, paragraph, score);
            var parent = paragraph.ParentElement;
            if (parent is null) continue;
            Add(scores, parent, score);
            if (parent.ParentElement is { } grandparent) Add(scores, grandparent, score / 2);
        }
        if (scores.Count == 0) return root.QuerySelector("article") ?? root.QuerySelector("main") ?? root;
        var (best, bestScore) = scores.MaxBy(pair => pair.Value);
        // Body text split into sibling blocks (around an ad or a pull quote) scores its common parent almost as high
        // as each block; then the parent is the article, not the first block.
        while (best.ParentElement is { } parent && parent != root.ParentElement && scores.GetValueOrDefault(parent) >= bestScore * 0.75)
        {
            best = parent;
            bestScore = Math.Max(bestScore, scores[parent]);
        }
        return best;
    }

    private static void Add(Dictionary<IElement, double> scores, IElement element, double score) =>
        scores[element] = scores.GetValueOrDefault(element) + score;

    private static int ProseLength(IElement element) => element.QuerySelectorAll("p").Sum(p => p.TextContent.Length);

    // Text of the element's own text nodes and inline children, without nested blocks.
    private static string OwnText(IElement element)
    {
        var builder = new StringBuilder();
        foreach (var node in element.ChildNodes)
        {
            if (node is IText text) builder.Append(text.Data);
            else if (node is IElement child && IsInline(child)) builder.Append(child.TextContent);
        }
        return builder.ToString().Trim();
    }

    private static bool IsInline(IElement element) => element.LocalName is "a" or "b" or "strong" or "i" or "em" or "span"
        or "u" or "small" or "sup" or "sub" or "abbr" or "cite" or "q" or "mark" or "time" or "code" or "br" or "bdi" or "bdo" or "s";

    private static double LinkDensity(IElement element)
    {
        var total = element.TextContent.Length;
        if (total == 0) return 0;
        var linked = element.QuerySelectorAll("a").Sum(a => a.TextContent.Length);
        return Math.Min(1, (double)linked / total);
    }

    /// <summary>The container's text blocks in document order, one paragraph each, skipping link lists and tiny labels.</summary>
    public static List<string> Paragraphs(IElement container)
    {
        var blocks = container.QuerySelectorAll(string.Join(",", BlockSelectors))
            .Where(e => !e.GetAncestors().OfType<IElement>().TakeWhile(a => a != container).Any(a => BlockSelectors.Contains(a.LocalName)))
            .ToList();
        var paragraphs = new List<string>();
        if (blocks.Count == 0)
        {
            paragraphs.AddRange(TextWithBreaks(container).Split('\n').Select(TextCleaner.CleanLine).Where(l => l.Length > 0));
            return paragraphs;
        }
        foreach (var block in blocks)
        {
            var text = TextCleaner.CleanLine(block.TextContent);
            if (text.Length == 0) continue;
            var words = text.Split(' ').Length;
            if (block.LocalName is "li" or "td" or "dd" && (words < 4 || LinkDensity(block) > 0.5)) continue;
            if (words <= 4 && LinkDensity(block) > 0.5) continue;
            paragraphs.Add(text);
        }
        return paragraphs;
    }

    private static string TextWithBreaks(IElement element)
    {
        var builder = new StringBuilder();
        foreach (var node in element.GetDescendants())
        {
            if (node is IText text) builder.Append(text.Data.Replace('\n', ' ')); // source line breaks are spaces in HTML
            else if (node is IElement { LocalName: "br" or "div" or "p" or "li" or "h1" or "h2" or "h3" }) builder.Append('\n');
        }
        return builder.ToString();
    }

    /// <summary>Sanitised HTML of the container: no script, event handler, iframe, or javascript: URL survives.</summary>
    public static string Sanitize(string html, string? baseUrl) => StripInvisibleControls(Sanitizer.Sanitize(html, baseUrl ?? ""));

    /// <summary>
    /// Sanitises the container's content inside the already-parsed document (no second parse) and returns its inner HTML.
    /// Call last: it changes the document.
    /// </summary>
    public static string SanitizeInPlace(IHtmlDocument document, IElement container, string? baseUrl)
    {
        if (container is not IHtmlElement element || container == document.DocumentElement) element = document.Body!;
        Sanitizer.SanitizeDom(document, element, baseUrl ?? "");
        return StripInvisibleControls(element.InnerHtml.Trim());
    }

    private static string StripInvisibleControls(string sanitized)
    {
        // Bidi overrides and C0 controls are no markup, so the sanitiser keeps them; they are removed like in the text.
        return sanitized.Any(c => TextCleaner.IsBidiControl(c) || (char.IsControl(c) && c is not ('\n' or '\t' or '\r')))
            ? new string(sanitized.Where(c => !TextCleaner.IsBidiControl(c) && !(char.IsControl(c) && c is not ('\n' or '\t' or '\r'))).ToArray())
            : sanitized;
    }
}
