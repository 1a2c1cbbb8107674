using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Briefing.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Rebuilds the trigram index with detail=none: it then records which articles hold each trigram, not where. Substring
    /// search (LIKE) still uses it and checks the candidates against the stored text, while the index is half the size
    /// and indexing an article costs about half as much (docs/benchmarks.md, bulk import).
    /// </summary>
    public partial class SearchIndexWithoutPositions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Recreate(migrationBuilder, "none");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Recreate(migrationBuilder, "full");

        private static void Recreate(MigrationBuilder migrationBuilder, string detail)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS ArticleSearch;");
            migrationBuilder.Sql($"CREATE VIRTUAL TABLE ArticleSearch USING fts5(SearchText, content='Articles', content_rowid='Id', tokenize='trigram', detail={detail});");
            migrationBuilder.Sql("INSERT INTO ArticleSearch(ArticleSearch) VALUES ('rebuild');");
        }
    }
}
