using System.Globalization;
using System.Text;

namespace Briefing.Web.Features.Briefs.Workbook;

/// <summary>Rules for untrusted text (article titles, quotes, URLs) before it reaches a cell.</summary>
public static class CellText
{
    /// <summary>Excel's limit for the text of one cell.</summary>
    public const int MaxCellLength = 32_767;

    /// <summary>Excel rejects hyperlinks longer than this.</summary>
    public const int MaxHyperlinkLength = 2_079;

    /// <summary>
    /// True when a spreadsheet would read the text as a formula if a user typed or edited it:
    /// such cells get the quote prefix so they stay text.
    /// </summary>
    public static bool LooksLikeFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n';

    /// <summary>
    /// Drops characters XML 1.0 cannot carry (control characters, lone surrogates), turns CR LF and lone CR into LF
    /// (Excel's line break; a raw CR would not survive the XML round trip) and caps the length.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (text.Contains('\r')) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (IsClean(text) && text.Length <= MaxCellLength) return text;

        var builder = new StringBuilder(Math.Min(text.Length, MaxCellLength));
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsAllowedSingle(c))
            {
                builder.Append(c);
            }
        }
        return Truncate(builder.ToString(), MaxCellLength);
    }

    /// <summary>The URL as an absolute http/https URI fit for a hyperlink, or null (then it is shown as plain text).</summary>
    public static Uri? WebUri(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var trimmed = url.Trim();
        if (trimmed.Length > MaxHyperlinkLength) return null;
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)) return null;
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return null;
        return string.IsNullOrEmpty(uri.Host) ? null : uri;
    }

    /// <summary>Cuts at a text-element boundary so a Hebrew letter keeps its vowel marks and emoji stay whole.</summary>
    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength) return text;
        var cut = 0;
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var end = enumerator.ElementIndex + enumerator.GetTextElement().Length;
            if (end > maxLength) break;
            cut = end;
        }
        return text[..cut];
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (!IsAllowedSingle(c)) return false;
        }
        return true;
    }

    private static bool IsAllowedSingle(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
}
