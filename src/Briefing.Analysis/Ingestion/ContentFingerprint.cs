using System.Buffers;
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
    private const int MinimumWords = 5;

    public static string Compute(ParsedArticle article) => Compute(article.Text.Length > 0 ? article.Text : article.Title);

    public static string Compute(string text)
    {
        // Text that needs Unicode decomposition is rare (accented Latin, ligatures): it takes the string path.
        if (TextFolding.NeedsDecomposition(text)) return Hash(ComputeFoldedWithStrings(text));

        // Folded paragraphs are written straight into one buffer: folding never lengthens text, so text.Length suffices.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            var length = 0;
            var kept = 0;
            foreach (var range in text.AsSpan().Split('\n'))
            {
                var start = length + (kept > 0 ? 1 : 0);
                var written = TextFolding.FoldCore(text.AsSpan(range), buffer.AsSpan(start));
                if (buffer.AsSpan(start, written).Count(' ') + 1 < MinimumWords) continue;
                if (kept > 0) buffer[length] = ' ';
                length = start + written;
                kept++;
            }
            if (kept == 0) length = TextFolding.FoldCore(text, buffer);
            return Hash(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static string ComputeFoldedWithStrings(string text)
    {
        var paragraphs = text.Split('\n')
            .Select(TextFolding.Fold)
            .Where(p => p.Split(' ').Length >= MinimumWords)
            .ToList();
        return paragraphs.Count > 0 ? string.Join(' ', paragraphs) : TextFolding.Fold(text);
    }

    private static string Hash(ReadOnlySpan<char> folded)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(folded.Length));
        try
        {
            var count = Encoding.UTF8.GetBytes(folded, bytes);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, count), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
