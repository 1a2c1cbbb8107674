using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Briefing.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Articles",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            // Substring search that works for Hebrew (prefix letters, geresh): an FTS5 trigram index over SearchText,
            // kept in step with Articles by triggers. unicode61 would split or glue Hebrew tokens wrongly.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE ArticleSearch USING fts5(SearchText, content='Articles', content_rowid='Id', tokenize='trigram');");
            migrationBuilder.Sql("""
                CREATE TRIGGER Articles_search_insert AFTER INSERT ON Articles BEGIN
                  INSERT INTO ArticleSearch(rowid, SearchText) VALUES (new.Id, new.SearchText);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Articles_search_delete AFTER DELETE ON Articles BEGIN
                  INSERT INTO ArticleSearch(ArticleSearch, rowid, SearchText) VALUES ('delete', old.Id, old.SearchText);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Articles_search_update AFTER UPDATE OF SearchText ON Articles BEGIN
                  INSERT INTO ArticleSearch(ArticleSearch, rowid, SearchText) VALUES ('delete', old.Id, old.SearchText);
                  INSERT INTO ArticleSearch(rowid, SearchText) VALUES (new.Id, new.SearchText);
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Articles_search_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Articles_search_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Articles_search_insert;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS ArticleSearch;");
            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Articles");
        }
    }
}
