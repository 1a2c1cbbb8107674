using System.Buffers;
using Briefing.Analysis;
using Briefing.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Data;

/// <summary>Substring search over articles through each provider's trigram index (FTS5 trigram / pg_trgm).</summary>
public static class ArticleSearch
{
    /// <summary>What is stored in <see cref="Article.SearchText"/> and what queries are folded to, so both match.</summary>
    public static string Fold(string text) => TextNormalizer.NormalizeToString(text);

    /// <summary>An article's <see cref="Article.SearchText"/>: its title and text folded as one, the line break between them a space.</summary>
    public static string Fold(string title, string text)
    {
        // Joined in a pooled buffer: the joined string would be thrown away right after folding.
        var length = title.Length + 1 + text.Length;
        var joined = ArrayPool<char>.Shared.Rent(length);
        try
        {
            title.CopyTo(joined);
            joined[title.Length] = '\n';
            text.CopyTo(joined.AsSpan(title.Length + 1));
            return TextNormalizer.NormalizeToString(joined.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(joined);
        }
    }

    public static IQueryable<Article> WhereMatches(this IQueryable<Article> articles, BriefingDbContext db, string query)
    {
        var folded = Fold(query).Trim();
        if (folded.Length == 0)
            return articles;
        if (db.Database.IsNpgsql())
        {
            var pattern = "%" + folded.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            return articles.Where(a => EF.Functions.ILike(a.SearchText, pattern, "\\"));
        }
        // GLOB, not LIKE: the index does not fold case (SearchText is folded already), and SQLite hands only GLOB to such
        // an index. GLOB has no escape clause, and needs none to use the index: a wildcard character in the query is
        // matched literally inside brackets, which the index skips like a wildcard while SQLite checks the whole pattern.
        var glob = "*" + EscapeGlob(folded) + "*";
        var ids = db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM ArticleSearch WHERE SearchText GLOB {glob}");
        return articles.Where(a => ids.Contains(a.Id));
    }

    private static string EscapeGlob(string text)
    {
        if (text.AsSpan().IndexOfAny('*', '?', '[') < 0)
            return text;
        var escaped = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
            if (c is '*' or '?' or '[')
                escaped.Append('[').Append(c).Append(']');
            else
                escaped.Append(c);
        return escaped.ToString();
    }
}
