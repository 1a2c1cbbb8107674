using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Briefing.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Rebuilds the trigram index without case folding of its own: SearchText is already folded (lower case, marks
    /// removed) by <see cref="ArticleSearch.Fold"/>, and folding every character again in the tokenizer was about a
    /// sixth of the cost of indexing (docs/benchmarks.md, bulk import). Such an index serves GLOB, not LIKE, which is
    /// what <see cref="ArticleSearch"/> now queries with. A deferral left behind is dropped: the rebuild indexes every
    /// article.
    /// </summary>
    public partial class SearchIndexFoldedTrigrams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Recreate(migrationBuilder, "trigram case_sensitive 1");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Recreate(migrationBuilder, "trigram");

        private static void Recreate(MigrationBuilder migrationBuilder, string tokenizer)
        {
            migrationBuilder.Sql("DELETE FROM SearchIndexDeferrals;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS ArticleSearch;");
            migrationBuilder.Sql($"CREATE VIRTUAL TABLE ArticleSearch USING fts5(SearchText, content='Articles', content_rowid='Id', tokenize='{tokenizer}', detail=none);");
            migrationBuilder.Sql("INSERT INTO ArticleSearch(ArticleSearch) VALUES ('rebuild');");
        }
    }
}
