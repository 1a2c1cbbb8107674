using System.Security.Cryptography;
using System.Text;

namespace Briefing.Analysis.Ingestion;

/// <summary>
/// Exact-copy detection: a SHA-256 (lower-case hex) of the article's folded body text. The same article re-posted
/// under another URL, with other site chrome, other niqqud, punctuation, case or spacing, gets the same fingerprint.
/// Paragraphs of fewer than five words (ad labels, "read more" stubs) are left out so chrome inside the body does not matter.
/// </summary>
public static class ContentFingerprint
{
    public static string Compute(ParsedArticle article) => Compute(article.Text.Length > 0 ? article.Text : article.Title);

    public static string Compute(string text)
    {
        var paragraphs = text.Split('\n')
            .Select(TextFolding.Fold)
            .Where(p => p.Split(' ').Length >= 5)
            .ToList();
        var folded = paragraphs.Count > 0 ? string.Join(' ', paragraphs) : TextFolding.Fold(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folded)));
    }
}
