namespace Briefing.Analysis.Ingestion;

/// <summary>
/// A linear pre-scan of markup before any parser sees it: rejects nesting deeper than the limit and element counts
/// above it, so that recursive tree walks (serialisers, sanitisers, text extraction) can never overflow the stack.
/// It over-estimates depth (it does not know every implied end tag), which only makes it stricter.
/// </summary>
internal static class MarkupGuard
{
    // Elements that are empty, or whose open tag is implicitly closed by the next sibling, never deepen the tree.
    private static readonly HashSet<string> NonNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rp",
        "!doctype", "?xml",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "xmp" };

    public static IngestError? Check(string markup, int maxDepth, int maxElements, bool isXml, CancellationToken cancel)
    {
        int depth = 0, deepest = 0, elements = 0;
        var i = 0;
        while (i < markup.Length)
        {
            var lt = markup.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= markup.Length) break;
            if ((elements & 0x3FFF) == 0) cancel.ThrowIfCancellationRequested();
            var next = markup[lt + 1];
            if (markup.AsSpan(lt).StartsWith("<!--"))
            {
                var endComment = markup.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = endComment < 0 ? markup.Length : endComment + 3;
                continue;
            }
            if (markup.AsSpan(lt).StartsWith("<![CDATA["))
            {
                var endData = markup.IndexOf("]]>", lt + 9, StringComparison.Ordinal);
                i = endData < 0 ? markup.Length : endData + 3;
                continue;
            }
            var closing = next == '/';
            var nameStart = closing ? lt + 2 : lt + 1;
            var nameEnd = nameStart;
            while (nameEnd < markup.Length && (char.IsLetterOrDigit(markup[nameEnd]) || markup[nameEnd] is ':' or '-' or '_' or '!' or '?' or '.')) nameEnd++;
            if (nameEnd == nameStart) { i = lt + 1; continue; }
            var name = markup[nameStart..nameEnd];
            var gt = markup.IndexOf('>', nameEnd);
            if (gt < 0) break;
            var selfClosing = markup[gt - 1] == '/';
            i = gt + 1;
            if (closing)
            {
                if (isXml || !NonNesting.Contains(name)) depth = Math.Max(0, depth - 1);
                continue;
            }
            elements++;
            if (elements > maxElements)
            {
                return new IngestError(IngestErrorKind.Malformed,
                    $"The document has more than {maxElements:N0} elements, over the processing limit. It is not a single article page.");
            }
            if (!isXml && RawText.Contains(name))
            {
                var end = markup.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? markup.Length : end;
                continue;
            }
            if (selfClosing || name.StartsWith('!') || name.StartsWith('?') || (!isXml && NonNesting.Contains(name))) continue;
            depth++;
            if (depth > deepest) deepest = depth;
            if (deepest > maxDepth)
            {
                return new IngestError(IngestErrorKind.Malformed,
                    $"The document nests elements more than {maxDepth} levels deep, over the processing limit; it cannot be a normal article page.");
            }
        }
        return null;
    }
}
