using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Briefing.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Lets a bulk import defer the trigram index (<see cref="SearchIndexDeferral"/>): while the one-row table
    /// SearchIndexDeferrals holds a row, articles added after its AfterArticleId are not indexed by the triggers, and
    /// deleting or updating them does not touch the index (they are not in it); the catch-up indexes them all in one
    /// statement and removes the row.
    /// </summary>
    public partial class SearchIndexDeferral : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE SearchIndexDeferrals (
                  Id INTEGER NOT NULL PRIMARY KEY CHECK (Id = 1),
                  AfterArticleId INTEGER NOT NULL,
                  StartedAt TEXT NOT NULL);
                """);
            DropTriggers(migrationBuilder);
            migrationBuilder.Sql("""
                CREATE TRIGGER Articles_search_insert AFTER INSERT ON Articles
                WHEN NOT EXISTS (SELECT 1 FROM SearchIndexDeferrals) BEGIN
                  INSERT INTO ArticleSearch(rowid, SearchText) VALUES (new.Id, new.SearchText);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Articles_search_delete AFTER DELETE ON Articles
                WHEN NOT EXISTS (SELECT 1 FROM SearchIndexDeferrals WHERE old.Id > AfterArticleId) BEGIN
                  INSERT INTO ArticleSearch(ArticleSearch, rowid, SearchText) VALUES ('delete', old.Id, old.SearchText);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Articles_search_update AFTER UPDATE OF SearchText ON Articles
                WHEN NOT EXISTS (SELECT 1 FROM SearchIndexDeferrals WHERE old.Id > AfterArticleId) BEGIN
                  INSERT INTO ArticleSearch(ArticleSearch, rowid, SearchText) VALUES ('delete', old.Id, old.SearchText);
                  INSERT INTO ArticleSearch(rowid, SearchText) VALUES (new.Id, new.SearchText);
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // A deferral left behind is caught up first, so the index is complete under the old triggers.
            migrationBuilder.Sql("""
                INSERT INTO ArticleSearch(rowid, SearchText)
                  SELECT Id, SearchText FROM Articles WHERE Id > (SELECT AfterArticleId FROM SearchIndexDeferrals);
                """);
            DropTriggers(migrationBuilder);
            migrationBuilder.Sql("DROP TABLE SearchIndexDeferrals;");
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

        private static void DropTriggers(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Articles_search_insert;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Articles_search_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Articles_search_update;");
        }
    }
}
