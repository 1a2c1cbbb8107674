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

    /// <summary>An article's <see cref="Article.SearchText"/>: its title and text on two lines, folded.</summary>
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
        var pattern = "%" + folded.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
        if (db.Database.IsNpgsql())
            return articles.Where(a => EF.Functions.ILike(a.SearchText, pattern, "\\"));
        // SQLite hands LIKE to the trigram index only without an ESCAPE clause (with one it reads every article's text:
        // 0.21 s against 0.02 s at 20k articles), so the escaped form is kept for queries that contain % _ or \.
        var ids = folded.AsSpan().IndexOfAny('%', '_', '\\') < 0
            ? db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM ArticleSearch WHERE SearchText LIKE {"%" + folded + "%"}")
            : db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM ArticleSearch WHERE SearchText LIKE {pattern} ESCAPE '\\'");
        return articles.Where(a => ids.Contains(a.Id));
    }
}
